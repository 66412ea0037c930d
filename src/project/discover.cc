#include "project/discover.h"

#include <fmt/format.h>
#include <unicode/locid.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>

namespace samklang {
namespace fs = std::filesystem;

namespace {

// A folder or file name is taken as a language only when its primary subtag
// is an ISO 639-1 code that ICU knows ("en", "sr-Latn"), so that "tmp" or
// "docs" never are.
bool names_language(const std::string& tag) {
  if (!lang_is_plausible(tag) || tag.size() > 11) return false;
  std::string base = lang_base(tag);
  if (base.size() != 2) return false;
  for (const char* const* code = icu::Locale::getISOLanguages(); *code; ++code)
    if (base == *code) return true;
  return false;
}

struct Inferred {
  Lang lang;
  std::string pattern;  // the path with the language replaced by "{lang}"
};

std::optional<Inferred> infer(const std::string& path) {
  fs::path p(path);
  // name.<lang>.ext
  std::string stem = p.stem().string();
  if (auto dot = stem.rfind('.'); dot != std::string::npos) {
    std::string tag = stem.substr(dot + 1);
    if (names_language(tag)) {
      fs::path pattern =
          p.parent_path() / (stem.substr(0, dot) + ".{lang}" + p.extension().string());
      return Inferred{lang_canonical(tag), pattern.string()};
    }
  }
  // Flutter's name_<lang>.arb ("app_sv.arb", "app_pt_BR.arb")
  if (p.extension() == ".arb") {
    for (int parts : {2, 1}) {
      size_t cut = stem.size();
      for (int k = 0; k < parts && cut != std::string::npos && cut > 0; ++k)
        cut = stem.rfind('_', cut - 1);
      if (cut == std::string::npos || cut == 0) continue;
      std::string tag = stem.substr(cut + 1);
      std::replace(tag.begin(), tag.end(), '_', '-');
      if (!names_language(tag)) continue;
      fs::path pattern = p.parent_path() / (stem.substr(0, cut) + "_{lang}.arb");
      return Inferred{lang_canonical(tag), pattern.string()};
    }
  }
  // .../<lang>/... : the nearest folder that is a language tag
  std::vector<std::string> parts;
  for (const auto& part : p) parts.push_back(part.string());
  for (size_t i = parts.size(); i-- > 1;) {
    const std::string& part = parts[i - 1];
    if (!names_language(part)) continue;
    fs::path pattern;
    for (size_t k = 0; k < parts.size(); ++k)
      pattern /= (k == i - 1 ? std::string("{lang}") : parts[k]);
    return Inferred{lang_canonical(part), pattern.string()};
  }
  // <lang>.md
  if (names_language(stem))
    return Inferred{lang_canonical(stem),
                    (p.parent_path() / ("{lang}" + p.extension().string())).string()};
  return std::nullopt;
}

std::string replace_lang(std::string pattern, const Lang& lang) {
  for (size_t at; (at = pattern.find("{lang}")) != std::string::npos;) pattern.replace(at, 6, lang);
  return pattern;
}

}  // namespace

// The same extensions as formats/bilingual.cc's table (project may not
// include formats): keep the two lists in step.
bool is_bilingual_catalog(std::string_view path) {
  std::string lower(path);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::string_view extension : {".po", ".pot", ".xlf", ".xliff", ".sdlxliff", ".tmx"})
    if (lower.ends_with(extension)) return true;
  return false;
}

std::optional<Lang> lang_from_path(const std::string& path) {
  if (auto found = infer(path)) return found->lang;
  return std::nullopt;
}

