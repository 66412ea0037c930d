// alignment-uncertain: a link between source and target segments that the
// aligner itself doubts (a low posterior probability).
#include <fmt/format.h>

#include "checks/check.h"

namespace samklang {
namespace {

// Below this posterior a link is reported. On the German-French development
// gold set, 25 of 388 links with both sides fall under 0.5 and 12 of them
// are wrong; above 0.9, 95% are right.
constexpr double kThreshold = 0.5;

class AlignmentUncertain final : public Check {
 public:
  void run(const Bitext& bitext, Emitter& emit) const override {
    for (const Link& link : bitext.alignment) {
      // Omissions and additions are segment-missing and segment-extra.
      if (link.src.empty() || link.tgt.empty() || link.confidence >= kThreshold) continue;
      std::string source = excerpt(bitext.source.segments[link.src.front()].text);
      std::string confidence = fmt::format("{:.2f}", link.confidence);
      Text message = link.src.size() == 1 && link.tgt.size() == 1
                         ? message_text(
                               "unsure that source sentence '{}' is translated by this sentence "
                               "(confidence {})",
                               source, confidence)
                     : link.src.size() == 1
                         ? message_text(
                               "unsure that source sentence '{}' is translated by these {} "
                               "sentences (confidence {})",
                               source, link.tgt.size(), confidence)
                     : link.tgt.size() == 1
                         ? message_text(
                               "unsure that source sentences '{}' are translated by this sentence "
                               "(confidence {})",
                               source, confidence)
                         : message_text(
                               "unsure that source sentences '{}' are translated by these {} "
                               "sentences (confidence {})",
                               source, link.tgt.size(), confidence);
      emit.emit(Anchor{link.src.front(), 0}, Anchor{link.tgt.front(), 0}, std::move(message),
                message_text("check that the two say the same; a sentence left out, added or "
                             "moved nearby is the usual cause"));
    }
  }
};

}  // namespace

extern const CheckDef alignment_uncertain{
    {"alignment-uncertain", "the aligner is not confident about this link",
     "Every link between source and target sentences carries the aligner's posterior\n"
     "probability: over all the ways to pair the two texts in order, weighted by how\n"
     "well lengths, numbers, names and termbase terms fit, the share that holds this\n"
     "link. A link under 0.5 is reported: the sentences around it were probably left\n"
     "out, added, merged or reordered, and the findings nearby (segment-missing,\n"
     "term-missing) deserve a second look.\n"
     "\n"
     "Example: sv 'Vi är oberoende och står emot obefogade påtryckningar. Vi tar reda på\n"
     "  fakta innan vi agerar.' against en 'We are independent, and before we act we\n"
     "  establish all of the facts.'\n"
     "  -> unsure that source sentence 'Vi är oberoende och står emot obefogade\n"
     "     påtryckningar.' is translated by this sentence (confidence 0.46)\n"
     "  The two Swedish sentences were joined into one; the aligner weighs that\n"
     "  against a dropped second sentence and is not sure.\n"
     "\n"
     "Fix: compare the two texts around the link; translate what is missing, or split\n"
     "and join sentences as the source does. Inspect the whole alignment with\n"
     "`samklang align SRC TGT --format html`.\n"
     "Silence: set alignment-uncertain = \"off\" under [rules] in samklang.toml.",
     Severity::note},
    []() -> std::unique_ptr<Check> { return std::make_unique<AlignmentUncertain>(); }};

}  // namespace samklang
