// Markdown reader: cmark-gfm gives the blocks and their lines; the inline text
// is mapped back to exact file bytes by searching each literal in the source.
// A front matter at the top is read by front_matter.h and hidden from cmark.
#include <cmark-gfm.h>
#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "formats/front_matter.h"
#include "formats/reader.h"
#include "text/inline_markup.h"

namespace samklang {

namespace {

struct NodeDeleter {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};
struct IterDeleter {
  void operator()(cmark_iter* iter) const { cmark_iter_free(iter); }
};
using NodePtr = std::unique_ptr<cmark_node, NodeDeleter>;
using IterPtr = std::unique_ptr<cmark_iter, IterDeleter>;

const char* kind_prefix(UnitKind kind) {
  switch (kind) {
    case UnitKind::heading:
      return "h";
    case UnitKind::list_item:
      return "li";
    default:
      return "p";
  }
}

// Builds a unit's text and spans from its inline nodes.
class UnitBuilder {
 public:
  UnitBuilder(std::string_view content, uint32_t begin, uint32_t end)
      : content_(content), cursor_(begin), end_(end) {}

  // Text that stands for `literal` in the file.
  void add_literal(std::string_view literal) {
    if (literal.empty()) return;
    size_t found = find(literal);
    if (found != std::string_view::npos) {
      add_span(static_cast<uint32_t>(found));
      unit_.text += literal;
      cursor_ = static_cast<uint32_t>(found + literal.size());
      return;
    }
    // Escapes or entities changed the bytes: place the words one by one.
    add_span(cursor_);
    size_t i = 0;
    while (i < literal.size()) {
      size_t word_end = literal.find(' ', i);
      if (word_end == std::string_view::npos) word_end = literal.size();
      std::string_view word = literal.substr(i, word_end - i);
      size_t at = word.empty() ? std::string_view::npos : find(word);
      if (at != std::string_view::npos) {
        add_span(static_cast<uint32_t>(at));
        cursor_ = static_cast<uint32_t>(at + word.size());
      }
      unit_.text += word;
      if (word_end < literal.size()) {
        add_span(cursor_);
        unit_.text += ' ';
      }
      i = word_end + 1;
    }
  }

  // Inline HTML is dropped from the text, but the cursor steps over it.
  void skip_literal(std::string_view literal) {
    size_t found = literal.empty() ? std::string_view::npos : find(literal);
    if (found != std::string_view::npos) cursor_ = static_cast<uint32_t>(found + literal.size());
  }

  // A soft or hard line break: one space, placed at the end of the line.
  void add_break() {
    add_span(cursor_);
    unit_.text += ' ';
  }

  // After a link's text: step over "](destination "title")" so that words
  // of the destination are not taken for the text that follows.
  void skip_link_destination() {
    if (cursor_ + 1 >= end_ || content_[cursor_] != ']' || content_[cursor_ + 1] != '(') return;
    int depth = 0;
    char quote = 0;
    for (uint32_t i = cursor_ + 1; i < end_; ++i) {
      char c = content_[i];
      if (quote != 0) {
        if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '(') {
        ++depth;
      } else if (c == ')' && --depth == 0) {
        cursor_ = i + 1;
        return;
      }
    }
  }

  uint32_t size() const { return static_cast<uint32_t>(unit_.text.size()); }
  Unit take() { return std::move(unit_); }

 private:
  // Searches a window after the cursor: markup between two literals is short
  // (link destinations and inline HTML are stepped over), and the bound keeps
  // a paragraph of thousands of entities linear instead of quadratic.
  size_t find(std::string_view needle) const {
    if (cursor_ >= end_) return std::string_view::npos;
    size_t limit = std::min<size_t>(end_ - cursor_, kWindow + needle.size());
    std::string_view window = content_.substr(cursor_, limit);
    size_t at = window.find(needle);
    return at == std::string_view::npos ? at : cursor_ + at;
  }

  void add_span(uint32_t file_offset) {
    auto text_offset = static_cast<uint32_t>(unit_.text.size());
    if (!unit_.spans.empty()) {
      SourceSpan& last = unit_.spans.back();
      if (last.text_offset == text_offset) {
        last.file_offset = file_offset;
        return;
      }
      // Already implied by the previous span: text and file advance together.
      if (last.file_offset + (text_offset - last.text_offset) == file_offset) return;
    }
    unit_.spans.push_back({text_offset, file_offset});
  }

  static constexpr size_t kWindow = 1024;

