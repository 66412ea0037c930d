// Aligns a source and a target document: blocks (headings, paragraphs, list
// items) first, then sentences inside each pair of aligned blocks, with a
// dynamic-programming aligner over a length model plus anchors.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/alignment.h"
#include "core/document.h"

namespace samklang {

// What the aligner needs to know of one segment.
struct AlignItem {
  uint32_t block = 0;  // index of its unit
  UnitKind kind = UnitKind::paragraph;
  double length = 0;  // in characters (code points)
  // Language-neutral anchors: "c:<concept>" for termbase concepts, "n:<digits>"
  // for numbers, "w:<word>" for names and codes written the same. A multiset.
  std::vector<std::string> anchors;
};

// Aligns the segments of two documents. Every segment of both sides appears
// in exactly one link; links are in document order.
Alignment align_documents(const std::vector<AlignItem>& source,
                          const std::vector<AlignItem>& target);

}  // namespace samklang

namespace samklang {

// Keyed catalogs: segments with the same id are linked 1-1; a source id with
// no target is a 1-0 link, a target id with no source a 0-1 link (placed
// after the source links, in target order).
Alignment align_by_id(const std::vector<std::string_view>& source_ids,
                      const std::vector<std::string_view>& target_ids);

}  // namespace samklang
