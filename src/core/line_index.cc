#include "core/line_index.h"

#include <algorithm>

namespace samklang {

LineIndex::LineIndex(std::string_view text) {
  starts_.push_back(0);
  for (uint32_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') {
      starts_.push_back(i + 1);
    } else if (text[i] == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') continue;
      starts_.push_back(i + 1);
    }
  }
}

LineColumn LineIndex::at(std::string_view text, uint32_t offset) const {
  if (starts_.empty()) return {};
  offset = std::min<uint32_t>(offset, static_cast<uint32_t>(text.size()));
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  size_t line = static_cast<size_t>(it - starts_.begin());  // 1-based
  uint32_t start = starts_[line - 1];
  int column = 1;
  for (uint32_t i = start; i < offset; ++i) {
    // Count code points: every byte that is not a UTF-8 continuation byte.
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
  }
  return {static_cast<int>(line), column};
}

uint32_t LineIndex::line_start(int line) const {
  if (line < 1 || starts_.empty()) return 0;
  size_t index = std::min<size_t>(static_cast<size_t>(line - 1), starts_.size() - 1);
  return starts_[index];
}

}  // namespace samklang
