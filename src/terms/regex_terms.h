// Internal: the regex terms of a TermMatcher, run with ICU's RegexMatcher
// over the NFC form of a text, with a time limit against runaway patterns.
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "terms/termbase.h"

namespace samklang {

struct RegexHit {
  size_t term = 0;     // index into Termbase::terms
  uint32_t begin = 0;  // byte range in the original (not normalised) text
  uint32_t end = 0;
};

class RegexTerms {
 public:
  RegexTerms();
  ~RegexTerms();
  RegexTerms(RegexTerms&&) noexcept;
  RegexTerms& operator=(RegexTerms&&) noexcept;

  // Compiles term `index`; false when ICU cannot compile it.
  bool add(const Term& term, size_t index, bool case_sensitive);
  bool empty() const;

  // Non-empty matches of every pattern, in no particular order. A pattern
  // that exceeds its time limit contributes the matches found before it.
  std::vector<RegexHit> find(std::string_view text) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace samklang
