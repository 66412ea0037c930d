#include "align/aligner.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

#include "align/bead_search.h"

namespace samklang {
namespace {

// Variance of the target/source length ratio per source character
// (Gale & Church's published figure for characters).
constexpr double kVariance = 6.8;
// Costs of the bead shapes beside 1-1, as -log of their odds. Omissions pay a
// flat price and no length cost: a checker must prefer "this sentence is
// missing" over swallowing it into a neighbour's 2-1 link.
constexpr double kSkip = 4.0;
constexpr double kMerge = 3.75;
constexpr double kDoubleMerge = 4.4;
// Anchors (terms, numbers, names) found on one side only, or on both, in a
// link with both sides. An omission pays kSkip alone: its anchors say
// nothing about how well two sides fit.
constexpr double kAnchorMissing = 1.5;
constexpr double kAnchorShared = 0.5;
constexpr double kKindMismatch = 6.0;

double length_cost(double source, double target, double ratio) {
  if (source == 0 && target == 0) return 0;
  double mean = std::max(1.0, (source + target / ratio) / 2);
  double delta = (target - source * ratio) / std::sqrt(mean * kVariance);
  double p = std::erfc(std::abs(delta) / std::sqrt(2.0));  // two-sided tail
  return -std::log(std::max(p, 1e-12));
}

// Cost of unmatched anchors minus a bonus for shared ones.
double anchor_cost(std::span<const AlignItem> source, std::span<const AlignItem> target) {
  std::map<std::string_view, int> balance;
  for (const AlignItem& item : source)
    for (const std::string& a : item.anchors) ++balance[a];
  int shared = 0;
  for (const AlignItem& item : target) {
    for (const std::string& a : item.anchors) {
      auto it = balance.find(a);
      if (it != balance.end() && it->second > 0) {
        --it->second;
        ++shared;
      } else {
        --balance[a];
      }
    }
  }
  int unmatched = 0;
  for (const auto& [anchor, count] : balance) unmatched += std::abs(count);
  return kAnchorMissing * unmatched - kAnchorShared * shared;
}

double shape_cost(size_t source, size_t target) {
  if (source == 0 || target == 0) return kSkip;
  if (source == 1 && target == 1) return 0;
  if (source == 2 && target == 2) return kDoubleMerge;
  return kMerge;
}

double sum_length(std::span<const AlignItem> items) {
  double total = 0;
  for (const AlignItem& item : items) total += item.length;
  return total;
}

bool has_heading(std::span<const AlignItem> items) {
  return std::any_of(items.begin(), items.end(),
                     [](const AlignItem& i) { return i.kind == UnitKind::heading; });
}

double bead_cost(std::span<const AlignItem> source, std::span<const AlignItem> target,
                 double ratio) {
  double cost = shape_cost(source.size(), target.size());
  if (!source.empty() && !target.empty()) {
    cost += anchor_cost(source, target);
    cost += length_cost(sum_length(source), sum_length(target), ratio);
    if (has_heading(source) != has_heading(target)) cost += kKindMismatch;
  }
  return cost;
}

// Groups consecutive items of the same block.
std::vector<std::vector<AlignItem>> blocks_of(const std::vector<AlignItem>& items,
                                              std::vector<std::vector<uint32_t>>& indices) {
  std::vector<std::vector<AlignItem>> blocks;
  for (uint32_t i = 0; i < items.size(); ++i) {
    if (blocks.empty() || items[i].block != items[i - 1].block) {
      blocks.emplace_back();
      indices.emplace_back();
    }
    blocks.back().push_back(items[i]);
    indices.back().push_back(i);
  }
  return blocks;
}

// One item per block: the block's whole length and anchors.
std::vector<AlignItem> summarise(const std::vector<std::vector<AlignItem>>& blocks) {
  std::vector<AlignItem> out;
  for (const auto& block : blocks) {
    AlignItem whole{block.front().block, block.front().kind, 0, {}};
    for (const AlignItem& item : block) {
      whole.length += item.length;
      whole.anchors.insert(whole.anchors.end(), item.anchors.begin(), item.anchors.end());
    }
    out.push_back(std::move(whole));
  }
  return out;
}

double confidence(const Bead& bead) { return std::exp(-std::max(0.0, bead.cost) / 4.0); }

// Adjacent block omissions and additions ([p]:[] next to []:[q]) are most
// often one block translated in part: they become one group, and the
// sentence aligner decides inside it.
std::vector<Bead> join_skips(const std::vector<Bead>& beads) {
  std::vector<Bead> out;
  auto is_skip = [](const Bead& b) { return b.src_begin == b.src_end || b.tgt_begin == b.tgt_end; };
  for (const Bead& bead : beads) {
    if (!out.empty() && is_skip(bead) && is_skip(out.back())) {
      out.back().src_end = bead.src_end;
      out.back().tgt_end = bead.tgt_end;
      continue;
    }
    out.push_back(bead);
  }
  return out;
}

constexpr std::array<BeadShape, 5> kBlockShapes{{{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}}};
constexpr std::array<BeadShape, 6> kSentenceShapes{
    {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2}}};

}  // namespace

