// Which translations are still current: against the sign-off recorded in
// samklang.lock, and against the catalog's own state of an entry. Shared by
// the outdated and segment-missing rules and by the engine's counts.
#pragma once

#include <string>
#include <vector>

#include "checks/bitext.h"
#include "project/lockfile.h"

namespace samklang {

// The signed-off pairs of one document and target language.
struct SignOffView {
  std::vector<const SignedPair*> pairs;  // in lockfile order
  bool typography = false;  // a change of quotes, dashes or spaces alone outdates a translation
  // Not empty when the pairs are not signed off in the lockfile but implied
  // by the target's source_commit: the source as it was at that commit.
  std::string source_commit;
};

enum class LinkStatus {
  none,              // a 1-0 or 0-1 link, or a pair never signed off
  current,           // signed off as it is
  outdated,          // the source changed since sign-off, the translation did not
  target_changed,    // the translation changed since sign-off, the source did not
  catalog_outdated,  // the catalog marks the entry fuzzy or needing review
  catalog_missing,   // the catalog marks the entry not translated yet, though it has a target
};

struct LinkReview {
  LinkStatus status = LinkStatus::none;
  std::string previous;  // the source text the translation was made from, when known
  std::string state;     // the catalog's state, for the catalog_* statuses
};

// One review per link of bitext.alignment, in order.
std::vector<LinkReview> review_links(const Bitext& bitext);

// The sign-off of a link with both sides, as accept records it.
SignedPair sign_off(const Bitext& bitext, const Link& link, const std::string& document);

}  // namespace samklang
