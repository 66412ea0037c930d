#include <string>
#include <string_view>

#include "catch.hpp"
#include "formats/reader.h"
#include "test_support.h"

using samklang::Document;
using samklang::parse_plaintext;
using samklang::UnitKind;

namespace {

std::string where(const Document& doc, size_t unit, std::string_view word) {
  return samklang::testing::where(doc, doc.units.at(unit), word);
}
}  // namespace

TEST_CASE("plaintext reader: paragraphs separated by blank lines", "[formats]") {
  const std::string text =
      "Vår vision\n"
      "\n"
      "  Engagemang – Vi räknar med dig –  \n"
      "du kan räkna med oss.\n"
      "   \n"
      "\n"
      "Мы защищаем права человека.\n";
  auto line_ending = GENERATE(as<std::string>{}, "\n", "\r\n");
  std::string content;
  for (char c : text) {
    if (c == '\n')
      content += line_ending;
    else
      content += c;
  }
  Document doc = parse_plaintext("mission.sv.txt", "sv", content);
  CHECK(doc.format == "plaintext");
  REQUIRE(doc.units.size() == 3);
  // A short line without final punctuation is still a paragraph.
  CHECK(doc.units[0].id == "p1");
  CHECK(doc.units[0].kind == UnitKind::paragraph);
  CHECK(doc.units[0].text == "Vår vision");
  CHECK(doc.units[1].id == "p2");
  CHECK(doc.units[1].text == "Engagemang – Vi räknar med dig – du kan räkna med oss.");
  CHECK(doc.units[2].id == "p3");

  CHECK(where(doc, 0, "vision") == "1:5");
  CHECK(where(doc, 1, "Engagemang") == "3:3");
  CHECK(where(doc, 1, "dig") == "3:30");
  CHECK(where(doc, 1, "du kan") == "4:1");
  CHECK(where(doc, 1, "oss") == "4:18");
  CHECK(where(doc, 2, "права") == "7:13");
}

TEST_CASE("plaintext reader: Thai and Serbian Latin lines", "[formats]") {
  Document doc = parse_plaintext("x.txt", "th", "เราปกป้องสิทธิ\nLjudska prava – uvek\n");
  REQUIRE(doc.units.size() == 1);
  CHECK(doc.units[0].text == "เราปกป้องสิทธิ Ljudska prava – uvek");
  CHECK(where(doc, 0, "สิทธิ") == "1:10");
  CHECK(where(doc, 0, "uvek") == "2:17");
}
