#include "core/location.h"

#include <fmt/format.h>

namespace samklang {

std::string format_error(const Error& error) {
  const Location& at = error.where;
  if (at.file.empty()) return fmt::format("error: {}", error.message);
  if (at.line <= 0) return fmt::format("{}: error: {}", at.file, error.message);
  if (at.column <= 0) return fmt::format("{}:{}: error: {}", at.file, at.line, error.message);
  return fmt::format("{}:{}:{}: error: {}", at.file, at.line, at.column, error.message);
}

}  // namespace samklang
