// samklang align SRC TGT: print the alignment of two documents.
#include <fmt/format.h>

#include "cli/commands.h"
#include "engine/engine.h"
#include "project/config.h"
#include "project/discover.h"

namespace samklang::cli {

namespace {

struct AlignOptions {
  SharedOptions shared;
  std::string source;
  std::string target;
  std::string format = "text";
};

std::string indices(const std::vector<uint32_t>& list) {
  std::string out;
  for (size_t i = 0; i < list.size(); ++i) out += (i ? ", " : "") + std::to_string(list[i]);
  return out;
}

std::string render(const AlignedPair& pair, const std::string& format) {
  std::string out;
  for (const Link& link : pair.links) {
    if (format == "beads") {
      out += fmt::format("[{}]:[{}]\n", indices(link.src), indices(link.tgt));
      continue;
    }
    std::string src;
    for (uint32_t s : link.src) src += (src.empty() ? "" : " ") + pair.source[s];
    std::string tgt;
    for (uint32_t t : link.tgt) tgt += (tgt.empty() ? "" : " ") + pair.target[t];
    if (format == "tsv") {
      out += fmt::format("{}\t{}\t{:.2f}\n", src, tgt, link.confidence);
    } else {
      out += fmt::format("[{}]:[{}] {:.2f}\n  < {}\n  > {}\n", indices(link.src), indices(link.tgt),
                         link.confidence, src, tgt);
    }
  }
  return out;
}

std::expected<DocumentFile, Error> document(const std::string& arg) {
  auto sets = documents_from_args({arg}, std::nullopt);
  if (!sets) return std::unexpected(sets.error());
  return sets->front().files.front();
}

int run_align(const AlignOptions& options) {
  auto source = document(options.source);
  if (!source) return fail(source.error());
  auto target = document(options.target);
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
  if (auto error = write_output(options.shared.output, render(*pair, options.format)))
    return fail(*error);
  return kExitClean;
}

}  // namespace

void setup_align(CLI::App& app) {
  auto options = std::make_shared<AlignOptions>();
  CLI::App* sub = app.add_subcommand("align", "print the sentence alignment of two documents");
  sub->add_option("source", options->source, "LANG=FILE or a file whose path names its language")
      ->required();
  sub->add_option("target", options->target, "LANG=FILE or a file whose path names its language")
      ->required();
  sub->add_option("--terms", options->shared.terms, "termbase file (.tsv), repeatable");
  sub->add_option("--output", options->shared.output, "write to this file");
  sub->add_option("--format", options->format, "text, tsv or beads")
      ->check(CLI::IsMember({"text", "tsv", "beads"}));
  sub->callback([options] { throw CLI::RuntimeError(run_align(*options)); });
}

}  // namespace samklang::cli
