#include "core/document.h"

#include <algorithm>
#include <utility>

namespace samklang {

const char* unit_kind_name(UnitKind kind) {
  switch (kind) {
    case UnitKind::heading:
      return "heading";
    case UnitKind::paragraph:
      return "paragraph";
    case UnitKind::list_item:
      return "list item";
    case UnitKind::table_cell:
      return "table cell";
    case UnitKind::code:
      return "code";
    case UnitKind::other:
      return "block";
  }
  return "block";
}

uint32_t Unit::file_offset(uint32_t text_offset) const {
  if (spans.empty()) return text_offset;
  auto it = std::upper_bound(spans.begin(), spans.end(), text_offset,
                             [](uint32_t t, const SourceSpan& s) { return t < s.text_offset; });
  if (it == spans.begin()) return spans.front().file_offset;
  --it;
  return it->file_offset + (text_offset - it->text_offset);
}

const FrontMatterField* Document::field(std::string_view key) const {
  for (const FrontMatterField& f : front_matter)
    if (f.key == key) return &f;
  return nullptr;
}

Document Document::with_content(std::string path, Lang lang, std::string format,
                                std::string content) {
  Document doc;
  doc.path = std::move(path);
  doc.lang = std::move(lang);
  doc.format = std::move(format);
  doc.content = std::move(content);
  doc.reindex();
  return doc;
}

void Document::reindex() { lines = LineIndex(content); }

Location Document::locate(const Unit& unit, uint32_t text_offset) const {
  LineColumn lc = lines.at(content, unit.file_offset(text_offset));
  return {path, lc.line, lc.column};
}

}  // namespace samklang
