// Small UTF-8 helpers shared by the text, terms and formats modules.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace samklang {

// Byte offset of the first ill-formed UTF-8 sequence, or npos when `text` is
// well-formed (no overlongs, surrogates or code points above U+10FFFF).
size_t utf8_invalid_offset(std::string_view text);

// Appends the UTF-8 encoding of a code point (at most U+10FFFF).
void append_utf8(std::string& out, char32_t cp);

// The 1-based column (in code points) of byte offset `byte` in `line`.
int utf8_column(std::string_view line, size_t byte);

}  // namespace samklang
