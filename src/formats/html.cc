// HTML reader: gumbo parses the document (HTML5 rules, never fails); each
// text node keeps its byte offset in the file, so every word of a unit maps
// back to its exact line and column, also after inline tags and entities.
#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "formats/reader.h"
#include "text/inline_markup.h"

namespace samklang {

namespace {

struct OutputDeleter {
  void operator()(GumboOutput* output) const {
    gumbo_destroy_output(&kGumboDefaultOptions, output);
  }
};

bool is_skipped(GumboTag tag) {
  return tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NAV ||
         tag == GUMBO_TAG_HEAD || tag == GUMBO_TAG_TEMPLATE || tag == GUMBO_TAG_NOSCRIPT;
}

// The unit kind of a block element, or nullopt for any other element.
std::optional<UnitKind> unit_kind(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
      return UnitKind::heading;
    case GUMBO_TAG_P:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_FIGCAPTION:
      return UnitKind::paragraph;
    case GUMBO_TAG_LI:
      return UnitKind::list_item;
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
      return UnitKind::table_cell;
    default:
      return std::nullopt;
  }
}

const char* kind_prefix(UnitKind kind) {
  switch (kind) {
    case UnitKind::heading:
      return "h";
    case UnitKind::list_item:
      return "li";
    case UnitKind::table_cell:
      return "td";
    default:
      return "p";
  }
}

std::string attribute(const GumboNode* node, const char* name) {
  const GumboAttribute* attr = gumbo_get_attribute(&node->v.element.attributes, name);
  return attr != nullptr && attr->value != nullptr ? attr->value : "";
}

// "&amp;", "&#233;", "&#x1F600;" at `i`; gumbo decodes them.
bool is_reference(std::string_view original, size_t i) {
  if (i >= original.size() || original[i] != '&') return false;
  for (size_t k = i + 1; k < original.size() && k < i + 34; ++k) {
    char c = original[k];
    if (c == ';') return k > i + 1;
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '#') return false;
  }
  return false;
}

std::string element_name(const GumboNode* element) {
  const char* known = gumbo_normalized_tagname(element->v.element.tag);
  if (known != nullptr && *known != '\0') return known;
  GumboStringPiece original = element->v.element.original_tag;
  gumbo_tag_from_original_text(&original);  // "<my-tag a=b>" -> "my-tag"
  std::string name(original.data != nullptr ? original.data : "", original.length);
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return name;
}

