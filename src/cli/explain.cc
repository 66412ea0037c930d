// samklang explain [RULE]
#include <fmt/format.h>

#include <iostream>

#include "checks/registry.h"
#include "cli/commands.h"
#include "cli/i18n.h"

namespace samklang::cli {

namespace {

int run_explain(const std::string& rule) {
  if (rule.empty()) {
    for (const CheckDef* def : all_checks())
      std::cout << fmt::format("{:<18} {:<8} {}\n", def->info.id,
                               severity_name(def->info.default_severity), def->info.summary);
    return kExitClean;
  }
  const CheckDef* def = find_check(rule);
  if (!def)
    return fail({{}, fmt::format("unknown rule '{}'; 'samklang explain' lists the rules", rule)});
  std::cout << fmt::format("{} ({} by default): {}\n\n{}\n", def->info.id,
                           severity_name(def->info.default_severity), def->info.summary,
                           def->info.help);
  return kExitClean;
}

}  // namespace

void setup_explain(CLI::App& app) {
  auto rule = std::make_shared<std::string>();
  CLI::App* sub =
      app.add_subcommand("explain", tr("what a rule checks, why, and how to fix or silence it"));
  sub->add_option("rule", *rule, tr("a rule id; none lists every rule"));
  sub->callback([rule] { throw CLI::RuntimeError(run_explain(*rule)); });
}

}  // namespace samklang::cli
