// Internal: an RAII UText over UTF-8, so that ICU iterators report UTF-8
// byte offsets.
#pragma once

#include <unicode/brkiter.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include <string_view>

namespace samklang {

class Utf8Text {
 public:
  explicit Utf8Text(std::string_view text) {
    text_ = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status_);
  }
  ~Utf8Text() {
    if (text_ != nullptr) utext_close(text_);
  }
  Utf8Text(const Utf8Text&) = delete;
  Utf8Text& operator=(const Utf8Text&) = delete;

  bool ok() const { return U_SUCCESS(status_) && text_ != nullptr; }
  UText* get() const { return text_; }

 private:
  UErrorCode status_ = U_ZERO_ERROR;
  UText* text_ = nullptr;
};

// Points `iterator` at an empty text that lives forever, so that it keeps no
// pointer to a caller's buffer after a call.
inline void detach_text(icu::BreakIterator& iterator) {
  static const icu::UnicodeString empty;
  iterator.setText(empty);
}

}  // namespace samklang
