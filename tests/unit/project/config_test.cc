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

TEST_CASE("config: [languages.<lang>] ignore and [baseline] path", "[project][suppress]") {
  auto config = parse_config(R"(source = "sv"
targets = ["en", "th", "sr-Latn"]

[languages.th]
ignore = ["untranslated", "number-mismatch"]

[languages.sr_latn]
ignore = []

[baseline]
path = "ci/accepted.baseline"
)",
                             "proj/samklang.toml");
  REQUIRE(config);
  REQUIRE(config->language_ignores.count("th") == 1);
  const auto& th = config->language_ignores.at("th");
  REQUIRE(th.size() == 2);
  CHECK(th[0].id == "untranslated");
  CHECK(th[1].id == "number-mismatch");
  CHECK(th[1].where.line == 5);
  CHECK(th[1].where.column == 27);
  CHECK(config->language_ignores.at("sr-Latn").empty());
  CHECK(config->baseline == "ci/accepted.baseline");
  CHECK(samklang::resolve_path(*config, config->baseline) == "proj/ci/accepted.baseline");
}

TEST_CASE("config: the new settings' errors name the line and column", "[project][suppress]") {
  struct Case {
    std::string text;
    int line;
    int column;
    std::string says;
  };
  auto c = GENERATE(values<Case>({
      {"source = \"sv\"\n[languages.thai-language-x]\nignore = []\n", 2, 12, "not a language tag"},
      {"source = \"sv\"\n[languages.th]\nskip = [\"untranslated\"]\n", 3, 1, "unknown key 'skip'"},
      {"source = \"sv\"\n[languages.th]\nignore = \"untranslated\"\n", 3, 10, "list of rule ids"},
      {"source = \"sv\"\n[languages.th]\nignore = [\"untranslated\", 3]\n", 3, 27, "as strings"},
      {"source = \"sv\"\nlanguages = 3\n", 2, 13, "must be a table"},
      {"source = \"sv\"\n[baseline]\npath = \"\"\n", 3, 8, "must be a file name"},
      {"source = \"sv\"\n[baseline]\nfile = \"x\"\n", 3, 1, "unknown key 'file' in [baseline]"},
  }));
  auto config = parse_config(c.text, "samklang.toml");
  INFO(c.text);
  REQUIRE_FALSE(config);
  INFO(config.error().message);
  CHECK(config.error().where.line == c.line);
  CHECK(config.error().where.column == c.column);
  CHECK(config.error().message.find(c.says) != std::string::npos);
}

TEST_CASE("config: a rule's place is its key", "[project]") {
  auto config =
      parse_config("source = \"sv\"\n[rules]\n  term-mising = \"off\"\n", "samklang.toml");
  REQUIRE(config);
  CHECK(config->rules.at("term-mising").where.line == 3);
  CHECK(config->rules.at("term-mising").where.column == 3);
}
