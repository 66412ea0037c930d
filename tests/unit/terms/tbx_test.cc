#include "terms/tbx.h"

#include <filesystem>
#include <fstream>
#include <string>

#include "catch.hpp"
#include "terms/load_termbase.h"

using samklang::parse_termbase_tbx;
using samklang::Term;
using samklang::Termbase;
using samklang::TermStatus;

namespace {

// TBX-Basic (TBX 2008): martif, termEntry, langSet, tig and ntig.
const char* const kTbxBasic = R"(<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="sv">
  <martifHeader><fileDesc><sourceDesc><p>samklang test</p></sourceDesc></fileDesc></martifHeader>
  <text>
    <body>
      <termEntry id="ccpr">
        <descrip type="definition">rights that protect individuals' freedom from infringement</descrip>
        <langSet xml:lang="sv">
          <tig>
            <term>medborgerliga och politiska rättigheter</term>
            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
            <termNote type="partOfSpeech">noun</termNote>
          </tig>
        </langSet>
        <langSet xml:lang="en">
          <tig>
            <term>civil and political rights</term>
            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
          </tig>
          <tig>
            <term>civic and political rights</term>
            <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
            <note>use "civil and political rights"</note>
          </tig>
        </langSet>
        <langSet xml:lang="es">
          <ntig>
            <termGrp>
              <term>derechos civiles y políticos</term>
              <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
            </termGrp>
          </ntig>
          <tig>
            <term>derechos cívicos y políticos</term>
            <termNote type="administrativeStatus">supersededTerm-admn-sts</termNote>
          </tig>
        </langSet>
        <langSet xml:lang="sr-latn">
          <tig>
            <term>građanska i politička prava</term>
            <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>
          </tig>
        </langSet>
        <langSet xml:lang="pt_br">
          <tig>
            <term>direitos civis e políticos</term>
            <descrip type="definition">direitos que protegem a liberdade individual</descrip>
          </tig>
        </langSet>
      </termEntry>
      <termEntry>
        <langSet xml:lang="sv">
          <tig>
            <term>Civil Rights Defenders</term>
            <termNote type="doNotTranslate">yes</termNote>
          </tig>
        </langSet>
        <langSet xml:lang="en">
          <tig><term>Civil Rights Defenders</term><note>do not translate</note></tig>
        </langSet>
        <langSet xml:lang="es">
          <tig>
            <term>Defensores de los Derechos Civiles</term>
            <termNote type="x-samklang-status">forbidden</termNote>
          </tig>
        </langSet>
      </termEntry>
    </body>
  </text>
</martif>
)";

// TBX v3 Basic (DCA style), with one DCT-style element.
const char* const kTbxV3 = R"(<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"
     xmlns:basic="http://www.tbxinfo.net/ns/basic">
  <tbxHeader><fileDesc><sourceDesc><p>samklang test</p></sourceDesc></fileDesc></tbxHeader>
  <text>
    <body>
      <conceptEntry id="hrd">
        <langSec xml:lang="sv">
          <descrip type="definition">person som försvarar mänskliga rättigheter</descrip>
          <termSec>
            <term>människorättsförsvarare</term>
            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
            <termNote type="partOfSpeech">noun</termNote>
          </termSec>
        </langSec>
        <langSec xml:lang="en">
          <termSec>
            <term>human rights defender</term>
            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
          </termSec>
          <termSec>
            <term>human rights activist</term>
            <basic:administrativeStatus>deprecatedTerm-admn-sts</basic:administrativeStatus>
          </termSec>
        </langSec>
        <langSec xml:lang="sr-Latn">
          <termSec>
            <term>branioci ljudskih prava</term>
            <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>
          </termSec>
        </langSec>
      </conceptEntry>
    </body>
  </text>
</tbx>
)";

const Term& find_term(const Termbase& tb, const std::string& text) {
  for (const Term& t : tb.terms)
    if (t.text == text) return t;
  FAIL("no term '" << text << "'");
  return tb.terms.front();
}

int line_of(const std::string& text, const std::string& needle) {
  size_t at = text.find(needle);
  REQUIRE(at != std::string::npos);
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
}

std::string error_of(const std::string& content) {
  auto tb = parse_termbase_tbx(content, "t.tbx");
  REQUIRE_FALSE(tb.has_value());
  return tb.error().message;
}

}  // namespace

