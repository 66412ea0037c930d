#include "report/status_report.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <nlohmann/json.hpp>

namespace samklang {

namespace {

constexpr size_t kColumns = 8;
using Cells = std::array<std::string, kColumns>;

Cells cells(const std::string& document, const Lang& lang, const DocumentStatus& s) {
  return {document,
          lang,
          std::to_string(s.segments),
          std::to_string(s.words),
          std::to_string(s.translated),
          std::to_string(s.missing),
          std::to_string(s.outdated),
          std::to_string(s.fuzzy)};
}

void add(DocumentStatus& to, const DocumentStatus& s) {
  to.segments += s.segments;
  to.words += s.words;
  to.translated += s.translated;
  to.missing += s.missing;
  to.outdated += s.outdated;
  to.fuzzy += s.fuzzy;
}

// A row of the table; `total` marks a language's total (its label is
// translated, and a document may have the same name).
struct Row {
  Cells cells;
  bool total = false;
};

// The rows, then a total per language that has more than one document.
std::vector<Row> body(const std::vector<StatusRow>& rows, const StatusLabels& labels) {
  std::vector<Row> out;
  std::map<Lang, std::pair<int, DocumentStatus>> totals;
  for (const StatusRow& row : rows) {
    out.push_back({cells(row.document, row.lang, row.status)});
    auto& [count, total] = totals[row.lang];
    ++count;
    add(total, row.status);
  }
  for (const auto& [lang, total] : totals)
    if (total.first > 1) out.push_back({cells(labels.total, lang, total.second), true});
  return out;
}

size_t width(std::string_view text) {
  return static_cast<size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

}  // namespace

std::string render_status_text(const std::vector<StatusRow>& rows, const StatusLabels& labels) {
  std::vector<Cells> table{labels.header};
  for (Row& row : body(rows, labels)) table.push_back(std::move(row.cells));
  std::array<size_t, kColumns> widths{};
  for (const Cells& row : table)
    for (size_t c = 0; c < kColumns; ++c) widths[c] = std::max(widths[c], width(row[c]));
  std::string out;
  for (const Cells& row : table) {
    std::string line;
    for (size_t c = 0; c < kColumns; ++c) {
      std::string pad(widths[c] - width(row[c]), ' ');
      // Names left-aligned, counts right-aligned.
      line += c < 2 ? row[c] + pad : pad + row[c];
      if (c + 1 < kColumns) line += "  ";
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + '\n';
  }
  return out;
}

std::string render_status_markdown(const std::vector<StatusRow>& rows, const StatusLabels& labels) {
  std::string out = "|";
  for (const std::string& name : labels.header) out += " " + name + " |";
  out += "\n|---|---|---:|---:|---:|---:|---:|---:|\n";
  for (const Row& row : body(rows, labels)) {
    out += "|";
    for (size_t c = 0; c < kColumns; ++c) {
      std::string cell = row.cells[c];
      // A pipe would end the cell.
      for (size_t at = 0; (at = cell.find('|', at)) != std::string::npos; at += 2)
        cell.replace(at, 1, "\\|");
      out += " " + (c == 0 && !row.total ? "`" + cell + "`" : cell) + " |";
    }
    out += '\n';
  }
  return out;
}

std::string render_status_json(const std::vector<StatusRow>& rows, const std::string& version) {
  using Json = nlohmann::ordered_json;
  Json list = Json::array();
  for (const StatusRow& row : rows) {
    const DocumentStatus& s = row.status;
    list.push_back(Json{{"document", row.document},
                        {"lang", row.lang},
                        {"file", row.file},
                        {"segments", s.segments},
                        {"words", s.words},
                        {"translated", s.translated},
                        {"missing", s.missing},
                        {"outdated", s.outdated},
                        {"fuzzy", s.fuzzy}});
  }
  Json out{{"tool", "samklang"}, {"version", version}, {"format", 1}, {"status", list}};
  return out.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace samklang
