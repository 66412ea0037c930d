#include "terms/tsv_reader.h"

#include <fmt/format.h>
#include <unicode/parseerr.h>
#include <unicode/regex.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>

#include "text/utf8.h"

namespace samklang {

namespace {

struct ColumnName {
  const char* name;
  bool required;
};

// Indexed by TsvReader::Column.
constexpr std::array<ColumnName, 7> kColumnNames{{
    {"concept", true},
    {"lang", true},
    {"term", true},
    {"status", true},
    {"note", false},
    {"match", false},
    {"case", false},
}};

bool is_blank(char c) { return c == ' ' || c == '\t'; }

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// A regular expression ICU cannot compile, as a message; empty when it is fine.
std::string regex_problem(std::string_view pattern) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError parse_error{};
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(
      icu::StringPiece(pattern.data(), static_cast<int32_t>(pattern.size())));
  std::unique_ptr<icu::RegexPattern> compiled(
      icu::RegexPattern::compile(unicode, 0, parse_error, status));
  if (U_SUCCESS(status)) return {};
  return fmt::format("invalid regular expression '{}': {}", pattern, u_errorName(status));
}

}  // namespace

Error TsvReader::error(int line, int column, std::string message) const {
  return Error{Location{path_, line, column}, std::move(message)};
}

std::expected<std::optional<Term>, Error> TsvReader::read_line(std::string_view line,
                                                               int line_number) {
  auto first = std::find_if_not(line.begin(), line.end(), is_blank);
  if (first == line.end() || *first == '#') return std::nullopt;

  std::vector<Field> fields;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    size_t end = tab == std::string_view::npos ? line.size() : tab;
    size_t begin = start;
    while (begin < end && line[begin] == ' ') ++begin;
    size_t stop = end;
    while (stop > begin && line[stop - 1] == ' ') --stop;
    fields.push_back(Field{line.substr(begin, stop - begin), utf8_column(line, begin)});
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }

  if (!has_header()) {
    auto header = read_header(fields, line_number);
    if (!header) return std::unexpected(header.error());
    return std::nullopt;
  }
  auto term = read_row(line, fields, line_number);
  if (!term) return std::unexpected(term.error());
  return std::optional<Term>(std::move(*term));
}

std::expected<void, Error> TsvReader::read_header(const std::vector<Field>& fields,
                                                  int line_number) {
  std::vector<Column> columns;
  for (const Field& field : fields) {
    std::string name = lower_ascii(field.text);
    auto known = std::find_if(kColumnNames.begin(), kColumnNames.end(),
                              [&](const ColumnName& c) { return name == c.name; });
    if (known == kColumnNames.end())
      return std::unexpected(error(
          line_number, field.column,
          fmt::format("unknown header column '{}'; expected concept, lang, term, status, note, "
                      "match or case",
                      field.text)));
    auto column = static_cast<Column>(known - kColumnNames.begin());
    if (std::find(columns.begin(), columns.end(), column) != columns.end())
      return std::unexpected(
          error(line_number, field.column, fmt::format("duplicate header column '{}'", name)));
    columns.push_back(column);
  }
  for (size_t i = 0; i < kColumnNames.size(); ++i) {
    if (!kColumnNames[i].required) continue;
    if (std::find(columns.begin(), columns.end(), static_cast<Column>(i)) == columns.end())
      return std::unexpected(
          error(line_number, 1, fmt::format("missing header column '{}'", kColumnNames[i].name)));
  }
  columns_ = std::move(columns);
  return {};
}

std::expected<Term, Error> TsvReader::read_row(std::string_view line,
                                               const std::vector<Field>& fields,
                                               int line_number) const {
  const size_t expected = columns_.size();
  std::string count_message = fmt::format("expected {} columns, found {}", expected, fields.size());
  if (fields.size() > expected)
    return std::unexpected(error(line_number, fields[expected].column, count_message));
  for (size_t i = fields.size(); i < expected; ++i) {
    if (kColumnNames[static_cast<size_t>(columns_[i])].required)
      return std::unexpected(
          error(line_number, utf8_column(line, line.size()), std::move(count_message)));
  }

  Term term;
  term.where = Location{path_, line_number, 1};
  for (size_t i = 0; i < fields.size(); ++i) {
    const Field& field = fields[i];
    std::string_view value = field.text;
    auto fail = [&](std::string message) {
      return std::unexpected(error(line_number, field.column, std::move(message)));
    };
    switch (columns_[i]) {
      case Column::concept_id:
        if (value.empty()) return fail("empty concept");
        term.concept_id = value;
        break;
      case Column::lang:
        if (value.empty()) return fail("empty language");
        if (value != "*" && !lang_is_plausible(value))
          return fail(fmt::format("invalid language tag '{}'", value));
        term.lang = value == "*" ? std::string("*") : lang_canonical(value);
        break;
      case Column::term:
        if (value.empty()) return fail("empty term");
        term.text = value;
        break;
      case Column::status:
        if (auto status = parse_term_status(value))
          term.status = *status;
        else
          return fail(fmt::format(
              "unknown status '{}'; expected preferred, admitted, forbidden or dnt", value));
        break;
      case Column::note:
        term.note = value;
        break;
      case Column::match:
        if (value.empty()) break;
        if (auto mode = parse_match_mode(value))
          term.match = *mode;
        else
          return fail(fmt::format(
              "unknown match mode '{}'; expected stem, exact, prefix, regex or compound", value));
        break;
      case Column::casing:
        if (value.empty()) break;
        if (auto policy = parse_case_policy(value))
          term.casing = *policy;
        else
          return fail(fmt::format(
              "unknown case policy '{}'; expected insensitive, sensitive or permissive", value));
        break;
    }
  }
  if (term.match == MatchMode::regex) {
    std::string problem = regex_problem(term.text);
    if (!problem.empty()) {
      auto at = std::find(columns_.begin(), columns_.end(), Column::term) - columns_.begin();
      return std::unexpected(
          error(line_number, fields[static_cast<size_t>(at)].column, std::move(problem)));
    }
  }
  return term;
}

}  // namespace samklang
