// What a catalog's own state of an entry means: XLIFF 1.2 `state`, XLIFF 2
// `state`, PO `fuzzy` (Unit::state as the readers keep it).
#pragma once

#include <string>
#include <string_view>

#include "core/document.h"

namespace samklang {

enum class CatalogState {
  translated,    // no state, translated, reviewed, final, signed-off, x-...
  untranslated,  // XLIFF 1.2 new, needs-translation; XLIFF 2 initial
  needs_review,  // PO fuzzy; XLIFF 1.2 needs-adaptation, needs-l10n, needs-review-*
};

CatalogState catalog_state(std::string_view state);

// The source an entry was translated from when the catalog keeps it (PO
// '#| msgid', read into Unit::note as "previous source: ..."), or "".
std::string previous_source(const Unit& unit);

}  // namespace samklang
