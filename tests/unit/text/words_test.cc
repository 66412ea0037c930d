#include "text/words.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <memory>
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

// Grapheme clusters by ICU's character iterator, with no shortcut.
size_t icu_clusters(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createCharacterInstance(icu::Locale::getRoot(), status));
  REQUIRE(U_SUCCESS(status));
  it->setText(icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size()))));
  size_t count = 0;
  it->first();
  while (it->next() != icu::BreakIterator::DONE) ++count;
  return count;
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

TEST_CASE("words: grapheme_count's shortcut for Latin text agrees with ICU", "[text]") {
  // Real sentences whose every code point is a cluster of its own (Latin-1,
  // Latin Extended, dashes, typographic quotes, euro sign), and ones where
  // a mark, CR LF or a joiner makes clusters of several code points: the
  // shortcut must give ICU's count on both.
  std::string_view text = GENERATE(
      std::string_view{"Die Expedition erreichte den Gipfel am 29. Mai 1953 – nach sieben Wochen."},
      std::string_view{"L\u2019exp\u00e9dition a atteint le sommet \u00ab\u00a0enfin\u00a0\u00bb, "
                       "pour 1\u00a0200\u00a0\u20ac\u2026"},
      std::string_view{"Dr\u017eavljanska i politi\u010dka prava \u201eza sve\u201c."},
      std::string_view{
          "\u0141\u00f3d\u017a, \u0218tef\u0103ne\u0219ti \u2014 \u2018quoted\u2019 \u2030"},
      std::string_view{"ra\xCC\x88ttigheter und Stra\u00dfe"},     // a + combining diaeresis
      std::string_view{"first line\r\nsecond line"},               // CR LF is one cluster
      std::string_view{"\u00a9\u200d\u00ae family \u2764\ufe0f"},  // joiner, variation selector
      std::string_view{"\u0e2a\u0e34\u0e17\u0e18\u0e34 \u00e9"});  // Thai beside Latin
  CHECK(samklang::grapheme_count(text) == icu_clusters(text));
}
