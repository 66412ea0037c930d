#include "text/words.h"

#include <string>
#include <string_view>
#include <vector>

#include "catch.hpp"

namespace {

std::vector<std::string> word_texts(const std::string& lang, std::string_view text) {
  std::vector<std::string> out;
  for (const samklang::Token& token : samklang::WordBreaker(lang).words(text))
    out.emplace_back(text.substr(token.begin, token.end - token.begin));
  return out;
}

}  // namespace

TEST_CASE("words: Swedish words without spaces and punctuation", "[text]") {
  auto words = word_texts("sv", "Medborgerliga och politiska rättigheter, t.ex. i Serbien!");
  CHECK(words == std::vector<std::string>{"Medborgerliga", "och", "politiska", "rättigheter",
                                          "t.ex", "i", "Serbien"});
}

TEST_CASE("words: offsets are UTF-8 byte offsets", "[text]") {
  std::string_view text = "Å rätt";
  auto tokens = samklang::WordBreaker("sv").words(text);
  REQUIRE(tokens.size() == 2);
  CHECK(tokens[0].begin == 0);
  CHECK(tokens[0].end == 2);
  CHECK(tokens[1].begin == 3);
  CHECK(tokens[1].end == 8);
}

TEST_CASE("words: numbers are marked numeric", "[text]") {
  auto tokens = samklang::WordBreaker("en").words("Article 19 of 1966");
  REQUIRE(tokens.size() == 4);
  CHECK_FALSE(tokens[0].numeric);
  CHECK(tokens[1].numeric);
  CHECK_FALSE(tokens[2].numeric);
  CHECK(tokens[3].numeric);
}

TEST_CASE("words: Thai is split by dictionary", "[text]") {
  auto words = word_texts("th", "สิทธิมนุษยชน");
  CHECK(words.size() >= 2);
  std::string joined;
  for (const auto& w : words) joined += w;
  CHECK(joined == "สิทธิมนุษยชน");
  CHECK(words.front() == "สิทธิ");
}

TEST_CASE("words: soft hyphen and NFD stay inside a word", "[text]") {
  CHECK(word_texts("sv", "människo\xC2\xADrättigheter") ==
        std::vector<std::string>{"människo\xC2\xADrättigheter"});
  CHECK(word_texts("sv", "ra\xCC\x88ttigheter och") ==
        std::vector<std::string>{"ra\xCC\x88ttigheter", "och"});
}

TEST_CASE("words: Russian and Serbian Latin", "[text]") {
  CHECK(word_texts("ru", "гражданских и политических прав.") ==
        std::vector<std::string>{"гражданских", "и", "политических", "прав"});
  CHECK(word_texts("sr-Latn", "građanska i politička prava") ==
        std::vector<std::string>{"građanska", "i", "politička", "prava"});
}

TEST_CASE("words: grapheme_count counts what a reader sees as one character", "[text]") {
  CHECK(samklang::grapheme_count("") == 0);
  CHECK(samklang::grapheme_count("rights") == 6);
  CHECK(samklang::grapheme_count("rättigheter") == 11);          // precomposed ä
  CHECK(samklang::grapheme_count("ra\xCC\x88ttigheter") == 11);  // a + combining diaeresis
  CHECK(samklang::grapheme_count("права") == 5);
  // Thai: a consonant with its vowel and tone marks is one cluster.
  CHECK(samklang::grapheme_count("สิทธิ") == 3);
}
