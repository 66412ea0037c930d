// The cases of ICU MessageFormat arguments ("{count, plural, one {...} other
// {...}}", "{gender, select, ...}"), compared between a source and its
// translation: placeholder-mismatch's check of each branch.
#pragma once

#include <string>
#include <vector>

#include "core/lang.h"
#include "text/placeholders.h"

namespace samklang {

struct BranchProblem {
  const MessageBranch* source = nullptr;  // the source case it concerns, if any
  const MessageBranch* target = nullptr;  // the target case, if any
  std::string message;
  std::string fix;
};

// What is wrong between the cases of `source` and `target`, two placeholders
// with the same key and type: a select case missing or added; a plural
// without 'other', without the cases the target language needs (asked only
// when the source has every case its own language has), or with a case the
// language does not have; and in each target case, placeholders missing or
// added against the source case of the same selector (or its 'other'), and a
// '#' left out where many numbers take the case. Nested arguments likewise.
std::vector<BranchProblem> compare_branches(const Placeholder& source, const Placeholder& target,
                                            const Lang& source_lang, const Lang& target_lang);

}  // namespace samklang
