// Accepted findings through the real binary: the baseline, suppression
// comments and per-language ignores, on a copy of the bundled project.
#include <nlohmann/json.hpp>

#include "catch.hpp"
#include "cli/run_binary.h"

namespace fs = std::filesystem;
using nlohmann::json;
using samklang::testing::read_file;
using samklang::testing::run_samklang;
using samklang::testing::snapshot;
using samklang::testing::TempDir;

namespace {

const fs::path kRoot = SAMKLANG_SOURCE_DIR;
const std::string kToml =
    "source = \"sv\"\ntargets = [\"en\", \"es\", \"sr-Latn\"]\n"
    "documents = [\"catalogs/{lang}/mission.md\"]\ntermbases = [\"rules/terms.tsv\"]\n";

// The mission texts in sv, en, es and sr-Latn (26 Swedish sentences not yet
// translated into Serbian) with the bundled rules.
void copy_project(const TempDir& dir, const std::string& toml = kToml) {
  for (const char* lang : {"sv", "en", "es", "sr-Latn"}) {
    std::string file = std::string("catalogs/") + lang + "/mission.md";
    dir.write(file, read_file(kRoot / file));
  }
  dir.write("rules/terms.tsv", read_file(kRoot / "rules/terms.tsv"));
  for (const char* lang : {"sv", "en", "es"}) {
    std::string file = std::string("rules/segmentation/") + lang + ".txt";
    dir.write(file, read_file(kRoot / file));
  }
  dir.write("samklang.toml", toml);
}

void edit(const TempDir& dir, const std::string& file, const std::string& from,
          const std::string& to) {
  std::string text = read_file(dir.path() / file);
  size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  dir.write(file, text.replace(at, from.size(), to));
}

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

size_t lines(const std::string& text) { return std::count(text.begin(), text.end(), '\n'); }

// The 1-based line of the file's first line containing `part`, and the column of it.
std::pair<int, size_t> place_of(const std::string& text, const std::string& part) {
  size_t at = text.find(part);
  REQUIRE(at != std::string::npos);
  int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + at, '\n'));
  size_t start = text.rfind('\n', at);
  return {line, at - (start == std::string::npos ? 0 : start + 1) + 1};
}

// Fills in the reason of the baseline line that contains `containing`.
void set_reason(std::string& baseline, const std::string& containing, const std::string& reason) {
  size_t at = baseline.find(containing);
  REQUIRE(at != std::string::npos);
  size_t field = baseline.find("\"reason\": \"\"}", at);
  REQUIRE(field < baseline.find('\n', at));
  baseline.replace(field, 13, "\"reason\": \"" + reason + "\"}");
}

const std::string kForbidden = "where all of us enjoy civic and political rights";

}  // namespace

