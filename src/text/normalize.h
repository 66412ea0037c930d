// Unicode normalisation for matching. The input text is never rewritten;
// these produce keys to compare.
#pragma once

#include <string>
#include <string_view>

namespace samklang {

// Unicode NFC of valid UTF-8.
std::string to_nfc(std::string_view text);

// ICU full case folding (after NFC): "Straße" -> "strasse", "ÅR" -> "år".
std::string case_fold(std::string_view text);

// case_fold, then the accents and other combining marks dropped (NFD
// without nonspacing marks): "Expédition" -> "expedition", "Ćirilica" ->
// "cirilica". A key for words that two languages write nearly alike.
std::string fold_marks(std::string_view text);

// Folds typographic variants that must compare equal: U+2019, U+2018, U+02BC
// and U+2032 become "'"; U+2010, U+2011 and U+00AD-free hyphen forms become
// "-"; soft hyphen (U+00AD), zero-width space/joiners and BOM are removed;
// no-break and narrow no-break spaces become " "; then NFC.
std::string fold_typography(std::string_view text);

// The key terms and segments are compared by: fold_typography, then case_fold.
std::string match_key(std::string_view text);

}  // namespace samklang
