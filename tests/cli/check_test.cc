// The real binary on the bundled catalogs and on damaged copies of them.
#include <nlohmann/json.hpp>

#include "catch.hpp"
#include "cli/run_binary.h"

namespace fs = std::filesystem;
using nlohmann::json;
using samklang::testing::read_file;
using samklang::testing::run_samklang;
using samklang::testing::TempDir;

namespace {

const fs::path kRoot = SAMKLANG_SOURCE_DIR;

std::string replace_once(std::string text, const std::string& from, const std::string& to) {
  size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

int line_of(const std::string& text, const std::string& needle) {
  size_t at = text.find(needle);
  REQUIRE(at != std::string::npos);
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
}

// Checks sv against an English text in a temp folder with the bundled termbase.
json check_english(const TempDir& dir, const std::string& english) {
  dir.write("sv/mission.md", read_file(kRoot / "catalogs/sv/mission.md"));
  dir.write("en/mission.md", english);
  auto run = run_samklang({"check", "--source-lang", "sv", "sv=sv/mission.md", "en=en/mission.md",
                           "--terms", (kRoot / "rules/terms.tsv").string(), "--format", "json"},
                          dir.path());
  INFO(run.err);
  CHECK(run.err.empty());
  json report = json::parse(run.out);
  CHECK(run.exit_code == (report["findings"].empty() ? 0 : 1));
  return report;
}

}  // namespace

TEST_CASE("cli: the bundled English and Spanish catalogs are clean", "[cli]") {
  auto run = run_samklang({"check", "--format", "json"}, kRoot);
  REQUIRE(run.err.empty());
  json report = json::parse(run.out);
  CHECK(report["tool"] == "samklang");
  CHECK(report["format"] == 1);
  for (const json& f : report["findings"]) {
    INFO(f.dump());
    CHECK(f["target_lang"] == "sr-Latn");
  }
  CHECK(report["summary"]["en"]["findings"] == 0);
  CHECK(report["summary"]["es"]["findings"] == 0);
  CHECK(report["summary"]["en"]["translated"] == report["summary"]["en"]["segments"]);
}

TEST_CASE("cli: the Serbian translation in progress shows exactly what is missing", "[cli]") {
  auto run = run_samklang({"check", "--format", "json"}, kRoot);
  CHECK(run.exit_code == 1);
  json report = json::parse(run.out);
  int missing = 0;
  bool left_out_sentence = false;
  for (const json& f : report["findings"]) {
    INFO(f.dump());
    CHECK(f["rule"] == "segment-missing");
    ++missing;
    std::string source = f["source"]["text"];
    if (source.starts_with("Genom juridiska processer och påverkansarbete"))
      left_out_sentence = true;
  }
  CHECK(left_out_sentence);
  const json& sr = report["summary"]["sr-Latn"];
  CHECK(sr["missing"] == missing);
  CHECK(sr["segments"] == report["summary"]["en"]["segments"]);
  CHECK(sr["translated"].get<int>() + missing == sr["segments"].get<int>());
}

TEST_CASE("cli: each damage to the English text gives exactly one finding", "[cli]") {
  const std::string english = read_file(kRoot / "catalogs/en/mission.md");
  TempDir dir;

  SECTION("the unchanged copy gives none") {
    json report = check_english(dir, english);
    CHECK(report["findings"].empty());
  }
  SECTION("a deleted sentence") {
    const std::string sentence = " We are locally represented on four continents.";
    json report = check_english(dir, replace_once(english, sentence, ""));
    REQUIRE(report["findings"].size() == 1);
    const json& f = report["findings"][0];
    CHECK(f["rule"] == "segment-missing");
    CHECK(f["target"]["line"] == line_of(english, sentence));
    CHECK(f["source"]["text"] == "Vi är lokalt representerade på fyra kontinenter.");
  }
  SECTION("'civic and political rights' for 'civil and political rights'") {
    std::string damaged = replace_once(english, "defend civil and political rights",
                                       "defend civic and political rights");
    json report = check_english(dir, damaged);
    REQUIRE(report["findings"].size() == 1);
    const json& f = report["findings"][0];
    CHECK(f["rule"] == "term-forbidden");
    CHECK(f["target"]["line"] == line_of(damaged, "civic and political rights"));
    CHECK(f["term"]["found"] == "civic and political rights");
    CHECK(f["term"]["why"] == "exact");
    CHECK(f["term"]["expected"][0] == "civil and political rights");
    CHECK(f["message"].get<std::string>().find("use 'civil and political rights'") !=
          std::string::npos);
  }
  SECTION("'Civil Rights Försvarare' for the name") {
    std::string damaged = replace_once(english, "Civil Rights Defenders' mission",
                                       "Civil Rights Försvarare' mission");
    json report = check_english(dir, damaged);
    REQUIRE(report["findings"].size() == 1);
    const json& f = report["findings"][0];
    CHECK(f["rule"] == "term-dnt");
    CHECK(f["target"]["line"] == line_of(damaged, "Försvarare"));
    CHECK(f["term"]["found"] == "Civil Rights Försvarare");
  }
}
