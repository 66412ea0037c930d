// The RFC 8259 scanner: recursive descent, depth-limited, positions kept.
#include "formats/json.h"

#include <fmt/format.h>

#include <functional>
#include <optional>
#include <vector>

#include "core/line_index.h"
#include "text/utf8.h"

namespace samklang {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_word(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '_' || c == '$';
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The keys of one object, to find a duplicate: an open-addressing table of
// (hash, offset) pairs, far lighter than a map of strings on catalogs of a
// million keys. A hash match is confirmed by the caller's `same`.
class KeyTable {
 public:
  // The offset of an earlier key equal to this one, or none (and it is added).
  template <class Same>
  std::optional<uint32_t> insert(std::string_view key, uint32_t offset, Same same) {
    if ((used_ + 1) * 2 > slots_.size()) grow();
    uint64_t hash = std::hash<std::string_view>{}(key) | 1;  // 0 marks an empty slot
    size_t mask = slots_.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      if (slots_[i].first == 0) {
        slots_[i] = {hash, offset};
        ++used_;
        return std::nullopt;
      }
      if (slots_[i].first == hash && same(slots_[i].second)) return slots_[i].second;
    }
  }

 private:
  void grow() {
    std::vector<std::pair<uint64_t, uint32_t>> old(std::max<size_t>(8, slots_.size() * 2));
    old.swap(slots_);
    size_t mask = slots_.size() - 1;
    for (const auto& slot : old) {
      if (slot.first == 0) continue;
      size_t i = slot.first & mask;
      while (slots_[i].first != 0) i = (i + 1) & mask;
      slots_[i] = slot;
    }
  }

  std::vector<std::pair<uint64_t, uint32_t>> slots_;
  size_t used_ = 0;
};

class Scanner {
 public:
  Scanner(const std::string& path, std::string_view content, JsonHandler& handler)
      : path_(path), s_(content), handler_(handler) {}

  std::expected<void, Error> run() {
    skip_space();
    if (at_ == s_.size()) return fail(0, "file is empty; a catalog is at least '{}'");
    if (auto ok = value(0); !ok) return ok;
    skip_space();
    if (at_ < s_.size()) {
      if (s_[at_] == '/') return comment();
      return fail(at_, fmt::format("unexpected {} after the end of the JSON value; remove it",
                                   describe(at_)));
    }
    return {};
  }

 private:
  using Result = std::expected<void, Error>;

  Result fail(size_t offset, std::string message) const {
    LineColumn lc = LineIndex(s_).at(s_, static_cast<uint32_t>(offset));
    return std::unexpected(Error{{path_, lc.line, lc.column}, std::move(message)});
  }
  int line_of(size_t offset) const {
    return LineIndex(s_).at(s_, static_cast<uint32_t>(offset)).line;
  }

  // The character at `offset` for a message: "'x'", or "the end of the file".
  std::string describe(size_t offset) const {
    if (offset >= s_.size()) return "end of file";
    size_t end = offset + 1;
    while (end < s_.size() && (static_cast<unsigned char>(s_[end]) & 0xC0) == 0x80) ++end;
    std::string_view c = s_.substr(offset, end - offset);
    if (c == "\n" || c == "\r") return "line break";
    if (c == "\t") return "tab";
    return fmt::format("'{}'", c);
  }

  Result comment() const { return fail(at_, "comments are not allowed in JSON; remove it"); }

  void skip_space() {
    while (at_ < s_.size() && is_space(s_[at_])) ++at_;
  }

