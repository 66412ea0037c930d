#include "terms/regex_terms.h"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/regex.h>

#include <optional>
#include <string>

#include "text/icu_utext.h"

namespace samklang {

namespace {

// ICU match-engine steps; "on the order of milliseconds" each.
constexpr int32_t kTimeLimit = 1000;

struct Pattern {
  size_t term = 0;
  std::unique_ptr<icu::RegexPattern> pattern;
};

}  // namespace

struct RegexTerms::Impl {
  std::vector<Pattern> patterns;
};

RegexTerms::RegexTerms() : impl_(std::make_unique<Impl>()) {}
RegexTerms::~RegexTerms() = default;
RegexTerms::RegexTerms(RegexTerms&&) noexcept = default;
RegexTerms& RegexTerms::operator=(RegexTerms&&) noexcept = default;

bool RegexTerms::add(const Term& term, size_t index, bool case_sensitive) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError parse_error{};
  icu::UnicodeString source = icu::UnicodeString::fromUTF8(term.text);
  uint32_t flags = case_sensitive ? 0 : UREGEX_CASE_INSENSITIVE;
  std::unique_ptr<icu::RegexPattern> pattern(
      icu::RegexPattern::compile(source, flags, parse_error, status));
  if (U_FAILURE(status) || !pattern) return false;
  impl_->patterns.push_back(Pattern{index, std::move(pattern)});
  return true;
}

bool RegexTerms::empty() const { return impl_->patterns.empty(); }

std::vector<RegexHit> RegexTerms::find(std::string_view text) const {
  std::vector<RegexHit> hits;
  if (empty() || text.empty()) return hits;

  // NFC, with the edits that map offsets back to the original text.
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return hits;
  icu::StringPiece piece(text.data(), static_cast<int32_t>(text.size()));
  std::string normalized;
  std::optional<icu::Edits> edits;
  if (!nfc->isNormalizedUTF8(piece, status) || U_FAILURE(status)) {
    status = U_ZERO_ERROR;
    edits.emplace();
    icu::StringByteSink<std::string> sink(&normalized, static_cast<int32_t>(text.size()));
    nfc->normalizeUTF8(0, piece, sink, &*edits, status);
    if (U_FAILURE(status)) return hits;
  }
  std::string_view searched = edits ? std::string_view(normalized) : text;
  auto original = [&](int64_t offset) -> uint32_t {
    if (!edits) return static_cast<uint32_t>(offset);
    UErrorCode s = U_ZERO_ERROR;
    icu::Edits::Iterator it = edits->getFineIterator();
    int32_t mapped = it.sourceIndexFromDestinationIndex(static_cast<int32_t>(offset), s);
    return U_SUCCESS(s) ? static_cast<uint32_t>(mapped) : static_cast<uint32_t>(text.size());
  };

  Utf8Text utext(searched);
  if (!utext.ok()) return hits;
  for (const Pattern& p : impl_->patterns) {
    status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexMatcher> matcher(p.pattern->matcher(status));
    if (U_FAILURE(status) || !matcher) continue;
    matcher->reset(utext.get());
    matcher->setTimeLimit(kTimeLimit, status);
    while (U_SUCCESS(status) && matcher->find(status) && U_SUCCESS(status)) {
      int64_t begin = matcher->start64(status);
      int64_t end = matcher->end64(status);
      if (U_FAILURE(status) || end <= begin) continue;
      hits.push_back(RegexHit{p.term, original(begin), original(end)});
    }
  }
  return hits;
}

}  // namespace samklang
