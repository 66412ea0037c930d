#include "formats/catalog_state.h"

namespace samklang {

CatalogState catalog_state(std::string_view state) {
  if (state == "new" || state == "needs-translation" || state == "initial")
    return CatalogState::untranslated;
  if (state == "fuzzy" || state == "needs-adaptation" || state == "needs-l10n" ||
      state.starts_with("needs-review-"))
    return CatalogState::needs_review;
  return CatalogState::translated;
}

std::string previous_source(const Unit& unit) {
  constexpr std::string_view kPrefix = "previous source: ";
  if (!unit.note.starts_with(kPrefix)) return "";
  return unit.note.substr(kPrefix.size());
}

}  // namespace samklang
