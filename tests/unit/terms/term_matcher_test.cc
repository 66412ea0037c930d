#include "terms/term_matcher.h"

#include <string>
#include <vector>

#include "catch.hpp"
#include "test_support.h"

using samklang::CasePolicy;
using samklang::MatchMode;
using samklang::Term;
using samklang::Termbase;
using samklang::TermMatch;
using samklang::TermMatcher;

using samklang::testing::term;

namespace {

Termbase termbase(std::vector<Term> terms) { return Termbase{std::move(terms)}; }

std::vector<std::string> surfaces(const std::vector<TermMatch>& matches) {
  std::vector<std::string> out;
  for (const auto& m : matches) out.push_back(m.surface);
  return out;
}

}  // namespace

TEST_CASE("term matcher: matches the definite plural", "[terms]") {
  auto tb = termbase({term("sv", "medborgerliga och politiska rättigheter")});
  TermMatcher matcher(tb, "sv");
  std::string text = "Vi försvarar de medborgerliga och politiska rättigheterna i Serbien.";
  auto matches = matcher.find(text);
  REQUIRE(matches.size() == 1);
  CHECK(matches[0].term == 0);
  CHECK(matches[0].surface == "medborgerliga och politiska rättigheterna");
  CHECK(text.substr(matches[0].begin, matches[0].end - matches[0].begin) == matches[0].surface);
  CHECK(matches[0].why == "'rättigheterna' ~ 'rättigheter' (stem 'rätt')");
  CHECK(matcher.lang() == "sv");
}

TEST_CASE("term matcher: identical surface says exact", "[terms]") {
  auto tb = termbase({term("sv", "medborgerliga och politiska rättigheter")});
  auto matches = TermMatcher(tb, "sv").find("Medborgerliga och politiska rättigheter.");
  REQUIRE(matches.size() == 1);
  CHECK(matches[0].why == "exact");
}

TEST_CASE("term matcher: Swedish compound with genitive plural", "[terms]") {
  auto tb = termbase({term("sv", "människorättsförsvarare")});
  TermMatcher matcher(tb, "sv");
  CHECK(surfaces(matcher.find("Vi stöder människorättsförsvararna och deras familjer.")) ==
        std::vector<std::string>{"människorättsförsvararna"});
  auto genitive = matcher.find("människorättsförsvararnas arbete");
  REQUIRE(genitive.size() == 1);
  CHECK(genitive[0].why ==
        "'människorättsförsvararnas' ~ 'människorättsförsvarare' (stem 'människorättsförsvar')");
}

TEST_CASE("term matcher: no match inside an unrelated word", "[terms]") {
  auto tb = termbase({term("sv", "rätt")});
  TermMatcher matcher(tb, "sv");
  // The whole token's stem must equal: 'rättvisa' stems to 'rättvis'.
  CHECK(matcher.find("Kampen för rättvisa fortsätter.").empty());
  CHECK(matcher.find("Ett orättvist system.").empty());
  CHECK(surfaces(matcher.find("Var och en har rätt till liv.")) ==
        std::vector<std::string>{"rätt"});
  // Swedish Snowball stems 'rättigheter' to 'rätt' too: a known false friend.
  CHECK(surfaces(matcher.find("Rättigheter gäller alla.")) ==
        std::vector<std::string>{"Rättigheter"});
}

TEST_CASE("term matcher: English possessive and typographic apostrophe", "[terms]") {
  auto tb = termbase({term("en", "human rights defenders")});
  TermMatcher matcher(tb, "en");
  auto matches = matcher.find("We protect Human Rights Defenders\xE2\x80\x99 work.");
  REQUIRE(matches.size() == 1);
  CHECK(matches[0].surface == "Human Rights Defenders");
  CHECK(matcher.find("We protect Human Rights Defenders' work.").size() == 1);
  CHECK(matcher.find("a human rights defender").size() == 1);
}

