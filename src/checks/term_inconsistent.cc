// term-inconsistent: one concept rendered by different approved terms in one
// target language across the run (e.g. 'organisation' and 'organization').
// Several preferred rows of a concept and language are forms of one term
// (inflections the stemmer does not join) and count as one rendering; each
// admitted row is a rendering of its own.
#include <fmt/format.h>

#include <map>

#include "checks/check.h"
#include "checks/rendering_miner.h"
#include "checks/term_tally.h"

namespace samklang {
namespace {

struct Use {
  size_t bitext = 0;
  uint32_t segment = 0;
  const TermMatch* match = nullptr;
};

class TermInconsistent final : public Check {
 public:
  void run(const Bitext&, Emitter&) const override {}

  void run_corpus(std::span<const Bitext* const> bitexts,
                  std::span<Emitter> emitters) const override {
    if (bitexts.empty()) return;
    const Termbase& termbase = bitexts.front()->termbase;
    // The rendering a term stands for: the first preferred row of its concept
    // and language for every preferred row, else the row itself.
    auto rendering = [&](size_t index) {
      const Term& term = termbase.terms[index];
      if (term.status != TermStatus::preferred) return index;
      for (size_t i : termbase.concept_terms(term.concept_id))
        if (termbase.terms[i].status == TermStatus::preferred &&
            termbase.terms[i].lang == term.lang)
          return i;
      return index;
    };
    // (language, concept) -> rendering -> where it is used.
    Uses uses;
    for (size_t b = 0; b < bitexts.size(); ++b) {
      const SegmentedDocument& target = bitexts[b]->target;
      for (uint32_t t = 0; t < target.segments.size(); ++t) {
        for (const TermMatch& m : target.terms[t]) {
          const Term& term = termbase.terms[m.term];
          if (!term.approved()) continue;
          uses[{target.document->lang, term.concept_id}][rendering(m.term)].push_back({b, t, &m});
        }
      }
    }
    report_variants(termbase, uses, emitters);
    report_unapproved(bitexts, emitters);
  }

 private:
  using Uses = std::map<std::pair<Lang, std::string>, std::map<size_t, std::vector<Use>>>;

  // Renderings the termbase does not list, recurring where no approved term is used.
  static void report_unapproved(std::span<const Bitext* const> bitexts,
                                std::span<Emitter> emitters) {
    const Termbase& termbase = bitexts.front()->termbase;
    for (const UnapprovedRenderings& gap : mine_renderings(bitexts)) {
      std::string seen;
      for (const Rendering& r : gap.renderings)
        seen += fmt::format("{}'{}' ({}×)", seen.empty() ? "" : ", ", r.text, r.count);
      std::vector<std::string> expected = approved_terms(termbase, gap.concept_id, gap.lang);
      std::string message =
          fmt::format("'{}' ({}) is rendered without an approved term in {} segments of {}, as {}",
                      gap.source, gap.concept_id, gap.segments, gap.lang, seen);
      std::string fix =
          expected.empty() ? fmt::format("add the rendering to the termbase for {}", gap.lang)
                           : fmt::format("use {}, or add the rendering to the termbase as admitted",
                                         quote_alternatives(expected));
      emitters[gap.bitext].emit(
          std::nullopt, Anchor{gap.segment, 0}, std::move(message), std::move(fix),
          TermInfo{gap.concept_id, gap.source, expected, gap.renderings.front().text, ""});
    }
  }

  static void report_variants(const Termbase& termbase, const Uses& uses,
                              std::span<Emitter> emitters) {
    for (const auto& [key, by_term] : uses) {
      if (by_term.size() < 2) continue;
      // The norm: the most used rendering; a tie goes to preferred, then termbase order.
      size_t norm = by_term.begin()->first;
      auto rank = [&](size_t term) {
        return std::tuple(by_term.at(term).size(),
                          termbase.terms[term].status == TermStatus::preferred,
                          -static_cast<long>(term));
      };
      for (const auto& [term, list] : by_term)
        if (rank(term) > rank(norm)) norm = term;
      const std::string& norm_text = termbase.terms[norm].text;
      for (const auto& [term, list] : by_term) {
        if (term == norm) continue;
        for (const Use& use : list) {
          std::string message = fmt::format(
              "'{}' renders {} here, but '{}' is used {} elsewhere in {}; use one rendering",
              use.match->surface, key.second, norm_text,
              by_term.at(norm).size() == 1 ? std::string("once")
                                           : fmt::format("{} times", by_term.at(norm).size()),
              key.first);
          emitters[use.bitext].emit(
              std::nullopt, Anchor{use.segment, use.match->begin}, std::move(message),
              fmt::format("use '{}'", norm_text),
              TermInfo{key.second, "", {norm_text}, use.match->surface, use.match->why});
        }
      }
    }
  }
};

}  // namespace

extern const CheckDef term_inconsistent{
    {"term-inconsistent", "one concept rendered by different terms in one language",
     "The termbase may admit several renderings of a concept (a spelling variant, a\n"
     "synonym). Within one target language a run should still use one of them. The\n"
     "rendering used most often is taken as the norm; every other rendering is reported\n"
     "where it occurs, across all documents of the run.\n"
     "\n"
     "Example: en 'human rights organisation' three times and 'human rights organization'\n"
     "         once\n"
     "  -> 'human rights organization' renders human-rights-organisation here, but 'human\n"
     "     rights organisation' is used 3 times elsewhere in en; use one rendering\n"
     "\n"
     "It also mines the aligned pairs for renderings the termbase lacks: where a source\n"
     "concept meets no approved or forbidden target term in two segments or more, the\n"
     "word sequences that recur in those target segments (and are rare elsewhere) are\n"
     "reported with their counts, e.g. 'medborgerliga och politiska rättigheter' (ccpr) is\n"
     "rendered without an approved term in 3 segments of en, as 'civic freedoms' (3×).\n"
     "\n"
     "Fix: use the rendering the message names, or make the other one forbidden in the\n"
     "termbase if it should never be used; add a recurring rendering to the termbase as\n"
     "admitted or forbidden.\n"
     "Silence: set term-inconsistent = \"off\" under [rules] in samklang.toml.",
     Severity::warning},
    []() -> std::unique_ptr<Check> { return std::make_unique<TermInconsistent>(); }};

}  // namespace samklang
