// samklang: the only code that reads argv, prints and chooses exit codes.
#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>

#include "cli/commands.h"

int main(int argc, char** argv) {
  using namespace samklang::cli;
  try {
    CLI::App app{"samklang: translation-consistency checker", "samklang"};
    app.set_version_flag("--version", std::string("samklang ") + SAMKLANG_VERSION);
    app.require_subcommand(1);
    setup_check(app);
    setup_accept(app);
    setup_status(app);
    setup_explain(app);
    setup_align(app);
    setup_terms(app);
    setup_init(app);
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
    std::cerr << "internal error: " << e.what() << '\n';
    return kExitError;
  } catch (...) {
    std::cerr << "internal error\n";
    return kExitError;
  }
}