  // An error for what stands at `at_` where `expected` should.
  Result unexpected(std::string_view expected) const {
    if (at_ >= s_.size())
      return fail(at_, fmt::format("unexpected end of file; expected {}", expected));
    char c = s_[at_];
    if (c == '/') return comment();
    if (c == '\'')
      return fail(at_, "strings take double quotes in JSON; write \"...\" instead of '...'");
    if (is_word(c) || c == '-' || c == '+' || c == '.') {
      size_t end = at_;
      while (end < s_.size() &&
             (is_word(s_[end]) || s_[end] == '.' || s_[end] == '-' || s_[end] == '+') &&
             end - at_ < 40)
        ++end;
      return fail(at_,
                  fmt::format("unexpected '{}'; expected {}", s_.substr(at_, end - at_), expected));
    }
    return fail(at_, fmt::format("unexpected {}; expected {}", describe(at_), expected));
  }

  Result value(int depth) {
    skip_space();
    if (at_ >= s_.size()) return unexpected("a value");
    char c = s_[at_];
    if (c == '{') return object(depth + 1);
    if (c == '[') return array(depth + 1);
    if (c == '"') {
      if (auto ok = string(buffer_); !ok) return ok;
      handler_.string(buffer_);
      return {};
    }
    if (c == '-' || is_digit(c)) return number();
    for (std::string_view literal : {"true", "false", "null"}) {
      if (s_.substr(at_, literal.size()) != literal) continue;
      size_t end = at_ + literal.size();
      if (end < s_.size() && is_word(s_[end])) break;
      handler_.scalar(literal == "null" ? JsonScalar::null : JsonScalar::boolean,
                      static_cast<uint32_t>(at_));
      at_ = end;
      return {};
    }
    return unexpected("a value (a \"string\", a number, an object, an array, true, false or null)");
  }

  Result too_deep() const {
    return fail(at_,
                fmt::format("nesting deeper than {} levels; flatten the catalog", kJsonMaxDepth));
  }

  Result object(int depth) {
    if (depth > kJsonMaxDepth) return too_deep();
    size_t open = at_++;
    handler_.begin_object(static_cast<uint32_t>(open));
    KeyTable seen;
    skip_space();
    if (at_ < s_.size() && s_[at_] == '}') {
      ++at_;
      handler_.end_object();
      return {};
    }
    size_t comma = std::string::npos;  // the comma before this member, if any
    for (;;) {
      skip_space();
      if (at_ >= s_.size())
        return fail(at_, fmt::format("unexpected end of file: the object opened at line {} is "
                                     "not closed; add '}}'",
                                     line_of(open)));
      if (s_[at_] == '}' && comma != std::string::npos)
        return fail(comma, "trailing comma before '}'; remove it");
      if (s_[at_] != '"') return unexpected("a key in double quotes");
      if (auto ok = string(key_); !ok) return ok;
      auto first = seen.insert(key_.text, key_.offset,
                               [&](uint32_t earlier) { return decode_at(earlier) == key_.text; });
      if (first)
        return fail(key_.offset,
                    fmt::format("duplicate key '{}' (first at line {}); keep only one of them",
                                key_.text, line_of(*first)));
      handler_.key(key_);
      std::string key_text = key_.text;
      skip_space();
      if (at_ < s_.size() && (s_[at_] == '"' || s_[at_] == '{' || s_[at_] == '['))
        return fail(at_, fmt::format("missing ':' after the key '{}'; add one", key_text));
      if (at_ >= s_.size() || s_[at_] != ':')
        return unexpected(fmt::format("':' after the key '{}'", key_text));
      ++at_;
      if (auto ok = value(depth); !ok) return ok;
      skip_space();
      if (at_ < s_.size() && s_[at_] == ',') {
        comma = at_++;
        continue;
      }
      if (at_ < s_.size() && s_[at_] == '}') {
        ++at_;
        handler_.end_object();
        return {};
      }
      if (at_ >= s_.size())
        return fail(at_, fmt::format("unexpected end of file: the object opened at line {} is "
                                     "not closed; add '}}'",
                                     line_of(open)));
      if (s_[at_] == '"')
        return fail(at_, fmt::format("missing ',' after the value of '{}'; add one", key_text));
      return unexpected(fmt::format("',' or '}}' after the value of '{}'", key_text));
    }
  }

