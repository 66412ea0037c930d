#include <filesystem>
#include <string>

#include "catch.hpp"
#include "formats/reader.h"
#include "temp_file.h"

using samklang::decode_text;
using samklang::read_text_file;
using samklang::testing::TempFile;

namespace {

const std::string kSwedish = "Engagemang – Vi räknar med dig – du kan räkna med oss.\n";

// UTF-16 code units of `units`, with a BOM, in the given byte order.
std::string utf16(std::u16string_view units, bool big_endian) {
  std::string out = big_endian ? "\xFE\xFF" : "\xFF\xFE";
  for (char16_t u : units) {
    char hi = static_cast<char>(u >> 8);
    char lo = static_cast<char>(u & 0xFF);
    out += big_endian ? hi : lo;
    out += big_endian ? lo : hi;
  }
  return out;
}

}  // namespace

TEST_CASE("decode: valid UTF-8 is kept and a BOM is dropped", "[formats]") {
  auto plain = decode_text(kSwedish, "sv.txt");
  REQUIRE(plain.has_value());
  CHECK(*plain == kSwedish);
  auto bom = decode_text("\xEF\xBB\xBF" + kSwedish, "sv.txt");
  REQUIRE(bom.has_value());
  CHECK(*bom == kSwedish);
}

TEST_CASE("decode: UTF-16 with a BOM becomes UTF-8", "[formats]") {
  // "Vår – 𝄞" has a surrogate pair (U+1D11E) at the end.
  const std::u16string units = u"Vår – Мы\r\n𝄞";
  const std::string expected = "Vår – Мы\r\n𝄞";
  auto big_endian = GENERATE(false, true);
  auto decoded = decode_text(utf16(units, big_endian), "sv.txt");
  REQUIRE(decoded.has_value());
  CHECK(*decoded == expected);
}

TEST_CASE("decode: malformed UTF-16 is an error", "[formats]") {
  SECTION("odd length") {
    auto result = decode_text(utf16(u"Vår", false) + "x", "sv.txt");
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().message.find("odd number of bytes") != std::string::npos);
  }
  SECTION("a lone high surrogate, on line 2") {
    std::u16string units = u"Vår\nmed ";
    units += char16_t{0xD834};
    units += u"x";
    auto result = decode_text(utf16(units, true), "sv.txt");
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().where.line == 2);
    CHECK(result.error().where.column == 5);
    CHECK(result.error().message.find("unpaired surrogate 0xD834") != std::string::npos);
  }
  SECTION("a lone low surrogate") {
    std::u16string units = u"a";
    units += char16_t{0xDD1E};
    auto result = decode_text(utf16(units, false), "sv.txt");
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().where.column == 2);
  }
}

TEST_CASE("decode: Latin-1 bytes are invalid UTF-8 at their line:col", "[formats]") {
  // "Vår" in Latin-1 on the second line: å is the single byte 0xE5.
  auto result = decode_text("Engagemang – Vi\nV\xe5r vision\n", "mission.sv.txt");
  REQUIRE_FALSE(result.has_value());
  const samklang::Error& error = result.error();
  CHECK(error.where.file == "mission.sv.txt");
  CHECK(error.where.line == 2);
  CHECK(error.where.column == 2);
  CHECK(error.message == "invalid UTF-8 (byte 0xE5); save the file as UTF-8");
  CHECK(samklang::format_error(error) ==
        "mission.sv.txt:2:2: error: invalid UTF-8 (byte 0xE5); save the file as UTF-8");
}

TEST_CASE("decode: overlong, surrogate and truncated UTF-8 sequences are rejected", "[formats]") {
  auto bytes = GENERATE(as<std::string>{}, "a\xC0\xAF", "a\xED\xA0\x80", "a\xF4\x90\x80\x80",
                        "a\xE2\x80", "a\x80");
  auto result = decode_text(bytes, "x.txt");
  REQUIRE_FALSE(result.has_value());
  CHECK(result.error().where.column == 2);
}

TEST_CASE("decode: a NUL byte means a binary file", "[formats]") {
  std::string bytes = "Rad ett\nrä";
  bytes += '\0';
  bytes += "kna\n";
  auto result = decode_text(bytes, "data.txt");
  REQUIRE_FALSE(result.has_value());
  CHECK(result.error().message == "binary file (NUL byte at line 2)");
  CHECK(result.error().where.line == 2);
  CHECK(result.error().where.column == 3);
}

TEST_CASE("read text file: missing file, directory, readable file", "[formats]") {
  SECTION("missing") {
    auto result = read_text_file("/nonexistent/samklang/mission.md");
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().message == "no such file");
    CHECK(result.error().where.file == "/nonexistent/samklang/mission.md");
  }
  SECTION("directory") {
    auto dir = std::filesystem::temp_directory_path().string();
    auto result = read_text_file(dir);
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().message == "is a directory");
  }
  SECTION("a UTF-16 file is read and converted") {
    TempFile file("mission.txt", utf16(u"Vår vision", false));
    auto result = read_text_file(file.path());
    REQUIRE(result.has_value());
    CHECK(*result == "Vår vision");
  }
}
