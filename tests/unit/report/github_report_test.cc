#include <sstream>
#include <string>
#include <vector>

#include "catch.hpp"
#include "report/report.h"
#include "report_fixture.h"

using samklang::Finding;
using samklang::Place;
using samklang::render_github;
using samklang::Report;
using samklang::Severity;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// What the runner reads back from an escaped value.
std::string unescape(std::string text) {
  const std::vector<std::pair<std::string, std::string>> codes{
      {"%0D", "\r"}, {"%0A", "\n"}, {"%3A", ":"}, {"%2C", ","}, {"%25", "%"}};
  std::string out;
  for (size_t i = 0; i < text.size();) {
    bool done = false;
    for (const auto& [code, plain] : codes) {
      if (text.compare(i, code.size(), code) == 0) {
        out += plain;
        i += code.size();
        done = true;
        break;
      }
    }
    if (!done) out += text[i++];
  }
  return out;
}

}  // namespace

TEST_CASE("github report: a workflow command per finding", "[report]") {
  auto lines = lines_of(render_github(samklang::testing::mission_report(), "/home/ana/crd"));
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] ==
        "::error file=catalogs/en/mission.md,line=3,col=5,title=term-missing::'medborgerliga och "
        "politiska rättigheter' is not translated as 'civil and political rights'%0Asv: "
        "Engagemang – Vi räknar med dig – du kan räkna med oss.%0Afix: use 'civil and political "
        "rights'");
  CHECK(lines[1] ==
        "::warning file=catalogs/sr-Latn/mission.md,line=7,col=1,title=segment-extra::a target "
        "segment with no source");
}

TEST_CASE("github report: escapes ':' ',' '%' and line breaks", "[report]") {
  Report report;
  Finding f;
  f.rule = "number-mismatch";
  f.severity = Severity::note;
  f.message = "'50 %' is not in the source, which has '75 %': check the figure";
  f.fix = "write '75 %',\nas in the source\r\nsentence";
  f.source_lang = "sv";
  f.target_lang = "es";
  f.target = Place{"/home/ana/crd/informes/2030: metas, 50%.md", 4, 12, "p1", "El 50 % de ..."};
  report.findings.push_back(f);
  std::string out = render_github(report, "/home/ana/crd");
  auto lines = lines_of(out);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0] ==
        "::notice file=informes/2030%3A metas%2C 50%25.md,line=4,col=12,title=number-mismatch::"
        "'50 %25' is not in the source, which has '75 %25': check the figure%0Afix: write "
        "'75 %25',%0Aas in the source%0D%0Asentence");

  // Read back as the runner does: '::' ends the properties, ',' splits them.
  std::string line = lines[0];
  size_t command_end = line.find(' ');
  size_t properties_end = line.find("::", command_end);
  REQUIRE(properties_end != std::string::npos);
  std::string properties = line.substr(command_end + 1, properties_end - command_end - 1);
  std::vector<std::string> parts;
  std::istringstream in(properties);
  for (std::string part; std::getline(in, part, ',');) parts.push_back(part);
  REQUIRE(parts.size() == 4);
  CHECK(unescape(parts[0]) == "file=informes/2030: metas, 50%.md");
  CHECK(unescape(line.substr(properties_end + 2)) == f.message + "\nfix: " + f.fix);
}

TEST_CASE("github report: a finding without a line, without a file, and none", "[report]") {
  Report report;
  Finding whole;
  whole.rule = "load-error";
  whole.message = "the file is empty";
  whole.target = Place{"catalogs/ru/mission.md", 0, 0, "", ""};
  Finding nowhere;
  nowhere.rule = "load-error";
  nowhere.message = "no such file";
  report.findings = {whole, nowhere};
  auto lines = lines_of(render_github(report, ""));
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] == "::error title=load-error::no such file");  // no place sorts first
  CHECK(lines[1] == "::error file=catalogs/ru/mission.md,title=load-error::the file is empty");

  CHECK(render_github(Report{}, "/w").empty());
}
