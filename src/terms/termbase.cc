#include "terms/termbase.h"

#include <fmt/format.h>

#include <array>
#include <fstream>
#include <sstream>

#include "terms/tsv_reader.h"
#include "text/utf8.h"

namespace samklang {

namespace {

bool equals_ascii_nocase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i] >= 'A' && a[i] <= 'Z' ? static_cast<char>(a[i] - 'A' + 'a') : a[i];
    if (x != b[i]) return false;
  }
  return true;
}

template <typename Enum, size_t N>
std::optional<Enum> parse_name(std::string_view name,
                               const std::array<std::pair<const char*, Enum>, N>& table) {
  for (const auto& [text, value] : table)
    if (equals_ascii_nocase(name, text)) return value;
  return std::nullopt;
}

constexpr std::array<std::pair<const char*, TermStatus>, 4> kStatuses{{
    {"preferred", TermStatus::preferred},
    {"admitted", TermStatus::admitted},
    {"forbidden", TermStatus::forbidden},
    {"dnt", TermStatus::dnt},
}};

constexpr std::array<std::pair<const char*, MatchMode>, 5> kModes{{
    {"stem", MatchMode::stem},
    {"exact", MatchMode::exact},
    {"prefix", MatchMode::prefix},
    {"regex", MatchMode::regex},
    {"compound", MatchMode::compound},
}};

constexpr std::array<std::pair<const char*, CasePolicy>, 3> kPolicies{{
    {"insensitive", CasePolicy::insensitive},
    {"sensitive", CasePolicy::sensitive},
    {"permissive", CasePolicy::permissive},
}};

}  // namespace

const char* term_status_name(TermStatus status) {
  for (const auto& [text, value] : kStatuses)
    if (value == status) return text;
  return "preferred";
}

std::optional<TermStatus> parse_term_status(std::string_view name) {
  return parse_name(name, kStatuses);
}

std::optional<MatchMode> parse_match_mode(std::string_view name) {
  return parse_name(name, kModes);
}

std::optional<CasePolicy> parse_case_policy(std::string_view name) {
  return parse_name(name, kPolicies);
}

bool term_lang_applies(std::string_view term_lang, std::string_view text_lang) {
  if (term_lang == "*") return true;
  std::string term = lang_canonical(term_lang);
  std::string text = lang_canonical(text_lang);
  if (term.empty()) return false;
  return text == term ||
         (text.size() > term.size() && text.starts_with(term) && text[term.size()] == '-');
}

std::vector<size_t> Termbase::concept_terms(std::string_view concept_id) const {
  std::vector<size_t> out;
  for (size_t i = 0; i < terms.size(); ++i)
    if (terms[i].concept_id == concept_id) out.push_back(i);
  return out;
}

std::expected<Termbase, Error> load_termbase_tsv(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::unexpected(Error{Location{path, 0, 0}, "cannot open termbase"});
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) return std::unexpected(Error{Location{path, 0, 0}, "cannot read termbase"});
  return parse_termbase_tsv(content.str(), path);
}

std::expected<Termbase, Error> parse_termbase_tsv(std::string_view content,
                                                  const std::string& path) {
  if (content.starts_with("\xEF\xBB\xBF")) content.remove_prefix(3);
  TsvReader reader(path);
  Termbase termbase;
  int line_number = 0;
  size_t pos = 0;
  while (pos < content.size()) {
    size_t newline = content.find('\n', pos);
    if (newline == std::string_view::npos) newline = content.size();
    std::string_view line = content.substr(pos, newline - pos);
    pos = newline + 1;
    ++line_number;
    if (line.ends_with('\r')) line.remove_suffix(1);
    if (size_t bad = utf8_invalid_offset(line); bad != std::string_view::npos)
      return std::unexpected(
          Error{Location{path, line_number, utf8_column(line, bad)}, "invalid UTF-8"});
    auto row = reader.read_line(line, line_number);
    if (!row) return std::unexpected(row.error());
    if (row->has_value()) termbase.terms.push_back(std::move(**row));
  }
  if (!reader.has_header())
    return std::unexpected(Error{Location{path, 0, 0},
                                 "no header row; expected " + std::string(TsvReader::kHeaderHint)});
  return termbase;
}

}  // namespace samklang
