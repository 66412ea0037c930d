// Renders findings and the per-language summary. Depends on core alone;
// never prints: returns the text to write.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/finding.h"
#include "core/summary.h"

namespace samklang {

struct Report {
  std::string version;  // samklang's version
  Lang source_lang;
  std::map<Lang, LangSummary> summary;  // target languages
  std::vector<Finding> findings;        // sorted
};

// One block per finding:
//   path:line:col: severity: message [rule]
//       sv: <source segment text>
//       en: <target segment text>
//       was: <the source signed off>      (outdated translations)
//       diff: <word diff from it to now>
//       fix: <fix>
// then a blank line and the summary table (language, segments, translated,
// missing, outdated, findings), then "N errors, N warnings, N notes".
// With `color`, ANSI colours: severity names (error red, warning yellow,
// note cyan), bold location, dim rule id.
std::string render_text(const Report& report, bool color);

// The summary table alone, as in render_text.
std::string render_summary_table(const Report& report);

// The JSON of DESIGN.md, format 1, pretty-printed with two spaces, ending
// with a newline.
std::string render_json(const Report& report);

}  // namespace samklang
