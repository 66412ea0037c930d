// samklang init: a commented starter samklang.toml and rules/terms.tsv.
#include <fmt/format.h>

#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "cli/i18n.h"
#include "core/lang.h"

namespace samklang::cli {

namespace {

namespace fs = std::filesystem;

struct InitOptions {
  std::string dir = ".";
  std::string source_lang;
  std::vector<std::string> targets;
  bool force = false;
};

std::string toml_list(const std::vector<std::string>& items) {
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i)
    out += fmt::format("{}\"{}\"", i == 0 ? "" : ", ", items[i]);
  return out + "]";
}

std::string starter_config(const std::string& source, const std::vector<std::string>& targets) {
  std::string ignore_lang = targets.empty() ? "th" : targets.front();
  std::string text = fmt::format(
      R"(# samklang configuration (written by `samklang init`).
# Paths are relative to this file. `samklang explain` lists the rules.

# The language the texts are written in first (required).
source = "{}"
# The languages they are translated into.
targets = {}
# Each document once, with {{lang}} where the language tag goes (Markdown,
# HTML, text, PO, XLIFF, TMX, JSON, ARB), e.g. "po/{{lang}}.po".
documents = ["catalogs/{{lang}}/index.md"]
# Termbases (.tsv or .tbx), merged in order; see rules/terms.tsv.
termbases = ["rules/terms.tsv"]
# Abbreviation lists (<lang>.txt) that keep "e.g." from ending a sentence.
# segmentation = "rules/segmentation"
# The project's punctuation conventions; the bundled ones by default.
# punctuation = "rules/punctuation.toml"

# Per rule: "error", "warning", "note" or "off".
[rules]
# segment-extra = "warning"
# alignment-uncertain = "off"

# Whether a change of quotes, dashes or spaces alone outdates a translation.
[outdated]
# typography = true

# Names and codes that stay the same in a translation.
[untranslated]
# keep = ["GNOME", "Civil Rights Defenders"]

# Per target language: rules whose findings in that language are dropped.
# [languages.{}]
# ignore = ["punctuation"]

# The accepted findings (`samklang check --update-baseline`).
[baseline]
# path = "samklang.baseline"
)",
      source, toml_list(targets), ignore_lang);
  return text;
}

constexpr const char* kStarterTerms =
    "concept\tlang\tterm\tstatus\tnote\n"
    "# samklang termbase: one term per row, tab-separated, lines starting with # are comments.\n"
    "# concept: an id you choose; lang: a language tag or * for all; status: preferred,\n"
    "# admitted, forbidden or dnt (do not translate); note: shown with the findings.\n"
    "# Optional columns: match (stem, exact, prefix, regex, compound), case.\n"
    "# Two examples; remove the leading '# ' to use them:\n"
    "# crd\t*\tCivil Rights Defenders\tdnt\torganisation name, never translated\n"
    "# ccpr\ten\tcivic and political rights\tforbidden\tuse \"civil and political rights\"\n";

int run_init(const InitOptions& options) {
  std::string source = options.source_lang.empty() ? "en" : options.source_lang;
  if (!lang_is_plausible(source))
    return fail({{}, fmt::format("'{}' is not a language tag; use e.g. --source-lang sv", source)});
  std::vector<std::string> targets;
  for (const std::string& tag : options.targets) {
    if (!lang_is_plausible(tag))
      return fail({{}, fmt::format("'{}' is not a language tag; use e.g. --target en", tag)});
    targets.push_back(lang_canonical(tag));
  }
  fs::path dir(options.dir);
  auto shown = [&](const fs::path& relative) {
    return options.dir == "." ? relative.string() : (dir / relative).string();
  };
  const fs::path config_path = dir / "samklang.toml";
  const fs::path terms_path = dir / "rules" / "terms.tsv";
  if (!options.force) {
    // Check both before writing either, so a refusal leaves nothing half done.
    for (const fs::path& relative : {fs::path("samklang.toml"), fs::path("rules") / "terms.tsv"}) {
      std::error_code ec;
      if (fs::exists(dir / relative, ec) || ec)
        return fail({{shown(relative), 0, 0}, "already exists; remove it or use --force"});
    }
  }
  std::error_code ec;
  fs::create_directories(dir / "rules", ec);
  if (ec)
    return fail(
        {{shown("rules"), 0, 0}, fmt::format("cannot create the folder: {}", ec.message())});
  if (auto error =
          write_output(config_path.string(), starter_config(lang_canonical(source), targets)))
    return fail({{shown("samklang.toml"), 0, 0}, error->message});
  if (auto error = write_output(terms_path.string(), kStarterTerms))
    return fail({{shown(fs::path("rules") / "terms.tsv"), 0, 0}, error->message});
  std::cout << fmt::format(fmt::runtime(tr("wrote {} and {}")), shown("samklang.toml"),
                           shown(fs::path("rules") / "terms.tsv"))
            << '\n';
  return kExitClean;
}

}  // namespace

void setup_init(CLI::App& app) {
  auto options = std::make_shared<InitOptions>();
  CLI::App* sub = app.add_subcommand("init", tr("write a starter samklang.toml and rules/"));
  sub->add_option("--dir", options->dir, tr("the folder to write into (default: the current one)"));
  sub->add_option("--source-lang", options->source_lang, tr("the source language (default: en)"));
  sub->add_option("--target", options->targets, tr("a target language (repeatable)"))
      ->allow_extra_args(false);
  sub->add_flag("--force", options->force, tr("overwrite existing files"));
  sub->callback([options] { throw CLI::RuntimeError(run_init(*options)); });
}

}  // namespace samklang::cli
