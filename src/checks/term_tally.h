// Counts, for one alignment link, how each concept occurs on both sides.
// Shared by the term checks so that they agree on what was found.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "checks/bitext.h"
#include "checks/check.h"

namespace samklang {

struct TermHit {
  uint32_t segment = 0;
  const TermMatch* match = nullptr;
};

struct ConceptTally {
  std::vector<TermHit> source;     // non-forbidden source-language terms (and dnt)
  std::vector<TermHit> approved;   // preferred/admitted target-language terms (and dnt)
  std::vector<TermHit> forbidden;  // forbidden target-language terms
};

// Concept id -> tally, for the segments of one link.
std::map<std::string, ConceptTally> tally_terms(const Bitext& bitext, const Link& link);

// Approved target terms of a concept, preferred first, in termbase order.
std::vector<std::string> approved_terms(const Termbase& termbase, const std::string& concept_id,
                                        const Lang& lang);

// True when the link's target text is its source text (compared by
// match_key): the untranslated rule's finding, which term rules leave alone.
bool is_copy(const Bitext& bitext, const Link& link);

// "'a'", "'a' or 'b'", "'a', 'b' or 'c'".
std::string quote_alternatives(const std::vector<std::string>& terms);

}  // namespace samklang
