// samklang.baseline: findings a project has accepted, so that CI fails on
// new findings only.
//
// JSON lines: a version line, then one accepted finding per line, sorted by
// file, rule, context and fingerprint, so that a change shows in a diff as
// the lines of the findings it touched and a human can edit the file:
//
//   {"samklang_baseline": 1}
//   {"file": "catalogs/en/mission.md", "rule": "term-missing", "lang": "en",
//    "fingerprint": "3f0c9a41d2b7e685", "context": "...", "reason": ""}
//
// `file` is relative to the baseline's folder; `fingerprint` is the
// finding's (it does not depend on line numbers); `context` shows the
// offending text; `reason` is for a human to fill in and is kept when the
// baseline is updated. Blank lines are allowed; nothing else is.
#pragma once

#include <expected>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/location.h"

namespace samklang {

struct BaselineEntry {
  std::string file;
  std::string rule;
  std::string lang;  // the finding's target language; may be empty
  std::string fingerprint;
  std::string context;
  std::string reason;
  Location where;    // the entry's line in the file read (column 1); line 0 for a new entry
  Location rule_at;  // where its "rule" value starts, for an unknown rule
};

struct Baseline {
  static constexpr int kVersion = 1;
  std::vector<BaselineEntry> entries;
};

// Reads a baseline's text. A damaged line is an error at its line and column.
std::expected<Baseline, Error> parse_baseline(std::string_view content, const std::string& path);

// Reads `path`; no file is no baseline (nullopt), not an error.
std::expected<std::optional<Baseline>, Error> load_baseline(const std::string& path);

// The file's text: sorted, deterministic for the same entries.
std::string render_baseline(const Baseline& baseline);

// The baseline `old` brought up to date: `now` (the findings of this run)
// replaces the entries of the files this run checked (`checked`, keys as in
// BaselineEntry::file); an entry of `now` takes the reason of an old entry
// with its fingerprint. The entries of other files (not in the run, or not
// fully read) are kept as they are, and a finding there that one of them
// accepts is not added twice.
Baseline update_baseline(const Baseline& old, std::vector<BaselineEntry> now,
                         const std::vector<std::string>& checked);

// Writes the baseline atomically: a temporary file in the same folder,
// synced, then renamed over `path`. Refuses to replace anything but a
// regular file.
std::optional<Error> save_baseline(const std::string& path, const Baseline& baseline);

// Up to `max_chars` code points of `text` on one line (line breaks and tabs
// become spaces), with "…" when cut: the context of an entry.
std::string baseline_context(std::string_view text, size_t max_chars = 80);

}  // namespace samklang
