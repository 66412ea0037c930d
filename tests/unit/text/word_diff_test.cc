#include "text/word_diff.h"

#include "catch.hpp"

TEST_CASE("word diff: marks removed and added words", "[text]") {
  using samklang::word_diff;
  CHECK(word_diff("Vi är på fyra kontinenter.", "Vi är på fem kontinenter.") ==
        "Vi är på [-fyra-]{+fem+} kontinenter.");
  CHECK(word_diff("med omsorg.", "med stor omsorg.") == "med {+stor +}omsorg.");
  CHECK(word_diff("Vi ger oss aldrig.", "Vi ger aldrig efter.") ==
        "Vi ger [-oss -]aldrig{+ efter+}.");
  CHECK(word_diff("a b c d", "a x y d") == "a [-b c-]{+x y+} d");
  CHECK(word_diff("Samma text.", "Samma text.") == "Samma text.");
  CHECK(word_diff("", "Ny.") == "{+Ny.+}");
  CHECK(word_diff("Borta.", "") == "[-Borta.-]");
  CHECK(word_diff("rättigheter.", "rättigheter,") == "rättigheter[-.-]{+,+}");
}

TEST_CASE("word diff: very long texts are one replacement", "[text]") {
  std::string a, b;
  for (int i = 0; i < 1500; ++i) {
    a += "ord ";
    b += "ord ";
  }
  b += "till";
  std::string diff = samklang::word_diff(a, b);
  CHECK(diff.starts_with("[-ord"));
  CHECK(diff.ends_with("till+}"));
}

TEST_CASE("word diff: typography is no change unless it counts", "[text]") {
  using samklang::word_diff;
  CHECK(word_diff("Integritet – Vi står på fyra", "Integritet - Vi står på\u00a0fem") ==
        "Integritet - Vi står på\u00a0[-fyra-]{+fem+}");
  CHECK(word_diff("Integritet – Vi", "Integritet - Vi", true) == "Integritet [-–-]{+-+} Vi");
}
