// The tool's own messages in Swedish (LANG=sv_SE.UTF-8) and English, and the
// machine formats byte for byte the same whatever the locale.
#include <nlohmann/json.hpp>

#include "catch.hpp"
#include "cli/run_binary.h"

namespace fs = std::filesystem;
using samklang::testing::run_samklang;
using samklang::testing::TempDir;

namespace {

const std::vector<std::string> kSwedish{"LANG=sv_SE.UTF-8"};
const std::vector<std::string> kSwedishAll{"LC_ALL=sv_SE.UTF-8"};
const std::vector<std::string> kC{"LANG=C"};

// The last line of the text report: the totals.
std::string last_line(const std::string& text) {
  std::string trimmed = text.substr(0, text.find_last_not_of('\n') + 1);
  return trimmed.substr(trimmed.rfind('\n') + 1);
}

// One number differs: exactly one finding, an error.
void write_one_error(const TempDir& dir) {
  dir.write("sv.md", "Vi har 12 kontor i Sverige och arbetar i hela världen.\n");
  dir.write("en.md", "We have 13 offices in Sweden and work all over the world.\n");
}

// Two numbers differ in two paragraphs: two errors.
void write_two_errors(const TempDir& dir) {
  dir.write("sv.md",
            "Vi har 12 kontor i Sverige och arbetar i hela världen.\n\n"
            "Organisationen grundades 1982 av en grupp jurister.\n");
  dir.write("en.md",
            "We have 13 offices in Sweden and work all over the world.\n\n"
            "The organisation was founded in 1983 by a group of lawyers.\n");
}

const std::vector<std::string> kCheck{"check", "--source-lang", "sv", "sv=sv.md", "en=en.md"};

std::vector<std::string> with(std::vector<std::string> args, const std::vector<std::string>& more) {
  args.insert(args.end(), more.begin(), more.end());
  return args;
}

}  // namespace

TEST_CASE("i18n cli: one finding is counted in the singular", "[cli][i18n]") {
  TempDir dir;
  write_one_error(dir);
  auto english = run_samklang(kCheck, dir.path());
  auto swedish = run_samklang(kCheck, dir.path(), kSwedish);
  INFO(english.out << swedish.out << swedish.err);
  CHECK(english.exit_code == 1);
  CHECK(swedish.exit_code == 1);
  CHECK(last_line(english.out) == "1 error, 0 warnings, 0 notes");
  CHECK(last_line(swedish.out) == "1 fel, 0 varningar, 0 anmärkningar");
  // The finding line keeps its shape: the severity word is translated, the
  // location and the rule id are not; the finding's own message stays English.
  CHECK(english.out.starts_with("en.md:1:9: error: "));
  CHECK(swedish.out.starts_with("en.md:1:9: fel: "));
  CHECK(swedish.out.find("[number-mismatch]") != std::string::npos);
  // The summary table's header.
  CHECK(english.out.find("language  segments  translated  missing  outdated  findings") !=
        std::string::npos);
  CHECK(swedish.out.find("språk  segment  översatta  saknas  inaktuella  fynd") !=
        std::string::npos);
}

TEST_CASE("i18n cli: several findings take the plural", "[cli][i18n]") {
  TempDir dir;
  write_two_errors(dir);
  auto english = run_samklang(kCheck, dir.path(), kC);
  auto swedish = run_samklang(kCheck, dir.path(), kSwedishAll);
  INFO(english.out << swedish.out << swedish.err);
  CHECK(last_line(english.out) == "2 errors, 0 warnings, 0 notes");
  CHECK(last_line(swedish.out) == "2 fel, 0 varningar, 0 anmärkningar");
}

TEST_CASE("i18n cli: a clean run says so in the user's language", "[cli][i18n]") {
  TempDir dir;
  dir.write("sv.md", "Vi har 12 kontor i Sverige.\n");
  dir.write("en.md", "We have 12 offices in Sweden.\n");
  auto english = run_samklang(kCheck, dir.path());
  auto swedish = run_samklang(kCheck, dir.path(), kSwedish);
  CHECK(english.exit_code == 0);
  CHECK(last_line(english.out) == "no findings");
  CHECK(last_line(swedish.out) == "inga fynd");
}

