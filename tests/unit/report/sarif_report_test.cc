#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "catch.hpp"
#include "report/report.h"
#include "report_fixture.h"

using nlohmann::json;
using samklang::Finding;
using samklang::Place;
using samklang::render_sarif;
using samklang::Report;
using samklang::RuleInfo;
using samklang::Severity;

namespace {

std::vector<RuleInfo> some_rules() {
  return {{"segment-extra", "a target segment has no source",
           "The aligner found a target sentence with no counterpart in the source\n"
           "(a 0-1 link).\n\nFix: remove it.",
           Severity::warning},
          {"term-missing", "a source term has no approved target term",
           "A termbase concept occurs in the source\nbut none of its approved terms in the "
           "target.\n\nFix: use the approved term.",
           Severity::error},
          {"term-unexpected", "an approved target term without its source concept",
           "An approved target term occurs where the source lacks its concept.", Severity::note}};
}

json sarif_of(const Report& report, const std::string& base = "/home/ana/crd") {
  return json::parse(render_sarif(report, some_rules(), base));
}

}  // namespace

TEST_CASE("sarif report: the log, the run and the driver", "[report]") {
  json log = sarif_of(samklang::testing::mission_report());
  CHECK(log["version"] == "2.1.0");
  CHECK(log["$schema"].get<std::string>().ends_with("sarif-schema-2.1.0.json"));
  REQUIRE(log["runs"].size() == 1);
  const json& run = log["runs"][0];
  CHECK(run["columnKind"] == "unicodeCodePoints");
  CHECK(run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == "file:///home/ana/crd/");
  const json& driver = run["tool"]["driver"];
  CHECK(driver["name"] == "samklang");
  CHECK(driver["version"] == "0.1.0");
  CHECK_FALSE(driver.contains("informationUri"));  // no real home page to give

  REQUIRE(driver["rules"].size() == 3);
  const json& rule = driver["rules"][1];
  CHECK(rule["id"] == "term-missing");
  CHECK(rule["name"] == "TermMissing");
  CHECK(rule["shortDescription"]["text"] == "a source term has no approved target term");
  // The first paragraph of the help, its line breaks undone.
  CHECK(rule["fullDescription"]["text"] ==
        "A termbase concept occurs in the source but none of its approved terms in the target.");
  std::string help = rule["help"]["text"];
  CHECK(
      help.starts_with("term-missing (error by default): a source term has no approved target "
                       "term\n\nA termbase concept occurs in the source\n"));
  CHECK(help.find("Fix: use the approved term.") != std::string::npos);
  CHECK(help.find("`samklang explain term-missing`") != std::string::npos);
  CHECK_FALSE(rule.contains("helpUri"));
  CHECK(rule["defaultConfiguration"]["level"] == "error");
  CHECK(driver["rules"][0]["defaultConfiguration"]["level"] == "warning");
  CHECK(driver["rules"][2]["defaultConfiguration"]["level"] == "note");
}

TEST_CASE("sarif report: a result per finding, with its places", "[report]") {
  json run = sarif_of(samklang::testing::mission_report())["runs"][0];
  REQUIRE(run["results"].size() == 2);

  // Sorted by file: catalogs/en/... before catalogs/sr-Latn/...
  const json& term = run["results"][0];
  CHECK(term["ruleId"] == "term-missing");
  CHECK(term["ruleIndex"] == 1);
  CHECK(term["level"] == "error");
  CHECK(term["message"]["text"] ==
        "'medborgerliga och politiska rättigheter' is not translated as 'civil and political "
        "rights' (fix: use 'civil and political rights')");
  REQUIRE(term["locations"].size() == 1);
  const json& where = term["locations"][0]["physicalLocation"];
  CHECK(where["artifactLocation"]["uri"] == "catalogs/en/mission.md");
  CHECK(where["artifactLocation"]["uriBaseId"] == "%SRCROOT%");
  CHECK(where["region"]["startLine"] == 3);
  CHECK(where["region"]["startColumn"] == 5);
  REQUIRE(term["relatedLocations"].size() == 1);
  const json& related = term["relatedLocations"][0];
  CHECK(related["message"]["text"] == "source segment");
  CHECK(related["physicalLocation"]["artifactLocation"]["uri"] == "catalogs/sv/mission.md");
  CHECK(related["physicalLocation"]["region"]["startColumn"] == 14);
  CHECK(term["partialFingerprints"]["samklangFingerprint/v1"] == "a1b2c3");
  CHECK(term["properties"]["sourceLanguage"] == "sv");
  CHECK(term["properties"]["targetLanguage"] == "en");
  CHECK(term["properties"]["concept"] == "ccpr");

  const json& extra = run["results"][1];
  CHECK(extra["ruleId"] == "segment-extra");
  CHECK(extra["ruleIndex"] == 0);
  CHECK(extra["level"] == "warning");
  CHECK(extra["message"]["text"] == "a target segment with no source");  // no fix
  CHECK_FALSE(extra.contains("relatedLocations"));                       // no source segment
  CHECK(extra["properties"]["targetLanguage"] == "sr-Latn");
}

