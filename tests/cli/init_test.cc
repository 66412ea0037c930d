// samklang init: the starter files load with samklang's own parsers and are
// never overwritten by accident.
#include <sstream>

#include "catch.hpp"
#include "cli/run_binary.h"
#include "project/config.h"

namespace fs = std::filesystem;
using samklang::testing::read_file;
using samklang::testing::run_samklang;
using samklang::testing::snapshot;
using samklang::testing::TempDir;

TEST_CASE("cli: init writes a samklang.toml that parse_config accepts", "[cli][init]") {
  TempDir dir;
  auto run = run_samklang({"init", "--source-lang", "sv", "--target", "en", "--target", "sr_latn"},
                          dir.path());
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(run.err.empty());
  std::string toml = read_file(dir.path() / "samklang.toml");
  auto config = samklang::parse_config(toml, (dir.path() / "samklang.toml").string());
  INFO(toml);
  REQUIRE(config.has_value());
  CHECK(config->source_lang == "sv");
  CHECK(config->target_langs == std::vector<std::string>{"en", "sr-Latn"});
  CHECK(config->termbases == std::vector<std::string>{"rules/terms.tsv"});
  REQUIRE(config->documents.size() == 1);
  CHECK(config->documents[0].find("{lang}") != std::string::npos);
  // Every documented setting is there, at least as a comment to uncomment.
  for (const char* key :
       {"segmentation", "punctuation", "[rules]", "[outdated]", "typography", "[untranslated]",
        "keep", "[languages.en]", "ignore", "[baseline]", "path"})
    CHECK(toml.find(key) != std::string::npos);
  // The termbase is a header and commented examples.
  std::string terms = read_file(dir.path() / "rules/terms.tsv");
  CHECK(terms.starts_with("concept\tlang\tterm\tstatus\tnote\n"));
  CHECK(terms.find("# crd\t*\tCivil Rights Defenders\tdnt") != std::string::npos);
  auto lint = run_samklang({"terms", "lint"}, dir.path());
  INFO(lint.out << lint.err);
  CHECK(lint.exit_code == 0);
}

TEST_CASE("cli: init's commented settings are valid when uncommented", "[cli][init]") {
  TempDir dir;
  REQUIRE(run_samklang({"init", "--source-lang", "es", "--target", "ru"}, dir.path()).exit_code ==
          0);
  std::string toml = read_file(dir.path() / "samklang.toml");
  // Uncomment every "# key = value" and "# [table]" line: the result must still load.
  std::string uncommented;
  std::istringstream lines(toml);
  for (std::string line; std::getline(lines, line);) {
    bool setting = line.starts_with("# [") ||
                   (line.starts_with("# ") && line.find(" = ") != std::string::npos &&
                    line.find(' ', 2) == line.find(" = "));
    uncommented += (setting ? line.substr(2) : line) + "\n";
  }
  INFO(uncommented);
  auto config = samklang::parse_config(uncommented, "samklang.toml");
  if (!config) FAIL(config.error().message);
  CHECK(config->outdated_typography);
  CHECK(config->untranslated_keep.size() == 2);
  CHECK(config->language_ignores.contains("ru"));
  CHECK(config->baseline == "samklang.baseline");
  CHECK(config->rules.contains("segment-extra"));
}

TEST_CASE("cli: check runs in a folder fresh from init", "[cli][init]") {
  TempDir dir;
  REQUIRE(run_samklang({"init", "--source-lang", "sv", "--target", "en"}, dir.path()).exit_code ==
          0);
  dir.write("catalogs/sv/index.md", "# Vårt uppdrag\n\nVi försvarar mänskliga rättigheter.\n");
  dir.write("catalogs/en/index.md", "# Our mission\n\nWe defend human rights.\n");
  auto run = run_samklang({"check"}, dir.path());
  INFO(run.out << run.err);
  CHECK(run.exit_code == 0);
  CHECK(run.err.empty());
  // Without the documents it names the file it looked for.
  fs::remove_all(dir.path() / "catalogs");
  auto empty = run_samklang({"check"}, dir.path());
  CHECK(empty.exit_code == 1);
  CHECK(empty.out.find("catalogs/en/index.md:1:1: error: no such file") != std::string::npos);
}

TEST_CASE("cli: init refuses to overwrite and --force overwrites", "[cli][init]") {
  TempDir dir;
  SECTION("an existing samklang.toml") {
    dir.write("samklang.toml", "source = \"th\"\n");
    std::string before = snapshot(dir.path());
    auto run = run_samklang({"init"}, dir.path());
    CHECK(run.exit_code == 2);
    CHECK(run.err == "samklang.toml: error: already exists; remove it or use --force\n");
    CHECK(snapshot(dir.path()) == before);  // rules/ not written either
    auto forced = run_samklang({"init", "--force", "--source-lang", "sr-Cyrl"}, dir.path());
    CHECK(forced.exit_code == 0);
    CHECK(read_file(dir.path() / "samklang.toml").find("source = \"sr-Cyrl\"") !=
          std::string::npos);
  }
  SECTION("an existing termbase, in --dir") {
    dir.write("proj/rules/terms.tsv", "concept\tlang\tterm\tstatus\n");
    auto run = run_samklang({"init", "--dir", "proj"}, dir.path());
    CHECK(run.exit_code == 2);
    CHECK(run.err == "proj/rules/terms.tsv: error: already exists; remove it or use --force\n");
    CHECK_FALSE(fs::exists(dir.path() / "proj/samklang.toml"));
  }
  SECTION("a bad language tag") {
    auto run = run_samklang({"init", "--target", "svenska!"}, dir.path());
    CHECK(run.exit_code == 2);
    CHECK(run.err.find("'svenska!' is not a language tag") != std::string::npos);
    CHECK_FALSE(fs::exists(dir.path() / "samklang.toml"));
  }
}