namespace {

// The alignment for one length ratio of the language pair.
Alignment align_with_ratio(const std::vector<std::vector<AlignItem>>& source_blocks,
                           const std::vector<std::vector<uint32_t>>& source_index,
                           const std::vector<std::vector<AlignItem>>& target_blocks,
                           const std::vector<std::vector<uint32_t>>& target_index, double ratio) {
  auto source_whole = summarise(source_blocks);
  auto target_whole = summarise(target_blocks);
  auto block_beads = join_skips(search_beads(
      static_cast<uint32_t>(source_whole.size()), static_cast<uint32_t>(target_whole.size()),
      kBlockShapes, [&](uint32_t sb, uint32_t se, uint32_t tb, uint32_t te) {
        return bead_cost(std::span(source_whole).subspan(sb, se - sb),
                         std::span(target_whole).subspan(tb, te - tb), ratio);
      }));

  Alignment links;
  for (const Bead& block : block_beads) {
    // The sentences of the aligned blocks, flattened.
    std::vector<AlignItem> src_items;
    std::vector<uint32_t> src_ids;
    for (uint32_t b = block.src_begin; b < block.src_end; ++b) {
      src_items.insert(src_items.end(), source_blocks[b].begin(), source_blocks[b].end());
      src_ids.insert(src_ids.end(), source_index[b].begin(), source_index[b].end());
    }
    std::vector<AlignItem> tgt_items;
    std::vector<uint32_t> tgt_ids;
    for (uint32_t b = block.tgt_begin; b < block.tgt_end; ++b) {
      tgt_items.insert(tgt_items.end(), target_blocks[b].begin(), target_blocks[b].end());
      tgt_ids.insert(tgt_ids.end(), target_index[b].begin(), target_index[b].end());
    }
    auto beads = search_beads(static_cast<uint32_t>(src_items.size()),
                              static_cast<uint32_t>(tgt_items.size()), kSentenceShapes,
                              [&](uint32_t sb, uint32_t se, uint32_t tb, uint32_t te) {
                                return bead_cost(std::span(src_items).subspan(sb, se - sb),
                                                 std::span(tgt_items).subspan(tb, te - tb), ratio);
                              });
    for (const Bead& bead : beads) {
      Link link;
      for (uint32_t i = bead.src_begin; i < bead.src_end; ++i) link.src.push_back(src_ids[i]);
      for (uint32_t j = bead.tgt_begin; j < bead.tgt_end; ++j) link.tgt.push_back(tgt_ids[j]);
      link.confidence = confidence(bead);
      links.push_back(std::move(link));
    }
  }
  return links;
}

}  // namespace

Alignment align_documents(const std::vector<AlignItem>& source,
                          const std::vector<AlignItem>& target) {
  std::vector<std::vector<uint32_t>> source_index;
  std::vector<std::vector<uint32_t>> target_index;
  auto source_blocks = blocks_of(source, source_index);
  auto target_blocks = blocks_of(target, target_index);

  // The length ratio of the language pair is measured on the sentences that
  // a first pass (ratio 1) links one to one: the ratio of the whole documents
  // is wrong when a translation is unfinished or a sentence was dropped.
  Alignment first = align_with_ratio(source_blocks, source_index, target_blocks, target_index, 1.0);
  double source_paired = 0;
  double target_paired = 0;
  for (const Link& link : first) {
    if (link.src.size() != 1 || link.tgt.size() != 1) continue;
    source_paired += source[link.src.front()].length;
    target_paired += target[link.tgt.front()].length;
  }
  if (source_paired <= 0 || target_paired <= 0) return first;
  double ratio = std::clamp(target_paired / source_paired, 0.2, 5.0);
  return align_with_ratio(source_blocks, source_index, target_blocks, target_index, ratio);
}

}  // namespace samklang
