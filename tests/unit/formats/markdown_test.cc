#include <string>
#include <string_view>

#include "catch.hpp"
#include "formats/reader.h"
#include "test_support.h"

using samklang::Document;
using samklang::parse_markdown;
using samklang::Unit;
using samklang::UnitKind;

using samklang::testing::where;

namespace {

const std::string kMission =
    "# Vår vision\n"
    "\n"
    "Engagemang – Vi räknar med dig – du kan räkna med oss.\n"
    "En värld där **alla** människor åtnjuter sina *rättigheter* fullt ut.\n"
    "\n"
    "## Kärnvärden\n"
    "\n"
    "- Mod och `integritet` i allt.\n"
    "  - Oberoende från stater.\n"
    "- Se [vår webbplats](https://crd.org/sv \"Civil Rights Defenders\") för mer.\n"
    "\n"
    "> Citat: rättigheter är universella.\n"
    "\n"
    "```\n"
    "kod som inte ska läsas\n"
    "```\n"
    "\n"
    "---\n"
    "\n"
    "<div>html-block</div>\n"
    "\n"
    "Slut med <b>inline</b> html och ![en bild](bild.png).\n";

}  // namespace

TEST_CASE("markdown reader: headings, paragraphs, list items and ids", "[formats]") {
  Document doc = parse_markdown("mission.sv.md", "sv", kMission).value();
  CHECK(doc.format == "markdown");
  CHECK(doc.lang == "sv");
  REQUIRE(doc.units.size() == 8);

  CHECK(doc.units[0].id == "h1");
  CHECK(doc.units[0].kind == UnitKind::heading);
  CHECK(doc.units[0].level == 1);
  CHECK(doc.units[0].text == "Vår vision");

  CHECK(doc.units[1].id == "p2");
  CHECK(doc.units[1].kind == UnitKind::paragraph);
  CHECK(doc.units[1].text ==
        "Engagemang – Vi räknar med dig – du kan räkna med oss. En värld där alla människor "
        "åtnjuter sina rättigheter fullt ut.");

  CHECK(doc.units[2].id == "h3");
  CHECK(doc.units[2].level == 2);

  CHECK(doc.units[3].id == "li4");
  CHECK(doc.units[3].kind == UnitKind::list_item);
  CHECK(doc.units[3].level == 1);
  CHECK(doc.units[3].text == "Mod och integritet i allt.");
  CHECK(doc.units[4].id == "li5");
  CHECK(doc.units[4].level == 2);
  CHECK(doc.units[4].text == "Oberoende från stater.");
  CHECK(doc.units[5].text == "Se vår webbplats för mer.");

  CHECK(doc.units[6].id == "p7");
  CHECK(doc.units[6].kind == UnitKind::paragraph);
  CHECK(doc.units[6].text == "Citat: rättigheter är universella.");

  // Code block, thematic break and HTML block are skipped; inline HTML is
  // dropped and an image stands for its alt text.
  CHECK(doc.units[7].id == "p8");
  CHECK(doc.units[7].text == "Slut med inline html och en bild.");
}

TEST_CASE("markdown reader: exact line:col of words", "[formats]") {
  Document doc = parse_markdown("mission.sv.md", "sv", kMission).value();
  REQUIRE(doc.units.size() == 8);
  const Unit& para = doc.units[1];
  SECTION("heading text after the marker") { CHECK(where(doc, doc.units[0], "vision") == "1:7"); }
  SECTION("after multi-byte characters: columns count code points") {
    // "Engagemang – Vi " : the en dash is three bytes but one column.
    CHECK(where(doc, para, "Vi") == "3:14");
    CHECK(where(doc, para, "oss") == "3:51");
  }
  SECTION("on the second line of a paragraph") {
    CHECK(where(doc, para, "En värld") == "4:1");
    CHECK(where(doc, para, "där") == "4:10");
  }
  SECTION("after bold and emphasis") {
    CHECK(where(doc, para, "alla") == "4:16");
    CHECK(where(doc, para, "människor") == "4:23");
    CHECK(where(doc, para, "rättigheter") == "4:48");
    CHECK(where(doc, para, "fullt") == "4:61");
  }
  SECTION("in list items and after a code span") {
    CHECK(where(doc, doc.units[3], "Mod") == "8:3");
    CHECK(where(doc, doc.units[3], "integritet") == "8:12");
    CHECK(where(doc, doc.units[3], "i allt") == "8:24");
    CHECK(where(doc, doc.units[4], "Oberoende") == "9:5");
  }
  SECTION("after a link") {
    const Unit& item = doc.units[5];
    CHECK(where(doc, item, "webbplats") == "10:11");
    // Not "Defenders" inside the link title, nor in the URL: the text after the link.
    CHECK(where(doc, item, "för mer") == "10:67");
  }
  SECTION("in a block quote and after inline HTML") {
    CHECK(where(doc, doc.units[6], "universella") == "12:25");
    CHECK(where(doc, doc.units[7], "html") == "22:24");
    CHECK(where(doc, doc.units[7], "en bild") == "22:35");
  }
}

