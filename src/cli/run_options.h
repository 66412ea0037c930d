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

}  // namespace samklang::cli
