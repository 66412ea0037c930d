#include "engine/suppress.h"

#include "catch.hpp"

using samklang::Baseline;
using samklang::Finding;
using samklang::Place;

namespace {

Finding finding(std::string rule, std::string lang, int line, std::string target) {
  Finding f;
  f.rule = std::move(rule);
  f.source_lang = "sv";
  f.target_lang = std::move(lang);
  f.message = "'civic and political rights' is forbidden; use 'civil and political rights'";
  f.source = Place{"catalogs/sv/mission.md", line, 1, "p3", "Vårt uppdrag är att försvara …"};
  f.target = Place{"catalogs/en/mission.md", line, 1, "p3", std::move(target)};
  return f;
}

}  // namespace

TEST_CASE("suppress: the fingerprint ignores lines, not the text", "[engine][baseline]") {
  const std::string key = "catalogs/en/mission.md";
  Finding a = finding("term-forbidden", "en", 11, "Our mission is to defend civic rights.");
  Finding moved = finding("term-forbidden", "en", 40, "Our mission is to defend civic rights.");
  moved.target->column = 7;
  CHECK(samklang::finding_fingerprint(a, key) == samklang::finding_fingerprint(moved, key));
  Finding edited = finding("term-forbidden", "en", 11, "Our mission: to defend civic rights.");
  CHECK(samklang::finding_fingerprint(a, key) != samklang::finding_fingerprint(edited, key));
  CHECK(samklang::finding_fingerprint(a, key) != samklang::finding_fingerprint(a, "en.md"));
  CHECK(samklang::finding_fingerprint(a, key).size() == 16);
}

TEST_CASE("suppress: one baseline entry accepts one finding", "[engine][baseline]") {
  std::vector<Finding> findings = {finding("untranslated", "en", 3, "Civil Rights Defenders"),
                                   finding("untranslated", "en", 9, "Civil Rights Defenders"),
                                   finding("term-forbidden", "en", 11, "civic rights")};
  findings[2].term = samklang::TermInfo{"ccpr",
                                        "medborgerliga och politiska rättigheter",
                                        {"civil and political rights"},
                                        "civic and political rights",
                                        "exact"};
  for (Finding& f : findings) f.fingerprint = samklang::finding_fingerprint(f, "en.md");
  Baseline baseline;
  baseline.entries = {samklang::baseline_entry(findings[0], "en.md"),
                      samklang::baseline_entry(findings[2], "en.md")};
  baseline.entries.push_back(samklang::baseline_entry(findings[2], "en.md"));
  baseline.entries.back().fingerprint = "00000000000000ff";
  baseline.entries.push_back(baseline.entries.back());
  baseline.entries.back().file = "es.md";

  auto split = samklang::split_by_baseline(findings, baseline, {"en.md", "sv.md"});
  // The same sentence twice needs two entries: the second is new.
  REQUIRE(split.reported.size() == 1);
  CHECK(split.reported[0].target->line == 9);
  CHECK(split.baselined.size() == 2);
  // The entry of es.md, which was not checked, is not stale.
  REQUIRE(split.stale.size() == 1);
  CHECK(split.stale[0].file == "en.md");
  CHECK(baseline.entries[1].context == "'civic and political rights': civic rights");
}

TEST_CASE("suppress: a language's ignores drop its findings only", "[engine][suppress]") {
  std::vector<Finding> findings = {finding("untranslated", "th", 3, "Civil Rights Defenders"),
                                   finding("untranslated", "en", 3, "Civil Rights Defenders"),
                                   finding("term-missing", "th", 5, "สิทธิพลเมือง")};
  std::map<samklang::Lang, std::vector<samklang::RuleRef>> ignores;
  ignores["th"] = {{"untranslated", {}}};
  samklang::drop_ignored(findings, ignores);
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].target_lang == "en");
  CHECK(findings[1].rule == "term-missing");
}
