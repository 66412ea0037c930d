// What a check reports.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/lang.h"

namespace samklang {

enum class Severity { note = 0, warning = 1, error = 2 };

const char* severity_name(Severity severity);
std::optional<Severity> parse_severity(std::string_view name);

// What showing a message in another language needs: its English format (a
// plain {} for each argument, as fmt writes it) and the arguments. An empty
// format: the message is shown in English everywhere.
struct MessageParts {
  std::string format;
  std::vector<std::string> args;
};

// A finding's message or fix as a rule writes it: the English text and, when
// the rule marks it translatable, its parts.
struct Text {
  std::string english;
  MessageParts parts;

  Text() = default;
  Text(std::string text) : english(std::move(text)) {}  // NOLINT: plain English converts
  Text(const char* text) : english(text) {}             // NOLINT
};

// A segment a finding points at.
struct Place {
  std::string file;
  int line = 0;
  int column = 0;
  std::string unit;  // Unit::id
  std::string text;  // the segment's text
};

struct TermInfo {
  std::string concept_id;
  std::string source;                 // what matched in the source
  std::vector<std::string> expected;  // approved target terms
  std::string found;                  // what matched in the target, if anything
  std::string why;  // how the term matched: "'rättigheterna' ~ 'rättigheter' (stem 'rätt')"
};

// What a source segment said when its translation was made, and how it
// changed since (outdated translations).
struct SourceChange {
  std::string previous;  // the source text then
  std::string diff;      // word diff from then to now: "Vi är [-lokalt-]{+globalt+} ..."
};

struct Finding {
  std::string rule;
  Severity severity = Severity::error;
  std::string message;
  std::string fix;  // how to mend it, may be empty
  Lang source_lang;
  Lang target_lang;
  std::optional<Place> source;
  std::optional<Place> target;
  std::optional<TermInfo> term;
  std::optional<SourceChange> change;
  std::string fingerprint;  // stable across line moves; set by the engine
  // The message and fix as formats and arguments, for the CLI to translate;
  // empty formats when the rule gives none (see Text).
  MessageParts message_parts;
  MessageParts fix_parts;
};

// The place a finding is reported at: the target if it has one, else the source.
const Place* primary_place(const Finding& finding);

// Sorts by (file, line, column, rule), then by the source place and message.
void sort_findings(std::vector<Finding>& findings);

}  // namespace samklang
