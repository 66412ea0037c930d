// samklang terms lint|lookup|list, the real binary.
#include "catch.hpp"
#include "cli/run_binary.h"

namespace fs = std::filesystem;
using samklang::testing::run_samklang;
using samklang::testing::TempDir;

namespace {

const fs::path kRoot = SAMKLANG_SOURCE_DIR;
const std::string kTerms = (kRoot / "rules/terms.tsv").string();

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("cli terms lint: the bundled termbase passes", "[cli]") {
  auto run = run_samklang({"terms", "lint"}, kRoot);
  INFO(run.out << run.err);
  CHECK(run.exit_code == 0);
  CHECK(run.err.empty());
  CHECK(contains(run.out, "0 errors, 0 warnings"));
  CHECK(contains(run.out, "36 concepts"));
}

TEST_CASE("cli terms lint: an error exits 1, a load error 2", "[cli]") {
  TempDir dir;
  SECTION("a duplicate term") {
    auto path = dir.write("t.tsv",
                          "concept\tlang\tterm\tstatus\n"
                          "vision\ten\tvision\tpreferred\n"
                          "vision\ten\tVision\tpreferred\n");
    auto run = run_samklang({"terms", "lint", "--terms", path.string()}, dir.path());
    INFO(run.out << run.err);
    CHECK(run.exit_code == 1);
    CHECK(contains(run.out, path.string() + ":3:1: error: 'Vision' is listed twice"));
    CHECK(contains(run.out, "1 error, 0 warnings, 0 notes"));
  }
  SECTION("a gap is only a warning") {
    auto path = dir.write("t.tsv", "concept\tlang\tterm\tstatus\nvision\tsv\tvision\tpreferred\n");
    auto run =
        run_samklang({"terms", "lint", "--terms", path.string(), "--lang", "en"}, dir.path());
    INFO(run.out << run.err);
    CHECK(run.exit_code == 0);
    CHECK(contains(run.out, ":2:1: warning: concept 'vision' has no approved term in 'en'"));
  }
  SECTION("malformed TBX") {
    auto path = dir.write("t.tbx", "<martif>\n<text>\n</martif>\n");
    auto run = run_samklang({"terms", "lint", "--terms", path.string()}, dir.path());
    CHECK(run.exit_code == 2);
    CHECK(contains(run.err, path.string() + ":3:"));
    CHECK(contains(run.err, "error: invalid XML"));
  }
  SECTION("an unknown file type") {
    auto path = dir.write("t.csv", "concept,lang,term\n");
    auto run = run_samklang({"terms", "lint", "--terms", path.string()}, dir.path());
    CHECK(run.exit_code == 2);
    CHECK(contains(run.err, "unknown termbase type ('.csv')"));
  }
}

TEST_CASE("cli terms lookup: a word inside a term, with its stem", "[cli]") {
  auto run =
      run_samklang({"terms", "lookup", "rättigheterna", "--lang", "sv", "--terms", kTerms}, kRoot);
  INFO(run.out << run.err);
  CHECK(run.exit_code == 0);
  CHECK(contains(run.out, "concept 'ccpr'"));
  CHECK(contains(run.out, "'rättigheterna' ~ 'rättigheter' (stem '"));
  CHECK(contains(run.out, "civil and political rights"));
  CHECK(contains(run.out, "forbidden  civic and political rights"));
}

TEST_CASE("cli terms lookup: a whole term in an inflected form", "[cli]") {
  auto run = run_samklang({"terms", "lookup", "medborgerliga och politiska rättigheterna", "--lang",
                           "sv", "--terms", kTerms},
                          kRoot);
  INFO(run.out << run.err);
  CHECK(run.exit_code == 0);
  CHECK(contains(run.out, "concept 'ccpr': 'medborgerliga och politiska rättigheterna' matches"));
  CHECK_FALSE(contains(run.out, "concept 'iccpr'"));
}

TEST_CASE("cli terms lookup: an unknown word exits 1", "[cli]") {
  auto run =
      run_samklang({"terms", "lookup", "fågelholk", "--lang", "sv", "--terms", kTerms}, kRoot);
  CHECK(run.exit_code == 1);
  CHECK(contains(run.out, "no term in 'sv' matches or contains 'fågelholk'"));
}

TEST_CASE("cli terms list: one column per language", "[cli]") {
  SECTION("text") {
    auto run = run_samklang({"terms", "list", "--terms", kTerms}, kRoot);
    INFO(run.out << run.err);
    CHECK(run.exit_code == 0);
    std::string header = run.out.substr(0, run.out.find('\n'));
    CHECK(header.starts_with("concept"));
    for (const char* lang : {"sv", "en", "es", "sr-Latn"}) CHECK(contains(header, lang));
    CHECK(contains(run.out, "mission; ✗ assignment"));
    CHECK(contains(run.out, "= Civil Rights Defenders"));
    CHECK(contains(run.out, "36 concepts in 4 languages"));
  }
  SECTION("tsv, chosen languages") {
    auto run = run_samklang(
        {"terms", "list", "--terms", kTerms, "--lang", "en", "--lang", "es", "--format", "tsv"},
        kRoot);
    INFO(run.out << run.err);
    CHECK(run.exit_code == 0);
    CHECK(run.out.starts_with("concept\ten\tes\n"));
    CHECK(contains(run.out, "\nvision\tvision\tvisión\n"));
  }
}
