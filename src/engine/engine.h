// The library's one entry point: read, segment, align, check, suppress.
// What an editor plugin or a server would call; never prints or exits.
#pragma once

#include <cstddef>
#include <expected>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/alignment.h"
#include "core/finding.h"
#include "core/location.h"
#include "core/summary.h"
#include "project/baseline.h"
#include "project/config.h"
#include "project/discover.h"
#include "project/lockfile.h"

namespace samklang {

// How far a run has come: `done` of `total` work units of a stage. Stages,
// in order: "reading" (files read and segmented) and "checking" (documents
// aligned and checked, one unit per target language). Calls never overlap
// (they come from the worker threads one at a time), `done` only grows within
// a stage, each stage starts with done 0 and ends with done == total.
using ProgressFn = std::function<void(size_t done, size_t total, std::string_view stage)>;

struct RunOptions {
  Lang source_lang;
  std::vector<DocumentSet> documents;
  std::vector<std::string> termbases;        // .tsv files
  std::string segmentation_dir;              // rules/segmentation; may be missing
  std::map<std::string, RuleSetting> rules;  // per-rule settings by id
  unsigned jobs = 0;                         // 0 = one per core
  std::string lockfile;                      // samklang.lock; empty or absent = nothing signed off
  bool outdated_typography = false;          // quotes, dashes, spaces alone outdate a translation
  std::vector<std::string> untranslated_keep;  // words that stay the same in a translation
  std::map<Lang, std::vector<RuleRef>> language_ignores;  // rules a target language ignores
  std::string baseline;  // accepted findings (samklang.baseline); empty or absent = none
  // rules/punctuation.toml files, each read over the ones before.
  std::vector<std::string> punctuation_rules;
  ProgressFn progress;  // empty = not told
};

// How one language renders one concept of one document, counted over the
// aligned pairs only (an untranslated part makes no difference).
struct ConceptRendering {
  int source = 0;                      // occurrences in the source segments of the pairs
  int approved = 0;                    // approved target terms found there
  int forbidden = 0;                   // forbidden target terms found there
  std::map<std::string, int> written;  // target term as written -> count
};

// Per document (DocumentSet::name) and concept: every target language's rendering.
using ConceptTable = std::map<std::string, std::map<std::string, std::map<Lang, ConceptRendering>>>;

// One document in one target language.
struct PairResult {
  std::string document;  // the source file, relative to the lockfile's folder: the lockfile's key
  std::string set;       // DocumentSet::name
  std::string source_path;  // the files as given
  std::string target_path;
  Lang lang;                        // the target language
  std::vector<SignedPair> signoff;  // every aligned pair as it is now, for samklang accept
  DocumentStatus status;
  // The pair side by side (the HTML report): each segment as a place (its
  // start, unit id and text) and the links between them.
  std::vector<Place> source_segments;
  std::vector<Place> target_segments;
  Alignment alignment;
};

struct RunResult {
  std::vector<Finding> findings;        // sorted, with fingerprints; none silenced or baselined
  std::map<Lang, LangSummary> summary;  // per target language
  ConceptTable concepts;                // how each language renders each concept
  std::vector<PairResult> pairs;        // in document order; a target that cannot be read has none
  int silenced = 0;                     // findings silenced by comments in the files
  std::vector<Finding> baselined;       // findings the baseline accepts, sorted
  std::vector<BaselineEntry> stale;     // baseline entries of the files checked that match nothing
  // With RunOptions::baseline: the baseline accepting every finding of this
  // run (what 'check --update-baseline' writes), reasons kept, the entries of
  // files not checked left as they were.
  std::optional<Baseline> updated_baseline;
};

// Errors are those that stop the whole run: a termbase that cannot be read,
// an unknown rule id, a damaged lockfile or baseline. An unreadable document is a load-error
// finding.
std::expected<RunResult, Error> run(const RunOptions& options);

}  // namespace samklang

namespace samklang {

// Two documents read, segmented and aligned, for `samklang align`.
struct AlignedPair {
  std::vector<std::string> source;  // segment texts
  std::vector<std::string> target;
  Alignment links;
};

std::expected<AlignedPair, Error> align_pair(const DocumentFile& source, const DocumentFile& target,
                                             const std::vector<std::string>& termbases,
                                             const std::string& segmentation_dir);

}  // namespace samklang
