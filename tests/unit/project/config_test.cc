#include "project/config.h"

#include "catch.hpp"

using samklang::parse_config;

TEST_CASE("config: reads languages, documents, termbases and rules", "[project]") {
  auto config = parse_config(R"(source = "sv"
targets = ["en", "es", "sr_latn"]
documents = ["catalogs/{lang}/mission.md"]
termbases = "rules/terms.tsv"
[rules]
segment-extra = "note"
untranslated = "off"
)",
                             "proj/samklang.toml");
  REQUIRE(config);
  CHECK(config->source_lang == "sv");
  CHECK(config->target_langs == std::vector<std::string>{"en", "es", "sr-Latn"});
  CHECK(config->termbases == std::vector<std::string>{"rules/terms.tsv"});
  CHECK(config->rules.at("segment-extra").severity == samklang::Severity::note);
  CHECK_FALSE(config->rules.at("untranslated").enabled);
  CHECK(samklang::resolve_path(*config, "catalogs/sv/mission.md") == "proj/catalogs/sv/mission.md");
}

TEST_CASE("config: errors name the line and column", "[project]") {
  SECTION("bad severity") {
    auto config =
        parse_config("source = \"sv\"\n[rules]\nterm-missing = \"loud\"\n", "samklang.toml");
    REQUIRE_FALSE(config);
    CHECK(config.error().where.line == 3);
    CHECK(config.error().message.find("'loud'") != std::string::npos);
  }
  SECTION("syntax error") {
    auto config = parse_config("source = \"sv\"\ntargets = [\"en\"\n", "samklang.toml");
    REQUIRE_FALSE(config);
    CHECK(config.error().where.line >= 2);
  }
  SECTION("unknown key") {
    auto config = parse_config("source = \"sv\"\ntarget = [\"en\"]\n", "samklang.toml");
    REQUIRE_FALSE(config);
    CHECK(config.error().where.line == 2);
    CHECK(config.error().message.find("'target'") != std::string::npos);
  }
  SECTION("document without {lang}") {
    auto config = parse_config("source = \"sv\"\ndocuments = [\"mission.md\"]\n", "samklang.toml");
    REQUIRE_FALSE(config);
  }
  SECTION("no source") {
    auto config = parse_config("targets = [\"en\"]\n", "samklang.toml");
    REQUIRE_FALSE(config);
  }
}
