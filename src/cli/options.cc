#include "cli/options.h"

#include <fmt/format.h>
#include <unistd.h>

#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/i18n.h"

namespace samklang::cli {
namespace fs = std::filesystem;

namespace {

// --jobs N: a whole number of threads, 0 for one per core.
std::string check_jobs(std::string& value) {
  unsigned jobs = 0;
  auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), jobs);
  if (value.empty() || ec != std::errc() || end != value.data() + value.size())
    return fmt::format(
        "'--jobs {}' is not a number of threads; give 1 or more, or 0 for one per core", value);
  return "";
}

}  // namespace

void add_shared_options(CLI::App& app, SharedOptions& options,
                        const std::vector<std::string>& formats) {
  app.add_option("--config", options.config, tr("samklang.toml to use (default: found upward)"));
  app.add_option("--source-lang", options.source_lang,
                 tr("the source language (default: the first given)"));
  // One value per occurrence: `--terms a.tsv sv=x.md` leaves sv=x.md to the
  // paths (a repeatable option would take every word up to the next option).
  app.add_option("--terms", options.terms,
                 tr("termbase file (.tsv), repeatable; replaces the configured ones"))
      ->allow_extra_args(false);
  app.add_option("--format", options.format, tr("output format"))->check(CLI::IsMember(formats));
  app.add_option("--output", options.output, tr("write the report to this file"));
  app.add_option("--fail-on", options.fail_on, tr("exit 1 when a finding is at least this severe"))
      ->check(CLI::IsMember({"error", "warning", "note", "never"}));
  app.add_option("--jobs", options.jobs, tr("threads (default and 0: one per core)"))
      ->check(CLI::Validator(check_jobs, "N", "JOBS"));
  app.add_option("--color", options.color, tr("colour the text output"))
      ->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_flag("--quiet", options.quiet, tr("print nothing but errors; the exit code tells"));
}

int fail(const Error& error) {
  std::cerr << diagnostic(error.where, Severity::error, error.message) << '\n';
  return kExitError;
}

std::optional<Error> write_output(const std::string& path, const std::string& text) {
  if (path.empty()) {
    std::cout << text;
    std::cout.flush();
    return std::nullopt;
  }
  fs::path target(path);
  fs::path temp = target;
  temp += fmt::format(".tmp{}", ::getpid());
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out << text;
    out.flush();
    if (!out) {
      std::error_code ignored;
      fs::remove(temp, ignored);
      return Error{{path, 0, 0}, "cannot write the output file"};
    }
  }
  std::error_code ec;
  fs::rename(temp, target, ec);
  if (ec) {
    fs::remove(temp, ec);
    return Error{{path, 0, 0}, "cannot write the output file: " + ec.message()};
  }
  return std::nullopt;
}

bool use_color(const SharedOptions& options) {
  if (options.color == "always") return true;
  if (options.color == "never" || !options.output.empty()) return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  return ::isatty(STDOUT_FILENO) != 0;
}

std::string default_rules_dir() {
  std::error_code ec;
  if (fs::is_directory("rules", ec)) return "rules";
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path installed = exe.parent_path().parent_path() / "share" / "samklang" / "rules";
    if (fs::is_directory(installed, ec)) return installed.string();
  }
#ifdef SAMKLANG_RULES_DIR
  if (fs::is_directory(SAMKLANG_RULES_DIR, ec)) return SAMKLANG_RULES_DIR;
#endif
  return "";
}

}  // namespace samklang::cli
