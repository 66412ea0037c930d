#include "text/punctuation_scan.h"

#include "catch.hpp"

using namespace samklang::punctuation_scan;  // NOLINT(google-build-using-namespace)

namespace {

const std::vector<std::string> kMarks = {".", "?", "!", ":", ";", "…", "...", ","};

std::vector<std::string> tail_marks(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& [mark, offset] : read_tail(text, kMarks).marks) out.push_back(mark);
  return out;
}

samklang::LocalePunctuation english() {
  samklang::LocalePunctuation rules;
  rules.no_space_before = {",", ".", ";", ":", "!", "?"};
  return rules;
}

}  // namespace

TEST_CASE("punctuation scan: the end marks of a sentence", "[text]") {
  CHECK(tail_marks("Vad gör vi?") == std::vector<std::string>{"?"});
  CHECK(tail_marks("Han sa: ”Kom hit!”).") == std::vector<std::string>{".", "!"});
  CHECK(tail_marks("Och så vidare...") == std::vector<std::string>{"..."});
  CHECK(tail_marks("Och så vidare….") == std::vector<std::string>{".", "…"});
  CHECK(tail_marks("Artikel 5") == std::vector<std::string>{});
  CHECK(tail_marks("Ersätter tomma namn med ”.”") == std::vector<std::string>{});
  CHECK(tail_marks("Vad betyder (?)") == std::vector<std::string>{});
  CHECK(tail_marks("हम रक्षा करते हैं।") == std::vector<std::string>{"।"});  // a script mark
  CHECK(tail_marks("ꦲꦏ꧀ꦏꦁꦥꦝ꧉\u200B") == std::vector<std::string>{"꧉"});   // after a format char
  auto tail = read_tail("Tack för i dag :-)", kMarks);
  CHECK(tail.emoticon);
  CHECK(read_tail("Vad gör vi?", kMarks).marks[0].second == 11);  // bytes: "ö" is two
}

TEST_CASE("punctuation scan: URLs, placeholders, attributes and code are protected", "[text]") {
  std::string text = "Läs på https://crd.org/sv/?q=1, skriv %s eller `a \"b\"` och lang=\"sv\".";
  auto ranges = protected_ranges(text);
  CHECK(inside(ranges, static_cast<uint32_t>(text.find("?q"))));
  CHECK(inside(ranges, static_cast<uint32_t>(text.find("%s"))));
  CHECK(inside(ranges, static_cast<uint32_t>(text.find("\"b\""))));
  CHECK(inside(ranges, static_cast<uint32_t>(text.find("\"sv"))));
  CHECK_FALSE(inside(ranges, static_cast<uint32_t>(text.find("skriv"))));
}

TEST_CASE("punctuation scan: spaces before marks and double spaces", "[text]") {
  auto rules = english();
  auto spaces =
      mark_spaces("We defend rights , always ; at 10:30 with .NET ... :) and 1.5 .", rules);
  REQUIRE(spaces.size() == 3);
  CHECK(spaces[0].mark == ",");
  CHECK(spaces[0].spaced);
  CHECK(spaces[0].breaking);
  CHECK(spaces[0].run == 16);
  CHECK(spaces[1].mark == ";");
  CHECK(spaces[2].mark == ".");
  auto tight = mark_spaces("Pourquoi\u202F? Oui!", rules);
  REQUIRE(tight.size() == 2);
  CHECK(tight[0].spaced);
  CHECK_FALSE(tight[0].breaking);
  CHECK_FALSE(tight[1].spaced);
  CHECK(double_spaces("Vi  försvarar rättigheter   i dag", rules) == std::vector<uint32_t>{2, 27});
  CHECK(double_spaces("Vi försvarar  , rättigheter", rules).empty());
  CHECK(double_spaces("Rad ett\n  rad två", rules).empty());  // an indented line
  CHECK(double_spaces("Tal, annars lexikografiska.  Mönster", rules).empty());
  CHECK(double_spaces("Доступ:        %x", rules).empty());
}
