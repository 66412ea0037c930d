// Byte offset -> line:column over a UTF-8 buffer (columns in code points).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace samklang {

struct LineColumn {
  int line = 1;
  int column = 1;
};

// Holds only where lines start, so it stays valid in a copy of its text.
class LineIndex {
 public:
  LineIndex() = default;
  // "\n", "\r\n" and a lone "\r" each end a line.
  explicit LineIndex(std::string_view text);

  // `text` is the text the index was built over (columns count its code points).
  LineColumn at(std::string_view text, uint32_t offset) const;
  size_t line_count() const { return starts_.size(); }
  // Byte offset where a 1-based line starts.
  uint32_t line_start(int line) const;

 private:
  std::vector<uint32_t> starts_;
};

}  // namespace samklang
