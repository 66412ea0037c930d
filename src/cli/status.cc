// samklang status [PATH...]: per document and target language, segments,
// words, translated, missing, outdated and fuzzy, as text, JSON or Markdown.
#include "cli/commands.h"
#include "cli/i18n.h"
#include "cli/progress.h"
#include "cli/run_options.h"
#include "engine/engine.h"
#include "report/status_report.h"

namespace samklang::cli {

namespace {

struct StatusOptions {
  SharedOptions shared;
  std::vector<std::string> paths;
};

int run_status(const StatusOptions& options) {
  auto run_options = run_options_for(options.shared, options.paths);
  if (!run_options) return fail(run_options.error());
  ProgressBar progress(options.shared);
  progress.attach(*run_options);
  auto result = run(*run_options);
  progress.finish();
  if (!result) return fail(result.error());
  std::vector<StatusRow> rows;
  for (const PairResult& pair : result->pairs) {
    // A configured pattern names the document; files given on the command
    // line are named by the source file.
    bool pattern = pair.set.find("{lang}") != std::string::npos;
    rows.push_back(
        {pattern ? pair.set : pair.source_path, pair.lang, pair.target_path, pair.status});
  }
  std::string text;
  if (options.shared.format == "json")
    text = render_status_json(rows, SAMKLANG_VERSION);
  else if (options.shared.format == "markdown")
    text = render_status_markdown(rows, status_labels());
  else
    text = render_status_text(rows, status_labels());
  if (!options.shared.quiet || !options.shared.output.empty()) {
    if (auto error = write_output(options.shared.output, text)) return fail(*error);
  }
  return kExitClean;
}

}  // namespace

void setup_status(CLI::App& app) {
  auto options = std::make_shared<StatusOptions>();
  CLI::App* sub = app.add_subcommand(
      "status",
      tr("per document and language: segments, words, translated, missing, outdated, fuzzy"));
  add_shared_options(*sub, options->shared, {"text", "json", "markdown"});
  sub->add_option("paths", options->paths,
                  tr("LANG=FILE, or a file whose language shows in its path; none = the "
                     "documents of samklang.toml"));
  sub->callback([options] { throw CLI::RuntimeError(run_status(*options)); });
}

}  // namespace samklang::cli
