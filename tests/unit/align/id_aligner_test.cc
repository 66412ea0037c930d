// The id aligner on i18next plural families: which forms a target language
// has comes from CLDR through ICU, so sv (one, other) -> ru (one, few, many,
// other) and sv -> ja (other) give no false missing or extra forms.
#include <string>
#include <string_view>
#include <vector>

#include "align/aligner.h"
#include "catch.hpp"

using samklang::align_by_id;
using samklang::Alignment;
using samklang::Link;

namespace {

// Each link as "source ids -> target ids", e.g. "files_other -> files_few".
std::vector<std::string> describe(const Alignment& links, const std::vector<std::string_view>& src,
                                  const std::vector<std::string_view>& tgt) {
  std::vector<std::string> out;
  for (const Link& link : links) {
    std::string line;
    for (uint32_t s : link.src) line += (line.empty() ? "" : " ") + std::string(src[s]);
    line += " ->";
    for (uint32_t t : link.tgt) line += " " + std::string(tgt[t]);
    out.push_back(line);
  }
  return out;
}

using Ids = std::vector<std::string_view>;

}  // namespace

TEST_CASE("plural forms: the CLDR categories ICU gives", "[align][plural]") {
  auto sv = samklang::plural_forms("sv");
  REQUIRE(sv);
  CHECK(sv->cardinal == std::vector<std::string>{"one", "other"});
  auto ru = samklang::plural_forms("ru");
  REQUIRE(ru);
  CHECK(ru->cardinal == std::vector<std::string>{"one", "few", "many", "other"});
  CHECK(ru->ordinal == std::vector<std::string>{"other"});
  auto ja = samklang::plural_forms("ja");
  REQUIRE(ja);
  CHECK(ja->cardinal == std::vector<std::string>{"other"});
  auto en = samklang::plural_forms("en-GB");
  REQUIRE(en);
  CHECK(en->ordinal == std::vector<std::string>{"one", "two", "few", "other"});
  CHECK_FALSE(samklang::plural_forms(""));
  CHECK_FALSE(samklang::plural_forms("und"));
}

TEST_CASE("id aligner: plain keys pair by id, the rest is missing or extra", "[align]") {
  Ids src{"common.save", "common.cancel", "title"};
  Ids tgt{"title", "common.save", "old.key"};
  CHECK(describe(align_by_id(src, tgt, "en"), src, tgt) ==
        std::vector<std::string>{"common.save -> common.save", "common.cancel ->", "title -> title",
                                 " -> old.key"});
}

TEST_CASE("id aligner: sv -> ru plurals, a complete family", "[align][plural]") {
  Ids src{"title", "files_one", "files_other"};
  Ids tgt{"title", "files_one", "files_few", "files_many", "files_other"};
  // few and many are translated from the source's other: checked against it, not extra.
  CHECK(describe(align_by_id(src, tgt, "ru"), src, tgt) ==
        std::vector<std::string>{"title -> title", "files_one -> files_one",
                                 "files_other -> files_other", "files_other -> files_few",
                                 "files_other -> files_many"});
}

TEST_CASE("id aligner: sv -> ru, a form Russian needs is missing", "[align][plural]") {
  Ids src{"files_one", "files_other", "title"};
  Ids tgt{"files_one", "files_many", "files_other", "title"};
  // The missing few comes right after the link of the family's last form in
  // the target (files_other), before "title".
  CHECK(describe(align_by_id(src, tgt, "ru"), src, tgt) ==
        std::vector<std::string>{"files_one -> files_one", "files_other -> files_other",
                                 "files_other ->", "files_other -> files_many", "title -> title"});
}

TEST_CASE("id aligner: sv -> ja, a form Japanese does not have is not missing", "[align][plural]") {
  Ids src{"files_one", "files_other", "inbox.unread_one", "inbox.unread_other"};
  Ids tgt{"files_other", "inbox.unread_other"};
  CHECK(describe(align_by_id(src, tgt, "ja"), src, tgt) ==
        std::vector<std::string>{"files_other -> files_other",
                                 "inbox.unread_other -> inbox.unread_other"});
  // But a form Japanese has (other) is missing when left out.
  Ids partial{"files_other"};
  CHECK(describe(align_by_id(src, partial, "ja"), src, partial) ==
        std::vector<std::string>{"files_other -> files_other", "inbox.unread_other ->"});
}

TEST_CASE("id aligner: ru -> sv, Swedish keeps its one and other", "[align][plural]") {
  Ids src{"files_one", "files_few", "files_many", "files_other"};
  SECTION("complete") {
    Ids tgt{"files_one", "files_other"};
    CHECK(describe(align_by_id(src, tgt, "sv"), src, tgt) ==
          std::vector<std::string>{"files_one -> files_one", "files_other -> files_other"});
  }
  SECTION("one missing") {
    Ids tgt{"files_other"};
    CHECK(describe(align_by_id(src, tgt, "sv"), src, tgt) ==
          std::vector<std::string>{"files_one ->", "files_other -> files_other"});
  }
}

TEST_CASE("id aligner: ordinal families follow ordinal rules", "[align][plural]") {
  Ids src{"place_ordinal_one", "place_ordinal_other"};  // Swedish: 1:a, 2:a, 3:e
  Ids en{"place_ordinal_one", "place_ordinal_two", "place_ordinal_few", "place_ordinal_other"};
  CHECK(describe(align_by_id(src, en, "en"), src, en) ==
        std::vector<std::string>{"place_ordinal_one -> place_ordinal_one",
                                 "place_ordinal_other -> place_ordinal_other",
                                 "place_ordinal_other -> place_ordinal_two",
                                 "place_ordinal_other -> place_ordinal_few"});
  Ids en_short{"place_ordinal_one", "place_ordinal_other"};
  CHECK(describe(align_by_id(src, en_short, "en"), src, en_short) ==
        std::vector<std::string>{"place_ordinal_one -> place_ordinal_one",
                                 "place_ordinal_other -> place_ordinal_other",
                                 "place_ordinal_other ->", "place_ordinal_other ->"});
}

TEST_CASE("id aligner: no family without the source's _other", "[align][plural]") {
  // "step_one" alone is a key like any other, and so is a target form whose
  // family the source does not have.
  Ids src{"step_one", "step_two"};
  Ids tgt{"step_one", "step_few"};
  CHECK(describe(align_by_id(src, tgt, "ru"), src, tgt) ==
        std::vector<std::string>{"step_one -> step_one", "step_two ->", " -> step_few"});
}

TEST_CASE("id aligner: an unknown target language drops no form", "[align][plural]") {
  Ids src{"files_one", "files_other"};
  Ids tgt{"files_other", "files_few"};
  CHECK(describe(align_by_id(src, tgt, ""), src, tgt) ==
        std::vector<std::string>{"files_one ->", "files_other -> files_other",
                                 "files_other -> files_few"});
}

TEST_CASE("id aligner: PO plural ids are left as they are", "[align][plural]") {
  Ids ids{"%d file[0]", "%d file[1]", "%d file[2]"};
  CHECK(describe(align_by_id(ids, ids, "ru"), ids, ids) ==
        std::vector<std::string>{"%d file[0] -> %d file[0]", "%d file[1] -> %d file[1]",
                                 "%d file[2] -> %d file[2]"});
}
