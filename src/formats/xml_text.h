// Text of XML elements with the exact file place of every character, shared
// by the XML catalogs (XLIFF, TMX). pugixml gives byte offsets only: the
// text is read again from the raw bytes so that entities and CDATA keep
// their places.
#pragma once

#include <cstdint>
#include <expected>
#include <optional>
#include <pugixml.hpp>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/inline_code.h"
#include "core/line_index.h"
#include "core/location.h"

namespace samklang {

struct XmlText {
  std::string text;
  std::vector<SourceSpan> spans;  // spans[0].text_offset == 0, always present
  std::vector<InlineCode> codes;  // the inline codes met, in document order
};

// The kind of inline code a format's element is, or nothing when it is none
// (XLIFF <mrk>, a <sub> flow).
using CodeKindOf = std::optional<InlineKind> (*)(const pugi::xml_node& element);

// One parsed XML file; `content` must outlive it.
class XmlFile {
 public:
  XmlFile(const std::string& path, std::string_view content)
      : path_(path), content_(content), lines_(content) {}

  // Parses the content (white-space text kept). Errors with line:col:
  // invalid UTF-8, a DOCTYPE declaring entities, malformed XML.
  std::expected<void, Error> load(std::string_view what);
  pugi::xml_node root() const { return document_.document_element(); }

  // The text of `element`: its text and that of its child elements, except
  // the elements named in `dropped` (inline codes), which are left out with
  // their content. An empty element's text is placed after its start tag.
  // With `code_kind`, every element it names is recorded in `codes`: one
  // whose text is kept covers it, a dropped one sits where it was. Its
  // identity is its local name and identifying attributes as written
  // ("g id=\"1\"", "ec startRef=\"1\"", "bpt i=\"1\""), or, with none, its
  // name and content ("ph <br/>").
  XmlText text_of(const pugi::xml_node& element, std::span<const std::string_view> dropped,
                  CodeKindOf code_kind = nullptr) const;
  // An empty text placed at the "<" of `element`.
  XmlText empty_at(const pugi::xml_node& element) const;

  // The offset of an element's "<".
  uint32_t offset_of(const pugi::xml_node& element) const;
  Error error_at(size_t offset, std::string message) const;
  Error error_at(const pugi::xml_node& element, std::string message) const {
    return error_at(offset_of(element), std::move(message));
  }

 private:
  void append(const pugi::xml_node& node, std::span<const std::string_view> dropped,
              CodeKindOf code_kind, XmlText& out) const;
  void append_raw(size_t begin, size_t end, bool decode, XmlText& out) const;

  const std::string& path_;
  std::string_view content_;
  LineIndex lines_;
  pugi::xml_document document_;
};

// The element name without its namespace prefix ("sdl:seg" -> "seg").
std::string_view local_name(const pugi::xml_node& node);

// The first child element with this local name, or a null node.
pugi::xml_node child_named(const pugi::xml_node& node, std::string_view name);

}  // namespace samklang
