// term-unexpected: an approved target term whose concept does not occur in
// the aligned source segments.
#include <fmt/format.h>

#include "checks/check.h"
#include "checks/term_tally.h"

namespace samklang {
namespace {

class TermUnexpected final : public Check {
 public:
  void run(const Bitext& bitext, Emitter& emit) const override {
    const Termbase& termbase = bitext.termbase;
    for (const Link& link : bitext.alignment) {
      if (link.src.empty() || link.tgt.empty()) continue;  // segment-extra says it
      for (const auto& [concept_id, tally] : tally_terms(bitext, link)) {
        if (tally.approved.size() <= tally.source.size()) continue;
        // Report the occurrences beyond what the source accounts for.
        for (size_t i = tally.source.size(); i < tally.approved.size(); ++i) {
          const TermHit& hit = tally.approved[i];
          const Term& term = termbase.terms[hit.match->term];
          Text message = tally.source.empty()
                             ? message_text("'{}' ({}) has no counterpart in the source segment",
                                            hit.match->surface, concept_id)
                             : message_text("'{}' ({}) occurs {} times here but {} in the source",
                                            hit.match->surface, concept_id, tally.approved.size(),
                                            tally.source.size());
          emit.emit(Anchor{link.src.front(), 0}, Anchor{hit.segment, hit.match->begin},
                    std::move(message),
                    message_text("check that the translation adds nothing the source lacks"),
                    TermInfo{concept_id, "", {term.text}, hit.match->surface, hit.match->why});
        }
      }
    }
  }
};

}  // namespace

extern const CheckDef term_unexpected{
    {"term-unexpected", "an approved target term without its source concept",
     "A target segment uses an approved term of a concept that the aligned source\n"
     "segment does not mention (or mentions fewer times). Often harmless (a pronoun in\n"
     "the source made explicit in the translation), sometimes a sign of a mistranslation\n"
     "or of a source term missing from the termbase.\n"
     "\n"
     "Example: sv 'Vi arbetar i regionerna.'  en 'We defend civil and political rights in\n"
     "         the regions.'\n"
     "  -> 'civil and political rights' (ccpr) has no counterpart in the source segment\n"
     "\n"
     "Fix: check the translation; if the source term is phrased in a way the termbase\n"
     "does not know, add that phrasing to the termbase as an admitted source term.\n"
     "Silence: set term-unexpected = \"off\" under [rules] in samklang.toml.",
     Severity::note},
    []() -> std::unique_ptr<Check> { return std::make_unique<TermUnexpected>(); }};

}  // namespace samklang
