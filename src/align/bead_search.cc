#include "align/bead_search.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace samklang {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr size_t kOutside = std::numeric_limits<size_t>::max();
constexpr uint32_t kMaxStartWidth = 64;  // half-width of the first band, at most

// The cells searched: row i (source items consumed) covers target columns
// lo[i]..hi[i], a stretch around the diagonal from (0, 0) to (n, m) or
// around a guiding path.
class Band {
 public:
  Band(uint32_t n, uint32_t m, uint32_t half_width, std::span<const uint32_t> centres)
      : n_(n), m_(m) {
    lo_.resize(n + 1);
    hi_.resize(n + 1);
    start_.resize(n + 2);
    auto centre = [&](uint32_t i) -> int64_t {
      if (!centres.empty()) return i <= n ? std::min(centres[i], m) : m;
      return n == 0 ? 0 : std::llround(static_cast<double>(i) * m / n);
    };
    for (uint32_t i = 0; i <= n; ++i) {
      // A guiding path may run along a row (additions) before it leaves it:
      // the row covers where the path enters it and where the next row starts.
      int64_t first = centre(i);
      int64_t last = centres.empty() ? first : std::max(first, centre(i + 1));
      lo_[i] = static_cast<uint32_t>(std::max<int64_t>(0, first - half_width));
      hi_[i] = static_cast<uint32_t>(std::min<int64_t>(m, last + half_width));
      if (n == 0) lo_[i] = 0, hi_[i] = m;
      start_[i + 1] = start_[i] + (hi_[i] - lo_[i] + 1);
    }
  }
  size_t cells() const { return start_[n_ + 1]; }
  uint32_t lo(uint32_t i) const { return lo_[i]; }
  uint32_t hi(uint32_t i) const { return hi_[i]; }
  size_t index(uint32_t i, uint32_t j) const {
    if (j < lo_[i] || j > hi_[i]) return kOutside;
    return start_[i] + (j - lo_[i]);
  }
  // A cell on the band's edge that is not on the lattice's edge.
  bool on_edge(uint32_t i, uint32_t j) const {
    return (j == lo_[i] && lo_[i] > 0) || (j == hi_[i] && hi_[i] < m_);
  }

 private:
  uint32_t n_, m_;
  std::vector<uint32_t> lo_, hi_;
  std::vector<size_t> start_;
};

// log(sum of exp(terms)), the largest term first: one exp per term and one
// log per cell, where adding the terms in pairs would take a log each.
double log_sum(std::span<const double> terms) {
  double hi = -kInf;
  for (double t : terms) hi = std::max(hi, t);
  if (hi == -kInf) return hi;
  double sum = 0;
  for (double t : terms) {
    // Below e^-36 a term changes nothing a double can hold.
    if (t - hi >= -36) sum += std::exp(t - hi);
  }
  return hi + std::log(sum);
}

struct Lattice {
  std::vector<double> best;     // Viterbi cost to reach a cell
  std::vector<uint8_t> choice;  // the shape that reached it
  std::vector<double> forward;  // log of the summed weights of all paths to a cell
  std::vector<float> costs;     // per cell and shape: the bead's cost (inf if none)
};

Lattice fill(const Band& band, uint32_t n, std::span<const BeadShape> shapes,
             const BeadCost& cost) {
  Lattice l;
  const size_t cells = band.cells();
  const size_t k_count = shapes.size();
  l.best.assign(cells, kInf);
  l.choice.assign(cells, 0);
  l.forward.assign(cells, -kInf);
  l.costs.assign(cells * k_count, std::numeric_limits<float>::infinity());
  l.best[band.index(0, 0)] = 0;
  l.forward[band.index(0, 0)] = 0;
  std::vector<double> terms;  // of one cell's forward sum
  terms.reserve(k_count);
  for (uint32_t i = 0; i <= n; ++i) {
    for (uint32_t j = band.lo(i); j <= band.hi(i); ++j) {
      if (i == 0 && j == 0) continue;
      const size_t here = band.index(i, j);
      double best = kInf;
      uint8_t pick = 0;
      terms.clear();
      for (size_t k = 0; k < k_count; ++k) {
        const BeadShape& shape = shapes[k];
        if (shape.src > i || shape.tgt > j) continue;
        size_t from = band.index(i - shape.src, j - shape.tgt);
        if (from == kOutside || l.best[from] == kInf) continue;
        double c = cost(i - shape.src, i, j - shape.tgt, j);
        l.costs[here * k_count + k] = static_cast<float>(c);
        if (l.best[from] + c < best) best = l.best[from] + c, pick = static_cast<uint8_t>(k);
        terms.push_back(l.forward[from] - c);
      }
      l.best[here] = best;
      l.choice[here] = pick;
      l.forward[here] = log_sum(terms);
    }
  }
  return l;
}

