#include "engine/rule_ids.h"

#include "catch.hpp"

using samklang::closest_rule;
using samklang::unknown_rule;

TEST_CASE("rule ids: typos get a suggestion, other words do not", "[engine][rules]") {
  CHECK(closest_rule("term-mising") == "term-missing");
  CHECK(closest_rule("term_missing") == "term-missing");
  CHECK(closest_rule("untranslatd") == "untranslated");
  CHECK(closest_rule("segment-mising") == "segment-missing");
  CHECK(closest_rule("term") == "");
  CHECK(closest_rule("because") == "");
  CHECK(closest_rule("a") == "");
  CHECK(closest_rule("") == "");
}

TEST_CASE("rule ids: a registered id is no error, an unknown one is at its place",
          "[engine][rules]") {
  CHECK_FALSE(unknown_rule("term-missing", {"samklang.toml", 3, 1}));
  CHECK_FALSE(unknown_rule("load-error", {}));
  auto error = unknown_rule("term-mising", {"samklang.toml", 7, 1});
  REQUIRE(error);
  CHECK(format_error(*error) ==
        "samklang.toml:7:1: error: unknown rule 'term-mising' (did you mean 'term-missing'?)");
  auto far = unknown_rule("spelling", {"samklang.toml", 2, 12});
  REQUIRE(far);
  CHECK(far->message == "unknown rule 'spelling'; 'samklang explain' lists the rules");
  // Ids are case-sensitive, as in the JSON output.
  CHECK(unknown_rule("Term-Missing", {}));
}
