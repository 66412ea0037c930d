// samklang check [PATH...]
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/report_format.h"
#include "cli/run_options.h"
#include "engine/engine.h"
#include "report/report.h"

namespace samklang::cli {

namespace {

struct CheckOptions {
  SharedOptions shared;
  std::vector<std::string> paths;
};

std::optional<Severity> fail_threshold(const std::string& fail_on) {
  if (fail_on == "never") return std::nullopt;
  return parse_severity(fail_on);
}

int run_check(const CheckOptions& options) {
  auto run_options = run_options_for(options.shared, options.paths);
  if (!run_options) return fail(run_options.error());
  auto result = run(*run_options);
  if (!result) return fail(result.error());

  Report report{SAMKLANG_VERSION, run_options->source_lang, result->summary, result->findings};
  std::string text = render_check_report(options.shared, report, *result);
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
      app.add_subcommand("check", "check translations against the source and the termbase");
  add_shared_options(*sub, options->shared, check_formats());
  sub->add_option("paths", options->paths,
                  "LANG=FILE, or a file whose language shows in its path (catalogs/<lang>/...); "
                  "none = the documents of samklang.toml");
  sub->callback([options] { throw CLI::RuntimeError(run_check(*options)); });
}

}  // namespace samklang::cli
