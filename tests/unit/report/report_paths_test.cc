#include "report/report_paths.h"

#include <string>

#include "catch.hpp"

using samklang::file_uri;
using samklang::is_outside_base;
using samklang::path_relative_to;
using samklang::percent_encode_path;

TEST_CASE("report paths: relative to the working folder", "[report]") {
  CHECK(path_relative_to("catalogs/sv/mission.md", "/w") == "catalogs/sv/mission.md");
  CHECK(path_relative_to("./catalogs//sv/mission.md", "/w") == "catalogs/sv/mission.md");
  CHECK(path_relative_to("/w/catalogs/sv/mission.md", "/w") == "catalogs/sv/mission.md");
  CHECK(path_relative_to("/w/catalogs/sv/mission.md", "/w/") == "catalogs/sv/mission.md");
  CHECK(path_relative_to("/x/sv.md", "/w/crd") == "../../x/sv.md");
  CHECK(path_relative_to("/x/sv.md", "") == "/x/sv.md");
  CHECK(is_outside_base("../../x/sv.md"));
  CHECK(is_outside_base("/x/sv.md"));
  CHECK_FALSE(is_outside_base("catalogs/..hidden/sv.md"));
  CHECK_FALSE(is_outside_base("sv.md"));
}

TEST_CASE("report paths: RFC 3986 percent-encoding", "[report]") {
  CHECK(percent_encode_path("catalogs/sr-Latn/mission_v2.~md") ==
        "catalogs/sr-Latn/mission_v2.~md");
  CHECK(percent_encode_path("sv/människor rätt.md") == "sv/m%C3%A4nniskor%20r%C3%A4tt.md");
  CHECK(percent_encode_path("ru/миссия.md") == "ru/%D0%BC%D0%B8%D1%81%D1%81%D0%B8%D1%8F.md");
  CHECK(percent_encode_path("a:b/c?d#e%f[g]") == "a%3Ab/c%3Fd%23e%25f%5Bg%5D");
  CHECK(file_uri("/home/ana/mina texter") == "file:///home/ana/mina%20texter");
  CHECK(file_uri("/w/../x/./sv.md") == "file:///x/sv.md");
}
