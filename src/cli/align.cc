// samklang align SRC TGT: print the alignment of two documents.
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/i18n.h"
#include "engine/engine.h"
#include "project/config.h"
#include "project/discover.h"
#include "report/align_report.h"

namespace samklang::cli {

namespace {

struct AlignOptions {
  SharedOptions shared;
  std::string source;
  std::string target;
  std::string format = "text";
  std::string input_format;  // empty = by extension
};

std::string render(const AlignReport& report, const std::string& format) {
  if (format == "beads") return render_align_beads(report);
  if (format == "tsv") return render_align_tsv(report);
  if (format == "json") return render_align_json(report);
  if (format == "html") return render_align_html(report);
  return render_align_text(report);
}

std::expected<DocumentFile, Error> document(const std::string& arg, const std::string& format) {
  auto sets = documents_from_args({arg}, std::nullopt);
  if (!sets) return std::unexpected(sets.error());
  DocumentFile file = sets->front().files.front();
  file.format = format;
  return file;
}

int run_align(const AlignOptions& options) {
  auto source = document(options.source, options.input_format);
  if (!source) return fail(source.error());
  auto target = document(options.target, options.input_format);
  if (!target) return fail(target.error());
  std::vector<std::string> termbases = options.shared.terms;
  std::string segmentation = default_rules_dir();
  if (!segmentation.empty()) segmentation += "/segmentation";
  if (auto found = find_config("."); found && options.shared.config.empty()) {
    auto config = load_config(*found);
    if (!config) return fail(config.error());
    if (termbases.empty())
      for (const auto& tb : config->termbases) termbases.push_back(resolve_path(*config, tb));
    segmentation = resolve_path(*config, config->segmentation);
  }
  auto pair = align_pair(*source, *target, termbases, segmentation);
  if (!pair) return fail(pair.error());
  AlignReport report{{source->path, source->lang, std::move(pair->source)},
                     {target->path, target->lang, std::move(pair->target)},
                     std::move(pair->links)};
  if (auto error = write_output(options.shared.output, render(report, options.format)))
    return fail(*error);
  return kExitClean;
}

}  // namespace

void setup_align(CLI::App& app) {
  auto options = std::make_shared<AlignOptions>();
  CLI::App* sub = app.add_subcommand("align", tr("print the sentence alignment of two documents"));
  sub->add_option("source", options->source,
                  tr("LANG=FILE or a file whose path names its language"))
      ->required();
  sub->add_option("target", options->target,
                  tr("LANG=FILE or a file whose path names its language"))
      ->required();
  sub->add_option("--terms", options->shared.terms, tr("termbase file (.tsv), repeatable"))
      ->allow_extra_args(false);
  sub->add_option("--output", options->shared.output, tr("write to this file"));
  sub->add_option("--format", options->format, tr("text, tsv, json, html or beads"))
      ->check(CLI::IsMember({"text", "tsv", "json", "html", "beads"}));
  sub->add_option("--input-format", options->input_format,
                  tr("lines: one sentence per line, a blank line between paragraphs"))
      ->check(CLI::IsMember({"lines"}));
  sub->callback([options] { throw CLI::RuntimeError(run_align(*options)); });
}

}  // namespace samklang::cli
