// Runs the real samklang binary for CLI tests.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace samklang::testing {

struct RunOutput {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs `samklang ARGS...` in `cwd` (each argument shell-quoted), with
// NO_COLOR set and no standard input. The locale variables (LC_ALL,
// LC_MESSAGES, LANG) are unset, so the tool speaks English whatever the
// caller's locale, then `env` ("NAME=VALUE" each) is set.
RunOutput run_samklang(const std::vector<std::string>& args, const std::filesystem::path& cwd,
                       const std::vector<std::string>& env = {});

// A fresh empty folder under the system temp folder, removed by the destructor.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  // Writes a file below the folder (creating folders) and returns its path.
  std::filesystem::path write(const std::string& relative, const std::string& bytes) const;

 private:
  std::filesystem::path path_;
};

std::string read_file(const std::filesystem::path& path);

// Every file below `dir` with its size and modification time, for checking
// that a run wrote nothing.
std::string snapshot(const std::filesystem::path& dir);

}  // namespace samklang::testing
