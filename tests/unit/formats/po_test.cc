#include "catch.hpp"
#include "formats/bilingual.h"

using samklang::parse_po;

namespace {

const std::string kPo =
    "# Swedish translation of the mission catalog.\n"
    "msgid \"\"\n"
    "msgstr \"\"\n"
    "\"Language: sv\\n\"\n"
    "\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n"
    "\n"
    "#. The organisation's vision\n"
    "#: mission.c:12\n"
    "msgid \"Our vision\"\n"
    "msgstr \"Vår vision\"\n"
    "\n"
    "msgctxt \"heading\"\n"
    "msgid \"Core values\"\n"
    "msgstr \"\"\n"
    "\"Kärn\"\n"
    "\"värden\"\n"
    "\n"
    "#, fuzzy, c-format\n"
    "#| msgid \"We work on %d continents\"\n"
    "msgid \"We are represented on %d continents\"\n"
    "msgstr \"Vi arbetar på %d kontinenter\"\n"
    "\n"
    "msgid \"%d human rights defender\"\n"
    "msgid_plural \"%d human rights defenders\"\n"
    "msgstr[0] \"%d människorättsförsvarare\"\n"
    "msgstr[1] \"%d människorättsförsvarare\"\n"
    "\n"
    "msgid \"Line one\\nTab\\there \\\"quoted\\\" ok\"\n"
    "msgstr \"Rad ett\\nTabb\\thär \\\"citerat\\\" ok\"\n"
    "\n"
    "msgid \"Not yet translated\"\n"
    "msgstr \"\"\n"
    "\n"
    "#~ msgid \"Old entry\"\n"
    "#~ msgstr \"Gammal post\"\n";

}  // namespace

TEST_CASE("po reader: entries, context, plurals, fuzzy and escapes", "[formats]") {
  auto po = parse_po("sv.po", "en", "", kPo);
  REQUIRE(po);
  CHECK(po->target.lang == "sv");
  CHECK(po->source.lang == "en");
  CHECK(po->source.keyed);
  const auto& src = po->source.units;
  const auto& tgt = po->target.units;
  REQUIRE(src.size() == 7);  // header and obsolete entry left out; two plural forms
  REQUIRE(tgt.size() == 7);
  CHECK(src[0].id == "Our vision");
  CHECK(tgt[0].text == "Vår vision");
  CHECK(src[1].id ==
        "heading\x04"
        "Core values");
  CHECK(tgt[1].text == "Kärnvärden");
  CHECK(tgt[2].state == "fuzzy");
  CHECK(tgt[2].note == "previous source: We work on %d continents");
  CHECK(tgt[0].state.empty());
  CHECK(src[3].id == "%d human rights defender[0]");
  CHECK(src[3].text == "%d human rights defender");
  CHECK(src[4].id == "%d human rights defender[1]");
  CHECK(src[4].text == "%d human rights defenders");
  CHECK(tgt[5].text == "Rad ett\nTabb\thär \"citerat\" ok");
  CHECK(tgt[6].text.empty());
  // An empty translation still has a place: inside its quotes.
  auto empty = po->target.locate(tgt[6], 0);
  CHECK(empty.line == 32);
  CHECK(empty.column == 9);
}

TEST_CASE("po reader: exact line and column of every character", "[formats]") {
  auto po = parse_po("sv.po", "en", "", kPo);
  REQUIRE(po);
  const auto& doc = po->target;
  auto at = doc.locate(doc.units[0], 5);  // "vision" in "Vår vision" (å is two bytes)
  CHECK(at.line == 10);
  CHECK(at.column == 13);
  // "värden" comes from the second continuation line.
  auto cont = doc.locate(doc.units[1], 5);
  CHECK(cont.line == 16);
  CHECK(cont.column == 2);
  // After escapes the mapping stays exact: "här" follows "\t".
  const std::string& text = doc.units[5].text;
  auto here = doc.locate(doc.units[5], static_cast<uint32_t>(text.find("här")));
  CHECK(here.line == 29);
  CHECK(here.column == 24);
}

TEST_CASE("po reader: CRLF line ends give the same units", "[formats]") {
  std::string crlf;
  for (char c : kPo) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  auto po = parse_po("sv.po", "en", "", crlf);
  REQUIRE(po);
  REQUIRE(po->target.units.size() == 7);
  CHECK(po->target.units[1].text == "Kärnvärden");
  CHECK(po->target.locate(po->target.units[0], 5).column == 13);
}

TEST_CASE("po reader: damaged catalogs are errors with line and column", "[formats]") {
  struct Case {
    std::string content;
    int line;
    int column;
    std::string words;
  };
  auto [content, line, column, words] =
      GENERATE(Case{"msgid \"Our vision\"\nmsgstr \"Vår vision\n", 2, 8, "unterminated"},
               Case{"msgid \"Our \\q vision\"\nmsgstr \"x\"\n", 1, 12, "unknown escape"},
               Case{"msgid \"a\"\nmsgtxt \"b\"\n", 2, 1, "unknown keyword 'msgtxt'"},
               Case{"msgstr \"Vår vision\"\n", 1, 1, "without a 'msgid'"},
               Case{"msgid \"a\" junk\nmsgstr \"b\"\n", 1, 11, "after the closing"},
               Case{"msgid \"a\"\nmsgstr \"b\"\n", 1, 1, "does not say its language"});
  auto po = parse_po("bad.po", "en", "", content);
  REQUIRE_FALSE(po);
  INFO(po.error().message);
  CHECK(po.error().where.line == line);
  CHECK(po.error().where.column == column);
  CHECK(po.error().message.find(words) != std::string::npos);
}

TEST_CASE("po reader: a language given by the caller wins over the header", "[formats]") {
  auto po = parse_po("x.po", "en", "sv-FI", kPo);
  REQUIRE(po);
  CHECK(po->target.lang == "sv-FI");
}
