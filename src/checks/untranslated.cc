// untranslated: the target segment equals its source segment.
#include <fmt/format.h>

#include "checks/check.h"
#include "text/words.h"

namespace samklang {
namespace {

// Words of a segment that are not part of a do-not-translate term or a
// placeholder: names and codes stay the same in every language and do not
// make a segment untranslated.
size_t translatable_words(const SegmentedDocument& doc, uint32_t index, const Termbase& termbase,
                          const WordBreaker& breaker) {
  const std::string& text = doc.segments[index].text;
  size_t count = 0;
  for (const Token& token : breaker.words(text)) {
    if (token.numeric) continue;
    // Placeholders are code, not words: "%s", "%lu", "%1$d", "{name}", "{{count}}".
    char before = token.begin > 0 ? text[token.begin - 1] : ' ';
    if (before == '%' || before == '$' || before == '{') continue;
    bool in_name = false;
    for (const TermMatch& m : doc.terms[index]) {
      if (termbase.terms[m.term].status == TermStatus::dnt && token.begin >= m.begin &&
          token.end <= m.end)
        in_name = true;
    }
    if (!in_name) ++count;
  }
  return count;
}

class Untranslated final : public Check {
 public:
  void run(const Bitext& bitext, Emitter& emit) const override {
    WordBreaker breaker(bitext.source.document->lang);
    for (const Link& link : bitext.alignment) {
      if (link.src.size() != 1 || link.tgt.size() != 1) continue;
      uint32_t s = link.src.front();
      uint32_t t = link.tgt.front();
      if (bitext.source.keys[s] != bitext.target.keys[t]) continue;
      const std::string& target = bitext.target.segments[t].text;
      // One word or a name alone is often the same in both languages.
      if (translatable_words(bitext.target, t, bitext.termbase, breaker) < 2) continue;
      emit.emit(Anchor{s, 0}, Anchor{t, 0},
                fmt::format("'{}' is the same as the source; it is not translated", target),
                fmt::format("translate it into {}", bitext.target.document->lang));
    }
  }
};

}  // namespace

extern const CheckDef untranslated{
    {"untranslated", "the target is the same as the source",
     "A target segment is identical to its source segment (compared after Unicode\n"
     "normalisation and case folding): it was copied and never translated. Segments whose\n"
     "only words are numbers, placeholders (%s, {name}) or do-not-translate names, and\n"
     "one-word segments, are not reported, since those often stay the same in every\n"
     "language.\n"
     "\n"
     "Example: sv 'Vi står upp för vår sak.' and en 'Vi står upp för vår sak.'\n"
     "  -> 'Vi står upp för vår sak.' is the same as the source; it is not translated\n"
     "\n"
     "Fix: translate the segment.\n"
     "Silence: set untranslated = \"off\" under [rules] in samklang.toml.",
     Severity::error},
    []() -> std::unique_ptr<Check> { return std::make_unique<Untranslated>(); }};

}  // namespace samklang
