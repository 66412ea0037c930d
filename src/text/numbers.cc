#include "text/numbers.h"

#include <unicode/dcfmtsym.h>
#include <unicode/locid.h>

namespace samklang {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool is_ascii_alnum(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Spaces that only ever group digits: no-break space, narrow no-break space,
// thin space.
constexpr std::string_view kGroupSpaces[] = {"\u00A0", "\u202F", "\u2009"};

// The length of a group separator at `at`, or 0.
size_t group_at(std::string_view text, size_t at, const NumberSymbols& symbols) {
  std::string_view rest = text.substr(at);
  for (std::string_view space : kGroupSpaces)
    if (rest.starts_with(space)) return space.size();
  if (symbols.space_groups && rest.starts_with(' ')) return 1;
  if (!symbols.group.empty() && !symbols.space_groups && rest.starts_with(symbols.group))
    return symbols.group.size();
  return 0;
}

size_t digits_at(std::string_view text, size_t at) {
  size_t end = at;
  while (end < text.size() && is_digit(text[end])) ++end;
  return end - at;
}

std::string canonical(bool negative, std::string integer, std::string fraction) {
  size_t first = integer.find_first_not_of('0');
  integer = first == std::string::npos ? "0" : integer.substr(first);
  while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
  std::string value = integer;
  if (!fraction.empty()) value += "." + fraction;
  if (negative && value != "0") value.insert(0, "-");
  return value;
}

}  // namespace

NumberSymbols number_symbols(const Lang& lang) {
  NumberSymbols symbols;
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale = icu::Locale::forLanguageTag(lang, status);
  if (U_FAILURE(status)) return symbols;
  icu::DecimalFormatSymbols icu_symbols(locale, status);
  if (U_FAILURE(status)) return symbols;
  std::string decimal;
  std::string group;
  icu_symbols.getSymbol(icu::DecimalFormatSymbols::kDecimalSeparatorSymbol).toUTF8String(decimal);
  icu_symbols.getSymbol(icu::DecimalFormatSymbols::kGroupingSeparatorSymbol).toUTF8String(group);
  if (decimal.empty()) return symbols;
  symbols.decimal = decimal;
  symbols.group = group;
  symbols.space_groups = group == " ";
  for (std::string_view space : kGroupSpaces)
    if (group == space) symbols.space_groups = true;
  return symbols;
}

std::vector<Number> find_numbers(std::string_view text, const NumberSymbols& symbols) {
  std::vector<Number> numbers;
  size_t at = 0;
  while (at < text.size()) {
    if (!is_digit(text[at])) {
      ++at;
      continue;
    }
    size_t begin = at;
    // A minus sign directly before the digits, not after a word or a number
    // ("UTF-8", "2023-2030").
    bool negative = false;
    // Not after a letter or digit; bytes >= 0x80 end non-ASCII letters ("nivå-88").
    auto sign_allowed = [&](size_t sign) {
      return sign == 0 || (!is_ascii_alnum(text[sign - 1]) && (text[sign - 1] & 0x80) == 0);
    };
    if (at >= 1 && text[at - 1] == '-' && sign_allowed(at - 1)) {
      negative = true;
      begin = at - 1;
    } else if (at >= 3 && text.substr(at - 3, 3) == "\u2212" && sign_allowed(at - 3)) {
      negative = true;
      begin = at - 3;
    }
    size_t run = digits_at(text, at);
    std::string integer(text.substr(at, run));
    at += run;
    // Groups: only after a first group of 1-3 digits, exactly 3 digits each.
    if (run <= 3) {
      while (size_t sep = group_at(text, at, symbols)) {
        size_t next = digits_at(text, at + sep);
        if (next != 3) break;
        integer += text.substr(at + sep, 3);
        at += sep + 3;
      }
    }
    std::string fraction;
    if (text.substr(at).starts_with(symbols.decimal)) {
      size_t next = digits_at(text, at + symbols.decimal.size());
      if (next > 0) {
        fraction = text.substr(at + symbols.decimal.size(), next);
        at += symbols.decimal.size() + next;
      }
    }
    Number number{static_cast<uint32_t>(begin), static_cast<uint32_t>(at),
                  canonical(negative, std::move(integer), std::move(fraction))};
    number.suffixed = at < text.size() && is_ascii_alnum(text[at]);
    numbers.push_back(std::move(number));
  }
  return numbers;
}

std::vector<Number> find_numbers(std::string_view text, const Lang& lang) {
  return find_numbers(text, number_symbols(lang));
}

}  // namespace samklang
