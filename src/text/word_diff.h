// A word-level diff of two versions of a sentence, for showing how a source
// changed after its translation was signed off.
#pragma once

#include <string>
#include <string_view>

namespace samklang {

// `after` with what was removed in [-...-] and what was added in {+...+}, as
// `git diff --word-diff=plain` writes it: "Vi är [-lokalt-]{+globalt+} här."
// Words, runs of white space and single punctuation marks are the units.
// Unless `exact`, units equal but for typography (signoff_key) and any two
// runs of white space are no change. Very long texts (over 2000 units a
// side) are shown as one replacement.
std::string word_diff(std::string_view before, std::string_view after, bool exact = false);

}  // namespace samklang
