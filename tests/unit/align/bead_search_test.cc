#include "align/bead_search.h"

#include <array>
#include <cmath>
#include <vector>

#include "catch.hpp"

using samklang::Bead;
using samklang::BeadShape;
using samklang::search_beads;
using samklang::SearchStats;

namespace {

constexpr std::array<BeadShape, 6> kShapes{{{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2}}};

// A length-only cost over made-up lengths: cheap where the two sums match.
struct LengthCost {
  std::vector<double> source, target;
  double operator()(uint32_t sb, uint32_t se, uint32_t tb, uint32_t te) const {
    if (sb == se || tb == te) return 4.0;
    double s = 0, t = 0;
    for (uint32_t i = sb; i < se; ++i) s += source[i];
    for (uint32_t j = tb; j < te; ++j) t += target[j];
    double shape = (se - sb == 1 && te - tb == 1) ? 0.0 : 3.0;
    return shape + (s - t) * (s - t) / (s + t);
  }
};

double total(const std::vector<Bead>& beads) {
  double sum = 0;
  for (const Bead& b : beads) sum += b.cost;
  return sum;
}

}  // namespace

TEST_CASE("bead search: the band finds the full lattice's optimum", "[align]") {
  // 300 source items; the target drops items 10..89 (a run that takes the
  // path far off the diagonal) and splits every 7th item in two.
  LengthCost cost;
  for (uint32_t i = 0; i < 300; ++i) cost.source.push_back(20.0 + (i * 37) % 80);
  for (uint32_t i = 0; i < 300; ++i) {
    if (i >= 10 && i < 90) continue;
    double len = cost.source[i];
    if (i % 7 == 0) {
      cost.target.push_back(len / 2);
      cost.target.push_back(len / 2);
    } else {
      cost.target.push_back(len);
    }
  }
  auto n = static_cast<uint32_t>(cost.source.size());
  auto m = static_cast<uint32_t>(cost.target.size());
  SearchStats stats;
  auto banded = search_beads(n, m, kShapes, cost, &stats);
  CHECK(stats.cells < uint64_t{n + 1} * (m + 1));  // a band, not the whole lattice

  // The optimum by plain DP over the whole lattice.
  std::vector<double> best((n + 1) * (m + 1), INFINITY);
  best[0] = 0;
  for (uint32_t i = 0; i <= n; ++i)
    for (uint32_t j = 0; j <= m; ++j)
      for (const BeadShape& s : kShapes) {
        if (s.src > i || s.tgt > j) continue;
        double from = best[(i - s.src) * (m + 1) + (j - s.tgt)];
        if (std::isinf(from)) continue;
        double c = from + cost(i - s.src, i, j - s.tgt, j);
        if (c < best[i * (m + 1) + j]) best[i * (m + 1) + j] = c;
      }
  CHECK(total(banded) == Approx(best[n * (m + 1) + m]).epsilon(1e-9));

  // Every item is covered once, in order.
  uint32_t next_src = 0, next_tgt = 0;
  for (const Bead& b : banded) {
    CHECK(b.src_begin == next_src);
    CHECK(b.tgt_begin == next_tgt);
    next_src = b.src_end;
    next_tgt = b.tgt_end;
    CHECK(b.posterior >= 0.0);
    CHECK(b.posterior <= 1.0);
  }
  CHECK(next_src == n);
  CHECK(next_tgt == m);
}

TEST_CASE("bead search: the band widens when the path runs along its edge", "[align]") {
  // 200 target items that no source item matches (length 400 against
  // source items of 10 to 59), then the 100 source items translated one to
  // one: the path runs 200 columns off the diagonal.
  LengthCost cost;
  for (uint32_t i = 0; i < 100; ++i) cost.source.push_back(10.0 + (i * 13) % 50);
  cost.target.assign(200, 400.0);
  cost.target.insert(cost.target.end(), cost.source.begin(), cost.source.end());
  SearchStats stats;
  auto beads = search_beads(100, 300, kShapes, cost, &stats);
  CHECK(stats.widened >= 1);
  REQUIRE(beads.size() == 300);
  for (size_t k = 0; k < 200; ++k) CHECK(beads[k].src_begin == beads[k].src_end);
  for (size_t k = 200; k < 300; ++k) {
    CHECK(beads[k].src_end - beads[k].src_begin == 1);
    CHECK(beads[k].tgt_begin == k);
  }
}

TEST_CASE("bead search: posteriors are high where the texts agree, split where they do not",
          "[align]") {
  // Identical lengths: every 1-1 link is all but certain.
  LengthCost same{{30, 55, 80, 42}, {30, 55, 80, 42}};
  for (const Bead& b : search_beads(4, 4, kShapes, same)) CHECK(b.posterior > 0.9);

  // A short source item after a long one, and one target item a little
  // longer than the long one: a 2-1 merge (cost 3.05) and "the short one is
  // dropped" (1-1 + 1-0, cost 4.05) both fit, so the better one is far from
  // certain.
  LengthCost tie{{40, 4}, {42}};
  auto beads = search_beads(2, 1, kShapes, tie);
  REQUIRE(beads.size() == 1);  // the 2-1
  CHECK(beads[0].posterior > 0.5);
  CHECK(beads[0].posterior < 0.9);
}

TEST_CASE("bead search: empty sides", "[align]") {
  LengthCost none;
  CHECK(search_beads(0, 0, kShapes, none).empty());
  LengthCost only_source{{10, 20}, {}};
  auto beads = search_beads(2, 0, kShapes, only_source);
  REQUIRE(beads.size() == 2);
  CHECK(beads[0].tgt_begin == beads[0].tgt_end);
  CHECK(beads[1].posterior == Approx(1.0));
}
