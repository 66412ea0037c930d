// The CI formats of check (sarif, junit, github) through the real binary:
// on the bundled catalogs, on a clean pair, with --output and --fail-on.
#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <set>
#include <sstream>

#include "catch.hpp"
#include "cli/run_binary.h"

namespace fs = std::filesystem;
using nlohmann::json;
using samklang::testing::read_file;
using samklang::testing::run_samklang;
using samklang::testing::TempDir;

namespace {

const fs::path kRoot = SAMKLANG_SOURCE_DIR;

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// A Swedish text and its faithful English translation: no finding.
void write_clean_pair(const TempDir& dir) {
  dir.write("sv.md", "Vi försvarar medborgerliga och politiska rättigheter.\n");
  dir.write("en.md", "We defend civil and political rights.\n");
}

std::vector<std::string> clean_args(const std::string& format) {
  return {"check",    "--source-lang", "sv",   "sv=sv.md",
          "en=en.md", "--format",      format, "--terms=" + (kRoot / "rules/terms.tsv").string()};
}

}  // namespace

TEST_CASE("cli: --format sarif on the bundled catalogs", "[cli]") {
  auto run = run_samklang({"check", "--format", "sarif"}, kRoot);
  INFO(run.err);
  CHECK(run.exit_code == 1);  // the unfinished Serbian translation, as with text
  json log = json::parse(run.out);
  const json& run0 = log["runs"][0];
  CHECK(run0["originalUriBaseIds"]["%SRCROOT%"]["uri"] ==
        "file://" + fs::canonical(kRoot).string() + "/");

  // Every rule `samklang explain` lists, with its explain text as help.
  auto listed = lines_of(run_samklang({"explain"}, kRoot).out);
  const json& rules = run0["tool"]["driver"]["rules"];
  REQUIRE(rules.size() == listed.size());
  for (size_t i = 0; i < rules.size(); ++i) {
    std::string id = rules[i]["id"];
    INFO(id);
    CHECK(listed[i].starts_with(id + " "));
    std::string explained = run_samklang({"explain", id}, kRoot).out;
    REQUIRE(explained.ends_with("\n"));
    explained.pop_back();
    std::string help = rules[i]["help"]["text"];
    CHECK(help.starts_with(explained));
  }

  auto findings = json::parse(run_samklang({"check", "--format", "json"}, kRoot).out)["findings"];
  const json& results = run0["results"];
  REQUIRE(results.size() == findings.size());
  REQUIRE_FALSE(results.empty());
  for (size_t i = 0; i < results.size(); ++i) {
    CHECK(results[i]["ruleId"] == findings[i]["rule"]);
    CHECK(rules[results[i]["ruleIndex"].get<size_t>()]["id"] == results[i]["ruleId"]);
    CHECK(results[i]["partialFingerprints"]["samklangFingerprint/v1"] ==
          findings[i]["fingerprint"]);
    const json& where = results[i]["locations"][0]["physicalLocation"];
    CHECK(where["artifactLocation"]["uri"] == findings[i]["target"]["file"]);
    CHECK(where["region"]["startLine"] == findings[i]["target"]["line"]);
    CHECK(results[i]["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"] ==
          "catalogs/sv/mission.md");
  }
}

