// The real binary on catalogs for inconsistent-target, inconsistent-source
// and untranslated: PO (msgctxt, plural forms, fuzzy), XLIFF and TMX.
#include <nlohmann/json.hpp>

#include "catch.hpp"
#include "cli/run_binary.h"

namespace fs = std::filesystem;
using nlohmann::json;
using samklang::testing::run_samklang;
using samklang::testing::TempDir;

namespace {

const std::string kHeaderSv = "msgid \"\"\nmsgstr \"\"\n\"Language: sv\\n\"\n\n";

std::string entry(const std::string& id, const std::string& str, const std::string& extra = "") {
  return extra + "msgid \"" + id + "\"\nmsgstr \"" + str + "\"\n\n";
}

// Findings of `rule` as (file, line) pairs.
std::vector<std::pair<std::string, int>> places(const json& report, const std::string& rule) {
  std::vector<std::pair<std::string, int>> out;
  for (const json& f : report["findings"])
    if (f["rule"] == rule) out.emplace_back(f["target"]["file"], f["target"]["line"]);
  return out;
}

json check(const TempDir& dir, std::vector<std::string> args) {
  args.insert(args.begin(), "check");
  for (const char* extra : {"--source-lang", "en", "--format", "json", "--fail-on", "never"})
    args.push_back(extra);
  auto run = run_samklang(args, dir.path());
  INFO(run.out << run.err);
  REQUIRE(run.exit_code == 0);
  return json::parse(run.out);
}

}  // namespace

TEST_CASE("cli: the same msgid translated differently across catalogs", "[cli]") {
  TempDir dir;
  // a.po: the norm twice; b.po: another wording once, in a context once, fuzzy once.
  dir.write("a.po", kHeaderSv + entry("Could not open the file %s", "Kunde inte öppna filen %s") +
                        entry("Remove the selected files", "Ta bort de markerade filerna") +
                        entry("Open", "Öppna"));
  dir.write(
      "b.po",
      kHeaderSv + entry("Could not open the file {0}", "Kunde inte öppna filen {0}") +
          entry("Remove the selected files", "Radera de valda filerna") +
          entry("Remove the selected files", "Ta bort markerade filer", "msgctxt \"trash\"\n") +
          entry("Could not open the file %s", "Misslyckades att öppna %s", "#, fuzzy\n") +
          entry("Open", "Öppen"));
  json report = check(dir, {"a.po", "b.po"});
  // 'Radera de valda filerna' (b.po:9) differs from the norm; the context,
  // the fuzzy entry and the placeholder syntax do not count.
  CHECK(places(report, "inconsistent-target") ==
        std::vector<std::pair<std::string, int>>{{"b.po", 9}, {"b.po", 20}});
  for (const json& f : report["findings"]) {
    if (f["rule"] != "inconsistent-target") continue;
    if (f["target"]["line"] == 9) {
      CHECK(f["severity"] == "warning");
      CHECK(f["message"].get<std::string>().find(
                "'Ta bort de markerade filerna' (1×, at a.po:9)") != std::string::npos);
      CHECK(f["fix"].get<std::string>().find("'Ta bort de markerade filerna'") !=
            std::string::npos);
    } else {
      CHECK(f["severity"] == "note");  // one word: 'Öppna' and 'Öppen' may both be right
    }
  }
}

TEST_CASE("cli: plural forms compare form by form", "[cli]") {
  TempDir dir;
  auto plural = [](const std::string& zero, const std::string& one) {
    return "msgid \"%d file\"\nmsgid_plural \"%d files\"\nmsgstr[0] \"" + zero +
           "\"\nmsgstr[1] \"" + one + "\"\n\n";
  };
  dir.write("a.po", kHeaderSv + plural("%d fil", "%d filer"));
  dir.write("b.po", kHeaderSv + plural("%d fil", "%d filer"));
  dir.write("c.po", kHeaderSv + plural("%d fil", "%d dokument"));
  json report = check(dir, {"a.po", "b.po", "c.po"});
  CHECK(places(report, "inconsistent-target") ==
        std::vector<std::pair<std::string, int>>{{"c.po", 8}});
  CHECK(places(report, "inconsistent-source").empty());
}

