// The real binary on XLIFF and TMX catalogs.
#include <nlohmann/json.hpp>

#include "catch.hpp"
#include "cli/run_binary.h"

namespace fs = std::filesystem;
using nlohmann::json;
using samklang::testing::run_samklang;
using samklang::testing::TempDir;

namespace {

const fs::path kRoot = SAMKLANG_SOURCE_DIR;

const std::string kXliff =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<xliff version=\"1.2\">\n"
    "  <file original=\"mission.html\" source-language=\"sv\" target-language=\"en\">\n"
    "    <body>\n"
    "      <trans-unit id=\"mission\">\n"
    "        <source>Vårt uppdrag är att försvara medborgerliga och politiska "
    "rättigheter.</source>\n"
    "        <target>Our mission is to defend civic and political rights.</target>\n"
    "      </trans-unit>\n"
    "      <trans-unit id=\"continents\">\n"
    "        <source>Vi är lokalt representerade på fyra kontinenter.</source>\n"
    "        <target></target>\n"
    "      </trans-unit>\n"
    "    </body>\n"
    "  </file>\n"
    "</xliff>\n";

const std::string kTmx =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<tmx version=\"1.4\">\n"
    "  <header srclang=\"en\" datatype=\"plaintext\" segtype=\"sentence\" adminlang=\"en\" "
    "o-tmf=\"none\" creationtool=\"samklang\" creationtoolversion=\"1\"/>\n"
    "  <body>\n"
    "    <tu tuid=\"mission\">\n"
    "      <tuv xml:lang=\"en\"><seg>Our mission is to defend civil and political "
    "rights.</seg></tuv>\n"
    "      <tuv xml:lang=\"sv\"><seg>Vårt uppdrag är att försvara medborgerliga och politiska "
    "rättigheter.</seg></tuv>\n"
    "      <tuv xml:lang=\"es\"><seg>Nuestra misión es defender los <ph>&lt;b/&gt;</ph>derechos "
    "cívicos y políticos.</seg></tuv>\n"
    "    </tu>\n"
    "    <tu tuid=\"continents\">\n"
    "      <tuv xml:lang=\"en\"><seg>We are locally represented on four continents.</seg></tuv>\n"
    "      <tuv xml:lang=\"sv\"><seg>Vi är lokalt representerade på fyra kontinenter.</seg>"
    "</tuv>\n"
    "    </tu>\n"
    "  </body>\n"
    "</tmx>\n";

std::map<std::string, json> by_rule(const json& report) {
  std::map<std::string, json> out;
  for (const json& f : report["findings"]) out[f["rule"]] = f;
  return out;
}

}  // namespace

TEST_CASE("cli: an XLIFF file is checked unit by unit", "[cli]") {
  TempDir dir;
  dir.write("mission.xlf", kXliff);
  auto run = run_samklang({"check", "mission.xlf", "--source-lang", "sv", "--terms",
                           (kRoot / "rules/terms.tsv").string(), "--format", "json"},
                          dir.path());
  INFO(run.out << run.err);
  REQUIRE(run.err.empty());
  CHECK(run.exit_code == 1);
  json report = json::parse(run.out);
  auto found = by_rule(report);
  CHECK(report["findings"].size() == 2);
  CHECK(found.at("term-forbidden")["target"]["line"] == 7);
  CHECK(found.at("term-forbidden")["target"]["column"] == 42);
  CHECK(found.at("term-forbidden")["target_lang"] == "en");  // the file's target-language
  CHECK(found.at("segment-missing")["target"]["line"] == 11);
  CHECK(found.at("segment-missing")["target"]["unit"] == "continents");
  CHECK(report["summary"]["en"]["missing"] == 1);
}

TEST_CASE("cli: a TMX file is checked for the language chosen", "[cli]") {
  TempDir dir;
  dir.write("mission.tmx", kTmx);
  SECTION("es=mission.tmx picks Spanish out of three languages") {
    auto run = run_samklang({"check", "es=mission.tmx", "--terms",
                             (kRoot / "rules/terms.tsv").string(), "--format", "json"},
                            dir.path());
    INFO(run.out << run.err);
    REQUIRE(run.err.empty());
    CHECK(run.exit_code == 1);
    json report = json::parse(run.out);
    auto found = by_rule(report);
    CHECK(report["findings"].size() == 3);
    // The Spanish segment has an inline code that the English one lacks.
    CHECK(found.at("markup-mismatch")["message"] == "'<ph><b/></ph>' is not in the source");
    CHECK(found.at("markup-mismatch")["target"]["column"] == 81);
    CHECK(found.at("term-forbidden")["target"]["line"] == 8);
    CHECK(found.at("term-forbidden")["target"]["column"] == 81);  // after the <ph> code
    CHECK(found.at("segment-missing")["target"]["line"] == 10);
    CHECK(report["summary"]["es"]["segments"] == 2);
  }
  SECTION("without a language it is a load-error that says how to choose") {
    auto run = run_samklang(
        {"check", "mission.tmx", "--terms", (kRoot / "rules/terms.tsv").string()}, dir.path());
    CHECK(run.exit_code == 1);
    CHECK(run.out.find("several target languages (sv, es)") != std::string::npos);
    CHECK(run.out.find("give it as LANG=mission.tmx [load-error]") != std::string::npos);
  }
}

TEST_CASE("cli: an XLIFF file's own source language is used when none is given", "[cli]") {
  samklang::testing::TempDir dir;
  dir.write("m.xlf",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n"
            "  <file original=\"m\" source-language=\"sv\" target-language=\"en\">\n"
            "    <body><trans-unit id=\"1\">\n"
            "      <source>Vi försvarar medborgerliga och politiska rättigheter.</source>\n"
            "      <target>We defend civil and political rights.</target>\n"
            "    </trans-unit></body>\n"
            "  </file>\n"
            "</xliff>\n");
  auto run = samklang::testing::run_samklang(
      {"check", "m.xlf", "--format", "json", "--terms",
       (std::filesystem::path(SAMKLANG_SOURCE_DIR) / "rules/terms.tsv").string()},
      dir.path());
  INFO(run.out << run.err);
  CHECK(run.exit_code == 0);
  CHECK(run.out.find("\"findings\": []") != std::string::npos);
}