// log of the summed weights of all paths from each cell to the end.
std::vector<double> backward(const Band& band, uint32_t n, uint32_t m,
                             std::span<const BeadShape> shapes, const Lattice& l) {
  std::vector<double> back(band.cells(), -kInf);
  back[band.index(n, m)] = 0;
  const size_t k_count = shapes.size();
  std::vector<double> terms;  // of one cell's backward sum
  terms.reserve(k_count + 1);
  for (uint32_t i = n + 1; i-- > 0;) {
    for (uint32_t j = band.hi(i) + 1; j-- > band.lo(i);) {
      const size_t here = band.index(i, j);
      terms.assign(1, back[here]);
      for (size_t k = 0; k < k_count; ++k) {
        uint32_t ti = i + shapes[k].src;
        uint32_t tj = j + shapes[k].tgt;
        if (ti > n || tj > m) continue;
        size_t to = band.index(ti, tj);
        if (to == kOutside) continue;
        float c = l.costs[to * k_count + k];
        if (std::isinf(c)) continue;
        terms.push_back(back[to] - c);
      }
      back[here] = log_sum(terms);
    }
  }
  return back;
}

}  // namespace

std::vector<Bead> search_beads(uint32_t n_src, uint32_t n_tgt, std::span<const BeadShape> shapes,
                               const BeadCost& cost, SearchStats* stats,
                               std::span<const uint32_t> centres) {
  if (!centres.empty() && centres.size() != size_t{n_src} + 1) centres = {};
  const uint32_t full = std::max(n_src, n_tgt) + 1;
  // Wide enough for a stretch of omissions or a run of merges around the
  // diagonal, or for small corrections around a guiding path; the search
  // doubles it when the path shows that it was not. At most 64 to start
  // with, so that time and memory grow linearly with the documents, not as
  // their square: a longer detour is what the doubling is for.
  uint32_t half_width =
      centres.empty() ? std::clamp<uint32_t>((n_src + n_tgt) / 16, 16, kMaxStartWidth) : 8;
  half_width = std::min(full, half_width);
  uint32_t widened = 0;
  for (;;) {
    Band band(n_src, n_tgt, half_width, centres);
    Lattice l = fill(band, n_src, shapes, cost);
    const size_t end = band.index(n_src, n_tgt);
    std::vector<Bead> beads;
    bool touches_edge = l.best[end] == kInf;
    if (!touches_edge) {
      uint32_t i = n_src;
      uint32_t j = n_tgt;
      while (i > 0 || j > 0) {
        const size_t here = band.index(i, j);
        if (band.on_edge(i, j)) touches_edge = true;
        const BeadShape& shape = shapes[l.choice[here]];
        Bead bead{i - shape.src, i, j - shape.tgt, j, 0, 1};
        bead.cost = l.best[here] - l.best[band.index(bead.src_begin, bead.tgt_begin)];
        beads.push_back(bead);
        i = bead.src_begin;
        j = bead.tgt_begin;
      }
    }
    if (touches_edge && half_width < full) {
      half_width = std::min(full, half_width * 2);
      ++widened;
      continue;
    }
    std::reverse(beads.begin(), beads.end());
    std::vector<double> back = backward(band, n_src, n_tgt, shapes, l);
    const double total = l.forward[end];
    for (Bead& bead : beads) {
      double p = l.forward[band.index(bead.src_begin, bead.tgt_begin)] - bead.cost +
                 back[band.index(bead.src_end, bead.tgt_end)] - total;
      bead.posterior = std::clamp(std::exp(p), 0.0, 1.0);
    }
    if (stats) *stats = {half_width, band.cells(), widened};
    return beads;
  }
}

}  // namespace samklang
