// Renders findings and the per-language summary. Depends on core alone;
// never prints: returns the text to write.
#pragma once

#include <array>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/alignment.h"
#include "core/finding.h"
#include "core/summary.h"

namespace samklang {

// One target file of a document, aligned to the source.
struct AlignedTarget {
  Lang lang;
  std::string file;
  std::vector<Place> segments;  // each segment's start, unit and text
  Alignment links;              // indices into AlignedDocument::source and `segments`
};

// A source document with its translations, side by side (the HTML report).
struct AlignedDocument {
  std::string name;  // the document as samklang.toml names it: "catalogs/{lang}/mission.md"
  std::string file;  // the source file
  std::vector<Place> source;
  std::vector<AlignedTarget> targets;
};

struct Report {
  std::string version;  // samklang's version
  Lang source_lang;
  std::map<Lang, LangSummary> summary;          // target languages
  std::vector<Finding> findings;                // sorted
  std::vector<AlignedDocument> documents = {};  // only the HTML report shows them; may be empty
};

// The words of the text report. The defaults are English; the CLI fills them
// from its message catalogs, so that report/ stays free of Boost.Locale. Rule
// ids, paths, language tags and the text of findings are never translated.
struct TextLabels {
  std::array<std::string, 3> severities{"note", "warning", "error"};  // by Severity value
  std::array<std::string, 6> summary_header{"language", "segments", "translated",
                                            "missing",  "outdated", "findings"};
  std::string source = "source";  // a segment's line when its language is unknown
  std::string target = "target";
  std::string was = "was";
  std::string diff = "diff";
  std::string why = "why";
  std::string fix = "fix";
  std::string no_findings = "no findings";
  // How many findings of a severity, plural forms included: "1 error",
  // "3 warnings". Empty: English.
  std::function<std::string(Severity, int)> count;
  // A finding's message or fix in the user's language, from its English text
  // and its parts (Finding::message_parts). Empty: English.
  std::function<std::string(const std::string&, const MessageParts&)> message;
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
// note cyan), bold location, dim rule id. `labels` give the words.
std::string render_text(const Report& report, bool color, const TextLabels& labels = {});

// The summary table alone, as in render_text.
std::string render_summary_table(const Report& report, const TextLabels& labels = {});

// The JSON of DESIGN.md, format 1, pretty-printed with two spaces, ending
// with a newline.
std::string render_json(const Report& report);

// A rule as a report describes it. The CLI fills these from the checks
// registry, so that report/ depends on core alone.
struct RuleInfo {
  std::string id;       // "term-missing"
  std::string summary;  // one line
  std::string help;     // what it checks, an example, how to fix or silence it
  Severity default_severity = Severity::error;
};

// SARIF 2.1.0, one run, pretty-printed, ending with a newline. File paths
// become URIs relative to `base_dir` (uriBaseId %SRCROOT%; a file outside it
// gets an absolute file: URI); `rules` are every registered rule, in order.
std::string render_sarif(const Report& report, const std::vector<RuleInfo>& rules,
                         const std::string& base_dir);

// A target file checked in one language: a JUnit test case even when clean.
struct CheckedDocument {
  std::string file;
  Lang lang;
};

// JUnit XML: one <testsuite> per target language, one <testcase> per
// document (`documents`, and any other file a finding names), one <failure>
// per finding at or above `fail_on` (none when nullopt); findings below it go
// to the test case's <system-out>. A suite's `failures` counts its failing
// test cases.
std::string render_junit(const Report& report, const std::vector<CheckedDocument>& documents,
                         std::optional<Severity> fail_on);

// GitHub Actions workflow commands, one line per finding:
//   ::error file=PATH,line=L,col=C,title=RULE::MESSAGE
// (::warning, ::notice for the other severities), paths relative to
// `base_dir`, values escaped as the runner expects.
std::string render_github(const Report& report, const std::string& base_dir);

// One self-contained HTML page (inline CSS, script and SVG; no URL outside
// it): the coverage per language as bars, filters by rule, severity and
// language, the findings, and each document's source and targets side by
// side, a row per source segment, with the findings marked where they are.
// Every text is escaped; the page is also well-formed XML. A URL hash such as
// "#rule=term-missing&lang=en,es" selects the filters.
std::string render_html(const Report& report);

}  // namespace samklang
