// Renders an alignment of two documents (samklang align). Depends on core
// alone; never prints: returns the text to write.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/alignment.h"
#include "core/lang.h"

namespace samklang {

struct AlignSide {
  std::string path;
  Lang lang;
  std::vector<std::string> segments;  // segment texts, indexed by Link::src / Link::tgt
};

struct AlignReport {
  AlignSide source;
  AlignSide target;
  Alignment links;
};

// "1-1", "0-1", "2-1": how many source and target segments a link joins.
std::string link_type(const Link& link);

// One link per line: "[i, j]:[k]" with 0-based indices, "[]:[k]" for an
// addition, "[i]:[]" for an omission (the bead format of aligner gold sets).
std::string render_align_beads(const AlignReport& report);
// Per link: "[i]:[k] 0.93" then "  < source" and "  > target".
std::string render_align_text(const AlignReport& report);
// Per link: source text, target text, confidence, tab-separated; tabs and
// line breaks inside a text become spaces.
std::string render_align_tsv(const AlignReport& report);
// {"format": 1, "source": {path, lang, segments}, "target": {...},
//  "links": [{"type", "src", "tgt", "confidence"}]}
std::string render_align_json(const AlignReport& report);
// A self-contained page: one table row per link, source beside target, the
// omissions, additions and uncertain links marked.
std::string render_align_html(const AlignReport& report);

}  // namespace samklang
