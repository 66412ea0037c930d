#include "formats/front_matter.h"

#include <string>

#include "catch.hpp"
#include "core/location.h"
#include "formats/reader.h"
#include "test_support.h"

using samklang::Document;
using samklang::format_error;
using samklang::parse_front_matter;
using samklang::parse_markdown;
using samklang::set_front_matter_value;
using samklang::testing::where;

namespace {

const std::string kBody =
    "# Our vision\n"
    "\n"
    "A world where all of us enjoy civil and political rights.\n";

}  // namespace

TEST_CASE("front matter: skipped by the Markdown reader, lines after it exact", "[formats]") {
  const std::string text =
      "---\n"
      "title: \"Our vision\"\n"
      "source_commit: 1a2b3c4d  # the Swedish text translated\n"
      "tags:\n"
      "  - mission\n"
      "---\n" +
      kBody;
  Document doc = parse_markdown("en.md", "en", text).value();
  REQUIRE(doc.units.size() == 2);
  CHECK(doc.units[0].text == "Our vision");
  CHECK(where(doc, doc.units[0], "vision") == "7:7");
  CHECK(where(doc, doc.units[1], "civil") == "9:31");
  REQUIRE(doc.field("source_commit") != nullptr);
  CHECK(doc.field("source_commit")->value == "1a2b3c4d");
  CHECK(text.substr(doc.field("source_commit")->value_offset, 8) == "1a2b3c4d");
  REQUIRE(doc.field("title") != nullptr);
  CHECK(doc.field("title")->value == "Our vision");
  CHECK(doc.field("tags")->value.empty());
  CHECK(doc.field("mission") == nullptr);
}

TEST_CASE("front matter: CRLF lines and no front matter at all", "[formats]") {
  Document crlf =
      parse_markdown("en.md", "en", "---\r\nsource_commit: abcdef0\r\n---\r\n\r\nHello there.\r\n")
          .value();
  REQUIRE(crlf.units.size() == 1);
  CHECK(where(crlf, crlf.units[0], "there") == "5:7");
  CHECK(crlf.field("source_commit")->value == "abcdef0");

  // A thematic break later in the file is not a front matter.
  Document plain = parse_markdown("en.md", "en", kBody + "\n---\n\nEnd.\n").value();
  CHECK(plain.front_matter.empty());
  CHECK(plain.units.size() == 3);
}

TEST_CASE("front matter: damaged ones are errors with a place", "[formats]") {
  auto unclosed = parse_markdown("en.md", "en", "---\nsource_commit: 1a2b3c4\n" + kBody);
  REQUIRE_FALSE(unclosed);
  CHECK(format_error(unclosed.error()) ==
        "en.md:1:1: error: the front matter opened by '---' on line 1 is not closed; add a line "
        "'---' after its last 'key: value' line");
  CHECK_FALSE(parse_markdown("en.md", "en", "---"));

  auto not_hex = parse_markdown("en.md", "en", "---\nsource_commit: HEAD~1\n---\n" + kBody);
  REQUIRE_FALSE(not_hex);
  CHECK(format_error(not_hex.error()) ==
        "en.md:2:16: error: source_commit 'HEAD~1' is not a commit id (7 to 40 hexadecimal "
        "digits)");
  CHECK_FALSE(parse_markdown("en.md", "en", "---\nsource_commit: 1a2b3c\n---\n" + kBody));
  CHECK_FALSE(parse_markdown("en.md", "en",
                             "---\nsource_commit: 1a2b3c4\nsource_commit: 1a2b3c5\n---\n" + kBody));
  // Empty: not set yet; accept fills it in.
  auto empty = parse_markdown("en.md", "en", "---\nsource_commit:\n---\n" + kBody);
  REQUIRE(empty);
  CHECK(empty->field("source_commit")->value.empty());
}

TEST_CASE("front matter: setting a value changes nothing else", "[formats]") {
  const std::string id(40, 'f');
  SECTION("replaced where it stands, quoted or not") {
    const std::string text = "---\r\ntitle: x\r\nsource_commit: '1a2b3c4'   \r\n---\r\n" + kBody;
    auto out = set_front_matter_value(text, "en.md", "source_commit", id);
    REQUIRE(out);
    CHECK(*out == "---\r\ntitle: x\r\nsource_commit: '" + id + "'   \r\n---\r\n" + kBody);
  }
  SECTION("an empty value") {
    auto out =
        set_front_matter_value("---\nsource_commit:\n---\n" + kBody, "en.md", "source_commit", id);
    REQUIRE(out);
    CHECK(*out == "---\nsource_commit: " + id + "\n---\n" + kBody);
  }
  SECTION("added before the closing line") {
    auto out = set_front_matter_value("---\ntitle: x\n---\n" + kBody, "en.md", "source_commit", id);
    REQUIRE(out);
    CHECK(*out == "---\ntitle: x\nsource_commit: " + id + "\n---\n" + kBody);
  }
  SECTION("a new front matter at the top") {
    auto out = set_front_matter_value(kBody, "en.md", "source_commit", id);
    REQUIRE(out);
    CHECK(*out == "---\nsource_commit: " + id + "\n---\n" + kBody);
    REQUIRE(parse_markdown("en.md", "en", *out));
  }
  SECTION("a damaged front matter is left alone") {
    CHECK_FALSE(set_front_matter_value("---\ntitle: x\n" + kBody, "en.md", "source_commit", id));
  }
  CHECK(parse_front_matter(kBody, "en.md").value() == std::nullopt);
}
