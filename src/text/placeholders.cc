#include "text/placeholders.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace samklang {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool is_name_char(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '.';
}

size_t skip_digits(std::string_view text, size_t at) {
  while (at < text.size() && is_digit(text[at])) ++at;
  return at;
}

size_t skip_spaces(std::string_view text, size_t at) {
  while (at < text.size() && text[at] == ' ') ++at;
  return at;
}

// A printf or Python conversion starting at the '%' at `at`; end == 0 if none.
Placeholder printf_at(std::string_view text, size_t at) {
  Placeholder found;
  size_t i = at + 1;
  if (i < text.size() && text[i] == '%') {
    found.begin = static_cast<uint32_t>(at);
    found.end = static_cast<uint32_t>(i + 1);
    found.key = "%%";
    return found;
  }
  bool named = false;
  bool numbered = false;
  std::string key = "%";
  if (i < text.size() && text[i] == '(') {  // Python %(name)s
    size_t close = text.find(')', i);
    if (close == std::string_view::npos || close == i + 1) return found;
    for (size_t k = i + 1; k < close; ++k)
      if (!is_name_char(text[k])) return found;
    named = true;
    key += text.substr(i, close + 1 - i);
    i = close + 1;
  } else {
    size_t digits = skip_digits(text, i);
    if (digits > i && digits < text.size() && text[digits] == '$') {
      numbered = true;
      found.position = std::stoi(std::string(text.substr(i, std::min<size_t>(digits - i, 6))));
      key += text.substr(i, digits + 1 - i);
      i = digits + 1;
    }
  }
  size_t flags_begin = i;
  while (i < text.size() && std::string_view("-+#0'I").find(text[i]) != std::string_view::npos) ++i;
  size_t flags_end = i;
  // A '*' width or precision takes an argument; digits are only formatting.
  if (i < text.size() && text[i] == '*') key += text[i++];
  i = skip_digits(text, i);
  if (i < text.size() && text[i] == '.') {
    ++i;
    if (i < text.size() && text[i] == '*') key += text[i++];
    i = skip_digits(text, i);
  }
  for (std::string_view length : {"hh", "ll", "h", "l", "L", "q", "j", "z", "Z", "t"}) {
    if (text.substr(i).starts_with(length)) {
      key += length;
      i += length.size();
      break;
    }
  }
  if (i >= text.size() ||
      std::string_view("diouxXeEfFgGaAcspnCSm").find(text[i]) == std::string_view::npos)
    return found;
  // "%-encoding", "%-operator": a flag and a letter starting a word are prose.
  bool bare_flags = flags_end > flags_begin && i == flags_end;
  if (bare_flags && i + 1 < text.size() && std::isalpha(static_cast<unsigned char>(text[i + 1])))
    return found;
  key += text[i] == 'i' ? 'd' : text[i];
  ++i;
  found.begin = static_cast<uint32_t>(at);
  found.end = static_cast<uint32_t>(i);
  found.key = std::move(key);
  found.ordered = !named && !numbered;
  return found;
}

// The end of the balanced brace group opening at `at`, or npos.
size_t matching_brace(std::string_view text, size_t at) {
  int depth = 0;
  for (size_t i = at; i < text.size(); ++i) {
    if (text[i] == '{') ++depth;
    if (text[i] == '}' && --depth == 0) return i + 1;
  }
  return std::string_view::npos;
}

std::vector<Placeholder> scan(std::string_view text, size_t begin, size_t end, int depth);

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

size_t skip_white(std::string_view text, size_t at, size_t end) {
  while (at < end && is_space(text[at])) ++at;
  return at;
}

// The branches of an ICU "plural", "selectordinal" or "select" argument whose
// case list runs over [at, end) ("offset:1 =0 {none} one {# file} other {...}").
// False when the list is not well formed.
bool read_branches(std::string_view text, size_t at, size_t end, Placeholder& arg, int depth) {
  bool plural = arg.type != "select";
  at = skip_white(text, at, end);
  if (plural && text.substr(at, end - at).starts_with("offset:")) {
    at = skip_digits(text, skip_white(text, at + 7, end));
  }
  while (true) {
    at = skip_white(text, at, end);
    if (at >= end) return !arg.branches.empty();
    size_t selector_begin = at;
    while (at < end && !is_space(text[at]) && text[at] != '{' && text[at] != '}') ++at;
    if (at == selector_begin) return false;
    MessageBranch branch;
    branch.selector = std::string(text.substr(selector_begin, at - selector_begin));
    at = skip_white(text, at, end);
    if (at >= end || text[at] != '{') return false;
    size_t close = matching_brace(text, at);
    if (close == std::string_view::npos || close > end) return false;
    branch.begin = static_cast<uint32_t>(selector_begin);
    branch.end = static_cast<uint32_t>(close);
    branch.placeholders = scan(text, at + 1, close - 1, depth + 1);
    if (plural) {
      // '#' outside nested arguments stands for the number.
      int nested = 0;
      for (size_t k = at + 1; k + 1 < close; ++k) {
        if (text[k] == '{') ++nested;
        if (text[k] == '}') --nested;
        if (text[k] == '#' && nested == 0) branch.has_number = true;
      }
    }
    arg.branches.push_back(std::move(branch));
    at = close;
  }
}

