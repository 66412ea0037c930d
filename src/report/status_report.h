// samklang status: per document and target language, how much is
// translated, missing, outdated and fuzzy (like pocount). Depends on core
// alone; returns the text to write.
#pragma once

#include <string>
#include <vector>

#include "core/lang.h"
#include "core/summary.h"

namespace samklang {

struct StatusRow {
  std::string document;  // as configured ("catalogs/{lang}/mission.md") or given
  Lang lang;             // the target language
  std::string file;      // the target file
  DocumentStatus status;
};

// An aligned table with a header row and a total row per language when a
// language has more than one document.
std::string render_status_text(const std::vector<StatusRow>& rows);

// A GitHub-flavoured Markdown table, numbers right-aligned.
std::string render_status_markdown(const std::vector<StatusRow>& rows);

// {"tool", "version", "format": 1, "status": [{"document", "lang", "file",
// "segments", "words", "translated", "missing", "outdated", "fuzzy"}]}
std::string render_status_json(const std::vector<StatusRow>& rows, const std::string& version);

}  // namespace samklang
