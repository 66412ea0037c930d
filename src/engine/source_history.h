// The sign-off that a translation's `source_commit` (Markdown front matter)
// implies: the translation matched the source as it was at that commit.
// The source then is read from git, segmented and aligned to the source
// now, and each current link becomes a signed-off pair whose source is the
// old text. review_links (checks/signoff.h) then finds the outdated
// translations exactly as it does with samklang.lock.
#pragma once

#include <expected>
#include <string>
#include <vector>

#include "core/alignment.h"
#include "core/location.h"
#include "engine/prepare.h"
#include "project/discover.h"
#include "project/lockfile.h"
#include "terms/termbase.h"

namespace samklang {

// One pair per link of `alignment` (source now -> target) with both sides:
// the target segments with the source segments of `commit` that the source
// now came from. A link whose source is all new since the commit gets none:
// like a pair missing from the lockfile, it is not signed off. Errors, at the source_commit value
// in the target: no git repository, an unknown commit, the source file not in it, an old source
// that cannot be parsed.
std::expected<std::vector<SignedPair>, Error> signoff_at_commit(
    const std::string& commit, const DocumentFile& source_file, const PreparedDocument& source,
    const PreparedDocument& target, const Alignment& alignment, const std::string& document,
    const Termbase& termbase, const std::string& segmentation_dir);

}  // namespace samklang
