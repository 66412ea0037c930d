#include "text/words.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/ubrk.h>
#include <unicode/utf8.h>

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

namespace {

// Code points that are a grapheme cluster of their own whatever surrounds
// them: below U+0300, where the first mark that joins a cluster
// (Grapheme_Extend) is, but CR (CR LF is one cluster); the dashes, quotation
// marks and other punctuation of U+2010-U+2027 and U+2030-U+205E; currency
// signs. None is Extend, ZWJ, SpacingMark, Prepend, Hangul or a regional
// indicator, the classes that join.
bool one_cluster_each(UChar32 c) {
  return (c < 0x300 && c != '\r') || (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205E) ||
         (c >= 0x20A0 && c <= 0x20C0);
}

}  // namespace

size_t grapheme_count(std::string_view text) {
  if (text.empty()) return 0;
  // ASCII has one character per byte: no iterator needed.
  if (std::all_of(text.begin(), text.end(), [](char c) { return (c & 0x80) == 0 && c != '\r'; }))
    return text.size();
  // Nor where every code point is one that no rule joins to a neighbour
  // (one_cluster_each): German or French needs no iterator.
  {
    const auto* s = reinterpret_cast<const uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    size_t code_points = 0;
    bool below_marks = true;
    for (int32_t i = 0; i < length && below_marks;) {
      UChar32 c = 0;
      U8_NEXT(s, i, length, c);
      below_marks = c >= 0 && one_cluster_each(c);
      ++code_points;
    }
    if (below_marks) return code_points;
  }
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