TEST_CASE("cli: --format junit on the bundled catalogs", "[cli]") {
  auto run = run_samklang({"check", "--format", "junit"}, kRoot);
  CHECK(run.exit_code == 1);
  pugi::xml_document doc;
  REQUIRE(doc.load_string(run.out.c_str()));
  pugi::xml_node root = doc.child("testsuites");
  CHECK(root.attribute("tests").as_int() == 3);  // en, es, sr-Latn
  CHECK(root.attribute("failures").as_int() == 1);
  pugi::xml_node sr = root.find_child_by_attribute("testsuite", "name", "sr-Latn");
  pugi::xml_node test = sr.child("testcase");
  CHECK(std::string(test.attribute("name").value()) == "catalogs/sr-Latn/mission.md");
  CHECK(std::string(test.attribute("classname").value()) == "samklang.sr-Latn");
  auto summary = json::parse(run_samklang({"check", "--format", "json"}, kRoot).out)["summary"];
  CHECK(static_cast<int>(test.select_nodes("failure").size()) == summary["sr-Latn"]["findings"]);
  pugi::xml_node en = root.find_child_by_attribute("testsuite", "name", "en");
  CHECK(en.attribute("failures").as_int() == 0);
  CHECK_FALSE(en.child("testcase").child("failure"));

  SECTION("--fail-on never: exit 0 and every finding in system-out") {
    auto never = run_samklang({"check", "--format", "junit", "--fail-on", "never"}, kRoot);
    CHECK(never.exit_code == 0);
    pugi::xml_document all;
    REQUIRE(all.load_string(never.out.c_str()));
    CHECK(all.child("testsuites").attribute("failures").as_int() == 0);
    CHECK(all.select_nodes("//failure").empty());
    CHECK_FALSE(all.select_nodes("//system-out").empty());
  }
}

TEST_CASE("cli: --format github escapes real text", "[cli]") {
  TempDir dir;
  dir.write("mål: 2030, del 1/sv.md", "Vi ska nå 75 % av målen.\n");
  dir.write("mål: 2030, del 1/en.md", "We will reach 50% of the goals.\n");
  auto run = run_samklang({"check", "--source-lang", "sv", "sv=mål: 2030, del 1/sv.md",
                           "en=mål: 2030, del 1/en.md", "--format", "github"},
                          dir.path());
  INFO(run.err);
  CHECK(run.exit_code == 1);
  auto lines = lines_of(run.out);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0] ==
        "::error file=mål%3A 2030%2C del 1/en.md,line=1,col=15,title=number-mismatch::'50' is "
        "not in the source, which has '75'%0Asv: Vi ska nå 75 %25 av målen.%0Afix: write the "
        "source's numbers");
}

TEST_CASE("cli: the CI formats of a clean run are valid and empty", "[cli]") {
  TempDir dir;
  write_clean_pair(dir);
  auto sarif = run_samklang(clean_args("sarif"), dir.path());
  INFO(sarif.err);
  CHECK(sarif.exit_code == 0);
  json log = json::parse(sarif.out);
  CHECK(log["runs"][0]["results"].empty());

  auto junit = run_samklang(clean_args("junit"), dir.path());
  CHECK(junit.exit_code == 0);
  pugi::xml_document doc;
  REQUIRE(doc.load_string(junit.out.c_str()));
  CHECK(doc.child("testsuites").attribute("tests").as_int() == 1);
  CHECK(doc.child("testsuites").attribute("failures").as_int() == 0);
  CHECK(std::string(doc.select_node("//testcase").node().attribute("name").value()) == "en.md");

  auto github = run_samklang(clean_args("github"), dir.path());
  CHECK(github.exit_code == 0);
  CHECK(github.out.empty());
}

TEST_CASE("cli: --output writes each CI format to a file, stdout stays empty", "[cli]") {
  TempDir dir;
  dir.write("sv.md", "Vi försvarar medborgerliga och politiska rättigheter.\n");
  dir.write("en.md", "We defend civic and political rights.\n");  // forbidden term
  for (std::string format : {"sarif", "junit", "github"}) {
    INFO(format);
    auto args = clean_args(format);
    args.insert(args.end(), {"--output", "report." + format});
    auto run = run_samklang(args, dir.path());
    CHECK(run.exit_code == 1);
    CHECK(run.out.empty());
    std::string written = read_file(dir.path() / ("report." + format));
    CHECK(written.find("term-forbidden") != std::string::npos);
    // The same bytes as on stdout: deterministic.
    CHECK(run_samklang(clean_args(format), dir.path()).out == written);
  }
  auto bad = run_samklang(clean_args("checkstyle"), dir.path());
  CHECK(bad.exit_code == 2);
}
