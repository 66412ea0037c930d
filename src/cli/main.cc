// samklang: the only code that reads argv, prints and chooses exit codes.
#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>

#include "cli/commands.h"
#include "cli/i18n.h"

namespace {

// CLI11's own words in the help text, and the groups every subcommand
// inherits; set before the subcommands are added.
void translate_help(CLI::App& app) {
  using samklang::cli::tr;
  auto formatter = app.get_formatter();
  // TRANSLATORS: CLI11's words in `samklang --help`; the upper-case ones
  // stand for a value, as in "samklang [OPTIONS] SUBCOMMAND".
  formatter->label("Usage", tr("Usage"));
  formatter->label("OPTIONS", tr("OPTIONS"));
  formatter->label("SUBCOMMAND", tr("SUBCOMMAND"));
  formatter->label("SUBCOMMANDS", tr("SUBCOMMANDS"));
  formatter->label("Positionals", tr("Positionals"));
  formatter->label("REQUIRED", tr("REQUIRED"));
  formatter->label("Needs", tr("Needs"));
  formatter->label("Excludes", tr("Excludes"));
  app.option_defaults()->group(tr("Options"));
  app.set_help_flag("-h,--help", tr("Print this help message and exit"));
}

// The group title of every subcommand, below `app` too.
void translate_subcommand_groups(CLI::App& app) {
  for (CLI::App* sub : app.get_subcommands({})) {
    sub->group(samklang::cli::tr("Subcommands"));
    translate_subcommand_groups(*sub);
  }
}

}  // namespace

int main(int argc, char** argv) {
  using namespace samklang::cli;
  try {
    init_messages();
    CLI::App app{tr("samklang: translation-consistency checker"), "samklang"};
    translate_help(app);
    app.set_version_flag("--version", std::string("samklang ") + SAMKLANG_VERSION,
                         tr("Display program version information and exit"));
    app.require_subcommand(1);
    setup_check(app);
    setup_accept(app);
    setup_status(app);
    setup_explain(app);
    setup_align(app);
    setup_terms(app);
    setup_init(app);
    translate_subcommand_groups(app);
    try {
      app.parse(argc, argv);
    } catch (const CLI::RuntimeError& done) {
      return done.get_exit_code();
    } catch (const CLI::ParseError& e) {
      int code = app.exit(e);
      return code == 0 ? kExitClean : kExitError;
    }
    return kExitClean;
  } catch (const std::exception& e) {
    std::cerr << tr("internal error") << ": " << e.what() << '\n';
    return kExitError;
  } catch (...) {
    std::cerr << tr("internal error") << '\n';
    return kExitError;
  }
}
