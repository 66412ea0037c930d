#include <algorithm>
#include <pugixml.hpp>
#include <string>
#include <vector>

#include "catch.hpp"
#include "report/report.h"
#include "report_fixture.h"

using samklang::CheckedDocument;
using samklang::Finding;
using samklang::Place;
using samklang::render_junit;
using samklang::Report;
using samklang::Severity;

namespace {

const std::vector<CheckedDocument> kDocuments{{"catalogs/en/mission.md", "en"},
                                              {"catalogs/es/mission.md", "es"},
                                              {"catalogs/sr-Latn/mission.md", "sr-Latn"}};

// Parses the report back; fails the test when it is not well-formed XML.
pugi::xml_node parse(pugi::xml_document& doc, const std::string& xml) {
  pugi::xml_parse_result parsed = doc.load_string(xml.c_str());
  INFO(xml);
  REQUIRE(parsed);
  return doc.child("testsuites");
}

pugi::xml_node suite_named(pugi::xml_node root, const char* lang) {
  return root.find_child_by_attribute("testsuite", "name", lang);
}

}  // namespace

TEST_CASE("junit report: a suite per language, a case per document", "[report]") {
  std::string xml =
      render_junit(samklang::testing::mission_report(), kDocuments, Severity::warning);
  CHECK(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites"));
  pugi::xml_document doc;
  pugi::xml_node root = parse(doc, xml);
  CHECK(root.attribute("tests").as_int() == 3);
  CHECK(root.attribute("failures").as_int() == 2);

  pugi::xml_node en = suite_named(root, "en");
  CHECK(en.attribute("tests").as_int() == 1);
  CHECK(en.attribute("failures").as_int() == 1);
  pugi::xml_node en_case = en.child("testcase");
  CHECK(std::string(en_case.attribute("name").value()) == "catalogs/en/mission.md");
  CHECK(std::string(en_case.attribute("classname").value()) == "samklang.en");
  pugi::xml_node failure = en_case.child("failure");
  CHECK(std::string(failure.attribute("type").value()) == "term-missing");
  CHECK(std::string(failure.attribute("message").value()) ==
        "catalogs/en/mission.md:3:5: 'medborgerliga och politiska rättigheter' is not translated "
        "as 'civil and political rights'");
  CHECK(std::string(failure.text().get()) ==
        "sv: Engagemang – Vi räknar med dig – du kan räkna med oss.\n"
        "en: We defend civic and political rights.\n"
        "fix: use 'civil and political rights'\n");

  // Spanish has no finding: a passing test case.
  pugi::xml_node es = suite_named(root, "es");
  CHECK(es.attribute("tests").as_int() == 1);
  CHECK(es.attribute("failures").as_int() == 0);
  CHECK(es.child("testcase"));
  CHECK_FALSE(es.child("testcase").first_child());

  // The warning fails at --fail-on warning.
  pugi::xml_node sr = suite_named(root, "sr-Latn");
  CHECK(sr.attribute("failures").as_int() == 1);
  CHECK(std::string(sr.child("testcase").child("failure").attribute("type").value()) ==
        "segment-extra");
}

TEST_CASE("junit report: findings below --fail-on pass, shown in system-out", "[report]") {
  std::string xml = render_junit(samklang::testing::mission_report(), kDocuments, Severity::error);
  pugi::xml_document doc;
  pugi::xml_node root = parse(doc, xml);
  CHECK(root.attribute("failures").as_int() == 1);
  pugi::xml_node sr = suite_named(root, "sr-Latn").child("testcase");
  CHECK_FALSE(sr.child("failure"));
  std::string out = sr.child("system-out").text().get();
  CHECK(
      out.starts_with("catalogs/sr-Latn/mission.md:7:1: warning: a target segment with no "
                      "source [segment-extra]\n"));

  SECTION("--fail-on never: nothing fails") {
    pugi::xml_document none;
    pugi::xml_node all =
        parse(none, render_junit(samklang::testing::mission_report(), kDocuments, std::nullopt));
    CHECK(all.attribute("failures").as_int() == 0);
    CHECK(all.select_nodes("//failure").empty());
    CHECK(all.select_nodes("//system-out").size() == 2);
  }
}

TEST_CASE("junit report: one failure per finding, the case counted once", "[report]") {
  Report report = samklang::testing::mission_report();
  Finding second = report.findings[0];
  second.message = "'Civil Rights Defenders' is translated; keep it verbatim";
  second.rule = "term-dnt";
  second.target->line = 9;
  report.findings.push_back(second);
  pugi::xml_document doc;
  pugi::xml_node root = parse(doc, render_junit(report, kDocuments, Severity::error));
  pugi::xml_node en = suite_named(root, "en");
  CHECK(en.attribute("tests").as_int() == 1);
  CHECK(en.attribute("failures").as_int() == 1);
  auto failures = en.select_nodes("testcase/failure");
  REQUIRE(failures.size() == 2);
  CHECK(std::string(failures[0].node().attribute("type").value()) == "term-missing");  // line 3
  CHECK(std::string(failures[1].node().attribute("type").value()) == "term-dnt");      // line 9
}

TEST_CASE("junit report: escapes markup, pictures what XML 1.0 cannot hold", "[report]") {
  Report report = samklang::testing::mission_report();
  Finding& f = report.findings[0];
  f.message = "placeholder '<b>{name}</b>' & \"quotes\" differ\x01 here";
  f.target->text = "Hej <b>{namn}</b> & \"välkommen\"\x0B\x1F tab\there";
  f.fix = "keep '<b>' \xFF\xFE as it is";  // not UTF-8
  std::string xml = render_junit(report, kDocuments, Severity::error);
  // No raw control character but tab and newline; no invalid UTF-8.
  CHECK(std::none_of(xml.begin(), xml.end(), [](char c) {
    auto b = static_cast<unsigned char>(c);
    return b < 0x20 && b != '\n' && b != '\t';
  }));
  CHECK(xml.find('\xFF') == std::string::npos);
  CHECK(xml.find("&lt;b&gt;") != std::string::npos);
  CHECK(xml.find("&amp;") != std::string::npos);
  CHECK(xml.find("&quot;quotes&quot;") != std::string::npos);

  pugi::xml_document doc;
  pugi::xml_node root = parse(doc, xml);
  pugi::xml_node failure = suite_named(root, "en").child("testcase").child("failure");
  // Control characters are shown as their Control Pictures (U+2401, U+240B, U+241F).
  CHECK(std::string(failure.attribute("message").value()) ==
        "catalogs/en/mission.md:3:5: placeholder '<b>{name}</b>' & \"quotes\" differ\u2401 here");
  std::string text = failure.text().get();
  CHECK(text.find("en: Hej <b>{namn}</b> & \"välkommen\"\u240B\u241F tab\there\n") !=
        std::string::npos);
  CHECK(text.find("fix: keep '<b>' \uFFFD\uFFFD as it is\n") != std::string::npos);
}

TEST_CASE("junit report: a file no document names, and an empty run", "[report]") {
  Report report = samklang::testing::mission_report();
  Finding load;
  load.rule = "load-error";
  load.message = "invalid UTF-8 (byte 0xE4); save the file as UTF-8";
  load.source_lang = "sv";
  load.target_lang = "ru";
  load.target = Place{"catalogs/ru/mission.md", 3, 51, "", ""};
  report.findings.push_back(load);
  pugi::xml_document doc;
  pugi::xml_node root = parse(doc, render_junit(report, kDocuments, Severity::error));
  CHECK(root.attribute("tests").as_int() == 4);
  pugi::xml_node ru = suite_named(root, "ru").child("testcase");
  CHECK(std::string(ru.attribute("name").value()) == "catalogs/ru/mission.md");
  CHECK(std::string(ru.child("failure").attribute("type").value()) == "load-error");
  CHECK(ru.child("failure").text().empty());  // no segment to quote, no fix

  pugi::xml_document empty;
  pugi::xml_node none = parse(empty, render_junit(Report{}, {}, Severity::error));
  CHECK(none);
  CHECK(none.attribute("tests").as_int() == 0);
  CHECK(none.attribute("failures").as_int() == 0);
  CHECK_FALSE(none.child("testsuite"));
}
