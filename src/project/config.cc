#include "project/config.h"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace samklang {
namespace fs = std::filesystem;

namespace {

Location at(const std::string& path, const toml::source_region& region) {
  return {path, static_cast<int>(region.begin.line), static_cast<int>(region.begin.column)};
}

Error error_at(const std::string& path, const toml::node& node, std::string message) {
  return {at(path, node.source()), std::move(message)};
}

// A string or an array of strings.
std::expected<std::vector<std::string>, Error> strings(const std::string& path,
                                                       const toml::node& node,
                                                       std::string_view key) {
  std::vector<std::string> out;
  if (auto s = node.value<std::string>()) {
    out.push_back(*s);
    return out;
  }
  const toml::array* array = node.as_array();
  if (!array)
    return std::unexpected(
        error_at(path, node, fmt::format("'{}' must be a string or a list of strings", key)));
  for (const toml::node& item : *array) {
    auto s = item.value<std::string>();
    if (!s)
      return std::unexpected(error_at(path, item, fmt::format("'{}' must list strings", key)));
    out.push_back(*s);
  }
  return out;
}

std::expected<Lang, Error> language(const std::string& path, const toml::node& node,
                                    std::string_view key) {
  auto s = node.value<std::string>();
  if (!s || !lang_is_plausible(*s))
    return std::unexpected(error_at(
        path, node, fmt::format("'{}' must be a language tag such as \"sv\" or \"sr-Latn\"", key)));
  return lang_canonical(*s);
}

std::expected<void, Error> read_rules(const std::string& path, const toml::table& table,
                                      Config& config) {
  for (const auto& [key, node] : table) {
    RuleSetting setting;
    setting.where = at(path, key.source());
    auto value = node.value<std::string>();
    if (!value)
      return std::unexpected(error_at(
          path, node,
          fmt::format("rule '{}' must be set to \"error\", \"warning\", \"note\" or \"off\"",
                      key.str())));
    if (*value == "off") {
      setting.enabled = false;
    } else if (auto severity = parse_severity(*value)) {
      setting.severity = severity;
    } else {
      return std::unexpected(error_at(path, node,
                                      fmt::format("unknown severity '{}' for rule '{}'; use "
                                                  "\"error\", \"warning\", \"note\" or \"off\"",
                                                  *value, key.str())));
    }
    config.rules[std::string(key.str())] = setting;
  }
  return {};
}

// [outdated]: typography = true makes a change of quotes, dashes or spaces
// alone outdate a translation.
std::expected<void, Error> read_outdated(const std::string& path, const toml::node& node,
                                         Config& config) {
  const toml::table* table = node.as_table();
  if (!table) return std::unexpected(error_at(path, node, "'outdated' must be a table"));
  for (const auto& [key, value] : *table) {
    if (key.str() != "typography")
      return std::unexpected(
          error_at(path, value,
                   fmt::format("unknown key '{}' in [outdated]; expected typography", key.str())));
    auto flag = value.value<bool>();
    if (!flag || !value.is_boolean())
      return std::unexpected(error_at(path, value, "'typography' must be true or false"));
    config.outdated_typography = *flag;
  }
  return {};
}

// [untranslated]: keep = ["GNOME", "Civil Rights Defenders"] lists names and
// codes that stay the same in a translation.
std::expected<void, Error> read_untranslated(const std::string& path, const toml::node& node,
                                             Config& config) {
  const toml::table* table = node.as_table();
  if (!table) return std::unexpected(error_at(path, node, "'untranslated' must be a table"));
  for (const auto& [key, value] : *table) {
    if (key.str() != "keep")
      return std::unexpected(
          error_at(path, value,
                   fmt::format("unknown key '{}' in [untranslated]; expected keep", key.str())));
    auto list = strings(path, value, "keep");
    if (!list) return std::unexpected(list.error());
    config.untranslated_keep = *list;
  }
  return {};
}

// [languages.<lang>]: ignore = ["rule", ...] drops those rules' findings in
// that target language. The ids are checked by the engine, which knows them.
std::expected<void, Error> read_languages(const std::string& path, const toml::node& node,
                                          Config& config) {
  const toml::table* table = node.as_table();
  if (!table)
    return std::unexpected(
        error_at(path, node, "'languages' must be a table of languages, e.g. [languages.th]"));
  for (const auto& [tag, settings] : *table) {
    if (!lang_is_plausible(tag.str()))
      return std::unexpected(
          Error{at(path, tag.source()),
                fmt::format("'{}' is not a language tag; write e.g. [languages.th]", tag.str())});
    const toml::table* entries = settings.as_table();
    if (!entries)
      return std::unexpected(
          error_at(path, settings,
                   fmt::format("'languages.{}' must be a table, e.g. ignore = [\"punctuation\"]",
                               tag.str())));
    std::vector<RuleRef>& ignores = config.language_ignores[lang_canonical(tag.str())];
    for (const auto& [key, value] : *entries) {
      if (key.str() != "ignore")
        return std::unexpected(
            Error{at(path, key.source()),
                  fmt::format("unknown key '{}' in [languages.{}]; expected ignore", key.str(),
                              tag.str())});
      const toml::array* ids = value.as_array();
      if (!ids)
        return std::unexpected(
            error_at(path, value, "'ignore' must be a list of rule ids, e.g. [\"punctuation\"]"));
      for (const toml::node& id : *ids) {
        auto s = id.value<std::string>();
        if (!s || !id.is_string())
          return std::unexpected(error_at(path, id, "'ignore' must list rule ids as strings"));
        ignores.push_back({*s, at(path, id.source())});
      }
    }
  }
  return {};
}

// [baseline]: path = "..." names the baseline file.
std::expected<void, Error> read_baseline(const std::string& path, const toml::node& node,
                                         Config& config) {
  const toml::table* table = node.as_table();
  if (!table) return std::unexpected(error_at(path, node, "'baseline' must be a table"));
  for (const auto& [key, value] : *table) {
    if (key.str() != "path")
      return std::unexpected(
          Error{at(path, key.source()),
                fmt::format("unknown key '{}' in [baseline]; expected path", key.str())});
    auto s = value.value<std::string>();
    if (!s || !value.is_string() || s->empty())
      return std::unexpected(
          error_at(path, value, "'path' must be a file name, e.g. \"samklang.baseline\""));
    config.baseline = *s;
  }
  return {};
}

}  // namespace

