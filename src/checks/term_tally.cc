#include "checks/term_tally.h"

#include <fmt/format.h>

namespace samklang {

std::map<std::string, ConceptTally> tally_terms(const Bitext& bitext, const Link& link) {
  std::map<std::string, ConceptTally> tally;
  const auto& terms = bitext.termbase.terms;
  for (uint32_t s : link.src) {
    for (const TermMatch& m : bitext.source.terms[s]) {
      const Term& term = terms[m.term];
      if (term.status == TermStatus::forbidden) continue;
      tally[term.concept_id].source.push_back({s, &m});
    }
  }
  for (uint32_t t : link.tgt) {
    for (const TermMatch& m : bitext.target.terms[t]) {
      const Term& term = terms[m.term];
      ConceptTally& entry = tally[term.concept_id];
      if (term.status == TermStatus::forbidden)
        entry.forbidden.push_back({t, &m});
      else
        entry.approved.push_back({t, &m});
    }
  }
  return tally;
}

std::vector<std::string> approved_terms(const Termbase& termbase, const std::string& concept_id,
                                        const Lang& lang) {
  std::vector<std::string> preferred;
  std::vector<std::string> admitted;
  for (size_t i : termbase.concept_terms(concept_id)) {
    const Term& term = termbase.terms[i];
    if (term.lang == "*" || !term_lang_applies(term.lang, lang)) continue;
    if (term.status == TermStatus::preferred) preferred.push_back(term.text);
    if (term.status == TermStatus::admitted) admitted.push_back(term.text);
  }
  preferred.insert(preferred.end(), admitted.begin(), admitted.end());
  return preferred;
}

bool is_copy(const Bitext& bitext, const Link& link) {
  if (link.src.size() == 1 && link.tgt.size() == 1)
    return bitext.source.keys[link.src.front()] == bitext.target.keys[link.tgt.front()];
  std::string source;
  for (uint32_t s : link.src) source += bitext.source.keys[s] + " ";
  std::string target;
  for (uint32_t t : link.tgt) target += bitext.target.keys[t] + " ";
  return source == target;
}

std::string quote_alternatives(const std::vector<std::string>& terms) {
  std::string out;
  for (size_t i = 0; i < terms.size(); ++i) {
    if (i > 0) out += i + 1 == terms.size() ? " or " : ", ";
    out += fmt::format("'{}'", terms[i]);
  }
  return out;
}

}  // namespace samklang
