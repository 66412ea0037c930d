#include "formats/front_matter.h"

#include <fmt/format.h>

#include "core/line_index.h"

namespace samklang {

namespace {

struct Line {
  uint32_t begin = 0;
  uint32_t end = 0;   // before the line break
  uint32_t next = 0;  // after the line break
};

// The line starting at `begin`; "\n", "\r\n" and a lone "\r" end a line, as in LineIndex.
Line line_at(std::string_view content, uint32_t begin) {
  Line line{begin, begin, begin};
  while (line.end < content.size() && content[line.end] != '\n' && content[line.end] != '\r')
    ++line.end;
  line.next = line.end;
  if (line.next < content.size() && content[line.next] == '\r') ++line.next;
  if (line.next < content.size() && content[line.next] == '\n' &&
      (line.next == line.end || content[line.next - 1] == '\r'))
    ++line.next;
  return line;
}

bool is_blank(char c) { return c == ' ' || c == '\t'; }

std::string_view trim_end(std::string_view text) {
  while (!text.empty() && is_blank(text.back())) text.remove_suffix(1);
  return text;
}

bool is_key_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-' || c == '.';
}

// "key: value", or nullopt for a comment, a list item, an indented or any other line.
std::optional<FrontMatterField> parse_field(std::string_view content, const Line& line) {
  std::string_view text = content.substr(line.begin, line.end - line.begin);
  size_t key_end = 0;
  while (key_end < text.size() && is_key_char(text[key_end])) ++key_end;
  if (key_end == 0 || key_end >= text.size() || text[key_end] != ':') return std::nullopt;
  size_t start = key_end + 1;
  if (start < text.size() && !is_blank(text[start])) return std::nullopt;  // "http://..."
  while (start < text.size() && is_blank(text[start])) ++start;
  std::string_view value = trim_end(text.substr(start));
  char first = value.empty() ? 0 : value.front();
  if ((first == '"' || first == '\'') && value.size() >= 2 && value.back() == first) {
    value = value.substr(1, value.size() - 2);
    ++start;
  } else if (size_t comment = value.find(" #"); comment != std::string_view::npos) {
    value = trim_end(value.substr(0, comment));
  }
  return FrontMatterField{std::string(text.substr(0, key_end)), std::string(value),
                          line.begin + static_cast<uint32_t>(start)};
}

bool is_fence(std::string_view content, const Line& line) {
  return trim_end(content.substr(line.begin, line.end - line.begin)) == "---";
}

}  // namespace

std::expected<std::optional<FrontMatter>, Error> parse_front_matter(std::string_view content,
                                                                    const std::string& path) {
  Line opening = line_at(content, 0);
  if (!is_fence(content, opening)) return std::nullopt;
  FrontMatter out;
  out.newline = std::string(content.substr(opening.end, opening.next - opening.end));
  for (Line line = line_at(content, opening.next); line.begin < content.size();
       line = line_at(content, line.next)) {
    if (is_fence(content, line)) {
      out.closing = line.begin;
      out.end = line.next;
      return out;
    }
    if (auto field = parse_field(content, line)) out.fields.push_back(std::move(*field));
  }
  return std::unexpected(Error{{path, 1, 1},
                               "the front matter opened by '---' on line 1 is not closed; add a "
                               "line '---' after its last 'key: value' line"});
}

std::expected<std::string, Error> set_front_matter_value(std::string_view content,
                                                         const std::string& path,
                                                         std::string_view key,
                                                         std::string_view value) {
  auto front = parse_front_matter(content, path);
  if (!front) return std::unexpected(front.error());
  std::string out(content);
  if (!*front) {
    Line first = line_at(content, 0);
    std::string newline(content.substr(first.end, first.next - first.end));
    if (newline.empty()) newline = "\n";
    return fmt::format("---{0}{1}: {2}{0}---{0}", newline, key, value) + out;
  }
  for (const FrontMatterField& field : (*front)->fields) {
    if (field.key != key) continue;
    // "key:" with nothing after the colon gets a space before the value.
    bool bare =
        field.value.empty() && field.value_offset > 0 && content[field.value_offset - 1] == ':';
    out.replace(field.value_offset, field.value.size(), (bare ? " " : "") + std::string(value));
    return out;
  }
  std::string newline = (*front)->newline.empty() ? "\n" : (*front)->newline;
  out.insert((*front)->closing, fmt::format("{}: {}{}", key, value, newline));
  return out;
}

bool is_commit_id(std::string_view text) {
  if (text.size() < 7 || text.size() > 40) return false;
  for (char c : text)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) return false;
  return true;
}

}  // namespace samklang
