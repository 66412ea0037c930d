// Numbers written in running text, read with a language's decimal and
// grouping separators (ICU DecimalFormatSymbols): Swedish "1 000,5", English
// "1,000.5" and German "1.000,5" are all the value 1000.5.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/lang.h"

namespace samklang {

// The separators a language writes numbers with, as UTF-8.
struct NumberSymbols {
  std::string decimal = ".";
  std::string group = ",";
  bool space_groups = false;  // the group separator is a space: plain spaces group too
};

// From ICU's data for the language; English symbols if ICU has none.
NumberSymbols number_symbols(const Lang& lang);

struct Number {
  uint32_t begin = 0;  // byte range in the text, the sign included
  uint32_t end = 0;
  std::string value;      // canonical: "-1000.5", no grouping, no leading or trailing zeros
  bool suffixed = false;  // a letter follows directly: "2nd", "8bit", "64k"
};

// Every number in `text`: ASCII digit runs with their grouping and decimal
// separators and a leading minus sign ('-' or U+2212 not after a letter or
// digit). Ranges give two numbers ("2023-2030", "2023–2030"); a percent sign,
// an ordinal suffix ("1st", "1:a", "1.º") or a unit is not part of the number.
// A group separator counts only between a first group of 1-3 digits and
// groups of exactly 3 digits, so "1,2" is two numbers in English.
std::vector<Number> find_numbers(std::string_view text, const NumberSymbols& symbols);
std::vector<Number> find_numbers(std::string_view text, const Lang& lang);

}  // namespace samklang
