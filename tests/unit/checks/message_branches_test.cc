// ICU plural and select cases compared between a source and its translation.
#include "checks/message_branches.h"

#include <string>
#include <vector>

#include "catch.hpp"

namespace {

using samklang::compare_branches;
using samklang::find_placeholders;

// The messages of the problems between the first argument of each text.
std::vector<std::string> problems(const std::string& source, const std::string& target,
                                  const std::string& source_lang, const std::string& target_lang) {
  auto s = find_placeholders(source);
  auto t = find_placeholders(target);
  REQUIRE(!s.empty());
  REQUIRE(!t.empty());
  std::vector<std::string> out;
  for (const auto& p : compare_branches(s[0], t[0], source_lang, target_lang))
    out.push_back(p.message);
  return out;
}

using V = std::vector<std::string>;

const std::string kFiles = "{count, plural, one {# file in {folder}} other {# files in {folder}}}";

}  // namespace

TEST_CASE("message branches: translations that are right stay silent", "[checks]") {
  // Russian needs one, few and many; the number may be written out in 'one'.
  CHECK(problems(kFiles,
                 "{count, plural, one {# файл в папке {folder}} few {# файла в папке {folder}} "
                 "many {# файлов в папке {folder}} other {# файла в папке {folder}}}",
                 "en", "ru")
            .empty());
  CHECK(problems(kFiles, "{count, plural, one {En fil i {folder}} other {# filer i {folder}}}",
                 "en", "sv")
            .empty());
  // Japanese and Thai have 'other' alone.
  CHECK(
      problems(kFiles, "{count, plural, other {{folder} に # 個のファイル}}", "en", "ja").empty());
  CHECK(problems(kFiles, "{count, plural, other {# ไฟล์ใน {folder}}}", "en", "th").empty());
  // Explicit values are allowed in any language; select cases may be reordered.
  CHECK(problems("{n, plural, =0 {No reports} one {One report} other {# reports}}",
                 "{n, plural, =0 {Inga rapporter} other {# rapporter} one {En rapport}}", "en",
                 "sv")
            .empty());
  CHECK(problems("{gender, select, female {She replied} male {He replied} other {They replied}}",
                 "{gender, select, male {Он ответил} female {Она ответила} other {Они ответили}}",
                 "en", "ru")
            .empty());
  // A source with 'other' alone does not ask for the target's cases.
  CHECK(problems("{n, plural, other {# items}}", "{n, plural, other {# позиций}}", "en", "ru")
            .empty());
  // Serbian has one, few and other.
  CHECK(problems(kFiles,
                 "{count, plural, one {# датотека у {folder}} few {# датотеке у {folder}} other "
                 "{# датотека у {folder}}}",
                 "en", "sr")
            .empty());
}

TEST_CASE("message branches: what is wrong is named, case by case", "[checks]") {
  SECTION("a placeholder left out of a case the source does not have") {
    CHECK(problems(kFiles,
                   "{count, plural, one {# файл в {folder}} few {# файла в {folder}} many {# "
                   "файлов в папке} other {# файла в {folder}}}",
                   "en", "ru") ==
          V{"'{folder}' of the source's 'other' case is missing from the 'many' case of "
            "'{count}'"});
  }
  SECTION("a case many numbers take without its number") {
    CHECK(problems(kFiles, "{count, plural, one {En fil i {folder}} other {Filer i {folder}}}",
                   "en",
                   "sv") == V{"the 'other' case of '{count}' does not show the number ('#')"});
  }
  SECTION("the cases the target language needs") {
    CHECK(problems(kFiles, "{count, plural, one {# файл в {folder}} other {# файлов в {folder}}}",
                   "en",
                   "ru") == V{"'{count}' lacks the plural cases 'few' and 'many', which ru needs"});
  }
  SECTION("a case the language does not have, and no 'other'") {
    CHECK(problems(kFiles, "{count, plural, one {# fil i {folder}} few {# filer i {folder}}}", "en",
                   "sv") == V{"'{count}' has no 'other' case, which every plural needs",
                              "'few' is not a cardinal plural case of sv"});
  }
  SECTION("select cases are code") {
    CHECK(problems("{gender, select, female {She} male {He} other {They}}",
                   "{gender, select, kvinna {Hon} other {De}}", "en",
                   "sv") == V{"the case 'female' of '{gender}' is missing from the translation",
                              "the case 'male' of '{gender}' is missing from the translation",
                              "'{gender}' has a case 'kvinna' that the source does not have"});
  }
  SECTION("an added placeholder in a case") {
    CHECK(problems("{n, plural, one {# report} other {# reports}}",
                   "{n, plural, one {# rapport av {user}} other {# rapporter}}", "en", "sv") ==
          V{"'{user}' in the 'one' case of '{n}' is not in the source's 'one' case"});
  }
  SECTION("nested select inside a plural case") {
    CHECK(problems("{n, plural, other {{g, select, female {she has #} other {they have #}}}}",
                   "{n, plural, other {{g, select, other {de har #}}}}", "en",
                   "sv") == V{"the case 'female' of '{g}' is missing from the translation"});
  }
}
