// samklang terms table [PATH...]: how every language of each document renders
// each concept, with the languages that fall short marked.
#include <fmt/format.h>

#include <iostream>
#include <set>

#include "cli/commands.h"
#include "cli/i18n.h"
#include "cli/run_options.h"
#include "engine/engine.h"

namespace samklang::cli {

namespace {

struct TableOptions {
  SharedOptions shared;
  std::vector<std::string> paths;
  bool outliers_only = false;
};

size_t width(std::string_view text) {
  size_t n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

std::string pad(const std::string& text, size_t to) {
  return text + std::string(to > width(text) ? to - width(text) : 0, ' ');
}

// "civil and political rights 3", "✗ 1 of 2", "–" when the pairs never meet it.
std::string cell(const ConceptRendering& r) {
  std::string out;
  for (const auto& [written, count] : r.written)
    out += fmt::format("{}{} {}", out.empty() ? "" : "; ", written, count);
  if (r.approved < r.source)
    out += fmt::format("{}✗ {} of {}", out.empty() ? "" : " ", r.approved, r.source);
  return out.empty() ? "–" : out;
}

int run_table(const TableOptions& options) {
  auto run_options = run_options_for(options.shared, options.paths);
  if (!run_options) return fail(run_options.error());
  auto result = run(*run_options);
  if (!result) return fail(result.error());
  bool short_somewhere = false;
  std::string out;
  for (const auto& [document, concepts] : result->concepts) {
    std::set<Lang> langs;
    for (const auto& [concept_id, by_lang] : concepts)
      for (const auto& [lang, row] : by_lang) langs.insert(lang);
    std::vector<std::vector<std::string>> rows{{"concept", run_options->source_lang}};
    for (const Lang& lang : langs) rows.front().push_back(lang);
    for (const auto& [concept_id, by_lang] : concepts) {
      int source = 0;
      bool outlier = false;
      for (const auto& [lang, row] : by_lang) {
        source = std::max(source, row.source);
        outlier = outlier || row.approved < row.source;
      }
      short_somewhere = short_somewhere || outlier;
      if (options.outliers_only && !outlier) continue;
      std::vector<std::string> line{concept_id, std::to_string(source)};
      for (const Lang& lang : langs) {
        auto it = by_lang.find(lang);
        line.push_back(it == by_lang.end() ? "–" : cell(it->second));
      }
      rows.push_back(std::move(line));
    }
    std::vector<size_t> widths(rows.front().size(), 0);
    for (const auto& row : rows)
      for (size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], width(row[c]));
    out += document + "\n";
    for (const auto& row : rows) {
      std::string line;
      for (size_t c = 0; c < row.size(); ++c) line += (c ? "  " : "") + pad(row[c], widths[c]);
      while (!line.empty() && line.back() == ' ') line.pop_back();
      out += line + "\n";
    }
    out += "\n";
  }
  if (auto error = write_output(options.shared.output, out)) return fail(*error);
  return short_somewhere ? kExitFindings : kExitClean;
}

}  // namespace

void setup_terms_table(CLI::App& terms) {
  auto options = std::make_shared<TableOptions>();
  CLI::App* sub = terms.add_subcommand(
      "table", tr("per document, how every language renders each concept ('✗ n of m': short)"));
  sub->add_option("paths", options->paths, "as for check; none = the documents of samklang.toml");
  sub->add_option("--config", options->shared.config, "samklang.toml to use");
  sub->add_option("--source-lang", options->shared.source_lang, "the source language");
  sub->add_option("--terms", options->shared.terms, "termbase file (.tsv or .tbx), repeatable");
  sub->add_option("--output", options->shared.output, "write the table to this file");
  sub->add_flag("--outliers", options->outliers_only,
                "only the concepts some language falls short on");
  sub->callback([options] { throw CLI::RuntimeError(run_table(*options)); });
}

}  // namespace samklang::cli
