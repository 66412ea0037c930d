#include "project/baseline.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <tuple>

#include "core/line_index.h"
#include "project/atomic_file.h"

namespace samklang {
namespace fs = std::filesystem;

namespace {

using Json = nlohmann::json;

constexpr std::string_view kVersionKey = "samklang_baseline";
constexpr std::string_view kMend =
    "mend the line, restore the file from version control, or move it away and run 'samklang "
    "check --update-baseline'";

// The offset in `line` where the value of top-level `key` starts (or, with
// `of_key`, the key itself), by a scan that knows strings and nesting only;
// npos when the line has no such key.
size_t value_offset(std::string_view line, std::string_view key, bool of_key = false) {
  int depth = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (c == '{' || c == '[') {
      ++depth;
    } else if (c == '}' || c == ']') {
      --depth;
    } else if (c == '"') {
      size_t start = i;
      for (++i; i < line.size() && line[i] != '"'; ++i)
        if (line[i] == '\\') ++i;
      if (depth != 1) continue;
      size_t colon = line.find_first_not_of(" \t", i + 1);
      if (colon == std::string_view::npos || line[colon] != ':') continue;
      if (line.substr(start + 1, i - start - 1) != key) continue;
      if (of_key) return start;
      size_t value = line.find_first_not_of(" \t", colon + 1);
      return value == std::string_view::npos ? line.size() : value;
    }
  }
  return std::string_view::npos;
}

bool is_fingerprint(std::string_view s) {
  return s.size() == 16 && std::all_of(s.begin(), s.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

// nlohmann's message without its "[json.exception...] parse error at line
// L, column C: " prefix: the place is given as path:line:col already.
std::string syntax_message(const char* what) {
  std::string_view text(what);
  size_t column = text.find("column ");
  if (column != std::string_view::npos) {
    size_t colon = text.find(": ", column);
    if (colon != std::string_view::npos) text.remove_prefix(colon + 2);
  }
  return std::string(text);
}

std::string quoted(const std::string& text) {
  return Json(text).dump(-1, ' ', false, Json::error_handler_t::replace);
}

class BaselineParser {
 public:
  BaselineParser(std::string_view content, const std::string& path)
      : content_(content), lines_(content), path_(path) {}

  std::expected<Baseline, Error> parse() {
    Baseline out;
    bool seen_version = false;
    size_t pos = 0;
    while (pos < content_.size()) {
      size_t end = content_.find('\n', pos);
      if (end == std::string_view::npos) end = content_.size();
      size_t line_end = end > pos && content_[end - 1] == '\r' ? end - 1 : end;
      std::string_view line = content_.substr(pos, line_end - pos);
      size_t start = pos;
      pos = end + 1;
      if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
      Json value;
      try {
        value = Json::parse(line);
      } catch (const Json::parse_error& e) {
        size_t offset = e.byte > 0 ? e.byte - 1 : 0;
        return std::unexpected(
            at(start + std::min(offset, line.size()),
               fmt::format("the baseline is damaged ({}); {}", syntax_message(e.what()), kMend)));
      }
      if (!seen_version) {
        if (auto ok = version(value, line, start); !ok) return std::unexpected(ok.error());
        seen_version = true;
        continue;
      }
      auto entry = read_entry(value, line, start);
      if (!entry) return std::unexpected(entry.error());
      out.entries.push_back(std::move(*entry));
    }
    if (!seen_version)
      return std::unexpected(
          at(0, fmt::format("not a samklang baseline: no {{\"{}\": {}}} line at its start; {}",
                            kVersionKey, Baseline::kVersion, kMend)));
    return out;
  }

 private:
  Error at(size_t offset, std::string message) const {
    LineColumn lc = lines_.at(content_, static_cast<uint32_t>(std::min(offset, content_.size())));
    return Error{{path_, lc.line, lc.column}, std::move(message)};
  }

  // The place of `key`'s value in the line starting at `start` (the line's
  // start when the key is absent).
  size_t offset_of(std::string_view line, size_t start, std::string_view key,
                   bool of_key = false) const {
    size_t value = value_offset(line, key, of_key);
    return start + (value == std::string_view::npos ? 0 : value);
  }

  std::expected<void, Error> version(const Json& value, std::string_view line, size_t start) {
    if (!value.is_object() || !value.contains(kVersionKey) || value.size() != 1)
      return std::unexpected(
          at(start, fmt::format("not a samklang baseline: the first line must be "
                                "{{\"{}\": {}}}; {}",
                                kVersionKey, Baseline::kVersion, kMend)));
    const Json& v = value[std::string(kVersionKey)];
    if (!v.is_number_integer() || v.get<long long>() != Baseline::kVersion)
      return std::unexpected(
          at(offset_of(line, start, kVersionKey),
             fmt::format("baseline version {} is not one this samklang reads (version {}); use the "
                         "samklang that wrote it, or move the file away and run 'samklang check "
                         "--update-baseline'",
                         v.dump(), Baseline::kVersion)));
    return {};
  }

  std::expected<BaselineEntry, Error> read_entry(const Json& value, std::string_view line,
                                                 size_t start) {
    if (!value.is_object())
      return std::unexpected(
          at(start, fmt::format("the baseline is damaged: an entry must be an object; {}", kMend)));
    static constexpr std::array kKeys = {"file",        "rule",    "lang",
                                         "fingerprint", "context", "reason"};
    for (const auto& [key, field] : value.items()) {
      if (std::find(kKeys.begin(), kKeys.end(), key) == kKeys.end())
        return std::unexpected(
            at(offset_of(line, start, key, true),
               fmt::format("unknown key '{}' in a baseline entry; expected file, rule, lang, "
                           "fingerprint, context and reason",
                           key)));
    }
    BaselineEntry entry;
    LineColumn lc = lines_.at(content_, static_cast<uint32_t>(start));
    entry.where = {path_, lc.line, 1};
    for (auto [key, out, required] :
         {std::tuple{"file", &entry.file, true}, std::tuple{"rule", &entry.rule, true},
          std::tuple{"lang", &entry.lang, false},
          std::tuple{"fingerprint", &entry.fingerprint, true},
          std::tuple{"context", &entry.context, false},
          std::tuple{"reason", &entry.reason, false}}) {
      auto it = value.find(key);
      if (it == value.end()) {
        if (!required) continue;
        return std::unexpected(
            at(start, fmt::format("the baseline entry has no '{}'; {}", key, kMend)));
      }
      if (!it->is_string() || (required && it->get_ref<const std::string&>().empty()))
        return std::unexpected(at(
            offset_of(line, start, key),
            fmt::format("'{}' must be a{} string; {}", key, required ? " non-empty" : "", kMend)));
      *out = it->get<std::string>();
    }
    if (!is_fingerprint(entry.fingerprint))
      return std::unexpected(
          at(offset_of(line, start, "fingerprint"),
             fmt::format("'{}' is not a fingerprint (16 hexadecimal digits, as samklang writes "
                         "them); {}",
                         entry.fingerprint, kMend)));
    LineColumn rule = lines_.at(content_, static_cast<uint32_t>(offset_of(line, start, "rule")));
    entry.rule_at = {path_, rule.line, rule.column};
    return entry;
  }

  std::string_view content_;
  LineIndex lines_;
  const std::string& path_;
};

auto sort_key(const BaselineEntry& e) {
  return std::tie(e.file, e.rule, e.context, e.fingerprint, e.lang, e.reason);
}

}  // namespace

std::expected<Baseline, Error> parse_baseline(std::string_view content, const std::string& path) {
  return BaselineParser(content, path).parse();
}

std::expected<std::optional<Baseline>, Error> load_baseline(const std::string& path) {
  auto text = read_file_if_present(path, "baseline");
  if (!text) return std::unexpected(text.error());
  if (!*text) return std::optional<Baseline>{};
  auto baseline = parse_baseline(**text, path);
  if (!baseline) return std::unexpected(baseline.error());
  return std::optional<Baseline>{std::move(*baseline)};
}

std::string render_baseline(const Baseline& baseline) {
  std::vector<const BaselineEntry*> entries;
  for (const BaselineEntry& e : baseline.entries) entries.push_back(&e);
  std::sort(entries.begin(), entries.end(), [](const BaselineEntry* a, const BaselineEntry* b) {
    return sort_key(*a) < sort_key(*b);
  });
  std::string out = fmt::format("{{\"{}\": {}}}\n", kVersionKey, Baseline::kVersion);
  for (const BaselineEntry* e : entries) {
    out += fmt::format(
        "{{\"file\": {}, \"rule\": {}, \"lang\": {}, \"fingerprint\": {}, \"context\": {}, "
        "\"reason\": {}}}\n",
        quoted(e->file), quoted(e->rule), quoted(e->lang), quoted(e->fingerprint),
        quoted(e->context), quoted(e->reason));
  }
  return out;
}

Baseline update_baseline(const Baseline& old, std::vector<BaselineEntry> now,
                         const std::vector<std::string>& checked) {
  auto was_checked = [&](const std::string& file) {
    return std::find(checked.begin(), checked.end(), file) != checked.end();
  };
  auto fresh = [](BaselineEntry e) {
    e.where = {};
    e.rule_at = {};
    return e;
  };
  // The reasons of the old entries of checked files by fingerprint, in file
  // order: a finding that occurs twice takes the reasons of its two entries
  // in turn. The entries of other files are kept, and count as taken.
  std::map<std::string, std::vector<const std::string*>> reasons;
  std::map<std::string, size_t> kept;
  Baseline out;
  for (const BaselineEntry& e : old.entries) {
    if (was_checked(e.file)) {
      reasons[e.fingerprint].push_back(&e.reason);
    } else {
      kept[e.fingerprint]++;
      out.entries.push_back(fresh(e));
    }
  }
  std::map<std::string, size_t> taken;
  for (BaselineEntry& e : now) {
    if (!was_checked(e.file)) {
      auto it = kept.find(e.fingerprint);
      if (it != kept.end() && it->second > 0) {
        --it->second;
        continue;
      }
    } else if (auto it = reasons.find(e.fingerprint); it != reasons.end()) {
      size_t& n = taken[e.fingerprint];
      if (n < it->second.size() && e.reason.empty()) e.reason = *it->second[n];
      ++n;
    }
    out.entries.push_back(fresh(std::move(e)));
  }
  std::sort(
      out.entries.begin(), out.entries.end(),
      [](const BaselineEntry& a, const BaselineEntry& b) { return sort_key(a) < sort_key(b); });
  return out;
}

std::optional<Error> save_baseline(const std::string& path, const Baseline& baseline) {
  std::error_code ec;
  if (fs::exists(path, ec) && !fs::is_regular_file(path, ec))
    return Error{{path, 0, 0}, "the baseline is not a regular file; name a file with --baseline"};
  return write_file_atomically(path, render_baseline(baseline), "baseline");
}

std::string baseline_context(std::string_view text, size_t max_chars) {
  std::string out;
  size_t chars = 0;
  bool space = false;
  for (size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    bool lead = (c & 0xC0) != 0x80;
    if (lead && chars == max_chars) return out + "…";
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      if (!space && !out.empty()) {
        out += ' ';
        ++chars;
      }
      space = true;
      continue;
    }
    space = false;
    if (lead) ++chars;
    out += static_cast<char>(c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace samklang
