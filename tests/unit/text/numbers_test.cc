#include "text/numbers.h"

#include <string>
#include <vector>

#include "catch.hpp"

namespace {

std::vector<std::string> values(const std::string& lang, std::string_view text) {
  std::vector<std::string> out;
  for (const samklang::Number& number : samklang::find_numbers(text, lang))
    out.push_back(number.value);
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("numbers: grouping and decimal separators of the language", "[text]") {
  CHECK(values("sv", "1 000,5 kronor") == V{"1000.5"});
  CHECK(values("sv", "1\u00A0000,5 kronor") == V{"1000.5"});
  CHECK(values("en", "1,000.5 dollars") == V{"1000.5"});
  CHECK(values("es", "1.000,5 euros") == V{"1000.5"});
  CHECK(values("de", "1.000,5 Euro") == V{"1000.5"});
  CHECK(values("ru", "1\u00A0000,5 рубля") == V{"1000.5"});
  CHECK(values("fr", "1\u202F000,5 euros") == V{"1000.5"});
  CHECK(values("en", "1,000,000") == V{"1000000"});
}

TEST_CASE("numbers: decimals and separators that do not group", "[text]") {
  CHECK(values("sv", "3,5 procent") == V{"3.5"});
  CHECK(values("en", "3.50 percent") == V{"3.5"});
  CHECK(values("en", "1,2 and 3") == V{"1", "2", "3"});
  CHECK(values("en", "in 1, 2, 3") == V{"1", "2", "3"});
  // A first group of four digits is not grouped: "år 2023 300 personer".
  CHECK(values("sv", "2023 300 personer") == V{"2023", "300"});
}

TEST_CASE("numbers: years and ranges", "[text]") {
  CHECK(values("sv", "strategi för 2023-2030") == V{"2023", "2030"});
  CHECK(values("en", "strategy for 2023\u20132030") == V{"2023", "2030"});
  CHECK(values("en", "in 1948") == V{"1948"});
}

TEST_CASE("numbers: percent, ordinals and signs", "[text]") {
  CHECK(values("sv", "50 %") == values("en", "50%"));
  CHECK(values("en", "the 1st article") == V{"1"});
  CHECK(values("sv", "den 1:a artikeln") == V{"1"});
  CHECK(values("es", "el 1.º artículo") == V{"1"});
  CHECK(values("en", "-5 degrees") == V{"-5"});
  CHECK(values("sv", "\u22125 grader") == V{"-5"});
  CHECK(values("en", "UTF-8 text") == V{"8"});
  CHECK(values("en", "007") == V{"7"});
  CHECK(values("sv", "nivå-88") == V{"88"});
  auto numbers = samklang::find_numbers("the 2nd and 8bit, 2:a", samklang::Lang("en"));
  REQUIRE(numbers.size() == 3);
  CHECK(numbers[0].suffixed);
  CHECK(numbers[1].suffixed);
  CHECK_FALSE(numbers[2].suffixed);
}

TEST_CASE("numbers: byte offsets include the sign", "[text]") {
  auto numbers = samklang::find_numbers("Å -12 och 3", samklang::Lang("sv"));
  REQUIRE(numbers.size() == 2);
  CHECK(numbers[0].begin == 3);
  CHECK(numbers[0].end == 6);
  CHECK(numbers[1].begin == 11);
}

TEST_CASE("numbers: ICU symbols per language", "[text]") {
  CHECK(samklang::number_symbols("sv").decimal == ",");
  CHECK(samklang::number_symbols("sv").space_groups);
  CHECK(samklang::number_symbols("en").group == ",");
  CHECK(samklang::number_symbols("de").group == ".");
  CHECK(samklang::number_symbols("xx-invalid-$").decimal == ".");
}
