// Files that samklang both reads and writes (samklang.lock,
// samklang.baseline). They are replaced whole or not at all: the text goes
// into a temporary file beside the target, reaches the disk, and is renamed
// over it.
#pragma once

#include <expected>
#include <optional>
#include <string>
#include <string_view>

#include "core/location.h"

namespace samklang {

// Writes `text` into a temporary file in `path`'s folder and flushes it to the
// disk; returns the temporary file's name. `what` names the file in errors
// ("cannot write the lockfile: ...").
std::expected<std::string, Error> write_temp_beside(const std::string& path, std::string_view text,
                                                    std::string_view what);

// Renames `temp` over `path` and flushes the folder, so that the rename too
// survives a crash; the temporary file is removed when that fails.
std::optional<Error> replace_with_temp(const std::string& temp, const std::string& path,
                                       std::string_view what);

// Both steps.
std::optional<Error> write_file_atomically(const std::string& path, std::string_view text,
                                           std::string_view what);

// The whole file, or nothing when it does not exist (a project without one);
// an error when it is not a regular file or cannot be read ("cannot read the
// lockfile").
std::expected<std::optional<std::string>, Error> read_file_if_present(const std::string& path,
                                                                      std::string_view what);

}  // namespace samklang
