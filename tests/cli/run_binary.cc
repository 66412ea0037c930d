#include "cli/run_binary.h"

#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>

namespace samklang::testing {
namespace fs = std::filesystem;

namespace {

std::string quote(const std::string& arg) {
  std::string out = "'";
  for (char c : arg) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

}  // namespace

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

RunOutput run_samklang(const std::vector<std::string>& args, const fs::path& cwd,
                       const std::vector<std::string>& env) {
  TempDir capture;
  fs::path out = capture.path() / "stdout";
  fs::path err = capture.path() / "stderr";
  std::string command =
      "cd " + quote(cwd.string()) + " && env -u LC_ALL -u LC_MESSAGES -u LANG NO_COLOR=1";
  for (const std::string& variable : env) command += " " + quote(variable);
  command += " " + quote(SAMKLANG_BINARY);
  for (const std::string& arg : args) command += " " + quote(arg);
  command += " >" + quote(out.string()) + " 2>" + quote(err.string()) + " </dev/null";
  int status = std::system(command.c_str());
  RunOutput result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = read_file(out);
  result.err = read_file(err);
  return result;
}

TempDir::TempDir() {
  static std::atomic<int> counter{0};
  path_ = fs::temp_directory_path() /
          ("samklang-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  fs::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

fs::path TempDir::write(const std::string& relative, const std::string& bytes) const {
  fs::path file = path_ / relative;
  fs::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary) << bytes;
  return file;
}

std::string snapshot(const fs::path& dir) {
  std::map<std::string, std::string> entries;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    std::string info = entry.is_regular_file() ? std::to_string(entry.file_size()) : "dir";
    info += ":" + std::to_string(fs::last_write_time(entry.path()).time_since_epoch().count());
    entries[fs::relative(entry.path(), dir).string()] = info;
  }
  std::string out;
  for (const auto& [name, info] : entries) out += name + " " + info + "\n";
  return out;
}

}  // namespace samklang::testing
