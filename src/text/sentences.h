// Sentence segmentation: ICU's sentence BreakIterator, corrected by
// per-language abbreviation exceptions from rules/segmentation/<lang>.txt.
#pragma once

#include <cstdint>
#include <expected>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/lang.h"
#include "core/location.h"

namespace samklang {

// Reads an abbreviation list: one abbreviation per line, as written
// ("t.ex.", "bl.a.", "e.g.", "Sr."), "#" starts a comment line, blank lines
// are skipped. A missing file is an Error.
std::expected<std::vector<std::string>, Error> load_abbreviations(const std::string& path);

// Not thread-safe: one per thread.
class SentenceSplitter {
 public:
  // `abbreviations` are those of the language; a break right after one of
  // them (matched case-sensitively at a word start) is removed.
  SentenceSplitter(const Lang& lang, std::vector<std::string> abbreviations);
  ~SentenceSplitter();
  SentenceSplitter(SentenceSplitter&&) noexcept;
  SentenceSplitter& operator=(SentenceSplitter&&) noexcept;

  // Byte ranges of the sentences of `text`, leading and trailing white space
  // excluded, empty sentences dropped.
  std::vector<std::pair<uint32_t, uint32_t>> split(std::string_view text) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace samklang
