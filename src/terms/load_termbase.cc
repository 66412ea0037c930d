#include "terms/load_termbase.h"

#include <fmt/format.h>

#include <filesystem>

#include "terms/tbx.h"

namespace samklang {

std::expected<Termbase, Error> load_termbase_file(const std::string& path) {
  std::string extension = std::filesystem::path(path).extension().string();
  for (char& c : extension)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  if (extension == ".tbx" || extension == ".xml") return load_termbase_tbx(path);
  if (extension == ".tsv" || extension == ".tab" || extension == ".txt")
    return load_termbase_tsv(path);
  std::string shown = extension.empty() ? "no extension" : fmt::format("'{}'", extension);
  return std::unexpected(
      Error{Location{path, 0, 0},
            fmt::format("unknown termbase type ({}); use .tbx or .xml for TBX, .tsv, .tab or .txt "
                        "for tab-separated terms",
                        shown)});
}

std::expected<Termbase, Error> load_termbases(const std::vector<std::string>& paths) {
  Termbase merged;
  for (const std::string& path : paths) {
    auto loaded = load_termbase_file(path);
    if (!loaded) return std::unexpected(loaded.error());
    merged.terms.insert(merged.terms.end(), std::make_move_iterator(loaded->terms.begin()),
                        std::make_move_iterator(loaded->terms.end()));
  }
  return merged;
}

}  // namespace samklang
