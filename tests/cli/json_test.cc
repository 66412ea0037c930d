// JSON catalogs through the real binary: discovery by folder and by
// Flutter's file names, a damaged catalog as a load-error while the other
// languages are still checked, and exact places in the JSON report.
#include <nlohmann/json.hpp>

#include "catch.hpp"
#include "cli/run_binary.h"

namespace fs = std::filesystem;
using nlohmann::json;
using samklang::testing::run_samklang;
using samklang::testing::snapshot;
using samklang::testing::TempDir;

namespace {

const fs::path kRoot = SAMKLANG_SOURCE_DIR;

std::string terms() { return (kRoot / "rules/terms.tsv").string(); }

const std::string kSv = R"({
  "nav": {
    "inbox": "Inkorg",
    "settings": "Inställningar"
  },
  "greeting": "Hej {{name}}!",
  "files_one": "{{count}} fil",
  "files_other": "{{count}} filer"
})";

const std::string kEn = R"({
  "nav": {
    "inbox": "Inbox",
    "settings": "Settings"
  },
  "greeting": "Hello {{nom}}!",
  "files_one": "{{count}} file",
  "files_other": "{{count}} files"
})";

// A trailing comma after the last member.
const std::string kRuDamaged = R"({
  "nav": {
    "inbox": "Входящие",
    "settings": "Настройки",
  },
  "greeting": "Привет, {{name}}!"
})";

}  // namespace

TEST_CASE("cli: a damaged JSON catalog is a load-error, the others are checked", "[cli][json]") {
  TempDir dir;
  dir.write("catalogs/sv/app.json", kSv);
  dir.write("catalogs/en/app.json", kEn);
  dir.write("catalogs/ru/app.json", kRuDamaged);
  std::string before = snapshot(dir.path());
  auto run = run_samklang({"check", "catalogs/sv/app.json", "catalogs/en/app.json",
                           "catalogs/ru/app.json", "--terms", terms()},
                          dir.path());
  INFO(run.out << run.err);
  CHECK(run.exit_code == 1);
  CHECK(run.err.empty());
  CHECK(run.out.find("catalogs/ru/app.json:4:28: error: trailing comma before '}'; remove it "
                     "[load-error]") != std::string::npos);
  // English is still checked: its renamed placeholder is found at its place.
  CHECK(run.out.find("catalogs/en/app.json:6:22: error: '{{nom}}' is not in the source") !=
        std::string::npos);
  CHECK(snapshot(dir.path()) == before);
}

TEST_CASE("cli: JSON catalogs from samklang.toml, findings with exact places", "[cli][json]") {
  TempDir dir;
  dir.write("samklang.toml",
            "source = \"sv\"\ntargets = [\"en\", \"ru\"]\n"
            "documents = [\"locales/{lang}/translation.json\"]\n");
  dir.write("locales/sv/translation.json", kSv);
  dir.write("locales/en/translation.json", kEn);
  // Russian: flat keys, and the plural forms Russian has; "few" left out.
  dir.write("locales/ru/translation.json",
            "{\n"
            "  \"nav.inbox\": \"Входящие\",\n"
            "  \"nav.settings\": \"Настройки\",\n"
            "  \"greeting\": \"Привет, {{name}}!\",\n"
            "  \"files_one\": \"{{count}} файл\",\n"
            "  \"files_many\": \"{{count}} файлов\",\n"
            "  \"files_other\": \"{{count}} файла\"\n"
            "}\n");
  auto run = run_samklang({"check", "--terms", terms(), "--format", "json"}, dir.path());
  INFO(run.out << run.err);
  CHECK(run.exit_code == 1);
  json report = json::parse(run.out);
  std::vector<std::string> seen;
  for (const json& f : report["findings"]) {
    const json& target = f["target"];
    seen.push_back(f["rule"].get<std::string>() + " " + f["target_lang"].get<std::string>() + " " +
                   std::to_string(target["line"].get<int>()) + ":" +
                   std::to_string(target["column"].get<int>()) + " " +
                   target["unit"].get<std::string>());
  }
  CHECK(seen == std::vector<std::string>{"placeholder-mismatch en 6:22 greeting",
                                         "segment-missing ru 7:34 files_other"});
  CHECK(report["summary"]["ru"]["missing"] == 1);
  CHECK(report["summary"]["ru"]["segments"] == 7);  // sv's one and other, Russian's few and many
}

TEST_CASE("cli: Flutter ARB files named app_<lang>.arb", "[cli][json]") {
  TempDir dir;
  dir.write("lib/l10n/app_sv.arb",
            "{\n  \"@@locale\": \"sv\",\n  \"trashNotice\": \"Raderas efter 30 dagar.\",\n"
            "  \"@trashNotice\": {\"description\": \"Överst i papperskorgen\"}\n}\n");
  dir.write("lib/l10n/app_pt_BR.arb",
            "{\n  \"@@locale\": \"pt_BR\",\n  \"trashNotice\": \"Excluídos após 60 dias.\"\n}\n");
  auto run = run_samklang(
      {"check", "lib/l10n/app_sv.arb", "lib/l10n/app_pt_BR.arb", "--terms", terms()}, dir.path());
  INFO(run.out << run.err);
  CHECK(run.exit_code == 1);
  CHECK(run.out.find("lib/l10n/app_pt_BR.arb:3:34: error: '60' is not in the source") !=
        std::string::npos);
  CHECK(run.out.find("pt-BR") != std::string::npos);
}

TEST_CASE("cli: every kind of damaged JSON is a load-error at its place", "[cli][json]") {
  TempDir dir;
  dir.write("sv/app.json", kSv);
  dir.write("en/app.json", kEn);
  struct Case {
    std::string bytes;
    const char* where;
    const char* message;
  };
  auto [bytes, where, message] = GENERATE(
      Case{"{\"nav\": {\"inbox\": \"Bandeja de entrada\"}, \"greeting\": \"\xa1Hola!\"}",
           ":1:55:", "invalid UTF-8 (byte 0xA1)"},
      Case{"", ":1:1:", "file is empty"},
      Case{"{\n  \"greeting\": \"\\ud83d\"\n}", ":2:16:", "lone surrogate"},
      Case{"{\n  \"greeting\": \"Hola\" // saludo\n}", ":2:22:", "comments are not allowed"},
      Case{std::string("{\"a\": \"") + std::string(1, '\0') + "\"}", ":1:8:", "binary file"});
  dir.write("es/app.json", bytes);
  auto run = run_samklang(
      {"check", "sv/app.json", "en/app.json", "es/app.json", "--terms", terms()}, dir.path());
  INFO(run.out << run.err);
  CHECK(run.exit_code == 1);
  CHECK(run.err.empty());
  CHECK(run.out.find(std::string("es/app.json") + where + " error: " + message) !=
        std::string::npos);
  CHECK(run.out.find("[load-error]") != std::string::npos);
  CHECK(run.out.find("en/app.json:6:22:") != std::string::npos);  // the others are checked
}
