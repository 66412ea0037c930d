// Finds termbase terms in text, morphology-aware: NFC, typographic folding,
// ICU case folding, ICU word break, Snowball stems; multi-word terms match
// as stem sequences; the longest match wins, then the earliest.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/lang.h"
#include "terms/termbase.h"

namespace samklang {

struct TermMatch {
  size_t term = 0;     // index into Termbase::terms
  uint32_t begin = 0;  // byte range in the searched text
  uint32_t end = 0;
  std::string surface;  // the matched text as written
  std::string why;      // "'rättigheterna' ~ 'rättigheter' (stem 'rättig')", or "exact"
};

// Compiles once the terms that apply to one language. Not thread-safe
// (holds ICU and Snowball state): one per thread and language.
class TermMatcher {
 public:
  TermMatcher(const Termbase& termbase, const Lang& lang);
  ~TermMatcher();
  TermMatcher(TermMatcher&&) noexcept;
  TermMatcher& operator=(TermMatcher&&) noexcept;

  // Non-overlapping matches in text order. Case policy is applied:
  // sensitive terms must match the case as written; permissive: a
  // lower-case term matches any case, a capitalised one only itself.
  std::vector<TermMatch> find(std::string_view text) const;

  const Lang& lang() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace samklang
