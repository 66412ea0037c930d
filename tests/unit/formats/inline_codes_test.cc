// The inline codes each reader records beside a unit's text, and where.
#include <string>
#include <vector>

#include "catch.hpp"
#include "formats/bilingual.h"
#include "formats/reader.h"

using samklang::InlineCode;
using samklang::InlineKind;
using samklang::Unit;

namespace {

const char* kind_name(InlineKind kind) {
  switch (kind) {
    case InlineKind::link:
      return "link";
    case InlineKind::image:
      return "image";
    case InlineKind::emphasis:
      return "em";
    case InlineKind::strong:
      return "strong";
    case InlineKind::strikethrough:
      return "strike";
    case InlineKind::code:
      return "code";
    case InlineKind::paired_tag:
      return "pair";
    case InlineKind::open_tag:
      return "open";
    case InlineKind::close_tag:
      return "close";
    case InlineKind::standalone_tag:
      return "tag";
  }
  return "?";
}

// "kind identity [covered text]" per code, or "kind identity @offset" for
// one that covers nothing.
std::vector<std::string> codes(const Unit& unit) {
  std::vector<std::string> out;
  for (const InlineCode& code : unit.codes) {
    std::string line = kind_name(code.kind);
    if (!code.identity.empty()) line += " " + code.identity;
    if (code.end > code.begin)
      line += " [" + unit.text.substr(code.begin, code.end - code.begin) + "]";
    else
      line += " @" + std::to_string(code.begin);
    out.push_back(line);
  }
  return out;
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("inline codes: Markdown links, emphasis, code spans and inline HTML", "[formats]") {
  const std::string md =
      "Läs [rapporten](https://crd.org/sv/rapport \"Rapport\") och kör `samklang check`.\n"
      "Det är **mycket** viktigt, *verkligen* och _alltid_.\n"
      "Se <https://crd.org> eller ![logotypen](logo.png) och ~~gamla~~ nya regler.\n"
      "Tryck <kbd>Ctrl</kbd> och<br>sedan __Enter__, ungefär ~5 gånger.\n";
  auto doc = samklang::parse_markdown("a.sv.md", "sv", md).value();
  REQUIRE(doc.units.size() == 1);
  const Unit& unit = doc.units[0];
  CHECK(unit.text ==
        "Läs rapporten och kör samklang check. Det är mycket viktigt, verkligen och alltid. "
        "Se https://crd.org eller logotypen och gamla nya regler. Tryck Ctrl och sedan Enter, "
        "ungefär ~5 gånger.");
  CHECK(codes(unit) == Lines{"link https://crd.org/sv/rapport [rapporten]",
                             "code samklang check [samklang check]", "strong [mycket]",
                             "em [verkligen]", "em [alltid]",
                             "link https://crd.org [https://crd.org]", "image logo.png [logotypen]",
                             "strike [gamla]", "pair kbd [Ctrl]", "tag br @157", "strong [Enter]"});
  // Positions stay exact after the markup that was taken out.
  size_t at = unit.text.find("nya regler");
  auto loc = doc.locate(unit, static_cast<uint32_t>(at));
  CHECK(loc.line == 3);
  CHECK(loc.column == 65);
}

TEST_CASE("inline codes: HTML inline elements with href and src", "[formats]") {
  const std::string html =
      "<html lang=\"ru\"><body>\n"
      "<p>Читайте <a href=\"/ru/doklad\">наш <em>доклад</em></a> и <code>samklang check</code>."
      "<br>Пишите <strong>нам</strong> <img src=\"logo.png\" alt=\"\"> <span "
      "class=\"x\">сегодня</span>.</p>\n"
      "</body></html>\n";
  auto doc = samklang::parse_html("a.ru.html", "ru", html);
  REQUIRE(doc.units.size() == 1);
  const Unit& unit = doc.units[0];
  CHECK(unit.text == "Читайте наш доклад и samklang check.Пишите нам сегодня.");
  CHECK(codes(unit) == Lines{"link /ru/doklad [наш доклад]", "em [доклад]",
                             "code samklang check [samklang check]", "tag br @53", "strong [нам]",
                             "image logo.png @73", "pair span [сегодня]"});
}

TEST_CASE("inline codes: XLIFF 1.2 g, x, bx, ex, ph, bpt, ept, it", "[formats]") {
  const std::string xliff =
      "<xliff version=\"1.2\"><file source-language=\"en\" target-language=\"es\"><body>\n"
      "<trans-unit id=\"1\"><source>Read <g id=\"1\">the report</g><x id=\"2\"/> now "
      "<bx id=\"3\"/>here<ex id=\"4\"/>.</source>\n"
      "<target>Lea <g id=\"1\">el informe</g><x id=\"2\"/> ahora <bx id=\"3\"/>aquí<ex "
      "id=\"4\"/>.</target></trans-unit>\n"
      "<trans-unit id=\"2\"><source><bpt id=\"1\">&lt;b&gt;</bpt>Bold<ept "
      "id=\"1\">&lt;/b&gt;</ept> "
      "<ph id=\"2\" ctype=\"image\">&lt;img/&gt;</ph><it id=\"3\" pos=\"close\">&lt;/i&gt;</it>"
      "</source>\n"
      "<target><bpt id=\"1\">&lt;b&gt;</bpt>Negrita<ept id=\"1\">&lt;/b&gt;</ept></target>"
      "</trans-unit>\n"
      "</body></file></xliff>\n";
  auto doc = samklang::parse_xliff("a.xlf", "", "", xliff).value();
  REQUIRE(doc.source.units.size() == 2);
  CHECK(doc.source.units[0].text == "Read the report now here.");
  CHECK(codes(doc.source.units[0]) == Lines{"pair g id=\"1\" [the report]", "tag x id=\"2\" @15",
                                            "open bx id=\"3\" @20", "close ex id=\"4\" @24"});
  CHECK(codes(doc.target.units[0]) == Lines{"pair g id=\"1\" [el informe]", "tag x id=\"2\" @14",
                                            "open bx id=\"3\" @21", "close ex id=\"4\" @26"});
  CHECK(codes(doc.source.units[1]) == Lines{"open bpt id=\"1\" @0", "close ept id=\"1\" @4",
                                            "tag ph id=\"2\" ctype=\"image\" @5",
                                            "close it id=\"3\" @5"});
  CHECK(codes(doc.target.units[1]) == Lines{"open bpt id=\"1\" @0", "close ept id=\"1\" @7"});
}

TEST_CASE("inline codes: XLIFF 2 ph, pc, sc, ec; sm/em are no codes", "[formats]") {
  const std::string xliff =
      "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" "
      "trgLang=\"sr-Latn\"><file id=\"f\"><unit id=\"u1\"><segment>\n"
      "<source>Press <pc id=\"1\">Save</pc><ph id=\"2\"/> and <sc id=\"3\"/>wait<ec "
      "startRef=\"3\"/> <sm id=\"m\" type=\"term\"/>now<em startRef=\"m\"/>.</source>\n"
      "<target>Pritisnite <pc id=\"1\">Sačuvaj</pc><ph id=\"2\"/> i <sc "
      "id=\"3\"/>sačekajte<ec startRef=\"3\"/> sada.</target>\n"
      "</segment></unit></file></xliff>\n";
  auto doc = samklang::parse_xliff("a.xlf", "", "", xliff).value();
  REQUIRE(doc.source.units.size() == 1);
  CHECK(codes(doc.source.units[0]) == Lines{"pair pc id=\"1\" [Save]", "tag ph id=\"2\" @10",
                                            "open sc id=\"3\" @15", "close ec startRef=\"3\" @19"});
  CHECK(codes(doc.target.units[0]) == Lines{"pair pc id=\"1\" [Sačuvaj]", "tag ph id=\"2\" @19",
                                            "open sc id=\"3\" @22", "close ec startRef=\"3\" @32"});
}

TEST_CASE("inline codes: TMX bpt, ept, ph, it, hi", "[formats]") {
  const std::string tmx =
      "<tmx version=\"1.4\"><header srclang=\"sv\"/><body>\n"
      "<tu tuid=\"1\"><tuv xml:lang=\"sv\"><seg><bpt i=\"1\">&lt;b&gt;</bpt>Mod<ept "
      "i=\"1\">&lt;/b&gt;</ept> och <hi type=\"em\">integritet</hi><ph>&lt;br/&gt;</ph><it "
      "pos=\"end\">&lt;/a&gt;</it></seg></tuv>\n"
      "<tuv xml:lang=\"en\"><seg><bpt i=\"1\">&lt;b&gt;</bpt>Courage<ept i=\"1\">&lt;/b&gt;</ept> "
      "and integrity</seg></tuv></tu>\n"
      "</body></tmx>\n";
  auto doc = samklang::parse_tmx("m.tmx", "", "", tmx).value();
  REQUIRE(doc.source.units.size() == 1);
  CHECK(doc.source.units[0].text == "Mod och integritet");
  CHECK(codes(doc.source.units[0]) == Lines{"open bpt i=\"1\" @0", "close ept i=\"1\" @3",
                                            "pair hi type=\"em\" [integritet]", "tag ph <br/> @18",
                                            "close it </a> @18"});
  CHECK(codes(doc.target.units[0]) == Lines{"open bpt i=\"1\" @0", "close ept i=\"1\" @7"});
}
