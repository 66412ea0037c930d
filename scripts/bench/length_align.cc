// Baseline sentence aligner for scripts/bench-align.sh (not part of
// samklang): the length-only method of Gale and Church (1993), nothing else,
// so that samklang's aligner has something plain to be measured against.
//
// Each file holds one sentence per line; blank lines are skipped and do not
// count as sentences (as in `samklang align --input-format lines`), and
// leading and trailing white space is not counted. A sentence's length is its
// number of Unicode code points.
//
// Cost of a link = -log P(type) - log P(delta), where
//   P(type): 1-1 .89, 1-0 and 0-1 .0099 each, 2-1 and 1-2 .089 each, 2-2 .011;
//   delta = (l2 - c l1) / sqrt(s2 (l1 + l2 / c) / 2), l1 and l2 the source
//   and target lengths of the link, c = (target characters) / (source
//   characters) over the whole files, s2 = 6.8;
//   P(delta) = 2 (1 - Phi(|delta|)), the chance of a deviation at least this
//   large under the standard normal distribution.
// (The variance uses the mean of l1 and l2 / c rather than l1 alone so that a
// 0-1 link has a finite cost.) A full dynamic programme over all n x m cells
// finds the cheapest path; links are printed one per line as
// `[i, j]:[k]`, 0-based, like `samklang align --format beads`.
//
// Usage: samklang_bench_length_align SOURCE TARGET
// Exit codes: 0 aligned; 2 a usage error or an unreadable file.
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <limits>
#include <numbers>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

constexpr double kVariance = 6.8;

struct LinkType {
  int src;
  int tgt;
  double prior;
};

constexpr LinkType kTypes[] = {
    {1, 1, 0.89}, {1, 0, 0.0099}, {0, 1, 0.0099}, {2, 1, 0.089}, {1, 2, 0.089}, {2, 2, 0.011},
};

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

// Code points of a UTF-8 string: every byte that does not continue a
// sequence (10xxxxxx) starts one.
int64_t code_points(std::string_view text) {
  int64_t count = 0;
  for (char c : text)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
  return count;
}

// Lengths of the non-blank lines of a file, or false when it cannot be read.
bool read_lengths(const char* path, std::vector<int64_t>& lengths) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::string line;
  while (std::getline(in, line)) {
    std::string_view view(line);
    while (!view.empty() && is_space(view.front())) view.remove_prefix(1);
    while (!view.empty() && is_space(view.back())) view.remove_suffix(1);
    if (view.empty()) continue;
    lengths.push_back(code_points(view));
  }
  return !in.bad();
}

// -log P(|Z| >= |delta|) for a standard normal Z, that is -log erfc(|delta| /
// sqrt 2). Far in the tail erfc underflows; there the first term of its
// asymptotic series, erfc(x) ~ exp(-x^2) / (x sqrt(pi)), keeps the cost
// finite and still growing with delta.
double length_cost(double delta) {
  const double x = std::fabs(delta) / std::sqrt(2.0);
  const double p = std::erfc(x);
  if (p > 1e-300) return -std::log(p);
  return x * x + std::log(x * std::sqrt(std::numbers::pi));
}

class Aligner {
 public:
  Aligner(std::vector<int64_t> src, std::vector<int64_t> tgt)
      : src_(std::move(src)), tgt_(std::move(tgt)) {
    int64_t src_total = 0;
    int64_t tgt_total = 0;
    for (int64_t l : src_) src_total += l;
    for (int64_t l : tgt_) tgt_total += l;
    ratio_ = (src_total > 0 && tgt_total > 0)
                 ? static_cast<double>(tgt_total) / static_cast<double>(src_total)
                 : 1.0;
  }

  // Links in order, each as (first source, source count, first target,
  // target count).
  struct Link {
    size_t src_begin;
    int src_count;
    size_t tgt_begin;
    int tgt_count;
  };

  std::vector<Link> align() const {
    const size_t n = src_.size();
    const size_t m = tgt_.size();
    const size_t width = m + 1;
    constexpr double kInf = std::numeric_limits<double>::infinity();
    std::vector<double> cost((n + 1) * width, kInf);
    std::vector<int8_t> step((n + 1) * width, -1);  // index into kTypes
    cost[0] = 0.0;
    for (size_t i = 0; i <= n; ++i) {
      for (size_t j = 0; j <= m; ++j) {
        if (i == 0 && j == 0) continue;
        double best = kInf;
        int8_t best_type = -1;
        for (size_t t = 0; t < std::size(kTypes); ++t) {
          const LinkType& type = kTypes[t];
          const auto di = static_cast<size_t>(type.src);
          const auto dj = static_cast<size_t>(type.tgt);
          if (di > i || dj > j) continue;
          const double before = cost[(i - di) * width + (j - dj)];
          if (before == kInf) continue;
          const double total = before + link_cost(type, i - di, j - dj);
          if (total < best) {
            best = total;
            best_type = static_cast<int8_t>(t);
          }
        }
        cost[i * width + j] = best;
        step[i * width + j] = best_type;
      }
    }

    std::vector<Link> links;
    size_t i = n;
    size_t j = m;
    while (i > 0 || j > 0) {
      const LinkType& type = kTypes[step[i * width + j]];
      i -= static_cast<size_t>(type.src);
      j -= static_cast<size_t>(type.tgt);
      links.push_back({i, type.src, j, type.tgt});
    }
    return {links.rbegin(), links.rend()};
  }

 private:
  // Cost of linking type.src sentences from src_[i] with type.tgt sentences
  // from tgt_[j].
  double link_cost(const LinkType& type, size_t i, size_t j) const {
    double l1 = 0;
    double l2 = 0;
    for (int k = 0; k < type.src; ++k) l1 += static_cast<double>(src_[i + static_cast<size_t>(k)]);
    for (int k = 0; k < type.tgt; ++k) l2 += static_cast<double>(tgt_[j + static_cast<size_t>(k)]);
    double match = 0.0;
    const double mean = (l1 + l2 / ratio_) / 2.0;
    if (mean > 0) match = length_cost((l2 - ratio_ * l1) / std::sqrt(kVariance * mean));
    return -std::log(type.prior) + match;
  }

  std::vector<int64_t> src_;
  std::vector<int64_t> tgt_;
  double ratio_ = 1.0;
};

void print_indices(std::string& out, size_t begin, int count) {
  for (int k = 0; k < count; ++k) {
    if (k) out += ", ";
    out += std::to_string(begin + static_cast<size_t>(k));
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: samklang_bench_length_align SOURCE TARGET\n";
    return 2;
  }
  std::vector<int64_t> src;
  std::vector<int64_t> tgt;
  for (int k = 1; k <= 2; ++k) {
    if (!read_lengths(argv[k], k == 1 ? src : tgt)) {
      std::cerr << argv[k] << ": error: cannot read the file\n";
      return 2;
    }
  }
  std::string out;
  for (const Aligner::Link& link : Aligner(std::move(src), std::move(tgt)).align()) {
    out += '[';
    print_indices(out, link.src_begin, link.src_count);
    out += "]:[";
    print_indices(out, link.tgt_begin, link.tgt_count);
    out += "]\n";
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return std::fflush(stdout) == 0 ? 0 : 2;
}
