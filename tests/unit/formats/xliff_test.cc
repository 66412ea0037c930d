#include <algorithm>

#include "catch.hpp"
#include "formats/bilingual.h"

using samklang::parse_xliff;

namespace {

const std::string kXliff12 =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n"
    "  <file original=\"mission.html\" source-language=\"en\" target-language=\"sv\">\n"
    "    <body>\n"
    "      <group id=\"intro\">\n"
    "        <trans-unit id=\"mission\" approved=\"yes\">\n"
    "          <source>Our mission is to defend <g id=\"1\">civil and political rights</g> "
    "together with human rights defenders.</source>\n"
    "          <target>Vårt uppdrag är att försvara <g id=\"1\">medborgerliga och politiska "
    "rättigheter</g> tillsammans med människorättsförsvarare.</target>\n"
    "          <note>The organisation's mission statement</note>\n"
    "        </trans-unit>\n"
    "      </group>\n"
    "      <trans-unit id=\"rights\">\n"
    "        <source>Rights <x id=\"2\"/>and freedoms &amp; democracy</source>\n"
    "        <target state=\"needs-review-translation\">Rättigheter <ph "
    "id=\"2\">&lt;br/&gt;</ph>och friheter &amp; demokrati</target>\n"
    "      </trans-unit>\n"
    "      <trans-unit id=\"continents\">\n"
    "        <source>We are locally represented on four continents.</source>\n"
    "        <target/>\n"
    "      </trans-unit>\n"
    "      <trans-unit id=\"vision\">\n"
    "        <source>Our vision</source>\n"
    "      </trans-unit>\n"
    "      <trans-unit id=\"logo\" translate=\"no\">\n"
    "        <source>Civil Rights Defenders</source>\n"
    "      </trans-unit>\n"
    "    </body>\n"
    "  </file>\n"
    "</xliff>\n";

}  // namespace

TEST_CASE("xliff reader: 1.2 units, groups, states, notes and inline codes", "[formats]") {
  auto xlf = parse_xliff("sv.xlf", "", "", kXliff12);
  REQUIRE(xlf);
  CHECK(xlf->source.lang == "en");
  CHECK(xlf->target.lang == "sv");
  CHECK(xlf->target.keyed);
  CHECK(xlf->target.format == "xliff");
  const auto& src = xlf->source.units;
  const auto& tgt = xlf->target.units;
  REQUIRE(src.size() == 4);  // translate="no" left out
  REQUIRE(tgt.size() == 4);
  CHECK(src[0].id == "mission");
  CHECK(src[0].text ==
        "Our mission is to defend civil and political rights together with human rights "
        "defenders.");
  CHECK(tgt[0].text ==
        "Vårt uppdrag är att försvara medborgerliga och politiska rättigheter tillsammans med "
        "människorättsförsvarare.");
  CHECK(tgt[0].state == "final");  // approved="yes"
  CHECK(tgt[0].note == "The organisation's mission statement");

  SECTION("a word inside and after an inline code keeps its file offset") {
    uint32_t word = static_cast<uint32_t>(tgt[0].text.find("medborgerliga"));
    CHECK(tgt[0].file_offset(word) == kXliff12.find("medborgerliga"));
    word = static_cast<uint32_t>(tgt[0].text.find("tillsammans"));
    CHECK(tgt[0].file_offset(word) == kXliff12.find("tillsammans"));
  }
  SECTION("a code's content is left out; a word after <ph> and after &amp; keeps its place") {
    CHECK(src[1].text == "Rights and freedoms & democracy");
    CHECK(tgt[1].text == "Rättigheter och friheter & demokrati");
    CHECK(tgt[1].state == "needs-review-translation");
    CHECK(tgt[1].file_offset(static_cast<uint32_t>(tgt[1].text.find("och"))) ==
          kXliff12.find("och friheter"));
    CHECK(tgt[1].file_offset(static_cast<uint32_t>(tgt[1].text.find("&"))) ==
          kXliff12.find("&amp; demokrati"));
    CHECK(tgt[1].file_offset(static_cast<uint32_t>(tgt[1].text.find("demokrati"))) ==
          kXliff12.find("demokrati"));
    CHECK(xlf->target.locate(tgt[1], static_cast<uint32_t>(tgt[1].text.find("demokrati"))).line ==
          14);
  }
  SECTION("an empty and a missing target are empty units at their place") {
    CHECK(tgt[2].id == "continents");
    CHECK(tgt[2].text.empty());
    CHECK(tgt[2].file_offset(0) == kXliff12.find("<target/>"));
    CHECK(tgt[3].id == "vision");
    CHECK(tgt[3].text.empty());
    CHECK(tgt[3].file_offset(0) == kXliff12.find("<trans-unit id=\"vision\""));
  }
}

