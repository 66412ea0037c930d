#include "checks/rendering_miner.h"

#include <algorithm>
#include <map>
#include <set>

#include "checks/term_tally.h"
#include "text/normalize.h"
#include "text/words.h"

namespace samklang {

namespace {

constexpr size_t kMaxWords = 4;
constexpr int kMinSegments = 2;    // a rendering seen once is no pattern
constexpr double kMinShare = 0.6;  // of the segments that hold it, how many are gaps
constexpr size_t kMinLetters = 4;  // an n-gram needs a word this long (not only "of the")

struct Gap {
  size_t bitext;
  uint32_t segment;
  std::string source;
};

struct NGram {
  std::string key;
  uint32_t begin;
  uint32_t end;
};

size_t code_points(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// Word n-grams of a segment, keyed by their case-folded words, leaving out
// words that belong to a term match (they render other concepts).
std::vector<NGram> ngrams(const std::string& text, const std::vector<TermMatch>& terms,
                          const WordBreaker& breaker) {
  std::vector<Token> words;
  for (const Token& t : breaker.words(text)) {
    bool in_term = std::any_of(terms.begin(), terms.end(), [&](const TermMatch& m) {
      return t.begin < m.end && t.end > m.begin;
    });
    if (!in_term && !t.numeric) words.push_back(t);
  }
  std::vector<NGram> out;
  for (size_t i = 0; i < words.size(); ++i) {
    std::string key;
    bool long_word = false;
    for (size_t n = 0; n < kMaxWords && i + n < words.size(); ++n) {
      const Token& w = words[i + n];
      // A run of words must be contiguous in the text (only spaces between).
      if (n > 0 && text.substr(words[i + n - 1].end, w.begin - words[i + n - 1].end)
                           .find_first_not_of(" \u00a0") != std::string::npos)
        break;
      std::string word = match_key(std::string_view(text).substr(w.begin, w.end - w.begin));
      long_word = long_word || code_points(word) >= kMinLetters;
      key += (n ? " " : "") + word;
      if (long_word) out.push_back({key, words[i].begin, w.end});
    }
  }
  return out;
}

}  // namespace

std::vector<UnapprovedRenderings> mine_renderings(std::span<const Bitext* const> bitexts) {
  std::vector<UnapprovedRenderings> out;
  if (bitexts.empty()) return out;
  const Termbase& termbase = bitexts.front()->termbase;
  // (language, concept) -> target segments holding the concept with no approved term.
  std::map<std::pair<Lang, std::string>, std::vector<Gap>> gaps;
  for (size_t b = 0; b < bitexts.size(); ++b) {
    const Bitext& bitext = *bitexts[b];
    for (const Link& link : bitext.alignment) {
      if (link.src.empty() || link.tgt.size() != 1 || is_copy(bitext, link)) continue;
      for (const auto& [concept_id, tally] : tally_terms(bitext, link)) {
        if (tally.source.empty() || !tally.approved.empty() || !tally.forbidden.empty()) continue;
        if (termbase.terms[tally.source.front().match->term].status == TermStatus::dnt) continue;
        gaps[{bitext.target.document->lang, concept_id}].push_back(
            {b, link.tgt.front(), tally.source.front().match->surface});
      }
    }
  }
  // Per group: in how many gap segments each n-gram occurs, and how it was
  // written first; per language: every candidate of its groups.
  struct Group {
    std::map<std::string, int> in_gaps;
    std::map<std::string, std::string> written;
  };
  std::map<std::pair<Lang, std::string>, Group> groups;
  std::map<Lang, std::map<std::string, int>> anywhere;  // language -> candidate -> segments
  for (const auto& [key, list] : gaps) {
    if (static_cast<int>(list.size()) < kMinSegments) continue;
    WordBreaker breaker(key.first);
    Group& group = groups[key];
    for (const Gap& gap : list) {
      const SegmentedDocument& target = bitexts[gap.bitext]->target;
      const std::string& text = target.segments[gap.segment].text;
      std::set<std::string> seen;
      for (const NGram& g : ngrams(text, target.terms[gap.segment], breaker)) {
        if (!seen.insert(g.key).second) continue;
        ++group.in_gaps[g.key];
        group.written.emplace(g.key, text.substr(g.begin, g.end - g.begin));
      }
    }
    std::erase_if(group.in_gaps, [](const auto& entry) { return entry.second < kMinSegments; });
    for (const auto& [gram, count] : group.in_gaps) anywhere[key.first][gram] = 0;
  }
  // One pass over each language's target segments counts every candidate.
  for (auto& [lang, counts] : anywhere) {
    if (counts.empty()) continue;
    WordBreaker breaker(lang);
    for (const Bitext* bitext : bitexts) {
      if (bitext->target.document->lang != lang) continue;
      const SegmentedDocument& target = bitext->target;
      for (uint32_t t = 0; t < target.segments.size(); ++t) {
        std::set<std::string> seen;
        for (const NGram& g : ngrams(target.segments[t].text, target.terms[t], breaker)) {
          auto it = counts.find(g.key);
          if (it != counts.end() && seen.insert(g.key).second) ++it->second;
        }
      }
    }
  }
  for (auto& [key, group] : groups) {
    if (group.in_gaps.empty()) continue;
    const auto& counts = anywhere[key.first];
    auto share_ok = [&](const std::string& gram, int count) {
      return count >= kMinShare * counts.at(gram);
    };
    std::vector<Rendering> found;
    for (const auto& [gram, count] : group.in_gaps) {
      if (!share_ok(gram, count)) continue;
      // A shorter n-gram inside a longer one seen as often says nothing more.
      bool covered =
          std::any_of(group.in_gaps.begin(), group.in_gaps.end(), [&](const auto& other) {
            return other.first.size() > gram.size() && other.second == count &&
                   share_ok(other.first, other.second) &&
                   (" " + other.first + " ").find(" " + gram + " ") != std::string::npos;
          });
      if (!covered) found.push_back({group.written[gram], count});
    }
    if (found.empty()) continue;
    std::stable_sort(found.begin(), found.end(), [](const Rendering& a, const Rendering& b) {
      return a.count != b.count ? a.count > b.count : a.text.size() > b.text.size();
    });
    if (found.size() > 3) found.resize(3);
    const std::vector<Gap>& list = gaps.at(key);
    out.push_back({key.first, key.second, list.front().source, list.front().bitext,
                   list.front().segment, static_cast<int>(list.size()), std::move(found)});
  }
  return out;
}

}  // namespace samklang
