#include "engine/inline_suppression.h"

#include "catch.hpp"
#include "formats/bilingual.h"
#include "formats/reader.h"

using samklang::FileSuppressions;
using samklang::Place;
using samklang::scan_suppressions;

namespace {

Place at(int line, int column = 1, std::string unit = "") {
  return Place{"en.md", line, column, std::move(unit), ""};
}

const std::string kMarkdown =
    "# Our vision, mission, theory of change and core values\n"                      // 1
    "\n"                                                                             // 2
    "<!-- samklang-disable term-missing, term-dnt: the statute's own wording -->\n"  // 3
    "A world of democratic societies where all of us enjoy civil rights.\n"          // 4
    "<!-- samklang-enable -->\n"                                                     // 5
    "\n"                                                                             // 6
    "Our mission is to defend civil and political rights.\n"                         // 7
    "\n"                                                                             // 8
    "<!-- samklang-disable -->\n"                                                    // 9
    "Civil Rights Defenders was founded in Stockholm in 1982.\n"                     // 10
    "<!-- samklang-enable untranslated number-mismatch -->\n"                        // 11
    "We are locally represented on four continents.\n"                               // 12
    "<!--\n"                                                                         // 13
    "  samklang-enable\n"                                                            // 14
    "-->\n"                                                                          // 15
    "<!-- samklang-disable-next-line number-mismatch -->\n"                          // 16
    "Since 1982 we have worked with 400 partners.\n"                                 // 17
    "In 2023 we supported 1 200 defenders.\n"                                        // 18
    "\n"                                                                             // 19
    "```html\n"                                                                      // 20
    "<!-- samklang-disable -->\n"                                                    // 21
    "```\n"                                                                          // 22
    "Write `<!-- samklang-disable -->` to silence every rule.\n"                     // 23
    "The end.\n";                                                                    // 24

FileSuppressions markdown(const std::string& text) {
  auto doc = samklang::parse_markdown("en.md", "en", text);
  REQUIRE(doc);
  return scan_suppressions(*doc);
}

}  // namespace

TEST_CASE("inline suppression: Markdown ranges", "[engine][suppress]") {
  FileSuppressions s = markdown(kMarkdown);
  CHECK(s.errors.empty());
  SECTION("a range silences the rules it names, from the comment to samklang-enable") {
    CHECK(s.silences("term-missing", at(4, 57)));
    CHECK(s.silences("term-dnt", at(4)));
    CHECK_FALSE(s.silences("untranslated", at(4)));
    CHECK_FALSE(s.silences("term-missing", at(2)));
    CHECK_FALSE(s.silences("term-missing", at(7)));
  }
  SECTION("no id silences every rule; enable with ids re-enables those only") {
    CHECK(s.silences("segment-extra", at(10)));
    CHECK(s.silences("number-mismatch", at(10)));
    CHECK(s.silences("segment-extra", at(12)));
    CHECK_FALSE(s.silences("number-mismatch", at(12)));
    CHECK_FALSE(s.silences("untranslated", at(12)));
    // A comment over several lines counts too.
    CHECK_FALSE(s.silences("segment-extra", at(17)));
  }
  SECTION("disable-next-line covers the next line only") {
    CHECK(s.silences("number-mismatch", at(17, 7)));
    CHECK_FALSE(s.silences("number-mismatch", at(18)));
    CHECK_FALSE(s.silences("untranslated", at(17)));
  }
  SECTION("comments in code are text, not directives") {
    CHECK_FALSE(s.silences("term-missing", at(22)));
    CHECK_FALSE(s.silences("term-missing", at(24)));
  }
}

TEST_CASE("inline suppression: Swedish text in a Markdown source", "[engine][suppress]") {
  FileSuppressions s = markdown(
      "# Vår vision\n"
      "\n"
      "<!-- samklang-disable-next-line untranslated: namnet översätts inte -->\n"
      "Civil Rights Defenders är en internationell människorättsorganisation.\n"
      "Vi är lokalt representerade på fyra kontinenter.\n");
  CHECK(s.errors.empty());
  CHECK(s.silences("untranslated", Place{"sv.md", 4, 1, "", ""}));
  CHECK_FALSE(s.silences("untranslated", Place{"sv.md", 5, 1, "", ""}));
}

TEST_CASE("inline suppression: unknown rules and directives are errors at their place",
          "[engine][suppress]") {
  FileSuppressions s = markdown(
      "Vår vision\n"
      "\n"
      "<!-- samklang-disable term-missing term-mising -->\n"
      "En värld med demokratiska samhällen.\n"
      "\n"
      "<!-- samklang-disabled untranslated -->\n"
      "Vårt uppdrag.\n"
      "<!-- samklang-disable because it is a name -->\n"
      "<!-- a comment that is no directive -->\n");
  REQUIRE(s.errors.size() == 7);
  CHECK(s.errors[0].where.line == 3);
  CHECK(s.errors[0].where.column == 36);
  CHECK(s.errors[0].message == "unknown rule 'term-mising' (did you mean 'term-missing'?)");
  CHECK(s.errors[1].where.line == 6);
  CHECK(s.errors[1].where.column == 6);
  CHECK(s.errors[1].message.find("unknown directive 'samklang-disabled'") == 0);
  // "because it is a name" is read as five rule ids, none of which exists.
  CHECK(s.errors[2].message == "unknown rule 'because'; 'samklang explain' lists the rules");
  // A directive with a bad id silences nothing, not everything.
  CHECK(s.events.empty());
  CHECK_FALSE(s.silences("term-missing", at(4)));
}

