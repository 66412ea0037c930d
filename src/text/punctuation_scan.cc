#include "text/punctuation_scan.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "text/placeholders.h"

namespace samklang::punctuation_scan {

// The code point at byte `i` of `s` (U_SENTINEL past the end) and where it ends.
UChar32 next_cp(std::string_view s, uint32_t i, uint32_t* end) {
  if (i >= s.size()) {
    if (end) *end = i;
    return U_SENTINEL;
  }
  auto at = static_cast<int32_t>(i);
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), at, static_cast<int32_t>(s.size()), c);
  if (end) *end = static_cast<uint32_t>(at);
  return c;
}

// The code point that ends at byte `i` (U_SENTINEL at the start) and where it starts.
UChar32 prev_cp(std::string_view s, uint32_t i, uint32_t* start) {
  if (i == 0) {
    if (start) *start = 0;
    return U_SENTINEL;
  }
  auto at = static_cast<int32_t>(i);
  UChar32 c = 0;
  U8_PREV(reinterpret_cast<const uint8_t*>(s.data()), 0, at, c);
  if (start) *start = static_cast<uint32_t>(at);
  return c;
}

std::string utf8(UChar32 c) {
  std::string out;
  if (c < 0) return out;
  char buffer[4];
  int32_t length = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buffer), length, 4, c, error);
  if (!error) out.assign(buffer, static_cast<size_t>(length));
  return out;
}

bool is_hspace(UChar32 c) { return c >= 0 && c != '\n' && c != '\r' && u_isUWhiteSpace(c); }
bool is_breaking_space(UChar32 c) { return c == ' ' || c == '\t'; }
bool is_word(UChar32 c) {
  if (c < 0) return false;
  int8_t type = u_charType(c);
  return u_hasBinaryProperty(c, UCHAR_ALPHABETIC) || u_isdigit(c) || type == U_NON_SPACING_MARK ||
         type == U_COMBINING_SPACING_MARK;
}
// Quotation marks and closing brackets, which may follow a sentence's end mark.
bool is_closer(UChar32 c) {
  if (c == '"' || c == '\'') return true;
  int8_t type = u_charType(c);
  return type == U_END_PUNCTUATION || type == U_FINAL_PUNCTUATION || type == U_INITIAL_PUNCTUATION;
}
bool is_opener(UChar32 c) {
  int8_t type = u_charType(c);
  return type == U_START_PUNCTUATION || type == U_INITIAL_PUNCTUATION;
}

