// source_commit through the real binary: a git repository whose Swedish
// source changes over several commits while the English translation names
// the commit it was made from.
#include <nlohmann/json.hpp>

#include "catch.hpp"
#include "cli/run_binary.h"
#include "git_repo.h"

namespace fs = std::filesystem;
using nlohmann::json;
using samklang::testing::GitRepo;
using samklang::testing::read_file;
using samklang::testing::run_samklang;
using samklang::testing::TempDir;

namespace {

const fs::path kRoot = SAMKLANG_SOURCE_DIR;
const std::string kSv = "catalogs/sv/mission.md";
const std::string kEn = "catalogs/en/mission.md";

void copy_rules(const TempDir& dir) {
  dir.write("rules/terms.tsv", read_file(kRoot / "rules/terms.tsv"));
  for (const char* lang : {"sv", "en"}) {
    std::string file = std::string("rules/segmentation/") + lang + ".txt";
    dir.write(file, read_file(kRoot / file));
  }
  dir.write("samklang.toml",
            "source = \"sv\"\ntargets = [\"en\"]\n"
            "documents = [\"catalogs/{lang}/mission.md\"]\ntermbases = [\"rules/terms.tsv\"]\n");
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

// Each finding as "rule file:line:col text", the target's text or, for a
// missing one, the source's; an outdated one with " | diff".
std::vector<std::string> findings(const fs::path& dir, int expected_exit) {
  auto run = run_samklang({"check", "--format", "json"}, dir);
  INFO(run.err);
  CHECK(run.exit_code == expected_exit);
  std::vector<std::string> out;
  const json report = json::parse(run.out);
  for (const json& f : report["findings"]) {
    const json& place = f["target"];
    std::string text = place["text"];
    if (text.empty() && !f["source"].is_null()) text = f["source"]["text"];
    std::string line = f["rule"].get<std::string>() + " " + place["file"].get<std::string>() + ":" +
                       std::to_string(place["line"].get<int>()) + ":" +
                       std::to_string(place["column"].get<int>()) + " " + text;
    if (!f["change"].is_null()) line += " | " + f["change"]["diff"].get<std::string>();
    out.push_back(line);
  }
  return out;
}

// Each finding as "rule file:line:col: message".
std::vector<std::string> messages(const fs::path& dir, int expected_exit) {
  auto run = run_samklang({"check", "--format", "json"}, dir);
  INFO(run.err);
  CHECK(run.exit_code == expected_exit);
  std::vector<std::string> out;
  const json report = json::parse(run.out);
  for (const json& f : report["findings"]) {
    const json& place = f["target"];
    out.push_back(f["rule"].get<std::string>() + " " + place["file"].get<std::string>() + ":" +
                  std::to_string(place["line"].get<int>()) + ":" +
                  std::to_string(place["column"].get<int>()) + ": " +
                  f["message"].get<std::string>());
  }
  return out;
}

// The English text with a front matter naming `commit`.
std::string english(const std::string& commit, const std::string& body) {
  return "---\ntitle: Our vision, mission, theory of change and core values\nsource_commit: " +
         commit + "\n---\n" + body;
}

const std::string kTypo = "och infomerar om";
const std::string kFixed = "och informerar om";

}  // namespace

TEST_CASE("cli source_commit: each commit of the source outdates exactly its translations",
          "[cli][outdated][git]") {
  TempDir dir;
  GitRepo repo(dir.path());
  if (!repo.ok()) {
    WARN("skipped: libgit2 cannot create a repository here: " << repo.error());
    return;
  }
  copy_rules(dir);
  // The first commit has a typo, and the translation is made from it.
  std::string sv = replaced(read_file(kRoot / kSv), kFixed, kTypo);
  const std::string en_body = read_file(kRoot / kEn);
  repo.write(kSv, sv);
  const std::string first = repo.commit("sv: the mission text", {kSv});
  REQUIRE(first.size() == 40);
  repo.write(kEn, english(first.substr(0, 7), en_body));
  REQUIRE_FALSE(repo.commit("en: translated from the first commit", {kEn}).empty());
  CHECK(findings(dir.path(), 0).empty());

  // A sentence reworded.
  sv = replaced(sv, "på fyra kontinenter", "på fem kontinenter");
  repo.write(kSv, sv);
  REQUIRE_FALSE(repo.commit("sv: five continents", {kSv}).empty());
  const std::string continents =
      "outdated catalogs/en/mission.md:7:241 We are locally represented on four continents. | "
      "Vi är lokalt representerade på [-fyra-]{+fem+} kontinenter.";
  CHECK(findings(dir.path(), 1) == std::vector<std::string>{continents});

  // A sentence added: missing in English, and it outdates nothing.
  sv = replaced(sv, "politiska rättigheter.\n",
                "politiska rättigheter. Ingen ska lämnas utanför.\n");
  repo.write(kSv, sv);
  REQUIRE_FALSE(repo.commit("sv: no one left out", {kSv}).empty());
  const std::string added =
      "segment-missing catalogs/en/mission.md:11:82 Ingen ska lämnas utanför.";
  CHECK(findings(dir.path(), 1) == std::vector<std::string>{continents, added});

  // A typo fixed: a change all the same.
  sv = replaced(sv, kTypo, kFixed);
  repo.write(kSv, sv);
  REQUIRE_FALSE(repo.commit("sv: typo", {kSv}).empty());
  const std::string typo =
      "outdated catalogs/en/mission.md:7:120 We carry out advocacy and legal processes, and we "
      "provide information about the human rights situation around the world. | Vi bedriver "
      "påverkansarbete, juridiska processer och [-infomerar-]{+informerar+} om situationen för "
      "mänskliga rättigheter globalt.";
  CHECK(findings(dir.path(), 1) == std::vector<std::string>{typo, continents, added});

  // The translator updates the English text: until a sign-off, the commit
  // still says it was made from the first one; the new sentence is new.
  std::string en = english(first.substr(0, 7), en_body);
  en = replaced(en, "on four continents", "on five continents");
  en = replaced(en, "civil and political rights.\n",
                "civil and political rights. No one is left out.\n");
  repo.write(kEn, en);
  const std::string five =
      "outdated catalogs/en/mission.md:7:241 We are locally represented on five continents. | "
      "Vi är lokalt representerade på [-fyra-]{+fem+} kontinenter.";
  CHECK(findings(dir.path(), 1) == std::vector<std::string>{typo, five});

  // accept sets source_commit to HEAD, every other byte as it was.
  const std::string head = repo.commit("en: updated", {kEn});
  auto accept = run_samklang({"accept"}, dir.path());
  INFO(accept.err);
  REQUIRE(accept.exit_code == 0);
  CHECK(accept.out.find("catalogs/en/mission.md: source_commit " + head.substr(0, 12)) !=
        std::string::npos);
  CHECK(read_file(dir.path() / kEn) ==
        replaced(en, "source_commit: " + first.substr(0, 7), "source_commit: " + head));
  CHECK(findings(dir.path(), 0).empty());
  // Clean by source_commit alone, too.
  fs::remove(dir.path() / "samklang.lock");
  CHECK(findings(dir.path(), 0).empty());
}

TEST_CASE("cli source_commit: an unknown commit, no repository, an unclosed front matter",
          "[cli][outdated][git]") {
  TempDir dir;
  copy_rules(dir);
  dir.write(kSv, read_file(kRoot / kSv));
  const std::string en_body = read_file(kRoot / kEn);

  SECTION("no repository") {
    dir.write(kEn, english("1a2b3c4", en_body));
    CHECK(messages(dir.path(), 1) ==
          std::vector<std::string>{
              "load-error catalogs/en/mission.md:3:16: source_commit: 'catalogs/sv/mission.md' "
              "is in no git repository, so its history is unknown"});
    // accept cannot set it, says so, and writes nothing.
    auto accept = run_samklang({"accept"}, dir.path());
    CHECK(accept.exit_code == 2);
    CHECK(accept.err ==
          "catalogs/en/mission.md: error: cannot set source_commit: "
          "'catalogs/sv/mission.md' is in no git repository, so its history is unknown\n");
    CHECK_FALSE(fs::exists(dir.path() / "samklang.lock"));
    CHECK(read_file(dir.path() / kEn) == english("1a2b3c4", en_body));
  }
  SECTION("unknown commit") {
    GitRepo repo(dir.path());
    if (!repo.ok()) {
      WARN("skipped: libgit2 cannot create a repository here: " << repo.error());
      return;
    }
    REQUIRE_FALSE(repo.commit("sv", {kSv}).empty());
    dir.write(kEn, english("0000000", en_body));
    CHECK(messages(dir.path(), 1) ==
          std::vector<std::string>{
              "load-error catalogs/en/mission.md:3:16: source_commit: commit '0000000' is not in "
              "the repository of 'catalogs/sv/mission.md'"});
  }
  SECTION("the source file is not in the commit") {
    GitRepo repo(dir.path());
    if (!repo.ok()) {
      WARN("skipped: libgit2 cannot create a repository here: " << repo.error());
      return;
    }
    const std::string rules = repo.commit("rules first", {"samklang.toml"});
    REQUIRE_FALSE(rules.empty());
    REQUIRE_FALSE(repo.commit("sv", {kSv}).empty());
    dir.write(kEn, english(rules, en_body));
    CHECK(messages(dir.path(), 1) ==
          std::vector<std::string>{"load-error catalogs/en/mission.md:3:16: source_commit: "
                                   "'catalogs/sv/mission.md' is not in commit '" +
                                   rules + "'; was it added or renamed after it?"});
  }
  SECTION("unclosed front matter") {
    const std::string unclosed = "---\nsource_commit: 1a2b3c4\n" + en_body;
    dir.write(kEn, unclosed);
    CHECK(messages(dir.path(), 1) ==
          std::vector<std::string>{
              "load-error catalogs/en/mission.md:1:1: the front matter opened by '---' on line 1 "
              "is not closed; add a line '---' after its last 'key: value' line"});
    CHECK(run_samklang({"accept", "--source-commit"}, dir.path()).exit_code == 0);
    CHECK(read_file(dir.path() / kEn) == unclosed);
  }
}

TEST_CASE("cli source_commit: accept adds it only when asked", "[cli][git]") {
  TempDir dir;
  GitRepo repo(dir.path());
  if (!repo.ok()) {
    WARN("skipped: libgit2 cannot create a repository here: " << repo.error());
    return;
  }
  copy_rules(dir);
  dir.write(kSv, read_file(kRoot / kSv));
  const std::string head = repo.commit("sv", {kSv});
  REQUIRE_FALSE(head.empty());
  const std::string en_body = read_file(kRoot / kEn);
  dir.write(kEn, en_body);

  auto plain = run_samklang({"accept"}, dir.path());
  REQUIRE(plain.exit_code == 0);
  CHECK(plain.out.find("source_commit") == std::string::npos);
  CHECK(read_file(dir.path() / kEn) == en_body);

  auto asked = run_samklang({"accept", "--source-commit"}, dir.path());
  INFO(asked.err);
  REQUIRE(asked.exit_code == 0);
  CHECK(read_file(dir.path() / kEn) == "---\nsource_commit: " + head + "\n---\n" + en_body);
  // At HEAD already: nothing to write.
  auto again = run_samklang({"accept"}, dir.path());
  CHECK(again.out.find("source_commit") == std::string::npos);

  // A source changed but not committed: HEAD all the same, with a warning.
  dir.write(kSv, read_file(kRoot / kSv) + "\nEtt nytt stycke.\n");
  dir.write(kEn, english("1a2b3c4", en_body));
  auto uncommitted = run_samklang({"accept"}, dir.path());
  CHECK(uncommitted.exit_code == 0);
  CHECK(uncommitted.err ==
        "catalogs/sv/mission.md: warning: changes not committed; source_commit of "
        "'catalogs/en/mission.md' names HEAD all the same, commit the source to make it exact\n");
  CHECK(read_file(dir.path() / kEn) == english(head, en_body));
}
