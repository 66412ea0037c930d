// Catalogs that hold the source and its translation in one file: gettext PO
// (and POT), XLIFF, TMX. Each is read into two keyed Documents whose unit ids
// match.
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

// True for the extensions of bilingual formats: .po, .pot, .xlf, .xliff,
// .sdlxliff, .tmx (project/discover.cc's is_bilingual_catalog keeps the same list).
bool is_bilingual_path(std::string_view path);

// Reads a bilingual catalog, the parser chosen by the extension. `target_lang`
// empty = the language the file declares (PO "Language:" header, XLIFF
// target-language/trgLang, TMX's only language besides the source); none
// declared is an Error.
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

// Parses XLIFF 1.2 (<trans-unit>; one unit per <mrk mtype="seg"> of a
// <seg-source>, id unit + "#" + mid) or 2.x (<unit>/<segment>, id unit +
// "#" + segment id when a unit has several). With several <file>s an id
// starts with the file's original (1.2) or id (2.x) and "/". Inline codes
// are left out of the text, the text of <g>/<pc>/<mrk> kept. The target
// unit has the XLIFF state ("final" for an approved 1.2 unit without one)
// and the <note>s. A missing target is an empty unit at its unit's place.
// `source_lang`/`target_lang` empty = the languages the file declares.
std::expected<BilingualDocument, Error> parse_xliff(const std::string& path,
                                                    const Lang& source_lang,
                                                    const Lang& target_lang, std::string content);

// Parses TMX: one unit per <tu>, id its tuid or its ordinal ("3"). The source
// is `source_lang` when the file has it, else the header's srclang; the
// target is `target_lang`, or when empty the file's only other language
// (several and none chosen is an Error). Inline codes (bpt ept ph it ut) are
// left out, the text of <hi> kept; a <tu> without the target language has an
// empty target unit at its place. <note>s become the target unit's note.
std::expected<BilingualDocument, Error> parse_tmx(const std::string& path, const Lang& source_lang,
                                                  const Lang& target_lang, std::string content);

// Sets what every bilingual reader sets: both Documents keyed, with the path,
// format, languages and content (indexed).
void finish_bilingual(BilingualDocument& out, const std::string& path, const std::string& format,
                      const Lang& source_lang, const Lang& target_lang, std::string content);

}  // namespace samklang
