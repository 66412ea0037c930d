#include "cli/i18n.h"

#include <fmt/args.h>
#include <fmt/format.h>

#include <algorithm>
#include <boost/locale/generator.hpp>
#include <boost/locale/localization_backend.hpp>
#include <boost/locale/message.hpp>
#include <cstdlib>
#include <filesystem>
#include <limits>
#include <locale>

namespace samklang::cli {

namespace {

namespace fs = std::filesystem;

constexpr const char* kDomain = "samklang";

struct Messages {
  std::string language;  // "" = English
  std::locale locale;    // with the catalogs of `language`; never made global
  bool loaded = false;
};

Messages& messages() {
  static Messages m;
  return m;
}

// The languages CMake compiles a catalog for (po/<lang>.po), comma-separated.
std::vector<std::string> available_languages() {
  std::vector<std::string> out;
  std::string_view list = SAMKLANG_MESSAGE_LANGUAGES;
  while (!list.empty()) {
    size_t end = std::min(list.find(','), list.size());
    if (end > 0) out.emplace_back(list.substr(0, end));
    list.remove_prefix(std::min(end + 1, list.size()));
  }
  return out;
}

// Where the compiled catalogs may be: beside the executable (the build tree),
// then under the install prefix.
std::vector<std::string> catalog_folders() {
  std::vector<std::string> out;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return out;
  for (const fs::path& dir :
       {exe.parent_path() / "locale", exe.parent_path().parent_path() / "share" / "locale"}) {
    if (fs::is_directory(dir, ec)) out.push_back(dir.string());
  }
  return out;
}

int clamp_count(long long n) {
  return static_cast<int>(
      std::clamp<long long>(n, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
}

}  // namespace

std::string choose_message_language(const char* lc_all, const char* lc_messages, const char* lang,
                                    const std::vector<std::string>& available) {
  std::string value;
  for (const char* candidate : {lc_all, lc_messages, lang}) {
    if (candidate != nullptr && *candidate != '\0') {
      value = candidate;
      break;
    }
  }
  // language[_territory][.codeset][@modifier]
  std::string language = value.substr(0, value.find_first_of("_.@"));
  std::transform(language.begin(), language.end(), language.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (language.empty() || language == "c" || language == "posix") return "";
  if (std::find(available.begin(), available.end(), language) == available.end()) return "";
  return language;
}

void init_messages() {
  Messages& m = messages();
  m.language = choose_message_language(std::getenv("LC_ALL"), std::getenv("LC_MESSAGES"),
                                       std::getenv("LANG"), available_languages());
  if (m.language.empty()) return;
  try {
    // The ICU backend knows every language without the system having its
    // locale generated (Debian containers rarely have sv_SE). Only the
    // message and information facets: numbers and dates stay as they are.
    boost::locale::localization_backend_manager backends =
        boost::locale::localization_backend_manager::global();
    backends.select("icu");
    boost::locale::generator generator(backends);
    generator.categories(boost::locale::message_facet | boost::locale::information_facet);
    generator.characters(boost::locale::char_facet);
    for (const std::string& dir : catalog_folders()) generator.add_messages_path(dir);
    generator.add_messages_domain(kDomain);
    // Always UTF-8, whatever codeset the variable names: the output is.
    m.locale = generator(m.language + ".UTF-8");
    m.loaded = true;
  } catch (const std::exception&) {
    m.language.clear();  // no catalog to be had: English
  }
}

const std::string& message_language() { return messages().language; }

std::string tr(const char* message) {
  const Messages& m = messages();
  if (!m.loaded) return message;
  return boost::locale::gettext(message, m.locale);
}

std::string trn(const char* singular, const char* plural, long long n) {
  const Messages& m = messages();
  if (!m.loaded) return n == 1 ? singular : plural;
  return boost::locale::ngettext(singular, plural, clamp_count(n), m.locale);
}

std::string count_of(const char* singular, const char* plural, long long n) {
  try {
    return fmt::format(fmt::runtime(trn(singular, plural, n)), n);
  } catch (const fmt::format_error&) {
    // A catalog whose translation lost its {}: the English message.
    return fmt::format(fmt::runtime(n == 1 ? singular : plural), n);
  }
}

std::string severity_word(Severity severity) {
  switch (severity) {
    case Severity::error:
      return tr("error");
    case Severity::warning:
      return tr("warning");
    case Severity::note:
      return tr("note");
  }
  return severity_name(severity);
}

std::string diagnostic(const Location& where, Severity severity, std::string_view message) {
  std::string place;
  if (!where.file.empty()) {
    place = where.file + ":";
    if (where.line > 0) place += fmt::format("{}:", where.line);
    if (where.line > 0 && where.column > 0) place += fmt::format("{}:", where.column);
    place += ' ';
  }
  return fmt::format("{}{}: {}", place, severity_word(severity), message);
}

std::string translate_message(const std::string& english, const MessageParts& parts) {
  if (parts.format.empty()) return english;
  std::string translated = tr(parts.format.c_str());
  if (translated == parts.format) return english;
  fmt::dynamic_format_arg_store<fmt::format_context> args;
  for (const std::string& arg : parts.args) args.push_back(arg);
  try {
    return fmt::vformat(translated, args);
  } catch (const fmt::format_error&) {
    return english;  // a catalog whose translation lost or added a {}
  }
}

TextLabels text_labels() {
  TextLabels labels;
  for (Severity s : {Severity::note, Severity::warning, Severity::error})
    labels.severities[static_cast<size_t>(s)] = severity_word(s);
  // TRANSLATORS: the header of the summary table of `samklang check`; the
  // columns count segments, so adjectives take the plural.
  labels.summary_header = {tr("language"), tr("segments"), tr("translated"),
                           tr("missing"),  tr("outdated"), tr("findings")};
  // TRANSLATORS: the label of a segment's line when its language is unknown.
  labels.source = tr("source");
  labels.target = tr("target");
  // TRANSLATORS: "was: <the source text as it was signed off>".
  labels.was = tr("was");
  // TRANSLATORS: "diff: <a word diff from the old source to the new>".
  labels.diff = tr("diff");
  // TRANSLATORS: "why: <why a term matched>".
  labels.why = tr("why");
  // TRANSLATORS: "fix: <how to fix the finding>".
  labels.fix = tr("fix");
  labels.no_findings = tr("no findings");
  if (!message_language().empty()) labels.message = translate_message;
  labels.count = [](Severity severity, int n) {
    switch (severity) {
      case Severity::error:
        return count_of("{} error", "{} errors", n);
      case Severity::warning:
        return count_of("{} warning", "{} warnings", n);
      case Severity::note:
        return count_of("{} note", "{} notes", n);
    }
    return std::to_string(n);
  };
  return labels;
}

StatusLabels status_labels() {
  StatusLabels labels;
  // TRANSLATORS: the header of `samklang status`; the columns count segments.
  labels.header = {tr("document"),   tr("language"), tr("segments"), tr("words"),
                   tr("translated"), tr("missing"),  tr("outdated"), tr("fuzzy")};
  // TRANSLATORS: the document column of a language's total row in `samklang status`.
  labels.total = tr("total");
  return labels;
}

}  // namespace samklang::cli
