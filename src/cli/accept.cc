// samklang accept [--lang L] [--document D] [--source-commit] [PATH...]:
// record the current translations as signed off in samklang.lock, and in
// the source_commit of a Markdown translation's front matter.
#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "cli/i18n.h"
#include "cli/progress.h"
#include "cli/run_options.h"
#include "core/lang.h"
#include "engine/engine.h"
#include "formats/front_matter.h"
#include "formats/reader.h"
#include "project/git_source.h"
#include "project/lockfile.h"

namespace samklang::cli {

namespace {

namespace fs = std::filesystem;

struct AcceptOptions {
  SharedOptions shared;
  std::vector<std::string> langs;
  std::vector<std::string> documents;
  std::vector<std::string> paths;
  bool source_commit = false;  // add source_commit to Markdown translations that lack it
};

// A Markdown translation's new text, with source_commit set to HEAD.
struct CommitUpdate {
  std::string path;
  std::string text;
  std::string commit;
};

// The update of `pair`'s target, or nullopt when there is none to make: not
// Markdown, no source_commit and no --source-commit, or already at HEAD.
// Every byte but the value's stays as it is (a UTF-8 BOM too).
std::expected<std::optional<CommitUpdate>, Error> source_commit_update(const PairResult& pair,
                                                                       bool add) {
  if (format_for_path(pair.target_path) != "markdown") return std::nullopt;
  std::ifstream in(pair.target_path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  if (!in) return std::unexpected(Error{{pair.target_path, 0, 0}, "cannot read the file"});
  std::string bytes = buffer.str();
  std::string bom = bytes.starts_with("\xEF\xBB\xBF") ? bytes.substr(0, 3) : "";
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
    if (!add) return std::nullopt;
    return std::unexpected(
        Error{{pair.target_path, 0, 0}, "cannot set source_commit in a UTF-16 file"});
  }
  std::string_view content = std::string_view(bytes).substr(bom.size());
  auto front = parse_front_matter(content, pair.target_path);
  if (!front) return std::unexpected(front.error());
  bool has =
      *front && std::any_of((*front)->fields.begin(), (*front)->fields.end(),
                            [](const FrontMatterField& f) { return f.key == "source_commit"; });
  if (!has && !add) return std::nullopt;
  auto head = head_commit(pair.source_path);
  if (!head)
    return std::unexpected(
        Error{{pair.target_path, 0, 0},
              fmt::format("cannot set source_commit: {}", head.error().message)});
  if (head->file_changed)
    std::cerr << diagnostic({pair.source_path, 0, 0}, Severity::warning,
                            fmt::format(fmt::runtime(tr("changes not committed; source_commit of "
                                                        "'{}' names HEAD all the same, commit the "
                                                        "source to make it exact")),
                                        pair.target_path))
              << '\n';
  auto text = set_front_matter_value(content, pair.target_path, "source_commit", head->id);
  if (!text) return std::unexpected(text.error());
  if (*text == content) return std::nullopt;
  return CommitUpdate{pair.target_path, bom + *text, head->id};
}

// Writes atomically, keeping the file's permissions.
std::optional<Error> write_update(const CommitUpdate& update) {
  std::error_code ec;
  fs::perms perms = fs::status(update.path, ec).permissions();
  if (auto error = write_output(update.path, update.text)) return error;
  if (!ec) fs::permissions(update.path, perms, ec);
  return std::nullopt;
}

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
  ProgressBar progress(options.shared);
  progress.attach(*run_options);
  auto result = run(*run_options);
  progress.finish();
  if (!result) return fail(result.error());

  Lockfile lock = old->value_or(Lockfile{});
  std::vector<bool> lang_used(langs.size()), document_used(options.documents.size());
  std::string done;
  int total = 0;
  std::vector<CommitUpdate> updates;  // made after the lockfile, all checked before either
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
    done += fmt::format("{}: {}: {}\n", pair.target_path, pair.lang,
                        count_of("{} pair signed off", "{} pairs signed off", count));
    auto update = source_commit_update(pair, options.source_commit);
    if (!update) return fail(update.error());
    if (*update) updates.push_back(std::move(**update));
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
  for (const CommitUpdate& update : updates) {
    if (auto error = write_update(update)) return fail(*error);
    done += fmt::format("{}: source_commit {}\n", update.path, update.commit.substr(0, 12));
  }
  if (!options.shared.quiet) {
    std::cout << done
              << fmt::format("{}: {}\n", run_options->lockfile,
                             count_of("{} pair signed off", "{} pairs signed off", total));
  }
  return kExitClean;
}

}  // namespace

void setup_accept(CLI::App& app) {
  auto options = std::make_shared<AcceptOptions>();
  CLI::App* sub = app.add_subcommand(
      "accept", tr("record the current translations as signed off (samklang.lock)"));
  add_shared_options(*sub, options->shared);
  sub->add_option("--lang", options->langs, tr("sign off only this target language (repeatable)"))
      ->allow_extra_args(false);
  sub->add_option("--document", options->documents,
                  tr("sign off only this document: its pattern in samklang.toml or one of its "
                     "files (repeatable)"))
      ->allow_extra_args(false);
  sub->add_flag("--source-commit", options->source_commit,
                tr("also give Markdown translations without one a source_commit in their front "
                   "matter (the source's HEAD)"));
  sub->add_option("paths", options->paths,
                  tr("LANG=FILE, or a file whose language shows in its path; none = the "
                     "documents of samklang.toml"));
  sub->callback([options] { throw CLI::RuntimeError(run_accept(*options)); });
}

}  // namespace samklang::cli