TEST_CASE("term matcher: the longest match wins", "[terms]") {
  auto tb = termbase({term("en", "civil and political rights"),
                      term("en", "International Covenant on Civil and Political Rights")});
  TermMatcher matcher(tb, "en");
  auto matches = matcher.find(
      "The International Covenant on Civil and Political Rights protects civil and "
      "political rights.");
  REQUIRE(matches.size() == 2);
  CHECK(matches[0].term == 1);
  CHECK(matches[0].surface == "International Covenant on Civil and Political Rights");
  CHECK(matches[1].term == 0);
  CHECK(matches[1].surface == "civil and political rights");
}

TEST_CASE("term matcher: ties go to the lower term index", "[terms]") {
  auto tb = termbase({term("*", "Civil Rights Defenders"), term("en", "civil rights defenders")});
  auto matches = TermMatcher(tb, "en").find("Civil Rights Defenders is an organisation.");
  REQUIRE(matches.size() == 1);
  CHECK(matches[0].term == 0);
}

TEST_CASE("term matcher: a multi-word term does not cross punctuation", "[terms]") {
  auto tb = termbase({term("en", "civil rights")});
  TermMatcher matcher(tb, "en");
  CHECK(matcher.find("They are civil. Rights come later.").empty());
  CHECK(matcher.find("civil-rights work").size() == 1);
}

TEST_CASE("term matcher: Russian inflected plural genitive", "[terms]") {
  auto tb = termbase({term("ru", "гражданские и политические права")});
  TermMatcher matcher(tb, "ru");
  // Russian Snowball gives 'гражданск', 'и', 'политическ', 'прав' for both forms.
  auto matches = matcher.find("Защита гражданских и политических прав человека.");
  REQUIRE(matches.size() == 1);
  CHECK(matches[0].surface == "гражданских и политических прав");
}

TEST_CASE("term matcher: Serbian Latin and Spanish", "[terms]") {
  auto tb = termbase(
      {term("sr-Latn", "građanska i politička prava"), term("es", "derechos civiles y políticos")});
  CHECK(surfaces(TermMatcher(tb, "sr-Latn").find("Zaštita građanskih i političkih prava.")) ==
        std::vector<std::string>{"građanskih i političkih prava"});
  TermMatcher es(tb, "es");
  CHECK(surfaces(es.find("Defendemos los Derechos Civiles y Políticos.")) ==
        std::vector<std::string>{"Derechos Civiles y Políticos"});
  // A term of another language is not compiled.
  CHECK(es.find("građanska i politička prava").empty());
}

TEST_CASE("term matcher: Thai words found by dictionary", "[terms]") {
  auto tb = termbase({term("th", "สิทธิมนุษยชน")});
  auto matches = TermMatcher(tb, "th").find("เราส่งเสริมสิทธิมนุษยชนในประเทศไทย");
  REQUIRE(matches.size() == 1);
  CHECK(matches[0].surface == "สิทธิมนุษยชน");
  CHECK(matches[0].why == "exact");
}

TEST_CASE("term matcher: NFD, soft hyphen and no-break space", "[terms]") {
  auto tb = termbase({term("sv", "människorättsförsvarare"), term("*", "Civil Rights Defenders")});
  TermMatcher matcher(tb, "sv");
  // NFD "ä" (a + U+0308) and "ö" (o + U+0308).
  std::string nfd = "ma\xCC\x88nniskora\xCC\x88ttsfo\xCC\x88rsvarare";
  REQUIRE(matcher.find(nfd).size() == 1);
  CHECK(matcher.find(nfd)[0].surface == nfd);
  CHECK(matcher.find("människo\xC2\xADrättsförsvarare").size() == 1);
  auto nbsp = matcher.find(
      "Civil\xC2\xA0Rights\xC2\xA0"
      "Defenders");
  REQUIRE(nbsp.size() == 1);
  CHECK(nbsp[0].term == 1);
}

