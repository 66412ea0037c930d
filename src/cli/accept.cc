// samklang accept [--lang L] [--document D] [PATH...]: record the current
// translations as signed off in samklang.lock.
#include <fmt/format.h>

#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "cli/run_options.h"
#include "core/lang.h"
#include "engine/engine.h"
#include "project/lockfile.h"

namespace samklang::cli {

namespace {

namespace fs = std::filesystem;

struct AcceptOptions {
  SharedOptions shared;
  std::vector<std::string> langs;
  std::vector<std::string> documents;
  std::vector<std::string> paths;
};

std::string normal(const std::string& path) {
  return fs::path(path).lexically_normal().generic_string();
}

// --document names a document by its configured pattern, its lockfile key, or
// any of its files.
bool names(const std::string& wanted, const PairResult& pair) {
  std::string w = normal(wanted);
  return w == normal(pair.set) || w == normal(pair.document) || w == normal(pair.source_path) ||
         w == normal(pair.target_path);
}

int run_accept(const AcceptOptions& options) {
  auto run_options = run_options_for(options.shared, options.paths);
  if (!run_options) return fail(run_options.error());
  std::vector<Lang> langs;
  for (const std::string& tag : options.langs) {
    if (!lang_is_plausible(tag))
      return fail(Error{{}, fmt::format("'--lang {}' is not a language tag", tag)});
    langs.push_back(lang_canonical(tag));
  }
  // Reading the old lockfile first: a damaged one stops here, unchanged.
  auto old = load_lockfile(run_options->lockfile);
  if (!old) return fail(old.error());
  auto result = run(*run_options);
  if (!result) return fail(result.error());

  Lockfile lock = old->value_or(Lockfile{});
  std::vector<bool> lang_used(langs.size()), document_used(options.documents.size());
  std::string done;
  int total = 0;
  for (PairResult& pair : result->pairs) {
    auto lang = std::find(langs.begin(), langs.end(), pair.lang);
    if (!langs.empty() && lang == langs.end()) continue;
    auto document = std::find_if(options.documents.begin(), options.documents.end(),
                                 [&](const std::string& d) { return names(d, pair); });
    if (!options.documents.empty() && document == options.documents.end()) continue;
    if (lang != langs.end()) lang_used[static_cast<size_t>(lang - langs.begin())] = true;
    if (document != options.documents.end())
      document_used[static_cast<size_t>(document - options.documents.begin())] = true;
    auto count = static_cast<int>(pair.signoff.size());
    total += count;
    done += fmt::format("{}: {}: {} pair{} signed off\n", pair.target_path, pair.lang, count,
                        count == 1 ? "" : "s");
    replace_pairs(lock, pair.document, pair.lang, std::move(pair.signoff));
  }
  for (size_t i = 0; i < langs.size(); ++i)
    if (!lang_used[i])
      return fail(Error{{},
                        fmt::format("'--lang {}' matches no target language of the run; "
                                    "nothing was signed off",
                                    options.langs[i])});
  for (size_t i = 0; i < options.documents.size(); ++i)
    if (!document_used[i])
      return fail(Error{{},
                        fmt::format("'--document {}' matches no document of the run; "
                                    "nothing was signed off",
                                    options.documents[i])});
  if (auto error = save_lockfile(run_options->lockfile, lock)) return fail(*error);
  if (!options.shared.quiet) {
    std::cout << done
              << fmt::format("{}: {} pair{} signed off\n", run_options->lockfile, total,
                             total == 1 ? "" : "s");
  }
  return kExitClean;
}

}  // namespace

void setup_accept(CLI::App& app) {
  auto options = std::make_shared<AcceptOptions>();
  CLI::App* sub =
      app.add_subcommand("accept", "record the current translations as signed off (samklang.lock)");
  add_shared_options(*sub, options->shared);
  sub->add_option("--lang", options->langs, "sign off only this target language (repeatable)");
  sub->add_option("--document", options->documents,
                  "sign off only this document: its pattern in samklang.toml or one of its files "
                  "(repeatable)");
  sub->add_option("paths", options->paths,
                  "LANG=FILE, or a file whose language shows in its path; none = the documents "
                  "of samklang.toml");
  sub->callback([options] { throw CLI::RuntimeError(run_accept(*options)); });
}

}  // namespace samklang::cli
