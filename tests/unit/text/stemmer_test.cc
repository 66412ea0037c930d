#include "text/stemmer.h"

#include "catch.hpp"

using samklang::Stemmer;

TEST_CASE("stemmer: Swedish definite and plural forms share a stem", "[text]") {
  Stemmer sv("sv");
  REQUIRE(sv.available());
  CHECK(sv.stem("rättigheter") == "rätt");
  CHECK(sv.stem("rättigheterna") == "rätt");
  CHECK(sv.stem("människorättsförsvarare") == "människorättsförsvar");
  CHECK(sv.stem("människorättsförsvararnas") == "människorättsförsvar");
  // A different word keeps a different stem.
  CHECK(sv.stem("rättvisa") == "rättvis");
}

TEST_CASE("stemmer: English, Spanish, Russian and Serbian", "[text]") {
  CHECK(Stemmer("en").stem("defenders") == "defend");
  CHECK(Stemmer("en-GB").stem("rights") == "right");
  CHECK(Stemmer("es").stem("derechos") == "derech");
  Stemmer ru("ru");
  CHECK(ru.stem("права") == "прав");
  CHECK(ru.stem("прав") == "прав");
  CHECK(ru.stem("гражданские") == ru.stem("гражданских"));
  CHECK(ru.stem("политические") == ru.stem("политических"));
  Stemmer sr("sr-Latn");
  REQUIRE(sr.available());
  CHECK(sr.stem("pravima") == "prav");
  CHECK(sr.stem("prava") == "prav");
}

TEST_CASE("stemmer: unknown language returns the word", "[text]") {
  Stemmer th("th");
  CHECK_FALSE(th.available());
  CHECK(th.stem("สิทธิ") == "สิทธิ");
  Stemmer none("");
  CHECK_FALSE(none.available());
  CHECK(none.stem("rättigheter") == "rättigheter");
}
