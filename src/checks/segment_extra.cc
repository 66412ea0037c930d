// segment-extra: a target segment with no source (a 0-1 link).
#include <fmt/format.h>

#include "checks/check.h"

namespace samklang {
namespace {

class SegmentExtra final : public Check {
 public:
  void run(const Bitext& bitext, Emitter& emit) const override {
    for (const Link& link : bitext.alignment) {
      if (!link.src.empty()) continue;
      for (uint32_t t : link.tgt) {
        emit.emit(
            std::nullopt, Anchor{t, 0},
            message_text("'{}' has no counterpart in the source", bitext.target.segments[t].text),
            message_text("remove it, or add the source text it translates"));
      }
    }
  }
};

}  // namespace

extern const CheckDef segment_extra{
    {"segment-extra", "a target segment has no source",
     "The aligner found a target sentence or heading with no counterpart in the source\n"
     "(a 0-1 link): text added by the translator, or left over after the source lost a\n"
     "sentence.\n"
     "\n"
     "Example: en 'We also run a podcast.' with nothing like it in sv\n"
     "  -> 'We also run a podcast.' has no counterpart in the source\n"
     "\n"
     "Fix: remove the sentence, or add to the source what it translates.\n"
     "Silence: set segment-extra = \"off\" under [rules] in samklang.toml.",
     Severity::warning},
    []() -> std::unique_ptr<Check> { return std::make_unique<SegmentExtra>(); }};

}  // namespace samklang
