// The punctuation rule through the real binary: the bundled conventions are
// found without configuration, a project's rules file is read over them, and
// a malformed one stops the run at its line and column.
#include "catch.hpp"
#include "cli/run_binary.h"

namespace fs = std::filesystem;
using samklang::testing::run_samklang;
using samklang::testing::snapshot;
using samklang::testing::TempDir;

namespace {

const std::string kSv = "Hon sa ”aldrig igen” till domstolen.\n";
const std::string kEn = "She said «never again» to the court.\n";
const std::string kConfig = "source = \"sv\"\npunctuation = \"own.toml\"\n";

}  // namespace

TEST_CASE("cli punctuation: the bundled conventions apply without configuration",
          "[cli][punctuation]") {
  TempDir dir;
  dir.write("sv.md", kSv);
  dir.write("en.md", kEn);
  auto run = run_samklang({"check", "sv=sv.md", "en=en.md"}, dir.path());
  CHECK(run.exit_code == 0);  // a note is below --fail-on error
  CHECK(run.out.find("en.md:1:10: note: '«' and '»' are not quotation marks of en, which quotes "
                     "with “…”, inside them ‘…’ [punctuation]") != std::string::npos);
  auto strict = run_samklang({"check", "sv=sv.md", "en=en.md", "--fail-on", "note"}, dir.path());
  CHECK(strict.exit_code == 1);
}

TEST_CASE("cli punctuation: a project's rules file is read over the bundled one",
          "[cli][punctuation]") {
  TempDir dir;
  dir.write("sv.md", kSv);
  dir.write("en.md", kEn);
  dir.write("samklang.toml", kConfig);
  dir.write("own.toml",
            "# This project quotes English with guillemets.\n[en]\n"
            "quotes = [[\"«\", \"»\"], [\"“\", \"”\"]]\n");
  auto run = run_samklang({"check", "sv=sv.md", "en=en.md"}, dir.path());
  CHECK(run.exit_code == 0);
  CHECK(run.out.find("[punctuation]") == std::string::npos);
  // The bundled file still gives the rest: a space before a comma.
  dir.write("en.md", "She said «never again» , to the court.\n");
  auto spaced = run_samklang({"check", "sv=sv.md", "en=en.md"}, dir.path());
  CHECK(spaced.out.find("en.md:1:23: note: a space before ','") != std::string::npos);
}

TEST_CASE("cli punctuation: a malformed rules file stops the run at its line and column",
          "[cli][punctuation]") {
  TempDir dir;
  dir.write("sv.md", kSv);
  dir.write("en.md", kEn);
  dir.write("samklang.toml", kConfig);
  SECTION("a quotation pair that is not a pair") {
    dir.write("own.toml", "[en]\nquotes = [[\"«\"]]\n");
    std::string before = snapshot(dir.path());
    auto run = run_samklang({"check", "sv=sv.md", "en=en.md"}, dir.path());
    CHECK(run.exit_code == 2);
    CHECK(
        run.err.starts_with("own.toml:2:11: error: 'quotes' must be a list of [opening, "
                            "closing] pairs"));
    CHECK(run.out.empty());
    CHECK(snapshot(dir.path()) == before);
  }
  SECTION("a TOML syntax error") {
    dir.write("own.toml", "[en]\nfull_stop = [\".\"\n");
    auto run = run_samklang({"check", "sv=sv.md", "en=en.md"}, dir.path());
    CHECK(run.exit_code == 2);
    CHECK(run.err.starts_with("own.toml:"));
    CHECK(run.err.find(": error: ") != std::string::npos);
  }
  SECTION("a named file that does not exist") {
    auto run = run_samklang({"check", "sv=sv.md", "en=en.md"}, dir.path());
    CHECK(run.exit_code == 2);
    CHECK(run.err.find("own.toml: error: cannot read the punctuation rules file") !=
          std::string::npos);
  }
  SECTION("a path that is not a string in samklang.toml") {
    dir.write("samklang.toml", "source = \"sv\"\npunctuation = 3\n");
    auto run = run_samklang({"check", "sv=sv.md", "en=en.md"}, dir.path());
    CHECK(run.exit_code == 2);
    CHECK(run.err.starts_with("samklang.toml:2:15: error: 'punctuation' must be a file path"));
  }
}

TEST_CASE("cli punctuation: explain tells what the rule checks", "[cli][punctuation]") {
  TempDir dir;
  auto run = run_samklang({"explain", "punctuation"}, dir.path());
  CHECK(run.exit_code == 0);
  CHECK(run.out.find("Example: sv 'Vad gör vi?' and en 'What do we do.'") != std::string::npos);
  CHECK(run.out.find("Silence: set punctuation = \"off\"") != std::string::npos);
}
