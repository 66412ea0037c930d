#include "terms/term_lookup.h"

#include "catch.hpp"

using samklang::find_terms_containing;
using samklang::parse_termbase_tsv;

namespace {

samklang::Termbase termbase() {
  auto tb = parse_termbase_tsv(
      "concept\tlang\tterm\tstatus\tmatch\n"
      "ccpr\tsv\tmedborgerliga och politiska rättigheter\tpreferred\tstem\n"
      "ccpr\ten\tcivil and political rights\tpreferred\tstem\n"
      "human-rights\tsv\tmänskliga rättigheter\tpreferred\tstem\n"
      "crd\t*\tCivil Rights Defenders\tdnt\texact\n"
      "year\tsv\t\\d{4}\tpreferred\tregex\n",
      "t.tsv");
  REQUIRE(tb.has_value());
  return *tb;
}

}  // namespace

TEST_CASE("term lookup: terms that contain an inflected word", "[terms]") {
  auto tb = termbase();
  auto found = find_terms_containing(tb, "sv", "rättigheterna");
  REQUIRE(found.size() == 2);
  CHECK(found[0].term == 0);
  CHECK(found[1].term == 2);
  CHECK(found[0].why.starts_with("'rättigheterna' ~ 'rättigheter' (stem '"));
}

TEST_CASE("term lookup: several words in sequence, exact terms by word", "[terms]") {
  auto tb = termbase();
  auto two = find_terms_containing(tb, "sv", "politiska rättigheter");
  REQUIRE(two.size() == 1);
  CHECK(two[0].why == "exact");
  CHECK(find_terms_containing(tb, "sv", "rättigheter politiska").empty());

  auto rights = find_terms_containing(tb, "en", "rights");
  REQUIRE(rights.size() == 2);
  CHECK(rights[1].term == 3);  // "*" applies to English; exact, case-folded
  CHECK(find_terms_containing(tb, "en", "defender").empty());  // exact terms are not stemmed
  CHECK(find_terms_containing(tb, "sv", "2024").empty());      // regex terms are left out
}
