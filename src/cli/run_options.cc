#include "cli/run_options.h"

#include <fmt/format.h>

#include <filesystem>

#include "project/config.h"
#include "project/discover.h"

namespace samklang::cli {

namespace {

// --config, else samklang.toml found upward (none is fine when files are given).
std::expected<std::optional<Config>, Error> find_configuration(const SharedOptions& shared) {
  std::string path = shared.config;
  if (path.empty()) {
    auto found = find_config(".");
    if (!found) return std::optional<Config>{};
    path = *found;
  }
  auto config = load_config(path);
  if (!config) return std::unexpected(config.error());
  return std::optional<Config>{std::move(*config)};
}

// The punctuation rules files: the bundled one (installed, else the source
// tree's, else ./rules), then the project's own: the configured one, else
// rules/punctuation.toml beside samklang.toml when there is one.
std::vector<std::string> punctuation_rules(const std::optional<Config>& config) {
  namespace fs = std::filesystem;
  std::vector<std::string> out;
  std::error_code ec;
  std::vector<fs::path> bundled;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) bundled.push_back(exe.parent_path().parent_path() / "share/samklang/rules");
#ifdef SAMKLANG_RULES_DIR
  bundled.emplace_back(SAMKLANG_RULES_DIR);
#endif
  bundled.emplace_back("rules");
  for (const fs::path& dir : bundled) {
    if (fs::is_regular_file(dir / "punctuation.toml", ec)) {
      out.push_back((dir / "punctuation.toml").string());
      break;
    }
  }
  if (!config) return out;
  bool named = !config->punctuation.empty();
  std::string own = resolve_path(*config, named ? config->punctuation : "rules/punctuation.toml");
  if (!named && !fs::is_regular_file(own, ec)) return out;
  if (!out.empty() && fs::equivalent(out.front(), own, ec)) return out;
  out.push_back(own);
  return out;
}

}  // namespace

std::expected<RunOptions, Error> run_options_for(const SharedOptions& shared,
                                                 const std::vector<std::string>& paths) {
  auto config = find_configuration(shared);
  if (!config) return std::unexpected(config.error());

  RunOptions out;
  out.jobs = shared.jobs;
  std::optional<Lang> source_lang;
  if (!shared.source_lang.empty()) {
    if (!lang_is_plausible(shared.source_lang))
      return std::unexpected(
          Error{{}, fmt::format("'--source-lang {}' is not a language tag", shared.source_lang)});
    source_lang = lang_canonical(shared.source_lang);
  } else if (*config) {
    source_lang = (*config)->source_lang;
  }

  if (!paths.empty()) {
    auto sets = documents_from_args(paths, source_lang);
    if (!sets) return std::unexpected(sets.error());
    out.documents = std::move(*sets);
  } else if (*config) {
    out.documents = documents_from_config(**config);
  } else {
    return std::unexpected(Error{{},
                                 "no samklang.toml found and no files given; name the files, "
                                 "e.g. 'samklang check sv=a.md en=b.md', or write a "
                                 "samklang.toml (see the README)"});
  }
  if (out.documents.empty()) return std::unexpected(Error{{}, "no documents to check"});
  out.source_lang = out.documents.front().files.front().lang;

  if (!shared.terms.empty()) {
    out.termbases = shared.terms;
  } else if (*config) {
    for (const std::string& tb : (*config)->termbases)
      out.termbases.push_back(resolve_path(**config, tb));
  }
  // The lockfile lies beside samklang.toml, else in the working folder.
  out.lockfile = *config ? resolve_path(**config, "samklang.lock") : std::string("samklang.lock");
  if (*config) {
    out.outdated_typography = (*config)->outdated_typography;
    out.untranslated_keep = (*config)->untranslated_keep;
    out.rules = (*config)->rules;
    out.language_ignores = (*config)->language_ignores;
    out.segmentation_dir = resolve_path(**config, (*config)->segmentation);
  } else {
    std::string rules = default_rules_dir();
    if (!rules.empty()) out.segmentation_dir = rules + "/segmentation";
  }
  out.punctuation_rules = punctuation_rules(*config);
  return out;
}

std::expected<std::string, Error> default_baseline(const SharedOptions& shared) {
  auto config = find_configuration(shared);
  if (!config) return std::unexpected(config.error());
  if (!*config) return std::string("samklang.baseline");
  const Config& c = **config;
  return resolve_path(c, c.baseline.empty() ? std::string("samklang.baseline") : c.baseline);
}

}  // namespace samklang::cli
