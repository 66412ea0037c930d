// Runs every case of tests/golden/<rule>/<case>/ through the engine and
// compares the text report with the case's expected.txt. A case holds the
// catalogs (sv.md, en.md, ...: the language is the file name; Markdown, or
// JSON catalogs sv.json, en.json in json-* cases), optionally
// terms.tsv (else rules/terms.tsv), samklang.toml and samklang.lock (the
// sign-off, keyed by "sv.md"). On a mismatch the
// report is written to actual.txt beside expected.txt; review it, then run
// scripts/approve-golden.sh.
#include <filesystem>
#include <fstream>
#include <sstream>

#include "catch.hpp"
#include "engine/engine.h"
#include "report/report.h"
#include "test_support.h"

namespace fs = std::filesystem;

using samklang::testing::slurp;

namespace {

const fs::path kRoot = SAMKLANG_SOURCE_DIR;

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (size_t at = 0; (at = text.find(from, at)) != std::string::npos; at += to.size())
    text.replace(at, from.size(), to);
  return text;
}

std::string run_case(const fs::path& dir) {
  samklang::RunOptions options;
  options.jobs = 1;
  options.segmentation_dir = (kRoot / "rules" / "segmentation").string();
  options.punctuation_rules.push_back((kRoot / "rules" / "punctuation.toml").string());
  fs::path config_path = dir / "samklang.toml";
  std::optional<samklang::Config> config;
  if (fs::exists(config_path)) {
    auto loaded = samklang::load_config(config_path.string());
    if (!loaded) return samklang::format_error(loaded.error()) + "\n";
    config = *loaded;
    options.rules = config->rules;
    options.outdated_typography = config->outdated_typography;
    options.untranslated_keep = config->untranslated_keep;
    if (!config->punctuation.empty())
      options.punctuation_rules.push_back(samklang::resolve_path(*config, config->punctuation));
  }
  if (fs::exists(dir / "samklang.lock")) options.lockfile = (dir / "samklang.lock").string();
  // Catalogs: every .md and .json file, named by its language; sv is the source.
  samklang::DocumentSet set{"case", {}};
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.path().extension() == ".md" || entry.path().extension() == ".json")
      files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  std::string source = config && !config->source_lang.empty() ? config->source_lang : "sv";
  for (const fs::path& file : files) {
    samklang::DocumentFile doc{file.stem().string(), file.string()};
    if (doc.lang == source)
      set.files.insert(set.files.begin(), doc);
    else
      set.files.push_back(doc);
  }
  options.source_lang = source;
  options.documents.push_back(set);
  fs::path terms = dir / "terms.tsv";
  options.termbases.push_back(fs::exists(terms) ? terms.string()
                                                : (kRoot / "rules" / "terms.tsv").string());
  auto result = samklang::run(options);
  if (!result) return samklang::format_error(result.error()) + "\n";
  samklang::Report report{"test", source, result->summary, result->findings};
  return replace_all(samklang::render_text(report, false), dir.string() + "/", "");
}

}  // namespace

TEST_CASE("golden: every rule's cases give their expected report", "[golden]") {
  fs::path golden = kRoot / "tests" / "golden";
  int cases = 0;
  for (const auto& rule : fs::directory_iterator(golden)) {
    if (!rule.is_directory()) continue;
    for (const auto& entry : fs::directory_iterator(rule.path())) {
      if (!entry.is_directory()) continue;
      fs::path dir = entry.path();
      INFO("case " << fs::relative(dir, kRoot).string());
      std::string actual = run_case(dir);
      std::string expected = slurp(dir / "expected.txt");
      if (actual != expected) {
        std::ofstream(dir / "actual.txt", std::ios::binary) << actual;
      } else {
        fs::remove(dir / "actual.txt");
      }
      CHECK(actual == expected);
      // A clean case ("clean...", "json-clean...") must stay silent; any other
      // case must fire its own rule.
      std::string name = dir.filename().string();
      if (name.starts_with("clean") || name.starts_with("json-clean")) {
        CHECK(actual.find("no findings") != std::string::npos);
      } else {
        CHECK(actual.find("[" + rule.path().filename().string() + "]") != std::string::npos);
      }
      ++cases;
    }
  }
  CHECK(cases >= 14);
}