// A brace placeholder starting at the '{' at `at`; end == 0 if none.
Placeholder brace_at(std::string_view text, size_t at, int depth) {
  Placeholder found;
  bool doubled = text.substr(at).starts_with("{{");
  size_t i = skip_spaces(text, at + (doubled ? 2 : 1));
  if (doubled && i < text.size() && text[i] == '-') i = skip_spaces(text, i + 1);  // "{{- name}}"
  size_t name_begin = i;
  while (i < text.size() && is_name_char(text[i])) ++i;
  std::string name(text.substr(name_begin, i - name_begin));
  if (name.starts_with('.')) return found;  // "{...}"
  i = skip_spaces(text, i);
  std::string_view close = doubled ? "}}" : "}";
  if (text.substr(i).starts_with(close)) {
    found.end = static_cast<uint32_t>(i + close.size());
    found.ordered = name.empty();
  } else if (doubled && !name.empty() && i < text.size() && text[i] == ',') {
    // i18next "{{date, datetime}}": a format after the name.
    size_t end = text.find("}}", i);
    if (end == std::string_view::npos) return found;
    found.end = static_cast<uint32_t>(end + 2);
  } else if (!doubled && !name.empty() && i < text.size() && (text[i] == ',' || text[i] == ':')) {
    // ICU "{count, plural, ...}" or a format spec "{0:d}": the argument is the key.
    size_t end = matching_brace(text, at);
    if (end == std::string_view::npos) return found;
    found.end = static_cast<uint32_t>(end);
    if (text[i] == ',' && depth < 8) {
      size_t type_begin = skip_white(text, i + 1, end);
      size_t type_end = type_begin;
      while (type_end < end && std::isalpha(static_cast<unsigned char>(text[type_end]))) ++type_end;
      std::string_view type = text.substr(type_begin, type_end - type_begin);
      size_t comma = skip_white(text, type_end, end);
      if ((type == "plural" || type == "selectordinal" || type == "select") && comma < end &&
          text[comma] == ',') {
        found.type = std::string(type);
        if (!read_branches(text, comma + 1, end - 1, found, depth)) {
          found.type.clear();
          found.branches.clear();
        }
      }
    }
  } else {
    return found;
  }
  // "{dis}able", "{in}aktivera": braces inside a word are option syntax in help text.
  bool numbered = !name.empty() && is_digit(name[0]);  // "{0}s" stays a placeholder
  if (!numbered && found.end < text.size() &&
      std::isalpha(static_cast<unsigned char>(text[found.end]))) {
    found.end = 0;
    return found;
  }
  found.begin = static_cast<uint32_t>(at);
  found.key = doubled ? "{{" + name + "}}" : "{" + name + "}";
  return found;
}

// i18next's nesting "$t(key)" or "$t(key, {...})"; end == 0 if none.
Placeholder nesting_at(std::string_view text, size_t at, size_t end) {
  Placeholder found;
  if (!text.substr(at, end - at).starts_with("$t(")) return found;
  size_t close = text.find(')', at);
  if (close == std::string_view::npos || close >= end || close == at + 3) return found;
  found.begin = static_cast<uint32_t>(at);
  found.end = static_cast<uint32_t>(close + 1);
  size_t key_end = std::min(close, text.find(',', at));
  found.key = "$t(" + std::string(text.substr(at + 3, key_end - at - 3)) + ")";
  return found;
}

std::vector<Placeholder> scan(std::string_view text, size_t begin, size_t end, int depth) {
  std::vector<Placeholder> found;
  size_t at = begin;
  // Bounded by `end`: a nested message's placeholders stay inside it.
  std::string_view bounded = text.substr(0, end);
  while (at < end) {
    Placeholder p;
    if (text[at] == '%') p = printf_at(bounded, at);
    bool glued =
        at > 0 && (is_name_char(text[at - 1]) || text[at - 1] == '\\' || text[at - 1] == '$');
    if (text[at] == '{' && !glued) p = brace_at(bounded, at, depth);
    if (text[at] == '$') p = nesting_at(bounded, at, end);
    if (p.end == 0) {
      ++at;
      continue;
    }
    at = p.end;
    found.push_back(std::move(p));
  }
  return found;
}

}  // namespace

std::vector<Placeholder> find_placeholders(std::string_view text) {
  return scan(text, 0, text.size(), 0);
}

}  // namespace samklang
