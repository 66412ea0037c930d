// The real binary on gettext catalogs.
#include <nlohmann/json.hpp>

#include "catch.hpp"
#include "cli/run_binary.h"

namespace fs = std::filesystem;
using nlohmann::json;
using samklang::testing::run_samklang;
using samklang::testing::TempDir;

namespace {

const fs::path kRoot = SAMKLANG_SOURCE_DIR;

const std::string kCatalog =
    "msgid \"\"\n"
    "msgstr \"\"\n"
    "\"Language: es\\n\"\n"
    "\n"
    "msgid \"Our mission is to defend civil and political rights.\"\n"
    "msgstr \"Nuestra misión es defender los derechos cívicos.\"\n"
    "\n"
    "msgid \"We are locally represented on four continents.\"\n"
    "msgstr \"\"\n"
    "\n"
    "msgid \"Civil Rights Defenders works with human rights defenders.\"\n"
    "msgstr \"Civil Rights Defenders works with human rights defenders.\"\n"
    "\n"
    "msgid \"Failed to fetch %s\"\n"
    "msgstr \"No se pudo obtener %s\"\n";

}  // namespace

TEST_CASE("cli: a PO catalog is checked entry by entry", "[cli]") {
  TempDir dir;
  dir.write("es.po", kCatalog);
  auto run = run_samklang(
      {"check", "es.po", "--terms", (kRoot / "rules/terms.tsv").string(), "--format", "json"},
      dir.path());
  INFO(run.out << run.err);
  REQUIRE(run.err.empty());
  CHECK(run.exit_code == 1);
  json report = json::parse(run.out);
  std::map<std::string, int> line_of;
  for (const json& f : report["findings"]) line_of[f["rule"]] = f["target"]["line"];
  CHECK(line_of.at("term-forbidden") == 6);
  CHECK(line_of.at("segment-missing") == 9);
  CHECK(line_of.at("untranslated") == 12);
  CHECK(report["findings"].size() == 3);
  CHECK(report["findings"][0]["source_lang"] == "en");
  CHECK(report["summary"]["es"]["segments"] == 4);
  CHECK(report["summary"]["es"]["missing"] == 1);
}

TEST_CASE("cli: a damaged PO catalog is a load-error with its line", "[cli]") {
  TempDir dir;
  dir.write("sv.po", "msgid \"Our vision\"\nmsgstr \"Vår vision\n");
  auto run =
      run_samklang({"check", "sv.po", "--terms", (kRoot / "rules/terms.tsv").string()}, dir.path());
  CHECK(run.exit_code == 1);
  CHECK(run.out.find("sv.po:2:8: error: unterminated string") != std::string::npos);
  CHECK(run.out.find("[load-error]") != std::string::npos);
}
