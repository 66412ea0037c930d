// The dynamic-programming search shared by block and sentence alignment:
// finds the cheapest sequence of beads (1-1, 1-0, 0-1, 2-1, 1-2, 2-2) that
// covers two sequences in order.
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <vector>

namespace samklang {

struct BeadShape {
  uint32_t src = 0;  // how many source items
  uint32_t tgt = 0;  // how many target items
};

struct Bead {
  uint32_t src_begin = 0, src_end = 0;  // half-open ranges
  uint32_t tgt_begin = 0, tgt_end = 0;
  double cost = 0;
};

// cost(src_begin, src_end, tgt_begin, tgt_end) of one bead.
using BeadCost = std::function<double(uint32_t, uint32_t, uint32_t, uint32_t)>;

std::vector<Bead> search_beads(uint32_t n_src, uint32_t n_tgt, std::span<const BeadShape> shapes,
                               const BeadCost& cost);

}  // namespace samklang
