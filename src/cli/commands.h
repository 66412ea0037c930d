// One setup function per subcommand. Each registers its options and a
// callback that ends by throwing CLI::RuntimeError(exit code).
#pragma once

#include <CLI/CLI.hpp>

#include "cli/options.h"

namespace samklang::cli {

void setup_check(CLI::App& app);
void setup_accept(CLI::App& app);
void setup_status(CLI::App& app);
void setup_explain(CLI::App& app);
void setup_align(CLI::App& app);
void setup_terms(CLI::App& app);
void setup_terms_table(CLI::App& terms);  // under "terms"
void setup_init(CLI::App& app);

}  // namespace samklang::cli
