// The dynamic-programming search shared by block and sentence alignment:
// finds the cheapest sequence of beads (1-1, 1-0, 0-1, 2-1, 1-2, ...) that
// covers two sequences in order, and the posterior probability of each.
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
  // The probability that an alignment drawn from all monotone alignments,
  // each weighted exp(-total cost), holds this bead: forward-backward over
  // the same band.
  double posterior = 1;
};

// cost(src_begin, src_end, tgt_begin, tgt_end) of one bead.
using BeadCost = std::function<double(uint32_t, uint32_t, uint32_t, uint32_t)>;

struct SearchStats {
  uint32_t band = 0;     // the half-width of the band that was searched
  uint64_t cells = 0;    // cells of the last search
  uint32_t widened = 0;  // how often the band was doubled
};

// Searches a band of the (n_src+1) x (n_tgt+1) lattice around its diagonal:
// memory and time are O((n_src + n_tgt) x band). The band starts narrow and
// doubles while the best path touches its edge, so the result is the exact
// optimum whenever the path keeps clear of the edge.
//
// `centres`, when given (n_src + 1 entries), puts the band's middle in row i
// at target column centres[i] instead of on the diagonal: a path found by an
// earlier search, so that a narrow band suffices.
std::vector<Bead> search_beads(uint32_t n_src, uint32_t n_tgt, std::span<const BeadShape> shapes,
                               const BeadCost& cost, SearchStats* stats = nullptr,
                               std::span<const uint32_t> centres = {});

}  // namespace samklang