TEST_CASE("i18n cli: LC_ALL=C beats a Swedish LANG, and unknown languages are English",
          "[cli][i18n]") {
  TempDir dir;
  write_one_error(dir);
  auto english = run_samklang(kCheck, dir.path());
  for (const auto& env :
       std::vector<std::vector<std::string>>{{"LC_ALL=C", "LANG=sv_SE.UTF-8"},
                                             {"LC_ALL=POSIX", "LC_MESSAGES=sv_SE.UTF-8"},
                                             {"LANG=de_DE.UTF-8"},
                                             {"LANG="}}) {
    INFO(env.front());
    auto run = run_samklang(kCheck, dir.path(), env);
    CHECK(run.out == english.out);
    CHECK(run.err == english.err);
  }
  // Swedish from LC_MESSAGES and from Finland-Swedish too.
  for (const auto& env : std::vector<std::vector<std::string>>{
           {"LC_MESSAGES=sv_SE.UTF-8", "LANG=en_US.UTF-8"}, {"LANG=sv_FI.UTF-8"}}) {
    INFO(env.front());
    CHECK(last_line(run_samklang(kCheck, dir.path(), env).out) ==
          "1 fel, 0 varningar, 0 anmärkningar");
  }
}

TEST_CASE("i18n cli: machine formats are byte-identical in every locale", "[cli][i18n]") {
  TempDir dir;
  write_two_errors(dir);
  auto format = GENERATE(as<std::string>{}, "json", "sarif", "junit", "github");
  INFO(format);
  auto args = with(kCheck, {"--format", format});
  auto c = run_samklang(args, dir.path(), kC);
  auto unset = run_samklang(args, dir.path());
  auto swedish = run_samklang(args, dir.path(), kSwedish);
  auto swedish_all = run_samklang(args, dir.path(), kSwedishAll);
  REQUIRE(c.exit_code == 1);
  REQUIRE(!c.out.empty());
  CHECK(swedish.out == c.out);
  CHECK(swedish_all.out == c.out);
  CHECK(unset.out == c.out);
  CHECK(swedish.exit_code == c.exit_code);
  // Counts stay plain digits; the severity is the rule's, in English.
  if (format == "json") {
    auto report = nlohmann::json::parse(swedish.out);
    CHECK(report["findings"][0]["severity"] == "error");
    CHECK(report["findings"][0]["rule"] == "number-mismatch");
  }
}

TEST_CASE("i18n cli: errors on stderr say 'fel' and keep their shape", "[cli][i18n]") {
  TempDir dir;
  auto english = run_samklang({"check", "--config", "missing.toml"}, dir.path());
  auto swedish = run_samklang({"check", "--config", "missing.toml"}, dir.path(), kSwedish);
  CHECK(english.exit_code == 2);
  CHECK(swedish.exit_code == 2);
  INFO(english.err << swedish.err);
  REQUIRE(english.err.starts_with("missing.toml"));
  // Only the severity word differs.
  std::string expected = english.err;
  expected.replace(expected.find(": error: "), 9, ": fel: ");
  CHECK(swedish.err == expected);
}

TEST_CASE("i18n cli: status, init and accept speak Swedish", "[cli][i18n]") {
  TempDir dir;
  write_one_error(dir);
  auto status = run_samklang({"status", "sv=sv.md", "en=en.md"}, dir.path(), kSwedish);
  INFO(status.out << status.err);
  CHECK(status.exit_code == 0);
  CHECK(
      status.out.starts_with("dokument  språk  segment  ord  översatta  saknas  inaktuella  "
                             "luddiga\n"));
  auto markdown = run_samklang({"status", "--format", "markdown", "sv=sv.md", "en=en.md"},
                               dir.path(), kSwedish);
  CHECK(markdown.out.starts_with("| dokument | språk | segment |"));
  auto english_json =
      run_samklang({"status", "--format", "json", "sv=sv.md", "en=en.md"}, dir.path(), kC);
  auto swedish_json =
      run_samklang({"status", "--format", "json", "sv=sv.md", "en=en.md"}, dir.path(), kSwedish);
  CHECK(swedish_json.out == english_json.out);

  auto accept = run_samklang({"accept", "sv=sv.md", "en=en.md"}, dir.path(), kSwedish);
  INFO(accept.err);
  CHECK(accept.exit_code == 0);
  CHECK(accept.out == "en.md: en: 1 par godkänt\nsamklang.lock: 1 par godkänt\n");

  TempDir project;
  auto init = run_samklang({"init"}, project.path(), kSwedish);
  CHECK(init.out == "skrev samklang.toml och rules/terms.tsv\n");
  // The files written are the same in every language.
  TempDir english_project;
  run_samklang({"init"}, english_project.path());
  CHECK(samklang::testing::read_file(project.path() / "samklang.toml") ==
        samklang::testing::read_file(english_project.path() / "samklang.toml"));
}

