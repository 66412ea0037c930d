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
