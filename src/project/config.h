// samklang.toml: the project's languages, documents, termbases and rule
// settings. Paths in it are relative to the file's folder.
#pragma once

#include <expected>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/finding.h"
#include "core/lang.h"
#include "core/location.h"

namespace samklang {

struct RuleSetting {
  bool enabled = true;
  std::optional<Severity> severity;  // none = the rule's default
  Location where;                    // the line that set it, for errors
};

// A rule id as written in the file, with its place for errors.
struct RuleRef {
  std::string id;
  Location where;
};

struct Config {
  std::string path;  // the file read; empty when there is none
  std::string root;  // the folder relative paths start from
  Lang source_lang;
  std::vector<Lang> target_langs;
  std::vector<std::string> documents;  // paths with "{lang}"
  std::vector<std::string> termbases;
  std::string segmentation = "rules/segmentation";
  std::string punctuation;  // the project's punctuation rules file; empty = rules/punctuation.toml
  std::map<std::string, RuleSetting> rules;  // rule id -> setting
  bool outdated_typography = false;          // [outdated] typography: quotes, dashes, spaces count
  std::vector<std::string> untranslated_keep;  // [untranslated] keep: words that stay the same
  // [languages.<lang>] ignore = [...]: rules whose findings in that target
  // language are dropped.
  std::map<Lang, std::vector<RuleRef>> language_ignores;
  std::string baseline;  // [baseline] path, relative to the file; empty = samklang.baseline
};

// Reads and validates a samklang.toml. Errors as path:line:col.
std::expected<Config, Error> load_config(const std::string& path);
std::expected<Config, Error> parse_config(std::string_view content, const std::string& path);

// The nearest samklang.toml in `start` or a folder above it.
std::optional<std::string> find_config(const std::string& start);

// `path` resolved against the config's root (absolute paths kept); the
// result is relative to the working directory when it lies below it.
std::string resolve_path(const Config& config, const std::string& path);

}  // namespace samklang
