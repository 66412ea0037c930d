// Punctuation conventions per language (end marks, quotation marks,
// spacing), read from rules/punctuation.toml and a project's own file.
#pragma once

#include <array>
#include <expected>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/lang.h"
#include "core/location.h"

namespace samklang {

// The kinds of sentence end that must survive translation.
enum class EndKind { full_stop, question, exclamation, colon, semicolon, ellipsis };
inline constexpr size_t kEndKinds = 6;

// The key of an end kind in the rules file: "full_stop", "question", ...
const char* end_kind_key(EndKind kind);

struct QuotePair {
  std::string open;
  std::string close;
};

// One language's conventions, every key resolved.
struct LocalePunctuation {
  std::array<std::vector<std::string>, kEndKinds> end;  // per EndKind, the usual mark first
  bool end_optional = false;                            // a sentence may end without a mark
  std::string question_open;                            // "¿" in Spanish
  std::string exclamation_open;                         // "¡"
  std::vector<std::string> comma;          // marks that leave a sentence open: ',' '—'
  std::vector<QuotePair> quotes;           // primary, secondary, then accepted; empty = unknown
  bool quotes_from_icu = false;            // `quotes` is CLDR's, the rules file has none
  bool described = false;                  // a section other than [default] is about the language
  std::vector<std::string> spaced_quotes;  // marks with a no-break space inside: « »
  std::vector<std::string> no_space_before;
  std::vector<std::string> space_before;           // need a no-break space before
  std::vector<std::string> space_before_optional;  // a no-break space or none

  const std::vector<std::string>& marks(EndKind kind) const {
    return end[static_cast<size_t>(kind)];
  }
};

// The sections of one or more rules files, merged key by key.
class PunctuationRules {
 public:
  // The conventions of `lang`: [default], then the sections of its tag's
  // prefixes ("sr", "sr-Latn"), key by key; quotation marks from ICU's CLDR
  // data when no section gives them.
  LocalePunctuation for_lang(const Lang& lang) const;

  // Reads one file's sections over those already read. Errors as
  // path:line:col.
  std::expected<void, Error> add(std::string_view content, const std::string& path);

 private:
  // What one section says; unset keys are taken from the sections before.
  struct Section {
    std::array<std::optional<std::vector<std::string>>, kEndKinds> end;
    std::optional<bool> end_optional;
    std::optional<std::string> question_open;
    std::optional<std::string> exclamation_open;
    std::optional<std::vector<std::string>> comma;
    std::optional<std::vector<QuotePair>> quotes;
    std::optional<std::vector<std::string>> spaced_quotes;
    std::optional<std::vector<std::string>> no_space_before;
    std::optional<std::vector<std::string>> space_before;
    std::optional<std::vector<std::string>> space_before_optional;
  };

  std::map<std::string, Section> sections_;  // "default" or a canonical language tag
};

// Reads the files in order, each over the ones before. A file that cannot
// be read or parsed is an Error at its line and column.
std::expected<PunctuationRules, Error> load_punctuation_rules(
    const std::vector<std::string>& paths);

// CLDR's quotation marks of `lang` (ICU ulocdata_getDelimiter): the primary
// and the secondary pair, or none when ICU has only its root data for it.
std::vector<QuotePair> icu_quotes(const Lang& lang);

}  // namespace samklang
