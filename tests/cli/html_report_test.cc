// check --format html through the real binary, on the bundled catalogs.
#include <pugixml.hpp>
#include <set>
#include <string>

#include "catch.hpp"
#include "cli/run_binary.h"

namespace fs = std::filesystem;
using samklang::testing::read_file;
using samklang::testing::run_samklang;
using samklang::testing::TempDir;

namespace {

const fs::path kRoot = SAMKLANG_SOURCE_DIR;

}  // namespace

TEST_CASE("cli: --format html on the bundled catalogs", "[cli][html]") {
  TempDir dir;
  fs::path out = dir.path() / "report.html";
  auto run = run_samklang({"check", "--format", "html", "--output", out.string()}, kRoot);
  INFO(run.err);
  CHECK(run.exit_code == 1);  // the unfinished Serbian translation, as with text
  CHECK(run.out.empty());
  std::string html = read_file(out);
  CHECK(html.starts_with("<!DOCTYPE html>\n"));

  pugi::xml_document doc;
  REQUIRE(doc.load_string(html.c_str()));
  pugi::xml_node root = doc.child("html");
  // The 26 sentences Serbian still lacks, each listed and marked in its row.
  auto items = root.select_nodes("//ol[@class='findings']/li");
  CHECK(items.size() == 26);
  for (const pugi::xpath_node& item : items) {
    CHECK(std::string(item.node().attribute("data-rule").value()) == "segment-missing");
    CHECK(std::string(item.node().attribute("data-lang").value()) == "sr-Latn");
    CHECK(std::string(item.node().child("a").attribute("href").value()).starts_with("#d1-r"));
  }
  std::set<std::string> marked;
  for (const pugi::xpath_node& td : root.select_nodes("//td[@data-f]")) {
    CHECK(std::string(td.node().attribute("lang").value()) == "sr-Latn");
    marked.insert(td.node().attribute("data-f").value());
  }
  CHECK(marked.size() == 26);
  // One row per Swedish segment, the source and three targets in each.
  auto rows = root.select_nodes("//table[@class='bitext']/tbody/tr");
  CHECK(rows.size() == 37);
  CHECK(root.select_nodes("//table[@class='bitext']/thead/tr/th").size() == 5);
  CHECK(root.select_nodes("//svg/g[@class='lang']").size() == 3);

  // Without --output the page goes to standard output, the same page.
  auto printed = run_samklang({"check", "--format", "html"}, kRoot);
  CHECK(printed.exit_code == 1);
  CHECK(printed.out == html);
}

TEST_CASE("cli: --format html on a clean pair", "[cli][html]") {
  TempDir dir;
  dir.write("sv.md", "Vi försvarar medborgerliga och politiska rättigheter.\n");
  dir.write("en.md", "We defend civil and political rights.\n");
  auto run = run_samklang({"check", "--source-lang", "sv", "sv=sv.md", "en=en.md", "--format",
                           "html", "--terms=" + (kRoot / "rules/terms.tsv").string()},
                          dir.path());
  INFO(run.err);
  CHECK(run.exit_code == 0);
  pugi::xml_document doc;
  REQUIRE(doc.load_string(run.out.c_str()));
  CHECK(doc.select_nodes("//li[@data-rule]").empty());
  CHECK(std::string(doc.select_node("//output[@id='shown']").node().text().get()) == "0");
  auto cells = doc.select_nodes("//table[@class='bitext']/tbody/tr/td[@lang='en']");
  REQUIRE(cells.size() == 1);
  CHECK(std::string(cells[0].node().text().get()) == "We defend civil and political rights.");
}