TEST_CASE("cli baseline: accept the findings, fail on new ones only", "[cli][baseline]") {
  TempDir dir;
  copy_project(dir);
  REQUIRE(run_samklang({"check"}, dir.path()).exit_code == 1);

  auto update = run_samklang({"check", "--update-baseline"}, dir.path());
  INFO(update.out << update.err);
  REQUIRE(update.exit_code == 0);
  CHECK(has(update.err, "samklang.baseline: 26 accepted findings (26 added, 0 pruned)"));
  CHECK(has(update.out, "no findings\n26 baselined\n"));
  const std::string baseline = read_file(dir.path() / "samklang.baseline");
  CHECK(lines(baseline) == 27);
  CHECK(has(baseline,
            "{\"file\": \"catalogs/sr-Latn/mission.md\", \"rule\": \"segment-missing\", "
            "\"lang\": \"sr-Latn\", \"fingerprint\": \""));
  CHECK(has(baseline, "\"context\": \"Vi har fyra kärnvärden:\", \"reason\": \"\"}\n"));
  // The same findings give the same bytes.
  REQUIRE(run_samklang({"check", "--update-baseline", "--quiet"}, dir.path()).exit_code == 0);
  CHECK(read_file(dir.path() / "samklang.baseline") == baseline);

  auto clean = run_samklang({"check"}, dir.path());
  CHECK(clean.exit_code == 0);
  CHECK(clean.err.empty());
  CHECK(has(clean.out, "sr-Latn         37          11       26         0         0\n"));
  CHECK(has(clean.out, "26 baselined"));

  SECTION("a new finding fails the run; the baselined ones stay quiet") {
    edit(dir, "catalogs/en/mission.md", "where all of us enjoy civil and political rights",
         kForbidden);
    auto run = run_samklang({"check", "--format", "json"}, dir.path());
    CHECK(run.exit_code == 1);
    json report = json::parse(run.out);
    REQUIRE(report["findings"].size() == 1);
    CHECK(report["findings"][0]["rule"] == "term-forbidden");
    CHECK(report["summary"]["en"]["findings"] == 1);
    CHECK(report["summary"]["sr-Latn"]["findings"] == 0);
    CHECK(report["summary"]["sr-Latn"]["missing"] == 26);
    // --fail-on applies to the new findings only.
    CHECK(run_samklang({"check", "--fail-on", "never"}, dir.path()).exit_code == 0);
  }
  SECTION("an edit elsewhere in the file keeps the baseline matching") {
    // Lines move and a translated sentence changes; the missing ones stay as they were.
    edit(dir, "catalogs/sr-Latn/mission.md", "# Naša vizija",
         "<!-- prevod je u toku -->\n\n\n# Naša vizija");
    edit(dir, "catalogs/sr-Latn/mission.md", "na četiri kontinenta", "na četiri kontinenta sveta");
    auto run = run_samklang({"check"}, dir.path());
    INFO(run.out << run.err);
    CHECK(run.exit_code == 0);
    CHECK(run.err.empty());
    CHECK(has(run.out, "no findings\n26 baselined\n"));
  }
  SECTION("from a subfolder the same baseline matches") {
    fs::create_directories(dir.path() / "catalogs/sv");
    auto run = run_samklang({"check"}, dir.path() / "catalogs/sv");
    INFO(run.out << run.err);
    CHECK(run.exit_code == 0);
    CHECK(has(run.out, "26 baselined"));
  }
  SECTION("a check of some files leaves the other files' entries alone") {
    auto run =
        run_samklang({"check", "catalogs/sv/mission.md", "catalogs/en/mission.md"}, dir.path());
    CHECK(run.exit_code == 0);
    CHECK(run.err.empty());  // the sr-Latn entries are not stale
    REQUIRE(run_samklang(
                {"check", "--update-baseline", "catalogs/sv/mission.md", "catalogs/en/mission.md"},
                dir.path())
                .exit_code == 0);
    CHECK(read_file(dir.path() / "samklang.baseline") == baseline);
  }
}

TEST_CASE("cli baseline: the entries of a file that cannot be read are kept", "[cli][baseline]") {
  TempDir dir;
  copy_project(dir);
  REQUIRE(run_samklang({"check", "--update-baseline", "--quiet"}, dir.path()).exit_code == 0);
  const std::string baseline = read_file(dir.path() / "samklang.baseline");
  dir.write("catalogs/sr-Latn/mission.md", std::string("\0\x01binary", 8));
  auto run = run_samklang({"check"}, dir.path());
  INFO(run.out << run.err);
  CHECK(run.exit_code == 1);
  CHECK(run.err.empty());  // the 26 entries are not stale: the file was not checked
  CHECK(has(run.out, "catalogs/sr-Latn/mission.md:1:1: error: "));
  auto update = run_samklang({"check", "--update-baseline"}, dir.path());
  CHECK(has(update.err, "samklang.baseline: 27 accepted findings (1 added, 0 pruned)"));
  std::string now = read_file(dir.path() / "samklang.baseline");
  CHECK(lines(now) == 28);
  CHECK(has(now, "\"rule\": \"load-error\""));
  // Mended, the file's findings match their entries again; the load-error's is pruned.
  dir.write("catalogs/sr-Latn/mission.md", read_file(kRoot / "catalogs/sr-Latn/mission.md"));
  auto mended = run_samklang({"check", "--update-baseline"}, dir.path());
  CHECK(has(mended.err, "samklang.baseline: 26 accepted findings (0 added, 1 pruned)"));
  CHECK(read_file(dir.path() / "samklang.baseline") == baseline);
}

