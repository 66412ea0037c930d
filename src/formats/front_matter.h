// Markdown front matter: a first line "---", "key: value" lines, and a
// closing "---" line, as Jekyll, Hugo and Pandoc write it. samklang reads
// the keys it knows (`source_commit`: the source commit a translation was
// made from) and `accept` rewrites one value in place.
#pragma once

#include <cstdint>
#include <expected>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/location.h"

namespace samklang {

struct FrontMatter {
  uint32_t closing = 0;                  // where the closing "---" line starts
  uint32_t end = 0;                      // the first byte after the closing line and its line break
  std::string newline;                   // the opening line's line break: "\n" or "\r\n"
  std::vector<FrontMatterField> fields;  // lines that are not "key: value" are left out
};

// nullopt when `content` does not start with a "---" line. An opening line
// without a closing one is an Error at 1:1. `path` is used in the Error only.
std::expected<std::optional<FrontMatter>, Error> parse_front_matter(std::string_view content,
                                                                    const std::string& path);

// `content` with `key` set to `value` and every other byte as it was: the
// old value replaced where it stands, else a "key: value" line added before
// the closing line, else a new front matter at the top of the file.
std::expected<std::string, Error> set_front_matter_value(std::string_view content,
                                                         const std::string& path,
                                                         std::string_view key,
                                                         std::string_view value);

// A commit id as source_commit takes it: 7 to 40 hexadecimal digits.
bool is_commit_id(std::string_view text);

}  // namespace samklang
