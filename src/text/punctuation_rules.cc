#include "text/punctuation_rules.h"

#include <fmt/format.h>
#include <toml++/toml.h>
#include <unicode/uloc.h>
#include <unicode/ulocdata.h>
#include <unicode/ures.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace samklang {

namespace {

constexpr std::array<const char*, kEndKinds> kEndKeys = {"full_stop", "question",  "exclamation",
                                                         "colon",     "semicolon", "ellipsis"};

constexpr const char* kKeys =
    "full_stop, question, exclamation, colon, semicolon, ellipsis, comma, end_optional, "
    "question_open, "
    "exclamation_open, quotes, spaced_quotes, no_space_before, space_before or "
    "space_before_optional";

Location at(const std::string& path, const toml::node& node) {
  const toml::source_region& region = node.source();
  return {path, static_cast<int>(region.begin.line), static_cast<int>(region.begin.column)};
}

Error error_at(const std::string& path, const toml::node& node, std::string message) {
  return {at(path, node), std::move(message)};
}

std::expected<std::string, Error> mark(const std::string& path, const toml::node& node,
                                       std::string_view key) {
  auto s = node.value<std::string>();
  if (!s || !node.is_string())
    return std::unexpected(error_at(path, node, fmt::format("'{}' must list strings", key)));
  if (s->empty())
    return std::unexpected(error_at(path, node, fmt::format("'{}' lists an empty mark", key)));
  return *s;
}

std::expected<std::vector<std::string>, Error> marks(const std::string& path,
                                                     const toml::node& node, std::string_view key) {
  const toml::array* array = node.as_array();
  if (!array)
    return std::unexpected(
        error_at(path, node, fmt::format("'{}' must be a list of strings, e.g. [\"?\"]", key)));
  std::vector<std::string> out;
  for (const toml::node& item : *array) {
    auto m = mark(path, item, key);
    if (!m) return std::unexpected(m.error());
    out.push_back(std::move(*m));
  }
  return out;
}

std::expected<std::vector<QuotePair>, Error> quote_pairs(const std::string& path,
                                                         const toml::node& node) {
  const char* shape = "'quotes' must be a list of [opening, closing] pairs, e.g. [[\"“\", \"”\"]]";
  const toml::array* array = node.as_array();
  if (!array) return std::unexpected(error_at(path, node, shape));
  std::vector<QuotePair> out;
  for (const toml::node& item : *array) {
    const toml::array* pair = item.as_array();
    if (!pair || pair->size() != 2) return std::unexpected(error_at(path, item, shape));
    auto open = mark(path, (*pair)[0], "quotes");
    if (!open) return std::unexpected(open.error());
    auto close = mark(path, (*pair)[1], "quotes");
    if (!close) return std::unexpected(close.error());
    out.push_back({std::move(*open), std::move(*close)});
  }
  return out;
}

}  // namespace

const char* end_kind_key(EndKind kind) { return kEndKeys[static_cast<size_t>(kind)]; }

std::expected<void, Error> PunctuationRules::add(std::string_view content,
                                                 const std::string& path) {
  toml::table root;
  try {
    root = toml::parse(content, path);
  } catch (const toml::parse_error& e) {
    const toml::source_region& region = e.source();
    return std::unexpected(
        Error{{path, static_cast<int>(region.begin.line), static_cast<int>(region.begin.column)},
              std::string(e.description())});
  }
  for (const auto& [name, node] : root) {
    const toml::table* table = node.as_table();
    if (!table)
      return std::unexpected(
          error_at(path, node,
                   fmt::format("'{}' must be a section: [default] or a language tag such as [fr]",
                               name.str())));
    std::string tag(name.str());
    if (tag != "default") {
      if (!lang_is_plausible(tag))
        return std::unexpected(error_at(
            path, node,
            fmt::format("'{}' is not a language tag; name a section [default] or e.g. [sr-Latn]",
                        tag)));
      tag = lang_canonical(tag);
    }
    Section& section = sections_[tag];
    for (const auto& [key_name, value] : *table) {
      std::string_view key = key_name.str();
      auto kind = std::find(kEndKeys.begin(), kEndKeys.end(), key);
      if (kind != kEndKeys.end()) {
        auto list = marks(path, value, key);
        if (!list) return std::unexpected(list.error());
        section.end[static_cast<size_t>(kind - kEndKeys.begin())] = std::move(*list);
      } else if (key == "end_optional") {
        if (!value.is_boolean())
          return std::unexpected(error_at(path, value, "'end_optional' must be true or false"));
        section.end_optional = *value.value<bool>();
      } else if (key == "question_open" || key == "exclamation_open") {
        auto m = mark(path, value, key);
        if (!m) return std::unexpected(m.error());
        (key == "question_open" ? section.question_open : section.exclamation_open) = *m;
      } else if (key == "quotes") {
        auto pairs = quote_pairs(path, value);
        if (!pairs) return std::unexpected(pairs.error());
        section.quotes = std::move(*pairs);
      } else if (key == "comma" || key == "spaced_quotes" || key == "no_space_before" ||
                 key == "space_before" || key == "space_before_optional") {
        auto list = marks(path, value, key);
        if (!list) return std::unexpected(list.error());
        if (key == "comma")
          section.comma = std::move(*list);
        else if (key == "spaced_quotes")
          section.spaced_quotes = std::move(*list);
        else if (key == "no_space_before")
          section.no_space_before = std::move(*list);
        else if (key == "space_before")
          section.space_before = std::move(*list);
        else
          section.space_before_optional = std::move(*list);
      } else {
        return std::unexpected(
            error_at(path, value,
                     fmt::format("unknown key '{}' in [{}]; expected {}", key, name.str(), kKeys)));
      }
    }
  }
  return {};
}

