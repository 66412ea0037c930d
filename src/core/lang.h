// Language tags (BCP 47 as used by catalogs: "sv", "en", "es", "sr-Latn", "pt-BR").
#pragma once

#include <string>
#include <string_view>

namespace samklang {

using Lang = std::string;

// The primary language subtag, lower-cased: "sr-Latn" -> "sr", "pt_BR" -> "pt".
std::string lang_base(std::string_view tag);

// Canonical spelling: "_" becomes "-", language lower case, script title case,
// region upper case: "sr_latn" -> "sr-Latn", "PT-br" -> "pt-BR".
std::string lang_canonical(std::string_view tag);

// True if the tag looks like a language tag (2-3 letters, optional subtags).
bool lang_is_plausible(std::string_view tag);

}  // namespace samklang
