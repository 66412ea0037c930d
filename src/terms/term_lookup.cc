#include "terms/term_lookup.h"

#include <fmt/format.h>

#include <algorithm>

#include "text/normalize.h"
#include "text/stemmer.h"
#include "text/words.h"

namespace samklang {

namespace {

struct Words {
  std::vector<std::string> written;  // as in the text
  std::vector<std::string> keys;     // match keys
  std::vector<std::string> stems;
};

Words split(std::string_view text, const WordBreaker& breaker, const Stemmer& stemmer) {
  Words out;
  for (const Token& token : breaker.words(text)) {
    out.written.emplace_back(text.substr(token.begin, token.end - token.begin));
    out.keys.push_back(match_key(out.written.back()));
    out.stems.push_back(stemmer.stem(out.keys.back()));
  }
  return out;
}

}  // namespace

std::vector<PartialMatch> find_terms_containing(const Termbase& termbase, const Lang& lang,
                                                std::string_view text) {
  std::vector<PartialMatch> out;
  WordBreaker breaker(lang);
  Stemmer stemmer(lang);
  Words query = split(text, breaker, stemmer);
  if (query.keys.empty()) return out;
  for (size_t i = 0; i < termbase.terms.size(); ++i) {
    const Term& term = termbase.terms[i];
    if (term.match == MatchMode::regex || term.match == MatchMode::prefix) continue;
    if (!term_lang_applies(term.lang, lang)) continue;
    Words words = split(term.text, breaker, stemmer);
    bool by_stem = term.match == MatchMode::stem;
    const auto& haystack = by_stem ? words.stems : words.keys;
    const auto& needle = by_stem ? query.stems : query.keys;
    auto at = std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end());
    if (at == haystack.end()) continue;
    size_t first = static_cast<size_t>(at - haystack.begin());
    std::vector<std::string> parts;
    for (size_t k = 0; k < query.keys.size(); ++k) {
      if (query.keys[k] == words.keys[first + k]) continue;
      parts.push_back(fmt::format("'{}' ~ '{}' (stem '{}')", query.written[k],
                                  words.written[first + k], query.stems[k]));
    }
    out.push_back(
        {i, parts.empty() ? std::string("exact") : fmt::format("{}", fmt::join(parts, "; "))});
  }
  return out;
}

}  // namespace samklang
