// samklang check [PATH...]
#include <fmt/format.h>

#include "cli/commands.h"
#include "engine/engine.h"
#include "project/config.h"
#include "project/discover.h"
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

// The configuration: --config, else samklang.toml found upward (none is fine
// when files are given).
std::expected<std::optional<Config>, Error> find_configuration(const CheckOptions& options) {
  std::string path = options.shared.config;
  if (path.empty()) {
    auto found = find_config(".");
    if (!found) return std::optional<Config>{};
    path = *found;
  }
  auto config = load_config(path);
  if (!config) return std::unexpected(config.error());
  return std::optional<Config>{std::move(*config)};
}

int run_check(const CheckOptions& options) {
  auto config = find_configuration(options);
  if (!config) return fail(config.error());

  RunOptions run_options;
  run_options.jobs = options.shared.jobs;
  std::optional<Lang> source_lang;
  if (!options.shared.source_lang.empty()) {
    if (!lang_is_plausible(options.shared.source_lang))
      return fail(
          {{},
           fmt::format("'--source-lang {}' is not a language tag", options.shared.source_lang)});
    source_lang = lang_canonical(options.shared.source_lang);
  } else if (*config) {
    source_lang = (*config)->source_lang;
  }

  if (!options.paths.empty()) {
    auto sets = documents_from_args(options.paths, source_lang);
    if (!sets) return fail(sets.error());
    run_options.documents = std::move(*sets);
  } else if (*config) {
    run_options.documents = documents_from_config(**config);
  } else {
    return fail({{},
                 "no samklang.toml found and no files given; run 'samklang init' or name the "
                 "files, e.g. 'samklang check sv=a.md en=b.md'"});
  }
  if (run_options.documents.empty()) return fail({{}, "no documents to check"});
  run_options.source_lang = run_options.documents.front().files.front().lang;

  if (!options.shared.terms.empty()) {
    run_options.termbases = options.shared.terms;
  } else if (*config) {
    for (const std::string& tb : (*config)->termbases)
      run_options.termbases.push_back(resolve_path(**config, tb));
  }
  if (*config) {
    run_options.rules = (*config)->rules;
    run_options.segmentation_dir = resolve_path(**config, (*config)->segmentation);
  } else {
    std::string rules = default_rules_dir();
    if (!rules.empty()) run_options.segmentation_dir = rules + "/segmentation";
  }

  auto result = run(run_options);
  if (!result) return fail(result.error());

  Report report{SAMKLANG_VERSION, run_options.source_lang, result->summary, result->findings};
  std::string text;
  if (options.shared.format == "json")
    text = render_json(report);
  else
    text = render_text(report, use_color(options.shared));
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
  add_shared_options(*sub, options->shared);
  sub->add_option("paths", options->paths,
                  "LANG=FILE, or a file whose language shows in its path (catalogs/<lang>/...); "
                  "none = the documents of samklang.toml");
  sub->callback([options] { throw CLI::RuntimeError(run_check(*options)); });
}

}  // namespace samklang::cli
