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
  Lang lang;
  std::string path;
};

// One document in several languages; the source comes first.
struct DocumentSet {
  std::string name;  // the path pattern, e.g. "catalogs/{lang}/mission.md"
  std::vector<DocumentFile> files;
};

// The language a path names: "catalogs/<lang>/...", "name.<lang>.md", or
// a file called "<lang>.md". Nothing when none is found.
std::optional<Lang> lang_from_path(const std::string& path);

// The configuration's documents, each pattern expanded for the source and
// every target language.
std::vector<DocumentSet> documents_from_config(const Config& config);

// Command-line paths: "LANG=PATH" or a path whose language can be inferred.
// Files are grouped into sets by their path with the language taken out.
// The source language is `source_lang` if given, else the first path's.
// Errors: a path whose language cannot be inferred; no source file in a set.
std::expected<std::vector<DocumentSet>, Error> documents_from_args(
    const std::vector<std::string>& args, std::optional<Lang> source_lang);

}  // namespace samklang
