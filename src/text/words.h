// Words found by ICU's word BreakIterator (dictionary-based for Thai, Lao,
// Khmer, Burmese, Chinese and Japanese).
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "core/lang.h"

namespace samklang {

struct Token {
  uint32_t begin = 0;  // byte range in the text given to WordBreaker::words
  uint32_t end = 0;
  bool numeric = false;  // ICU rule status "number"
};

// Not thread-safe: one per thread.
class WordBreaker {
 public:
  explicit WordBreaker(const Lang& lang);
  ~WordBreaker();
  WordBreaker(WordBreaker&&) noexcept;
  WordBreaker& operator=(WordBreaker&&) noexcept;

  // Word-like tokens only (letters, numbers, ideographs, kana); spaces and
  // punctuation are skipped. Offsets are UTF-8 byte offsets into `text`.
  std::vector<Token> words(std::string_view text) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The number of user-perceived characters (ICU grapheme clusters) in valid
// UTF-8: "é" written as e + U+0301 is one, a Thai consonant with its vowel
// and tone marks is one. Thread-safe.
size_t grapheme_count(std::string_view text);

}  // namespace samklang
