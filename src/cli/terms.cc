// samklang terms lint|lookup|list: tools for the termbase itself.
#include <fmt/format.h>

#include <iostream>
#include <map>
#include <memory>

#include "cli/commands.h"
#include "cli/i18n.h"
#include "project/config.h"
#include "terms/lint.h"
#include "terms/load_termbase.h"
#include "terms/term_lookup.h"
#include "terms/term_matcher.h"

namespace samklang::cli {

namespace {

// What every terms subcommand reads: --terms, else the configuration's termbases.
struct TermsInput {
  std::string config;
  std::vector<std::string> terms;
};

struct Loaded {
  Termbase termbase;
  std::vector<std::string> paths;
  std::optional<Config> config;
};

std::expected<Loaded, Error> load_input(const TermsInput& input) {
  Loaded loaded;
  std::string config_path = input.config;
  if (config_path.empty())
    if (auto found = find_config(".")) config_path = *found;
  if (!config_path.empty()) {
    auto config = load_config(config_path);
    if (!config) return std::unexpected(config.error());
    loaded.config = std::move(*config);
  }
  loaded.paths = input.terms;
  if (loaded.paths.empty() && loaded.config)
    for (const std::string& tb : loaded.config->termbases)
      loaded.paths.push_back(resolve_path(*loaded.config, tb));
  if (loaded.paths.empty())
    return std::unexpected(
        Error{{}, "no termbase; give one with '--terms FILE' or list it in samklang.toml"});
  auto termbase = load_termbases(loaded.paths);
  if (!termbase) return std::unexpected(termbase.error());
  loaded.termbase = std::move(*termbase);
  return loaded;
}

std::expected<std::vector<Lang>, Error> canonical_langs(const std::vector<std::string>& tags) {
  std::vector<Lang> out;
  for (const std::string& tag : tags) {
    if (!lang_is_plausible(tag))
      return std::unexpected(Error{{}, fmt::format("'{}' is not a language tag", tag)});
    out.push_back(lang_canonical(tag));
  }
  return out;
}

// Width in code points, which is what a terminal shows for these scripts.
size_t width(std::string_view text) {
  size_t n = 0;
  for (char c : text)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

std::string pad(std::string_view text, size_t to) {
  std::string out(text);
  for (size_t w = width(text); w < to; ++w) out += ' ';
  return out;
}

// Rows of cells with columns padded to their widest cell.
std::string table(const std::vector<std::vector<std::string>>& rows, std::string_view indent) {
  std::vector<size_t> widths;
  for (const auto& row : rows)
    for (size_t c = 0; c < row.size(); ++c) {
      if (widths.size() <= c) widths.push_back(0);
      widths[c] = std::max(widths[c], width(row[c]));
    }
  std::string out;
  for (const auto& row : rows) {
    std::string line(indent);
    for (size_t c = 0; c < row.size(); ++c)
      line += c + 1 < row.size() ? pad(row[c], widths[c] + 2) : row[c];
    while (line.ends_with(' ')) line.pop_back();
    out += line + '\n';
  }
  return out;
}

std::string plural(size_t n, std::string_view word) {
  return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

// --- lint -------------------------------------------------------------------

struct LintOptions {
  TermsInput input;
  std::vector<std::string> langs;
};

int run_lint(const LintOptions& options) {
  auto loaded = load_input(options.input);
  if (!loaded) return fail(loaded.error());
  auto langs = canonical_langs(options.langs);
  if (!langs) return fail(langs.error());
  if (langs->empty() && loaded->config) *langs = loaded->config->target_langs;

  std::vector<LintIssue> issues = lint_termbase(loaded->termbase, *langs);
  std::map<Severity, size_t> counts;
  std::string out;
  for (const LintIssue& issue : issues) {
    ++counts[issue.severity];
    const Location& at = issue.where;
    std::string place =
        at.line > 0 ? fmt::format("{}:{}:{}", at.file, at.line, std::max(1, at.column)) : at.file;
    out += fmt::format("{}: {}: {}\n", place, severity_name(issue.severity), issue.message);
  }
  std::set<std::string> concepts;
  for (const Term& t : loaded->termbase.terms) concepts.insert(t.concept_id);
  out += fmt::format(
      "{}, {}, {} in {} ({}, {})\n", plural(counts[Severity::error], "error"),
      plural(counts[Severity::warning], "warning"), plural(counts[Severity::note], "note"),
      plural(loaded->paths.size(), "termbase"), plural(loaded->termbase.terms.size(), "term"),
      plural(concepts.size(), "concept"));
  std::cout << out;
  return counts[Severity::error] > 0 ? kExitFindings : kExitClean;
}

// --- lookup -----------------------------------------------------------------

struct LookupOptions {
  TermsInput input;
  std::string words;
  std::string lang;
};

std::string describe_concept(const Termbase& termbase, const std::string& concept_id) {
  std::vector<std::vector<std::string>> rows{{"lang", "status", "term", "note"}};
  std::string details;
  for (size_t i : termbase.concept_terms(concept_id)) {
    const Term& t = termbase.terms[i];
    std::string term = t.text;
    if (!t.part_of_speech.empty()) term += fmt::format(" ({})", t.part_of_speech);
    rows.push_back({t.lang, term_status_name(t.status), term, t.note});
    if (!t.definition.empty() && details.find(t.definition) == std::string::npos)
      details += fmt::format("  definition ({}): {}\n", t.lang, t.definition);
  }
  return details + table(rows, "  ");
}

int run_lookup(const LookupOptions& options) {
  auto loaded = load_input(options.input);
  if (!loaded) return fail(loaded.error());
  if (!lang_is_plausible(options.lang))
    return fail({{}, fmt::format("'--lang {}' is not a language tag", options.lang)});
  const Lang lang = lang_canonical(options.lang);
  const Termbase& termbase = loaded->termbase;

  struct Hit {
    size_t term;
    std::string surface;
    std::string why;
    bool partial;
  };
  std::vector<Hit> hits;
  for (TermMatch& m : TermMatcher(termbase, lang).find(options.words))
    hits.push_back({m.term, std::move(m.surface), std::move(m.why), false});
  if (hits.empty())
    for (PartialMatch& m : find_terms_containing(termbase, lang, options.words))
      hits.push_back({m.term, options.words, std::move(m.why), true});
  if (hits.empty()) {
    std::cout << fmt::format("no term in '{}' matches or contains '{}'\n", lang, options.words);
    return kExitFindings;
  }
  std::string out;
  for (const Hit& hit : hits) {
    const Term& t = termbase.terms[hit.term];
    if (!out.empty()) out += '\n';
    out += fmt::format("concept '{}': '{}' {} '{}' ({}, {})\n", t.concept_id, hit.surface,
                       hit.partial ? "is part of" : "matches", t.text, t.lang,
                       term_status_name(t.status));
    out += fmt::format("  why: {}\n", hit.why);
    out += describe_concept(termbase, t.concept_id);
  }
  std::cout << out;
  return kExitClean;
}

// --- list -------------------------------------------------------------------

struct ListOptions {
  TermsInput input;
  std::vector<std::string> langs;
  std::string format = "text";
};

std::string cell(const Termbase& termbase, const std::vector<size_t>& members, const Lang& lang) {
  std::string out;
  for (size_t i : members) {
    const Term& t = termbase.terms[i];
    if (!term_lang_applies(t.lang, lang)) continue;
    const char* mark = t.status == TermStatus::forbidden ? "✗ "
                       : t.status == TermStatus::dnt     ? "= "
                                                         : "";
    out += fmt::format("{}{}{}", out.empty() ? "" : "; ", mark, t.text);
  }
  return out;
}

int run_list(const ListOptions& options) {
  auto loaded = load_input(options.input);
  if (!loaded) return fail(loaded.error());
  auto langs = canonical_langs(options.langs);
  if (!langs) return fail(langs.error());
  const Termbase& termbase = loaded->termbase;
  std::vector<std::string> concepts;
  std::map<std::string, std::vector<size_t>> members;
  for (size_t i = 0; i < termbase.terms.size(); ++i) {
    const Term& t = termbase.terms[i];
    if (members[t.concept_id].empty()) concepts.push_back(t.concept_id);
    members[t.concept_id].push_back(i);
    if (options.langs.empty() && t.lang != "*" &&
        std::find(langs->begin(), langs->end(), t.lang) == langs->end())
      langs->push_back(t.lang);
  }

  std::vector<std::vector<std::string>> rows;
  rows.push_back({"concept"});
  rows.front().insert(rows.front().end(), langs->begin(), langs->end());
  for (const std::string& concept_id : concepts) {
    rows.push_back({concept_id});
    for (const Lang& lang : *langs)
      rows.back().push_back(cell(termbase, members[concept_id], lang));
  }
  std::string out;
  if (options.format == "tsv") {
    for (auto& row : rows) {
      for (std::string& c : row) std::replace(c.begin(), c.end(), '\t', ' ');
      out += fmt::format("{}\n", fmt::join(row, "\t"));
    }
  } else {
    out = table(rows, "");
    out += fmt::format("{} in {}; ✗ forbidden, = do not translate\n",
                       plural(concepts.size(), "concept"), plural(langs->size(), "language"));
  }
  std::cout << out;
  return kExitClean;
}

void add_input(CLI::App& sub, TermsInput& input) {
  sub.add_option("--terms", input.terms,
                 "termbase file (.tbx, .xml, .tsv, .tab, .txt), repeatable; default: the "
                 "termbases of samklang.toml")
      ->allow_extra_args(false);
  sub.add_option("--config", input.config, "samklang.toml to use (default: found upward)");
}

}  // namespace

void setup_terms(CLI::App& app) {
  CLI::App* terms = app.add_subcommand("terms", tr("termbase tools: lint, lookup, list, table"));
  terms->require_subcommand(1);

  auto lint = std::make_shared<LintOptions>();
  CLI::App* lint_cmd = terms->add_subcommand(
      "lint", tr("report duplicate, conflicting, nested and missing terms; exit 1 on an error"));
  add_input(*lint_cmd, lint->input);
  lint_cmd
      ->add_option("--lang", lint->langs,
                   "target language that every concept needs a term in, repeatable; "
                   "default: the targets of samklang.toml")
      ->allow_extra_args(false);
  lint_cmd->callback([lint] { throw CLI::RuntimeError(run_lint(*lint)); });

  auto lookup = std::make_shared<LookupOptions>();
  CLI::App* lookup_cmd = terms->add_subcommand(
      "lookup", tr("the concepts a word or phrase matches, and their terms in every language"));
  lookup_cmd->add_option("words", lookup->words, "a word or several, as written in a text")
      ->required();
  lookup_cmd->add_option("--lang", lookup->lang, "the language of the words")->required();
  add_input(*lookup_cmd, lookup->input);
  lookup_cmd->callback([lookup] { throw CLI::RuntimeError(run_lookup(*lookup)); });

  auto list = std::make_shared<ListOptions>();
  CLI::App* list_cmd =
      terms->add_subcommand("list", tr("a table of the concepts, one column per language"));
  add_input(*list_cmd, list->input);
  list_cmd->add_option("--lang", list->langs, "languages to show, repeatable; default: all");
  list_cmd->add_option("--format", list->format, "text or tsv")
      ->check(CLI::IsMember({"text", "tsv"}));
  list_cmd->callback([list] { throw CLI::RuntimeError(run_list(*list)); });

  setup_terms_table(*terms);
}

}  // namespace samklang::cli