TEST_CASE("cli baseline: a stale entry is reported, an update prunes it and keeps reasons",
          "[cli][baseline]") {
  TempDir dir;
  copy_project(dir);
  edit(dir, "catalogs/en/mission.md", "where all of us enjoy civil and political rights",
       kForbidden);
  REQUIRE(run_samklang({"check", "--update-baseline"}, dir.path()).exit_code == 0);
  // A human fills in two reasons.
  std::string text = read_file(dir.path() / "samklang.baseline");
  REQUIRE(lines(text) == 28);
  set_reason(text, "\"term-forbidden\"", "quotes the 2019 statute");
  set_reason(text, "Vi har fyra kärnvärden:", "the Serbian team translates this in 2025");
  dir.write("samklang.baseline", text);
  REQUIRE(run_samklang({"check"}, dir.path()).exit_code == 0);

  // The English sentence is mended: its entry matches nothing any more.
  edit(dir, "catalogs/en/mission.md", kForbidden,
       "where all of us enjoy civil and political rights");
  auto stale = run_samklang({"check"}, dir.path());
  INFO(stale.out << stale.err);
  CHECK(stale.exit_code == 0);
  auto [line, column] = place_of(read_file(dir.path() / "samklang.baseline"), "term-forbidden");
  CHECK(column > 1);
  CHECK(stale.err ==
        "samklang.baseline:" + std::to_string(line) +
            ":1: note: no term-forbidden finding in catalogs/en/mission.md matches this entry "
            "any more ('civic and political rights': A world of democratic societies where all "
            "of us enjoy civic and political rights…); prune it with "
            "'samklang check --update-baseline'\n");
  CHECK(run_samklang({"check", "--quiet"}, dir.path()).err.empty());

  auto update = run_samklang({"check", "--update-baseline"}, dir.path());
  CHECK(has(update.err, "samklang.baseline: 26 accepted findings (0 added, 1 pruned)"));
  const std::string pruned = read_file(dir.path() / "samklang.baseline");
  CHECK(lines(pruned) == 27);
  CHECK_FALSE(has(pruned, "term-forbidden"));
  CHECK(has(pruned, "\"reason\": \"the Serbian team translates this in 2025\""));
  CHECK_FALSE(has(pruned, "quotes the 2019 statute"));
  CHECK(run_samklang({"check"}, dir.path()).err.empty());
}

TEST_CASE("cli baseline: a damaged baseline stops the run and is never overwritten",
          "[cli][baseline]") {
  TempDir dir;
  copy_project(dir);
  REQUIRE(run_samklang({"check", "--update-baseline", "--quiet"}, dir.path()).exit_code == 0);
  std::string text = read_file(dir.path() / "samklang.baseline");

  SECTION("a line cut off") {
    std::string damaged = text.substr(0, text.find('\n', text.find('\n') + 1) + 41);
    dir.write("samklang.baseline", damaged);
    std::string before = snapshot(dir.path());
    for (auto args : {std::vector<std::string>{"check"},
                      std::vector<std::string>{"check", "--update-baseline"}}) {
      auto run = run_samklang(args, dir.path());
      CHECK(run.exit_code == 2);
      CHECK(run.out.empty());
      CHECK(has(run.err, "samklang.baseline:3:41: error: the baseline is damaged ("));
      CHECK(lines(run.err) == 1);
    }
    CHECK(snapshot(dir.path()) == before);
    CHECK(read_file(dir.path() / "samklang.baseline") == damaged);
  }
  SECTION("an unknown rule") {
    std::string damaged = text;
    size_t at = damaged.find("segment-missing", damaged.find('\n', damaged.find('\n') + 1));
    damaged.replace(at, 15, "segment-mising");
    dir.write("samklang.baseline", damaged);
    auto [line, column] = place_of(damaged, "\"segment-mising\"");
    auto run = run_samklang({"check", "--update-baseline"}, dir.path());
    CHECK(run.exit_code == 2);
    CHECK(run.err == "samklang.baseline:" + std::to_string(line) + ":" + std::to_string(column) +
                         ": error: unknown rule 'segment-mising' (did you mean "
                         "'segment-missing'?)\n");
    CHECK(read_file(dir.path() / "samklang.baseline") == damaged);
  }
}

TEST_CASE("cli baseline: --baseline and [baseline] path choose the file", "[cli][baseline]") {
  TempDir dir;
  copy_project(dir, kToml + "[baseline]\npath = \"ci/accepted.baseline\"\n");
  fs::create_directories(dir.path() / "ci");
  REQUIRE(run_samklang({"check", "--update-baseline"}, dir.path()).exit_code == 0);
  CHECK(fs::exists(dir.path() / "ci/accepted.baseline"));
  CHECK_FALSE(fs::exists(dir.path() / "samklang.baseline"));
  // Paths in it are relative to its folder.
  CHECK(has(read_file(dir.path() / "ci/accepted.baseline"),
            "\"file\": \"../catalogs/sr-Latn/mission.md\""));
  CHECK(run_samklang({"check"}, dir.path()).exit_code == 0);

  auto missing = run_samklang({"check", "--baseline", "other.baseline"}, dir.path());
  CHECK(missing.exit_code == 2);
  CHECK(missing.err ==
        "other.baseline: error: no such baseline; write it with 'samklang check "
        "--update-baseline --baseline other.baseline'\n");
  REQUIRE(run_samklang({"check", "--baseline", "other.baseline", "--update-baseline"}, dir.path())
              .exit_code == 0);
  CHECK(has(read_file(dir.path() / "other.baseline"), "\"file\": \"catalogs/sr-Latn/mission.md\""));
  auto folder = run_samklang({"check", "--baseline", "ci", "--update-baseline"}, dir.path());
  CHECK(folder.exit_code == 2);
  CHECK(has(folder.err, "ci: error: the baseline is not a regular file"));
}