std::vector<DocumentSet> documents_from_config(const Config& config) {
  std::vector<DocumentSet> sets;
  for (const std::string& pattern : config.documents) {
    if (is_bilingual_catalog(pattern)) {  // one catalog per target language
      for (const Lang& lang : config.target_langs) {
        std::string path = resolve_path(config, replace_lang(pattern, lang));
        sets.push_back({path,
                        {{config.source_lang, path, DocumentFile::Side::source},
                         {lang, path, DocumentFile::Side::target}}});
      }
      continue;
    }
    DocumentSet set{pattern, {}};
    set.files.push_back(
        {config.source_lang, resolve_path(config, replace_lang(pattern, config.source_lang))});
    for (const Lang& lang : config.target_langs)
      set.files.push_back({lang, resolve_path(config, replace_lang(pattern, lang))});
    sets.push_back(std::move(set));
  }
  return sets;
}

std::expected<std::vector<DocumentSet>, Error> documents_from_args(
    const std::vector<std::string>& args, std::optional<Lang> source_lang) {
  struct Arg {
    DocumentFile file;
    std::string pattern;
  };
  std::vector<Arg> parsed;
  std::map<Lang, int> per_lang;
  std::vector<DocumentSet> catalogs;  // bilingual files, one set each
  for (const std::string& arg : args) {
    Arg entry;
    auto eq_sign = arg.find('=');
    bool explicit_lang = eq_sign != std::string::npos && lang_is_plausible(arg.substr(0, eq_sign));
    std::string file = explicit_lang ? arg.substr(eq_sign + 1) : arg;
    if (is_bilingual_catalog(file)) {
      Lang lang;
      if (explicit_lang) {
        lang = lang_canonical(arg.substr(0, eq_sign));
      } else if (auto inferred = infer(file)) {
        lang = inferred->lang;
      }
      catalogs.push_back(
          {file,
           {{"", file, DocumentFile::Side::source}, {lang, file, DocumentFile::Side::target}}});
      continue;
    }
    auto eq = arg.find('=');
    if (eq != std::string::npos && lang_is_plausible(arg.substr(0, eq))) {
      entry.file = {lang_canonical(arg.substr(0, eq)), arg.substr(eq + 1)};
      auto inferred = infer(entry.file.path);
      if (inferred && inferred->lang == entry.file.lang) entry.pattern = inferred->pattern;
    } else {
      auto inferred = infer(arg);
      if (!inferred)
        return std::unexpected(
            Error{{arg, 0, 0},
                  "cannot tell the language of this file; write it as LANG=PATH, e.g. en=" + arg});
      entry.file = {inferred->lang, arg};
      entry.pattern = inferred->pattern;
    }
    if (!source_lang) source_lang = entry.file.lang;
    ++per_lang[entry.file.lang];
    parsed.push_back(std::move(entry));
  }
  // One file per language is one document; with several, files are grouped
  // by their path with the language taken out.
  bool one_document = std::all_of(per_lang.begin(), per_lang.end(),
                                  [](const auto& entry) { return entry.second == 1; });
  std::vector<std::string> order;  // set names in order of first appearance
  std::map<std::string, DocumentSet> sets;
  for (Arg& entry : parsed) {
    std::string key = one_document ? std::string() : entry.pattern;
    if (!sets.contains(key)) order.push_back(key);
    sets[key].name = key.empty() ? entry.file.path : key;
    sets[key].files.push_back(std::move(entry.file));
  }
  std::vector<DocumentSet> out;
  for (DocumentSet& set : catalogs) {
    // gettext msgids are English unless told otherwise; XLIFF and TMX say
    // their source language themselves (empty = as the file declares).
    bool po = set.name.ends_with(".po") || set.name.ends_with(".pot");
    set.files.front().lang = source_lang.value_or(po ? "en" : "");
    out.push_back(std::move(set));
  }
  for (const std::string& key : order) {
    DocumentSet& set = sets[key];
    auto source = std::find_if(set.files.begin(), set.files.end(),
                               [&](const DocumentFile& f) { return f.lang == *source_lang; });
    if (source == set.files.end())
      return std::unexpected(
          Error{{set.files.front().path, 0, 0},
                fmt::format("no {} (source) file given for this document", *source_lang)});
    std::rotate(set.files.begin(), source, source + 1);
    out.push_back(std::move(set));
  }
  return out;
}

}  // namespace samklang
