// TBX termbases (ISO 30042): TBX-Basic 2008 ("martif" root, termEntry /
// langSet / tig or ntig / term) and TBX v3 Core and Basic ("tbx" root,
// conceptEntry / langSec / termSec / term), read with pugixml.
#pragma once

#include <expected>
#include <string>
#include <string_view>

#include "core/location.h"
#include "terms/termbase.h"

namespace samklang {

// Each term becomes a Term of its entry's concept (the entry's id, else
// "entry-N") and its langSet's canonical xml:lang, located at the line and
// code-point column of its <term> element.
//
// Status: termNote "administrativeStatus" preferredTerm-admn-sts ->
// preferred, admittedTerm -> admitted, deprecatedTerm and supersededTerm ->
// forbidden (none: preferred). A termNote "doNotTranslate", or a descrip or
// note whose type or text says "doNotTranslate" / "do not translate", makes
// the term dnt. A termNote "x-samklang-status" (preferred, admitted,
// forbidden, dnt) overrides both. partOfSpeech and definition (of the term,
// else its language, else its entry) are kept; other notes join Term::note.
//
// Errors name file:line:col: malformed XML (pugixml's description), a
// DOCTYPE that declares entities (refused), a root that is not TBX, a
// missing or invalid xml:lang, an empty term, an unknown status.
std::expected<Termbase, Error> load_termbase_tbx(const std::string& path);
std::expected<Termbase, Error> parse_termbase_tbx(std::string_view content,
                                                  const std::string& path);

}  // namespace samklang