TEST_CASE("cli: suppression comments in Markdown and PO", "[cli][suppress]") {
  TempDir dir;
  copy_project(dir);
  edit(dir, "catalogs/en/mission.md", "where all of us enjoy civil and political rights",
       kForbidden);
  edit(dir, "catalogs/en/mission.md", "A world of democratic",
       "<!-- samklang-disable-next-line term-forbidden: quotes the statute of 2019 -->\n"
       "A world of democratic");
  edit(dir, "catalogs/sr-Latn/mission.md", "# Naša vizija",
       "<!-- samklang-disable segment-missing: prevod je u toku -->\n# Naša vizija");
  auto run = run_samklang({"check"}, dir.path());
  INFO(run.out << run.err);
  CHECK(run.exit_code == 0);
  CHECK(has(run.out, "no findings\n27 silenced by comments\n"));

  SECTION("a misspelt rule is a load-error at its place, and silences nothing") {
    edit(dir, "catalogs/en/mission.md", "term-forbidden: quotes", "term-forbiden: quotes");
    auto bad = run_samklang({"check"}, dir.path());
    CHECK(bad.exit_code == 1);
    CHECK(has(bad.out,
              "catalogs/en/mission.md:7:33: error: unknown rule 'term-forbiden' (did you mean "
              "'term-forbidden'?) [load-error]\n"));
    CHECK(has(bad.out,
              "catalogs/en/mission.md:8:55: error: 'civic and political rights' is "
              "forbidden; use 'civil and political rights' [term-forbidden]"));
  }

  SECTION("a PO translator comment covers its entry") {
    dir.write("es.po",
              "msgid \"\"\nmsgstr \"\"\n\"Language: es\\n\"\n\n"
              "# samklang-disable untranslated: the organisation's name\n"
              "msgid \"Civil Rights Defenders works with human rights defenders.\"\n"
              "msgstr \"Civil Rights Defenders works with human rights defenders.\"\n\n"
              "msgid \"Agenda 2030 for sustainable development\"\n"
              "msgstr \"Agenda 2030 for sustainable development\"\n\n"
              "# samklang-disable untranslatd\n"
              "msgid \"We are locally represented on four continents.\"\n"
              "msgstr \"Tenemos representación local en cuatro continentes.\"\n");
    auto po =
        run_samklang({"check", "es.po", "--source-lang", "en", "--format", "json"}, dir.path());
    INFO(po.out << po.err);
    CHECK(po.exit_code == 1);
    json report = json::parse(po.out);
    REQUIRE(report["findings"].size() == 2);
    CHECK(report["findings"][0]["rule"] == "untranslated");
    CHECK(report["findings"][0]["target"]["line"] == 10);
    CHECK(report["findings"][1]["rule"] == "load-error");
    CHECK(report["findings"][1]["target"]["line"] == 12);
    CHECK(report["findings"][1]["target"]["column"] == 20);
  }
}

TEST_CASE("cli: a language ignores rules; unknown ids in samklang.toml are errors",
          "[cli][suppress]") {
  TempDir dir;
  SECTION("ignored in sr-Latn only") {
    copy_project(dir, kToml + "\n[languages.sr-Latn]\nignore = [\"segment-missing\"]\n");
    auto run = run_samklang({"check"}, dir.path());
    CHECK(run.exit_code == 0);
    CHECK(has(run.out, "no findings\n"));
    // Another language still gets the rule's findings.
    edit(dir, "catalogs/es/mission.md", "Tenemos representación local en cuatro continentes.", "");
    auto es = run_samklang({"check"}, dir.path());
    CHECK(es.exit_code == 1);
    CHECK(has(es.out, "[segment-missing]"));
  }
  SECTION("in [languages]") {
    copy_project(dir, kToml + "\n[languages.sr-Latn]\nignore = [\"term-mising\"]\n");
    auto run = run_samklang({"check"}, dir.path());
    CHECK(run.exit_code == 2);
    CHECK(run.err ==
          "samklang.toml:7:11: error: unknown rule 'term-mising' (did you mean 'term-missing'?)\n");
  }
  SECTION("in [rules]") {
    copy_project(dir, kToml + "\n[rules]\nsegment-extr = \"note\"\n");
    auto run = run_samklang({"check"}, dir.path());
    CHECK(run.exit_code == 2);
    CHECK(run.err ==
          "samklang.toml:7:1: error: unknown rule 'segment-extr' (did you mean "
          "'segment-extra'?)\n");
  }
  SECTION("--fail-on takes a severity, not a rule") {
    copy_project(dir);
    auto run = run_samklang({"check", "--fail-on", "term-missing"}, dir.path());
    CHECK(run.exit_code == 2);
  }
}
