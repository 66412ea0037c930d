#include "text/word_diff.h"

#include <cstdint>
#include <vector>

#include "text/signoff_key.h"

namespace samklang {

namespace {

enum class Kind { word, space, mark };

Kind kind_of(unsigned char c) {
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return Kind::space;
  // Letters and digits, and every non-ASCII byte: words of any script stay whole.
  if (c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
    return Kind::word;
  return Kind::mark;
}

// The length of a no-break space (U+00A0, U+2007, U+202F) at `at`, or 0.
size_t no_break_space(std::string_view text, size_t at) {
  std::string_view rest = text.substr(at);
  if (rest.starts_with("\u00a0")) return 2;
  if (rest.starts_with("\u2007") || rest.starts_with("\u202f")) return 3;
  return 0;
}

Kind kind_at(std::string_view text, size_t at) {
  if (no_break_space(text, at)) return Kind::space;
  return kind_of(static_cast<unsigned char>(text[at]));
}

// The byte after the character at `at`.
size_t next(std::string_view text, size_t at) {
  if (size_t n = no_break_space(text, at)) return at + n;
  return at + 1;
}

// Words, white space runs and single punctuation marks.
std::vector<std::string_view> units(std::string_view text) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < text.size()) {
    Kind kind = kind_at(text, i);
    size_t j = next(text, i);
    if (kind != Kind::mark) {
      while (j < text.size() && kind_at(text, j) == kind) j = next(text, j);
    } else {
      while (j < text.size() && (static_cast<unsigned char>(text[j]) & 0xC0) == 0x80) ++j;
    }
    out.push_back(text.substr(i, j - i));
    i = j;
  }
  return out;
}

// What units are compared by: exactly, or with typography folded and any
// white space equal to any other.
std::vector<std::string> keys(const std::vector<std::string_view>& units, bool exact) {
  std::vector<std::string> out;
  for (std::string_view unit : units) {
    if (exact)
      out.emplace_back(unit);
    else if (kind_at(unit, 0) == Kind::space)
      out.emplace_back(" ");
    else
      out.push_back(signoff_key(unit));
  }
  return out;
}

constexpr size_t kMaxUnits = 2000;

}  // namespace

std::string word_diff(std::string_view before, std::string_view after, bool exact) {
  std::vector<std::string_view> a = units(before);
  std::vector<std::string_view> b = units(after);
  if (a.size() > kMaxUnits || b.size() > kMaxUnits) {
    if (before == after) return std::string(after);
    return "[-" + std::string(before) + "-]{+" + std::string(after) + "+}";
  }
  // The heaviest common subsequence, from the end. A kept word weighs more
  // than kept white space, so that "ger oss aldrig" -> "ger aldrig efter"
  // keeps "aldrig", not the spaces around it.
  std::vector<std::string> ka = keys(a, exact);
  std::vector<std::string> kb = keys(b, exact);
  size_t n = a.size(), m = b.size();
  std::vector<uint32_t> lcs((n + 1) * (m + 1), 0);
  auto at = [&](size_t i, size_t j) -> uint32_t& { return lcs[i * (m + 1) + j]; };
  for (size_t i = n; i-- > 0;) {
    for (size_t j = m; j-- > 0;) {
      uint32_t weight = kind_at(a[i], 0) == Kind::space ? 1 : 3;
      at(i, j) = ka[i] == kb[j] ? at(i + 1, j + 1) + weight : std::max(at(i + 1, j), at(i, j + 1));
    }
  }
  // The edit script: kept, removed and added units in order.
  enum class Op { keep, remove, add };
  std::vector<std::pair<Op, std::string_view>> script;
  size_t i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && ka[i] == kb[j]) {
      script.emplace_back(Op::keep, b[j]);
      ++i;
      ++j;
    } else if (j < m && (i == n || at(i, j + 1) >= at(i + 1, j))) {
      script.emplace_back(Op::add, b[j++]);
    } else {
      script.emplace_back(Op::remove, a[i++]);
    }
  }
  // A lone space kept between two changes joins them: "[-b c-]{+x y+}",
  // not "[-b-]{+x+} [-c-]{+y+}".
  std::string out, removed, added;
  auto blank = [](const std::string& text) {
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
  };
  auto flush = [&] {
    // A bridging space on a side with nothing else is no change of its own.
    if (!blank(removed)) out += "[-" + removed + "-]";
    if (!blank(added))
      out += "{+" + added + "+}";
    else
      out += added;
    removed.clear();
    added.clear();
  };
  for (size_t k = 0; k < script.size(); ++k) {
    auto [op, text] = script[k];
    bool bridge = op == Op::keep && kind_at(text, 0) == Kind::space && k > 0 &&
                  k + 1 < script.size() && script[k - 1].first != Op::keep &&
                  script[k + 1].first != Op::keep;
    if (bridge) {
      removed += text;
      added += text;
    } else if (op == Op::keep) {
      flush();
      out += text;
    } else {
      (op == Op::remove ? removed : added) += text;
    }
  }
  flush();
  return out;
}

}  // namespace samklang
