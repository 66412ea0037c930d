// term-missing: a source term occurs, but its approved target term does not
// occur as often in the aligned target segments.
#include <fmt/format.h>

#include "checks/check.h"
#include "checks/term_tally.h"

namespace samklang {
namespace {

bool is_dnt_concept(const Termbase& termbase, const ConceptTally& tally) {
  for (const TermHit& hit : tally.source)
    if (termbase.terms[hit.match->term].status == TermStatus::dnt) return true;
  return false;
}

std::string times(size_t n) {
  return n == 1 ? "once" : n == 2 ? "twice" : fmt::format("{} times", n);
}

class TermMissing final : public Check {
 public:
  void run(const Bitext& bitext, Emitter& emit) const override {
    const Termbase& termbase = bitext.termbase;
    const Lang& lang = bitext.target.document->lang;
    for (const Link& link : bitext.alignment) {
      if (link.src.empty() || link.tgt.empty()) continue;  // segment-missing/extra say it
      if (is_copy(bitext, link)) continue;                 // untranslated says it
      for (const auto& [concept_id, tally] : tally_terms(bitext, link)) {
        if (tally.source.empty() || is_dnt_concept(termbase, tally)) continue;
        // A forbidden term standing in for the approved one is term-forbidden's finding.
        size_t found = tally.approved.size() + tally.forbidden.size();
        if (found >= tally.source.size()) continue;
        std::vector<std::string> expected = approved_terms(termbase, concept_id, lang);
        if (expected.empty()) continue;              // a termbase gap, not a translation error
        const TermHit& first = tally.source[found];  // the first source occurrence left over
        const TermMatch& source_match = *first.match;
        Text message;
        if (found == 0) {
          message = message_text("'{}' is not translated with {}", source_match.surface,
                                 quote_alternatives(expected));
        } else {
          message = fmt::format("'{}' occurs {} in the source but its translation {} only {}",
                                source_match.surface, times(tally.source.size()),
                                quote_alternatives(expected), times(found));
        }
        TermInfo term{concept_id, source_match.surface, expected, "", source_match.why};
        if (!tally.approved.empty()) term.found = tally.approved.front().match->surface;
        emit.emit(Anchor{first.segment, source_match.begin}, Anchor{link.tgt.front(), 0},
                  std::move(message), message_text("use {}", quote_alternatives(expected)),
                  std::move(term));
      }
    }
  }
};

}  // namespace

extern const CheckDef term_missing{
    {"term-missing", "a source term is not translated with its approved target term",
     "Every termbase concept found in a source segment must be rendered by one of its\n"
     "preferred or admitted terms in the aligned target segment, as often as it occurs in\n"
     "the source. Inflected forms count: terms are matched by Snowball stems.\n"
     "\n"
     "Example: sv 'Vi försvarar medborgerliga och politiska rättigheter.'\n"
     "         en 'We defend civic freedoms.'\n"
     "  -> 'medborgerliga och politiska rättigheter' is not translated with\n"
     "     'civil and political rights'\n"
     "\n"
     "Fix: use the approved term. If the termbase lacks a valid rendering, add it as\n"
     "'admitted'. A forbidden term in its place is reported once, as term-forbidden.\n"
     "Silence: set term-missing = \"off\" (or a lower severity) under [rules] in samklang.toml.",
     Severity::error},
    []() -> std::unique_ptr<Check> { return std::make_unique<TermMissing>(); }};

}  // namespace samklang
