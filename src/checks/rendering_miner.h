// Finds how translators render a concept where they use no approved term:
// word sequences that recur in the target segments aligned to the concept's
// source occurrences and are rare elsewhere. Makes termbase gaps visible.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "checks/bitext.h"

namespace samklang {

struct Rendering {
  std::string text;  // as first seen
  int count = 0;     // in how many of the concept's segments it occurs
};

struct UnapprovedRenderings {
  Lang lang;
  std::string concept_id;
  std::string source;                 // the source term as first seen
  size_t bitext = 0;                  // where the first such segment is
  uint32_t segment = 0;               // its target segment
  int segments = 0;                   // target segments with the concept but no approved term
  std::vector<Rendering> renderings;  // most frequent first, at most three
};

std::vector<UnapprovedRenderings> mine_renderings(std::span<const Bitext* const> bitexts);

}  // namespace samklang
