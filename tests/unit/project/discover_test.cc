#include "project/discover.h"

#include "catch.hpp"

using samklang::documents_from_args;
using samklang::lang_from_path;

TEST_CASE("discover: the language of a path", "[project]") {
  CHECK(lang_from_path("catalogs/sv/mission.md") == "sv");
  CHECK(lang_from_path("catalogs/sr-Latn/mission.md") == "sr-Latn");
  CHECK(lang_from_path("docs/mission.es.md") == "es");
  CHECK(lang_from_path("ru.md") == "ru");
  CHECK_FALSE(lang_from_path("/tmp/mission.md").has_value());
  CHECK_FALSE(lang_from_path("docs/readme.md").has_value());
}

TEST_CASE("discover: command-line files grouped into documents", "[project]") {
  auto sets = documents_from_args({"catalogs/en/mission.md", "catalogs/sv/mission.md",
                                   "catalogs/en/values.md", "catalogs/sv/values.md"},
                                  std::string("sv"));
  REQUIRE(sets);
  REQUIRE(sets->size() == 2);
  CHECK((*sets)[0].files.front().path == "catalogs/sv/mission.md");
  CHECK((*sets)[0].files.back().path == "catalogs/en/mission.md");
  CHECK((*sets)[1].files.front().path == "catalogs/sv/values.md");

  auto explicit_langs = documents_from_args({"sv=/tmp/a.md", "en=/tmp/b.md"}, std::nullopt);
  REQUIRE(explicit_langs);
  REQUIRE(explicit_langs->size() == 1);
  CHECK((*explicit_langs)[0].files[0].lang == "sv");
  CHECK((*explicit_langs)[0].files[1].lang == "en");

  auto unknown = documents_from_args({"/tmp/a.md"}, std::nullopt);
  REQUIRE_FALSE(unknown);
  CHECK(unknown.error().message.find("LANG=PATH") != std::string::npos);

  auto no_source = documents_from_args({"catalogs/en/mission.md"}, std::string("sv"));
  REQUIRE_FALSE(no_source);
}