TEST_CASE("term matcher: case policies", "[terms]") {
  auto tb = termbase({term("en", "UN", MatchMode::exact, CasePolicy::sensitive),
                      term("en", "amnesty", MatchMode::stem, CasePolicy::permissive),
                      term("en", "Defenders", MatchMode::stem, CasePolicy::permissive)});
  TermMatcher matcher(tb, "en");
  SECTION("sensitive") {
    CHECK(surfaces(matcher.find("the UN said")) == std::vector<std::string>{"UN"});
    CHECK(matcher.find("the un said").empty());
    CHECK(matcher.find("the Un said").empty());
  }
  SECTION("permissive lower-case term matches any case") {
    CHECK(matcher.find("AMNESTY now").size() == 1);
    CHECK(matcher.find("Amnesty now").size() == 1);
  }
  SECTION("permissive capitalised term matches only itself") {
    CHECK(matcher.find("the Defenders met").size() == 1);
    CHECK(matcher.find("the defenders met").empty());
  }
  SECTION("insensitive by default") {
    auto tb2 = termbase({term("en", "Civil Rights Defenders")});
    CHECK(TermMatcher(tb2, "en").find("CIVIL RIGHTS DEFENDERS").size() == 1);
  }
}

TEST_CASE("term matcher: exact mode does not stem", "[terms]") {
  auto tb = termbase({term("sv", "rättigheter", MatchMode::exact)});
  TermMatcher matcher(tb, "sv");
  CHECK(matcher.find("rättigheterna").empty());
  CHECK(matcher.find("Rättigheter").size() == 1);
}

TEST_CASE("term matcher: prefix mode", "[terms]") {
  auto tb = termbase({term("sv", "människorätts", MatchMode::prefix)});
  auto matches = TermMatcher(tb, "sv").find("människorättsorganisationerna och andra");
  REQUIRE(matches.size() == 1);
  CHECK(matches[0].surface == "människorättsorganisationerna");
  CHECK(matches[0].why == "'människorättsorganisationerna' starts with 'människorätts'");
}

TEST_CASE("term matcher: regex terms compete by span", "[terms]") {
  auto tb = termbase(
      {term("en", "article \\d+", MatchMode::regex), term("en", "article", MatchMode::stem)});
  TermMatcher matcher(tb, "en");
  auto matches = matcher.find("See Article 19 and the articles.");
  REQUIRE(matches.size() == 2);
  CHECK(matches[0].term == 0);
  CHECK(matches[0].surface == "Article 19");
  CHECK(matches[0].why == "regex 'article \\d+'");
  CHECK(matches[1].term == 1);
  CHECK(matches[1].surface == "articles");
}

TEST_CASE("term matcher: regex over NFD text maps back to the original bytes", "[terms]") {
  auto tb = termbase({term("sv", "rätt(igheter)?", MatchMode::regex, CasePolicy::sensitive)});
  TermMatcher matcher(tb, "sv");
  std::string text = "Alla ra\xCC\x88ttigheter och Rätt";
  auto matches = matcher.find(text);
  REQUIRE(matches.size() == 1);
  CHECK(matches[0].surface == "ra\xCC\x88ttigheter");
  CHECK(matches[0].begin == 5);
}

TEST_CASE("term matcher: nothing to find", "[terms]") {
  TermMatcher empty(Termbase{}, "sv");
  CHECK(empty.find("medborgerliga och politiska rättigheter").empty());
  auto tb = termbase({term("sv", "rättigheter")});
  CHECK(TermMatcher(tb, "sv").find("").empty());
}

TEST_CASE("term matcher: a runaway regex is stopped by its time limit", "[terms]") {
  // Exponential backtracking: without ICU's time limit this would not end.
  auto tb = termbase({term("en", "(a+)+b", MatchMode::regex), term("en", "rights")});
  auto matches = TermMatcher(tb, "en").find(std::string(40, 'a') + " rights");
  REQUIRE(matches.size() == 1);
  CHECK(matches[0].term == 1);
}
