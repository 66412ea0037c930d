// Rule ids written by users (samklang.toml, suppression comments, the
// baseline) checked against the registry, with a suggestion for a typo.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/location.h"

namespace samklang {

// The registered id closest to `id` when it is a likely typo of it (at most
// two edits, and fewer than half its letters), else "".
std::string closest_rule(std::string_view id);

// Nothing when `id` is a registered rule; else an error at `where`:
// "unknown rule 'term-mising' (did you mean 'term-missing'?)".
std::optional<Error> unknown_rule(std::string_view id, const Location& where);

}  // namespace samklang
