// The text a sign-off fingerprint is taken of. Kept apart from match_key on
// purpose: fingerprints are stored in samklang.lock, so this folding must
// never change without a new lockfile version.
#pragma once

#include <string>
#include <string_view>

namespace samklang {

// NFC, then typographic variants folded (curly and straight quotes, dash
// forms, ellipsis, no-break and other spaces, soft hyphens and zero-width
// characters), white space collapsed to one space and trimmed. Case and
// letters are kept: "Vision" and "vision" differ.
std::string signoff_key(std::string_view text);

// 16 hex digits of XXH3-64 over `key`.
std::string signoff_fingerprint(std::string_view key);

}  // namespace samklang
