// Snowball stemmers (libstemmer) by language.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "core/lang.h"

namespace samklang {

// Not thread-safe: one per thread.
class Stemmer {
 public:
  // Any tag whose primary subtag Snowball knows ("sv", "sr-Latn", "pt-BR").
  explicit Stemmer(const Lang& lang);
  ~Stemmer();
  Stemmer(Stemmer&&) noexcept;
  Stemmer& operator=(Stemmer&&) noexcept;

  // False when Snowball has no stemmer for the language: stem() then
  // returns the word unchanged (exact, case-folded matching).
  bool available() const;
  // The stem of one case-folded word.
  std::string stem(std::string_view folded_word) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace samklang
