#include "terms/lint.h"

#include <string>

#include "catch.hpp"
#include "terms/termbase.h"

using samklang::lint_termbase;
using samklang::LintIssue;
using samklang::parse_termbase_tsv;
using samklang::Severity;

namespace {

const std::string kHeader = "concept\tlang\tterm\tstatus\tnote\n";

std::vector<LintIssue> lint(const std::string& rows, const std::vector<std::string>& targets = {}) {
  auto tb = parse_termbase_tsv(kHeader + rows, "terms.tsv");
  REQUIRE(tb.has_value());
  return lint_termbase(*tb, targets);
}

std::string dump(const std::vector<LintIssue>& issues) {
  std::string out;
  for (const LintIssue& i : issues)
    out += std::to_string(i.where.line) + ": " + samklang::severity_name(i.severity) + ": " +
           i.message + "\n";
  return out;
}

}  // namespace

TEST_CASE("termbase lint: a clean termbase stays silent", "[terms]") {
  auto issues = lint(
      "crd\t*\tCivil Rights Defenders\tdnt\n"
      "ccpr\tsv\tmedborgerliga och politiska rättigheter\tpreferred\n"
      "ccpr\ten\tcivil and political rights\tpreferred\n"
      "ccpr\ten\tcivic and political rights\tforbidden\n"
      "ccpr\tes\tderechos civiles y políticos\tpreferred\n"
      "mission\tsv\tuppdrag\tpreferred\n"
      "mission\ten\tmission\tpreferred\n"
      "mission\tes\tmisión\tpreferred\n",
      {"en", "es"});
  INFO(dump(issues));
  CHECK(issues.empty());
}

TEST_CASE("termbase lint: the same term twice in one concept", "[terms]") {
  auto issues = lint(
      "ccpr\ten\tcivil and political rights\tpreferred\n"
      "ccpr\ten\tCivil and Political Rights\tadmitted\n");
  INFO(dump(issues));
  REQUIRE(issues.size() == 1);
  CHECK(issues[0].severity == Severity::error);
  CHECK(issues[0].where.line == 3);
  CHECK(issues[0].message ==
        "'Civil and Political Rights' is listed twice in concept 'ccpr' for 'en' (also at line "
        "2); remove one");
}

TEST_CASE("termbase lint: one term in two concepts", "[terms]") {
  SECTION("approved in both is an error") {
    auto issues = lint(
        "partner\ten\tpartner\tpreferred\n"
        "partnership\ten\tpartner\tadmitted\n");
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].severity == Severity::error);
    CHECK(issues[0].message.starts_with(
        "'partner' is approved in both concept 'partner' and concept 'partnership' for 'en'"));
  }
  SECTION("forbidden in both is a warning") {
    auto issues = lint(
        "ccpr\ten\tcivil and political rights\tpreferred\n"
        "ccpr\ten\tcivic rights\tforbidden\n"
        "civil-rights\ten\tcivil rights\tpreferred\n"
        "civil-rights\ten\tcivic rights\tforbidden\n");
    INFO(dump(issues));
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].severity == Severity::warning);
    CHECK(issues[0].where.line == 5);
  }
  SECTION("a term of every language meets the same term of one") {
    auto issues = lint(
        "crd\t*\tCivil Rights Defenders\tdnt\n"
        "org\ten\tcivil rights defenders\tpreferred\n");
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].severity == Severity::error);
  }
  SECTION("the same spelling in two languages is fine") {
    CHECK(lint("value-integrity\tsv\tIntegritet\tpreferred\n"
               "value-integrity-sr\tsr-Latn\tIntegritet\tpreferred\n")
              .empty());
  }
}

TEST_CASE("termbase lint: a forbidden term that is also approved", "[terms]") {
  SECTION("in one concept") {
    auto issues = lint(
        "mission\ten\tmission\tpreferred\n"
        "mission\ten\tMission\tforbidden\n");
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].severity == Severity::error);
    CHECK(issues[0].message ==
          "'Mission' is both forbidden and approved in concept 'mission' for 'en' (also at line "
          "2); keep one status");
  }
  SECTION("in two concepts") {
    auto issues = lint(
        "mission\ten\tassignment\tforbidden\n"
        "mission\ten\tmission\tpreferred\n"
        "task\ten\tassignment\tpreferred\n");
    INFO(dump(issues));
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].severity == Severity::error);
    CHECK(issues[0].where.line == 4);
    CHECK(issues[0].message.starts_with(
        "'assignment' is forbidden in concept 'mission' but approved in concept 'task'"));
  }
}

TEST_CASE("termbase lint: a term inside another concept's term", "[terms]") {
  auto issues = lint(
      "ccpr\ten\tcivil and political rights\tpreferred\n"
      "iccpr\ten\tInternational Covenant on Civil and Political Rights\tpreferred\n"
      "human-rights\tsv\tmänskliga rättigheter\tpreferred\n"
      "hrd\tsv\tförsvarare av mänskliga rättigheterna\tpreferred\n");
  INFO(dump(issues));
  REQUIRE(issues.size() == 2);
  CHECK(issues[0].severity == Severity::note);
  CHECK(issues[0].where.line == 2);
  CHECK(issues[0].message ==
        "'civil and political rights' (ccpr) is part of 'International Covenant on Civil and "
        "Political Rights' (iccpr) in 'en'; the longest match wins, so there the text counts as "
        "'iccpr', never as 'ccpr'");
  // By stem: "rättigheterna" holds "rättigheter".
  CHECK(issues[1].where.line == 4);
  CHECK(issues[1].message.starts_with("'mänskliga rättigheter' (human-rights) is part of"));
}

TEST_CASE("termbase lint: concepts without an approved term", "[terms]") {
  SECTION("a gap in a target language") {
    auto issues = lint(
        "vision\tsv\tvision\tpreferred\n"
        "vision\ten\tvision\tpreferred\n"
        "crd\t*\tCivil Rights Defenders\tdnt\n",
        {"en", "sr-Latn"});
    INFO(dump(issues));
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].severity == Severity::warning);
    CHECK(issues[0].where.line == 2);
    CHECK(issues[0].message ==
          "concept 'vision' has no approved term in 'sr-Latn' (termbase gap); add a preferred "
          "'sr-Latn' term or mark the concept dnt");
  }
  SECTION("only forbidden terms in a language") {
    auto issues = lint(
        "mission\tsv\tuppdrag\tpreferred\n"
        "mission\ten\tassignment\tforbidden\n",
        {"en"});
    INFO(dump(issues));
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].severity == Severity::warning);
    CHECK(issues[0].where.line == 3);
    CHECK(issues[0].message.starts_with("concept 'mission' forbids 'assignment' in 'en'"));
  }
}

TEST_CASE("termbase lint: the bundled termbase has no errors", "[terms]") {
  const std::string path = std::string(SAMKLANG_SOURCE_DIR) + "/rules/terms.tsv";
  auto tb = samklang::load_termbase_tsv(path);
  REQUIRE(tb.has_value());
  auto issues = lint_termbase(*tb, {"en", "es", "sr-Latn"});
  INFO(dump(issues));
  for (const LintIssue& issue : issues) CHECK(issue.severity == Severity::note);
  // The known longest-match hazard is reported.
  bool ccpr_in_iccpr = false;
  for (const LintIssue& issue : issues)
    if (issue.message.starts_with("'civil and political rights' (ccpr) is part of"))
      ccpr_in_iccpr = true;
  CHECK(ccpr_in_iccpr);
}
