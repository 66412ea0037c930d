#include "text/stemmer.h"

#include <libstemmer.h>

namespace samklang {

struct Stemmer::Impl {
  sb_stemmer* stemmer = nullptr;

  explicit Impl(const Lang& lang) {
    std::string base = lang_base(lang);
    if (!base.empty()) stemmer = sb_stemmer_new(base.c_str(), "UTF_8");
  }
  ~Impl() {
    if (stemmer != nullptr) sb_stemmer_delete(stemmer);
  }
  Impl(const Impl&) = delete;
  Impl& operator=(const Impl&) = delete;
};

Stemmer::Stemmer(const Lang& lang) : impl_(std::make_unique<Impl>(lang)) {}
Stemmer::~Stemmer() = default;
Stemmer::Stemmer(Stemmer&&) noexcept = default;
Stemmer& Stemmer::operator=(Stemmer&&) noexcept = default;

bool Stemmer::available() const { return impl_ && impl_->stemmer != nullptr; }

std::string Stemmer::stem(std::string_view folded_word) const {
  if (!available() || folded_word.empty()) return std::string(folded_word);
  const sb_symbol* out =
      sb_stemmer_stem(impl_->stemmer, reinterpret_cast<const sb_symbol*>(folded_word.data()),
                      static_cast<int>(folded_word.size()));
  if (out == nullptr) return std::string(folded_word);  // out of memory
  return std::string(reinterpret_cast<const char*>(out),
                     static_cast<size_t>(sb_stemmer_length(impl_->stemmer)));
}

}  // namespace samklang
