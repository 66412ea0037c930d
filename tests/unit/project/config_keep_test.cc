// [untranslated] keep in samklang.toml.
#include "catch.hpp"
#include "project/config.h"

using samklang::parse_config;

TEST_CASE("config: [untranslated] keep lists words that stay the same", "[project]") {
  auto config = parse_config(
      "source = \"sv\"\n[untranslated]\nkeep = [\"GNOME\", \"Civil Rights Defenders\"]\n",
      "samklang.toml");
  REQUIRE(config);
  CHECK(config->untranslated_keep == std::vector<std::string>{"GNOME", "Civil Rights Defenders"});

  SECTION("a list of something else is an error at its line") {
    auto bad = parse_config("source = \"sv\"\n[untranslated]\nkeep = [1, 2]\n", "samklang.toml");
    REQUIRE_FALSE(bad);
    CHECK(bad.error().where.line == 3);
    CHECK(bad.error().message.find("'keep'") != std::string::npos);
  }
  SECTION("an unknown key is an error") {
    auto bad = parse_config("source = \"sv\"\n[untranslated]\nkept = [\"x\"]\n", "samklang.toml");
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message.find("'kept'") != std::string::npos);
  }
}
