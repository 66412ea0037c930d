#include "project/git_source.h"

#include <filesystem>
#include <string>

#include "catch.hpp"
#include "cli/run_binary.h"
#include "git_repo.h"

using samklang::format_error;
using samklang::head_commit;
using samklang::read_file_at_commit;
using samklang::testing::GitRepo;
using samklang::testing::TempDir;

TEST_CASE("git source: a file as it was at a commit, by full or short id", "[project][git]") {
  TempDir dir;
  GitRepo repo(dir.path());
  if (!repo.ok()) {
    WARN("skipped: libgit2 cannot create a repository here: " << repo.error());
    return;
  }
  repo.write("catalogs/sv/mission.md", "# Vår vision\n\nFyra kontinenter.\n");
  std::string first = repo.commit("first", {"catalogs/sv/mission.md"});
  REQUIRE(first.size() == 40);
  repo.write("catalogs/sv/mission.md", "# Vår vision\n\nFem kontinenter.\n");
  std::string second = repo.commit("second", {"catalogs/sv/mission.md"});
  repo.write("catalogs/sv/mission.md", "# Vår vision\n\nSex kontinenter.\n");  // not committed
  const std::string path = (dir.path() / "catalogs/sv/mission.md").string();

  CHECK(read_file_at_commit(path, first).value() == "# Vår vision\n\nFyra kontinenter.\n");
  CHECK(read_file_at_commit(path, first.substr(0, 7)).value() ==
        "# Vår vision\n\nFyra kontinenter.\n");
  CHECK(read_file_at_commit(path, second).value() == "# Vår vision\n\nFem kontinenter.\n");
  auto head = head_commit(path);
  REQUIRE(head);
  CHECK(head->id == second);
  CHECK(head->file_changed);
  repo.commit("third", {"catalogs/sv/mission.md"});
  CHECK_FALSE(head_commit(path).value().file_changed);

  SECTION("unknown commit") {
    auto missing = read_file_at_commit(path, "0000000");
    REQUIRE_FALSE(missing);
    CHECK(missing.error().message == "commit '0000000' is not in the repository of '" + path + "'");
  }
  SECTION("an id of something else") {
    auto not_hex = read_file_at_commit(path, "HEAD");
    REQUIRE_FALSE(not_hex);
    CHECK(not_hex.error().message == "'HEAD' is not a commit id");
  }
  SECTION("the file is not in that commit") {
    repo.write("catalogs/sv/values.md", "# Kärnvärden\n");
    repo.commit("values", {"catalogs/sv/values.md"});
    auto absent = read_file_at_commit((dir.path() / "catalogs/sv/values.md").string(), first);
    REQUIRE_FALSE(absent);
    CHECK(absent.error().message == "'catalogs/sv/values.md' is not in commit '" + first +
                                        "'; was it added or renamed after it?");
  }
}

TEST_CASE("git source: a file in no repository", "[project][git]") {
  TempDir dir;
  std::string path = dir.write("mission.md", "# Vår vision\n").string();
  auto read = read_file_at_commit(path, "1a2b3c4");
  REQUIRE_FALSE(read);
  CHECK(read.error().message ==
        "'" + path + "' is in no git repository, so its history is unknown");
  CHECK_FALSE(head_commit(path));
}
