// Internal: reads the termbase TSV one line at a time, header first.
#pragma once

#include <expected>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/location.h"
#include "terms/termbase.h"

namespace samklang {

class TsvReader {
 public:
  static constexpr const char* kHeaderHint = "concept, lang, term, status and note";

  explicit TsvReader(std::string path) : path_(std::move(path)) {}

  // One line without its line end, already checked to be valid UTF-8. Gives
  // a term for a data row, nothing for the header, a comment or a blank
  // line, or the error of the line.
  std::expected<std::optional<Term>, Error> read_line(std::string_view line, int line_number);

  bool has_header() const { return !columns_.empty(); }

 private:
  enum class Column { concept_id, lang, term, status, note, match, casing };
  struct Field {
    std::string_view text;  // trimmed
    int column = 1;         // 1-based code-point column of the trimmed text
  };

  std::expected<void, Error> read_header(const std::vector<Field>& fields, int line_number);
  std::expected<Term, Error> read_row(std::string_view line, const std::vector<Field>& fields,
                                      int line_number) const;
  Error error(int line, int column, std::string message) const;

  std::string path_;
  std::vector<Column> columns_;  // in header order
};

}  // namespace samklang
