// Termbase lint: mistakes in a termbase that make matching ambiguous or
// leave a concept without a rendering, found before any text is checked.
#pragma once

#include <string>
#include <vector>

#include "core/finding.h"
#include "core/lang.h"
#include "core/location.h"
#include "terms/termbase.h"

namespace samklang {

struct LintIssue {
  Severity severity = Severity::warning;
  Location where;
  std::string message;
};

// Reports, sorted by file, line and column:
//   error   the same term twice in one concept and language;
//   error   one term (same match key and language) approved in two concepts
//           (a warning when neither is both approved);
//   error   a forbidden term equal to an approved term of its language;
//   note    a term that is a whole-word part of another concept's term of
//           its language (the longest match wins, so the shorter is never
//           reported inside the longer);
//   warning a concept with no approved or dnt term in a target language;
//   warning a concept that forbids terms in a language with no approved one.
// Regex terms take part only in the gap checks.
std::vector<LintIssue> lint_termbase(const Termbase& termbase,
                                     const std::vector<Lang>& target_langs);

}  // namespace samklang
