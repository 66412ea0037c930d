#include "formats/json.h"

#include <algorithm>

#include "catch.hpp"
#include "formats/reader.h"

using samklang::Document;
using samklang::parse_json;
using samklang::Unit;

namespace {

// An i18next catalog with nested and flat keys, an array, escapes and
// non-ASCII text before and after them.
const std::string kSv =
    "{\n"
    "  \"common\": {\n"
    "    \"save\": \"Spara\",\n"
    "    \"quote\": \"Säg \\\"hej\\\"\\n till Åsa\",\n"
    "    \"city\": \"V\\u00e4ster\\u00e5s är fint\",\n"
    "    \"thumb\": \"Tumme \\ud83d\\udc4d upp\",\n"
    "    \"path\": \"a\\/b\\\\c\"\n"
    "  },\n"
    "  \"common.cancel\": \"Avbryt\",\n"
    "  \"items\": [\"Första\", \"Andra\"],\n"
    "  \"limit\": 3, \"on\": true, \"none\": null, \"ratio\": -1.5e3\n"
    "}\n";

Document read(const std::string& content, const std::string& path = "sv.json") {
  auto doc = parse_json(path, "sv", content);
  INFO((doc ? "" : doc.error().message));
  REQUIRE(doc);
  return std::move(*doc);
}

const Unit& unit(const Document& doc, const std::string& id) {
  auto it =
      std::find_if(doc.units.begin(), doc.units.end(), [&](const Unit& u) { return u.id == id; });
  INFO("unit " << id);
  REQUIRE(it != doc.units.end());
  return *it;
}

// "line:column" of the byte `offset` of a unit's text.
std::string at(const Document& doc, const Unit& u, uint32_t offset) {
  auto where = doc.locate(u, offset);
  return std::to_string(where.line) + ":" + std::to_string(where.column);
}

}  // namespace

TEST_CASE("json reader: nested and flat keys, arrays, scalars skipped", "[formats][json]") {
  Document doc = read(kSv);
  CHECK(doc.keyed);
  CHECK(doc.format == "json");
  std::vector<std::string> ids;
  for (const Unit& u : doc.units) ids.push_back(u.id);
  CHECK(ids == std::vector<std::string>{"common.save", "common.quote", "common.city",
                                        "common.thumb", "common.path", "common.cancel", "items.0",
                                        "items.1"});
  CHECK(unit(doc, "common.quote").text == "Säg \"hej\"\n till Åsa");
  CHECK(unit(doc, "common.city").text == "Västerås är fint");
  CHECK(unit(doc, "common.thumb").text == "Tumme \U0001F44D upp");
  CHECK(unit(doc, "common.path").text == "a/b\\c");
  CHECK(unit(doc, "items.1").text == "Andra");
}

TEST_CASE("json reader: positions are exact after escapes and non-ASCII text", "[formats][json]") {
  Document doc = read(kSv);
  CHECK(at(doc, unit(doc, "common.save"), 0) == "3:14");
  const Unit& quote = unit(doc, "common.quote");
  CHECK(at(doc, quote, 0) == "4:15");   // 'S'
  CHECK(at(doc, quote, 4) == "4:18");   // the space before the escaped quote
  CHECK(at(doc, quote, 5) == "4:19");   // the escaped quote: its backslash
  CHECK(at(doc, quote, 6) == "4:21");   // 'h' of "hej"
  CHECK(at(doc, quote, 9) == "4:24");   // the second escaped quote
  CHECK(at(doc, quote, 10) == "4:26");  // the "\n" escape
  CHECK(at(doc, quote, 12) == "4:29");  // 't' of "till"
  CHECK(at(doc, quote, 17) == "4:34");  // 'Å' of "Åsa"
  const Unit& city = unit(doc, "common.city");
  CHECK(at(doc, city, 1) == "5:15");   // 'ä' written \u00e4
  CHECK(at(doc, city, 3) == "5:21");   // 's' after it
  CHECK(at(doc, city, 11) == "5:33");  // 'ä' of "är", written as itself
  const Unit& thumb = unit(doc, "common.thumb");
  CHECK(at(doc, thumb, 6) == "6:21");   // the surrogate pair
  CHECK(at(doc, thumb, 11) == "6:34");  // 'u' of "upp"
  const Unit& path = unit(doc, "common.path");
  CHECK(at(doc, path, 1) == "7:15");  // "\/"
  CHECK(at(doc, path, 2) == "7:17");  // 'b'
  CHECK(at(doc, path, 4) == "7:20");  // 'c'
  CHECK(at(doc, unit(doc, "common.cancel"), 0) == "9:21");
  CHECK(at(doc, unit(doc, "items.0"), 1) == "10:15");  // 'ö' of "Första"
  CHECK(at(doc, unit(doc, "items.0"), 3) == "10:16");  // 'r' after it
  CHECK(at(doc, unit(doc, "items.1"), 0) == "10:24");
}