TEST_CASE("i18n cli: the help names the subcommands in Swedish", "[cli][i18n]") {
  auto help = run_samklang({"--help"}, fs::temp_directory_path(), kSwedish);
  INFO(help.out);
  CHECK(help.exit_code == 0);
  CHECK(help.out.find("Användning:") != std::string::npos);
  CHECK(help.out.find("Underkommandon:") != std::string::npos);
  CHECK(help.out.find("kontrollera översättningarna mot källtexten och termbasen") !=
        std::string::npos);
  // The subcommand names themselves are not translated.
  CHECK(help.out.find("  check ") != std::string::npos);
  auto english = run_samklang({"--help"}, fs::temp_directory_path());
  CHECK(english.out.find("check translations against the source and the termbase") !=
        std::string::npos);
  CHECK(english.out.find("Subcommands:") != std::string::npos);
}

TEST_CASE("i18n cli: the messages rules mark translatable are Swedish, their quotes kept",
          "[cli][i18n]") {
  TempDir dir;
  // The second Swedish sentence has no translation (quoted cut at 60 bytes).
  dir.write("sv.md",
            "Vi försvarar människors rättigheter. Vi arbetar tillsammans med "
            "människorättsförsvarare i hela världen.\n");
  dir.write("en.md", "We defend people's rights.\n");
  auto english = run_samklang(kCheck, dir.path(), kC);
  auto swedish = run_samklang(kCheck, dir.path(), kSwedish);
  INFO(english.out << swedish.out);
  CHECK(english.out.find("error: sentence not translated: 'Vi arbetar tillsammans med "
                         "människorättsförsvarare i hela…' [segment-missing]") !=
        std::string::npos);
  CHECK(english.out.find("    fix: translate it into en here") != std::string::npos);
  CHECK(swedish.out.find("fel: meningen är inte översatt: 'Vi arbetar tillsammans med "
                         "människorättsförsvarare i hela…' [segment-missing]") !=
        std::string::npos);
  CHECK(swedish.out.find("    åtgärd: översätt den till en här") != std::string::npos);
  // The JSON report keeps the English message.
  auto json = run_samklang(with(kCheck, {"--format", "json"}), dir.path(), kSwedish);
  CHECK(json.out.find("\"sentence not translated: 'Vi arbetar") != std::string::npos);
  CHECK(json.out.find("meningen") == std::string::npos);
}

TEST_CASE("i18n cli: term findings in Swedish, --terms given before the files", "[cli][i18n]") {
  TempDir dir;
  dir.write("terms.tsv",
            "concept\tlang\tterm\tstatus\tnote\n"
            "ccpr\tsv\tmedborgerliga och politiska rättigheter\tpreferred\t\n"
            "ccpr\ten\tcivil and political rights\tpreferred\t\n"
            "ccpr\ten\tcivic rights\tforbidden\t\n");
  dir.write("sv.md", "Vi försvarar medborgerliga och politiska rättigheter.\n");
  dir.write("en.md", "We defend civic rights.\n");
  // One value per --terms: the files after it are the files to check.
  const std::vector<std::string> args{"check",     "--source-lang", "sv",      "--terms",
                                      "terms.tsv", "sv=sv.md",      "en=en.md"};
  auto english = run_samklang(args, dir.path(), kC);
  auto swedish = run_samklang(args, dir.path(), kSwedish);
  INFO(english.out << english.err << swedish.out);
  CHECK(english.exit_code == 1);
  CHECK(
      english.out.starts_with("en.md:1:11: error: 'civic rights' is forbidden; use 'civil and "
                              "political rights' [term-forbidden]"));
  CHECK(
      swedish.out.starts_with("en.md:1:11: fel: 'civic rights' är förbjudet; använd 'civil and "
                              "political rights' [term-forbidden]"));
  CHECK(swedish.out.find("    åtgärd: ersätt 'civic rights' med 'civil and political rights'") !=
        std::string::npos);
}

TEST_CASE("i18n cli: a link left out, in Swedish", "[cli][i18n]") {
  TempDir dir;
  dir.write("sv.md", "Läs [rapporten](https://crd.org/sv/rapport) om året som gått.\n");
  dir.write("en.md", "Read the report on the past year.\n");
  auto swedish = run_samklang(kCheck, dir.path(), kSwedish);
  INFO(swedish.out);
  CHECK(
      swedish.out.starts_with("en.md:1:1: fel: '[link to https://crd.org/sv/rapport]' i källan "
                              "saknas i översättningen [markup-mismatch]"));
  CHECK(swedish.out.find("    åtgärd: länka orden som översätter 'rapporten' till "
                         "'https://crd.org/sv/rapport'") != std::string::npos);
}
