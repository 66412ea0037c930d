#include "catch.hpp"
#include "formats/bilingual.h"

using samklang::parse_tmx;

namespace {

const std::string kTmx =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<tmx version=\"1.4\">\n"
    "  <header srclang=\"en\" datatype=\"plaintext\" segtype=\"sentence\" adminlang=\"en\" "
    "o-tmf=\"none\" creationtool=\"samklang\" creationtoolversion=\"1\"/>\n"
    "  <body>\n"
    "    <tu tuid=\"mission\">\n"
    "      <note>Mission statement</note>\n"
    "      <tuv xml:lang=\"en\"><seg>Our mission is to defend <hi>civil and political "
    "rights</hi> together with human rights defenders.</seg></tuv>\n"
    "      <tuv xml:lang=\"sv\"><seg>Vårt uppdrag är att försvara medborgerliga och politiska "
    "rättigheter tillsammans med människorättsförsvarare.</seg></tuv>\n"
    "      <tuv xml:lang=\"es\"><seg>Nuestra misión es defender <bpt i=\"1\">&lt;b&gt;</bpt>los "
    "derechos civiles y políticos<ept i=\"1\">&lt;/b&gt;</ept> junto con los defensores de "
    "los derechos humanos.</seg></tuv>\n"
    "    </tu>\n"
    "    <tu>\n"
    "      <tuv xml:lang=\"en\"><seg>We are locally represented on four continents.</seg></tuv>\n"
    "      <tuv xml:lang=\"sv\"><seg>Vi är lokalt representerade på fyra kontinenter.</seg>"
    "</tuv>\n"
    "    </tu>\n"
    "  </body>\n"
    "</tmx>\n";

}  // namespace

TEST_CASE("tmx reader: three languages need the target chosen", "[formats]") {
  auto tmx = parse_tmx("mission.tmx", "", "", kTmx);
  REQUIRE_FALSE(tmx);
  CHECK(tmx.error().message.find("several target languages (sv, es)") != std::string::npos);
  CHECK(tmx.error().message.find("give it as LANG=mission.tmx") != std::string::npos);
}

TEST_CASE("tmx reader: the chosen pair, ids, notes and inline codes", "[formats]") {
  auto tmx = parse_tmx("mission.tmx", "", "es", kTmx);
  REQUIRE(tmx);
  CHECK(tmx->source.lang == "en");
  CHECK(tmx->target.lang == "es");
  CHECK(tmx->target.format == "tmx");
  const auto& src = tmx->source.units;
  const auto& tgt = tmx->target.units;
  REQUIRE(src.size() == 2);
  CHECK(src[0].id == "mission");
  CHECK(src[1].id == "2");  // no tuid: the ordinal
  CHECK(src[0].text ==
        "Our mission is to defend civil and political rights together with human rights "
        "defenders.");
  CHECK(tgt[0].text ==
        "Nuestra misión es defender los derechos civiles y políticos junto con los defensores de "
        "los derechos humanos.");
  CHECK(tgt[0].note == "Mission statement");
  CHECK(tgt[0].file_offset(static_cast<uint32_t>(tgt[0].text.find("los derechos civiles"))) ==
        kTmx.find("los derechos civiles"));
  CHECK(tgt[0].file_offset(static_cast<uint32_t>(tgt[0].text.find("junto"))) == kTmx.find("junto"));
  SECTION("a unit without the target language is an empty target at the unit") {
    CHECK(tgt[1].text.empty());
    CHECK(tgt[1].file_offset(0) == kTmx.find("<tu>"));
  }
}

TEST_CASE("tmx reader: two languages need no choice; source from the caller", "[formats]") {
  std::string two = kTmx;
  size_t es = two.find("      <tuv xml:lang=\"es\">");
  two.erase(es, two.find("</tuv>", es) + 7 - es);
  auto tmx = parse_tmx("sv.tmx", "", "", two);
  REQUIRE(tmx);
  CHECK(tmx->target.lang == "sv");
  REQUIRE(tmx->target.units.size() == 2);
  CHECK(tmx->target.units[1].text == "Vi är lokalt representerade på fyra kontinenter.");

  auto reversed = parse_tmx("sv.tmx", "sv", "", two);
  REQUIRE(reversed);
  CHECK(reversed->source.lang == "sv");
  CHECK(reversed->target.lang == "en");
  CHECK(reversed->target.units[1].text == "We are locally represented on four continents.");
}

TEST_CASE("tmx reader: malformed XML and entities are Errors with line:col", "[formats]") {
  auto broken = parse_tmx("x.tmx", "en", "sv", "<tmx version=\"1.4\">\n<body>\n<tu>\n</body>");
  REQUIRE_FALSE(broken);
  CHECK(broken.error().where.line == 4);
  CHECK(broken.error().message.starts_with("invalid XML"));
  auto entity = parse_tmx("x.tmx", "en", "sv",
                          "<!DOCTYPE tmx [<!ENTITY crd \"Civil Rights Defenders\">]>\n<tmx/>");
  REQUIRE_FALSE(entity);
  CHECK(entity.error().where.column == 16);
  CHECK(entity.error().message.find("not allowed in TMX") != std::string::npos);
}
