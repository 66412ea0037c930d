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
};

// The place a finding is reported at: the target if it has one, else the source.
const Place* primary_place(const Finding& finding);

// Sorts by (file, line, column, rule), then by the source place and message.
void sort_findings(std::vector<Finding>& findings);

}  // namespace samklang
