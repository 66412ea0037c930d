// Catalog states through the real binary: XLIFF 1.2 and 2 `state`, PO
// fuzzy with its previous msgid, each mapped to outdated, segment-missing or
// nothing.
#include <map>
#include <nlohmann/json.hpp>

#include "catch.hpp"
#include "cli/run_binary.h"

using nlohmann::json;
using samklang::testing::run_samklang;
using samklang::testing::TempDir;

namespace {

// rule of each finding by unit id ("" = none).
std::map<std::string, std::string> rules_by_unit(const json& report) {
  std::map<std::string, std::string> out;
  for (const json& f : report["findings"]) {
    std::string unit = f["target"].is_null() ? f["source"]["unit"].get<std::string>()
                                             : f["target"]["unit"].get<std::string>();
    out[unit] += (out[unit].empty() ? "" : ",") + f["rule"].get<std::string>();
  }
  return out;
}

json check(const TempDir& dir, const std::string& file) {
  auto run = run_samklang({"check", "--format", "json", "--fail-on", "never", file}, dir.path());
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  return json::parse(run.out);
}

std::string trans_unit(const std::string& id, const std::string& state) {
  std::string attribute = state.empty() ? "" : " state=\"" + state + "\"";
  return "<trans-unit id=\"" + id + "\"><source>Vi står upp för vår sak.</source><target" +
         attribute + ">We stand up for our cause.</target></trans-unit>\n";
}

}  // namespace

TEST_CASE("catalog states: XLIFF 1.2 states map to outdated and segment-missing",
          "[cli][outdated]") {
  const std::map<std::string, std::string> expected = {
      {"none", ""},
      {"new", "segment-missing"},
      {"needs-translation", "segment-missing"},
      {"needs-adaptation", "outdated"},
      {"needs-l10n", "outdated"},
      {"needs-review-adaptation", "outdated"},
      {"needs-review-l10n", "outdated"},
      {"needs-review-translation", "outdated"},
      {"translated", ""},
      {"signed-off", ""},
      {"final", ""},
      {"x-custom", ""},
  };
  std::string units;
  for (const auto& [state, rule] : expected)
    units += trans_unit(state, state == "none" ? "" : state);
  TempDir dir;
  dir.write("mission.en.xlf",
            "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\"><file source-language=\"sv\" "
            "target-language=\"en\" original=\"m\"><body>\n" +
                units + "</body></file></xliff>\n");
  json report = check(dir, "mission.en.xlf");
  auto found = rules_by_unit(report);
  for (const auto& [state, rule] : expected) {
    INFO("state " << state);
    CHECK(found[state] == rule);
  }
  for (const json& f : report["findings"]) {
    if (f["rule"] != "outdated") continue;
    CHECK(f["message"].get<std::string>().find("marks this translation '") != std::string::npos);
    CHECK(f["change"].is_null());
  }
  CHECK(report["summary"]["en"]["outdated"] == 5);
  CHECK(report["summary"]["en"]["missing"] == 2);
}

TEST_CASE("catalog states: XLIFF 2 initial is not translated yet, the others are",
          "[cli][outdated]") {
  std::string units;
  for (const char* state : {"initial", "translated", "reviewed", "final"}) {
    units += std::string("<unit id=\"") + state + "\"><segment state=\"" + state +
             "\"><source>Vi står upp för vår sak.</source><target>We stand up for our "
             "cause.</target></segment></unit>\n";
  }
  units +=
      "<unit id=\"empty\"><segment state=\"initial\"><source>Vi står upp för vår "
      "sak.</source></segment></unit>\n";
  TempDir dir;
  dir.write("mission.en.xlf",
            "<?xml version=\"1.0\"?>\n<xliff version=\"2.0\" "
            "xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"sv\" trgLang=\"en\"><file "
            "id=\"f\">\n" +
                units + "</file></xliff>\n");
  auto found = rules_by_unit(check(dir, "mission.en.xlf"));
  CHECK(found["initial"] == "segment-missing");
  CHECK(found["empty"] == "segment-missing");
  CHECK(found["translated"].empty());
  CHECK(found["reviewed"].empty());
  CHECK(found["final"].empty());
}

TEST_CASE("catalog states: a fuzzy PO entry is outdated, with the previous msgid's diff",
          "[cli][outdated]") {
  TempDir dir;
  dir.write("po/es.po",
            "msgid \"\"\nmsgstr \"\"\n\"Language: es\\n\"\n\"Content-Type: text/plain; "
            "charset=UTF-8\\n\"\n\n"
            "#, fuzzy\n#| msgid \"We are represented on four continents.\"\n"
            "msgid \"We are represented on five continents.\"\n"
            "msgstr \"Tenemos representación en cuatro continentes.\"\n\n"
            "#, fuzzy\nmsgid \"We stand up for our cause.\"\n"
            "msgstr \"Defendemos nuestra causa.\"\n\n"
            "msgid \"We strengthen each other.\"\nmsgstr \"Nos fortalecemos mutuamente.\"\n");
  json report = check(dir, "po/es.po");
  REQUIRE(report["findings"].size() == 2);
  const json& first = report["findings"][0];
  CHECK(first["rule"] == "outdated");
  CHECK(first["target"]["line"] == 9);
  CHECK(first["message"] ==
        "the catalog marks this translation 'fuzzy': it may not match its "
        "source");
  CHECK(first["change"]["previous_source"] == "We are represented on four continents.");
  CHECK(first["change"]["diff"] == "We are represented on [-four-]{+five+} continents.");
  const json& second = report["findings"][1];
  CHECK(second["rule"] == "outdated");
  CHECK(second["change"].is_null());
  CHECK(report["summary"]["es"]["outdated"] == 2);

  auto text = run_samklang({"check", "po/es.po"}, dir.path());
  CHECK(text.exit_code == 1);
  CHECK(text.out.find("    was: We are represented on four continents.\n"
                      "    diff: We are represented on [-four-]{+five+} continents.\n") !=
        std::string::npos);
}
