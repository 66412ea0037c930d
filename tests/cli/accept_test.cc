// samklang accept and the outdated rule through the real binary, on a copy
// of the project.
#include <nlohmann/json.hpp>

#include "catch.hpp"
#include "cli/run_binary.h"

namespace fs = std::filesystem;
using nlohmann::json;
using samklang::testing::read_file;
using samklang::testing::run_samklang;
using samklang::testing::TempDir;

namespace {

const fs::path kRoot = SAMKLANG_SOURCE_DIR;

// The mission texts in sv, en and es with the bundled rules and a
// configuration of their own.
void copy_project(const TempDir& dir) {
  for (const char* lang : {"sv", "en", "es"}) {
    std::string file = std::string("catalogs/") + lang + "/mission.md";
    dir.write(file, read_file(kRoot / file));
  }
  dir.write("rules/terms.tsv", read_file(kRoot / "rules/terms.tsv"));
  for (const char* lang : {"sv", "en", "es"}) {
    std::string file = std::string("rules/segmentation/") + lang + ".txt";
    dir.write(file, read_file(kRoot / file));
  }
  dir.write("samklang.toml",
            "source = \"sv\"\ntargets = [\"en\", \"es\"]\n"
            "documents = [\"catalogs/{lang}/mission.md\"]\ntermbases = [\"rules/terms.tsv\"]\n");
}

void edit(const TempDir& dir, const std::string& file, const std::string& from,
          const std::string& to) {
  std::string text = read_file(dir.path() / file);
  size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  dir.write(file, text.replace(at, from.size(), to));
}

}  // namespace

TEST_CASE("cli accept: sign off, edit the source, check names the outdated sentences",
          "[cli][outdated]") {
  TempDir dir;
  copy_project(dir);
  auto accept = run_samklang({"accept"}, dir.path());
  INFO(accept.err);
  REQUIRE(accept.exit_code == 0);
  CHECK(accept.out.find("catalogs/en/mission.md: en: 37 pairs signed off") != std::string::npos);
  CHECK(accept.out.find("samklang.lock: 74 pairs signed off") != std::string::npos);
  const std::string lock = read_file(dir.path() / "samklang.lock");
  CHECK(std::count(lock.begin(), lock.end(), '\n') == 74 + 5);
  // The same texts give the same file.
  REQUIRE(run_samklang({"accept", "--quiet"}, dir.path()).exit_code == 0);
  CHECK(read_file(dir.path() / "samklang.lock") == lock);
  CHECK(run_samklang({"check"}, dir.path()).exit_code == 0);

  edit(dir, "catalogs/sv/mission.md", "på fyra kontinenter", "på fem kontinenter");
  auto check = run_samklang({"check", "--format", "json"}, dir.path());
  REQUIRE(check.exit_code == 1);
  json report = json::parse(check.out);
  REQUIRE(report["findings"].size() == 2);
  for (const json& f : report["findings"]) {
    CHECK(f["rule"] == "outdated");
    CHECK(f["source"]["text"] == "Vi är lokalt representerade på fem kontinenter.");
    CHECK(f["change"]["previous_source"] == "Vi är lokalt representerade på fyra kontinenter.");
    CHECK(f["change"]["diff"] == "Vi är lokalt representerade på [-fyra-]{+fem+} kontinenter.");
  }
  CHECK(report["findings"][0]["target"]["text"] ==
        "We are locally represented on four continents.");
  CHECK(report["findings"][0]["target"]["line"] == 3);
  CHECK(report["findings"][1]["target"]["text"] ==
        "Tenemos representación local en cuatro continentes.");
  CHECK(report["summary"]["en"]["outdated"] == 1);

  // Signing off English only leaves Spanish outdated.
  REQUIRE(run_samklang({"accept", "--lang", "en"}, dir.path()).exit_code == 0);
  report = json::parse(run_samklang({"check", "--format", "json"}, dir.path()).out);
  REQUIRE(report["findings"].size() == 1);
  CHECK(report["findings"][0]["target_lang"] == "es");
  REQUIRE(run_samklang({"accept", "--document", "catalogs/es/mission.md"}, dir.path()).exit_code ==
          0);
  CHECK(run_samklang({"check"}, dir.path()).exit_code == 0);

  // A translation edited without a new sign-off is a note.
  edit(dir, "catalogs/en/mission.md", "We are independent and", "We are independent, and we");
  auto note = run_samklang({"check"}, dir.path());
  CHECK(note.exit_code == 0);
  CHECK(note.out.find("note: the translation changed after it was signed off, but its source did "
                      "not [outdated]") != std::string::npos);
}

