// Catalogs that hold the source and its translation in one file: gettext PO
// (and POT). Each is read into two keyed Documents whose unit ids match.
#pragma once

#include <expected>
#include <string>
#include <string_view>

#include "core/document.h"
#include "core/location.h"

namespace samklang {

struct BilingualDocument {
  Document source;
  Document target;
};

// True for the extensions of bilingual formats: .po, .pot.
bool is_bilingual_path(std::string_view path);

// Reads a bilingual catalog. `target_lang` empty = the language the file
// declares (PO "Language:" header); none declared is an Error.
std::expected<BilingualDocument, Error> read_bilingual(const std::string& path,
                                                       const Lang& source_lang,
                                                       const Lang& target_lang);

// Parses PO content. Entries become units with id msgctxt + U+0004 + msgid
// (plural forms: id + "[N]", checked against msgid for N = 0 and msgid_plural
// otherwise); the header entry and obsolete (#~) entries are left out. A
// fuzzy entry's target unit has state "fuzzy" and, when the file has it, the
// previous msgid as its note. Errors: an unterminated string, a bad escape,
// an unknown keyword, a msgstr without msgid, with line:col.
std::expected<BilingualDocument, Error> parse_po(const std::string& path, const Lang& source_lang,
                                                 const Lang& target_lang, std::string content);

}  // namespace samklang
