#include <nlohmann/json.hpp>
#include <string>

#include "catch.hpp"
#include "report/report.h"
#include "report_fixture.h"

using nlohmann::json;
using samklang::render_json;
using samklang::Report;

TEST_CASE("json report: fields of the version 1 contract", "[report]") {
  std::string text = render_json(samklang::testing::mission_report());
  REQUIRE_FALSE(text.empty());
  CHECK(text.back() == '\n');
  CHECK(text.find("\n  \"summary\"") != std::string::npos);  // two-space indent
  json doc = json::parse(text);
  CHECK(doc["tool"] == "samklang");
  CHECK(doc["version"] == "0.1.0");
  CHECK(doc["format"] == 1);
  CHECK(doc["summary"]["en"]["segments"] == 12);
  CHECK(doc["summary"]["en"]["missing"] == 1);
  CHECK(doc["summary"]["sr-Latn"]["outdated"] == 3);
  CHECK(doc["summary"]["sr-Latn"]["findings"] == 1);

  REQUIRE(doc["findings"].size() == 2);
  const json& term = doc["findings"][0];
  CHECK(term["rule"] == "term-missing");
  CHECK(term["severity"] == "error");
  CHECK(term["fix"] == "use 'civil and political rights'");
  CHECK(term["source_lang"] == "sv");
  CHECK(term["target_lang"] == "en");
  CHECK(term["source"]["file"] == "catalogs/sv/mission.md");
  CHECK(term["source"]["line"] == 3);
  CHECK(term["source"]["column"] == 14);
  CHECK(term["source"]["unit"] == "p2");
  CHECK(term["source"]["text"] == "Engagemang – Vi räknar med dig – du kan räkna med oss.");
  CHECK(term["target"]["column"] == 5);
  CHECK(term["term"]["concept"] == "ccpr");
  CHECK(term["term"]["expected"] == json::array({"civil and political rights"}));
  CHECK(term["fingerprint"] == "a1b2c3");

  const json& extra = doc["findings"][1];
  CHECK(extra["rule"] == "segment-extra");
  CHECK(extra["source"].is_null());
  CHECK(extra["term"].is_null());
  CHECK_FALSE(extra.contains("fix"));
  CHECK(extra["target"]["text"] == "Branimo ljudska prava – uvek.");
}

TEST_CASE("json report: key order follows the contract", "[report]") {
  std::string text = render_json(samklang::testing::mission_report());
  auto pos = [&](const std::string& key) { return text.find("\"" + key + "\":"); };
  CHECK(pos("tool") < pos("version"));
  CHECK(pos("version") < pos("format"));
  CHECK(pos("format") < pos("summary"));
  CHECK(pos("summary") < pos("findings"));
  CHECK(pos("rule") < pos("severity"));
  CHECK(pos("message") < pos("fix"));
  CHECK(pos("fix") < pos("source_lang"));
  CHECK(pos("target_lang") < pos("source\""));
  CHECK(pos("term") < pos("fingerprint"));
}

TEST_CASE("json report: empty report and invalid UTF-8 do not throw", "[report]") {
  Report report;
  report.version = "0.1.0";
  json empty = json::parse(render_json(report));
  CHECK(empty["findings"].is_array());
  CHECK(empty["findings"].empty());
  CHECK(empty["summary"].is_object());

  samklang::Finding bad;
  bad.rule = "load-error";
  bad.message = "cannot read 'V\xe5r'";
  report.findings.push_back(bad);
  json parsed = json::parse(render_json(report));
  CHECK(parsed["findings"][0]["message"] == "cannot read 'V\xEF\xBF\xBDr'");
}
