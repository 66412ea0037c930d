#include "text/signoff_key.h"

#include "catch.hpp"

TEST_CASE("signoff key: typography and white space alone do not change it", "[text]") {
  using samklang::signoff_key;
  const std::string plain = "Integritet - Vi står upp för \"vår\" sak, 'nu'...";
  auto variant = GENERATE(as<std::string>{}, "Integritet – Vi står upp för “vår” sak, ‘nu’…",
                          "Integritet — Vi står\u00a0upp för «vår» sak, ’nu’...",
                          "  Integritet -  Vi står upp\tför \"vår\" sak, 'nu'... ",
                          "Integritet - Vi st\u00ADår upp för \"vår\" sak, 'nu'...",
                          "Integritet - Vi sta\u030Ar upp för \"vår\" sak, 'nu'...");
  CHECK(signoff_key(variant) == signoff_key(plain));
  CHECK(samklang::signoff_fingerprint(signoff_key(variant)) ==
        samklang::signoff_fingerprint(signoff_key(plain)));
}

TEST_CASE("signoff key: words, case and punctuation still count", "[text]") {
  using samklang::signoff_key;
  CHECK(signoff_key("Vår vision.") != signoff_key("vår vision."));
  CHECK(signoff_key("Vår vision.") != signoff_key("Vår vision!"));
  CHECK(signoff_key("på fyra kontinenter") != signoff_key("på fem kontinenter"));
  CHECK(samklang::signoff_fingerprint("a").size() == 16);
  // Stored in lockfiles: the fingerprint of a text must never change.
  CHECK(samklang::signoff_fingerprint(signoff_key("Vår vision.")) == "dc054bb478f6c0b0");
}