bool contains(const std::vector<std::string>& list, std::string_view s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

// Byte ranges where punctuation is not prose: placeholders, URLs and mail
// addresses, attributes (lang="sv"), text between backticks.
std::vector<std::pair<uint32_t, uint32_t>> protected_ranges(std::string_view text) {
  std::vector<std::pair<uint32_t, uint32_t>> out;
  for (const Placeholder& p : find_placeholders(text)) out.emplace_back(p.begin, p.end);
  for (size_t start = 0; start < text.size();) {
    size_t end = text.find_first_of(" \t\n", start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view token = text.substr(start, end - start);
    size_t at = token.find('@');
    if (token.find("://") != std::string_view::npos || token.find("www.") == 0 ||
        token.starts_with("mailto:") || token.find("=\"") != std::string_view::npos ||
        (at != std::string_view::npos && at > 0 && token.find('.', at) != std::string_view::npos))
      out.emplace_back(static_cast<uint32_t>(start), static_cast<uint32_t>(end));
    start = end + 1;
  }
  for (size_t open = text.find('`'); open != std::string_view::npos;) {
    size_t close = text.find('`', open + 1);
    if (close == std::string_view::npos) break;
    out.emplace_back(static_cast<uint32_t>(open), static_cast<uint32_t>(close + 1));
    open = text.find('`', close + 1);
  }
  return out;
}

bool inside(const std::vector<std::pair<uint32_t, uint32_t>>& ranges, uint32_t offset) {
  return std::any_of(ranges.begin(), ranges.end(),
                     [&](const auto& r) { return offset >= r.first && offset < r.second; });
}

namespace {

// A mark that is all of a quotation or a bracket: 'med ”.”', '(?)'.
bool quoted_alone(std::string_view text, uint32_t mark) {
  uint32_t quote = 0;
  UChar32 c = prev_cp(text, mark, &quote);
  if (!(is_closer(c) || is_opener(c) || c == '`')) return false;
  UChar32 before = prev_cp(text, quote);
  return before == U_SENTINEL || u_isUWhiteSpace(before);
}

}  // namespace

Tail read_tail(std::string_view text, const std::vector<std::string>& known) {
  Tail tail;
  uint32_t pos = static_cast<uint32_t>(text.size());
  while (pos > 0) {
    std::string_view head = text.substr(0, pos);
    const std::string* found = nullptr;
    for (const std::string& mark : known)
      if (head.ends_with(mark) && (!found || mark.size() > found->size())) found = &mark;
    uint32_t start = 0;
    UChar32 c = prev_cp(text, pos, &start);
    // A terminal mark of a script the rules do not describe ('꧉', '᙮') is an
    // end of some kind.
    std::string mark = found ? *found : utf8(c);
    if (found || u_hasBinaryProperty(c, UCHAR_TERMINAL_PUNCTUATION) ||
        u_hasBinaryProperty(c, UCHAR_S_TERM)) {
      pos -= static_cast<uint32_t>(mark.size());
      if (quoted_alone(text, pos)) break;
      tail.marks.emplace_back(std::move(mark), pos);
      continue;
    }
    if (!is_hspace(c) && !is_closer(c) && u_charType(c) != U_FORMAT_CHAR) break;
    if (c == ')' || c == '(') {
      uint32_t before = 0;
      UChar32 p = prev_cp(text, start, &before);
      if (p == '-') p = prev_cp(text, before);
      if (p == ':' || p == ';' || p == '=') tail.emoticon = true;
    }
    pos = start;
  }
  return tail;
}

bool spacing_mark(const LocalePunctuation& rules, std::string_view m) {
  return contains(rules.no_space_before, m) || contains(rules.space_before, m) ||
         contains(rules.space_before_optional, m);
}

// Every mark of the spacing rules after a word, a number, a closing
// quotation mark or bracket or a percent sign; not ".NET", "10:30", "http:",
// "...", ":)", nor in URLs or placeholders.
std::vector<MarkSpace> mark_spaces(std::string_view text, const LocalePunctuation& rules) {
  std::vector<MarkSpace> out;
  auto ranges = protected_ranges(text);
  for (uint32_t i = 0; i < text.size();) {
    uint32_t at = i;
    UChar32 c = next_cp(text, i, &i);
    std::string mark = utf8(c);
    if (!spacing_mark(rules, mark) || inside(ranges, at)) continue;
    UChar32 after = next_cp(text, i);
    bool final = after == U_SENTINEL || is_hspace(after) || after == '\n' || is_closer(after) ||
                 spacing_mark(rules, utf8(after));
    if (!final || (c == '.' && (after == '.' || prev_cp(text, at) == '.'))) continue;
    if ((c == ':' || c == ';') && (after == ')' || after == '(')) continue;
    MarkSpace m{mark, at, at};
    while (is_hspace(prev_cp(text, m.run))) prev_cp(text, m.run, &m.run);
    UChar32 before = prev_cp(text, m.run);
    bool after_word = is_word(before) || before == '%' || before == '"' ||
                      (is_closer(before) && !is_opener(before));
    if (!after_word || spacing_mark(rules, utf8(before))) continue;
    m.spaced = m.run < at;
    m.breaking = m.spaced;
    for (uint32_t k = m.run; k < at;)
      if (!is_breaking_space(next_cp(text, k, &k))) m.breaking = false;
    out.push_back(std::move(m));
  }
  return out;
}

// Runs of two or more ordinary spaces between words, not before a mark.
std::vector<uint32_t> double_spaces(std::string_view text, const LocalePunctuation& rules) {
  std::vector<uint32_t> out;
  auto ranges = protected_ranges(text);
  for (size_t at = text.find("  "); at != std::string_view::npos;) {
    size_t end = text.find_first_not_of(' ', at);
    if (end == std::string_view::npos) break;
    auto begin = static_cast<uint32_t>(at);
    UChar32 before = prev_cp(text, begin);
    UChar32 after = next_cp(text, static_cast<uint32_t>(end));
    // Between words on one line: not an indentation after a line break, nor
    // the typewriter's two spaces after a sentence ("stämmer.  Mönster").
    bool sentence_end = before == '.' || before == '?' || before == '!';
    if (before != U_SENTINEL && !u_isUWhiteSpace(before) && !u_isUWhiteSpace(after) &&
        !sentence_end && !spacing_mark(rules, utf8(after)) && !inside(ranges, begin) &&
        !inside(ranges, static_cast<uint32_t>(end)))  // columns before "%y"
      out.push_back(begin);
    at = text.find("  ", end);
  }
  return out;
}

}  // namespace samklang::punctuation_scan
