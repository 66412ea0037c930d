#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "catch.hpp"
#include "report/report.h"
#include "report_fixture.h"

using samklang::render_summary_table;
using samklang::render_text;
using samklang::Report;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

size_t code_points(const std::string& text) {
  size_t n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

}  // namespace

TEST_CASE("text report: finding blocks, summary and totals", "[report]") {
  std::string text = render_text(samklang::testing::mission_report(), false);
  auto lines = lines_of(text);
  REQUIRE(lines.size() >= 8);
  CHECK(lines[0] ==
        "catalogs/en/mission.md:3:5: error: 'medborgerliga och politiska rättigheter' is not "
        "translated as 'civil and political rights' [term-missing]");
  CHECK(lines[1] == "    sv: Engagemang – Vi räknar med dig – du kan räkna med oss.");
  CHECK(lines[2] == "    en: We defend civic and political rights.");
  CHECK(lines[3] == "    fix: use 'civil and political rights'");
  // A finding without a source shows only its target line.
  CHECK(lines[4] ==
        "catalogs/sr-Latn/mission.md:7:1: warning: a target segment with no source "
        "[segment-extra]");
  CHECK(lines[5] == "    sr-Latn: Branimo ljudska prava – uvek.");
  CHECK(lines[6].empty());
  CHECK(lines[7].find("language") == 0);
  CHECK(lines.back() == "1 error, 1 warning, 0 notes");
  CHECK(text.find('\x1b') == std::string::npos);
}

TEST_CASE("text report: no findings", "[report]") {
  Report report;
  CHECK(render_text(report, false) == "no findings\n");
  report.summary["ru"] = {4, 4, 0, 0, 0};
  auto lines = lines_of(render_text(report, false));
  REQUIRE(lines.size() == 3);
  CHECK(lines[1].find("ru") == 0);
  CHECK(lines[2] == "no findings");
}

TEST_CASE("text report: plural totals", "[report]") {
  Report report = samklang::testing::mission_report();
  report.findings.push_back(report.findings[0]);
  report.findings.push_back(report.findings[1]);
  report.findings[3].severity = samklang::Severity::note;
  auto lines = lines_of(render_text(report, false));
  CHECK(lines.back() == "2 errors, 1 warning, 1 note");
}

TEST_CASE("text report: summary columns align, also for non-ASCII", "[report]") {
  Report report;
  report.summary["en"] = {12, 11, 1, 0, 2};
  report.summary["sr-Latn"] = {1200, 1187, 13, 40, 125};
  report.summary["språk"] = {7, 7, 0, 0, 0};  // a non-ASCII key: widths count code points
  auto lines = lines_of(render_summary_table(report));
  REQUIRE(lines.size() == 4);
  CHECK(lines[0] == "language  segments  translated  missing  outdated  findings");
  CHECK(lines[1] == "en              12          11        1         0         2");
  CHECK(lines[2] == "språk            7           7        0         0         0");
  CHECK(lines[3] == "sr-Latn       1200        1187       13        40       125");
  for (const auto& line : lines) CHECK(code_points(line) == code_points(lines[0]));
}

TEST_CASE("text report: colour only when asked", "[report]") {
  Report report = samklang::testing::mission_report();
  std::string plain = render_text(report, false);
  std::string colored = render_text(report, true);
  CHECK(plain.find("\x1b[") == std::string::npos);
  CHECK(colored.find("\x1b[1mcatalogs/en/mission.md:3:5:\x1b[0m") != std::string::npos);
  CHECK(colored.find("\x1b[1;31merror\x1b[0m") != std::string::npos);
  CHECK(colored.find("\x1b[1;33mwarning\x1b[0m") != std::string::npos);
  CHECK(colored.find("\x1b[2m[term-missing]\x1b[0m") != std::string::npos);
}

TEST_CASE("text report: findings are printed in sorted order", "[report]") {
  Report report = samklang::testing::mission_report();
  std::swap(report.findings[0], report.findings[1]);
  auto lines = lines_of(render_text(report, false));
  CHECK(lines[0].find("catalogs/en/mission.md:3:5:") == 0);
}

TEST_CASE("text report: a finding without languages or a line", "[report]") {
  Report report;
  samklang::Finding load;
  load.rule = "load-error";
  load.message = "file is empty";
  load.source = samklang::Place{"catalogs/th/mission.md", 0, 0, "", "เราปกป้องสิทธิ"};
  report.findings.push_back(load);
  auto lines = lines_of(render_text(report, false));
  REQUIRE(lines.size() == 3);
  CHECK(lines[0] == "catalogs/th/mission.md: error: file is empty [load-error]");
  CHECK(lines[1] == "    source: เราปกป้องสิทธิ");
  CHECK(lines[2] == "1 error, 0 warnings, 0 notes");
}

TEST_CASE("text report: the labels give every word, the counts stay digits", "[report]") {
  samklang::TextLabels labels;
  labels.severities = {"anmärkning", "varning", "fel"};
  labels.summary_header = {"språk", "segment", "översatta", "saknas", "inaktuella", "fynd"};
  labels.fix = "åtgärd";
  labels.no_findings = "inga fynd";
  labels.count = [](samklang::Severity severity, int n) {
    if (severity == samklang::Severity::error) return std::to_string(n) + " fel";
    if (severity == samklang::Severity::warning)
      return std::to_string(n) + (n == 1 ? " varning" : " varningar");
    return std::to_string(n) + (n == 1 ? " anmärkning" : " anmärkningar");
  };
  Report report = samklang::testing::mission_report();
  std::string english = render_text(report, false);
  std::string swedish = render_text(report, false, labels);
  auto lines = lines_of(swedish);
  CHECK(lines[0] ==
        "catalogs/en/mission.md:3:5: fel: 'medborgerliga och politiska rättigheter' is not "
        "translated as 'civil and political rights' [term-missing]");
  CHECK(lines[3] == "    åtgärd: use 'civil and political rights'");
  // The header in Swedish, its columns as wide as the words.
  auto header = std::find_if(lines.begin(), lines.end(),
                             [](const std::string& line) { return line.starts_with("språk"); });
  REQUIRE(header != lines.end());
  CHECK(header->ends_with("  segment  översatta  saknas  inaktuella  fynd"));
  CHECK(lines.back().ends_with(" fel, 1 varning, 0 anmärkningar"));
  // The same report with the default labels is the English one.
  CHECK(render_text(report, false, samklang::TextLabels{}) == english);
  CHECK(render_text(Report{}, false, labels) == "inga fynd\n");
}
