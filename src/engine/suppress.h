// The suppress step: what the project has accepted is taken out of the
// findings. In order: rules a target language ignores (samklang.toml
// [languages.<lang>] ignore), suppression comments in the files checked
// (engine/inline_suppression.h), then the committed baseline
// (project/baseline.h).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/finding.h"
#include "engine/inline_suppression.h"
#include "project/baseline.h"
#include "project/config.h"

namespace samklang {

// A finding's fingerprint: its rule, languages, file (as `file_key`, the
// path relative to the project, so that it does not depend on the working
// folder), segment texts and message; never its line or column.
std::string finding_fingerprint(const Finding& finding, const std::string& file_key);

// Drops the findings of rules their target language ignores.
void drop_ignored(std::vector<Finding>& findings,
                  const std::map<Lang, std::vector<RuleRef>>& ignores);

// Drops the findings silenced by comments in their file (by Document::path);
// returns how many.
int drop_silenced(std::vector<Finding>& findings,
                  const std::map<std::string, FileSuppressions>& files);

struct BaselineSplit {
  std::vector<Finding> reported;     // not in the baseline
  std::vector<Finding> baselined;    // each matched by one entry
  std::vector<BaselineEntry> stale;  // entries of `checked` files that match no finding
};

// Matches findings (with fingerprints) to entries by fingerprint, one entry
// per finding: a finding that occurs twice needs two entries. `checked`
// holds the keys (BaselineEntry::file) of the files of the run.
BaselineSplit split_by_baseline(std::vector<Finding> findings, const Baseline& baseline,
                                const std::vector<std::string>& checked);

// The baseline entry that accepts `finding`; `file_key` is its file
// relative to the baseline's folder.
BaselineEntry baseline_entry(const Finding& finding, const std::string& file_key);

}  // namespace samklang
