#include "project/lockfile.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "core/line_index.h"
#include "project/atomic_file.h"

namespace samklang {

namespace {

using Json = nlohmann::json;

constexpr std::string_view kVersionKey = "samklang_lock";
constexpr std::string_view kMend =
    "restore it from version control, or delete it and sign off again with 'samklang accept'";

class Places {
 public:
  Places(std::string_view content, std::string path)
      : content_(content), lines_(content), path_(std::move(path)) {
    scan();
  }

  Error at(size_t offset, std::string message) const {
    offset = std::min(offset, content_.size());
    LineColumn lc = lines_.at(content_, static_cast<uint32_t>(offset));
    return Error{{path_, lc.line, lc.column}, std::move(message)};
  }
  // Where the i-th pair's object starts (the file start when unknown).
  size_t pair(size_t i) const { return i < pairs_.size() ? pairs_[i] : 0; }
  // Where the version's value starts.
  size_t version() const { return version_; }

 private:
  // The offsets of the objects inside the top-level "pairs" array, and of the
  // version's value, by a scan that knows strings and nesting only.
  void scan() {
    int depth = 0;
    bool in_string = false;
    size_t string_start = 0;
    for (size_t i = 0; i < content_.size(); ++i) {
      char c = content_[i];
      if (in_string) {
        if (c == '\\') {
          ++i;
        } else if (c == '"') {
          in_string = false;
          std::string_view text = content_.substr(string_start + 1, i - string_start - 1);
          if (depth == 1 && text == kVersionKey) {
            size_t value = content_.find_first_not_of(" \t\r\n:", i + 1);
            version_ = value == std::string_view::npos ? content_.size() : value;
          }
        }
        continue;
      }
      if (c == '"') {
        in_string = true;
        string_start = i;
      } else if (c == '{' || c == '[') {
        if (c == '{' && depth == 2) pairs_.push_back(i);
        ++depth;
      } else if (c == '}' || c == ']') {
        --depth;
      }
    }
  }