LocalePunctuation PunctuationRules::for_lang(const Lang& lang) const {
  // [default], then "sr", "sr-Latn", "sr-Latn-RS".
  std::vector<const Section*> chain;
  if (auto it = sections_.find("default"); it != sections_.end()) chain.push_back(&it->second);
  std::string canonical = lang_canonical(lang);
  for (size_t end = 0; end != std::string::npos && !canonical.empty();) {
    end = canonical.find('-', end + 1);
    auto it = sections_.find(canonical.substr(0, end));
    if (it != sections_.end()) chain.push_back(&it->second);
  }
  LocalePunctuation out;
  out.described = chain.size() > 1 || (chain.size() == 1 && !sections_.contains("default"));
  bool quotes_given = false;
  for (const Section* s : chain) {
    for (size_t k = 0; k < kEndKinds; ++k)
      if (s->end[k]) out.end[k] = *s->end[k];
    if (s->end_optional) out.end_optional = *s->end_optional;
    if (s->question_open) out.question_open = *s->question_open;
    if (s->exclamation_open) out.exclamation_open = *s->exclamation_open;
    if (s->quotes) {
      out.quotes = *s->quotes;
      quotes_given = true;
    }
    if (s->comma) out.comma = *s->comma;
    if (s->spaced_quotes) out.spaced_quotes = *s->spaced_quotes;
    if (s->no_space_before) out.no_space_before = *s->no_space_before;
    if (s->space_before) out.space_before = *s->space_before;
    if (s->space_before_optional) out.space_before_optional = *s->space_before_optional;
  }
  if (!quotes_given) {
    out.quotes = icu_quotes(canonical);
    out.quotes_from_icu = !out.quotes.empty();
  }
  return out;
}

std::expected<PunctuationRules, Error> load_punctuation_rules(
    const std::vector<std::string>& paths) {
  PunctuationRules rules;
  for (const std::string& path : paths) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::unexpected(Error{{path, 0, 0}, "cannot read the punctuation rules file"});
    std::stringstream buffer;
    buffer << in.rdbuf();
    if (auto ok = rules.add(buffer.str(), path); !ok) return std::unexpected(ok.error());
  }
  return rules;
}

std::vector<QuotePair> icu_quotes(const Lang& lang) {
  if (lang.empty()) return {};
  char locale[ULOC_FULLNAME_CAPACITY] = {};
  UErrorCode status = U_ZERO_ERROR;
  uloc_forLanguageTag(lang.c_str(), locale, sizeof locale, nullptr, &status);
  if (U_FAILURE(status)) return {};
  // Only the locale's own data, or its parent's ("de" for "de-AT"), not
  // root's nor the default locale's (ICU's stand-in for one it lacks).
  UResourceBundle* bundle = ures_open(nullptr, locale, &status);
  bool stand_in = status == U_USING_DEFAULT_WARNING;
  UResourceBundle* delimiters = ures_getByKey(bundle, "delimiters", nullptr, &status);
  const char* actual = ures_getLocaleByType(delimiters, ULOC_ACTUAL_LOCALE, &status);
  bool own =
      !stand_in && U_SUCCESS(status) && actual != nullptr && std::string_view(actual) != "root";
  ures_close(delimiters);
  ures_close(bundle);
  if (!own) return {};
  ULocaleData* data = ulocdata_open(locale, &status);
  if (U_FAILURE(status)) return {};
  std::array<std::string, 4> marks;
  bool failed = false;
  for (int type = ULOCDATA_QUOTATION_START; type <= ULOCDATA_ALT_QUOTATION_END; ++type) {
    UChar buffer[8];
    UErrorCode s = U_ZERO_ERROR;
    int32_t length =
        ulocdata_getDelimiter(data, static_cast<ULocaleDataDelimiterType>(type), buffer, 8, &s);
    if (U_FAILURE(s)) {
      failed = true;
      break;
    }
    char utf8[32];
    int32_t written = 0;
    UErrorCode convert = U_ZERO_ERROR;
    u_strToUTF8(utf8, sizeof utf8, &written, buffer, length, &convert);
    if (U_FAILURE(convert))
      failed = true;
    else
      marks[static_cast<size_t>(type)] = std::string(utf8, static_cast<size_t>(written));
  }
  ulocdata_close(data);
  if (failed || marks[0].empty() || marks[1].empty()) return {};
  std::vector<QuotePair> out{{marks[0], marks[1]}};
  if (!marks[2].empty() && !marks[3].empty()) out.push_back({marks[2], marks[3]});
  return out;
}

}  // namespace samklang
