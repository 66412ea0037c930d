// outdated: the source changed since its translation was signed off
// (samklang.lock), or the catalog marks the translation as needing review
// (PO fuzzy, XLIFF needs-review-translation...). A translation that changed
// while its source did not, with no new sign-off, gets a note.
#include <fmt/format.h>

#include "checks/check.h"
#include "checks/signoff.h"
#include "text/word_diff.h"

namespace samklang {
namespace {

std::string current_source(const Bitext& bitext, const Link& link) {
  std::string out;
  for (uint32_t s : link.src) out += (out.empty() ? "" : " ") + bitext.source.segments[s].text;
  return out;
}

// Whether typography counts as a change: the diff shows it then.
bool typography(const Bitext& bitext) { return bitext.signoff && bitext.signoff->typography; }

class Outdated final : public Check {
 public:
  void run(const Bitext& bitext, Emitter& emit) const override {
    std::vector<LinkReview> reviews = review_links(bitext);
    for (size_t i = 0; i < reviews.size(); ++i) {
      const Link& link = bitext.alignment[i];
      const LinkReview& review = reviews[i];
      if (link.src.empty() || link.tgt.empty()) continue;
      Anchor source{link.src.front(), 0};
      Anchor target{link.tgt.front(), 0};
      switch (review.status) {
        case LinkStatus::outdated: {
          std::string now = current_source(bitext, link);
          const std::string& commit = bitext.signoff->source_commit;
          Text message =
              commit.empty()
                  ? message_text("the source changed after this translation was signed off")
                  : message_text(
                        "the source changed since commit {}, the source_commit of this "
                        "translation",
                        commit.substr(0, 12));
          emit.emit_change(
              source, target, std::move(message),
              message_text("update the translation to the new source, then run 'samklang accept'"),
              SourceChange{review.previous, word_diff(review.previous, now, typography(bitext))});
          break;
        }
        case LinkStatus::catalog_outdated: {
          Text message = message_text(
              "the catalog marks this translation '{}': it may not match its source", review.state);
          Text fix = message_text("review the translation, then clear the '{}' mark", review.state);
          if (review.previous.empty()) {
            emit.emit(source, target, std::move(message), std::move(fix));
          } else {
            std::string now = current_source(bitext, link);
            emit.emit_change(
                source, target, std::move(message), std::move(fix),
                SourceChange{review.previous, word_diff(review.previous, now, typography(bitext))});
          }
          break;
        }
        case LinkStatus::target_changed:
          emit.note(source, target,
                    message_text("the translation changed after it was signed off, but its source "
                                 "did not"),
                    message_text("review it, then sign off on it with 'samklang accept'"));
          break;
        default:
          break;
      }
    }
  }
};

}  // namespace

extern const CheckDef outdated{
    {"outdated", "the source changed since the translation was signed off",
     "When a translator signs off a document with 'samklang accept', samklang.lock records\n"
     "a fingerprint of every aligned source and target sentence and the source text. Later,\n"
     "a target sentence whose source sentence changed while the target did not is outdated;\n"
     "the finding shows the source as it was signed off and a word diff to the source now\n"
     "([-removed-]{+added+}). Sentences are compared through the alignment, not by\n"
     "position: a moved paragraph, a paragraph split in two or a new sentence elsewhere\n"
     "outdates nothing (a new sentence is a segment-missing). Changes of white space and\n"
     "typography alone (straight or curly quotes, dashes, no-break spaces) do not count,\n"
     "unless samklang.toml says 'typography = true' under [outdated]. A translation that\n"
     "changed while its source did not, without a new sign-off, gets a note.\n"
     "Catalogs say it themselves: a PO entry marked fuzzy (with its previous msgid, '#| msgid',\n"
     "shown as the old source) and an XLIFF 1.2 target in state needs-review-translation,\n"
     "needs-review-adaptation, needs-review-l10n, needs-adaptation or needs-l10n are outdated.\n"
     "A Markdown translation may name in its front matter the source commit it was made\n"
     "from ('source_commit: 1a2b3c4'); without a sign-off in samklang.lock, the source at\n"
     "that commit (read from git) stands for the signed-off source.\n"
     "\n"
     "Example: sv 'Vi är lokalt representerade på fyra kontinenter.' becomes '... på fem\n"
     "kontinenter.' after en 'We are locally represented on four continents.' was signed off\n"
     "  -> the source changed after this translation was signed off\n"
     "     diff: Vi är lokalt representerade på [-fyra-]{+fem+} kontinenter.\n"
     "\n"
     "Fix: update the translation, then run 'samklang accept' (for a catalog: clear the\n"
     "fuzzy mark or set the state to translated).\n"
     "Silence: set outdated = \"off\" or \"warning\" under [rules] in samklang.toml.",
     Severity::error},
    []() -> std::unique_ptr<Check> { return std::make_unique<Outdated>(); }};

}  // namespace samklang
