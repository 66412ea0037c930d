#include "text/sentences.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <fstream>
#include <sstream>

#include "text/icu_utext.h"

namespace samklang {

namespace {

std::string_view trim_ascii(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

// The code point that ends just before byte `end`, and where it starts.
UChar32 previous_code_point(std::string_view text, uint32_t end, uint32_t* start) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  auto i = static_cast<int32_t>(end);
  UChar32 c = 0;
  U8_PREV(s, 0, i, c);
  *start = static_cast<uint32_t>(i);
  return c;
}

UChar32 code_point_at(std::string_view text, uint32_t begin, uint32_t* next) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  auto i = static_cast<int32_t>(begin);
  UChar32 c = 0;
  U8_NEXT(s, i, static_cast<int32_t>(text.size()), c);
  *next = static_cast<uint32_t>(i);
  return c;
}

bool is_space(UChar32 c) { return c >= 0 && u_isUWhiteSpace(c); }

// Before an abbreviation: white space, an opening bracket or a quote.
bool opens_word(UChar32 c) {
  if (is_space(c)) return true;
  int8_t type = u_charType(c);
  return type == U_START_PUNCTUATION || type == U_INITIAL_PUNCTUATION ||
         type == U_FINAL_PUNCTUATION || c == '"' || c == '\'';
}

}  // namespace

std::expected<std::vector<std::string>, Error> load_abbreviations(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::unexpected(Error{Location{path, 0, 0}, "cannot open abbreviation list"});
  std::vector<std::string> out;
  std::string line;
  while (std::getline(in, line)) {
    std::string_view entry = trim_ascii(line);
    if (entry.starts_with("\xEF\xBB\xBF")) entry.remove_prefix(3);
    if (entry.empty() || entry.front() == '#') continue;
    out.emplace_back(entry);
  }
  return out;
}

struct SentenceSplitter::Impl {
  std::unique_ptr<icu::BreakIterator> iterator;
  std::vector<std::string> abbreviations;

  // True when text[begin, end) ends with a listed abbreviation that starts a word.
  bool ends_with_abbreviation(std::string_view text, uint32_t begin, uint32_t end) const {
    std::string_view piece = text.substr(begin, end - begin);
    for (const std::string& abbreviation : abbreviations) {
      if (!piece.ends_with(abbreviation)) continue;
      auto start = static_cast<uint32_t>(end - abbreviation.size());
      if (start == 0) return true;
      uint32_t before = 0;
      if (opens_word(previous_code_point(text, start, &before))) return true;
    }
    return false;
  }
};

SentenceSplitter::SentenceSplitter(const Lang& lang, std::vector<std::string> abbreviations)
    : impl_(std::make_unique<Impl>()) {
  impl_->abbreviations = std::move(abbreviations);
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale = icu::Locale::forLanguageTag(lang, status);
  if (U_FAILURE(status)) locale = icu::Locale::getRoot();
  status = U_ZERO_ERROR;
  impl_->iterator.reset(icu::BreakIterator::createSentenceInstance(locale, status));
  if (U_FAILURE(status)) impl_->iterator.reset();
}

SentenceSplitter::~SentenceSplitter() = default;
SentenceSplitter::SentenceSplitter(SentenceSplitter&&) noexcept = default;
SentenceSplitter& SentenceSplitter::operator=(SentenceSplitter&&) noexcept = default;

std::vector<std::pair<uint32_t, uint32_t>> SentenceSplitter::split(std::string_view text) const {
  std::vector<uint32_t> breaks{0};
  if (impl_ && impl_->iterator && !text.empty()) {
    Utf8Text utext(text);
    UErrorCode status = U_ZERO_ERROR;
    if (utext.ok()) impl_->iterator->setText(utext.get(), status);
    if (utext.ok() && U_SUCCESS(status)) {
      icu::BreakIterator& it = *impl_->iterator;
      it.first();
      for (int32_t b = it.next(); b != icu::BreakIterator::DONE; b = it.next())
        breaks.push_back(static_cast<uint32_t>(b));
      detach_text(it);
    }
  }
  if (breaks.back() != text.size()) breaks.push_back(static_cast<uint32_t>(text.size()));

  std::vector<std::pair<uint32_t, uint32_t>> out;
  uint32_t begin = 0;
  for (size_t k = 1; k < breaks.size(); ++k) {
    uint32_t end = breaks[k];
    // The text before the break without its trailing white space.
    uint32_t content_end = end;
    while (content_end > begin) {
      uint32_t start = 0;
      if (!is_space(previous_code_point(text, content_end, &start))) break;
      content_end = start;
    }
    bool last = k + 1 == breaks.size();
    if (!last && impl_ && impl_->ends_with_abbreviation(text, begin, content_end)) continue;
    uint32_t first = begin;
    while (first < content_end) {
      uint32_t next = 0;
      if (!is_space(code_point_at(text, first, &next))) break;
      first = next;
    }
    if (first < content_end) out.emplace_back(first, content_end);
    begin = end;
  }
  return out;
}

}  // namespace samklang