TEST_CASE("cli: near-twin sources with one translation are a note", "[cli]") {
  TempDir dir;
  dir.write("a.po", kHeaderSv + entry("Icon size", "Ikonstorlek") +
                        entry("Icon name", "Ikonstorlek") + entry("Icon sizes", "Ikonstorlekar") +
                        entry("Quit", "Avsluta") + entry("Exit", "Avsluta") +
                        entry("Out of memory", "Slut på minne") +
                        entry("Memory exhausted", "Slut på minne"));
  json report = check(dir, {"a.po"});
  // 'Icon name' (line 9) is reported; synonyms worded apart and one-word ones are not.
  CHECK(places(report, "inconsistent-source") ==
        std::vector<std::pair<std::string, int>>{{"a.po", 9}});
}

TEST_CASE("cli: untranslated in PO, XLIFF and TMX catalogs", "[cli]") {
  TempDir dir;
  SECTION("PO: a copy of the msgid and an English sentence in a Spanish catalog") {
    // A product name listed under keep is not untranslated.
    dir.write("samklang.toml", "source = \"en\"\n[untranslated]\nkeep = [\"GNOME Shell\"]\n");
    dir.write("es.po", "msgid \"\"\nmsgstr \"\"\n\"Language: es\\n\"\n\n" +
                           entry("The file could not be saved because the disk is full.",
                                 "The file could not be saved because the disk is full.") +
                           entry("Please close some of the other programs before you try again.",
                                 "Please close some other programs and then try it again.") +
                           entry("Print the list of all the files that were changed.",
                                 "Imprime la lista de todos los archivos que se han cambiado.") +
                           entry("GNOME Shell", "GNOME Shell"));
    json report = check(dir, {"es.po"});
    auto found = places(report, "untranslated");
    CHECK(found == std::vector<std::pair<std::string, int>>{{"es.po", 6}, {"es.po", 9}});
    CHECK(report["findings"][1]["message"].get<std::string>().find("is written in en") !=
          std::string::npos);
  }
  SECTION("XLIFF: a target equal to its source") {
    dir.write("sv.xlf",
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
              "<xliff version=\"1.2\"><file original=\"a\" source-language=\"en\" "
              "target-language=\"sv\"><body>\n"
              "<trans-unit id=\"1\"><source>Save the changes before closing?</source>"
              "<target>Save the changes before closing?</target></trans-unit>\n"
              "<trans-unit id=\"2\"><source>Close without saving</source>"
              "<target>Stäng utan att spara</target></trans-unit>\n"
              "</body></file></xliff>\n");
    json report = check(dir, {"sv.xlf"});
    CHECK(places(report, "untranslated") ==
          std::vector<std::pair<std::string, int>>{{"sv.xlf", 3}});
  }
  SECTION("TMX: a Russian segment equal to its English source") {
    dir.write(
        "ru.tmx",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<tmx version=\"1.4\"><header srclang=\"en\" datatype=\"plaintext\" segtype=\"sentence\" "
        "adminlang=\"en\" o-tmf=\"none\" creationtool=\"t\" creationtoolversion=\"1\"/><body>\n"
        "<tu tuid=\"1\"><tuv xml:lang=\"en\"><seg>Human rights are universal.</seg></tuv>"
        "<tuv xml:lang=\"ru\"><seg>Human rights are universal.</seg></tuv></tu>\n"
        "<tu tuid=\"2\"><tuv xml:lang=\"en\"><seg>We defend them.</seg></tuv>"
        "<tuv xml:lang=\"ru\"><seg>Мы их защищаем.</seg></tuv></tu>\n"
        "</body></tmx>\n");
    json report = check(dir, {"ru.tmx"});
    CHECK(places(report, "untranslated") ==
          std::vector<std::pair<std::string, int>>{{"ru.tmx", 3}});
  }
}
