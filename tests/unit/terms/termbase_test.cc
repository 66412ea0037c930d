#include "terms/termbase.h"

#include <filesystem>
#include <fstream>
#include <string>

#include "catch.hpp"

using samklang::CasePolicy;
using samklang::MatchMode;
using samklang::parse_termbase_tsv;
using samklang::TermStatus;

namespace {

const char* const kDesignExample =
    "concept\tlang\tterm\tstatus\tnote\n"
    "crd\t*\tCivil Rights Defenders\tdnt\torganisation name, never translated\n"
    "ccpr\tsv\tmedborgerliga och politiska rättigheter\tpreferred\n"
    "ccpr\ten\tcivil and political rights\tpreferred\n"
    "ccpr\ten\tcivic and political rights\tforbidden\tuse \"civil and political rights\"\n";

}  // namespace

TEST_CASE("termbase: status, match and case names", "[terms]") {
  CHECK(std::string(samklang::term_status_name(TermStatus::dnt)) == "dnt");
  CHECK(std::string(samklang::term_status_name(TermStatus::forbidden)) == "forbidden");
  CHECK(samklang::parse_term_status("admitted") == TermStatus::admitted);
  CHECK(samklang::parse_term_status("Preferred") == TermStatus::preferred);
  CHECK_FALSE(samklang::parse_term_status("preferd").has_value());
  CHECK(samklang::parse_match_mode("prefix") == MatchMode::prefix);
  CHECK(samklang::parse_match_mode("compound") == MatchMode::compound);
  CHECK_FALSE(samklang::parse_match_mode("fuzzy").has_value());
  CHECK(samklang::parse_case_policy("permissive") == CasePolicy::permissive);
  CHECK_FALSE(samklang::parse_case_policy("upper").has_value());
}

TEST_CASE("termbase: which languages a term applies to", "[terms]") {
  CHECK(samklang::term_lang_applies("*", "th"));
  CHECK(samklang::term_lang_applies("sv", "sv"));
  CHECK(samklang::term_lang_applies("sv", "sv-FI"));
  CHECK_FALSE(samklang::term_lang_applies("sv", "svx"));
  CHECK_FALSE(samklang::term_lang_applies("sv", "en"));
  CHECK(samklang::term_lang_applies("sr-Latn", "sr-Latn"));
  CHECK(samklang::term_lang_applies("sr-Latn", "sr_latn_RS"));
  CHECK_FALSE(samklang::term_lang_applies("sr-Latn", "sr-Cyrl"));
  CHECK_FALSE(samklang::term_lang_applies("sr-Latn", "sr"));
}

TEST_CASE("termbase: reads the DESIGN.md example", "[terms]") {
  auto tb = parse_termbase_tsv(kDesignExample, "rules/terms.tsv");
  REQUIRE(tb.has_value());
  REQUIRE(tb->terms.size() == 4);
  const auto& crd = tb->terms[0];
  CHECK(crd.concept_id == "crd");
  CHECK(crd.lang == "*");
  CHECK(crd.status == TermStatus::dnt);
  CHECK(crd.note == "organisation name, never translated");
  CHECK(crd.where.file == "rules/terms.tsv");
  CHECK(crd.where.line == 2);
  CHECK(crd.where.column == 1);
  CHECK(tb->terms[1].text == "medborgerliga och politiska rättigheter");
  CHECK(tb->terms[1].note.empty());  // trailing note column omitted
  CHECK(tb->terms[3].status == TermStatus::forbidden);
  CHECK_FALSE(tb->terms[3].approved());
  CHECK(tb->concept_terms("ccpr") == std::vector<size_t>{1, 2, 3});
  CHECK(tb->concept_terms("none").empty());
}

TEST_CASE("termbase: optional match and case columns in any order", "[terms]") {
  auto tb = parse_termbase_tsv(
      "# termbase\n\ncase\tterm\tconcept\tmatch\tlang\tstatus\n"
      "sensitive\tUN\tun\texact\tEN_gb\tpreferred\n"
      "\tderechos civiles y políticos\tccpr\t\tes\tadmitted\n",
      "t.tsv");
  REQUIRE(tb.has_value());
  REQUIRE(tb->terms.size() == 2);
  CHECK(tb->terms[0].casing == CasePolicy::sensitive);
  CHECK(tb->terms[0].match == MatchMode::exact);
  CHECK(tb->terms[0].lang == "en-GB");
  CHECK(tb->terms[0].where.line == 4);
  CHECK(tb->terms[1].casing == CasePolicy::insensitive);
  CHECK(tb->terms[1].match == MatchMode::stem);
  CHECK(tb->terms[1].status == TermStatus::admitted);
}

