// load-error: an input could not be read or parsed. The engine reports it
// when a reader fails; there is nothing to check in a bitext.
#include "checks/check.h"

namespace samklang {
namespace {

class LoadError final : public Check {
 public:
  void run(const Bitext&, Emitter&) const override {}
};

}  // namespace

extern const CheckDef load_error{
    {"load-error", "an input could not be read or parsed",
     "A catalog could not be read: the file is missing, empty, binary, not valid UTF-8\n"
     "or UTF-16, or cannot be parsed in its format. The finding names the file, line and\n"
     "column of the problem; the run goes on with the other files.\n"
     "\n"
     "Example: catalogs/en/mission.md:3:12: error: invalid UTF-8 (byte 0xE4)\n"
     "\n"
     "Fix: save the file as UTF-8 (or UTF-16 with a byte-order mark), or mend its syntax.\n"
     "Silence: it cannot be silenced; remove the file from the run instead.",
     Severity::error},
    []() -> std::unique_ptr<Check> { return std::make_unique<LoadError>(); }};

}  // namespace samklang
