// A document read from one file: ordered units of text with their places.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/inline_code.h"
#include "core/lang.h"
#include "core/line_index.h"
#include "core/location.h"

namespace samklang {

enum class UnitKind { heading, paragraph, list_item, table_cell, code, other };

const char* unit_kind_name(UnitKind kind);

// Maps a byte offset in Unit::text to a byte offset in the file: from
// text_offset on, text bytes follow file bytes one to one until the next span.
struct SourceSpan {
  uint32_t text_offset = 0;
  uint32_t file_offset = 0;
};

// One structural block: a heading, a paragraph, a list item...
struct Unit {
  std::string id;  // structural path, stable under edits of the text: "h1.2/p3"
  UnitKind kind = UnitKind::paragraph;
  int level = 0;                  // heading level, list depth
  std::string text;               // the block's plain text (inline markup removed), as in the file
  std::vector<SourceSpan> spans;  // sorted by text_offset; spans[0].text_offset == 0
  // Keyed formats (PO, XLIFF, TMX, JSON): the catalog's own state of the
  // entry ("fuzzy", "needs-review-translation", ...; empty = translated) and
  // what it says about it (a translator comment, a previous source).
  std::string state;
  std::string note;
  // Inline markup the reader took out of `text` (or found around it), in
  // document order of `begin`.
  std::vector<InlineCode> codes;
  // A plural form that only one number takes (PO msgstr[N] when the
  // catalog's formula gives N to n = 1 alone): it may leave the number out.
  bool one_number = false;

  // The file byte offset of a byte offset in `text`.
  uint32_t file_offset(uint32_t text_offset) const;
};

// One "key: value" line of a Markdown front matter. `value` is the text
// after the colon, trimmed and without its quotes; it starts at byte
// `value_offset` of the file and has the same bytes there.
struct FrontMatterField {
  std::string key;
  std::string value;
  uint32_t value_offset = 0;
};

// `lines` indexes `content`: after changing `content` in place, call reindex().
struct Document {
  std::string path;     // as given by the user, used in every message
  Lang lang;            // canonical tag, may be empty when unknown
  std::string format;   // "markdown", "plaintext"
  std::string content;  // the whole file, valid UTF-8 (converted from UTF-16 if needed)
  LineIndex lines;      // over `content`
  std::vector<Unit> units;
  bool keyed = false;         // unit ids are the catalog's keys: align by id, not by position
  std::string declared_lang;  // the language the file declares (HTML <html lang>), or ""
  std::vector<FrontMatterField> front_matter;  // Markdown front matter, in file order

  // The front matter field `key`, or null.
  const FrontMatterField* field(std::string_view key) const;

  // A document with its content in place and indexed, no units yet.
  static Document with_content(std::string path, Lang lang, std::string format,
                               std::string content);

  // Line and column of a byte offset in a unit's text.
  Location locate(const Unit& unit, uint32_t text_offset) const;
  // Rebuilds `lines` over `content`.
  void reindex();
};

}  // namespace samklang
