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
  if (i < text.size() && text[i] == '%') return {static_cast<uint32_t>(at), uint32_t(i + 1), "%%"};
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

// A brace placeholder starting at the '{' at `at`; end == 0 if none.
Placeholder brace_at(std::string_view text, size_t at) {
  Placeholder found;
  bool doubled = text.substr(at).starts_with("{{");
  size_t i = skip_spaces(text, at + (doubled ? 2 : 1));
  size_t name_begin = i;
  while (i < text.size() && is_name_char(text[i])) ++i;
  std::string name(text.substr(name_begin, i - name_begin));
  if (name.starts_with('.')) return found;  // "{...}"
  i = skip_spaces(text, i);
  std::string_view close = doubled ? "}}" : "}";
  if (text.substr(i).starts_with(close)) {
    found.end = static_cast<uint32_t>(i + close.size());
    found.ordered = name.empty();
  } else if (!doubled && !name.empty() && i < text.size() && (text[i] == ',' || text[i] == ':')) {
    // ICU "{count, plural, ...}" or a format spec "{0:d}": the argument is the key.
    size_t end = matching_brace(text, at);
    if (end == std::string_view::npos) return found;
    found.end = static_cast<uint32_t>(end);
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

}  // namespace

std::vector<Placeholder> find_placeholders(std::string_view text) {
  std::vector<Placeholder> found;
  size_t at = 0;
  while (at < text.size()) {
    Placeholder p;
    if (text[at] == '%') p = printf_at(text, at);
    bool glued =
        at > 0 && (is_name_char(text[at - 1]) || text[at - 1] == '\\' || text[at - 1] == '$');
    if (text[at] == '{' && !glued) p = brace_at(text, at);
    if (p.end == 0) {
      ++at;
      continue;
    }
    at = p.end;
    found.push_back(std::move(p));
  }
  return found;
}

}  // namespace samklang
