// Inline markup of a unit: links, emphasis, code spans, tags. Readers record
// it beside the plain text, which keeps only the words.
#pragma once

#include <cstdint>
#include <string>

namespace samklang {

enum class InlineKind {
  link,           // identity: the URL (Markdown link or autolink, HTML <a href>)
  image,          // identity: the URL of the image
  emphasis,       // *a*, _a_, <em>, <i>
  strong,         // **a**, __a__, <strong>, <b>
  strikethrough,  // ~~a~~, <del>, <s>
  code,           // identity: the verbatim text of a code span or <code>
  paired_tag,     // a tag around text: XLIFF <g>/<pc>, TMX <hi>, HTML <span>...
  open_tag,       // the opening half of a split pair: XLIFF <bx>/<bpt>/<sc>, TMX <bpt>
  close_tag,      // the closing half: XLIFF <ex>/<ept>/<ec>, TMX <ept>
  standalone_tag  // XLIFF <x>/<ph>, TMX <ph>, HTML <br>
};

// One inline code. `identity` is what the other language must keep: a URL,
// a code span's text, or for tags the name and identifying attributes as
// written ("g id=\"1\"", "span", "ph x=\"2\""). [begin, end) is the byte
// range of Unit::text the code covers; begin == end for a code that only
// sits at a place (a tag of a format whose text leaves it out). Tags still
// in the text (PO strings) are not recorded: checks find them in the text.
struct InlineCode {
  InlineKind kind = InlineKind::standalone_tag;
  std::string identity;
  uint32_t begin = 0;
  uint32_t end = 0;
};

}  // namespace samklang
