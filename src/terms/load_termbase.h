// Loads termbases by file type: TBX (.tbx, .xml) or TSV (.tsv, .tab, .txt).
#pragma once

#include <expected>
#include <string>
#include <vector>

#include "core/location.h"
#include "terms/termbase.h"

namespace samklang {

// One termbase, its format chosen by the file's extension (any case); an
// unknown extension is an error that names the supported ones.
std::expected<Termbase, Error> load_termbase_file(const std::string& path);

// Several termbases merged: their terms appended in the order given. The
// first file that cannot be read is the error.
std::expected<Termbase, Error> load_termbases(const std::vector<std::string>& paths);

}  // namespace samklang
