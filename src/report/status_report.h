// samklang status: per document and target language, how much is
// translated, missing, outdated and fuzzy (like pocount). Depends on core
// alone; returns the text to write.
#pragma once

#include <array>
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

// The words of the text and Markdown tables: English by default, the CLI's
// message language when it fills them in.
struct StatusLabels {
  std::array<std::string, 8> header{"document",   "language", "segments", "words",
                                    "translated", "missing",  "outdated", "fuzzy"};
  std::string total = "total";  // the document column of a language's total row
};

// An aligned table with a header row and a total row per language when a
// language has more than one document.
std::string render_status_text(const std::vector<StatusRow>& rows, const StatusLabels& labels = {});

// A GitHub-flavoured Markdown table, numbers right-aligned.
std::string render_status_markdown(const std::vector<StatusRow>& rows,
                                   const StatusLabels& labels = {});

// {"tool", "version", "format": 1, "status": [{"document", "lang", "file",
// "segments", "words", "translated", "missing", "outdated", "fuzzy"}]}
std::string render_status_json(const std::vector<StatusRow>& rows, const std::string& version);

}  // namespace samklang