TEST_CASE("inline suppression: HTML comments, not in script or style", "[engine][suppress]") {
  std::string html =
      "<!DOCTYPE html>\n"                                             // 1
      "<html lang=\"en\"><body>\n"                                    // 2
      "<script>var s = '<!-- samklang-disable -->';</script>\n"       // 3
      "<p>Civil Rights Defenders was founded in 1982.</p>\n"          // 4
      "<!-- samklang-disable term-dnt -->\n"                          // 5
      "<p>Civil Rights Försvarare works on four continents.</p>\n"    // 6
      "<!-- samklang-enable term-dnt -->\n"                           // 7
      "<p>Civil Rights Försvarare again.</p>\n"                       // 8
      "<style>/* <!-- samklang-disable --> */</style><p>Last.</p>\n"  // 9
      "</body></html>\n";
  FileSuppressions s = scan_suppressions(samklang::parse_html("en.html", "en", html));
  CHECK(s.errors.empty());
  CHECK_FALSE(s.silences("term-dnt", at(4)));
  CHECK(s.silences("term-dnt", at(6, 4)));
  CHECK_FALSE(s.silences("term-missing", at(6, 4)));
  CHECK_FALSE(s.silences("term-dnt", at(8, 4)));
  CHECK_FALSE(s.silences("untranslated", at(9, 50)));
}

TEST_CASE("inline suppression: a PO comment covers its entry", "[engine][suppress]") {
  const std::string po =
      "msgid \"\"\n"                                                // 1
      "msgstr \"\"\n"                                               // 2
      "\"Language: sv\\n\"\n"                                       // 3
      "\n"                                                          // 4
      "# samklang-disable untranslated: the organisation's name\n"  // 5
      "#. Shown in the page footer\n"                               // 6
      "msgid \"Civil Rights Defenders\"\n"                          // 7
      "msgstr \"Civil Rights Defenders\"\n"                         // 8
      "msgid \"Our vision\"\n"                                      // 9
      "msgstr \"Our vision\"\n"                                     // 10
      "\n"                                                          // 11
      "#. samklang-disable\n"                                       // 12
      "#, fuzzy\n"                                                  // 13
      "msgid \"%d human rights defender\"\n"                        // 14
      "msgid_plural \"%d human rights defenders\"\n"                // 15
      "msgstr[0] \"%d människorättsförsvarare\"\n"                  // 16
      "msgstr[1] \"%d människorättsförsvarare\"\n"                  // 17
      "\n"                                                          // 18
      "# samklang-enable\n"                                         // 19
      "# samklang-disable term-missin\n"                            // 20
      "msgid \"Core values\"\n"                                     // 21
      "msgstr \"Kärnvärden\"\n";                                    // 22
  auto doc = samklang::parse_po("sv.po", "en", "", po);
  REQUIRE(doc);
  FileSuppressions s = scan_suppressions(doc->target);
  CHECK(s.silences("untranslated", at(8, 9)));
  CHECK_FALSE(s.silences("term-dnt", at(8, 9)));
  // The next entry follows without a blank line: it is not covered.
  CHECK_FALSE(s.silences("untranslated", at(10, 9)));
  CHECK(s.silences("outdated", at(16, 12)));
  CHECK(s.silences("placeholder-mismatch", at(17, 12)));
  CHECK_FALSE(s.silences("term-missing", at(22, 9)));
  REQUIRE(s.errors.size() == 2);
  CHECK(s.errors[0].where.line == 19);
  CHECK(s.errors[0].where.column == 3);
  CHECK(s.errors[0].message.find("in a PO file") == 0);
  CHECK(s.errors[1].where.line == 20);
  CHECK(s.errors[1].where.column == 20);
  CHECK(s.errors[1].message == "unknown rule 'term-missin' (did you mean 'term-missing'?)");
}

TEST_CASE("inline suppression: an XLIFF note covers its unit", "[engine][suppress]") {
  const std::string xlf =
      "<?xml version=\"1.0\"?>\n"
      "<xliff version=\"1.2\"><file source-language=\"en\" target-language=\"es\" "
      "original=\"m\" datatype=\"plaintext\"><body>\n"
      "<trans-unit id=\"name\"><source>Civil Rights Defenders</source>"
      "<target>Civil Rights Defenders</target>\n"
      "<note>samklang-disable untranslated</note></trans-unit>\n"
      "<trans-unit id=\"vision\"><source>Our vision</source><target>Our vision</target>\n"
      "<note>Heading; samklang-disable untranslatd</note></trans-unit>\n"
      "</body></file></xliff>\n";
  auto doc = samklang::parse_xliff("es.xlf", "", "", xlf);
  REQUIRE(doc);
  FileSuppressions s = scan_suppressions(doc->target);
  CHECK(s.silences("untranslated", at(3, 60, "name")));
  CHECK_FALSE(s.silences("term-dnt", at(3, 60, "name")));
  CHECK_FALSE(s.silences("untranslated", at(5, 50, "vision")));
  REQUIRE(s.errors.size() == 1);
  CHECK(s.errors[0].where.line == 6);
  CHECK(s.errors[0].where.column == 33);
  CHECK(s.errors[0].message.find("'untranslatd' (did you mean 'untranslated'?)") !=
        std::string::npos);
}
