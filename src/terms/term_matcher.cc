#include "terms/term_matcher.h"

#include <fmt/format.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <unordered_map>

#include "terms/compounds.h"
#include "terms/regex_terms.h"
#include "text/normalize.h"
#include "text/stemmer.h"
#include "text/words.h"

namespace samklang {

namespace {

constexpr size_t kStemCacheLimit = 100000;
constexpr size_t kDefaultCompoundLetters = 5;

// Scripts written without spaces between words: ICU's dictionary may cut a
// term differently inside a sentence than alone, so terms also match as
// the concatenated keys of adjacent words.
bool writes_without_spaces(const Lang& lang) {
  static constexpr std::array<std::string_view, 7> kLangs{"th", "lo", "km", "my", "zh", "ja", "bo"};
  std::string base = lang_base(lang);
  return std::find(kLangs.begin(), kLangs.end(), base) != kLangs.end();
}

// A term's tokens as a path in the trie: stem keys for match mode stem,
// match keys (exact) otherwise; for prefix the last token is a prefix.
struct CompiledTerm {
  size_t index = 0;  // into Termbase::terms
  MatchMode mode = MatchMode::stem;
  bool case_sensitive = false;
  std::vector<std::string> written;   // each token as written in the termbase
  std::vector<std::string> surfaces;  // fold_typography of each token
  std::vector<std::string> keys;      // match_key of each token
  std::vector<std::string> stems;     // Snowball stem of each key
};

struct Node {
  std::vector<uint32_t> terms;                             // compiled terms that end here
  std::vector<std::pair<std::string, uint32_t>> prefixes;  // last-token prefix, term
};

// One token of the searched text, keyed once per find().
struct TextToken {
  uint32_t begin = 0;
  uint32_t end = 0;
  std::string surface;  // fold_typography
  std::string key;      // match_key
  std::string stem;
  int64_t stem_id = -1;  // -1: no term has this key
  int64_t exact_id = -1;
  bool numeric = false;
  bool joins_next = false;  // only spaces, dashes or format characters up to the next token
};

struct Candidate {
  uint32_t begin = 0;
  uint32_t end = 0;
  size_t term = 0;
  int64_t compiled = -1;  // -1 for a regex hit
  size_t first = 0;       // token range, for token matches
  size_t last = 0;
  enum class Kind { tokens, compound, joined } kind = Kind::tokens;
  CompoundRole role = CompoundRole::head;  // for Kind::compound
};

bool has_capital(std::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c >= 0 && (u_isupper(c) || u_istitle(c))) return true;
  }
  return false;
}

// Same case on the part the two words share: compared code point by code
// point until the words diverge beyond case (an inflected ending).
bool same_case(std::string_view surface, std::string_view written) {
  const auto* a = reinterpret_cast<const uint8_t*>(surface.data());
  const auto* b = reinterpret_cast<const uint8_t*>(written.data());
  const auto na = static_cast<int32_t>(surface.size());
  const auto nb = static_cast<int32_t>(written.size());
  int32_t i = 0;
  int32_t j = 0;
  while (i < na && j < nb) {
    UChar32 x = 0;
    UChar32 y = 0;
    U8_NEXT(a, i, na, x);
    U8_NEXT(b, j, nb, y);
    if (x == y) continue;
    return u_foldCase(x, U_FOLD_CASE_DEFAULT) != u_foldCase(y, U_FOLD_CASE_DEFAULT);
  }
  return true;
}

bool joins(std::string_view gap) {
  const auto* s = reinterpret_cast<const uint8_t*>(gap.data());
  const auto length = static_cast<int32_t>(gap.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c < 0) return false;
    int8_t type = u_charType(c);
    if (!u_isUWhiteSpace(c) && type != U_FORMAT_CHAR && type != U_DASH_PUNCTUATION) return false;
  }
  return true;
}

uint64_t edge_key(uint32_t node, int64_t id, bool exact) {
  return (static_cast<uint64_t>(node) << 32) | (static_cast<uint64_t>(id) << 1) | (exact ? 1 : 0);
}

}  // namespace

