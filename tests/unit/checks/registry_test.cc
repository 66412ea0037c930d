#include "checks/registry.h"

#include <filesystem>
#include <string>

#include "catch.hpp"

namespace fs = std::filesystem;

TEST_CASE("registry: every rule has help, golden cases and a clean case", "[checks]") {
  fs::path golden = fs::path(SAMKLANG_SOURCE_DIR) / "tests" / "golden";
  std::string previous;
  for (const samklang::CheckDef* def : samklang::all_checks()) {
    INFO(def->info.id);
    CHECK(std::string(def->info.id) > previous);  // sorted, no duplicates
    previous = def->info.id;
    CHECK(std::string(def->info.summary).size() > 10);
    CHECK(std::string(def->info.help).find("Example") != std::string::npos);
    CHECK(std::string(def->info.help).find("Silence") != std::string::npos);
    CHECK(samklang::find_check(def->info.id) == def);
    fs::path dir = golden / def->info.id;
    REQUIRE(fs::is_directory(dir));
    int firing = 0;
    int clean = 0;
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (!entry.is_directory()) continue;
      (entry.path().filename().string().starts_with("clean") ? clean : firing)++;
    }
    CHECK(firing >= 1);
    CHECK(clean >= 1);
  }
  CHECK(samklang::find_check("no-such-rule") == nullptr);
}
