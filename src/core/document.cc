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

Document::Document(const Document& other)
    : path(other.path),
      lang(other.lang),
      format(other.format),
      content(other.content),
      lines(content),
      units(other.units),
      keyed(other.keyed),
      declared_lang(other.declared_lang) {}

// Moving a short (SSO) string moves its bytes, so the index is rebuilt even here.
Document::Document(Document&& other) noexcept
    : path(std::move(other.path)),
      lang(std::move(other.lang)),
      format(std::move(other.format)),
      content(std::move(other.content)),
      lines(content),
      units(std::move(other.units)),
      keyed(other.keyed),
      declared_lang(std::move(other.declared_lang)) {
  other.reindex();
}

Document& Document::operator=(const Document& other) {
  if (this != &other) {
    path = other.path;
    lang = other.lang;
    format = other.format;
    content = other.content;
    units = other.units;
    keyed = other.keyed;
    declared_lang = other.declared_lang;
    reindex();
  }
  return *this;
}

Document& Document::operator=(Document&& other) noexcept {
  if (this != &other) {
    path = std::move(other.path);
    lang = std::move(other.lang);
    format = std::move(other.format);
    content = std::move(other.content);
    units = std::move(other.units);
    keyed = other.keyed;
    declared_lang = std::move(other.declared_lang);
    reindex();
    other.reindex();
  }
  return *this;
}

void Document::reindex() { lines = LineIndex(content); }

Location Document::locate(const Unit& unit, uint32_t text_offset) const {
  LineColumn lc = lines.at(unit.file_offset(text_offset));
  return {path, lc.line, lc.column};
}

}  // namespace samklang
