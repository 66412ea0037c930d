#include "align/normal_tail.h"

#include <cmath>

#include "catch.hpp"

using samklang::normal_tail_cost;
using samklang::normal_tail_cost_fast;

TEST_CASE("normal tail: the exact cost is -log of the two-sided tail", "[align]") {
  // P(|Z| > 0) = 1, P(|Z| > 1.96) = 0.05, P(|Z| > 3) = 0.0027.
  CHECK(normal_tail_cost(0) == 0);
  CHECK(normal_tail_cost(1.959964) == Approx(-std::log(0.05)).epsilon(1e-6));
  CHECK(normal_tail_cost(-3) == Approx(-std::log(0.0026998)).epsilon(1e-4));
  // Beyond 6 deviations the asymptotic form, which keeps growing where
  // erfc underflows; at 6 it is 0.03 below the exact form.
  CHECK(normal_tail_cost(6.0000001) == Approx(normal_tail_cost(6)).margin(0.05));
  CHECK(std::isfinite(normal_tail_cost(60)));
  CHECK(normal_tail_cost(60) > normal_tail_cost(50));
}

TEST_CASE("normal tail: the table is within 1e-10 of the exact cost over its range", "[align]") {
  // Every 1/1000 of a deviation from 0 to 6 (between the table's nodes as
  // well as on them), both signs, and the asymptotic form beyond.
  double worst = 0;
  for (int k = 0; k <= 6000; ++k) {
    double delta = k / 1000.0;
    worst = std::max(worst, std::abs(normal_tail_cost_fast(delta) - normal_tail_cost(delta)));
    worst = std::max(worst, std::abs(normal_tail_cost_fast(-delta) - normal_tail_cost(-delta)));
  }
  CHECK(worst < 1e-10);
  for (double delta : {6.001, 7.5, 12.0, 40.0})
    CHECK(normal_tail_cost_fast(delta) == normal_tail_cost(delta));
}