  Result array(int depth) {
    if (depth > kJsonMaxDepth) return too_deep();
    size_t open = at_++;
    handler_.begin_array(static_cast<uint32_t>(open));
    skip_space();
    if (at_ < s_.size() && s_[at_] == ']') {
      ++at_;
      handler_.end_array();
      return {};
    }
    for (;;) {
      if (auto ok = value(depth); !ok) return ok;
      skip_space();
      if (at_ < s_.size() && s_[at_] == ',') {
        size_t comma = at_++;
        skip_space();
        if (at_ < s_.size() && s_[at_] == ']')
          return fail(comma, "trailing comma before ']'; remove it");
        continue;
      }
      if (at_ < s_.size() && s_[at_] == ']') {
        ++at_;
        handler_.end_array();
        return {};
      }
      if (at_ >= s_.size())
        return fail(at_, fmt::format("unexpected end of file: the array opened at line {} is "
                                     "not closed; add ']'",
                                     line_of(open)));
      char c = s_[at_];
      if (c == '"' || c == '{' || c == '[' || c == '-' || is_digit(c))
        return fail(at_, "missing ',' between two items of an array; add one");
      return unexpected("',' or ']'");
    }
  }

  Result number() {
    size_t begin = at_;
    auto bad = [&](std::string_view why) {
      size_t end = at_;
      while (end < s_.size() &&
             (is_word(s_[end]) || s_[end] == '.' || s_[end] == '-' || s_[end] == '+') &&
             end - begin < 40)
        ++end;
      return fail(begin,
                  fmt::format("invalid number '{}': {}", s_.substr(begin, end - begin), why));
    };
    if (s_[at_] == '-') ++at_;
    if (at_ >= s_.size() || !is_digit(s_[at_])) return bad("a digit must follow '-'");
    if (s_[at_] == '0' && at_ + 1 < s_.size() && is_digit(s_[at_ + 1]))
      return bad("JSON numbers have no leading zeros");
    while (at_ < s_.size() && is_digit(s_[at_])) ++at_;
    if (at_ < s_.size() && s_[at_] == '.') {
      ++at_;
      if (at_ >= s_.size() || !is_digit(s_[at_])) return bad("a digit must follow '.'");
      while (at_ < s_.size() && is_digit(s_[at_])) ++at_;
    }
    if (at_ < s_.size() && (s_[at_] == 'e' || s_[at_] == 'E')) {
      ++at_;
      if (at_ < s_.size() && (s_[at_] == '+' || s_[at_] == '-')) ++at_;
      if (at_ >= s_.size() || !is_digit(s_[at_])) return bad("the exponent has no digits");
      while (at_ < s_.size() && is_digit(s_[at_])) ++at_;
    }
    if (at_ < s_.size() && (is_word(s_[at_]) || s_[at_] == '.')) return bad("not a JSON number");
    handler_.scalar(JsonScalar::number, static_cast<uint32_t>(begin));
    return {};
  }

  // Four hexadecimal digits after "\u" at `at`, or -1.
  int hex4(size_t at) const {
    if (at + 4 > s_.size()) return -1;
    int v = 0;
    for (size_t k = 0; k < 4; ++k) {
      int h = hex_value(s_[at + k]);
      if (h < 0) return -1;
      v = v * 16 + h;
    }
    return v;
  }

  // The text of the (well-formed) string whose opening quote is at `offset`.
  std::string decode_at(uint32_t offset) {
    size_t resume = at_;
    at_ = offset;
    JsonString earlier;
    (void)string(earlier);
    at_ = resume;
    return std::move(earlier.text);
  }

