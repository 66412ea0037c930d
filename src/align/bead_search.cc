#include "align/bead_search.h"

#include <algorithm>
#include <limits>

namespace samklang {

std::vector<Bead> search_beads(uint32_t n_src, uint32_t n_tgt, std::span<const BeadShape> shapes,
                               const BeadCost& cost) {
  constexpr double kInf = std::numeric_limits<double>::infinity();
  const size_t width = n_tgt + 1;
  std::vector<double> best((n_src + 1) * width, kInf);
  std::vector<uint8_t> choice((n_src + 1) * width, 0);
  best[0] = 0;
  for (uint32_t i = 0; i <= n_src; ++i) {
    for (uint32_t j = 0; j <= n_tgt; ++j) {
      if (i == 0 && j == 0) continue;
      double here = kInf;
      uint8_t pick = 0;
      for (size_t k = 0; k < shapes.size(); ++k) {
        const BeadShape& shape = shapes[k];
        if (shape.src > i || shape.tgt > j) continue;
        double before = best[(i - shape.src) * width + (j - shape.tgt)];
        if (before == kInf) continue;
        double total = before + cost(i - shape.src, i, j - shape.tgt, j);
        if (total < here) here = total, pick = static_cast<uint8_t>(k);
      }
      best[i * width + j] = here;
      choice[i * width + j] = pick;
    }
  }
  std::vector<Bead> beads;
  uint32_t i = n_src;
  uint32_t j = n_tgt;
  while (i > 0 || j > 0) {
    const BeadShape& shape = shapes[choice[i * width + j]];
    Bead bead{i - shape.src, i, j - shape.tgt, j, 0};
    bead.cost = best[i * width + j] - best[bead.src_begin * width + bead.tgt_begin];
    beads.push_back(bead);
    i = bead.src_begin;
    j = bead.tgt_begin;
  }
  std::reverse(beads.begin(), beads.end());
  return beads;
}

}  // namespace samklang
