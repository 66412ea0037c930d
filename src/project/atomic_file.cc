#include "project/atomic_file.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace samklang {
namespace {

Error write_error(const std::string& path, std::string_view what, int error) {
  return Error{{path, 0, 0}, fmt::format("cannot write the {}: {}", what, std::strerror(error))};
}

}  // namespace

std::expected<std::string, Error> write_temp_beside(const std::string& path, std::string_view text,
                                                    std::string_view what) {
  std::string temp = fmt::format("{}.tmp{}", path, ::getpid());
  int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return std::unexpected(write_error(path, what, errno));
  size_t written = 0;
  while (written < text.size()) {
    ssize_t n = ::write(fd, text.data() + written, text.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    written += static_cast<size_t>(n);
  }
  bool ok = written == text.size() && ::fsync(fd) == 0;
  int saved = errno;
  ok = ::close(fd) == 0 && ok;
  if (!ok) {
    ::unlink(temp.c_str());
    return std::unexpected(write_error(path, what, saved));
  }
  return temp;
}

std::optional<Error> replace_with_temp(const std::string& temp, const std::string& path,
                                       std::string_view what) {
  if (::rename(temp.c_str(), path.c_str()) != 0) {
    int saved = errno;
    ::unlink(temp.c_str());
    return write_error(path, what, saved);
  }
  fs::path folder = fs::path(path).parent_path();
  int dir = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir >= 0) {
    ::fsync(dir);
    ::close(dir);
  }
  return std::nullopt;
}

std::optional<Error> write_file_atomically(const std::string& path, std::string_view text,
                                           std::string_view what) {
  auto temp = write_temp_beside(path, text, what);
  if (!temp) return temp.error();
  return replace_with_temp(*temp, path, what);
}

std::expected<std::optional<std::string>, Error> read_file_if_present(const std::string& path,
                                                                      std::string_view what) {
  std::error_code ec;
  if (!fs::exists(path, ec)) return std::optional<std::string>{};
  if (!fs::is_regular_file(path, ec))
    return std::unexpected(Error{{path, 0, 0}, fmt::format("the {} is not a regular file", what)});
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  if (!in) return std::unexpected(Error{{path, 0, 0}, fmt::format("cannot read the {}", what)});
  return std::optional<std::string>{std::move(buffer).str()};
}

}  // namespace samklang
