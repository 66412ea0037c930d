// Parts of the HTML report (render_html in report.h), apart for tests.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "report/report.h"

namespace samklang {

// Text for HTML element content and quoted attribute values, which is also
// well-formed XML: & < > " ' escaped; control characters XML 1.0 cannot
// hold become their visible pictures (U+2400 block).
std::string html_escape(std::string_view text);

// True for languages written right to left (Arabic, Hebrew, Persian, Urdu,
// and any tag with an RTL script such as "az-Arab"), after ICU's likely
// subtags.
bool is_right_to_left(std::string_view lang);

// A byte range in a segment's text; empty when begin == end.
struct TextSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool empty() const { return begin == end; }
};

// Where a finding shows in the side-by-side tables.
struct FindingSpot {
  size_t document = 0;  // index into Report::documents
  size_t target = 0;    // index into AlignedDocument::targets: the column
  // The target segment the finding is about, when it has one; else the
  // finding is about the source segment's (missing) translation.
  std::optional<uint32_t> target_segment;
  std::optional<uint32_t> source_segment;
  // The offending text in the target segment: term.found near the place, or
  // else the longest text the message quotes that starts right at the place.
  TextSpan target_span;
  TextSpan source_span;  // the source term left untranslated (term.source, when nothing was found)
};

// The spot of a finding: the document and language of its target file (or
// of its source file), the segment whose text and start match its place,
// and the offending span in it. Nullopt when it is in no
// table (a file that could not be read).
std::optional<FindingSpot> locate_finding(const Report& report, const Finding& finding);

// A finding's severity, message, rule and fix, as escaped HTML.
std::string html_finding_text(const Finding& finding);

// Every document's side-by-side table, the findings at `spots` (one per
// finding of the report, in order) marked in their cells. `anchors` gets each
// finding's row id ("d1-r4"), or "" for a finding in no table.
std::string render_html_documents(const Report& report,
                                  const std::vector<std::optional<FindingSpot>>& spots,
                                  std::vector<std::string>& anchors);

}  // namespace samklang
