#include "report/report_paths.h"

#include <filesystem>

namespace samklang {

namespace fs = std::filesystem;

std::string path_relative_to(std::string_view file, std::string_view base_dir) {
  fs::path path = fs::path(file).lexically_normal();
  if (base_dir.empty() || path.is_relative()) return path.generic_string();
  fs::path base = fs::path(base_dir).lexically_normal();
  if (!base.has_filename() && base.has_parent_path() && base != base.root_path())
    base = base.parent_path();  // "/work/" -> "/work"
  fs::path relative = path.lexically_relative(base);
  // No relative form (another root): keep the absolute path.
  if (relative.empty()) return path.generic_string();
  return relative.generic_string();
}

bool is_outside_base(std::string_view relative) {
  return relative == ".." || relative.starts_with("../") || relative.starts_with('/');
}

std::string percent_encode_path(std::string_view path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(path.size());
  for (char c : path) {
    auto byte = static_cast<unsigned char>(c);
    bool unreserved = (byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') ||
                      (byte >= '0' && byte <= '9') || byte == '-' || byte == '.' || byte == '_' ||
                      byte == '~';
    if (unreserved || byte == '/') {
      out += c;
    } else {
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 0x0F];
    }
  }
  return out;
}

std::string file_uri(std::string_view absolute_path) {
  std::string path = fs::path(absolute_path).lexically_normal().generic_string();
  if (!path.starts_with('/')) path.insert(path.begin(), '/');
  return "file://" + percent_encode_path(path);
}

}  // namespace samklang
