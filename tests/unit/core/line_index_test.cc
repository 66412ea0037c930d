#include "core/line_index.h"

#include "catch.hpp"

using samklang::LineIndex;

TEST_CASE("line index: lines and code-point columns", "[core]") {
  const std::string text = "Vår vision\nEn värld\r\nmed ä\rslut";
  LineIndex index(text);
  CHECK(index.line_count() == 4);
  CHECK(index.at(text, 0).line == 1);
  CHECK(index.at(text, 0).column == 1);
  // "Vår " is 5 bytes (å is two), so "vision" starts at column 5.
  CHECK(index.at(text, 5).column == 5);
  auto second = index.at(text, static_cast<uint32_t>(text.find("värld")));
  CHECK(second.line == 2);
  CHECK(second.column == 4);
  auto third = index.at(text, static_cast<uint32_t>(text.find("med")));
  CHECK(third.line == 3);
  CHECK(third.column == 1);
  auto fourth = index.at(text, static_cast<uint32_t>(text.find("slut")));
  CHECK(fourth.line == 4);
}