TEST_CASE("markdown reader: CRLF gives the same units and places as LF", "[formats]") {
  std::string crlf;
  for (char c : kMission) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  Document lf_doc = parse_markdown("lf.md", "sv", kMission).value();
  Document crlf_doc = parse_markdown("crlf.md", "sv", crlf).value();
  REQUIRE(lf_doc.units.size() == crlf_doc.units.size());
  for (size_t u = 0; u < lf_doc.units.size(); ++u) {
    const Unit& a = lf_doc.units[u];
    const Unit& b = crlf_doc.units[u];
    CHECK(a.id == b.id);
    REQUIRE(a.text == b.text);
    for (uint32_t offset = 0; offset < a.text.size(); ++offset) {
      auto la = lf_doc.locate(a, offset);
      auto lb = crlf_doc.locate(b, offset);
      CHECK(la.line == lb.line);
      CHECK(la.column == lb.column);
    }
  }
}

TEST_CASE("markdown reader: Russian, Serbian Latin and Thai", "[formats]") {
  const std::string text =
      "Мы защищаем **права** человека.\n"
      "Branimo *ljudska* prava – uvek.\n"
      "\n"
      "1. เราปกป้อง [สิทธิมนุษยชน](https://crd.org/th) ทุกวัน\n";
  Document doc = parse_markdown("multi.md", "ru", text).value();
  REQUIRE(doc.units.size() == 2);
  CHECK(doc.units[0].text == "Мы защищаем права человека. Branimo ljudska prava – uvek.");
  CHECK(where(doc, doc.units[0], "права") == "1:15");
  CHECK(where(doc, doc.units[0], "человека") == "1:23");
  CHECK(where(doc, doc.units[0], "ljudska") == "2:10");
  CHECK(where(doc, doc.units[0], "uvek") == "2:27");
  CHECK(doc.units[1].kind == UnitKind::list_item);
  CHECK(doc.units[1].id == "li2");
  CHECK(where(doc, doc.units[1], "สิทธิ") == "4:15");
  CHECK(where(doc, doc.units[1], "ทุกวัน") == "4:49");
}

TEST_CASE("markdown reader: escapes and entities keep words in place", "[formats]") {
  const std::string text = "Rättigheter \\& ansvar &amp; frihet för alla.\n";
  Document doc = parse_markdown("escapes.md", "sv", text).value();
  REQUIRE(doc.units.size() == 1);
  CHECK(doc.units[0].text == "Rättigheter & ansvar & frihet för alla.");
  CHECK(where(doc, doc.units[0], "ansvar") == "1:16");
  CHECK(where(doc, doc.units[0], "frihet") == "1:29");
}

TEST_CASE("markdown reader: the document survives a copy", "[formats]") {
  Document copy;
  {
    Document doc = parse_markdown("short.md", "sv", "Hej\nvärld\n").value();
    copy = doc;
  }
  REQUIRE(copy.units.size() == 1);
  CHECK(where(copy, copy.units[0], "värld") == "2:1");
}

TEST_CASE("markdown reader: setext headings, reference links, quotes in list items", "[formats]") {
  const std::string text =
      "Vår vision\n"
      "==========\n"
      "\n"
      "[crd]: https://crd.org/sv\n"
      "Läs mer hos [Civil Rights Defenders][crd] i dag.\n"
      "\n"
      "- > Citat i en punkt.\n";
  Document doc = parse_markdown("x.md", "sv", text).value();
  REQUIRE(doc.units.size() == 3);
  CHECK(doc.units[0].kind == UnitKind::heading);
  CHECK(doc.units[0].level == 1);
  CHECK(doc.units[0].text == "Vår vision");
  CHECK(where(doc, doc.units[0], "vision") == "1:5");
  CHECK(doc.units[1].text == "Läs mer hos Civil Rights Defenders i dag.");
  CHECK(where(doc, doc.units[1], "Läs") == "5:1");
  CHECK(where(doc, doc.units[1], "Defenders") == "5:27");
  // The nearest container decides: a quote inside a list item is a paragraph.
  CHECK(doc.units[2].kind == UnitKind::paragraph);
  CHECK(where(doc, doc.units[2], "punkt") == "7:16");
}

TEST_CASE("markdown reader: every text offset maps inside the content", "[formats]") {
  const std::string text =
      "* **[a](b)** `c` <i>d</i> \\*e\\* &copy; f  \ng\\\nh ![](x) ![i](j)\n\n#\n\n> - > 1. k\n";
  Document doc = parse_markdown("odd.md", "sv", text).value();
  REQUIRE_FALSE(doc.units.empty());
  for (const auto& unit : doc.units) {
    REQUIRE_FALSE(unit.spans.empty());
    CHECK(unit.spans.front().text_offset == 0);
    for (uint32_t i = 0; i <= unit.text.size(); ++i) CHECK(unit.file_offset(i) <= text.size());
  }
}

TEST_CASE("markdown reader: words after long inline HTML keep their place", "[formats]") {
  const std::string attribute(3000, 'x');
  const std::string text = "Före <span title=\"" + attribute + "\">mitt</span> efter.\n";
  Document doc = parse_markdown("html.md", "sv", text).value();
  REQUIRE(doc.units.size() == 1);
  CHECK(doc.units[0].text == "Före mitt efter.");
  CHECK(where(doc, doc.units[0], "mitt") == "1:" + std::to_string(3000 + 21));
  CHECK(where(doc, doc.units[0], "efter") == "1:" + std::to_string(3000 + 33));
}
