// File paths as the CI reports write them: relative to the working folder,
// and as RFC 3986 URIs. Lexical only: never touches the file system.
#pragma once

#include <string>
#include <string_view>

namespace samklang {

// `file` relative to the absolute folder `base_dir`, normalised, with '/'
// separators: "catalogs/en/mission.md". A relative `file` is taken as
// relative to `base_dir` already. A file outside `base_dir` starts with "../";
// with an empty `base_dir`, `file` is only normalised.
std::string path_relative_to(std::string_view file, std::string_view base_dir);

// Whether a path from path_relative_to lies outside its base folder.
bool is_outside_base(std::string_view relative);

// Percent-encodes every byte of `path` but the RFC 3986 unreserved
// characters (A-Z a-z 0-9 - . _ ~) and '/': "sv/människor rätt.md" ->
// "sv/m%C3%A4nniskor%20r%C3%A4tt.md". The result is a valid relative
// reference (a ':' in the first segment is encoded too).
std::string percent_encode_path(std::string_view path);

// "file:///abs/path" for an absolute path, percent-encoded.
std::string file_uri(std::string_view absolute_path);

}  // namespace samklang
