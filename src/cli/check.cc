// samklang check [PATH...]
#include <fmt/format.h>

#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "cli/i18n.h"
#include "cli/progress.h"
#include "cli/report_format.h"
#include "cli/run_options.h"
#include "engine/engine.h"
#include "project/baseline.h"
#include "report/report.h"

namespace samklang::cli {

namespace {

struct CheckOptions {
  SharedOptions shared;
  std::vector<std::string> paths;
  std::string baseline;  // --baseline; empty = the project's
  bool update_baseline = false;
};

std::optional<Severity> fail_threshold(const std::string& fail_on) {
  if (fail_on == "never") return std::nullopt;
  return parse_severity(fail_on);
}

// The baseline file to read (and, with --update-baseline, to write).
std::expected<std::string, Error> baseline_path(const CheckOptions& options) {
  if (options.baseline.empty()) return default_baseline(options.shared);
  std::error_code ec;
  if (!options.update_baseline && !std::filesystem::exists(options.baseline, ec))
    return std::unexpected(Error{{options.baseline, 0, 0},
                                 "no such baseline; write it with 'samklang check "
                                 "--update-baseline --baseline " +
                                     options.baseline + "'"});
  return options.baseline;
}

// "3 baselined, 1 silenced by comments", or "" when nothing was held back.
std::string held_back(const RunResult& result) {
  std::string out;
  if (!result.baselined.empty())
    out = count_of("{} baselined", "{} baselined", static_cast<long long>(result.baselined.size()));
  if (result.silenced > 0)
    out += (out.empty() ? "" : ", ") +
           count_of("{} silenced by comments", "{} silenced by comments", result.silenced);
  return out;
}

int run_check(const CheckOptions& options) {
  auto run_options = run_options_for(options.shared, options.paths);
  if (!run_options) return fail(run_options.error());
  auto baseline = baseline_path(options);
  if (!baseline) return fail(baseline.error());
  run_options->baseline = *baseline;
  ProgressBar progress(options.shared);
  progress.attach(*run_options);
  auto result = run(*run_options);
  progress.finish();
  if (!result) return fail(result.error());

  if (options.update_baseline && result->updated_baseline) {
    if (auto error = save_baseline(*baseline, *result->updated_baseline)) return fail(*error);
    if (!options.shared.quiet)
      std::cerr << fmt::format(
          "{}: {} ({}, {})\n", *baseline,
          count_of("{} accepted finding", "{} accepted findings",
                   static_cast<long long>(result->updated_baseline->entries.size())),
          count_of("{} added", "{} added", static_cast<long long>(result->findings.size())),
          count_of("{} pruned", "{} pruned", static_cast<long long>(result->stale.size())));
    // Every finding of the run is accepted now.
    for (Finding& f : result->findings) {
      if (!f.target_lang.empty()) result->summary[f.target_lang].findings--;
      result->baselined.push_back(std::move(f));
    }
    result->findings.clear();
    result->stale.clear();
  }
  if (!options.shared.quiet) {
    for (const BaselineEntry& entry : result->stale)
      std::cerr << diagnostic(entry.where, Severity::note,
                              fmt::format(fmt::runtime(tr("no {} finding in {} matches this entry "
                                                          "any more ({}); prune it with 'samklang "
                                                          "check --update-baseline'")),
                                          entry.rule, entry.file, entry.context))
                << '\n';
  }

  Report report{SAMKLANG_VERSION, run_options->source_lang, result->summary, result->findings};
  std::string text = render_check_report(options.shared, report, *result);
  if (options.shared.format == "text") {
    if (std::string line = held_back(*result); !line.empty()) text += line + "\n";
  }
  if (!options.shared.quiet || !options.shared.output.empty()) {
    if (auto error = write_output(options.shared.output, text)) return fail(*error);
  }

  auto threshold = fail_threshold(options.shared.fail_on);
  if (!threshold) return kExitClean;
  for (const Finding& f : result->findings)
    if (f.severity >= *threshold) return kExitFindings;
  return kExitClean;
}

}  // namespace

void setup_check(CLI::App& app) {
  auto options = std::make_shared<CheckOptions>();
  CLI::App* sub =
      app.add_subcommand("check", tr("check translations against the source and the termbase"));
  add_shared_options(*sub, options->shared, check_formats());
  sub->add_option("paths", options->paths,
                  tr("LANG=FILE, or a file whose language shows in its path (catalogs/<lang>/...); "
                     "none = the documents of samklang.toml"));
  sub->add_option("--baseline", options->baseline,
                  tr("the accepted findings (default: samklang.baseline beside samklang.toml)"));
  sub->add_flag("--update-baseline", options->update_baseline,
                tr("accept every finding of this run: write the baseline, keep its reasons, "
                   "prune entries that match nothing"));
  sub->callback([options] { throw CLI::RuntimeError(run_check(*options)); });
}

}  // namespace samklang::cli