TEST_CASE("xliff reader: several files prefix ids; mrk segments are units", "[formats]") {
  const std::string xlf =
      "<xliff version=\"1.2\">\n"
      "<file original=\"vision.html\" source-language=\"en\" target-language=\"es\"><body>\n"
      "<trans-unit id=\"1\"><source>Our vision</source><target>Nuestra visión</target>"
      "</trans-unit>\n"
      "</body></file>\n"
      "<file original=\"mission.html\" source-language=\"en\" target-language=\"es\"><body>\n"
      "<trans-unit id=\"1\">\n"
      "<source>Our vision. Our mission.</source>\n"
      "<seg-source><mrk mtype=\"seg\" mid=\"1\">Our vision.</mrk> <mrk mtype=\"seg\" "
      "mid=\"2\">Our mission.</mrk></seg-source>\n"
      "<target state=\"translated\"><mrk mtype=\"seg\" mid=\"1\">Nuestra visión.</mrk></target>\n"
      "</trans-unit>\n"
      "</body></file>\n"
      "</xliff>\n";
  auto doc = parse_xliff("es.xlf", "en", "", xlf);
  REQUIRE(doc);
  CHECK(doc->target.lang == "es");
  const auto& src = doc->source.units;
  const auto& tgt = doc->target.units;
  REQUIRE(src.size() == 3);
  CHECK(src[0].id == "vision.html/1");
  CHECK(src[1].id == "mission.html/1#1");
  CHECK(src[2].id == "mission.html/1#2");
  CHECK(src[1].text == "Our vision.");
  CHECK(src[2].text == "Our mission.");
  CHECK(src[2].file_offset(0) == xlf.find("Our mission.</mrk>"));
  CHECK(tgt[1].text == "Nuestra visión.");
  CHECK(tgt[1].state == "translated");
  CHECK(tgt[2].text.empty());
  CHECK(tgt[2].file_offset(0) == xlf.find("<target state"));
}

TEST_CASE("xliff reader: 2.0 units and segments, ignorable left out", "[formats]") {
  const std::string xlf =
      "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" "
      "trgLang=\"sr-Latn\">\n"
      " <file id=\"f1\">\n"
      "  <group id=\"g1\">\n"
      "   <unit id=\"mission\">\n"
      "    <notes><note>Mission statement</note></notes>\n"
      "    <segment id=\"s1\" state=\"reviewed\">\n"
      "     <source>Our mission is to defend <pc id=\"1\">civil and political rights</pc>."
      "</source>\n"
      "     <target>Naša misija je da branimo <pc id=\"1\">građanska i politička prava</pc>."
      "</target>\n"
      "    </segment>\n"
      "    <ignorable><source> </source></ignorable>\n"
      "    <segment id=\"s2\" state=\"initial\">\n"
      "     <source>We work with <ph id=\"2\"/>human rights defenders.</source>\n"
      "    </segment>\n"
      "   </unit>\n"
      "  </group>\n"
      " </file>\n"
      "</xliff>\n";
  auto doc = parse_xliff("sr.xlf", "", "", xlf);
  REQUIRE(doc);
  CHECK(doc->source.lang == "en");
  CHECK(doc->target.lang == "sr-Latn");
  const auto& src = doc->source.units;
  const auto& tgt = doc->target.units;
  REQUIRE(src.size() == 2);
  CHECK(src[0].id == "mission#s1");
  CHECK(src[1].id == "mission#s2");
  CHECK(src[0].text == "Our mission is to defend civil and political rights.");
  CHECK(tgt[0].text == "Naša misija je da branimo građanska i politička prava.");
  CHECK(tgt[0].state == "reviewed");
  CHECK(tgt[0].note == "Mission statement");
  CHECK(src[1].text == "We work with human rights defenders.");
  CHECK(src[1].file_offset(static_cast<uint32_t>(src[1].text.find("human"))) ==
        xlf.find("human rights defenders."));
  CHECK(tgt[1].state == "initial");
  CHECK(tgt[1].text.empty());
  CHECK(tgt[1].file_offset(0) == xlf.find("<segment id=\"s2\""));
}

TEST_CASE("xliff reader: bad input is an Error with line:col", "[formats]") {
  SECTION("malformed XML") {
    auto doc = parse_xliff("sv.xlf", "en", "sv",
                           "<xliff version=\"1.2\">\n<file>\n<body>\n</file>\n</xliff>\n");
    REQUIRE_FALSE(doc);
    CHECK(doc.error().where.line == 4);
    CHECK(doc.error().where.column == 3);  // the name of the mismatched end tag
    CHECK(doc.error().message.starts_with("invalid XML: "));
  }
  SECTION("a DOCTYPE declaring an entity") {
    auto doc = parse_xliff("sv.xlf", "en", "sv",
                           "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [\n"
                           "  <!ENTITY org \"Civil Rights Defenders\">\n]>\n"
                           "<xliff version=\"1.2\"><file><body/></file></xliff>\n");
    REQUIRE_FALSE(doc);
    CHECK(doc.error().where.line == 3);
    CHECK(doc.error().where.column == 3);
    CHECK(doc.error().message.find("entity declarations are not allowed") != std::string::npos);
  }
  SECTION("a namespace that is not XLIFF's") {
    auto doc = parse_xliff("sv.xlf", "en", "sv",
                           "<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:example:not-xliff\" "
                           "version=\"1.2\"><file><body/></file></xliff>\n");
    REQUIRE_FALSE(doc);
    CHECK(doc.error().where.line == 2);
    CHECK(doc.error().message.starts_with("namespace 'urn:example:not-xliff' is not XLIFF's"));
    auto prefixed =
        parse_xliff("sv.xlf", "en", "sv",
                    "<x:xliff xmlns:x=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\">"
                    "<x:file source-language=\"en\" target-language=\"sv\"><x:body/></x:file>"
                    "</x:xliff>");
    CHECK(prefixed);
  }
  SECTION("no target language anywhere") {
    auto doc = parse_xliff("x.xlf", "en", "",
                           "<xliff version=\"1.2\"><file source-language=\"en\"><body/></file>"
                           "</xliff>");
    REQUIRE_FALSE(doc);
    CHECK(doc.error().message.find("LANG=x.xlf") != std::string::npos);
  }
  SECTION("not XLIFF") {
    auto doc = parse_xliff("x.xlf", "en", "sv", "<html><body/></html>");
    REQUIRE_FALSE(doc);
    CHECK(doc.error().message.find("'html' is not XLIFF") != std::string::npos);
  }
}
