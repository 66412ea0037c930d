// segment-missing: a source segment has no translation (a 1-0 link, or an
// empty target).
#include <fmt/format.h>

#include "checks/check.h"
#include "checks/signoff.h"

namespace samklang {
namespace {

class SegmentMissing final : public Check {
 public:
  void run(const Bitext& bitext, Emitter& emit) const override {
    std::optional<uint32_t> last_target;
    std::vector<LinkReview> reviews = review_links(bitext);
    for (size_t i = 0; i < bitext.alignment.size(); ++i) {
      const Link& link = bitext.alignment[i];
      if (reviews[i].status == LinkStatus::catalog_missing) {
        // A catalog entry with a target that the catalog itself calls untranslated.
        emit.emit(
            Anchor{link.src.front(), 0}, Anchor{link.tgt.front(), 0},
            message_text("entry not translated yet: the catalog marks it '{}'", reviews[i].state),
            message_text("translate it into {} and mark it translated",
                         bitext.target.document->lang));
      }
      if (!link.tgt.empty()) last_target = link.tgt.back();
      if (!link.tgt.empty() || link.src.empty()) continue;
      if (!link.expected_id.empty()) {
        // A plural form the target language needs and the catalog lacks.
        emit.emit_missing(Anchor{link.src.front(), 0}, last_target,
                          message_text("entry '{}' is missing: {} needs this plural form",
                                       link.expected_id, bitext.target.document->lang),
                          message_text("add '{}', translated from '{}'", link.expected_id,
                                       excerpt(bitext.source.segments[link.src.front()].text)),
                          link.expected_id);
        continue;
      }
      for (uint32_t s : link.src) {
        const Segment& segment = bitext.source.segments[s];
        const Unit& unit = bitext.source.document->units[segment.unit];
        std::string text = excerpt(segment.text);
        Text message =
            bitext.source.document->keyed    ? message_text("entry not translated: '{}'", text)
            : unit.kind == UnitKind::heading ? message_text("heading not translated: '{}'", text)
                                             : message_text("sentence not translated: '{}'", text);
        emit.emit_missing(Anchor{s, 0}, last_target, std::move(message),
                          message_text("translate it into {} here", bitext.target.document->lang));
      }
    }
  }
};

}  // namespace

extern const CheckDef segment_missing{
    {"segment-missing", "a source segment has no translation",
     "The aligner found a source sentence or heading with no counterpart in the target\n"
     "(a 1-0 link): a sentence left out, or a translation still in progress. The finding\n"
     "points into the target file where the translation belongs. A catalog entry that\n"
     "the catalog itself marks untranslated (XLIFF 1.2 state new or needs-translation,\n"
     "XLIFF 2 state initial) is missing too, whatever its target holds.\n"
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
