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

class LineIndex {
 public:
  LineIndex() = default;
  // Keeps a view of `text`: the buffer must outlive the index. "\n", "\r\n"
  // and a lone "\r" each end a line.
  explicit LineIndex(std::string_view text);

  LineColumn at(uint32_t offset) const;
  size_t line_count() const { return starts_.size(); }
  // Byte offset where a 1-based line starts.
  uint32_t line_start(int line) const;

 private:
  std::string_view text_;
  std::vector<uint32_t> starts_;
};

}  // namespace samklang
