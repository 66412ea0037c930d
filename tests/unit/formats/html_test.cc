#include <string>
#include <string_view>

#include "catch.hpp"
#include "formats/reader.h"
#include "temp_file.h"
#include "test_support.h"

using samklang::Document;
using samklang::parse_html;
using samklang::Unit;
using samklang::UnitKind;

using samklang::testing::where;

namespace {

// From the UDHR in Swedish, with the markup a web page adds.
const std::string kSwedish =
    "<!doctype html>\n"                                                          // 1
    "<html lang=\"sv\">\n"                                                       // 2
    "<head><title>Förklaringen</title><style>p { color: red }</style></head>\n"  // 3
    "<body>\n"                                                                   // 4
    "<nav><a href=\"/\">Hem</a></nav>\n"                                         // 5
    "<h1>ALLMÄN FÖRKLARING OM DE MÄNSKLIGA RÄTTIGHETERNA</h1>\n"                 // 6
    "<article data-number=\"1\">\n"                                              // 7
    "  <h2>Artikel 1.</h2>\n"                                                    // 8
    "  <p>Alla <em>människor</em> äro födda fria &amp; lika i\n"                 // 9
    "     <strong>värde</strong> och rättigheter.</p>\n"                         // 10
    "</article>\n"                                                               // 11
    "<article data-number=\"2\">\n"                                              // 12
    "  <p id=\"diskriminering\">Envar är berättigad till alla de fri- och "
    "rättigheter.</p>\n"                                                      // 13
    "  <script>var rättigheter = 1;</script>\n"                               // 14
    "</article>\n"                                                            // 15
    "<ul><li>ras, hudfärg, <a href=\"#k\">kön</a></li><li>språk</li></ul>\n"  // 16
    "<table><tr><th>Land</th><td>Sverige</td></tr></table>\n"                 // 17
    "</body></html>\n";

}  // namespace

TEST_CASE("html: units, kinds and ids", "[formats]") {
  Document doc = parse_html("udhr.sv.html", "sv", kSwedish);
  CHECK(doc.format == "html");
  CHECK(doc.declared_lang == "sv");
  REQUIRE(doc.units.size() == 8);
  CHECK(doc.units[0].id == "h1");
  CHECK(doc.units[0].kind == UnitKind::heading);
  CHECK(doc.units[0].level == 1);
  CHECK(doc.units[1].id == "art-1/h1");
  CHECK(doc.units[1].level == 2);
  CHECK(doc.units[1].text == "Artikel 1.");
  CHECK(doc.units[2].id == "art-1/p2");
  CHECK(doc.units[2].text == "Alla människor äro födda fria & lika i värde och rättigheter.");
  CHECK(doc.units[3].id == "diskriminering");
  CHECK(doc.units[4].kind == UnitKind::list_item);
  CHECK(doc.units[4].level == 1);
  CHECK(doc.units[4].text == "ras, hudfärg, kön");
  CHECK(doc.units[4].id == "li5");
  CHECK(doc.units[6].kind == UnitKind::table_cell);
  CHECK(doc.units[6].text == "Land");
  CHECK(doc.units[7].text == "Sverige");
}

TEST_CASE("html: script, style, nav and head are skipped", "[formats]") {
  Document doc = parse_html("udhr.sv.html", "sv", kSwedish);
  for (const Unit& unit : doc.units) {
    CHECK(unit.text.find("var rätt") == std::string::npos);
    CHECK(unit.text.find("color") == std::string::npos);
    CHECK(unit.text != "Hem");
    CHECK(unit.text.find("Förklaringen") == std::string::npos);
  }
}

TEST_CASE("html: exact line and column after inline tags and entities", "[formats]") {
  Document doc = parse_html("udhr.sv.html", "sv", kSwedish);
  REQUIRE(doc.units.size() == 8);
  const Unit& p = doc.units[2];
  CHECK(where(doc, p, "Alla") == "9:6");
  CHECK(where(doc, p, "människor") == "9:15");
  CHECK(where(doc, p, "&") == "9:45");
  CHECK(where(doc, p, "lika") == "9:51");
  CHECK(where(doc, p, "värde") == "10:14");
  CHECK(where(doc, p, "rättigheter") == "10:33");
  CHECK(where(doc, doc.units[4], "kön") == "16:36");
  CHECK(where(doc, doc.units[0], "RÄTTIGHETERNA") == "6:39");
}

TEST_CASE("html: numeric references and non-Latin scripts", "[formats]") {
  // UDHR article 1 in Russian and Thai, with a numeric reference.
  std::string html =
      "<html lang=\"ru\"><body>\n"
      "<p>Все люди рождаются свободными и равными в своем достоинстве и &#171;правах&#187;.</p>\n"
      "<p lang=\"th\">มนุษย์ทั้งหลายเกิดมามีอิสระ <b>และ</b>เสมอภาค</p>\n"
      "</body></html>\n";
  Document doc = parse_html("udhr.html", "ru", html);
  CHECK(doc.declared_lang == "ru");
  REQUIRE(doc.units.size() == 2);
  CHECK(doc.units[0].text ==
        "Все люди рождаются свободными и равными в своем достоинстве и «правах».");
  CHECK(where(doc, doc.units[0], "достоинстве") == "2:52");
  CHECK(where(doc, doc.units[0], "правах") == "2:72");
  CHECK(where(doc, doc.units[1], "เสมอภาค") == "3:52");
}

TEST_CASE("html: read_document by extension, CR LF", "[formats]") {
  samklang::testing::TempFile file("udhr.htm", "<p>Artikel 1.\r\nAlla m&auml;nniskor</p>\r\n");
  CHECK(samklang::format_for_path("x/udhr.HTML") == "html");
  auto doc = samklang::read_document(file.path(), "sv");
  REQUIRE(doc.has_value());
  REQUIRE(doc->units.size() == 1);
  CHECK(doc->units[0].text == "Artikel 1. Alla människor");
  CHECK(where(*doc, doc->units[0], "Alla") == "2:1");
  CHECK(where(*doc, doc->units[0], "människor") == "2:6");
  CHECK(doc->declared_lang.empty());
}