TEST_CASE("json reader: an empty string has its place, CRLF lines count once", "[formats][json]") {
  Document doc = read("{\r\n  \"a\": \"\",\r\n  \"b\": \"Öppna\"\r\n}\r\n");
  CHECK(unit(doc, "a").text.empty());
  CHECK(at(doc, unit(doc, "a"), 0) == "2:9");
  CHECK(at(doc, unit(doc, "b"), 1) == "3:10");
}

TEST_CASE("json reader: ARB metadata gives the locale and notes, not units", "[formats][json]") {
  const std::string arb =
      "{\n"
      "  \"@@locale\": \"sv\",\n"
      "  \"@@last_modified\": \"2024-05-01T10:00:00Z\",\n"
      "  \"helloWorld\": \"Hej världen!\",\n"
      "  \"@helloWorld\": {\n"
      "    \"description\": \"Hälsningen på startsidan\"\n"
      "  },\n"
      "  \"fileCount\": \"{count, plural, =1{En fil} other{{count} filer}}\",\n"
      "  \"@fileCount\": {\"description\": \"Antal filer\", \"placeholders\": {\"count\": "
      "{\"type\": \"int\", \"example\": \"3\"}}}\n"
      "}\n";
  // Told by its content whatever the file is called, and by ".arb" too.
  for (const char* name : {"app_sv.arb", "intl.json"}) {
    Document doc = read(arb, name);
    CHECK(doc.declared_lang == "sv");
    REQUIRE(doc.units.size() == 2);
    CHECK(unit(doc, "helloWorld").note == "Hälsningen på startsidan");
    CHECK(unit(doc, "fileCount").note == "Antal filer");
    CHECK(unit(doc, "fileCount").text == "{count, plural, =1{En fil} other{{count} filer}}");
    CHECK(at(doc, unit(doc, "helloWorld"), 0) == "4:18");
  }
}

TEST_CASE("json reader: WebExtension messages are units, descriptions notes", "[formats][json]") {
  Document doc = read(
      "{\n"
      "  \"extensionName\": {\"message\": \"Flikvakten\", \"description\": \"Tilläggets namn\"},\n"
      "  \"greeting\": {\n"
      "    \"message\": \"Hej $USER$, välkommen!\",\n"
      "    \"description\": \"Hälsning i verktygsfältet\",\n"
      "    \"placeholders\": {\"user\": {\"content\": \"$1\", \"example\": \"Anna\"}}\n"
      "  }\n"
      "}\n",
      "_locales/sv/messages.json");
  REQUIRE(doc.units.size() == 2);
  CHECK(unit(doc, "extensionName").text == "Flikvakten");
  CHECK(unit(doc, "extensionName").note == "Tilläggets namn");
  CHECK(unit(doc, "greeting").text == "Hej $USER$, välkommen!");
  CHECK(unit(doc, "greeting").note == "Hälsning i verktygsfältet");
  CHECK(at(doc, unit(doc, "greeting"), 4) == "4:21");
}

