#include "engine/engine.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "catch.hpp"
#include "engine/prepare.h"
#include "terms/termbase.h"
#include "test_support.h"

namespace fs = std::filesystem;

using samklang::testing::slurp;

namespace {

const fs::path kRoot = SAMKLANG_SOURCE_DIR;

samklang::RunOptions options_for(const std::string& source, const std::string& lang,
                                 const std::string& target) {
  samklang::RunOptions options;
  options.source_lang = "sv";
  options.jobs = 1;
  options.segmentation_dir = (kRoot / "rules/segmentation").string();
  options.termbases = {(kRoot / "rules/terms.tsv").string()};
  options.documents = {{"mission", {{"sv", source}, {lang, target}}}};
  return options;
}

}  // namespace

TEST_CASE("engine: every sentence deleted from a translation is found, and only it", "[engine]") {
  auto lang = GENERATE(as<std::string>{}, "en", "es");
  const fs::path source = kRoot / "catalogs/sv/mission.md";
  const fs::path target = kRoot / "catalogs" / lang / "mission.md";
  auto termbase = samklang::load_termbase_tsv((kRoot / "rules/terms.tsv").string());
  REQUIRE(termbase);
  auto prepared = samklang::prepare_document({lang, target.string()}, *termbase,
                                             (kRoot / "rules/segmentation").string());
  REQUIRE(prepared);
  auto clean = samklang::run(options_for(source.string(), lang, target.string()));
  REQUIRE(clean);
  REQUIRE(clean->findings.empty());

  const std::string text = slurp(target);
  // A name of this process: parallel test runs must not share the file.
  fs::path copy = fs::temp_directory_path() /
                  ("samklang-engine-" + std::to_string(::getpid()) + "-" + lang + ".md");
  const auto& doc = *prepared->document;
  for (const samklang::Segment& segment : prepared->segmented.segments) {
    const samklang::Unit& unit = doc.units[segment.unit];
    uint32_t begin = unit.file_offset(segment.begin);
    uint32_t end = unit.file_offset(segment.end);
    std::string damaged = text;
    damaged.erase(begin, end - begin);
    std::ofstream(copy, std::ios::binary) << damaged;
    auto result = samklang::run(options_for(source.string(), lang, copy.string()));
    REQUIRE(result);
    std::string found;
    for (const auto& f : result->findings) found += "\n  [" + f.rule + "] " + f.message;
    INFO(lang << ": deleted '" << segment.text << "', found:" << found);
    CHECK(result->findings.size() == 1);
    if (result->findings.size() != 1) continue;
    CHECK(result->findings[0].rule == "segment-missing");
    CHECK(result->summary.at(lang).missing == 1);
  }
  fs::remove(copy);
}

TEST_CASE("engine: two sentences joined into one by the translator are no finding", "[engine]") {
  auto lang = GENERATE(as<std::string>{}, "en", "es");
  const fs::path source = kRoot / "catalogs/sv/mission.md";
  const fs::path target = kRoot / "catalogs" / lang / "mission.md";
  auto termbase = samklang::load_termbase_tsv((kRoot / "rules/terms.tsv").string());
  REQUIRE(termbase);
  auto prepared = samklang::prepare_document({lang, target.string()}, *termbase,
                                             (kRoot / "rules/segmentation").string());
  REQUIRE(prepared);
  const std::string text = slurp(target);
  fs::path copy = fs::temp_directory_path() /
                  ("samklang-engine-join-" + std::to_string(::getpid()) + "-" + lang + ".md");
  const auto& doc = *prepared->document;
  const auto& segments = prepared->segmented.segments;
  int joined = 0;
  for (size_t i = 0; i + 1 < segments.size(); ++i) {
    if (segments[i].unit != segments[i + 1].unit) continue;
    const samklang::Unit& unit = doc.units[segments[i].unit];
    // "... X. Y ..." becomes "... X; y ...": one sentence where the source has two.
    uint32_t stop = unit.file_offset(segments[i].end) - 1;
    uint32_t next = unit.file_offset(segments[i + 1].begin);
    if (text[stop] != '.' || text[next] < 'A' || text[next] > 'Z') continue;
    std::string damaged = text;
    damaged[next] = static_cast<char>(damaged[next] - 'A' + 'a');
    damaged[stop] = ';';
    std::ofstream(copy, std::ios::binary) << damaged;
    auto result = samklang::run(options_for(source.string(), lang, copy.string()));
    REQUIRE(result);
    std::string found;
    for (const auto& f : result->findings) found += "\n  [" + f.rule + "] " + f.message;
    INFO(lang << ": joined '" << segments[i].text << "' and '" << segments[i + 1].text
              << "', found:" << found);
    CHECK(result->findings.empty());
    ++joined;
  }
  CHECK(joined >= 8);
  fs::remove(copy);
}

TEST_CASE("engine: an unreadable source is one load-error and nothing else", "[engine]") {
  auto result = samklang::run(
      options_for("/nonexistent/sv.md", "en", (kRoot / "catalogs/en/mission.md").string()));
  REQUIRE(result);
  REQUIRE(result->findings.size() == 1);
  CHECK(result->findings[0].rule == "load-error");
  CHECK(result->findings[0].target->file == "/nonexistent/sv.md");
}

TEST_CASE("engine: rule settings turn rules off and change severities", "[engine]") {
  auto options = options_for((kRoot / "catalogs/sv/mission.md").string(), "sr-Latn",
                             (kRoot / "catalogs/sr-Latn/mission.md").string());
  auto all = samklang::run(options);
  REQUIRE(all);
  REQUIRE_FALSE(all->findings.empty());
  CHECK(all->findings[0].severity == samklang::Severity::error);

  options.rules["segment-missing"].severity = samklang::Severity::warning;
  auto warned = samklang::run(options);
  REQUIRE(warned);
  CHECK(warned->findings.size() == all->findings.size());
  CHECK(warned->findings[0].severity == samklang::Severity::warning);
  CHECK(warned->findings[0].fingerprint == all->findings[0].fingerprint);

  options.rules["segment-missing"].enabled = false;
  auto off = samklang::run(options);
  REQUIRE(off);
  CHECK(off->findings.empty());
  CHECK(off->summary.at("sr-Latn").missing == all->summary.at("sr-Latn").missing);

  options.rules["segment-mising"] = {};
  auto unknown = samklang::run(options);
  REQUIRE_FALSE(unknown);
  CHECK(unknown.error().message.find("'segment-mising'") != std::string::npos);
}
