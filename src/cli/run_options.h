// What check and terms table run on: the configuration (--config or found
// upward), the documents (command line or configuration), termbases, rules.
#pragma once

#include <expected>
#include <string>
#include <vector>

#include "cli/options.h"
#include "engine/engine.h"

namespace samklang::cli {

std::expected<RunOptions, Error> run_options_for(const SharedOptions& shared,
                                                 const std::vector<std::string>& paths);

// The project's baseline: the configuration's [baseline] path, else
// samklang.baseline beside samklang.toml, else in the working folder.
std::expected<std::string, Error> default_baseline(const SharedOptions& shared);

}  // namespace samklang::cli
