#include "text/placeholders.h"

#include <string>
#include <vector>

#include "catch.hpp"

namespace {

std::vector<std::string> keys(std::string_view text) {
  std::vector<std::string> out;
  for (const samklang::Placeholder& p : samklang::find_placeholders(text)) out.push_back(p.key);
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("placeholders: printf conversions", "[text]") {
  CHECK(keys("Failed to fetch %s from %s") == V{"%s", "%s"});
  CHECK(keys("%d files, %lu bytes, %.2f%%") == V{"%d", "%lu", "%f", "%%"});
  CHECK(keys("%2$s kopierades till %1$s") == V{"%2$s", "%1$s"});
  CHECK(keys("%-10s|%5d|%*d") == V{"%s", "%d", "%*d"});
  CHECK(keys("%.250s %8ld %i %.*s") == V{"%s", "%ld", "%d", "%*s"});
  auto numbered = samklang::find_placeholders("%12$s");
  REQUIRE(numbered.size() == 1);
  CHECK(numbered[0].position == 12);
}

TEST_CASE("placeholders: a percent sign in prose is not a conversion", "[text]") {
  CHECK(keys("50 % av alla").empty());
  CHECK(keys("50% of all").empty());
  CHECK(keys("100 %").empty());
  CHECK(keys("Invalid %-encoding in URI").empty());
  CHECK(keys("%-operator needs an absolute expression").empty());
  CHECK(keys("%-8s|") == V{"%s"});
}

TEST_CASE("placeholders: Python, braces, ICU and i18next", "[text]") {
  CHECK(keys("Hello %(name)s") == V{"%(name)s"});
  CHECK(keys("Hello {name}, {0} and {}") == V{"{name}", "{0}", "{}"});
  CHECK(keys("Hello {{name}} and {{ count }}") == V{"{{name}}", "{{count}}"});
  CHECK(keys("{count, plural, one {# file {name}} other {# files}} left") == V{"{count}"});
  CHECK(keys("a { b } c {not a placeholder") == V{"{b}"});
  CHECK(keys("only ${VARNAME} expansion").empty());
  CHECK(keys("Usage: sed {script-only-if-no-other-script}").empty());
  CHECK(keys("{dis}able jsri, {...} at start").empty());
  CHECK(keys("{0}s ago") == V{"{0}"});
  CHECK(keys("missing right brace on \\x{HEXNUMBER}").empty());
  CHECK(keys("unbalanced {count, plural, one {x}") == V{"{x}"});
}

TEST_CASE("placeholders: order and offsets", "[text]") {
  auto found = samklang::find_placeholders("Å %s och %1$d {x}");
  REQUIRE(found.size() == 3);
  CHECK(found[0].begin == 3);
  CHECK(found[0].end == 5);
  CHECK(found[0].ordered);
  CHECK_FALSE(found[1].ordered);
  CHECK_FALSE(found[2].ordered);
}

TEST_CASE("placeholders: i18next unescaped, formatted and nested", "[text]") {
  CHECK(keys("Hej {{- name}}, du har {{count}} nya meddelanden") == V{"{{name}}", "{{count}}"});
  CHECK(keys("Senast ändrad {{date, datetime}}") == V{"{{date}}"});
  CHECK(keys("$t(common.save) eller $t(common.cancel, {\"count\": 2})") ==
        V{"$t(common.save)", "$t(common.cancel)"});
  CHECK(keys("Kostar $5 eller $t()") == V{});
}

TEST_CASE("placeholders: the cases of ICU plural and select arguments", "[text]") {
  std::string text =
      "{count, plural, offset:1 =0 {Ingen fil} one {# fil i {folder}} other {# filer i "
      "{folder} av {total}}} för {user}";
  auto found = samklang::find_placeholders(text);
  REQUIRE(found.size() == 2);
  const samklang::Placeholder& plural = found[0];
  CHECK(plural.key == "{count}");
  CHECK(plural.type == "plural");
  REQUIRE(plural.branches.size() == 3);
  CHECK(plural.branches[0].selector == "=0");
  CHECK_FALSE(plural.branches[0].has_number);
  CHECK(plural.branches[1].selector == "one");
  CHECK(plural.branches[1].has_number);
  CHECK(text.substr(plural.branches[1].begin, 3) == "one");
  REQUIRE(plural.branches[2].placeholders.size() == 2);
  CHECK(plural.branches[2].placeholders[1].key == "{total}");
  // Offsets are in the whole text.
  const samklang::Placeholder& total = plural.branches[2].placeholders[1];
  CHECK(text.substr(total.begin, total.end - total.begin) == "{total}");
  CHECK(found[1].key == "{user}");

  SECTION("select nested in plural") {
    auto nested = samklang::find_placeholders(
        "{n, plural, other {{gender, select, female {Hon har # filer} other {De har # filer}}}}");
    REQUIRE(nested.size() == 1);
    REQUIRE(nested[0].branches.size() == 1);
    CHECK(nested[0].branches[0].has_number == false);  // '#' sits inside the nested select
    REQUIRE(nested[0].branches[0].placeholders.size() == 1);
    CHECK(nested[0].branches[0].placeholders[0].type == "select");
    CHECK(nested[0].branches[0].placeholders[0].branches.size() == 2);
  }
  SECTION("a damaged case list keeps the argument, without cases") {
    auto damaged = samklang::find_placeholders("{n, plural, one # fil} other {# filer}}");
    REQUIRE_FALSE(damaged.empty());
    CHECK(damaged[0].key == "{n}");
    CHECK(damaged[0].branches.empty());
  }
  SECTION("formats without cases have none") {
    auto number = samklang::find_placeholders("{share, number, percent} av rösterna");
    REQUIRE(number.size() == 1);
    CHECK(number[0].type.empty());
    CHECK(number[0].branches.empty());
  }
}
