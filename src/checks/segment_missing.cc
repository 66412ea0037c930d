// segment-missing: a source segment has no translation (a 1-0 link, or an
// empty target).
#include <fmt/format.h>

#include "checks/check.h"

namespace samklang {
namespace {

class SegmentMissing final : public Check {
 public:
  void run(const Bitext& bitext, Emitter& emit) const override {
    std::optional<uint32_t> last_target;
    for (const Link& link : bitext.alignment) {
      if (!link.tgt.empty()) last_target = link.tgt.back();
      if (!link.tgt.empty() || link.src.empty()) continue;
      for (uint32_t s : link.src) {
        const Segment& segment = bitext.source.segments[s];
        const Unit& unit = bitext.source.document->units[segment.unit];
        emit.emit_missing(Anchor{s, 0}, last_target,
                          fmt::format("{} not translated: '{}'",
                                      bitext.source.document->keyed    ? "entry"
                                      : unit.kind == UnitKind::heading ? "heading"
                                                                       : "sentence",
                                      excerpt(segment.text)),
                          fmt::format("translate it into {} here", bitext.target.document->lang));
      }
    }
  }
};

}  // namespace

extern const CheckDef segment_missing{
    {"segment-missing", "a source segment has no translation",
     "The aligner found a source sentence or heading with no counterpart in the target\n"
     "(a 1-0 link): a sentence left out, or a translation still in progress. The finding\n"
     "points into the target file where the translation belongs.\n"
     "\n"
     "Example: sv 'Vi är lokalt representerade på fyra kontinenter.' with nothing in en\n"
     "  -> sentence not translated: 'Vi är lokalt representerade på fyra kontinenter.'\n"
     "\n"
     "Fix: translate the sentence at the place shown.\n"
     "Silence: set segment-missing = \"off\" or \"warning\" under [rules] in samklang.toml\n"
     "while a translation is in progress.",
     Severity::error},
    []() -> std::unique_ptr<Check> { return std::make_unique<SegmentMissing>(); }};

}  // namespace samklang
