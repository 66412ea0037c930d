#include "text/words.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/ubrk.h>

#include <algorithm>

#include "text/icu_utext.h"

namespace samklang {

struct WordBreaker::Impl {
  std::unique_ptr<icu::BreakIterator> iterator;
};

WordBreaker::WordBreaker(const Lang& lang) : impl_(std::make_unique<Impl>()) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale = icu::Locale::forLanguageTag(lang, status);
  if (U_FAILURE(status)) locale = icu::Locale::getRoot();
  status = U_ZERO_ERROR;
  impl_->iterator.reset(icu::BreakIterator::createWordInstance(locale, status));
  if (U_FAILURE(status)) impl_->iterator.reset();
}

WordBreaker::~WordBreaker() = default;
WordBreaker::WordBreaker(WordBreaker&&) noexcept = default;
WordBreaker& WordBreaker::operator=(WordBreaker&&) noexcept = default;

std::vector<Token> WordBreaker::words(std::string_view text) const {
  std::vector<Token> tokens;
  if (!impl_ || !impl_->iterator || text.empty()) return tokens;
  Utf8Text utext(text);
  if (!utext.ok()) return tokens;
  UErrorCode status = U_ZERO_ERROR;
  icu::BreakIterator& it = *impl_->iterator;
  it.setText(utext.get(), status);
  if (U_FAILURE(status)) return tokens;
  int32_t begin = it.first();
  for (int32_t end = it.next(); end != icu::BreakIterator::DONE; begin = end, end = it.next()) {
    int32_t rule = it.getRuleStatus();
    if (rule >= UBRK_WORD_NONE && rule < UBRK_WORD_NONE_LIMIT) continue;
    Token token;
    token.begin = static_cast<uint32_t>(begin);
    token.end = static_cast<uint32_t>(end);
    token.numeric = rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT;
    tokens.push_back(token);
  }
  // The iterator would keep pointing into `text` after the call.
  detach_text(it);
  return tokens;
}

size_t grapheme_count(std::string_view text) {
  if (text.empty()) return 0;
  // ASCII has one character per byte: no iterator needed.
  if (std::all_of(text.begin(), text.end(), [](char c) { return (c & 0x80) == 0 && c != '\r'; }))
    return text.size();
  thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createCharacterInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status)) it.reset();
    return it;
  }();
  Utf8Text utext(text);
  if (!iterator || !utext.ok()) return text.size();
  UErrorCode status = U_ZERO_ERROR;
  iterator->setText(utext.get(), status);
  if (U_FAILURE(status)) return text.size();
  size_t count = 0;
  iterator->first();
  while (iterator->next() != icu::BreakIterator::DONE) ++count;
  detach_text(*iterator);
  return count;
}

}  // namespace samklang