struct TermMatcher::Impl {
  Lang lang;
  WordBreaker words;
  Stemmer stemmer;
  std::vector<CompiledTerm> compiled;
  std::vector<Node> nodes{Node{}};
  std::unordered_map<uint64_t, uint32_t> edges;
  std::unordered_map<std::string, int64_t> stem_ids;
  std::unordered_map<std::string, int64_t> exact_ids;
  RegexTerms regexes;
  CompoundIndex compounds;
  bool joined_words = false;                                      // writes_without_spaces
  std::unordered_map<std::string, std::vector<uint32_t>> joined;  // concatenated keys -> terms
  size_t joined_max = 0;                                          // longest concatenated key
  std::unordered_map<size_t, std::string> regex_texts;            // term index -> pattern
  mutable std::unordered_map<std::string, std::string> stem_cache;

  Impl(const Termbase& termbase, const Lang& language)
      : lang(language),
        words(language),
        stemmer(language),
        compounds(language),
        joined_words(writes_without_spaces(language)) {
    for (size_t i = 0; i < termbase.terms.size(); ++i) {
      const Term& term = termbase.terms[i];
      if (!term_lang_applies(term.lang, lang)) continue;
      bool sensitive = term.casing == CasePolicy::sensitive ||
                       (term.casing == CasePolicy::permissive && has_capital(term.text));
      if (term.match == MatchMode::regex) {
        if (regexes.add(term, i, sensitive)) regex_texts.emplace(i, term.text);
      } else {
        add(term, i, sensitive);
      }
    }
  }

  const std::string& stem(const std::string& key) const {
    auto found = stem_cache.find(key);
    if (found != stem_cache.end()) return found->second;
    if (stem_cache.size() >= kStemCacheLimit) stem_cache.clear();
    return stem_cache.emplace(key, stemmer.stem(key)).first->second;
  }

  static int64_t intern(std::unordered_map<std::string, int64_t>& ids, const std::string& key) {
    return ids.emplace(key, static_cast<int64_t>(ids.size())).first->second;
  }

  uint32_t child(uint32_t node, int64_t id, bool exact) {
    auto [it, inserted] = edges.emplace(edge_key(node, id, exact), 0);
    if (inserted) {
      it->second = static_cast<uint32_t>(nodes.size());
      nodes.emplace_back();
    }
    return it->second;
  }

  void add(const Term& term, size_t index, bool sensitive) {
    CompiledTerm c{index, term.match, sensitive, {}, {}, {}, {}};
    for (const Token& token : words.words(term.text)) {
      std::string_view written =
          std::string_view(term.text).substr(token.begin, token.end - token.begin);
      c.written.emplace_back(written);
      c.surfaces.push_back(fold_typography(written));
      c.keys.push_back(match_key(written));
      c.stems.push_back(stem(c.keys.back()));
    }
    if (c.keys.empty()) return;
    auto id = static_cast<uint32_t>(compiled.size());
    uint32_t node = 0;
    size_t path = c.mode == MatchMode::prefix ? c.keys.size() - 1 : c.keys.size();
    for (size_t k = 0; k < path; ++k) {
      bool exact = !by_stem(c.mode);
      node =
          child(node, intern(exact ? exact_ids : stem_ids, exact ? c.keys[k] : c.stems[k]), exact);
    }
    if (c.mode == MatchMode::prefix)
      nodes[node].prefixes.emplace_back(c.keys.back(), id);
    else
      nodes[node].terms.push_back(id);
    if (!sensitive && c.keys.size() == 1 && compound_eligible(c))
      compounds.add(id, c.keys[0], c.stems[0]);
    if (!sensitive && joined_words && c.mode != MatchMode::prefix) {
      std::string key = fmt::format("{}", fmt::join(c.keys, ""));
      joined_max = std::max(joined_max, key.size());
      joined[key].push_back(id);
    }
    compiled.push_back(std::move(c));
  }

  static bool by_stem(MatchMode mode) {
    return mode == MatchMode::stem || mode == MatchMode::compound;
  }

  // match=compound always; match=stem by the language's default, for terms
  // of 5+ letters; exact, prefix and regex never.
  bool compound_eligible(const CompiledTerm& c) const {
    if (c.mode == MatchMode::compound) return true;
    return c.mode == MatchMode::stem && compound_rules(lang).by_default &&
           code_points(c.keys[0]) >= kDefaultCompoundLetters;
  }

