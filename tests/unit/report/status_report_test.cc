#include "report/status_report.h"

#include <nlohmann/json.hpp>

#include "catch.hpp"

namespace {

std::vector<samklang::StatusRow> rows() {
  return {{"catalogs/{lang}/mission.md", "en", "catalogs/en/mission.md", {37, 435, 37, 0, 1, 0}},
          {"po/{lang}.po", "en", "po/en.po", {3, 20, 2, 1, 0, 1}},
          {"catalogs/{lang}/mission.md",
           "sr-Latn",
           "catalogs/sr-Latn/mission.md",
           {37, 435, 11, 26, 0, 0}}};
}

}  // namespace

TEST_CASE("status report: text table with a total per language", "[report]") {
  CHECK(samklang::render_status_text(rows()) ==
        "document                    language  segments  words  translated  missing  outdated  "
        "fuzzy\n"
        "catalogs/{lang}/mission.md  en              37    435          37        0         1      "
        "0\n"
        "po/{lang}.po                en               3     20           2        1         0      "
        "1\n"
        "catalogs/{lang}/mission.md  sr-Latn         37    435          11       26         0      "
        "0\n"
        "total                       en              40    455          39        1         1      "
        "1\n");
}

TEST_CASE("status report: Markdown table", "[report]") {
  std::string md = samklang::render_status_markdown(rows());
  CHECK(
      md.starts_with("| document | language | segments | words | translated | missing | "
                     "outdated | fuzzy |\n|---|---|---:|---:|---:|---:|---:|---:|\n"));
  CHECK(md.find("| `po/{lang}.po` | en | 3 | 20 | 2 | 1 | 0 | 1 |\n") != std::string::npos);
  CHECK(md.ends_with("| total | en | 40 | 455 | 39 | 1 | 1 | 1 |\n"));
}

TEST_CASE("status report: JSON", "[report]") {
  auto doc = nlohmann::json::parse(samklang::render_status_json(rows(), "9"));
  CHECK(doc["tool"] == "samklang");
  CHECK(doc["format"] == 1);
  REQUIRE(doc["status"].size() == 3);
  CHECK(doc["status"][1] == nlohmann::json{{"document", "po/{lang}.po"},
                                           {"lang", "en"},
                                           {"file", "po/en.po"},
                                           {"segments", 3},
                                           {"words", 20},
                                           {"translated", 2},
                                           {"missing", 1},
                                           {"outdated", 0},
                                           {"fuzzy", 1}});
}

TEST_CASE("status report: the labels give the header and the total row", "[report]") {
  samklang::StatusLabels labels;
  labels.header = {"dokument",  "språk",  "segment",    "ord",
                   "översatta", "saknas", "inaktuella", "luddiga"};
  labels.total = "totalt";
  std::string text = samklang::render_status_text(rows(), labels);
  CHECK(text.starts_with(
      "dokument                    språk    segment  ord  översatta  saknas  inaktuella  "
      "luddiga\n"));
  CHECK(text.find("\ntotalt                      en            40  455         39       1"
                  "           1        1\n") != std::string::npos);
  std::string md = samklang::render_status_markdown(rows(), labels);
  CHECK(md.starts_with("| dokument | språk | segment | ord |"));
  CHECK(md.ends_with("| totalt | en | 40 | 455 | 39 | 1 | 1 | 1 |\n"));
  // A document that happens to be named like the total row is still code.
  auto named_total = rows();
  named_total[1].document = "total";
  CHECK(samklang::render_status_markdown(named_total).find("| `total` | en | 3 |") !=
        std::string::npos);
}
