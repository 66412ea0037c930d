// The tool's own messages in the user's language: Boost.Locale's gettext
// catalogs (po/<lang>.po, compiled to locale/<lang>/LC_MESSAGES/samklang.mo).
// Only the CLI translates: the report layer gets the translated words as
// labels (report/report.h TextLabels, report/status_report.h StatusLabels).
// Machine formats (JSON, SARIF, JUnit, GitHub, beads) never pass through here.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/finding.h"
#include "core/location.h"
#include "report/report.h"
#include "report/status_report.h"

namespace samklang::cli {

// The language of the messages, from the POSIX locale variables in their
// order (LC_ALL, then LC_MESSAGES, then LANG; a null or empty one is
// skipped): "sv" for "sv_SE.UTF-8" or "sv_FI", when `available` has it.
// "" (English, the msgids) for "C", "POSIX", "C.UTF-8", none set, or a
// language without a catalog.
std::string choose_message_language(const char* lc_all, const char* lc_messages, const char* lang,
                                    const std::vector<std::string>& available);

// Loads the catalogs of the language the environment asks for, found next to
// the executable (<exe dir>/locale, the build tree) or under the install
// prefix (<exe dir>/../share/locale). Call once, first thing in main. Never
// changes the global C or C++ locale. Without a catalog, messages stay English.
void init_messages();

// The language init_messages chose ("" = English).
const std::string& message_language();

// Marks and translates one message (xgettext keyword tr).
std::string tr(const char* message);

// Marks and translates a message with a number: `singular` for n == 1 in
// English; the catalog's Plural-Forms choose in other languages (xgettext
// keyword trn:1,2). The result still holds its {} placeholders.
std::string trn(const char* singular, const char* plural, long long n);

// trn with the number formatted into it: "3 errors", "3 fel". Counts are
// plain ASCII digits whatever the language.
std::string count_of(const char* singular, const char* plural, long long n);

// "error", "warning", "note" in the message language.
std::string severity_word(Severity severity);

// "path:line:col: error: message" with the severity word translated; the
// shape (colons, location) is the same in every language.
std::string diagnostic(const Location& where, Severity severity, std::string_view message);

// The text report's and the status table's words in the message language.
// A finding's message or fix in the user's language: its format translated
// and filled with its arguments; the English text when the catalog has no
// translation or the translation does not fit the arguments.
std::string translate_message(const std::string& english, const MessageParts& parts);

TextLabels text_labels();
StatusLabels status_labels();

}  // namespace samklang::cli