  // The string whose opening quote is at `at_`, decoded into `out`.
  Result string(JsonString& out) {
    out.text.clear();
    out.spans.clear();
    out.offset = static_cast<uint32_t>(at_);
    size_t quote = at_++;
    // Even an empty string has a place: inside its quotes.
    out.spans.push_back({0, static_cast<uint32_t>(at_)});
    bool new_span = false;
    for (;;) {
      if (at_ >= s_.size())
        return fail(quote, "unterminated string: the file ends before its closing '\"'");
      auto c = static_cast<unsigned char>(s_[at_]);
      if (c == '"') {
        ++at_;
        return {};
      }
      if (c == '\n' || c == '\r')
        return fail(quote,
                    "unterminated string: the line ends before its closing '\"' (write a line "
                    "break inside a string as \\n)");
      if (c < 0x20)
        return fail(at_, fmt::format("control character U+{:04X} in a string; write it as "
                                     "\\u{:04x}",
                                     static_cast<unsigned>(c), static_cast<unsigned>(c)));
      if (c != '\\') {
        if (new_span)
          out.spans.push_back({static_cast<uint32_t>(out.text.size()), static_cast<uint32_t>(at_)});
        new_span = false;
        // Copy the run up to the next quote, backslash or control character at once.
        size_t end = at_ + 1;
        while (end < s_.size() && s_[end] != '"' && s_[end] != '\\' &&
               static_cast<unsigned char>(s_[end]) >= 0x20)
          ++end;
        out.text.append(s_.substr(at_, end - at_));
        at_ = end;
        continue;
      }
      if (auto ok = escape(out); !ok) return ok;
      new_span = true;
    }
  }

  // The escape whose backslash is at `at_`.
  Result escape(JsonString& out) {
    size_t slash = at_;
    out.spans.push_back({static_cast<uint32_t>(out.text.size()), static_cast<uint32_t>(slash)});
    if (slash + 1 >= s_.size())
      return fail(slash, "unterminated string: the file ends after a backslash");
    char e = s_[slash + 1];
    at_ = slash + 2;
    switch (e) {
      case '"':
      case '\\':
      case '/':
        out.text += e;
        return {};
      case 'b':
        out.text += '\b';
        return {};
      case 'f':
        out.text += '\f';
        return {};
      case 'n':
        out.text += '\n';
        return {};
      case 'r':
        out.text += '\r';
        return {};
      case 't':
        out.text += '\t';
        return {};
      case 'u':
        break;
      default: {
        std::string shown = describe(slash + 1);
        if (shown.starts_with('\'')) shown = fmt::format("'\\{}", shown.substr(1));
        return fail(slash, fmt::format("unknown escape {} in a string; JSON knows \\\" \\\\ \\/ "
                                       "\\b \\f \\n \\r \\t and \\uXXXX (write a backslash as "
                                       "\\\\)",
                                       shown));
      }
    }
    int unit = hex4(slash + 2);
    if (unit < 0) return fail(slash, "'\\u' must be followed by four hexadecimal digits");
    at_ = slash + 6;
    char32_t cp = static_cast<char32_t>(unit);
    if (unit >= 0xDC00 && unit <= 0xDFFF)
      return fail(slash, fmt::format("lone surrogate '\\u{:04X}': a low surrogate without a high "
                                     "one before it; write the character itself",
                                     unit));
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      int low = s_.substr(at_, 2) == "\\u" ? hex4(at_ + 2) : -1;
      if (low < 0xDC00 || low > 0xDFFF)
        return fail(slash, fmt::format("lone surrogate '\\u{:04X}': a high surrogate must be "
                                       "followed by a low one (\\uDC00 to \\uDFFF); write the "
                                       "character itself",
                                       unit));
      cp = 0x10000 + ((cp - 0xD800) << 10) + (static_cast<char32_t>(low) - 0xDC00);
      at_ += 6;
    }
    append_utf8(out.text, cp);
    return {};
  }

  const std::string& path_;
  std::string_view s_;
  JsonHandler& handler_;
  size_t at_ = 0;
  JsonString buffer_;  // reused for string values
  JsonString key_;     // reused for keys
};

}  // namespace

std::expected<void, Error> scan_json(const std::string& path, std::string_view content,
                                     JsonHandler& handler) {
  return Scanner(path, content, handler).run();
}

}  // namespace samklang