  // Token `k` as a compound of a term, when it has no whole-word match.
  std::optional<Candidate> compound_at(const std::vector<TextToken>& tokens, size_t k) const {
    if (compounds.empty() || tokens[k].numeric) return std::nullopt;
    auto hit = compounds.find(tokens[k].key, [this](const std::string& word) -> const std::string& {
      return stem(word);
    });
    if (!hit) return std::nullopt;
    Candidate c{tokens[k].begin, tokens[k].end, compiled[hit->id].index, hit->id, k, k};
    c.kind = Candidate::Kind::compound;
    c.role = hit->role;
    return c;
  }

  // The longest run of adjacent tokens from `first` whose concatenated keys
  // are a term's concatenated keys (scripts without spaces).
  std::optional<Candidate> joined_at(const std::vector<TextToken>& tokens, size_t first) const {
    if (joined.empty()) return std::nullopt;
    std::optional<Candidate> best;
    std::string key;
    for (size_t k = first; k < tokens.size(); ++k) {
      if (k > first && tokens[k].begin != tokens[k - 1].end) break;
      key += tokens[k].key;
      if (key.size() > joined_max) break;
      auto it = joined.find(key);
      if (it == joined.end()) continue;
      uint32_t id = *std::min_element(it->second.begin(), it->second.end());
      best = Candidate{tokens[first].begin, tokens[k].end, compiled[id].index, id, first, k};
      best->kind = Candidate::Kind::joined;
    }
    return best;
  }

  std::vector<TextToken> tokenize(std::string_view text) const {
    std::vector<TextToken> out;
    for (const Token& token : words.words(text)) {
      TextToken t;
      t.begin = token.begin;
      t.end = token.end;
      t.numeric = token.numeric;
      std::string_view written = text.substr(token.begin, token.end - token.begin);
      t.surface = fold_typography(written);
      t.key = case_fold(t.surface);
      t.stem = stem(t.key);
      if (auto it = stem_ids.find(t.stem); it != stem_ids.end()) t.stem_id = it->second;
      if (auto it = exact_ids.find(t.key); it != exact_ids.end()) t.exact_id = it->second;
      out.push_back(std::move(t));
    }
    for (size_t k = 0; k + 1 < out.size(); ++k)
      out[k].joins_next = joins(text.substr(out[k].end, out[k + 1].begin - out[k].end));
    return out;
  }

  bool case_allows(const CompiledTerm& c, const std::vector<TextToken>& tokens,
                   size_t first) const {
    if (!c.case_sensitive) return true;
    for (size_t k = 0; k < c.surfaces.size(); ++k)
      if (!same_case(tokens[first + k].surface, c.surfaces[k])) return false;
    return true;
  }

  // The best token match starting at token `first`, if any.
  std::optional<Candidate> best_at(const std::vector<TextToken>& tokens, size_t first) const {
    std::optional<Candidate> best;
    auto consider = [&](uint32_t id, size_t last) {
      const CompiledTerm& c = compiled[id];
      if (!case_allows(c, tokens, first)) return;
      Candidate candidate{tokens[first].begin, tokens[last].end, c.index, id, first, last};
      if (best) {
        size_t tokens_best = best->last - best->first;
        size_t span_best = best->end - best->begin;
        size_t span = candidate.end - candidate.begin;
        if (last - first != tokens_best) {
          if (last - first < tokens_best) return;
        } else if (span != span_best) {
          if (span < span_best) return;
        } else if (candidate.term >= best->term) {
          return;
        }
      }
      best = candidate;
    };
    // Stem paths and exact paths never mix, so at most two nodes are active.
    std::vector<std::pair<uint32_t, bool>> active{{0, false}, {0, true}};
    for (size_t k = first; k < tokens.size() && !active.empty(); ++k) {
      if (k > first && !tokens[k - 1].joins_next) break;
      const TextToken& t = tokens[k];
      std::vector<std::pair<uint32_t, bool>> next;
      for (auto [node, exact] : active) {
        if (exact) {
          for (const auto& [prefix, id] : nodes[node].prefixes)
            if (t.key.starts_with(prefix)) consider(id, k);
        }
        int64_t key = exact ? t.exact_id : t.stem_id;
        if (key < 0) continue;
        auto edge = edges.find(edge_key(node, key, exact));
        if (edge == edges.end()) continue;
        for (uint32_t id : nodes[edge->second].terms) consider(id, k);
        next.emplace_back(edge->second, exact);
      }
      active = std::move(next);
    }
    return best;
  }

