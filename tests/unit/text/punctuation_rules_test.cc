#include "text/punctuation_rules.h"

#include <filesystem>

#include "catch.hpp"
#include "test_support.h"

namespace fs = std::filesystem;

using samklang::EndKind;
using samklang::LocalePunctuation;
using samklang::PunctuationRules;

namespace {

const fs::path kBundled = fs::path(SAMKLANG_SOURCE_DIR) / "rules" / "punctuation.toml";

PunctuationRules bundled() {
  auto rules = samklang::load_punctuation_rules({kBundled.string()});
  REQUIRE(rules);
  return *rules;
}

bool has(const std::vector<std::string>& list, const std::string& mark) {
  return std::find(list.begin(), list.end(), mark) != list.end();
}

std::string error_of(const std::string& content) {
  PunctuationRules rules;
  auto added = rules.add(content, "p.toml");
  if (added) return "no error";
  return samklang::format_error(added.error());
}

}  // namespace

TEST_CASE("punctuation rules: the bundled file gives each language its marks", "[text]") {
  PunctuationRules rules = bundled();

  LocalePunctuation sv = rules.for_lang("sv");
  REQUIRE(sv.quotes.size() >= 2);
  CHECK(sv.quotes[0].open == "”");
  CHECK(sv.quotes[0].close == "”");
  CHECK(sv.quotes[1].open == "’");
  CHECK_FALSE(sv.quotes_from_icu);
  CHECK(sv.described);
  CHECK(has(sv.no_space_before, ";"));  // from [default]
  CHECK(sv.marks(EndKind::question) == std::vector<std::string>{"?"});

  LocalePunctuation el = rules.for_lang("el");
  CHECK(has(el.marks(EndKind::question), ";"));
  CHECK(has(el.marks(EndKind::question), "\u037E"));
  CHECK_FALSE(has(el.marks(EndKind::semicolon), ";"));

  LocalePunctuation es = rules.for_lang("es");
  CHECK(es.question_open == "¿");
  CHECK(es.exclamation_open == "¡");
  CHECK(es.quotes[0].open == "«");

  CHECK(rules.for_lang("th").end_optional);
  CHECK_FALSE(rules.for_lang("en").end_optional);
  CHECK(has(rules.for_lang("hi").marks(EndKind::full_stop), "।"));
  CHECK(has(rules.for_lang("hy").marks(EndKind::full_stop), "։"));
  CHECK(has(rules.for_lang("ar").marks(EndKind::question), "؟"));
  CHECK(has(rules.for_lang("zh").marks(EndKind::question), "？"));
  CHECK(has(rules.for_lang("ja").marks(EndKind::question), "。"));
}

TEST_CASE("punctuation rules: a longer tag inherits key by key", "[text]") {
  PunctuationRules rules = bundled();
  LocalePunctuation fr = rules.for_lang("fr");
  CHECK(fr.space_before == std::vector<std::string>{";", ":", "!", "?"});
  CHECK(fr.spaced_quotes == std::vector<std::string>{"«", "»"});
  CHECK_FALSE(has(fr.no_space_before, "?"));

  LocalePunctuation ca = rules.for_lang("fr-CA");
  CHECK(ca.space_before == std::vector<std::string>{":"});
  CHECK(ca.space_before_optional == std::vector<std::string>{";", "!", "?"});
  CHECK(ca.quotes[0].open == "«");  // from [fr]

  LocalePunctuation sr = rules.for_lang("sr_latn");  // canonicalised
  CHECK(sr.quotes[0].open == "„");
  CHECK(sr.quotes[0].close == "“");
  CHECK(sr.quotes[1].open == "’");

  LocalePunctuation ch = rules.for_lang("de-CH");
  CHECK(ch.quotes[0].open == "«");
  CHECK(rules.for_lang("de-AT").quotes[0].open == "„");
}

TEST_CASE("punctuation rules: a language the file does not list takes CLDR's quotes", "[text]") {
  PunctuationRules rules = bundled();
  LocalePunctuation cs = rules.for_lang("cs");
  CHECK_FALSE(cs.described);
  CHECK(cs.quotes_from_icu);
  REQUIRE(cs.quotes.size() == 2);
  CHECK(cs.quotes[0].open == "„");
  CHECK(cs.quotes[0].close == "“");
  CHECK(cs.quotes[1].open == "‚");
  CHECK(cs.marks(EndKind::full_stop) == std::vector<std::string>{"."});  // [default]
  // A language ICU knows nothing of: no quotation marks to check.
  CHECK(rules.for_lang("tlh").quotes.empty());
  CHECK(samklang::icu_quotes("fi")[0].open == "”");
  CHECK(samklang::icu_quotes("de-AT")[0].open == "„");
  CHECK(samklang::icu_quotes("xx").empty());
}

TEST_CASE("punctuation rules: a project's file replaces and adds, key by key", "[text]") {
  PunctuationRules rules = bundled();
  REQUIRE(rules.add("[sv]\nquotes = [[\"«\", \"»\"]]\n\n[tlh]\nfull_stop = [\"⁂\"]\n", "own.toml"));
  LocalePunctuation sv = rules.for_lang("sv");
  REQUIRE(sv.quotes.size() == 1);
  CHECK(sv.quotes[0].open == "«");
  CHECK(has(sv.no_space_before, ","));  // still [default]'s
  LocalePunctuation tlh = rules.for_lang("tlh");
  CHECK(tlh.described);
  CHECK(tlh.marks(EndKind::full_stop) == std::vector<std::string>{"⁂"});
  CHECK(tlh.marks(EndKind::question) == std::vector<std::string>{"?"});
}

TEST_CASE("punctuation rules: a malformed file is an error at its line and column", "[text]") {
  auto [content, expected] = GENERATE(table<std::string, std::string>({
      {"[sv\nquotes = []\n", "p.toml:1:4: error: "},
      {"[sv]\nquotes = \"”\"\n",
       "p.toml:2:10: error: 'quotes' must be a list of [opening, closing] pairs, e.g. [[\"“\", "
       "\"”\"]]"},
      {"[sv]\nquotes = [[\"”\"]]\n",
       "p.toml:2:11: error: 'quotes' must be a list of [opening, closing] pairs, e.g. [[\"“\", "
       "\"”\"]]"},
      {"[en]\nfull_stop = [\".\", 1]\n", "p.toml:2:19: error: 'full_stop' must list strings"},
      {"[en]\nfull_stop = [\"\"]\n", "p.toml:2:14: error: 'full_stop' lists an empty mark"},
      {"[en]\nend_optional = \"yes\"\n",
       "p.toml:2:16: error: 'end_optional' must be true or false"},
      {"[en]\nfullstop = [\".\"]\n",
       "p.toml:2:12: error: unknown key 'fullstop' in [en]; expected "},
      {"sv = 1\n",
       "p.toml:1:6: error: 'sv' must be a section: [default] or a language tag such as [fr]"},
      {"[sweden]\n",
       "p.toml:1:1: error: 'sweden' is not a language tag; name a section [default] or "
       "e.g. [sr-Latn]"},
  }));
  INFO(content);
  std::string error = error_of(content);
  CHECK(error.starts_with(expected));
}

TEST_CASE("punctuation rules: a file that cannot be read is an error naming it", "[text]") {
  auto rules = samklang::load_punctuation_rules({"/nonexistent/punctuation.toml"});
  REQUIRE_FALSE(rules);
  CHECK(samklang::format_error(rules.error()) ==
        "/nonexistent/punctuation.toml: error: cannot read the punctuation rules file");
}
