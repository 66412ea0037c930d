// Suppression comments written in the files checked:
//
//   Markdown, HTML   <!-- samklang-disable term-missing, term-dnt -->
//                    ... <!-- samklang-enable -->
//                    <!-- samklang-disable-next-line untranslated -->
//   PO               # samklang-disable term-missing   (a translator comment
//                    or #. comment; covers its entry)
//   XLIFF, TMX       <note>samklang-disable term-missing</note>   (covers the unit)
//
// Ids are separated by spaces or commas; none means every rule; text after
// a colon is a reason for the reader. samklang-enable with ids re-enables
// those only. A finding is silenced when the place it is reported at (the
// target, else the source) lies in a range that disables its rule.
#pragma once

#include <string>
#include <vector>

#include "core/document.h"
#include "core/finding.h"
#include "core/line_index.h"
#include "core/location.h"

namespace samklang {

struct SuppressionEvent {
  enum class Kind { disable, enable };
  Kind kind = Kind::disable;
  LineColumn at;                   // where it takes effect
  std::vector<std::string> rules;  // empty = every rule
};

struct LineSuppression {
  int line = 0;  // the line it covers
  std::vector<std::string> rules;
};

struct UnitSuppression {
  std::string unit;  // Unit::id
  std::vector<std::string> rules;
};

struct FileSuppressions {
  std::vector<SuppressionEvent> events;  // by place; at one place enables come first
  std::vector<LineSuppression> lines;
  std::vector<UnitSuppression> units;
  // A directive that is not one, or names an unknown rule, at the place of
  // the offending word; such a directive silences nothing.
  std::vector<Error> errors;

  // Whether `rule` is silenced at `place` (a place in this file).
  bool silences(const std::string& rule, const Place& place) const;
  bool empty() const { return events.empty() && lines.empty() && units.empty(); }
};

// The suppression comments of a read document: HTML comments in Markdown
// (outside code) and HTML (outside script and style), comment lines in PO,
// and the notes of a catalog's target units.
FileSuppressions scan_suppressions(const Document& doc);

}  // namespace samklang
