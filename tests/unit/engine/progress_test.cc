// RunOptions::progress: what the engine tells while it works, and that the
// number of threads changes nothing of what it finds.
#include <atomic>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "catch.hpp"
#include "engine/engine.h"
#include "report/report.h"

namespace fs = std::filesystem;

namespace {

const fs::path kRoot = SAMKLANG_SOURCE_DIR;

// A run of many documents in many languages and formats: the bundled mission
// in English, Spanish and the unfinished Serbian, the Swedish gettext catalog,
// and the Markdown catalogs of every golden case that needs no configuration
// of its own (most of them with findings).
samklang::RunOptions large_run(unsigned jobs) {
  samklang::RunOptions options;
  options.source_lang = "sv";
  options.jobs = jobs;
  options.segmentation_dir = (kRoot / "rules/segmentation").string();
  options.termbases = {(kRoot / "rules/terms.tsv").string()};
  options.punctuation_rules = {(kRoot / "rules/punctuation.toml").string()};
  samklang::DocumentSet mission{"catalogs/{lang}/mission.md", {}};
  for (const char* lang : {"sv", "en", "es", "sr-Latn"})
    mission.files.push_back({lang, (kRoot / "catalogs" / lang / "mission.md").string()});
  options.documents.push_back(mission);
  std::string po = (kRoot / "tests/data/gettext/sv.po").string();
  options.documents.push_back({po,
                               {{"en", po, samklang::DocumentFile::Side::source},
                                {"sv", po, samklang::DocumentFile::Side::target}}});
  std::vector<fs::path> cases;
  for (const auto& rule : fs::directory_iterator(kRoot / "tests/golden"))
    if (rule.is_directory())
      for (const auto& entry : fs::directory_iterator(rule.path()))
        if (entry.is_directory() && fs::exists(entry.path() / "sv.md") &&
            !fs::exists(entry.path() / "samklang.toml") &&
            !fs::exists(entry.path() / "samklang.lock"))
          cases.push_back(entry.path());
  std::sort(cases.begin(), cases.end());
  for (const fs::path& dir : cases) {
    samklang::DocumentSet set{dir.string(), {{"sv", (dir / "sv.md").string()}}};
    std::vector<fs::path> targets;
    for (const auto& entry : fs::directory_iterator(dir))
      if (entry.path().extension() == ".md" && entry.path().stem() != "sv")
        targets.push_back(entry.path());
    std::sort(targets.begin(), targets.end());
    for (const fs::path& target : targets)
      set.files.push_back({target.stem().string(), target.string()});
    options.documents.push_back(set);
  }
  return options;
}

size_t file_count(const samklang::RunOptions& options) {
  size_t n = 0;
  for (const auto& set : options.documents) n += set.files.size();
  return n;
}

struct Call {
  size_t done;
  size_t total;
  std::string stage;
};

}  // namespace

TEST_CASE("engine progress: each stage counts up by one from 0 to its total", "[engine]") {
  unsigned jobs = GENERATE(1u, 4u);
  INFO("jobs " << jobs);
  samklang::RunOptions options = large_run(jobs);
  std::vector<Call> calls;
  std::atomic<int> inside{0};
  bool overlapped = false;
  options.progress = [&](size_t done, size_t total, std::string_view stage) {
    if (inside.fetch_add(1) != 0) overlapped = true;
    calls.push_back({done, total, std::string(stage)});
    inside.fetch_sub(1);
  };
  auto result = samklang::run(options);
  REQUIRE(result);
  CHECK_FALSE(overlapped);

  std::vector<std::string> stages;
  for (const Call& call : calls)
    if (stages.empty() || stages.back() != call.stage) stages.push_back(call.stage);
  REQUIRE(stages == std::vector<std::string>{"reading", "checking"});
  for (const std::string& stage : stages) {
    std::vector<Call> mine;
    for (const Call& call : calls)
      if (call.stage == stage) mine.push_back(call);
    size_t expected_total = stage == "reading" ? file_count(options) : result->pairs.size();
    INFO(stage);
    CHECK(mine.front().done == 0);
    CHECK(mine.back().done == expected_total);
    CHECK(mine.size() == expected_total + 1);
    for (size_t i = 0; i < mine.size(); ++i) {
      CHECK(mine[i].total == expected_total);
      CHECK(mine[i].done == i);
    }
  }
  CHECK(file_count(options) >= 40);
  CHECK(result->pairs.size() >= 20);
}

TEST_CASE("engine progress: a run without a progress function finds the same", "[engine]") {
  samklang::RunOptions told = large_run(2);
  size_t calls = 0;
  told.progress = [&](size_t, size_t, std::string_view) { ++calls; };
  auto with = samklang::run(told);
  auto without = samklang::run(large_run(2));
  REQUIRE(with);
  REQUIRE(without);
  CHECK(calls > 0);
  samklang::Report a{"test", "sv", with->summary, with->findings};
  samklang::Report b{"test", "sv", without->summary, without->findings};
  CHECK(samklang::render_json(a) == samklang::render_json(b));
}

TEST_CASE("engine: one thread and four find the same on a large run", "[engine]") {
  auto one = samklang::run(large_run(1));
  auto four = samklang::run(large_run(4));
  REQUIRE(one);
  REQUIRE(four);
  samklang::Report a{"test", "sv", one->summary, one->findings};
  samklang::Report b{"test", "sv", four->summary, four->findings};
  CHECK(samklang::render_json(a) == samklang::render_json(b));
  // The run is worth comparing: many findings of many rules.
  std::set<std::string> rules;
  for (const auto& f : one->findings) rules.insert(f.rule);
  CHECK(one->findings.size() >= 30);
  CHECK(rules.size() >= 8);
  REQUIRE(one->pairs.size() == four->pairs.size());
  for (size_t p = 0; p < one->pairs.size(); ++p) {
    INFO(one->pairs[p].target_path);
    CHECK(one->pairs[p].target_path == four->pairs[p].target_path);
    CHECK(one->pairs[p].status.segments == four->pairs[p].status.segments);
    CHECK(one->pairs[p].status.translated == four->pairs[p].status.translated);
    CHECK(one->pairs[p].status.words == four->pairs[p].status.words);
    CHECK(one->pairs[p].signoff.size() == four->pairs[p].signoff.size());
  }
}