TEST_CASE("sarif report: URIs relative to the working folder, percent-encoded", "[report]") {
  Report report = samklang::testing::mission_report();
  Finding& f = report.findings[0];
  SECTION("an absolute path below the working folder") {
    f.target->file = "/home/ana/crd/översättningar/sr Latn/uppdrag #1.md";
    json where = sarif_of(report)["runs"][0]["results"][0]["locations"][0]["physicalLocation"];
    CHECK(where["artifactLocation"]["uri"] ==
          "%C3%B6vers%C3%A4ttningar/sr%20Latn/uppdrag%20%231.md");
    CHECK(where["artifactLocation"]["uriBaseId"] == "%SRCROOT%");
  }
  SECTION("a relative path with ./ and a colon in its first segment") {
    f.target->file = "./mål:2030/en.md";
    json where = sarif_of(report)["runs"][0]["results"][0]["locations"][0]["physicalLocation"];
    CHECK(where["artifactLocation"]["uri"] == "m%C3%A5l%3A2030/en.md");
  }
  SECTION("a file outside the working folder gets an absolute URI") {
    f.target->file = "../shared/catalogs/en/mission.md";
    json where = sarif_of(report)["runs"][0]["results"][0]["locations"][0]["physicalLocation"];
    CHECK(where["artifactLocation"]["uri"] == "file:///home/ana/shared/catalogs/en/mission.md");
    CHECK_FALSE(where["artifactLocation"].contains("uriBaseId"));
  }
  SECTION("line 0 is the whole file: no region") {
    f.target->line = 0;
    f.target->column = 0;
    json where = sarif_of(report)["runs"][0]["results"][0]["locations"][0]["physicalLocation"];
    CHECK_FALSE(where.contains("region"));
  }
  SECTION("a working folder with a space and a trailing slash") {
    json run = sarif_of(report, "/home/ana/mina texter/")["runs"][0];
    CHECK(run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == "file:///home/ana/mina%20texter/");
  }
}

TEST_CASE("sarif report: deterministic, and valid when empty", "[report]") {
  Report report = samklang::testing::mission_report();
  std::string first = render_sarif(report, some_rules(), "/w");
  std::reverse(report.findings.begin(), report.findings.end());
  CHECK(render_sarif(report, some_rules(), "/w") == first);
  CHECK(first.back() == '\n');

  report.findings.clear();
  json run = json::parse(render_sarif(report, some_rules(), "/w"))["runs"][0];
  CHECK(run["results"].is_array());
  CHECK(run["results"].empty());
  CHECK(run["tool"]["driver"]["rules"].size() == 3);
}

TEST_CASE("sarif report: levels and a rule the driver does not list", "[report]") {
  Report report = samklang::testing::mission_report();
  report.findings[0].severity = Severity::note;  // configured lower than its default
  report.findings[1].rule = "markup-mismatch";   // not among some_rules()
  json results = sarif_of(report)["runs"][0]["results"];
  CHECK(results[0]["level"] == "note");
  CHECK(results[1]["ruleId"] == "markup-mismatch");
  CHECK_FALSE(results[1].contains("ruleIndex"));
}
