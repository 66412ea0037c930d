// Bytes -> valid UTF-8, and reading whole files without surprises.
#include <fmt/format.h>

#include <cerrno>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <system_error>

#include "core/line_index.h"
#include "formats/reader.h"
#include "text/utf8.h"

namespace samklang {

namespace {

constexpr uint64_t kMaxFileBytes = uint64_t{64} * 1024 * 1024;

Error error_at(const std::string& path, std::string_view text, size_t offset, std::string message) {
  // Everything before `offset` is valid UTF-8, so the index counts columns right.
  LineColumn lc = LineIndex(text).at(text, static_cast<uint32_t>(offset));
  return Error{{path, lc.line, lc.column}, std::move(message)};
}

// Length of the well-formed UTF-8 sequence at `i` (Unicode table 3-7), 0 if
// it is not one.
size_t utf8_sequence_length(std::string_view s, size_t i) {
  auto at = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char b = at(i);
  if (b < 0x80) return 1;
  size_t len = 0;
  unsigned char lo = 0x80;
  unsigned char hi = 0xBF;
  if (b >= 0xC2 && b <= 0xDF) {
    len = 2;
  } else if (b >= 0xE0 && b <= 0xEF) {
    len = 3;
    if (b == 0xE0) lo = 0xA0;
    if (b == 0xED) hi = 0x9F;  // no surrogates
  } else if (b >= 0xF0 && b <= 0xF4) {
    len = 4;
    if (b == 0xF0) lo = 0x90;
    if (b == 0xF4) hi = 0x8F;  // nothing above U+10FFFF
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  if (at(i + 1) < lo || at(i + 1) > hi) return 0;
  for (size_t k = 2; k < len; ++k) {
    if ((at(i + k) & 0xC0) != 0x80) return 0;
  }
  return len;
}

// A NUL right at the start, next to a non-NUL byte, is the mark of UTF-16
// written without a byte-order mark.
bool looks_like_bomless_utf16(std::string_view s) {
  return s.size() >= 2 && ((s[0] == '\0') != (s[1] == '\0'));
}

std::expected<std::string, Error> validate_utf8(std::string_view s, const std::string& path) {
  for (size_t i = 0; i < s.size();) {
    if (s[i] == '\0') {
      LineColumn lc = LineIndex(s).at(s, static_cast<uint32_t>(i));
      std::string message = fmt::format("binary file (NUL byte at line {})", lc.line);
      if (looks_like_bomless_utf16(s))
        message += "; UTF-16 without a byte-order mark? save the file as UTF-8";
      return std::unexpected(Error{{path, lc.line, lc.column}, std::move(message)});
    }
    size_t len = utf8_sequence_length(s, i);
    if (len == 0) {
      auto byte = static_cast<unsigned>(static_cast<unsigned char>(s[i]));
      return std::unexpected(error_at(
          path, s, i, fmt::format("invalid UTF-8 (byte 0x{:02X}); save the file as UTF-8", byte)));
    }
    i += len;
  }
  return std::string(s);
}

std::expected<std::string, Error> decode_utf16(std::string_view s, bool big_endian,
                                               const std::string& path) {
  const char* name = big_endian ? "UTF-16BE" : "UTF-16LE";
  std::string out;
  out.reserve(s.size() + s.size() / 2);
  auto unit_at = [&](size_t i) -> char16_t {
    auto b0 = static_cast<unsigned char>(s[i]);
    auto b1 = static_cast<unsigned char>(s[i + 1]);
    return static_cast<char16_t>(big_endian ? (b0 << 8) | b1 : (b1 << 8) | b0);
  };
  // Errors point at the end of what was decoded so far: the offending character.
  auto fail = [&](std::string message) {
    return std::unexpected(error_at(path, out, out.size(), std::move(message)));
  };
  if (s.size() % 2 != 0) return fail(fmt::format("truncated {} file (odd number of bytes)", name));
  for (size_t i = 0; i < s.size(); i += 2) {
    char16_t u = unit_at(i);
    char32_t cp = u;
    if (u >= 0xD800 && u <= 0xDBFF) {
      char16_t low = i + 3 < s.size() ? unit_at(i + 2) : 0;
      if (low < 0xDC00 || low > 0xDFFF)
        return fail(fmt::format("malformed {} (unpaired surrogate 0x{:04X})", name,
                                static_cast<unsigned>(u)));
      cp = 0x10000 + ((char32_t{u} - 0xD800) << 10) + (char32_t{low} - 0xDC00);
      i += 2;
    } else if (u >= 0xDC00 && u <= 0xDFFF) {
      return fail(fmt::format("malformed {} (unpaired surrogate 0x{:04X})", name,
                              static_cast<unsigned>(u)));
    } else if (u == 0) {
      LineColumn lc = LineIndex(out).at(out, static_cast<uint32_t>(out.size()));
      return std::unexpected(
          Error{{path, lc.line, lc.column}, fmt::format("binary file (NUL at line {})", lc.line)});
    }
    append_utf8(out, cp);
  }
  return out;
}

}  // namespace

std::expected<std::string, Error> decode_text(std::string_view bytes, const std::string& path) {
  if (bytes.starts_with("\xEF\xBB\xBF")) return validate_utf8(bytes.substr(3), path);
  if (bytes.starts_with("\xFF\xFE")) return decode_utf16(bytes.substr(2), false, path);
  if (bytes.starts_with("\xFE\xFF")) return decode_utf16(bytes.substr(2), true, path);
  return validate_utf8(bytes, path);
}

std::expected<std::string, Error> read_text_file(const std::string& path) {
  namespace fs = std::filesystem;
  auto fail = [&](std::string message) {
    return std::unexpected(Error{{path, 0, 0}, std::move(message)});
  };
  std::error_code ec;
  fs::file_status status = fs::status(path, ec);
  if (status.type() == fs::file_type::not_found) return fail("no such file");
  if (ec) return fail(fmt::format("cannot read file: {}", ec.message()));
  if (status.type() == fs::file_type::directory) return fail("is a directory");
  // A FIFO or a device could block for ever or never end.
  if (status.type() != fs::file_type::regular) return fail("not a regular file");
  uintmax_t size = fs::file_size(path, ec);
  if (ec) return fail(fmt::format("cannot read file: {}", ec.message()));
  if (size > kMaxFileBytes)
    return fail(fmt::format("file is too large ({} bytes; the limit is 64 MiB)", size));

  std::ifstream in(path, std::ios::binary);
  if (!in) return fail(fmt::format("cannot open file: {}", std::generic_category().message(errno)));
  std::string bytes(static_cast<size_t>(size), '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  bytes.resize(static_cast<size_t>(in.gcount()));
  if (in.bad()) return fail("cannot read file: read error");
  // The file may have grown since we asked its size: read on, up to the cap.
  if (in && in.peek() != std::ifstream::traits_type::eof()) {
    char buffer[65536];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
      bytes.append(buffer, static_cast<size_t>(in.gcount()));
      if (bytes.size() > kMaxFileBytes) return fail("file is too large (the limit is 64 MiB)");
    }
  }
  return decode_text(bytes, path);
}

}  // namespace samklang