  std::string why(const Candidate& m, std::string_view text,
                  const std::vector<TextToken>& tokens) const {
    if (m.compiled < 0) return fmt::format("regex '{}'", term_text(m));
    const CompiledTerm& c = compiled[static_cast<size_t>(m.compiled)];
    std::string_view surface = text.substr(m.begin, m.end - m.begin);
    if (m.kind == Candidate::Kind::compound) {
      return fmt::format("'{}' contains '{}' as {} (compound)", surface, c.written[0],
                         m.role == CompoundRole::head ? "head" : "modifier");
    }
    if (m.kind == Candidate::Kind::joined) {
      std::string written = fmt::format("{}", fmt::join(c.written, ""));
      return surface == written ? "exact"
                                : fmt::format("'{}' ~ '{}' (words joined)", surface, written);
    }
    std::vector<std::string> parts;
    for (size_t k = 0; k < c.keys.size(); ++k) {
      const TextToken& t = tokens[m.first + k];
      if (t.key == c.keys[k]) continue;
      std::string_view written = text.substr(t.begin, t.end - t.begin);
      if (c.mode == MatchMode::prefix)
        parts.push_back(fmt::format("'{}' starts with '{}'", written, c.written[k]));
      else
        parts.push_back(fmt::format("'{}' ~ '{}' (stem '{}')", written, c.written[k], t.stem));
    }
    if (parts.empty()) return "exact";
    return fmt::format("{}", fmt::join(parts, "; "));
  }

  std::string term_text(const Candidate& m) const {
    auto found = regex_texts.find(m.term);
    return found == regex_texts.end() ? std::string() : found->second;
  }
};

TermMatcher::TermMatcher(const Termbase& termbase, const Lang& lang)
    : impl_(std::make_unique<Impl>(termbase, lang)) {}

TermMatcher::~TermMatcher() = default;
TermMatcher::TermMatcher(TermMatcher&&) noexcept = default;
TermMatcher& TermMatcher::operator=(TermMatcher&&) noexcept = default;

const Lang& TermMatcher::lang() const { return impl_->lang; }

std::vector<TermMatch> TermMatcher::find(std::string_view text) const {
  std::vector<TermMatch> out;
  if (!impl_ || text.empty()) return out;
  if (impl_->compiled.empty() && impl_->regex_texts.empty()) return out;  // nothing to find
  std::vector<TextToken> tokens = impl_->tokenize(text);
  std::vector<Candidate> candidates;
  for (size_t k = 0; k < tokens.size(); ++k) {
    // A whole-word match always beats a compound one.
    std::optional<Candidate> best = impl_->best_at(tokens, k);
    if (!best) best = impl_->compound_at(tokens, k);
    if (auto joined = impl_->joined_at(tokens, k);
        joined && (!best || joined->end - joined->begin > best->end - best->begin))
      best = joined;
    if (best) candidates.push_back(*best);
  }
  for (const RegexHit& hit : impl_->regexes.find(text))
    candidates.push_back(Candidate{hit.begin, hit.end, hit.term, -1, 0, 0});

  // Earliest first; at one place the longest span, then the lower term
  // index (token candidates were already reduced to the best per token).
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    if (a.end - a.begin != b.end - b.begin) return a.end - a.begin > b.end - b.begin;
    return a.term < b.term;
  });
  uint32_t cursor = 0;
  for (const Candidate& m : candidates) {
    if (m.begin < cursor) continue;
    out.push_back(TermMatch{m.term, m.begin, m.end,
                            std::string(text.substr(m.begin, m.end - m.begin)),
                            impl_->why(m, text, tokens)});
    cursor = m.end;
  }
  return out;
}

}  // namespace samklang
