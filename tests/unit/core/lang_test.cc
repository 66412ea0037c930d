#include "core/lang.h"

#include "catch.hpp"

TEST_CASE("lang: canonical tags and base language", "[core]") {
  CHECK(samklang::lang_canonical("sr_latn") == "sr-Latn");
  CHECK(samklang::lang_canonical("PT-br") == "pt-BR");
  CHECK(samklang::lang_base("sr-Latn") == "sr");
  CHECK(samklang::lang_is_plausible("sv"));
  CHECK(samklang::lang_is_plausible("sr-Latn"));
  CHECK_FALSE(samklang::lang_is_plausible("mission"));
  CHECK_FALSE(samklang::lang_is_plausible("x"));
}
