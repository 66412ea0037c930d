// Which files make up a run: documents of the configuration expanded per
// language, or paths from the command line with their languages.
#pragma once

#include <expected>
#include <optional>
#include <string>
#include <vector>

#include "core/lang.h"
#include "core/location.h"
#include "project/config.h"

namespace samklang {

struct DocumentFile {
  // Which part of the file: all of it, or one side of a bilingual catalog
  // (PO) that holds source and translation together.
  enum class Side { whole, source, target };
  Lang lang;  // empty for a bilingual target whose file declares its language
  std::string path;
  Side side = Side::whole;
  std::string format{};  // a reader's name ("lines"); empty = by the file's extension
};

// True for the extensions of catalogs holding source and target together (.po, .pot).
bool is_bilingual_catalog(std::string_view path);

// One document in several languages; the source comes first.
struct DocumentSet {
  std::string name;  // the path pattern, e.g. "catalogs/{lang}/mission.md"
  std::vector<DocumentFile> files;
};

// The language a path names: "catalogs/<lang>/...", "name.<lang>.md",
// Flutter's "name_<lang>.arb" ("app_pt_BR.arb"), or a file called
// "<lang>.md". Nothing when none is found.
std::optional<Lang> lang_from_path(const std::string& path);

// The configuration's documents, each pattern expanded for the source and
// every target language.
std::vector<DocumentSet> documents_from_config(const Config& config);

// Command-line paths: "LANG=PATH" or a path whose language can be inferred.
// A bilingual catalog (PO) is a document of its own: its source side in the
// source language (default "en") and its target side in the language of
// LANG=, of the path, or else of the file's header.
// Files are grouped into sets by their path with the language taken out.
// The source language is `source_lang` if given, else the first path's.
// Errors: a path whose language cannot be inferred; no source file in a set.
std::expected<std::vector<DocumentSet>, Error> documents_from_args(
    const std::vector<std::string>& args, std::optional<Lang> source_lang);

}  // namespace samklang
