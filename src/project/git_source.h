// A source file's history in the git repository that holds it (libgit2),
// for translations that name the source commit they were made from.
#pragma once

#include <expected>
#include <string>
#include <string_view>

#include "core/location.h"

namespace samklang {

// The bytes of the file `path` (as it lies in the working tree now) at
// `commit` (a full or abbreviated id). Errors, at `path`: the file is in no
// git repository, the commit is unknown, ambiguous or not a commit, the file
// is not in that commit.
std::expected<std::string, Error> read_file_at_commit(const std::string& path,
                                                      std::string_view commit);

struct HeadCommit {
  std::string id;             // 40 hex digits
  bool file_changed = false;  // the file differs from HEAD in the index or the working tree
};

// HEAD of the repository that holds `path`. Errors: no repository, no commit yet.
std::expected<HeadCommit, Error> head_commit(const std::string& path);

}  // namespace samklang
