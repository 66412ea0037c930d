// term-dnt: a do-not-translate term of the source must stand verbatim
// (case-exact) in the target, as often as in the source.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "checks/check.h"
#include "checks/term_tally.h"
#include "text/normalize.h"
#include "text/words.h"

namespace samklang {
namespace {

// Kept verbatim: written as the termbase has it, or exactly as the source
// wrote it (a path "debian/control" or a shout "DEBIAN" stays as it is).
bool verbatim(const TermMatch& match, const Term& term, const ConceptTally& tally) {
  std::string written = fold_typography(match.surface);
  std::string name = fold_typography(term.text);
  // Whole, or as written at either end of a compound ("Debianbinärarkiv").
  if (written == name || written.starts_with(name) || written.ends_with(name)) return true;
  return std::any_of(tally.source.begin(), tally.source.end(), [&](const TermHit& hit) {
    return fold_typography(hit.match->surface) == written;
  });
}

// The name written as is at the start of a longer word: Swedish and German
// build compounds on names ("Debianpaket", "Linuxkärnan").
size_t compounds_on(std::string_view text, std::string_view name) {
  size_t count = 0;
  for (size_t at = text.find(name); at != std::string_view::npos; at = text.find(name, at + 1)) {
    bool word_start = at == 0 || text[at - 1] == ' ' || text[at - 1] == '(' || text[at - 1] == '"';
    size_t after = at + name.size();
    // Glued to a letter (ASCII, or any byte of a multi-byte UTF-8 letter).
    auto next = after < text.size() ? static_cast<unsigned char>(text[after]) : 0;
    bool glued = next >= 0x80 || std::isalpha(next) != 0;
    if (word_start && glued) ++count;
  }
  return count;
}

// The place in `text` that looks like a damaged `term`: the longest run of
// the term's leading words, extended to the term's word count.
std::optional<std::pair<uint32_t, uint32_t>> near_miss(std::string_view text, std::string_view term,
                                                       const Lang& lang) {
  WordBreaker breaker(lang);
  std::vector<Token> term_words = breaker.words(term);
  std::vector<Token> words = breaker.words(text);
  if (term_words.size() < 2) return std::nullopt;
  auto key = [](std::string_view s, const Token& t) {
    return match_key(s.substr(t.begin, t.end - t.begin));
  };
  size_t best_len = 0;
  size_t best_at = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    size_t n = 0;
    while (n < term_words.size() && i + n < words.size() &&
           key(text, words[i + n]) == key(term, term_words[n]))
      ++n;
    if (n > best_len) best_len = n, best_at = i;
  }
  // At least half of the term's words (and one) must be there to call it a near miss.
  if (best_len == 0 || best_len * 2 < term_words.size()) return std::nullopt;
  size_t last = std::min(words.size(), best_at + term_words.size()) - 1;
  return std::pair{words[best_at].begin, words[last].end};
}

class TermDnt final : public Check {
 public:
  void run(const Bitext& bitext, Emitter& emit) const override {
    const Termbase& termbase = bitext.termbase;
    for (const Link& link : bitext.alignment) {
      if (link.src.empty() || link.tgt.empty()) continue;
      for (const auto& [concept_id, tally] : tally_terms(bitext, link)) {
        if (tally.source.empty()) continue;
        const TermMatch& source_match = *tally.source.front().match;
        const Term& term = termbase.terms[source_match.term];
        if (term.status != TermStatus::dnt) continue;
        Anchor source{tally.source.front().segment, source_match.begin};
        size_t kept = 0;
        for (const TermHit& hit : tally.approved) {
          if (termbase.terms[hit.match->term].status != TermStatus::dnt) continue;
          if (verbatim(*hit.match, term, tally)) {
            ++kept;
            continue;
          }
          ++kept;  // present but altered: one finding, here
          emit.emit(
              source, Anchor{hit.segment, hit.match->begin},
              message_text("'{}' must be written exactly '{}'", hit.match->surface, term.text),
              message_text("replace '{}' with '{}'", hit.match->surface, term.text),
              TermInfo{concept_id,
                       source_match.surface,
                       {term.text},
                       hit.match->surface,
                       hit.match->why});
        }
        if (kept >= tally.source.size()) continue;
        for (uint32_t t : link.tgt) kept += compounds_on(bitext.target.segments[t].text, term.text);
        if (kept >= tally.source.size()) continue;
        report_missing(bitext, link, source, term, concept_id, source_match, emit);
      }
    }
  }

 private:
  static void report_missing(const Bitext& bitext, const Link& link, Anchor source,
                             const Term& term, const std::string& concept_id,
                             const TermMatch& source_match, Emitter& emit) {
    const Lang& lang = bitext.target.document->lang;
    for (uint32_t t : link.tgt) {
      const std::string& text = bitext.target.segments[t].text;
      if (auto miss = near_miss(text, term.text, lang)) {
        std::string found = text.substr(miss->first, miss->second - miss->first);
        emit.emit(
            source, Anchor{t, miss->first},
            message_text("'{}' is not to be translated; found '{}'", term.text, found),
            message_text("replace '{}' with '{}'", found, term.text),
            TermInfo{concept_id,
                     source_match.surface,
                     {term.text},
                     found,
                     fmt::format("'{}' begins like '{}' but is not the same", found, term.text)});
        return;
      }
    }
    emit.emit(
        source, Anchor{link.tgt.front(), 0},
        message_text("'{}' is not to be translated but is missing from the translation", term.text),
        message_text("keep '{}' as it is", term.text),
        TermInfo{concept_id, source_match.surface, {term.text}, "", source_match.why});
  }
};

}  // namespace

extern const CheckDef term_dnt{
    {"term-dnt", "a do-not-translate term is not kept verbatim",
     "Terms with status 'dnt' (names of organisations, products, programmes) must appear\n"
     "in the target exactly as written in the termbase, case included, as often as in\n"
     "the source.\n"
     "\n"
     "Example: sv 'Civil Rights Defenders vision'\n"
     "         en 'Civil Rights Försvarare's vision'\n"
     "  -> 'Civil Rights Defenders' is not to be translated; found 'Civil Rights Försvarare'\n"
     "\n"
     "Fix: write the name exactly as the termbase has it.\n"
     "Silence: set term-dnt = \"off\" under [rules] in samklang.toml.",
     Severity::error},
    []() -> std::unique_ptr<Check> { return std::make_unique<TermDnt>(); }};

}  // namespace samklang
