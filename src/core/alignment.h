// Links between source and target segments.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace samklang {

// A bead: source segments `src` are translated by target segments `tgt`.
// An empty side makes a 1-0 (omission) or 0-1 (addition) link.
struct Link {
  std::vector<uint32_t> src;  // indices into the source segment list, ascending
  std::vector<uint32_t> tgt;  // indices into the target segment list, ascending
  double confidence = 1.0;    // 0..1
  // A 1-0 link of a keyed catalog for an entry the target lacks under another
  // id than its source's: the plural form the target language needs
  // ("files_few", translated from the source's "files_other").
  std::string expected_id;
};

using Alignment = std::vector<Link>;

}  // namespace samklang