  std::string_view content_;
  LineIndex lines_;
  std::string path_;
  std::vector<size_t> pairs_;
  size_t version_ = 0;
};

bool is_fingerprint(const Json& value) {
  if (!value.is_string()) return false;
  const auto& s = value.get_ref<const std::string&>();
  return s.size() == 16 && std::all_of(s.begin(), s.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

std::expected<std::vector<std::string>, std::string> fingerprints(const Json& pair,
                                                                  const char* key) {
  auto it = pair.find(key);
  if (it == pair.end() || !it->is_array() || it->empty())
    return std::unexpected(fmt::format("'{}' must be a list of fingerprints", key));
  std::vector<std::string> out;
  for (const Json& item : *it) {
    if (!is_fingerprint(item))
      return std::unexpected(
          fmt::format("'{}' holds '{}', which is not a fingerprint (16 hex digits)", key,
                      item.dump(-1, ' ', false, Json::error_handler_t::replace)));
    out.push_back(item.get<std::string>());
  }
  return out;
}

std::expected<SignedPair, std::string> read_pair(const Json& pair) {
  if (!pair.is_object()) return std::unexpected("a pair must be an object");
  for (const auto& [key, value] : pair.items()) {
    if (key != "document" && key != "lang" && key != "source" && key != "target" && key != "text")
      return std::unexpected(fmt::format(
          "unknown key '{}' in a pair; expected document, lang, source, target and text", key));
  }
  SignedPair out;
  for (auto [key, field] : {std::pair{"document", &out.document}, std::pair{"lang", &out.lang},
                            std::pair{"text", &out.text}}) {
    auto it = pair.find(key);
    if (it == pair.end() || !it->is_string())
      return std::unexpected(fmt::format("the pair has no '{}' string", key));
    *field = it->get<std::string>();
  }
  if (out.document.empty() || out.lang.empty())
    return std::unexpected("a pair's 'document' and 'lang' must not be empty");
  auto source = fingerprints(pair, "source");
  if (!source) return std::unexpected(source.error());
  auto target = fingerprints(pair, "target");
  if (!target) return std::unexpected(target.error());
  out.source = std::move(*source);
  out.target = std::move(*target);
  return out;
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

std::string list(const std::vector<std::string>& items) {
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + quoted(items[i]);
  return out + "]";
}

}  // namespace

std::expected<Lockfile, Error> parse_lockfile(std::string_view content, const std::string& path) {
  Places places(content, path);
  Json root;
  try {
    root = Json::parse(content);
  } catch (const Json::parse_error& e) {
    size_t offset = e.byte > 0 ? e.byte - 1 : 0;
    return std::unexpected(places.at(
        offset, fmt::format("the lockfile is damaged ({}); {}", syntax_message(e.what()), kMend)));
  }
  if (!root.is_object() || !root.contains(kVersionKey))
    return std::unexpected(
        places.at(0, fmt::format("not a samklang lockfile: no '{}' version at its start; {}",
                                 kVersionKey, kMend)));
  const Json& version = root[std::string(kVersionKey)];
  if (!version.is_number_integer() || version.get<long long>() != Lockfile::kVersion)
    return std::unexpected(places.at(
        places.version(),
        fmt::format("lockfile version {} is not one this samklang reads (version {}); use the "
                    "samklang that wrote it, or sign off again with 'samklang accept' after "
                    "moving the file away",
                    version.dump(), Lockfile::kVersion)));
  for (const auto& [key, value] : root.items()) {
    if (key != kVersionKey && key != "pairs")
      return std::unexpected(
          places.at(0, fmt::format("unknown key '{}' in the lockfile; {}", key, kMend)));
  }
  auto pairs = root.find("pairs");
  if (pairs == root.end() || !pairs->is_array())
    return std::unexpected(
        places.at(0, fmt::format("the lockfile has no 'pairs' list; {}", kMend)));
  Lockfile lock;
  for (size_t i = 0; i < pairs->size(); ++i) {
    auto pair = read_pair((*pairs)[i]);
    if (!pair)
      return std::unexpected(places.at(
          places.pair(i), fmt::format("the lockfile is damaged: {}; {}", pair.error(), kMend)));
    lock.pairs.push_back(std::move(*pair));
  }
  return lock;
}

std::expected<std::optional<Lockfile>, Error> load_lockfile(const std::string& path) {
  auto text = read_file_if_present(path, "lockfile");
  if (!text) return std::unexpected(text.error());
  if (!*text) return std::optional<Lockfile>{};
  auto lock = parse_lockfile(**text, path);
  if (!lock) return std::unexpected(lock.error());
  return std::optional<Lockfile>{std::move(*lock)};
}

std::string render_lockfile(const Lockfile& lock) {
  // Sorted by document and language; a pair keeps its place in its document.
  std::vector<const SignedPair*> pairs;
  for (const SignedPair& pair : lock.pairs) pairs.push_back(&pair);
  std::stable_sort(pairs.begin(), pairs.end(), [](const SignedPair* a, const SignedPair* b) {
    return std::tie(a->document, a->lang) < std::tie(b->document, b->lang);
  });
  std::string out = fmt::format("{{\n\"{}\": {},\n\"pairs\": [\n", kVersionKey, Lockfile::kVersion);
  for (size_t i = 0; i < pairs.size(); ++i) {
    const SignedPair& p = *pairs[i];
    out += fmt::format(
        "{{\"document\": {}, \"lang\": {}, \"source\": {}, \"target\": {}, \"text\": {}}}{}\n",
        quoted(p.document), quoted(p.lang), list(p.source), list(p.target), quoted(p.text),
        i + 1 < pairs.size() ? "," : "");
  }
  out += "]\n}\n";
  return out;
}

void replace_pairs(Lockfile& lock, const std::string& document, const Lang& lang,
                   std::vector<SignedPair> pairs) {
  std::erase_if(lock.pairs,
                [&](const SignedPair& p) { return p.document == document && p.lang == lang; });
  for (SignedPair& pair : pairs) lock.pairs.push_back(std::move(pair));
}

std::expected<std::string, Error> write_lockfile_temp(const std::string& path,
                                                      const Lockfile& lock) {
  return write_temp_beside(path, render_lockfile(lock), "lockfile");
}

std::optional<Error> commit_lockfile_temp(const std::string& temp, const std::string& path) {
  return replace_with_temp(temp, path, "lockfile");
}

std::optional<Error> save_lockfile(const std::string& path, const Lockfile& lock) {
  auto temp = write_lockfile_temp(path, lock);
  if (!temp) return temp.error();
  return commit_lockfile_temp(*temp, path);
}

}  // namespace samklang
