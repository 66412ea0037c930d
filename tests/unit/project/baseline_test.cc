#include "project/baseline.h"

#include "catch.hpp"
#include "cli/run_binary.h"

using samklang::Baseline;
using samklang::BaselineEntry;
using samklang::parse_baseline;
using samklang::render_baseline;
using samklang::update_baseline;

namespace {

BaselineEntry entry(std::string file, std::string rule, std::string fingerprint,
                    std::string context, std::string reason = "") {
  BaselineEntry e;
  e.file = std::move(file);
  e.rule = std::move(rule);
  e.lang = "en";
  e.fingerprint = std::move(fingerprint);
  e.context = std::move(context);
  e.reason = std::move(reason);
  return e;
}

const std::string kHeader = "{\"samklang_baseline\": 1}\n";

}  // namespace

TEST_CASE("baseline: written sorted, read back the same", "[project][baseline]") {
  Baseline baseline;
  baseline.entries = {
      entry("catalogs/sr-Latn/mission.md", "segment-missing", "88e1b6fa14cf7a72",
            "Civil Rights Defenders kärnvärden"),
      entry("catalogs/en/mission.md", "term-forbidden", "0123456789abcdef",
            "'civic and political rights': A world of \"democratic\" societies…",
            "quotes the old wording"),
  };
  std::string text = render_baseline(baseline);
  CHECK(text.starts_with(kHeader));
  CHECK(std::count(text.begin(), text.end(), '\n') == 3);
  // Sorted by file: en before sr-Latn, whatever the order given.
  CHECK(text.find("catalogs/en/") < text.find("catalogs/sr-Latn/"));
  auto read = parse_baseline(text, "samklang.baseline");
  REQUIRE(read);
  REQUIRE(read->entries.size() == 2);
  CHECK(read->entries[0].file == "catalogs/en/mission.md");
  CHECK(read->entries[0].context ==
        "'civic and political rights': A world of \"democratic\" societies…");
  CHECK(read->entries[0].reason == "quotes the old wording");
  CHECK(read->entries[0].where.line == 2);
  CHECK(read->entries[0].rule_at.line == 2);
  CHECK(read->entries[0].rule_at.column == 44);
  CHECK(read->entries[1].context == "Civil Rights Defenders kärnvärden");
  // Rendering what was read gives the same bytes.
  CHECK(render_baseline(*read) == text);
}

TEST_CASE("baseline: blank lines and CRLF are read; no entries is a baseline",
          "[project][baseline]") {
  auto empty = parse_baseline(kHeader, "b");
  REQUIRE(empty);
  CHECK(empty->entries.empty());
  auto crlf = parse_baseline(
      "{\"samklang_baseline\": 1}\r\n\r\n{\"file\": \"a.md\", \"rule\": \"untranslated\", "
      "\"fingerprint\": \"0123456789abcdef\"}\r\n",
      "b");
  REQUIRE(crlf);
  REQUIRE(crlf->entries.size() == 1);
  CHECK(crlf->entries[0].where.line == 3);
  CHECK(crlf->entries[0].reason.empty());
}

TEST_CASE("baseline: a damaged file is an error at its line and column", "[project][baseline]") {
  struct Case {
    std::string text;
    int line;
    int column;
    std::string says;
  };
  const std::string good =
      "{\"file\": \"a.md\", \"rule\": \"untranslated\", \"fingerprint\": \"0123456789abcdef\"}\n";
  auto c = GENERATE_REF(values<Case>({
      {"", 1, 1, "no {\"samklang_baseline\": 1} line"},
      {good, 1, 1, "the first line must be"},
      {"{\"samklang_baseline\": 2}\n", 1, 23, "baseline version 2"},
      // Cut off in the middle of the third line, as a killed editor would leave it.
      {kHeader + good + "{\"file\": \"b.md\", \"rule\": \"untr", 3, 31, "damaged"},
      {kHeader + "{\"file\": \"ä.md\", \"rule\": untranslated}\n", 2, 26, "damaged"},
      {kHeader + good +
           "{\"file\": \"a.md\", \"rule\": \"untranslated\", \"fingerprint\": "
           "\"12345\"}\n",
       3, 57, "'12345' is not a fingerprint"},
      {kHeader + "{\"file\": \"a.md\", \"rule\": \"untranslated\"}\n", 2, 1, "no 'fingerprint'"},
      {kHeader + "{\"file\": \"\", \"rule\": \"untranslated\", \"fingerprint\": "
                 "\"0123456789abcdef\"}\n",
       2, 10, "'file' must be a non-empty string"},
      {kHeader + "{\"file\": \"a.md\", \"rule\": \"untranslated\", \"fingerprint\": "
                 "\"0123456789abcdef\", \"line\": 3}\n",
       2, 77, "unknown key 'line'"},
      {kHeader + "# accepted by the translators\n", 2, 1, "damaged"},
      {kHeader + "[\"a.md\"]\n", 2, 1, "an entry must be an object"},
  }));
  auto read = parse_baseline(c.text, "samklang.baseline");
  INFO(c.text);
  REQUIRE_FALSE(read);
  INFO(read.error().message);
  CHECK(read.error().where.file == "samklang.baseline");
  CHECK(read.error().where.line == c.line);
  CHECK(read.error().where.column == c.column);
  CHECK(read.error().message.find(c.says) != std::string::npos);
}

