// A small report with real mission text, shared by the report tests.
#pragma once

#include "report/report.h"

namespace samklang::testing {

inline Report mission_report() {
  Report report;
  report.version = "0.1.0";
  report.source_lang = "sv";
  report.summary["en"] = {12, 11, 1, 0, 2};
  report.summary["sr-Latn"] = {12, 12, 0, 3, 1};

  Finding term;
  term.rule = "term-missing";
  term.severity = Severity::error;
  term.message =
      "'medborgerliga och politiska rättigheter' is not translated as 'civil and "
      "political rights'";
  term.fix = "use 'civil and political rights'";
  term.source_lang = "sv";
  term.target_lang = "en";
  term.source = Place{"catalogs/sv/mission.md", 3, 14, "p2",
                      "Engagemang – Vi räknar med dig – du kan räkna med oss."};
  term.target =
      Place{"catalogs/en/mission.md", 3, 5, "p2", "We defend civic and political rights."};
  term.term = TermInfo{
      "ccpr", "medborgerliga och politiska rättigheter", {"civil and political rights"}, "", ""};
  term.fingerprint = "a1b2c3";

  Finding extra;
  extra.rule = "segment-extra";
  extra.severity = Severity::warning;
  extra.message = "a target segment with no source";
  extra.source_lang = "sv";
  extra.target_lang = "sr-Latn";
  extra.target = Place{"catalogs/sr-Latn/mission.md", 7, 1, "p5", "Branimo ljudska prava – uvek."};
  extra.fingerprint = "d4e5f6";

  report.findings = {term, extra};
  return report;
}

}  // namespace samklang::testing
