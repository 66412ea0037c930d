// The report formats of `samklang check` (--format), and the report in the
// chosen one.
#pragma once

#include <string>
#include <vector>

#include "cli/options.h"
#include "engine/engine.h"
#include "report/report.h"

namespace samklang::cli {

// text (the default), json, sarif, junit, github, html.
const std::vector<std::string>& check_formats();

// The report of a run in `options.format`. SARIF and GitHub paths are made
// relative to the working folder; JUnit fails the findings at or above
// `options.fail_on`; HTML shows the documents side by side.
std::string render_check_report(const SharedOptions& options, const Report& report,
                                const RunResult& result);

// Each document of a run with its targets and their alignments, in order.
std::vector<AlignedDocument> aligned_documents(const RunResult& result);

// Every registered rule, as the reports describe it.
std::vector<RuleInfo> rule_infos();

}  // namespace samklang::cli
