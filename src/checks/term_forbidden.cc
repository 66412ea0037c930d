// term-forbidden: a forbidden (deprecated) term occurs in the target.
#include <fmt/format.h>

#include "checks/check.h"
#include "checks/term_tally.h"

namespace samklang {
namespace {

// The source occurrence of the concept in this link, if any: the related place.
std::optional<Anchor> source_anchor(const ConceptTally& tally) {
  if (tally.source.empty()) return std::nullopt;
  return Anchor{tally.source.front().segment, tally.source.front().match->begin};
}

class TermForbidden final : public Check {
 public:
  void run(const Bitext& bitext, Emitter& emit) const override {
    const Termbase& termbase = bitext.termbase;
    const Lang& lang = bitext.target.document->lang;
    for (const Link& link : bitext.alignment) {
      if (link.tgt.empty()) continue;
      for (const auto& [concept_id, tally] : tally_terms(bitext, link)) {
        std::vector<std::string> expected = approved_terms(termbase, concept_id, lang);
        for (const TermHit& hit : tally.forbidden) {
          const TermMatch& match = *hit.match;
          const Term& term = termbase.terms[match.term];
          Text message = message_text("'{}' is forbidden", match.surface);
          Text fix;
          if (!expected.empty()) {
            message = message_text("'{}' is forbidden; use {}", match.surface,
                                   quote_alternatives(expected));
            fix = message_text("replace '{}' with {}", match.surface, quote_alternatives(expected));
          } else if (!term.note.empty()) {
            message = message_text("'{}' is forbidden ({})", match.surface, term.note);
          }
          std::string source_text =
              tally.source.empty() ? std::string() : tally.source.front().match->surface;
          emit.emit(source_anchor(tally), Anchor{hit.segment, match.begin}, std::move(message),
                    std::move(fix),
                    TermInfo{concept_id, source_text, expected, match.surface, match.why});
        }
      }
    }
  }
};

}  // namespace

extern const CheckDef term_forbidden{
    {"term-forbidden", "a forbidden (deprecated) term occurs in the target",
     "A term marked 'forbidden' in the termbase was found in a target segment. Forbidden\n"
     "terms are renderings that translators really produce but that the organisation has\n"
     "ruled out, such as 'civic rights' for 'civil rights' or 'Convention' where the\n"
     "treaty is a 'Covenant'. Inflected forms count.\n"
     "\n"
     "Example: en 'We defend civic and political rights.'\n"
     "  -> 'civic and political rights' is forbidden; use 'civil and political rights'\n"
     "\n"
     "Fix: replace the term with the approved one the message names. The finding replaces\n"
     "the term-missing finding the same place would otherwise get.\n"
     "Silence: set term-forbidden = \"off\" under [rules] in samklang.toml, or change the\n"
     "term's status in the termbase.",
     Severity::error},
    []() -> std::unique_ptr<Check> { return std::make_unique<TermForbidden>(); }};

}  // namespace samklang
