#include "terms/compounds.h"

#include <string>
#include <vector>

#include "catch.hpp"
#include "terms/term_matcher.h"
#include "test_support.h"

using samklang::CasePolicy;
using samklang::MatchMode;
using samklang::Term;
using samklang::Termbase;
using samklang::TermMatch;
using samklang::TermMatcher;

using samklang::testing::term;

namespace {

std::vector<TermMatch> find(const std::string& lang, Term t, const std::string& text) {
  Termbase tb{{std::move(t)}};
  return TermMatcher(tb, lang).find(text);
}

}  // namespace

TEST_CASE("compounds: a term as the modifier of a Swedish compound", "[terms]") {
  std::string text = "Kommittén behandlar rättighetsfrågor varje vecka.";
  auto matches = find("sv", term("sv", "rättighet"), text);
  REQUIRE(matches.size() == 1);
  CHECK(matches[0].surface == "rättighetsfrågor");
  CHECK(text.substr(matches[0].begin, matches[0].end - matches[0].begin) == "rättighetsfrågor");
  CHECK(matches[0].why == "'rättighetsfrågor' contains 'rättighet' as modifier (compound)");
}

TEST_CASE("compounds: a term as the head of a Swedish compound", "[terms]") {
  auto matches =
      find("sv", term("sv", "försvarare"), "Vi stöder människorättsförsvararnas arbete.");
  REQUIRE(matches.size() == 1);
  CHECK(matches[0].surface == "människorättsförsvararnas");
  CHECK(matches[0].why == "'människorättsförsvararnas' contains 'försvarare' as head (compound)");
  // The head's own inflection: "yttrandefriheten" stems to "yttrandefri".
  auto freedom = find("sv", term("sv", "frihet"), "Yttrandefriheten är grundläggande.");
  REQUIRE(freedom.size() == 1);
  CHECK(freedom[0].surface == "Yttrandefriheten");
  // "samarbete" is sam + arbete, "mervärde" mer + värde: real compounds.
  CHECK(find("sv", term("sv", "värde"), "ett mervärde").size() == 1);
  CHECK(find("sv", term("sv", "arbete"), "ett nära samarbete").size() == 1);
}

TEST_CASE("compounds: German heads and modifiers", "[terms]") {
  auto defender = find("de", term("de", "Verteidiger"), "Die Menschenrechtsverteidiger warnen.");
  REQUIRE(defender.size() == 1);
  CHECK(defender[0].surface == "Menschenrechtsverteidiger");
  CHECK(defender[0].why == "'Menschenrechtsverteidiger' contains 'Verteidiger' as head (compound)");
  auto organisation = find("de", term("de", "Organisation"), "eine Menschenrechtsorganisation");
  REQUIRE(organisation.size() == 1);
  CHECK(organisation[0].why ==
        "'Menschenrechtsorganisation' contains 'Organisation' as head (compound)");
  // Modifier by its stem ("menschenrecht") and linking "s".
  auto rights = find("de", term("de", "Menschenrechte"), "Die Menschenrechtsverteidiger warnen.");
  REQUIRE(rights.size() == 1);
  CHECK(rights[0].why ==
        "'Menschenrechtsverteidiger' contains 'Menschenrechte' as modifier (compound)");
}

TEST_CASE("compounds: never inside unrelated words", "[terms]") {
  // 4 letters: no compound matching by default ("rättvisa" is justice).
  CHECK(find("sv", term("sv", "rätt"), "Kampen för rättvisa fortsätter.").empty());
  // "värdering" is värde + the suffix "-ring", not a compound.
  CHECK(find("sv", term("sv", "värde"), "En värdering av läget.").empty());
  CHECK(find("sv", term("sv", "värde"), "Våra värderingar är fasta.").empty());
  // "rättighet" stems to "rätt"; the stem alone is too short to be a modifier.
  CHECK(find("sv", term("sv", "rättighet"), "Kampen för rättvisa fortsätter.").empty());
  // "Unrecht" is the prefix "un-" + Recht: a left part of 2 letters is no word.
  CHECK(find("de", term("de", "Recht"), "Das ist Unrecht.").empty());
  // The left part of a head must have 3 letters: "orätt" is not o + rätt.
  CHECK(find("sv", term("sv", "arbete", MatchMode::compound), "de bearbetade").empty());
  // The rest after a modifier must have 3 letters.
  CHECK(find("sv", term("sv", "frihet"), "friheter och friheten").size() == 2);
}

TEST_CASE("compounds: a whole-word match beats a compound", "[terms]") {
  Termbase tb{{term("sv", "rättighetsfrågor"), term("sv", "rättighet")}};
  auto matches = TermMatcher(tb, "sv").find("rättighetsfrågorna och rättigheterna");
  REQUIRE(matches.size() == 2);
  CHECK(matches[0].term == 0);
  CHECK(matches[0].why != "'rättighetsfrågorna' contains 'rättighet' as modifier (compound)");
  CHECK(matches[1].term == 1);
}

TEST_CASE("compounds: policy by match mode and language", "[terms]") {
  // exact never matches inside a compound.
  CHECK(find("sv", term("sv", "rättighet", MatchMode::exact), "rättighetsfrågor").empty());
  // English has no one-word compounds by default...
  CHECK(find("en", term("en", "rights"), "the rightsholders").empty());
  // ...but match=compound forces it, for any length.
  auto forced = find("sv", term("sv", "rätt", MatchMode::compound), "rättvisa");
  REQUIRE(forced.size() == 1);
  CHECK(forced[0].why == "'rättvisa' contains 'rätt' as modifier (compound)");
  CHECK(find("en", term("en", "rights", MatchMode::compound), "the rightsholders").size() == 1);
  // A case-sensitive term is never matched inside another word.
  CHECK(find("sv", term("sv", "rättighet", MatchMode::stem, CasePolicy::sensitive),
             "rättighetsfrågor")
            .empty());
}

TEST_CASE("compounds: rules per language", "[terms]") {
  CHECK(samklang::compound_rules("sv").by_default);
  CHECK(samklang::compound_rules("nb-NO").by_default);
  CHECK(samklang::compound_rules("de-CH").by_default);
  CHECK_FALSE(samklang::compound_rules("en").by_default);
  CHECK(samklang::code_points("rättighet") == 9);
}
