#include "core/document.h"

#include <utility>
#include <vector>

#include "catch.hpp"

using samklang::Document;
using samklang::Unit;

namespace {

// A short content string lives in the std::string object itself (SSO), so a
// copy or move that kept the old view would read freed or foreign bytes.
Document small_document() {
  Document doc;
  doc.path = "sv.md";
  doc.content = "Vår\nvärld";
  doc.reindex();
  Unit unit;
  unit.text = "värld";
  unit.spans.push_back({0, 5});
  doc.units.push_back(unit);
  return doc;
}

}  // namespace

TEST_CASE("document: copies and moves keep line:col correct", "[core]") {
  Document original = small_document();
  SECTION("copy") {
    Document copy = original;
    original.content =
        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
    original.reindex();
    auto at = copy.locate(copy.units[0], 3);  // "r" after the two-byte "ä"
    CHECK(at.line == 2);
    CHECK(at.column == 3);
  }
  SECTION("move into a growing vector") {
    std::vector<Document> docs;
    for (int i = 0; i < 9; ++i) docs.push_back(small_document());
    for (const Document& doc : docs) {
      CHECK(doc.lines.at(doc.content, 5).line == 2);
      CHECK(doc.locate(doc.units[0], 0).column == 1);
    }
  }
  SECTION("assignment") {
    Document target;
    target = std::move(original);
    CHECK(target.lines.line_count() == 2);
    CHECK(target.locate(target.units[0], 1).column == 2);
  }
}
