#include "align/aligner.h"

#include <string>
#include <vector>

#include "catch.hpp"

using samklang::AlignItem;
using samklang::Alignment;
using samklang::UnitKind;

namespace {

// Sentence lengths (in characters) of the sv and en versions of the mission
// text's second mission paragraph, with the terms each sentence holds.
AlignItem item(uint32_t block, double length, std::vector<std::string> anchors = {},
               UnitKind kind = UnitKind::paragraph) {
  return AlignItem{block, kind, length, std::move(anchors)};
}

std::string beads(const Alignment& links) {
  std::string out;
  for (const auto& link : links) {
    out += "[";
    for (size_t i = 0; i < link.src.size(); ++i)
      out += (i ? "," : "") + std::to_string(link.src[i]);
    out += "]:[";
    for (size_t i = 0; i < link.tgt.size(); ++i)
      out += (i ? "," : "") + std::to_string(link.tgt[i]);
    out += "] ";
  }
  return out;
}

}  // namespace

TEST_CASE("aligner: one-to-one sentences and headings", "[align]") {
  std::vector<AlignItem> sv{item(0, 56, {}, UnitKind::heading), item(1, 120, {"c:crd"}),
                            item(1, 98, {"c:advocacy"}), item(1, 52)};
  std::vector<AlignItem> en{item(0, 50, {}, UnitKind::heading), item(1, 110, {"c:crd"}),
                            item(1, 95, {"c:advocacy"}), item(1, 48)};
  CHECK(beads(samklang::align_documents(sv, en)) == "[0]:[0] [1]:[1] [2]:[2] [3]:[3] ");
}

TEST_CASE("aligner: a dropped sentence is a 1-0 link, not a merge", "[align]") {
  // The middle sentence of three is gone from the translation.
  std::vector<AlignItem> sv{item(0, 115, {"c:crd", "c:hro"}), item(0, 137, {"c:advocacy"}),
                            item(0, 50)};
  std::vector<AlignItem> en{item(0, 118, {"c:crd", "c:hro"}), item(0, 47)};
  CHECK(beads(samklang::align_documents(sv, en)) == "[0]:[0] [1]:[] [2]:[1] ");
}

TEST_CASE("aligner: a split sentence is a 1-2 link", "[align]") {
  std::vector<AlignItem> sv{item(0, 200, {"c:ccpr", "c:hrd"}), item(0, 60)};
  std::vector<AlignItem> en{item(0, 95, {"c:ccpr"}), item(0, 100, {"c:hrd"}), item(0, 62)};
  CHECK(beads(samklang::align_documents(sv, en)) == "[0]:[0,1] [1]:[2] ");
}

TEST_CASE("aligner: an added sentence is a 0-1 link", "[align]") {
  std::vector<AlignItem> sv{item(0, 80, {"n:2023"}), item(0, 90)};
  std::vector<AlignItem> en{item(0, 82, {"n:2023"}), item(0, 70), item(0, 88)};
  auto links = samklang::align_documents(sv, en);
  int extra = 0;
  for (const auto& link : links) extra += link.src.empty() ? 1 : 0;
  CHECK(extra == 1);
  CHECK(links.front().tgt == std::vector<uint32_t>{0});
}

TEST_CASE("aligner: a missing section leaves its blocks 1-0", "[align]") {
  std::vector<AlignItem> sv{item(0, 40, {}, UnitKind::heading), item(1, 120),
                            item(2, 35, {}, UnitKind::heading), item(3, 140), item(3, 90)};
  std::vector<AlignItem> en{item(0, 38, {}, UnitKind::heading), item(1, 115)};
  auto links = samklang::align_documents(sv, en);
  CHECK(beads(links) == "[0]:[0] [1]:[1] [2]:[] [3]:[] [4]:[] ");
}

TEST_CASE("aligner: every segment appears exactly once", "[align]") {
  std::vector<AlignItem> sv, en;
  for (uint32_t i = 0; i < 40; ++i) sv.push_back(item(i / 4, 40.0 + (i * 37) % 90));
  for (uint32_t i = 0; i < 37; ++i) en.push_back(item(i / 4, 38.0 + (i * 41) % 95));
  auto links = samklang::align_documents(sv, en);
  std::vector<int> seen_src(sv.size()), seen_tgt(en.size());
  for (const auto& link : links) {
    for (auto s : link.src) seen_src[s]++;
    for (auto t : link.tgt) seen_tgt[t]++;
    CHECK(link.confidence >= 0.0);
    CHECK(link.confidence <= 1.0);
  }
  for (int n : seen_src) CHECK(n == 1);
  for (int n : seen_tgt) CHECK(n == 1);
}
