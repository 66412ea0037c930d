#include "project/lockfile.h"

#include <filesystem>

#include "catch.hpp"
#include "cli/run_binary.h"
#include "test_support.h"

namespace fs = std::filesystem;
using samklang::Lockfile;
using samklang::SignedPair;
using samklang::testing::slurp;

namespace {

SignedPair pair(std::string document, std::string lang, std::string text) {
  return SignedPair{std::move(document),
                    std::move(lang),
                    {"0123456789abcdef"},
                    {"fedcba9876543210", "00000000000000ff"},
                    std::move(text)};
}

Lockfile sample() {
  Lockfile lock;
  lock.pairs = {pair("b.md", "en", "Andra \"citat\"\tmed tab."), pair("a.md", "es", "Första."),
                pair("a.md", "en", "Första meningen."), pair("a.md", "en", "Andra meningen.")};
  return lock;
}

}  // namespace

TEST_CASE("lockfile: what is written reads back the same, sorted, one pair a line", "[project]") {
  std::string text = samklang::render_lockfile(sample());
  CHECK(text == samklang::render_lockfile(sample()));
  auto lock = samklang::parse_lockfile(text, "samklang.lock");
  REQUIRE(lock);
  REQUIRE(lock->pairs.size() == 4);
  // Sorted by document and language; a document's pairs keep their order.
  CHECK(lock->pairs[0].text == "Första meningen.");
  CHECK(lock->pairs[1].text == "Andra meningen.");
  CHECK(lock->pairs[2].lang == "es");
  CHECK(lock->pairs[3].document == "b.md");
  CHECK(lock->pairs[3].text == "Andra \"citat\"\tmed tab.");
  CHECK(lock->pairs[3].target.size() == 2);
  CHECK(std::count(text.begin(), text.end(), '\n') == 4 + 5);
  CHECK(samklang::render_lockfile(*lock) == text);
}

TEST_CASE("lockfile: replace_pairs changes one document and language only", "[project]") {
  Lockfile lock = sample();
  samklang::replace_pairs(lock, "a.md", "en", {pair("a.md", "en", "Ny.")});
  auto text = samklang::render_lockfile(lock);
  CHECK(text.find("Första meningen.") == std::string::npos);
  CHECK(text.find("\"Ny.\"") != std::string::npos);
  CHECK(text.find("\"Första.\"") != std::string::npos);
  CHECK(lock.pairs.size() == 3);
}

TEST_CASE("lockfile: a damaged file is an error at its line and column", "[project]") {
  const std::string good = samklang::render_lockfile(sample());
  SECTION("truncated in the middle of a pair") {
    std::string cut = good.substr(0, good.find("Andra meningen") + 5);
    auto lock = samklang::parse_lockfile(cut, "samklang.lock");
    REQUIRE_FALSE(lock);
    CHECK(lock.error().where.file == "samklang.lock");
    CHECK(lock.error().where.line == 5);
    CHECK(lock.error().where.column > 1);
    CHECK(lock.error().message.starts_with("the lockfile is damaged"));
    CHECK(samklang::format_error(lock.error()).starts_with("samklang.lock:5:"));
  }
  SECTION("truncated after a whole line") {
    std::string cut = good.substr(0, good.find('\n', good.find("Första.")) + 1);
    auto lock = samklang::parse_lockfile(cut, "samklang.lock");
    REQUIRE_FALSE(lock);
    CHECK(lock.error().where.line >= 6);
  }
  SECTION("empty") {
    auto lock = samklang::parse_lockfile("", "samklang.lock");
    REQUIRE_FALSE(lock);
    CHECK(lock.error().where.line == 1);
  }
  SECTION("a version this samklang does not read") {
    std::string text = good;
    text.replace(text.find(": 1,"), 4, ": 2,");
    auto lock = samklang::parse_lockfile(text, "samklang.lock");
    REQUIRE_FALSE(lock);
    CHECK(lock.error().where.line == 2);
    CHECK(lock.error().where.column == 18);
    CHECK(lock.error().message.starts_with("lockfile version 2 is not one this samklang reads"));
  }
  SECTION("no version") {
    auto lock = samklang::parse_lockfile("{\"pairs\": []}\n", "samklang.lock");
    REQUIRE_FALSE(lock);
    CHECK(lock.error().message.starts_with("not a samklang lockfile"));
  }
  SECTION("a fingerprint that is not one, at its pair's line") {
    std::string text = good;
    text.replace(text.find("0123456789abcdef", text.find("Första.") - 120), 16, "xyz");
    auto lock = samklang::parse_lockfile(text, "samklang.lock");
    REQUIRE_FALSE(lock);
    CHECK(lock.error().where.line == 6);
    CHECK(lock.error().where.column == 1);
    CHECK(lock.error().message.find("'\"xyz\"'") != std::string::npos);
  }
}

TEST_CASE("lockfile: an interrupted write leaves the old file whole", "[project]") {
  samklang::testing::TempDir dir;
  std::string path = (dir.path() / "samklang.lock").string();
  Lockfile old_lock;
  old_lock.pairs = {pair("a.md", "en", "Gammal.")};
  REQUIRE_FALSE(samklang::save_lockfile(path, old_lock));
  const std::string old_text = slurp(path);
  CHECK(samklang::load_lockfile(path).value()->pairs.size() == 1);

  // Killed after writing the new text, before the rename: the old file stands.
  auto temp = samklang::write_lockfile_temp(path, sample());
  REQUIRE(temp);
  CHECK(fs::path(*temp).parent_path() == dir.path());
  CHECK(slurp(path) == old_text);
  CHECK(slurp(*temp) == samklang::render_lockfile(sample()));
  // The rename replaces it whole.
  REQUIRE_FALSE(samklang::commit_lockfile_temp(*temp, path));
  CHECK_FALSE(fs::exists(*temp));
  auto lock = samklang::load_lockfile(path);
  REQUIRE(lock);
  CHECK((*lock)->pairs.size() == 4);
}

TEST_CASE("lockfile: no file is no sign-off, not an error", "[project]") {
  samklang::testing::TempDir dir;
  auto lock = samklang::load_lockfile((dir.path() / "samklang.lock").string());
  REQUIRE(lock);
  CHECK_FALSE(lock->has_value());
}

TEST_CASE("lockfile: a folder in its place is an error, not an empty sign-off", "[project]") {
  samklang::testing::TempDir dir;
  fs::create_directory(dir.path() / "samklang.lock");
  auto lock = samklang::load_lockfile((dir.path() / "samklang.lock").string());
  REQUIRE_FALSE(lock);
  CHECK(lock.error().message == "the lockfile is not a regular file");
}
