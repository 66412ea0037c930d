// Options shared by the subcommands, and small helpers for output and exit codes.
#pragma once

#include <CLI/CLI.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/finding.h"
#include "core/location.h"

namespace samklang::cli {

// Exit codes of the public contract.
constexpr int kExitClean = 0;
constexpr int kExitFindings = 1;
constexpr int kExitError = 2;

struct SharedOptions {
  std::string config;
  std::string source_lang;
  std::vector<std::string> terms;
  std::string format = "text";
  std::string output;
  std::string fail_on = "error";
  unsigned jobs = 0;
  std::string color = "auto";
  bool quiet = false;
};

// `formats`: the values --format accepts, the first the default.
void add_shared_options(CLI::App& app, SharedOptions& options,
                        const std::vector<std::string>& formats = {"text", "json"});

// Prints "path:line:col: error: message" on stderr; returns kExitError.
int fail(const Error& error);

// Writes `text` to `path` atomically (temporary file, then rename), or to
// stdout when `path` is empty.
std::optional<Error> write_output(const std::string& path, const std::string& text);

// Whether to colour text written to stdout.
bool use_color(const SharedOptions& options);

// The folder holding the default rules (segmentation lists): ./rules, or the
// installed share/samklang/rules, or the source tree's.
std::string default_rules_dir();

}  // namespace samklang::cli