std::expected<Config, Error> parse_config(std::string_view content, const std::string& path) {
  Config config;
  config.path = path;
  config.root = fs::path(path).parent_path().string();
  toml::table root;
  try {
    root = toml::parse(content, path);
  } catch (const toml::parse_error& e) {
    return std::unexpected(Error{at(path, e.source()), std::string(e.description())});
  }
  for (const auto& [key, node] : root) {
    std::string_view name = key.str();
    if (name == "source") {
      auto lang = language(path, node, name);
      if (!lang) return std::unexpected(lang.error());
      config.source_lang = *lang;
    } else if (name == "targets") {
      auto list = strings(path, node, name);
      if (!list) return std::unexpected(list.error());
      for (const std::string& tag : *list) {
        if (!lang_is_plausible(tag))
          return std::unexpected(
              error_at(path, node, fmt::format("'{}' is not a language tag", tag)));
        config.target_langs.push_back(lang_canonical(tag));
      }
    } else if (name == "documents" || name == "termbases") {
      auto list = strings(path, node, name);
      if (!list) return std::unexpected(list.error());
      (name == "documents" ? config.documents : config.termbases) = *list;
    } else if (name == "segmentation") {
      auto s = node.value<std::string>();
      if (!s) return std::unexpected(error_at(path, node, "'segmentation' must be a folder path"));
      config.segmentation = *s;
    } else if (name == "punctuation") {
      auto s = node.value<std::string>();
      if (!s) return std::unexpected(error_at(path, node, "'punctuation' must be a file path"));
      config.punctuation = *s;
    } else if (name == "rules") {
      const toml::table* table = node.as_table();
      if (!table) return std::unexpected(error_at(path, node, "'rules' must be a table"));
      if (auto ok = read_rules(path, *table, config); !ok) return std::unexpected(ok.error());
    } else if (name == "outdated") {
      if (auto ok = read_outdated(path, node, config); !ok) return std::unexpected(ok.error());
    } else if (name == "untranslated") {
      if (auto ok = read_untranslated(path, node, config); !ok) return std::unexpected(ok.error());
    } else if (name == "languages") {
      if (auto ok = read_languages(path, node, config); !ok) return std::unexpected(ok.error());
    } else if (name == "baseline") {
      if (auto ok = read_baseline(path, node, config); !ok) return std::unexpected(ok.error());
    } else {
      return std::unexpected(
          error_at(path, node,
                   fmt::format("unknown key '{}'; expected source, targets, documents, termbases, "
                               "segmentation, punctuation, [rules], [outdated], [untranslated], "
                               "[languages.<lang>] or [baseline]",
                               name)));
    }
  }
  if (config.source_lang.empty())
    return std::unexpected(Error{{path, 1, 1}, "no 'source' language; add e.g. source = \"sv\""});
  for (const std::string& doc : config.documents) {
    if (doc.find("{lang}") == std::string::npos)
      return std::unexpected(
          Error{{path, 1, 1}, fmt::format("document '{}' has no '{{lang}}' in its path", doc)});
  }
  return config;
}

std::expected<Config, Error> load_config(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::unexpected(Error{{path, 0, 0}, "cannot read the configuration file"});
  std::stringstream buffer;
  buffer << in.rdbuf();
  return parse_config(buffer.str(), path);
}

std::optional<std::string> find_config(const std::string& start) {
  std::error_code ec;
  fs::path dir = fs::absolute(start, ec);
  if (ec) return std::nullopt;
  while (true) {
    fs::path candidate = dir / "samklang.toml";
    if (fs::is_regular_file(candidate, ec)) {
      fs::path relative = fs::relative(candidate, fs::current_path(ec), ec);
      return (!ec && !relative.empty()) ? relative.string() : candidate.string();
    }
    if (!dir.has_parent_path() || dir.parent_path() == dir) return std::nullopt;
    dir = dir.parent_path();
  }
}

std::string resolve_path(const Config& config, const std::string& path) {
  fs::path p(path);
  if (p.is_absolute() || config.root.empty()) return p.lexically_normal().string();
  return (fs::path(config.root) / p).lexically_normal().string();
}

}  // namespace samklang
