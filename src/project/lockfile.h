// samklang.lock: the translations a translator signed off, pair by pair.
//
// A JSON file, one signed-off pair per line, sorted by document and language
// and in document order within them, so that a sign-off shows in a diff as
// the lines of the sentences it touched:
//
//   {
//   "samklang_lock": 1,
//   "pairs": [
//   {"document": "catalogs/sv/mission.md", "lang": "en", "source": ["<fp>"], "target": ["<fp>"],
//   "text": "..."},
//   ...
//   ]
//   }
//
// `document` is the source file's path relative to the lockfile's folder;
// `source` and `target` are the fingerprints (text/signoff_key.h) of the
// aligned segments, `text` is the source text signed off, to show later
// what changed.
#pragma once

#include <expected>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/lang.h"
#include "core/location.h"

namespace samklang {

struct SignedPair {
  std::string document;
  Lang lang;                        // the target language
  std::vector<std::string> source;  // fingerprints of the source segments, in order
  std::vector<std::string> target;  // fingerprints of the target segments, in order
  std::string text;                 // the source segments' text at sign-off
};

struct Lockfile {
  static constexpr int kVersion = 1;
  std::vector<SignedPair> pairs;
};

// Reads a lockfile's text. A damaged file or an unknown version is an error
// at its line and column, never an empty lockfile.
std::expected<Lockfile, Error> parse_lockfile(std::string_view content, const std::string& path);

// Reads `path`; no file is no lockfile (nullopt), not an error.
std::expected<std::optional<Lockfile>, Error> load_lockfile(const std::string& path);

// The file's text: deterministic for the same pairs.
std::string render_lockfile(const Lockfile& lock);

// Replaces the pairs of (document, lang) by `pairs`.
void replace_pairs(Lockfile& lock, const std::string& document, const Lang& lang,
                   std::vector<SignedPair> pairs);

// Writes the lockfile atomically: the whole text into a temporary file in the
// same folder, flushed to disk, then renamed over `path`. A run killed at any
// moment leaves the old file or the new one.
std::optional<Error> save_lockfile(const std::string& path, const Lockfile& lock);

// The two steps of save_lockfile, apart for tests: the temporary file
// written and synced (its path returned), then renamed over `path`.
std::expected<std::string, Error> write_lockfile_temp(const std::string& path,
                                                      const Lockfile& lock);
std::optional<Error> commit_lockfile_temp(const std::string& temp, const std::string& path);

}  // namespace samklang
