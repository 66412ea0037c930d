#include "align/normal_tail.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace samklang {

namespace {

constexpr double kTableEnd = 6;  // where the asymptotic form takes over
constexpr int kStepsPerUnit = 128;
constexpr int kNodes = static_cast<int>(kTableEnd) * kStepsPerUnit + 1;

double asymptotic(double delta) { return delta * delta / 2 + std::log(delta) + 0.2258; }

// d/d delta of -log(erfc(delta / sqrt 2)): the normal density over the
// one-sided tail, 2 phi(delta) / erfc(delta / sqrt 2).
double slope(double delta) {
  const double density = std::exp(-delta * delta / 2) / std::sqrt(2 * std::numbers::pi);
  return 2 * density / std::erfc(delta / std::numbers::sqrt2);
}

struct Table {
  std::array<double, kNodes> value{};
  std::array<double, kNodes> slope{};
  Table() {
    for (int k = 0; k < kNodes; ++k) {
      double delta = static_cast<double>(k) / kStepsPerUnit;
      value[k] = -std::log(std::erfc(delta / std::numbers::sqrt2));
      this->slope[k] = samklang::slope(delta);
    }
  }
};

const Table& table() {
  static const Table t;
  return t;
}

}  // namespace

double normal_tail_cost(double delta) {
  delta = std::abs(delta);
  if (delta > kTableEnd) return asymptotic(delta);
  return -std::log(std::erfc(delta / std::numbers::sqrt2));
}

double normal_tail_cost_fast(double delta) {
  delta = std::abs(delta);
  if (delta > kTableEnd) return asymptotic(delta);
  const Table& t = table();
  const double x = delta * kStepsPerUnit;
  const int k = std::min(static_cast<int>(x), kNodes - 2);
  // Hermite basis on the unit interval, the slopes scaled to one step.
  const double u = x - k;
  const double u2 = u * u;
  const double u3 = u2 * u;
  const double h = 1.0 / kStepsPerUnit;
  return (2 * u3 - 3 * u2 + 1) * t.value[k] + (u3 - 2 * u2 + u) * h * t.slope[k] +
         (-2 * u3 + 3 * u2) * t.value[k + 1] + (u3 - u2) * h * t.slope[k + 1];
}

}  // namespace samklang
