// Sentences cut out of a document's units.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace samklang {

struct Segment {
  uint32_t unit = 0;   // index into Document::units
  uint32_t begin = 0;  // byte range in Unit::text, trailing white space excluded
  uint32_t end = 0;
  std::string text;  // Unit::text.substr(begin, end - begin)
};

}  // namespace samklang
