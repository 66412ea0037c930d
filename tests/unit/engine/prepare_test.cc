// What prepare_document tells the aligner about each segment.
#include "engine/prepare.h"

#include <filesystem>
#include <string>
#include <vector>

#include "catch.hpp"
#include "terms/termbase.h"
#include "unit/formats/temp_file.h"

namespace fs = std::filesystem;
using samklang::testing::TempFile;

namespace {

const fs::path kRoot = SAMKLANG_SOURCE_DIR;

// What the aligner is told of each segment of a Markdown text.
std::vector<samklang::AlignItem> items(const std::string& lang, const std::string& text) {
  TempFile file(lang + ".md", text);
  samklang::Termbase none;
  auto prepared = samklang::prepare_document({lang, file.path()}, none,
                                             (kRoot / "rules/segmentation").string());
  if (!prepared) FAIL(prepared.error().message);
  return std::move(prepared->align_items);
}

// The inner semicolons of each segment.
std::vector<int> semicolons(const std::string& lang, const std::string& text) {
  std::vector<int> out;
  for (const auto& item : items(lang, text)) out.push_back(item.inner_semicolons);
  return out;
}

// Whether each segment is a lone word.
std::vector<bool> lone_words(const std::string& lang, const std::string& text) {
  std::vector<bool> out;
  for (const auto& item : items(lang, text)) out.push_back(item.lone_word);
  return out;
}

}  // namespace

TEST_CASE("prepare: semicolons inside a sentence are counted for the aligner", "[engine][align]") {
  // UDHR article 26 in Dutch joins two sentences at a semicolon.
  CHECK(semicolons("nl",
                   "Een ieder heeft recht op onderwijs; het onderwijs zal kosteloos zijn, althans "
                   "wat het lager en basisonderwijs betreft.\n") == std::vector<int>{1});
  // Two sentences in Swedish: none.
  CHECK(semicolons("sv",
                   "Envar har rätt till undervisning. Undervisningen skall vara kostnadsfri, "
                   "åtminstone på de elementära och grundläggande stadierna.\n") ==
        std::vector<int>{0, 0});
  // One at the very end joins nothing inside the segment.
  CHECK(semicolons("fr", "la réfraction des rayons lumineux ;\n") == std::vector<int>{0});
  // Arabic and full-width semicolons.
  CHECK(semicolons("ar", "لكل شخص الحق في التعلم؛ ويجب أن يكون التعليم مجانياً.\n") ==
        std::vector<int>{1});
  CHECK(semicolons("zh", "人人都有受教育的权利；教育应当免费。\n") == std::vector<int>{1});
}

TEST_CASE("prepare: the Greek question mark is not a semicolon", "[engine][align]") {
  // Greek writes '?' as ';' (U+037E, which NFC makes U+003B).
  CHECK(semicolons("el", "Τι είναι η ελευθερία; Είναι δικαίωμα όλων.\n") == std::vector<int>{0, 0});
}

TEST_CASE("prepare: a lone word is told from a short sentence", "[engine][align]") {
  // The UDHR preamble's "kungör" and "GENERALFÖRSAMLINGEN" are paragraphs
  // of their own: words another language may move into a neighbour.
  CHECK(lone_words("sv", "kungör\n\nGENERALFÖRSAMLINGEN\n") == std::vector<bool>{true, true});
  // A short sentence, a heading with a colon, a number: not lone words.
  CHECK(lone_words("de", "Streather.\n\nLiteratur :\n\nMit 3 Bildern\n\nLager 4\n") ==
        std::vector<bool>{false, false, false, false});
}
