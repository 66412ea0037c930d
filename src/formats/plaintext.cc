// Plain-text reader: paragraphs separated by blank lines.
#include <string>
#include <string_view>

#include "formats/reader.h"

namespace samklang {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v'; }

// The content of a 1-based line, without its line break.
std::string_view line_text(const Document& doc, int line) {
  uint32_t begin = doc.lines.line_start(line);
  uint32_t end = static_cast<size_t>(line) < doc.lines.line_count()
                     ? doc.lines.line_start(line + 1)
                     : static_cast<uint32_t>(doc.content.size());
  std::string_view text(doc.content.data() + begin, end - begin);
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
  return text;
}

}  // namespace

namespace {

// Paragraphs are runs of non-blank lines; `joiner` goes between the lines of
// one paragraph in Unit::text.
Document parse_paragraphs(const std::string& path, const Lang& lang, std::string content,
                          const char* format, char joiner) {
  Document doc = Document::with_content(path, lang, format, std::move(content));

  Unit unit;
  auto finish = [&] {
    if (unit.text.empty()) return;
    unit.kind = UnitKind::paragraph;
    unit.id = "p" + std::to_string(doc.units.size() + 1);
    doc.units.push_back(std::move(unit));
    unit = Unit{};
  };
  const int line_count = static_cast<int>(doc.lines.line_count());
  for (int line = 1; line <= line_count; ++line) {
    std::string_view text = line_text(doc, line);
    size_t first = 0;
    while (first < text.size() && is_space(text[first])) ++first;
    size_t last = text.size();
    while (last > first && is_space(text[last - 1])) --last;
    if (first == last) {
      finish();
      continue;
    }
    if (!unit.text.empty()) unit.text += joiner;
    auto file_offset = static_cast<uint32_t>(text.data() - doc.content.data() + first);
    unit.spans.push_back({static_cast<uint32_t>(unit.text.size()), file_offset});
    unit.text += text.substr(first, last - first);
  }
  finish();
  return doc;
}

}  // namespace

// Headings are not guessed: a short line on its own is a paragraph too, as
// a wrong guess would misalign languages that break lines differently.
Document parse_plaintext(const std::string& path, const Lang& lang, std::string content) {
  return parse_paragraphs(path, lang, std::move(content), "plaintext", ' ');
}

Document parse_lines(const std::string& path, const Lang& lang, std::string content) {
  return parse_paragraphs(path, lang, std::move(content), "lines", '\n');
}

}  // namespace samklang
