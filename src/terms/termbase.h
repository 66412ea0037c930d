// The termbase: concepts and their terms in every language.
#pragma once

#include <expected>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/lang.h"
#include "core/location.h"

namespace samklang {

enum class TermStatus { preferred, admitted, forbidden, dnt };
// compound: stem matching, plus as the head or modifier of a one-word
// compound in any language (see CompoundIndex).
enum class MatchMode { stem, exact, prefix, regex, compound };
enum class CasePolicy { insensitive, sensitive, permissive };

const char* term_status_name(TermStatus status);
std::optional<TermStatus> parse_term_status(std::string_view name);
std::optional<MatchMode> parse_match_mode(std::string_view name);
std::optional<CasePolicy> parse_case_policy(std::string_view name);

struct Term {
  std::string concept_id;
  Lang lang;  // canonical tag, or "*" for every language
  std::string text;
  TermStatus status = TermStatus::preferred;
  MatchMode match = MatchMode::stem;
  CasePolicy casing = CasePolicy::insensitive;
  std::string note;
  Location where;  // file and line of the entry
  // From TBX (partOfSpeech, definition); empty when the termbase has none.
  std::string part_of_speech;
  std::string definition;

  bool approved() const {
    return status == TermStatus::preferred || status == TermStatus::admitted;
  }
};

// True when a term of language `term_lang` applies to text in `text_lang`:
// "*" applies everywhere; "sv" applies to "sv" and "sv-FI"; "sr-Latn" only
// to "sr-Latn" and its regional forms.
bool term_lang_applies(std::string_view term_lang, std::string_view text_lang);

struct Termbase {
  std::vector<Term> terms;  // in file order; several files appended

  // Indices of the terms of one concept.
  std::vector<size_t> concept_terms(std::string_view concept_id) const;
};

// Reads the TSV format of DESIGN.md: header row required (concept, lang,
// term, status, note; optional match and case columns, in any order), "#"
// lines are comments, blank lines skipped, UTF-8 (a BOM is allowed).
// Errors name file:line:col (unknown status, wrong column count, missing
// header column, empty term, invalid UTF-8).
std::expected<Termbase, Error> load_termbase_tsv(const std::string& path);
std::expected<Termbase, Error> parse_termbase_tsv(std::string_view content,
                                                  const std::string& path);

}  // namespace samklang