// An inline element as a code over [begin, end) of the unit's text.
InlineCode inline_code(const GumboNode* element, uint32_t begin, uint32_t end,
                       std::string_view text) {
  std::string name = element_name(element);
  InlineCode code{html_element_kind(name), "", begin, end};
  switch (code.kind) {
    case InlineKind::link:
      code.identity = attribute(element, "href");
      if (code.identity.empty()) {
        code.kind = InlineKind::paired_tag;
        code.identity = name;
      }
      break;
    case InlineKind::image:
      code.identity = attribute(element, "src");
      break;
    case InlineKind::code:
      code.identity = std::string(text.substr(begin, end - begin));
      break;
    case InlineKind::paired_tag:
    case InlineKind::standalone_tag:
      code.identity = name;
      break;
    default:
      break;
  }
  return code;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Builds a unit's text from text nodes: runs of white space become one
// space, entities their characters; every byte keeps its file offset.
class TextBuilder {
 public:
  void add_text(const GumboText& node) {
    std::string_view decoded = node.text != nullptr ? node.text : "";
    std::string_view original(node.original_text.data, node.original_text.length);
    uint32_t base = static_cast<uint32_t>(node.start_pos.offset);
    size_t i = 0;  // in original
    size_t j = 0;  // in decoded
    while (j < decoded.size()) {
      if (i < original.size() && original[i] == decoded[j] && !is_reference(original, i)) {
        add(decoded[j++], base + static_cast<uint32_t>(i++));
        continue;
      }
      if (i < original.size() && original[i] == '\r') {  // CR LF became LF
        ++i;
        continue;
      }
      // A character reference ("&amp;", "&#233;"): its characters map to where it starts;
      // resynchronise after it.
      size_t next = is_reference(original, i) ? original.find(';', i) + 1 : i + 1;
      uint32_t at = base + static_cast<uint32_t>(std::min(i, original.size()));
      do {
        add(decoded[j++], at);
      } while (j < decoded.size() && (static_cast<unsigned char>(decoded[j]) & 0xC0) == 0x80);
      i = next;
    }
  }

  uint32_t size() const { return static_cast<uint32_t>(unit_.text.size()); }
  std::string_view text() const { return unit_.text; }
  std::vector<InlineCode>& codes() { return unit_.codes; }

  Unit take() {
    while (!unit_.text.empty() && unit_.text.back() == ' ') unit_.text.pop_back();
    auto size = static_cast<uint32_t>(unit_.text.size());
    for (InlineCode& code : unit_.codes) {
      code.begin = std::min(code.begin, size);
      code.end = std::min(code.end, size);
    }
    while (!unit_.spans.empty() && unit_.spans.back().text_offset >= unit_.text.size() &&
           unit_.spans.size() > 1)
      unit_.spans.pop_back();
    return std::move(unit_);
  }

 private:
  void add(char c, uint32_t file_offset) {
    if (is_space(c)) {
      if (unit_.text.empty() || unit_.text.back() == ' ') return;
      c = ' ';
    }
    auto text_offset = static_cast<uint32_t>(unit_.text.size());
    unit_.text += c;
    if (!unit_.spans.empty()) {
      const SourceSpan& last = unit_.spans.back();
      if (last.file_offset + (text_offset - last.text_offset) == file_offset) return;
    }
    unit_.spans.push_back({text_offset, file_offset});
  }

  Unit unit_;
};

class HtmlReader {
 public:
  explicit HtmlReader(Document& doc) : doc_(doc) {}

  void visit(const GumboNode* node) {
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) return;
    const GumboVector& children =
        node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
    if (node->type == GUMBO_NODE_ELEMENT) {
      GumboTag tag = node->v.element.tag;
      if (tag == GUMBO_TAG_HTML && doc_.declared_lang.empty())
        doc_.declared_lang = attribute(node, "lang");
      if (is_skipped(tag)) return;
      if (auto kind = unit_kind(tag)) {
        read_unit(node, *kind);
        return;
      }
      if (tag == GUMBO_TAG_ARTICLE) {
        std::string number = attribute(node, "data-number");
        if (!number.empty()) {
          std::string outer = article_;
          size_t outer_count = article_units_;
          article_ = number;
          article_units_ = 0;
          visit_children(children);
          article_ = outer;
          article_units_ = outer_count;
          return;
        }
      }
      if (tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL) {
        ++list_depth_;
        visit_children(children);
        --list_depth_;
        return;
      }
    }
    visit_children(children);
  }

 private:
  void visit_children(const GumboVector& children) {
    for (unsigned i = 0; i < children.length; ++i)
      visit(static_cast<const GumboNode*>(children.data[i]));
  }

  // The unit's own text first; block elements nested in it (a <p> inside
  // an <li>) become units of their own after it.
  void read_unit(const GumboNode* element, UnitKind kind) {
    TextBuilder builder;
    std::vector<const GumboNode*> nested;
    collect(element, builder, nested);
    Unit unit = builder.take();
    if (!unit.text.empty()) {
      unit.kind = kind;
      GumboTag tag = element->v.element.tag;
      if (kind == UnitKind::heading) unit.level = 1 + (tag - GUMBO_TAG_H1);
      if (kind == UnitKind::list_item) unit.level = list_depth_;
      unit.id = make_id(element, kind);
      doc_.units.push_back(std::move(unit));
    }
    for (const GumboNode* child : nested) visit(child);
  }

  void collect(const GumboNode* node, TextBuilder& builder,
               std::vector<const GumboNode*>& nested) const {
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
      const auto* child = static_cast<const GumboNode*>(children.data[i]);
      switch (child->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA:
          builder.add_text(child->v.text);
          break;
        case GUMBO_NODE_ELEMENT: {
          GumboTag tag = child->v.element.tag;
          if (is_skipped(tag)) break;
          if (unit_kind(tag) || tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL) {
            nested.push_back(child);
            break;
          }
          // Inline markup (a, em, strong, span, code, br, img...): its text
          // is the unit's, the element a code over it.
          size_t index = builder.codes().size();
          builder.codes().push_back(InlineCode{});
          uint32_t begin = builder.size();
          collect(child, builder, nested);
          builder.codes()[index] = inline_code(child, begin, builder.size(), builder.text());
          break;
        }
        default:
          break;  // comments
      }
    }
  }

  std::string make_id(const GumboNode* element, UnitKind kind) {
    std::string id = attribute(element, "id");
    size_t ordinal = doc_.units.size() + 1;
    if (!article_.empty()) ordinal = ++article_units_;
    if (!id.empty()) return id;
    std::string local = kind_prefix(kind) + std::to_string(ordinal);
    return article_.empty() ? local : "art-" + article_ + "/" + local;
  }

  Document& doc_;
  std::string article_;  // data-number of the enclosing <article>
  size_t article_units_ = 0;
  int list_depth_ = 0;
};

}  // namespace

Document parse_html(const std::string& path, const Lang& lang, std::string content) {
  Document doc = Document::with_content(path, lang, "html", std::move(content));
  std::unique_ptr<GumboOutput, OutputDeleter> output(
      gumbo_parse_with_options(&kGumboDefaultOptions, doc.content.data(), doc.content.size()));
  if (!output) return doc;
  HtmlReader(doc).visit(output->document);
  return doc;
}

}  // namespace samklang