TEST_CASE("json reader: an object with 'message' among other keys is i18next", "[formats][json]") {
  Document doc = read(R"({"error": {"message": "Något gick fel", "title": "Fel"}})");
  std::vector<std::string> ids;
  for (const Unit& u : doc.units) ids.push_back(u.id);
  CHECK(ids == std::vector<std::string>{"error.message", "error.title"});
}

TEST_CASE("json reader: damaged catalogs are errors at their line and column", "[formats][json]") {
  struct Case {
    const char* what;
    std::string content;
    int line;
    int column;
    const char* message;
  };
  auto c = GENERATE(
      Case{"duplicate key", "{\n  \"spara\": \"Spara\",\n  \"spara\": \"Spara nu\"\n}", 3, 3,
           "duplicate key 'spara' (first at line 2)"},
      Case{"duplicate after escapes", "{\"s\\u00e5\": \"a\",\n \"så\": \"b\"}", 2, 2,
           "duplicate key 'så' (first at line 1)"},
      Case{"nested and flat", "{\"a\": {\"b\": \"x\"},\n \"a.b\": \"y\"}", 2, 2,
           "key 'a.b' given twice (first at line 1)"},
      Case{"trailing comma", "{\n  \"a\": \"x\",\n}", 2, 11, "trailing comma before '}'"},
      Case{"trailing comma in array", "{\"a\": [\"x\", ]}", 1, 11, "trailing comma before ']'"},
      Case{"missing comma", "{\n  \"å\": \"x\"\n  \"b\": \"y\"\n}", 3, 3,
           "missing ',' after the value of 'å'"},
      Case{"missing comma in array", "{\"a\": [\"x\" \"y\"]}", 1, 12, "missing ',' between"},
      Case{"missing colon", "{\n  \"ärende\" \"x\"\n}", 2, 12,
           "missing ':' after the key 'ärende'"},
      Case{"unterminated at line end", "{\n  \"a\": \"Hej\n}", 2, 8, "unterminated string"},
      Case{"unterminated at file end", "{\"a\": \"Hej", 1, 7, "unterminated string"},
      Case{"bad escape", "{\"a\": \"Väg \\x41\"}", 1, 12, "unknown escape '\\x'"},
      Case{"short unicode escape", "{\"a\": \"\\u00g4\"}", 1, 8, "four hexadecimal digits"},
      Case{"lone high surrogate", "{\"a\": \"ö \\ud83d x\"}", 1, 10, "lone surrogate '\\uD83D'"},
      Case{"lone low surrogate", "{\"a\": \"\\udc4d\"}", 1, 8, "lone surrogate '\\uDC4D'"},
      Case{"high then non-low", "{\"a\": \"\\ud83d\\u0041\"}", 1, 8, "lone surrogate"},
      Case{"control character", "{\"a\": \"Tab\there\"}", 1, 11, "control character U+0009"},
      Case{"line comment", "{\n  // sparade filer\n  \"a\": \"x\"\n}", 2, 3, "comments are not"},
      Case{"block comment", "{\"a\": \"x\" /* ok */}", 1, 11, "comments are not"},
      Case{"comment after", "{\"a\": \"x\"}\n// slut\n", 2, 1, "comments are not"},
      Case{"top level array", "\n  [\"Spara\"]", 2, 3,
           "top level of a JSON catalog must be an object"},
      Case{"top level string", "\"Spara\"", 1, 1, "not a string"},
      Case{"trailing garbage", "{\"a\": \"x\"} }", 1, 12, "after the end of the JSON value"},
      Case{"two objects", "{\"a\": \"x\"}\n{\"b\": \"y\"}", 2, 1,
           "after the end of the JSON value"},
      Case{"single quotes", "{'a': 'x'}", 1, 2, "double quotes"},
      Case{"bare key", "{a: \"x\"}", 1, 2, "expected a key in double quotes"},
      Case{"leading zero", "{\"a\": 007}", 1, 7, "no leading zeros"},
      Case{"bare dot", "{\"a\": .5}", 1, 7, "unexpected '.5'"},
      Case{"NaN", "{\"a\": NaN}", 1, 7, "unexpected 'NaN'"},
      Case{"misspelled literal", "{\"a\": tru}", 1, 7, "unexpected 'tru'"},
      Case{"unclosed object", "{\n  \"a\": {\"b\": \"x\"}\n", 3, 1,
           "the object opened at line 1 is not closed"},
      Case{"unclosed array", "{\"a\": [\"x\"", 1, 11, "the array opened at line 1"},
      Case{"too deep", "{\"a\":" + std::string(250, '[') + std::string(250, ']') + "}", 1, 205,
           "nesting deeper than 200 levels"},
      Case{"empty", "", 1, 1, "empty"}, Case{"blank", " \n\t\n", 1, 1, "empty"});
  INFO(c.what);
  auto doc = parse_json("sv.json", "sv", c.content);
  REQUIRE_FALSE(doc);
  INFO(doc.error().message);
  CHECK(doc.error().where.file == "sv.json");
  CHECK(doc.error().where.line == c.line);
  CHECK(doc.error().where.column == c.column);
  CHECK(doc.error().message.find(c.message) != std::string::npos);
}

