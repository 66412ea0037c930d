// One catalog as PO and as Translate Toolkit's po2xliff and po2tmx write it
// (tests/data/gettext): the three readers must give the same entries.
#include <filesystem>
#include <string>
#include <vector>

#include "catch.hpp"
#include "formats/bilingual.h"

namespace fs = std::filesystem;

namespace {

const fs::path kData = fs::path(SAMKLANG_SOURCE_DIR) / "tests" / "data" / "gettext";

struct Pair {
  std::string source;
  std::string target;
  bool operator==(const Pair&) const = default;
};

std::vector<Pair> pairs_of(const std::string& file) {
  auto catalog = samklang::read_bilingual((kData / file).string(), "en", "sv");
  INFO(file << ": " << (catalog ? "" : catalog.error().message));
  REQUIRE(catalog);
  CHECK(catalog->target.lang == "sv");
  REQUIRE(catalog->source.units.size() == catalog->target.units.size());
  std::vector<Pair> out;
  for (size_t i = 0; i < catalog->source.units.size(); ++i)
    out.push_back({catalog->source.units[i].text, catalog->target.units[i].text});
  return out;
}

}  // namespace

TEST_CASE("gettext conversions: PO, po2xliff and po2tmx give the same entries", "[formats]") {
  std::vector<Pair> po = pairs_of("sv.po");
  std::vector<Pair> xliff = pairs_of("sv.xlf");
  std::vector<Pair> tmx = pairs_of("sv.tmx");
  REQUIRE(po.size() == 9);  // 8 entries, one with two plural forms; the header is not one
  CHECK(po[2] == Pair{"%d file archived", "%d fil arkiverad"});
  CHECK(po[3] == Pair{"%d files archived", "%d filer arkiverade"});
  // The XLIFF leaves the PO header out, as the PO reader does.
  CHECK(xliff == po);
  // po2tmx keeps the first plural form only.
  std::vector<Pair> po_without_plural = po;
  po_without_plural.erase(po_without_plural.begin() + 3);
  CHECK(tmx == po_without_plural);
}
