#include "formats/reader.h"

#include <string>

#include "catch.hpp"
#include "temp_file.h"

using samklang::format_for_path;
using samklang::read_document;
using samklang::testing::TempFile;

TEST_CASE("reader: format by extension", "[formats]") {
  CHECK(format_for_path("catalogs/sv/mission.md") == "markdown");
  CHECK(format_for_path("README.MARKDOWN") == "markdown");
  CHECK(format_for_path("mission.sv.txt") == "plaintext");
  CHECK(format_for_path("notes.text") == "plaintext");
  CHECK(format_for_path("strings.po").empty());
  CHECK(format_for_path("Makefile").empty());
  CHECK(format_for_path("dir.md/file").empty());
}

TEST_CASE("reader: reads a Markdown document with its language", "[formats]") {
  TempFile file("mission.md", "# Vår vision\n\nEn värld där alla är fria.\n");
  auto doc = read_document(file.path(), "sv");
  REQUIRE(doc.has_value());
  CHECK(doc->format == "markdown");
  CHECK(doc->lang == "sv");
  CHECK(doc->path == file.path());
  REQUIRE(doc->units.size() == 2);
  auto at = doc->locate(doc->units[1], static_cast<uint32_t>(doc->units[1].text.find("alla")));
  CHECK(at.line == 3);
  CHECK(at.column == 14);
}

TEST_CASE("reader: an explicit format wins over the extension", "[formats]") {
  TempFile file("mission.data", "# Inte en rubrik\n");
  auto doc = read_document(file.path(), "sv", "plaintext");
  REQUIRE(doc.has_value());
  REQUIRE(doc->units.size() == 1);
  CHECK(doc->units[0].text == "# Inte en rubrik");
}

TEST_CASE("reader: empty and white-space-only files are errors", "[formats]") {
  auto content = GENERATE(as<std::string>{}, "", " \n\t\r\n");
  TempFile file("empty.md", content);
  auto doc = read_document(file.path(), "sv");
  REQUIRE_FALSE(doc.has_value());
  CHECK(doc.error().message == "file is empty");
  CHECK(doc.error().where.file == file.path());
}

TEST_CASE("reader: unknown extension names it and the known formats", "[formats]") {
  TempFile file("strings.po", "msgid \"\"\n");
  auto doc = read_document(file.path(), "sv");
  REQUIRE_FALSE(doc.has_value());
  const std::string& message = doc.error().message;
  CHECK(message.find("unknown file extension '.po'") == 0);
  CHECK(message.find("markdown (.md, .markdown)") != std::string::npos);
  CHECK(message.find("plaintext (.txt, .text)") != std::string::npos);
}

TEST_CASE("reader: unknown explicit format", "[formats]") {
  TempFile file("mission.md", "Text\n");
  auto doc = read_document(file.path(), "sv", "xliff");
  REQUIRE_FALSE(doc.has_value());
  CHECK(doc.error().message.find("unknown format 'xliff'") == 0);
}

TEST_CASE("reader: missing file and decoding errors pass through", "[formats]") {
  SECTION("missing") {
    auto doc = read_document("/nonexistent/samklang/mission.md", "sv");
    REQUIRE_FALSE(doc.has_value());
    CHECK(doc.error().message == "no such file");
  }
  SECTION("Latin-1") {
    TempFile file("mission.md", "# V\xe5r vision\n");
    auto doc = read_document(file.path(), "sv");
    REQUIRE_FALSE(doc.has_value());
    CHECK(samklang::format_error(doc.error()) ==
          file.path() + ":1:4: error: invalid UTF-8 (byte 0xE5); save the file as UTF-8");
  }
}
