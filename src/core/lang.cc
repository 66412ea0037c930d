#include "core/lang.h"

#include <cctype>

namespace samklang {

namespace {

bool is_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }
char upper(char c) { return static_cast<char>(std::toupper(static_cast<unsigned char>(c))); }

}  // namespace

std::string lang_base(std::string_view tag) {
  std::string out;
  for (char c : tag) {
    if (c == '-' || c == '_') break;
    out += lower(c);
  }
  return out;
}

std::string lang_canonical(std::string_view tag) {
  std::string out;
  size_t part = 0;
  size_t start = 0;
  for (size_t i = 0; i <= tag.size(); ++i) {
    if (i < tag.size() && tag[i] != '-' && tag[i] != '_') continue;
    std::string_view sub = tag.substr(start, i - start);
    if (part > 0) out += '-';
    for (size_t k = 0; k < sub.size(); ++k) {
      char c = sub[k];
      if (part == 0)
        out += lower(c);
      else if (sub.size() == 4)
        out += k == 0 ? upper(c) : lower(c);
      else if (sub.size() == 2)
        out += upper(c);
      else
        out += lower(c);
    }
    ++part;
    start = i + 1;
  }
  return out;
}

bool lang_is_plausible(std::string_view tag) {
  size_t n = 0;
  while (n < tag.size() && is_alpha(tag[n])) ++n;
  if (n < 2 || n > 3) return false;
  for (size_t i = n; i < tag.size(); ++i) {
    char c = tag[i];
    if (!is_alpha(c) && !std::isdigit(static_cast<unsigned char>(c)) && c != '-' && c != '_')
      return false;
  }
  return true;
}

}  // namespace samklang
