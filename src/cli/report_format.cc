#include "cli/report_format.h"

#include <filesystem>

#include "checks/registry.h"
#include "cli/i18n.h"

namespace samklang::cli {

namespace {

// The working folder, absolute; empty when it cannot be had (then paths are
// written as given).
std::string working_folder() {
  std::error_code ec;
  std::filesystem::path cwd = std::filesystem::current_path(ec);
  return ec ? std::string() : cwd.string();
}

std::vector<CheckedDocument> checked_documents(const RunResult& result) {
  std::vector<CheckedDocument> out;
  for (const PairResult& pair : result.pairs) out.push_back({pair.target_path, pair.lang});
  return out;
}

}  // namespace

std::vector<AlignedDocument> aligned_documents(const RunResult& result) {
  std::vector<AlignedDocument> out;
  for (const PairResult& pair : result.pairs) {
    // Pairs come in document order: a document's targets follow each other.
    if (out.empty() || out.back().name != pair.set || out.back().file != pair.source_path)
      out.push_back({pair.set, pair.source_path, pair.source_segments, {}});
    out.back().targets.push_back(
        {pair.lang, pair.target_path, pair.target_segments, pair.alignment});
  }
  return out;
}

const std::vector<std::string>& check_formats() {
  static const std::vector<std::string> formats{"text", "json", "sarif", "junit", "github", "html"};
  return formats;
}

std::vector<RuleInfo> rule_infos() {
  std::vector<RuleInfo> out;
  for (const CheckDef* def : all_checks())
    out.push_back({def->info.id, def->info.summary, def->info.help, def->info.default_severity});
  return out;
}

std::string render_check_report(const SharedOptions& options, const Report& report,
                                const RunResult& result) {
  const std::string& format = options.format;
  if (format == "json") return render_json(report);
  if (format == "sarif") return render_sarif(report, rule_infos(), working_folder());
  if (format == "github") return render_github(report, working_folder());
  if (format == "html") {
    Report with_documents = report;
    with_documents.documents = aligned_documents(result);
    return render_html(with_documents);
  }
  if (format == "junit") {
    std::optional<Severity> fail_on;
    if (options.fail_on != "never") fail_on = parse_severity(options.fail_on);
    return render_junit(report, checked_documents(result), fail_on);
  }
  return render_text(report, use_color(options), text_labels());
}

}  // namespace samklang::cli