  std::string_view content_;
  uint32_t cursor_;
  uint32_t end_;
  Unit unit_;
};

uint32_t byte_offset(const LineIndex& lines, size_t size, int line, int column) {
  if (line < 1) return 0;
  if (static_cast<size_t>(line) > lines.line_count()) return static_cast<uint32_t>(size);
  uint64_t offset =
      uint64_t{lines.line_start(line)} + static_cast<uint64_t>(column > 1 ? column - 1 : 0);
  return static_cast<uint32_t>(std::min<uint64_t>(offset, size));
}

// Where a block ends: the start of the line after its last line.
uint32_t block_end(const LineIndex& lines, size_t size, int end_line) {
  if (end_line < 1 || static_cast<size_t>(end_line) >= lines.line_count())
    return static_cast<uint32_t>(size);
  return lines.line_start(end_line + 1);
}

// The kind and level of a paragraph from its nearest container.
void classify_paragraph(cmark_node* node, UnitKind& kind, int& level) {
  kind = UnitKind::paragraph;
  level = 0;
  for (cmark_node* p = cmark_node_parent(node); p != nullptr; p = cmark_node_parent(p)) {
    cmark_node_type type = cmark_node_get_type(p);
    if (type == CMARK_NODE_BLOCK_QUOTE) return;
    if (type == CMARK_NODE_ITEM) {
      kind = UnitKind::list_item;
      for (cmark_node* q = p; q != nullptr; q = cmark_node_parent(q)) {
        if (cmark_node_get_type(q) == CMARK_NODE_LIST) ++level;
      }
      return;
    }
  }
}

// A "~~" in a text literal that opens or closes a strikethrough (the GFM
// extension, which this cmark-gfm build leaves as text): `node` counts the
// block's text nodes, `offset` is in the literal.
struct Tilde {
  size_t node = 0;
  size_t offset = 0;
  bool opens = false;
};

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n'; }

// The "~~" delimiters of a block that pair up: an opener followed by a
// non-blank character, a closer preceded by one. A single "~" ("~5 km") and
// a "~~" without a partner stay text.
std::vector<Tilde> strikethrough_delimiters(cmark_node* block) {
  std::vector<Tilde> out;
  std::optional<Tilde> open;
  size_t ordinal = 0;
  IterPtr iter(cmark_iter_new(block));
  cmark_event_type event;
  while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    if (cmark_node_get_type(node) != CMARK_NODE_TEXT) continue;
    const char* raw = cmark_node_get_literal(node);
    std::string_view literal = raw != nullptr ? raw : "";
    for (size_t at = literal.find("~~"); at != std::string_view::npos;
         at = literal.find("~~", at)) {
      size_t end = at;
      while (end < literal.size() && literal[end] == '~') ++end;
      if (end - at == 2) {
        bool before = at > 0 && !is_blank(literal[at - 1]);
        bool after = end < literal.size() && !is_blank(literal[end]);
        if (open && before) {
          out.push_back(*open);
          out.push_back(Tilde{ordinal, at, false});
          open.reset();
        } else if (after) {
          open = Tilde{ordinal, at, true};
        }
      }
      at = end;
    }
    ++ordinal;
  }
  std::sort(out.begin(), out.end(), [](const Tilde& a, const Tilde& b) {
    return a.node != b.node ? a.node < b.node : a.offset < b.offset;
  });
  return out;
}

std::string node_url(cmark_node* node) {
  const char* url = cmark_node_get_url(node);
  return url != nullptr ? url : "";
}

Unit read_block(cmark_node* block, const Document& doc) {
  uint32_t begin = byte_offset(doc.lines, doc.content.size(), cmark_node_get_start_line(block),
                               cmark_node_get_start_column(block));
  uint32_t end = block_end(doc.lines, doc.content.size(), cmark_node_get_end_line(block));
  UnitBuilder builder(doc.content, begin, std::max(begin, end));
  std::vector<Tilde> tildes = strikethrough_delimiters(block);
  auto next_tilde = tildes.begin();
  size_t text_nodes = 0;
  std::vector<InlineCode> codes;
  std::vector<size_t> open;         // codes of the containers entered and not yet left
  std::vector<size_t> open_strike;  // strikethrough codes waiting for their "~~"
  std::vector<HtmlTag> tags;        // inline HTML, placed where the text leaves it out
  IterPtr iter(cmark_iter_new(block));
  cmark_event_type event;
  while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    cmark_node_type type = cmark_node_get_type(node);
    switch (type) {
      case CMARK_NODE_TEXT: {
        const char* raw = cmark_node_get_literal(node);
        std::string_view literal = raw != nullptr ? raw : "";
        size_t from = 0;
        for (; next_tilde != tildes.end() && next_tilde->node == text_nodes; ++next_tilde) {
          builder.add_literal(literal.substr(from, next_tilde->offset - from));
          builder.skip_literal("~~");
          if (next_tilde->opens) {
            open_strike.push_back(codes.size());
            codes.push_back(InlineCode{InlineKind::strikethrough, "", builder.size(), 0});
          } else if (!open_strike.empty()) {
            codes[open_strike.back()].end = builder.size();
            open_strike.pop_back();
          }
          from = next_tilde->offset + 2;
        }
        builder.add_literal(literal.substr(from));
        ++text_nodes;
        break;
      }
      case CMARK_NODE_CODE: {
        const char* literal = cmark_node_get_literal(node);
        uint32_t at = builder.size();
        builder.add_literal(literal != nullptr ? literal : "");
        codes.push_back(
            InlineCode{InlineKind::code, literal != nullptr ? literal : "", at, builder.size()});
        break;
      }
      case CMARK_NODE_HTML_INLINE: {
        const char* literal = cmark_node_get_literal(node);
        std::string_view html = literal != nullptr ? literal : "";
        builder.skip_literal(html);
        if (auto tag = parse_html_tag(html)) {
          tag->begin = tag->end = builder.size();
          if (tag->name == "br") builder.add_break();  // "och<br>sedan": two words
          tags.push_back(std::move(*tag));
        }
        break;
      }
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        builder.add_break();
        break;
      case CMARK_NODE_EMPH:
      case CMARK_NODE_STRONG:
      case CMARK_NODE_LINK:
      case CMARK_NODE_IMAGE:
        if (event == CMARK_EVENT_ENTER) {
          InlineKind kind = type == CMARK_NODE_EMPH     ? InlineKind::emphasis
                            : type == CMARK_NODE_STRONG ? InlineKind::strong
                            : type == CMARK_NODE_LINK   ? InlineKind::link
                                                        : InlineKind::image;
          open.push_back(codes.size());
          codes.push_back(InlineCode{kind, node_url(node), builder.size(), builder.size()});
        } else {
          if (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE) builder.skip_link_destination();
          if (!open.empty()) {
            codes[open.back()].end = builder.size();
            open.pop_back();
          }
        }
        break;
      default:
        break;
    }
  }
  for (size_t index : open_strike) codes[index].end = builder.size();
  Unit unit = builder.take();
  for (InlineCode& code : codes_of_tags(tags, unit.text)) codes.push_back(std::move(code));
  std::stable_sort(codes.begin(), codes.end(),
                   [](const InlineCode& a, const InlineCode& b) { return a.begin < b.begin; });
  unit.codes = std::move(codes);
  return unit;
}

