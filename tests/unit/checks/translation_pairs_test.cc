#include "checks/translation_pairs.h"

#include "catch.hpp"

using samklang::comparison_key;

TEST_CASE("translation pairs: keys ignore case, typography and placeholder syntax", "[checks]") {
  SECTION("case, quotes, dashes, ellipses and spaces") {
    CHECK(comparison_key("Vi kallar det ”en värld för alla” – och vi menar det…", false) ==
          comparison_key("vi kallar det \"en värld för alla\" - och  vi menar det...", false));
    CHECK(comparison_key("«Сохранить» файл", false) == comparison_key("\"сохранить\" ФАЙЛ", false));
    CHECK(comparison_key("l'homme", false) != comparison_key("l\"homme", false));
  }
  SECTION("positional placeholders are one slot, named ones keep their name") {
    CHECK(comparison_key("Save %s", false) == comparison_key("Save {0}", false));
    CHECK(comparison_key("Save %1$s", false) == comparison_key("Save {}", false));
    CHECK(comparison_key("Delete {name}", false) == comparison_key("Delete %(name)s", false));
    CHECK(comparison_key("Delete {name}", false) != comparison_key("Delete {count}", false));
    CHECK(comparison_key("50%% done", false) == comparison_key("50% done", false));
  }
  SECTION("accelerators only in catalogs") {
    CHECK(comparison_key("_Öppna", true) == comparison_key("Öpp&na", true));
    CHECK(comparison_key("ファイル(_F)", true) == comparison_key("ファイル", true));
    CHECK(comparison_key("R&D", false) != comparison_key("RD", false));
  }
}