TEST_CASE("cli accept: a damaged lockfile is an error and is never replaced", "[cli][outdated]") {
  TempDir dir;
  copy_project(dir);
  REQUIRE(run_samklang({"accept"}, dir.path()).exit_code == 0);
  const std::string good = read_file(dir.path() / "samklang.lock");
  SECTION("truncated in the middle") {
    std::string cut = good.substr(0, good.size() / 2);
    dir.write("samklang.lock", cut);
    int line = 1 + static_cast<int>(std::count(cut.begin(), cut.end(), '\n'));
    for (const char* command : {"check", "accept"}) {
      auto run = run_samklang({command}, dir.path());
      CHECK(run.exit_code == 2);
      CHECK(run.out.empty());
      CHECK(run.err.starts_with("samklang.lock:" + std::to_string(line) + ":"));
      CHECK(run.err.find(": error: the lockfile is damaged") != std::string::npos);
      CHECK(read_file(dir.path() / "samklang.lock") == cut);
    }
  }
  SECTION("a version from the future") {
    std::string text = good;
    text.replace(text.find("\"samklang_lock\": 1"), 18, "\"samklang_lock\": 9");
    dir.write("samklang.lock", text);
    for (const char* command : {"check", "accept"}) {
      auto run = run_samklang({command}, dir.path());
      CHECK(run.exit_code == 2);
      CHECK(
          run.err.starts_with("samklang.lock:2:18: error: lockfile version 9 is not one this "
                              "samklang reads"));
      CHECK(read_file(dir.path() / "samklang.lock") == text);
    }
  }
  SECTION("an unknown --lang changes nothing") {
    auto run = run_samklang({"accept", "--lang", "de"}, dir.path());
    CHECK(run.exit_code == 2);
    CHECK(run.err.find("'--lang de' matches no target language") != std::string::npos);
    CHECK(read_file(dir.path() / "samklang.lock") == good);
  }
  // No temporary file is left behind.
  for (const auto& entry : fs::directory_iterator(dir.path()))
    CHECK(entry.path().filename().string().find(".tmp") == std::string::npos);
}

TEST_CASE("cli status: counts per document and language in text, JSON and Markdown",
          "[cli][outdated]") {
  TempDir dir;
  copy_project(dir);
  REQUIRE(run_samklang({"accept", "--quiet"}, dir.path()).exit_code == 0);
  edit(dir, "catalogs/sv/mission.md", "på fyra kontinenter", "på fem kontinenter");
  edit(dir, "catalogs/sv/mission.md", "med omsorg.", "med omsorg. Vi lär av våra misstag.");
  auto text = run_samklang({"status"}, dir.path());
  INFO(text.err);
  REQUIRE(text.exit_code == 0);
  CHECK(text.out ==
        "document                    language  segments  words  translated  missing  outdated  "
        "fuzzy\n"
        "catalogs/{lang}/mission.md  en              38    440          37        1         1      "
        "0\n"
        "catalogs/{lang}/mission.md  es              38    440          37        1         1      "
        "0\n");
  auto md = run_samklang({"status", "--format", "markdown"}, dir.path());
  CHECK(md.out.find("| `catalogs/{lang}/mission.md` | es | 38 | 440 | 37 | 1 | 1 | 0 |") !=
        std::string::npos);
  json doc = json::parse(run_samklang({"status", "--format", "json"}, dir.path()).out);
  REQUIRE(doc["status"].size() == 2);
  CHECK(doc["status"][0]["file"] == "catalogs/en/mission.md");
  CHECK(doc["status"][0]["outdated"] == 1);

  // A fuzzy PO entry counts as fuzzy, an empty one as missing.
  dir.write("po/es.po",
            "msgid \"\"\nmsgstr \"\"\n\"Language: es\\n\"\n\n"
            "#, fuzzy\nmsgid \"One.\"\nmsgstr \"Uno.\"\n\n"
            "msgid \"Two.\"\nmsgstr \"\"\n\nmsgid \"Three.\"\nmsgstr \"Tres.\"\n");
  doc = json::parse(run_samklang({"status", "--format", "json", "po/es.po"}, dir.path()).out);
  REQUIRE(doc["status"].size() == 1);
  CHECK(doc["status"][0]["segments"] == 3);
  CHECK(doc["status"][0]["translated"] == 2);
  CHECK(doc["status"][0]["missing"] == 1);
  CHECK(doc["status"][0]["fuzzy"] == 1);
  CHECK(doc["status"][0]["outdated"] == 0);
}
