// gettext plural formulas, with the Plural-Forms lines of real catalogs.
#include "formats/plural_formula.h"

#include "catch.hpp"

using samklang::PluralFormula;

namespace {

const char* const kRussian =
    "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
    "(n%100<10 || n%100>=20) ? 1 : 2);";

}  // namespace

TEST_CASE("plural formula: Russian takes 1, 21 and 101 to form 0", "[formats]") {
  auto forms = PluralFormula::parse(kRussian);
  REQUIRE(forms);
  CHECK(forms->count() == 3);
  CHECK(forms->form(1) == 0);
  CHECK(forms->form(21) == 0);
  CHECK(forms->form(11) == 2);
  CHECK(forms->form(3) == 1);
  CHECK(forms->form(14) == 2);
  CHECK(forms->form(22) == 1);
  CHECK(forms->form(5) == 2);
  CHECK_FALSE(forms->single_number(0));
  CHECK_FALSE(forms->single_number(1));
}

TEST_CASE("plural formula: a form only one number takes", "[formats]") {
  SECTION("Swedish and English: n != 1") {
    auto forms = PluralFormula::parse("nplurals=2; plural=(n != 1);");
    REQUIRE(forms);
    CHECK(forms->form(1) == 0);
    CHECK(forms->form(0) == 1);
    CHECK(forms->single_number(0));
    CHECK_FALSE(forms->single_number(1));
  }
  SECTION("Czech: 1, 2-4, others") {
    auto forms = PluralFormula::parse("nplurals=3; plural=(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2;");
    REQUIRE(forms);
    CHECK(forms->single_number(0));
    CHECK_FALSE(forms->single_number(1));
    CHECK(forms->form(4) == 1);
  }
  SECTION("Japanese: one form for every number") {
    auto forms = PluralFormula::parse("nplurals=1; plural=0;");
    REQUIRE(forms);
    CHECK(forms->form(1) == 0);
    CHECK_FALSE(forms->single_number(0));
  }
  SECTION("Arabic: zero, one and two are forms of their own") {
    auto forms = PluralFormula::parse(
        "nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 "
        ": n%100>=11 ? 4 : 5;");
    REQUIRE(forms);
    CHECK(forms->single_number(0));
    CHECK(forms->single_number(1));
    CHECK(forms->single_number(2));
    CHECK_FALSE(forms->single_number(3));
    CHECK(forms->form(1) == 1);
    CHECK(forms->form(102) == 5);
  }
  SECTION("French: 0 and 1 share a form") {
    auto forms = PluralFormula::parse("nplurals=2; plural=(n > 1);");
    REQUIRE(forms);
    CHECK(forms->form(0) == 0);
    CHECK_FALSE(forms->single_number(0));
  }
}

TEST_CASE("plural formula: damaged formulas are refused, never evaluated", "[formats]") {
  auto bad = GENERATE(
      as<std::string>{}, "", "nplurals=2;", "plural=(n != 1);", "nplurals=0; plural=0;",
      "nplurals=x; plural=0;", "nplurals=2; plural=(n != 1;", "nplurals=2; plural=n ? 1;",
      "nplurals=2; plural=m != 1;", "nplurals=2; plural=n !! 1;", "nplurals=99; plural=0;");
  INFO(bad);
  CHECK_FALSE(PluralFormula::parse(bad));
  // Nesting far beyond any real formula is refused without exhausting the stack.
  std::string deep =
      "nplurals=2; plural=" + std::string(100000, '(') + "n" + std::string(100000, ')') + ";";
  CHECK_FALSE(PluralFormula::parse(deep));
}

TEST_CASE("plural formula: division by zero and out-of-range forms do not crash", "[formats]") {
  auto forms = PluralFormula::parse("nplurals=2; plural=n % 0 + n / 0 + 7;");
  REQUIRE(forms);
  CHECK(forms->form(5) == 1);  // clamped to the last form
}
