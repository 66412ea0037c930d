// Terms that contain a word: for `samklang terms lookup` when the word is
// only part of multi-word terms ("rättigheterna" in "medborgerliga och
// politiska rättigheter").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/lang.h"
#include "terms/termbase.h"

namespace samklang {

struct PartialMatch {
  size_t term = 0;  // index into Termbase::terms
  std::string why;  // "'rättigheterna' ~ 'rättigheter' (stem 'rätt')", or "exact"
};

// The terms applying to `lang` whose words contain the words of `text` in
// sequence: by Snowball stem for stem-matched terms, by case-folded word for
// exact ones; regex and prefix terms are left out. In termbase order.
std::vector<PartialMatch> find_terms_containing(const Termbase& termbase, const Lang& lang,
                                                std::string_view text);

}  // namespace samklang
