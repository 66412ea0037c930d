// A file under the system temp directory, removed when the test ends.
#pragma once

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <system_error>

namespace samklang::testing {

class TempFile {
 public:
  // `name` ends with the extension the reader should see: "mission.md".
  explicit TempFile(std::string_view name, std::string_view bytes = {}) {
    static std::atomic<int> counter{0};
    path_ = std::filesystem::temp_directory_path() /
            ("samklang-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + "-" +
             std::string(name));
    std::ofstream out(path_, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  }
  ~TempFile() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;

  std::string path() const { return path_.string(); }

 private:
  std::filesystem::path path_;
};

}  // namespace samklang::testing