TEST_CASE("termbase: CRLF line ends and a BOM", "[terms]") {
  auto tb = parse_termbase_tsv(
      "\xEF\xBB\xBF"
      "concept\tlang\tterm\tstatus\tnote\r\n"
      "ccpr\tsr-latn\tgrađanska i politička prava\tpreferred\tsrpski\r\n",
      "crlf.tsv");
  REQUIRE(tb.has_value());
  REQUIRE(tb->terms.size() == 1);
  CHECK(tb->terms[0].concept_id == "ccpr");
  CHECK(tb->terms[0].lang == "sr-Latn");
  CHECK(tb->terms[0].note == "srpski");  // no '\r' left
}

TEST_CASE("termbase: errors name the line and column", "[terms]") {
  struct Case {
    const char* content;
    int line;
    int column;
    const char* message;
  };
  auto c = GENERATE(
      Case{"concept\tlang\tterm\tstatus\tnote\nccpr\tsv\trättigheter\tpreferd\n", 2, 21,
           "unknown status 'preferd'; expected preferred, admitted, forbidden or dnt"},
      Case{"concept\tlang\tterm\tstatus\tnote\n# c\nccpr\tsv\trätt\n", 3, 13,
           "expected 5 columns, found 3"},
      Case{"concept\tlang\tterm\tstatus\tnote\nx\tsv\tt\tdnt\tn\textra\n", 2, 14,
           "expected 5 columns, found 6"},
      Case{"concept\tlang\tterm\tnote\n", 1, 1, "missing header column 'status'"},
      Case{"concept\tlang\tterm\tstatus\nccpr\tsv\t  \tpreferred\n", 2, 11, "empty term"},
      Case{"concept\tlang\tterm\tstatus\nccpr\tsv\tr\xC3\xA4tt\xC3\tpreferred\n", 2, 13,
           "invalid UTF-8"},
      Case{"concept\tlang\tterm\tstatus\tmatch\nx\ten\trights\tpreferred\tfuzzy\n", 2, 23,
           "unknown match mode 'fuzzy'; expected stem, exact, prefix, regex or compound"},
      Case{"concept\tlang\tterm\tstatus\tcase\nx\ten\trights\tdnt\tUPPER\n", 2, 17,
           "unknown case policy 'UPPER'; expected insensitive, sensitive or permissive"},
      Case{"concept\tlang\tterm\tstatus\tmatch\nx\ten\trights (\tdnt\tregex\n", 2, 6,
           "invalid regular expression 'rights (': U_REGEX_MISMATCHED_PAREN"},
      Case{"concept\tlang\tterm\tstatus\tstauts\n", 1, 26,
           "unknown header column 'stauts'; expected concept, lang, term, status, note, match "
           "or case"},
      Case{"concept\tlang\tterm\tstatus\nx\tsvenska\tord\tdnt\n", 2, 3,
           "invalid language tag 'svenska'"},
      Case{"# only a comment\n", 0, 0,
           "no header row; expected concept, lang, term, status and note"});
  auto tb = parse_termbase_tsv(c.content, "terms.tsv");
  REQUIRE_FALSE(tb.has_value());
  CHECK(tb.error().where.file == "terms.tsv");
  CHECK(tb.error().where.line == c.line);
  CHECK(tb.error().where.column == c.column);
  CHECK(tb.error().message == c.message);
}

TEST_CASE("termbase: loads a file and reports a missing one", "[terms]") {
  auto path = (std::filesystem::temp_directory_path() / "samklang_termbase_test.tsv").string();
  {
    std::ofstream out(path, std::ios::binary);
    out << "concept\tlang\tterm\tstatus\r\nhrd\ten\thuman rights defenders\tpreferred\r\n";
  }
  auto tb = samklang::load_termbase_tsv(path);
  std::filesystem::remove(path);
  REQUIRE(tb.has_value());
  REQUIRE(tb->terms.size() == 1);
  CHECK(tb->terms[0].where.file == path);
  CHECK(tb->terms[0].text == "human rights defenders");
  auto missing = samklang::load_termbase_tsv("no/such/terms.tsv");
  REQUIRE_FALSE(missing.has_value());
  CHECK(missing.error().where.file == "no/such/terms.tsv");
}
