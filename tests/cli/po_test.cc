// The real binary on gettext catalogs.
#include <nlohmann/json.hpp>

#include "catch.hpp"
#include "cli/run_binary.h"

namespace fs = std::filesystem;
using nlohmann::json;
using samklang::testing::run_samklang;
using samklang::testing::TempDir;

namespace {

const fs::path kRoot = SAMKLANG_SOURCE_DIR;

const std::string kCatalog =
    "msgid \"\"\n"
    "msgstr \"\"\n"
    "\"Language: es\\n\"\n"
    "\n"
    "msgid \"Our mission is to defend civil and political rights.\"\n"
    "msgstr \"Nuestra misión es defender los derechos cívicos.\"\n"
    "\n"
    "msgid \"We are locally represented on four continents.\"\n"
    "msgstr \"\"\n"
    "\n"
    "msgid \"Civil Rights Defenders works with human rights defenders.\"\n"
    "msgstr \"Civil Rights Defenders works with human rights defenders.\"\n"
    "\n"
    "msgid \"Failed to fetch %s\"\n"
    "msgstr \"No se pudo obtener %s\"\n";

}  // namespace

TEST_CASE("cli: a PO catalog is checked entry by entry", "[cli]") {
  TempDir dir;
  dir.write("es.po", kCatalog);
  auto run = run_samklang(
      {"check", "es.po", "--terms", (kRoot / "rules/terms.tsv").string(), "--format", "json"},
      dir.path());
  INFO(run.out << run.err);
  REQUIRE(run.err.empty());
  CHECK(run.exit_code == 1);
  json report = json::parse(run.out);
  std::map<std::string, int> line_of;
  for (const json& f : report["findings"]) line_of[f["rule"]] = f["target"]["line"];
  CHECK(line_of.at("term-forbidden") == 6);
  CHECK(line_of.at("segment-missing") == 9);
  CHECK(line_of.at("untranslated") == 12);
  CHECK(report["findings"].size() == 3);
  CHECK(report["findings"][0]["source_lang"] == "en");
  CHECK(report["summary"]["es"]["segments"] == 4);
  CHECK(report["summary"]["es"]["missing"] == 1);
}

TEST_CASE("cli: a damaged PO catalog is a load-error with its line", "[cli]") {
  TempDir dir;
  dir.write("sv.po", "msgid \"Our vision\"\nmsgstr \"Vår vision\n");
  auto run =
      run_samklang({"check", "sv.po", "--terms", (kRoot / "rules/terms.tsv").string()}, dir.path());
  CHECK(run.exit_code == 1);
  CHECK(run.out.find("sv.po:2:8: error: unterminated string") != std::string::npos);
  CHECK(run.out.find("[load-error]") != std::string::npos);
}

TEST_CASE("cli: each PO plural form is checked against the source its numbers need", "[cli]") {
  // Russian form 0 takes 1, 21, 31...: it needs the number, and is checked
  // against msgid_plural. Czech form 0 takes 1 alone: it may spell it out.
  // Japanese has one form for every number.
  TempDir dir;
  dir.write("ru.po",
            "msgid \"\"\nmsgstr \"\"\n\"Language: ru\\n\"\n"
            "\"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && "
            "n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n\"\n\n"
            "msgid \"One file was removed\"\nmsgid_plural \"%d files were removed\"\n"
            "msgstr[0] \"Удалён %d файл\"\nmsgstr[1] \"Удалено %d файла\"\n"
            "msgstr[2] \"Удалено %d файлов\"\n\n"
            "msgid \"%d day left\"\nmsgid_plural \"%d days left\"\n"
            "msgstr[0] \"Остался %d день\"\nmsgstr[1] \"Осталось %d дня\"\n"
            "msgstr[2] \"Осталось дней\"\n");
  dir.write("cs.po",
            "msgid \"\"\nmsgstr \"\"\n\"Language: cs\\n\"\n"
            "\"Plural-Forms: nplurals=3; plural=(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2;\\n\"\n\n"
            "msgid \"%d file was removed\"\nmsgid_plural \"%d files were removed\"\n"
            "msgstr[0] \"Jeden soubor byl odstraněn\"\nmsgstr[1] \"%d soubory byly odstraněny\"\n"
            "msgstr[2] \"Bylo odstraněno souborů\"\n");
  dir.write("ja.po",
            "msgid \"\"\nmsgstr \"\"\n\"Language: ja\\n\"\n"
            "\"Plural-Forms: nplurals=1; plural=0;\\n\"\n\n"
            "msgid \"One file was removed\"\nmsgid_plural \"%d files were removed\"\n"
            "msgstr[0] \"%d 個のファイルを削除しました\"\n");
  auto run = run_samklang(
      {"check", "--source-lang", "en", "ru.po", "cs.po", "ja.po", "--format", "json"}, dir.path());
  INFO(run.out << run.err);
  REQUIRE(run.exit_code == 1);
  json report = json::parse(run.out);
  std::vector<std::string> places;
  for (const json& f : report["findings"])
    places.push_back(f["rule"].get<std::string>() + " " + f["target"]["file"].get<std::string>() +
                     ":" + std::to_string(f["target"]["line"].get<int>()));
  // The forms many numbers take must keep '%d'; the others are right.
  CHECK(places ==
        std::vector<std::string>{"placeholder-mismatch cs.po:10", "placeholder-mismatch ru.po:16"});
}

TEST_CASE("cli: ICU plural and select messages are checked case by case", "[cli]") {
  TempDir dir;
  dir.write("ru.po",
            "msgid \"\"\nmsgstr \"\"\n\"Language: ru\\n\"\n\n"
            "msgid \"{count, plural, one {# report by {author}} other {# reports by {author}}}\"\n"
            "msgstr \"{count, plural, one {# отчёт, автор {author}} few {# отчёта, автор "
            "{author}} many {# отчётов} other {# отчёта, автор {author}}}\"\n\n"
            "msgid \"{gender, select, female {She defends} other {They defend}}\"\n"
            "msgstr \"{gender, select, female {Она защищает} other {Они защищают}}\"\n");
  auto run = run_samklang({"check", "--source-lang", "en", "ru.po"}, dir.path());
  INFO(run.out << run.err);
  CHECK(run.exit_code == 1);
  // The finding is at the 'many' case, column counted in code points.
  CHECK(run.out.find("ru.po:6:86: error: '{author}' of the source's 'other' case is missing "
                     "from the 'many' case of '{count}' [placeholder-mismatch]") !=
        std::string::npos);
  CHECK(run.out.find("1 error,") != std::string::npos);
}