TEST_CASE("tbx: reads TBX-Basic entries, languages and statuses", "[terms]") {
  auto tb = parse_termbase_tbx(kTbxBasic, "rules/terms.tbx");
  REQUIRE(tb.has_value());
  REQUIRE(tb->terms.size() == 10);

  const Term& sv = tb->terms[0];
  CHECK(sv.concept_id == "ccpr");
  CHECK(sv.lang == "sv");
  CHECK(sv.text == "medborgerliga och politiska rättigheter");
  CHECK(sv.status == TermStatus::preferred);
  CHECK(sv.part_of_speech == "noun");
  CHECK(sv.definition == "rights that protect individuals' freedom from infringement");

  const Term& civic = find_term(*tb, "civic and political rights");
  CHECK(civic.status == TermStatus::forbidden);
  CHECK(civic.note == "use \"civil and political rights\"");
  CHECK(find_term(*tb, "derechos civiles y políticos").status == TermStatus::preferred);
  CHECK(find_term(*tb, "derechos cívicos y políticos").status == TermStatus::forbidden);
  const Term& sr = find_term(*tb, "građanska i politička prava");
  CHECK(sr.lang == "sr-Latn");
  CHECK(sr.status == TermStatus::admitted);
  const Term& pt = find_term(*tb, "direitos civis e políticos");
  CHECK(pt.lang == "pt-BR");
  CHECK(pt.status == TermStatus::preferred);
  CHECK(pt.definition == "direitos que protegem a liberdade individual");
}

TEST_CASE("tbx: do-not-translate markers and the samklang status", "[terms]") {
  auto tb = parse_termbase_tbx(kTbxBasic, "t.tbx");
  REQUIRE(tb.has_value());
  REQUIRE(tb->terms.size() == 10);
  CHECK(tb->terms[7].concept_id == "entry-2");
  CHECK(tb->terms[7].status == TermStatus::dnt);  // termNote doNotTranslate
  CHECK(tb->terms[8].status == TermStatus::dnt);  // note "do not translate"
  CHECK(tb->terms[8].lang == "en");
  CHECK(tb->terms[9].status == TermStatus::forbidden);  // x-samklang-status
}

TEST_CASE("tbx: a term's line and code-point column", "[terms]") {
  const std::string content = kTbxBasic;
  auto tb = parse_termbase_tbx(content, "t.tbx");
  REQUIRE(tb.has_value());
  const Term& es = find_term(*tb, "derechos civiles y políticos");
  CHECK(es.where.file == "t.tbx");
  CHECK(es.where.line == line_of(content, "<term>derechos civiles"));
  CHECK(es.where.column == 15);  // 14 spaces of indentation, then "<term>"

  // Columns count code points: "ä" and "ö" before the term are one column each.
  auto one = parse_termbase_tbx(
      "<martif><text><body><termEntry><langSet xml:lang=\"sv\"><tig><!--äö--><term>x</term>"
      "</tig></langSet></termEntry></body></text></martif>",
      "t.tbx");
  REQUIRE(one.has_value());
  REQUIRE(one->terms.size() == 1);
  CHECK(one->terms[0].where.line == 1);
  CHECK(one->terms[0].where.column == 69);
}

TEST_CASE("tbx: reads TBX v3 concept entries", "[terms]") {
  auto tb = parse_termbase_tbx(kTbxV3, "t.tbx");
  REQUIRE(tb.has_value());
  REQUIRE(tb->terms.size() == 4);
  for (const Term& t : tb->terms) CHECK(t.concept_id == "hrd");
  CHECK(tb->terms[0].lang == "sv");
  CHECK(tb->terms[0].text == "människorättsförsvarare");
  CHECK(tb->terms[0].part_of_speech == "noun");
  CHECK(tb->terms[0].definition == "person som försvarar mänskliga rättigheter");
  CHECK(tb->terms[1].status == TermStatus::preferred);
  CHECK(tb->terms[1].definition.empty());
  CHECK(tb->terms[2].text == "human rights activist");
  CHECK(tb->terms[2].status == TermStatus::forbidden);
  CHECK(tb->terms[3].lang == "sr-Latn");
  CHECK(tb->terms[3].status == TermStatus::admitted);
  CHECK(tb->terms[3].where.line == line_of(kTbxV3, "<term>branioci"));

  auto with_bom = parse_termbase_tbx(std::string("\xEF\xBB\xBF") + kTbxV3, "t.tbx");
  REQUIRE(with_bom.has_value());
  CHECK(with_bom->terms.size() == 4);
}

