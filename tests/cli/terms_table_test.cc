// samklang terms table: every language's rendering of every concept.
#include "catch.hpp"
#include "cli/run_binary.h"

namespace fs = std::filesystem;
using samklang::testing::run_samklang;
using samklang::testing::TempDir;

TEST_CASE("cli: terms table shows each language's rendering and the one that falls short",
          "[cli]") {
  const fs::path root = SAMKLANG_SOURCE_DIR;
  auto bundled = run_samklang({"terms", "table"}, root);
  INFO(bundled.out << bundled.err);
  CHECK(bundled.exit_code == 0);
  CHECK(bundled.out.find("civil and political rights 2") != std::string::npos);
  CHECK(bundled.out.find("derechos civiles y políticos 2") != std::string::npos);
  CHECK(bundled.out.find("✗") == std::string::npos);

  TempDir dir;
  dir.write("sv.md", "Vi försvarar medborgerliga och politiska rättigheter.\n");
  dir.write("en.md", "We defend civic and political rights.\n");
  dir.write("es.md", "Defendemos los derechos civiles y políticos.\n");
  auto run = run_samklang({"terms", "table", "sv.md", "en.md", "es.md", "--terms",
                           (root / "rules/terms.tsv").string(), "--outliers"},
                          dir.path());
  INFO(run.out << run.err);
  CHECK(run.exit_code == 1);
  CHECK(run.out.find("civic and political rights 1 ✗ 0 of 1") != std::string::npos);
  CHECK(run.out.find("derechos civiles y políticos 1") != std::string::npos);
}