TEST_CASE("json reader: very deep nesting is an error, not a stack overflow", "[formats][json]") {
  std::string deep = "{\"a\":" + std::string(1'000'000, '[');
  auto doc = parse_json("deep.json", "sv", deep);
  REQUIRE_FALSE(doc);
  CHECK(doc.error().message.find("nesting deeper than") != std::string::npos);
}

TEST_CASE("json reader: every prefix of a catalog fails cleanly or reads", "[formats][json]") {
  // Cut anywhere, including inside escapes and multi-byte characters: no
  // crash, and an error names a place inside the text.
  for (size_t n = 0; n < kSv.size(); ++n) {
    auto doc = parse_json("sv.json", "sv", kSv.substr(0, n));
    if (doc) continue;
    CHECK(doc.error().where.line >= 1);
    CHECK(doc.error().where.line <= 12);
    CHECK(doc.error().where.column >= 1);
  }
}

TEST_CASE("json reader: read_document picks it for .json and .arb", "[formats][json]") {
  CHECK(samklang::format_for_path("catalogs/sv/app.json") == "json");
  CHECK(samklang::format_for_path("lib/l10n/app_sv.ARB") == "json");
}

TEST_CASE("json reader: array indices count every item, text or not", "[formats][json]") {
  Document doc = read(R"({"steps": ["Öppna", 2, null, "Spara", ["Klart"]]})");
  std::vector<std::string> ids;
  for (const Unit& u : doc.units) ids.push_back(u.id);
  CHECK(ids == std::vector<std::string>{"steps.0", "steps.3", "steps.4.0"});
}

TEST_CASE("json reader: a duplicate among thousands of keys is found", "[formats][json]") {
  std::string content = "{\n";
  for (int i = 0; i < 5000; ++i)
    content += "  \"nyckel" + std::to_string(i) + "\": \"Värde " + std::to_string(i) + "\",\n";
  content += "  \"nyckel1234\": \"igen\"\n}\n";
  auto doc = parse_json("sv.json", "sv", content);
  REQUIRE_FALSE(doc);
  CHECK(doc.error().where.line == 5002);
  CHECK(doc.error().where.column == 3);
  CHECK(doc.error().message ==
        "duplicate key 'nyckel1234' (first at line 1236); keep only one of them");
  // Without it, every key is read.
  content.replace(content.rfind(",\n  \"nyckel1234\""), std::string::npos, "\n}\n");
  auto whole = parse_json("sv.json", "sv", content);
  REQUIRE(whole);
  CHECK(whole->units.size() == 5000);
}