TEST_CASE("tbx: malformed XML is an error at the parse error's line and column", "[terms]") {
  const std::string content =
      "<martif>\n"
      "  <text><body>\n"
      "    <termEntry id=\"x\">\n"
      "      <langSet xml:lang=\"en\"><tig><term>rights</tig>\n"
      "  </body></text>\n"
      "</martif>\n";
  auto tb = parse_termbase_tbx(content, "bad.tbx");
  REQUIRE_FALSE(tb.has_value());
  CHECK(tb.error().where.file == "bad.tbx");
  CHECK(tb.error().where.line == 4);
  CHECK(tb.error().where.column == 49);  // the name in "</tig>"
  CHECK(tb.error().message == "invalid XML: start-end tags mismatch");
}

TEST_CASE("tbx: refuses entity declarations", "[terms]") {
  const std::string content =
      "<?xml version=\"1.0\"?>\n"
      "<!DOCTYPE martif [\n"
      "  <!ENTITY lol \"lol\">\n"
      "]>\n"
      "<martif><text><body><termEntry><langSet xml:lang=\"en\"><tig><term>&lol;</term></tig>"
      "</langSet></termEntry></body></text></martif>\n";
  auto tb = parse_termbase_tbx(content, "t.tbx");
  REQUIRE_FALSE(tb.has_value());
  CHECK(tb.error().where.line == 3);
  CHECK(tb.error().where.column == 3);
  CHECK(tb.error().message.find("entity declarations are not allowed") != std::string::npos);

  // A DOCTYPE without entities is fine.
  auto plain = parse_termbase_tbx(
      "<!DOCTYPE martif SYSTEM \"TBXcoreStructV02.dtd\">\n"
      "<martif><text><body><termEntry><langSet xml:lang=\"en\"><tig><term>rights</term></tig>"
      "</langSet></termEntry></body></text></martif>\n",
      "t.tbx");
  REQUIRE(plain.has_value());
  CHECK(plain->terms.size() == 1);
}

TEST_CASE("tbx: errors in entries name their place", "[terms]") {
  SECTION("an empty term") {
    auto tb = parse_termbase_tbx(
        "<martif><text><body><termEntry>\n<langSet xml:lang=\"en\">\n<tig><term>  </term></tig>"
        "</langSet></termEntry></body></text></martif>",
        "t.tbx");
    REQUIRE_FALSE(tb.has_value());
    CHECK(tb.error().message == "empty term");
    CHECK(tb.error().where.line == 3);
    CHECK(tb.error().where.column == 6);
  }
  SECTION("an unknown administrative status") {
    CHECK(error_of("<martif><termEntry><langSet xml:lang=\"en\"><tig><term>x</term>"
                   "<termNote type=\"administrativeStatus\">bestTerm</termNote></tig></langSet>"
                   "</termEntry></martif>")
              .starts_with("unknown administrativeStatus 'bestTerm'"));
  }
  SECTION("a language set without a language") {
    CHECK(error_of("<tbx><conceptEntry><langSec><termSec><term>x</term></termSec></langSec>"
                   "</conceptEntry></tbx>") ==
          "langSec has no xml:lang; add one, e.g. xml:lang=\"en\"");
  }
  SECTION("a root that is not TBX") {
    CHECK(error_of("<xliff/>").starts_with("root element 'xliff' is not TBX"));
  }
}

TEST_CASE("load termbase: the extension chooses the format", "[terms]") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "samklang-load-termbase-test";
  fs::create_directories(dir);
  auto write = [&](const std::string& name, const std::string& text) {
    std::ofstream(dir / name, std::ios::binary) << text;
    return (dir / name).string();
  };
  std::string tsv = write("a.tsv", "concept\tlang\tterm\tstatus\nvision\ten\tvision\tpreferred\n");
  std::string tbx = write("b.TBX", kTbxV3);
  std::string other = write("c.csv", "concept,lang,term\n");

  auto merged = samklang::load_termbases({tsv, tbx});
  REQUIRE(merged.has_value());
  REQUIRE(merged->terms.size() == 5);
  CHECK(merged->terms[0].concept_id == "vision");
  CHECK(merged->terms[1].concept_id == "hrd");

  auto unknown = samklang::load_termbase_file(other);
  REQUIRE_FALSE(unknown.has_value());
  CHECK(unknown.error().message.find("'.csv'") != std::string::npos);
  CHECK(unknown.error().message.find(".tbx") != std::string::npos);

  auto missing = samklang::load_termbases({tsv, (dir / "missing.tbx").string()});
  REQUIRE_FALSE(missing.has_value());
  CHECK(missing.error().message == "cannot open termbase");
  fs::remove_all(dir);
}
