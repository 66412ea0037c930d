// samklang align: the sentence-per-line input and the json, html and beads
// outputs, on real sentences.
#include <nlohmann/json.hpp>

#include "catch.hpp"
#include "cli/run_binary.h"

namespace fs = std::filesystem;
using samklang::testing::run_samklang;
using samklang::testing::snapshot;
using samklang::testing::TempDir;

namespace {

// Four Swedish sentences of the mission text in two paragraphs; the English
// joins the last two into one sentence and leaves out nothing.
constexpr const char* kSwedish =
    "Vi är lokalt representerade på fyra kontinenter.\n"
    "Vi tar reda på fakta innan vi agerar.\n"
    "\n"
    "Vi är oberoende.\n"
    "Vi står emot obefogade påtryckningar.\n";
constexpr const char* kEnglish =
    "We are locally represented on four continents.\n"
    "We establish the facts before we act.\n"
    "\n"
    "We are independent and resist undue pressure.\n";

}  // namespace

TEST_CASE("cli align: --input-format lines reads a sentence per line, paragraphs by blank lines",
          "[cli]") {
  TempDir dir;
  dir.write("a.sv", kSwedish);
  dir.write("a.en", kEnglish);
  auto run = run_samklang(
      {"align", "--input-format", "lines", "sv=a.sv", "en=a.en", "--format", "beads"}, dir.path());
  INFO(run.out << run.err);
  CHECK(run.exit_code == 0);
  CHECK(run.out == "[0]:[0]\n[1]:[1]\n[2, 3]:[2]\n");

  // Without --input-format the same files are not a known format.
  auto unknown = run_samklang({"align", "sv=a.sv", "en=a.en"}, dir.path());
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err.find("a.sv") != std::string::npos);

  auto bad = run_samklang({"align", "--input-format", "csv", "sv=a.sv", "en=a.en"}, dir.path());
  CHECK(bad.exit_code == 2);
}

TEST_CASE("cli align: an empty lines file is an error naming it, and nothing is written", "[cli]") {
  TempDir dir;
  dir.write("a.sv", kSwedish);
  dir.write("a.en", "\n\n");
  std::string before = snapshot(dir.path());
  auto run = run_samklang({"align", "--input-format", "lines", "sv=a.sv", "en=a.en"}, dir.path());
  CHECK(run.exit_code == 2);
  CHECK(run.err.find("a.en") != std::string::npos);
  CHECK(run.err.find("empty") != std::string::npos);
  CHECK(snapshot(dir.path()) == before);
}

TEST_CASE("cli align: json lists the segments and typed links with confidences", "[cli]") {
  TempDir dir;
  dir.write("a.sv", kSwedish);
  // The English leaves the second sentence out.
  dir.write("a.en",
            "We are locally represented on four continents.\n"
            "\n"
            "We are independent.\n"
            "We resist undue pressure.\n");
  auto run = run_samklang(
      {"align", "--input-format", "lines", "sv=a.sv", "en=a.en", "--format", "json"}, dir.path());
  INFO(run.out << run.err);
  REQUIRE(run.exit_code == 0);
  auto json = nlohmann::json::parse(run.out);
  CHECK(json["format"] == 1);
  CHECK(json["source"]["lang"] == "sv");
  CHECK(json["source"]["segments"].size() == 4);
  CHECK(json["target"]["segments"][1] == "We are independent.");
  std::vector<std::string> types;
  for (const auto& link : json["links"]) {
    types.push_back(link["type"]);
    CHECK(link["confidence"].get<double>() >= 0.0);
    CHECK(link["confidence"].get<double>() <= 1.0);
  }
  CHECK(types == std::vector<std::string>{"1-1", "1-0", "1-1", "1-1"});
  CHECK(json["links"][1]["src"] == nlohmann::json::array({1}));
  CHECK(json["links"][1]["tgt"] == nlohmann::json::array());
}

TEST_CASE("cli align: html is one escaped page with the omission marked", "[cli]") {
  TempDir dir;
  dir.write("a.sv",
            "Artikel 1 <i>gäller</i> alla & envar.\nVi tar reda på fakta innan vi agerar.\n");
  dir.write("a.en", "Article 1 <i>applies</i> to all & everyone.\n");
  auto run = run_samklang(
      {"align", "--input-format", "lines", "sv=a.sv", "en=a.en", "--format", "html"}, dir.path());
  INFO(run.out << run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.starts_with("<!DOCTYPE html>"));
  CHECK(run.out.find("Artikel 1 &lt;i&gt;gäller&lt;/i&gt; alla &amp; envar.") != std::string::npos);
  CHECK(run.out.find("<i>") == std::string::npos);
  CHECK(run.out.find("class=\"omission") != std::string::npos);
  CHECK(run.out.find("class=\"addition") == std::string::npos);
  CHECK(run.out.rfind("</html>\n") == run.out.size() - 8);
}
