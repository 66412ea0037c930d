#include "formats/xml_text.h"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "text/utf8.h"

namespace samklang {

namespace {

std::string lower_first(std::string text) {
  if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z') text[0] = static_cast<char>(text[0] + 32);
  return text;
}

// The text an entity reference stands for, or nothing when it is not one.
std::optional<std::string> decode_entity(std::string_view name) {
  if (name == "amp") return "&";
  if (name == "lt") return "<";
  if (name == "gt") return ">";
  if (name == "quot") return "\"";
  if (name == "apos") return "'";
  if (name.size() < 2 || name[0] != '#') return std::nullopt;
  bool hex = name[1] == 'x' || name[1] == 'X';
  std::string_view digits = name.substr(hex ? 2 : 1);
  if (digits.empty() || digits.size() > 8) return std::nullopt;
  uint32_t cp = 0;
  for (char c : digits) {
    int v = c >= '0' && c <= '9'          ? c - '0'
            : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
            : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                          : -1;
    if (v < 0) return std::nullopt;
    cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(v);
  }
  if (cp == 0 || cp > 0x10FFFF) return std::nullopt;
  std::string out;
  append_utf8(out, static_cast<char32_t>(cp));
  return out;
}

void place(XmlText& out, size_t file_offset) {
  auto text_offset = static_cast<uint32_t>(out.text.size());
  if (!out.spans.empty() && out.spans.back().text_offset == text_offset)
    out.spans.back().file_offset = static_cast<uint32_t>(file_offset);
  else
    out.spans.push_back({text_offset, static_cast<uint32_t>(file_offset)});
}

// What identifies an inline code element across languages: its name and id
// attributes, or its name and content (a TMX <ph> holding native code).
std::string code_identity(const pugi::xml_node& element, bool kept) {
  std::string out(local_name(element));
  bool identified = false;
  for (const char* name : {"id", "rid", "i", "x", "startRef", "ctype", "type", "subType"}) {
    std::string_view value = element.attribute(name).value();
    if (value.empty()) continue;
    out += fmt::format(" {}=\"{}\"", name, value);
    identified = true;
  }
  if (!identified && !kept) {
    std::string content;
    for (pugi::xml_node node = element.first_child(); node; node = node.next_sibling())
      if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata)
        content += node.value();
    if (!content.empty()) out += " " + content;
  }
  return out;
}

}  // namespace

std::string_view local_name(const pugi::xml_node& node) {
  std::string_view name = node.name();
  if (size_t colon = name.find(':'); colon != std::string_view::npos) name.remove_prefix(colon + 1);
  return name;
}

pugi::xml_node child_named(const pugi::xml_node& node, std::string_view name) {
  for (pugi::xml_node child : node.children())
    if (child.type() == pugi::node_element && local_name(child) == name) return child;
  return {};
}

Error XmlFile::error_at(size_t offset, std::string message) const {
  LineColumn at = lines_.at(content_, static_cast<uint32_t>(std::min(offset, content_.size())));
  return Error{Location{path_, at.line, at.column}, std::move(message)};
}

uint32_t XmlFile::offset_of(const pugi::xml_node& element) const {
  ptrdiff_t offset = element.offset_debug();  // the offset of the name, after "<"
  return offset <= 0 ? 0 : static_cast<uint32_t>(offset - 1);
}

std::expected<void, Error> XmlFile::load(std::string_view what) {
  if (size_t bad = utf8_invalid_offset(content_); bad != std::string_view::npos)
    return std::unexpected(error_at(bad, "invalid UTF-8; save the file as UTF-8"));
  // pugixml does not expand entities declared in a DTD; a file whose text
  // depends on them is refused rather than read wrong.
  if (size_t doctype = content_.find("<!DOCTYPE"); doctype != std::string_view::npos) {
    size_t end = doctype + 1;  // the root element: the first "<" not starting "<!" or "<?"
    while ((end = content_.find('<', end)) != std::string_view::npos) {
      if (end + 1 < content_.size() && content_[end + 1] != '!' && content_[end + 1] != '?') break;
      ++end;
    }
    if (size_t entity = content_.substr(0, end).find("<!ENTITY", doctype);
        entity != std::string_view::npos)
      return std::unexpected(error_at(
          entity, std::string("entity declarations are not allowed in ") + std::string(what) +
                      "; remove the DOCTYPE's '<!ENTITY' declarations and write the "
                      "text out"));
  }
  pugi::xml_parse_result parsed =
      document_.load_buffer(content_.data(), content_.size(),
                            pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_utf8);
  if (!parsed)
    return std::unexpected(error_at(static_cast<size_t>(std::max<ptrdiff_t>(0, parsed.offset)),
                                    "invalid XML: " + lower_first(parsed.description())));
  return {};
}

XmlText XmlFile::empty_at(const pugi::xml_node& element) const {
  return XmlText{"", {{0, offset_of(element)}}, {}};
}

XmlText XmlFile::text_of(const pugi::xml_node& element, std::span<const std::string_view> dropped,
                         CodeKindOf code_kind) const {
  // Where the content starts: after the start tag's ">" (quoted values may hold one).
  size_t at = offset_of(element);
  char quote = 0;
  for (; at < content_.size(); ++at) {
    char c = content_[at];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      break;
    }
  }
  bool self_closing = at > 0 && at < content_.size() && content_[at - 1] == '/';
  XmlText out{"", {{0, self_closing ? offset_of(element) : static_cast<uint32_t>(at + 1)}}, {}};
  append(element, dropped, code_kind, out);
  return out;
}

void XmlFile::append(const pugi::xml_node& node, std::span<const std::string_view> dropped,
                     CodeKindOf code_kind, XmlText& out) const {
  for (pugi::xml_node child : node.children()) {
    ptrdiff_t offset = child.offset_debug();
    if (child.type() == pugi::node_pcdata && offset >= 0) {
      size_t end = content_.find('<', static_cast<size_t>(offset));
      append_raw(static_cast<size_t>(offset), end == std::string_view::npos ? content_.size() : end,
                 true, out);
    } else if (child.type() == pugi::node_cdata && offset >= 0) {
      size_t end = content_.find("]]>", static_cast<size_t>(offset));
      append_raw(static_cast<size_t>(offset), end == std::string_view::npos ? content_.size() : end,
                 false, out);
    } else if (child.type() == pugi::node_element) {
      bool kept = std::find(dropped.begin(), dropped.end(), local_name(child)) == dropped.end();
      std::optional<InlineKind> kind = code_kind ? code_kind(child) : std::nullopt;
      size_t code = out.codes.size();
      if (kind) {
        auto at = static_cast<uint32_t>(out.text.size());
        out.codes.push_back(InlineCode{*kind, code_identity(child, kept), at, at});
      }
      if (kept) append(child, dropped, code_kind, out);
      if (kind) out.codes[code].end = static_cast<uint32_t>(out.text.size());
    }
  }
}

void XmlFile::append_raw(size_t begin, size_t end, bool decode, XmlText& out) const {
  bool new_span = true;
  for (size_t i = begin; i < end; ++i) {
    if (decode && content_[i] == '&') {
      size_t semi = content_.find(';', i);
      if (semi != std::string_view::npos && semi < end) {
        if (auto text = decode_entity(content_.substr(i + 1, semi - i - 1))) {
          place(out, i);
          out.text += *text;
          i = semi;
          new_span = true;
          continue;
        }
      }
    }
    if (new_span) place(out, i);
    new_span = false;
    out.text += content_[i];
  }
}

}  // namespace samklang