TEST_CASE("baseline: an update keeps reasons, prunes, and leaves other files alone",
          "[project][baseline]") {
  Baseline old;
  old.entries = {
      entry("en.md", "term-forbidden", "00000000000000a1", "civic", "a quotation"),
      entry("en.md", "untranslated", "00000000000000a2", "Civil Rights Defenders", "a name"),
      entry("es.md", "untranslated", "00000000000000b1", "Agenda 2030", "a title"),
  };
  std::vector<BaselineEntry> now = {
      entry("en.md", "term-forbidden", "00000000000000a1", "civic"),
      entry("en.md", "number-mismatch", "00000000000000a3", "four continents"),
  };
  // Only en.md was checked: es.md's entry is kept, en.md's untranslated is pruned.
  Baseline next = update_baseline(old, now, {"en.md", "sv.md"});
  REQUIRE(next.entries.size() == 3);
  CHECK(next.entries[0].rule == "number-mismatch");
  CHECK(next.entries[0].reason.empty());
  CHECK(next.entries[1].rule == "term-forbidden");
  CHECK(next.entries[1].reason == "a quotation");
  CHECK(next.entries[2].file == "es.md");
  CHECK(next.entries[2].reason == "a title");

  SECTION("a finding in a file not checked is not added twice") {
    std::vector<BaselineEntry> again = {
        entry("es.md", "untranslated", "00000000000000b1", "Agenda 2030"),
        entry("es.md", "load-error", "00000000000000b2", "es.md: binary file"),
    };
    Baseline kept = update_baseline(old, again, {"en.md"});
    // en.md's entries match nothing of this run and go.
    REQUIRE(kept.entries.size() == 2);
    CHECK(kept.entries[0].rule == "load-error");
    CHECK(kept.entries[1].rule == "untranslated");
    CHECK(kept.entries[1].reason == "a title");
  }
  SECTION("a finding that occurs twice takes the reasons of its two entries") {
    Baseline twice;
    twice.entries = {entry("en.md", "untranslated", "00000000000000a2", "CRD", "first"),
                     entry("en.md", "untranslated", "00000000000000a2", "CRD", "second")};
    std::vector<BaselineEntry> three(3, entry("en.md", "untranslated", "00000000000000a2", "CRD"));
    Baseline updated = update_baseline(twice, three, {"en.md"});
    REQUIRE(updated.entries.size() == 3);
    CHECK(updated.entries[0].reason.empty());
    CHECK(updated.entries[1].reason == "first");
    CHECK(updated.entries[2].reason == "second");
  }
}

TEST_CASE("baseline: saved atomically, never over something not a file", "[project][baseline]") {
  samklang::testing::TempDir dir;
  Baseline baseline;
  baseline.entries = {entry("en.md", "untranslated", "00000000000000a2", "CRD")};
  std::string path = (dir.path() / "samklang.baseline").string();
  REQUIRE_FALSE(samklang::save_baseline(path, baseline));
  CHECK(samklang::testing::read_file(path) == render_baseline(baseline));
  auto loaded = samklang::load_baseline(path);
  REQUIRE(loaded);
  REQUIRE(*loaded);
  CHECK((*loaded)->entries.size() == 1);
  // Only the baseline is in the folder: the temporary file is gone.
  CHECK(std::distance(std::filesystem::directory_iterator(dir.path()),
                      std::filesystem::directory_iterator()) == 1);
  std::filesystem::create_directory(dir.path() / "folder");
  auto error = samklang::save_baseline((dir.path() / "folder").string(), baseline);
  REQUIRE(error);
  CHECK(error->message.find("not a regular file") != std::string::npos);
  auto folder = samklang::load_baseline((dir.path() / "folder").string());
  REQUIRE_FALSE(folder);
  CHECK(folder.error().message == "the baseline is not a regular file");
  auto none = samklang::load_baseline((dir.path() / "absent").string());
  REQUIRE(none);
  CHECK_FALSE(*none);
}

TEST_CASE("baseline: the context is one short line", "[project][baseline]") {
  CHECK(samklang::baseline_context("Vår vision\n\tär en värld") == "Vår vision är en värld");
  std::string thai = "สิทธิมนุษยชนเป็นสิทธิที่ทุกคนมีโดยกำเนิด";
  CHECK(samklang::baseline_context(thai, 5) == "สิทธิ…");
  CHECK(samklang::baseline_context("  ") == "");
}