// Reads the front matter into doc.front_matter and returns the text cmark
// should parse: the content with the front matter's bytes turned into
// spaces, line breaks kept, so that it parses as blank lines and every
// line and column after it stays where it is.
std::expected<std::string, Error> take_front_matter(Document& doc) {
  auto front = parse_front_matter(doc.content, doc.path);
  if (!front) return std::unexpected(front.error());
  if (!*front) return doc.content;
  for (const FrontMatterField& field : (*front)->fields) {
    if (field.key != "source_commit") continue;
    LineColumn at = doc.lines.at(doc.content, field.value_offset);
    Location where{doc.path, at.line, at.column};
    if (doc.field(field.key))
      return std::unexpected(Error{where, "source_commit is given twice in the front matter"});
    if (!field.value.empty() && !is_commit_id(field.value))
      return std::unexpected(Error{
          where, fmt::format("source_commit '{}' is not a commit id (7 to 40 hexadecimal digits)",
                             field.value)});
    doc.front_matter.push_back(field);
  }
  for (const FrontMatterField& field : (*front)->fields)
    if (field.key != "source_commit") doc.front_matter.push_back(field);
  std::string masked = doc.content;
  for (uint32_t i = 0; i < (*front)->end; ++i)
    if (masked[i] != '\n' && masked[i] != '\r') masked[i] = ' ';
  return masked;
}

}  // namespace

std::expected<Document, Error> parse_markdown(const std::string& path, const Lang& lang,
                                              std::string content) {
  Document doc = Document::with_content(path, lang, "markdown", std::move(content));
  auto text = take_front_matter(doc);
  if (!text) return std::unexpected(text.error());

  NodePtr root(
      cmark_parse_document(text->data(), text->size(), CMARK_OPT_DEFAULT | CMARK_OPT_SOURCEPOS));
  if (!root) return doc;
  IterPtr iter(cmark_iter_new(root.get()));
  cmark_event_type event;
  while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
    if (event != CMARK_EVENT_ENTER) continue;
    cmark_node* node = cmark_iter_get_node(iter.get());
    cmark_node_type type = cmark_node_get_type(node);
    if (type != CMARK_NODE_HEADING && type != CMARK_NODE_PARAGRAPH) continue;

    Unit unit = read_block(node, doc);
    if (type == CMARK_NODE_HEADING) {
      unit.kind = UnitKind::heading;
      unit.level = cmark_node_get_heading_level(node);
    } else {
      classify_paragraph(node, unit.kind, unit.level);
    }
    // Inline nodes were read by read_block; go on after this block.
    cmark_iter_reset(iter.get(), node, CMARK_EVENT_EXIT);
    if (unit.text.empty()) continue;  // an image without alt text, inline HTML only
    unit.id = kind_prefix(unit.kind) + std::to_string(doc.units.size() + 1);
    doc.units.push_back(std::move(unit));
  }
  return doc;
}

}  // namespace samklang
