#include "text/signoff_key.h"

#include <fmt/format.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <xxhash.h>

#include <cstdint>

#include "text/normalize.h"

namespace samklang {

namespace {

// What one code point becomes: a replacement, "" to drop it, or nullptr to
// keep it. White space is handled apart.
const char* folded(UChar32 c) {
  switch (c) {
    case 0x2018:  // left and right single quotation marks
    case 0x2019:
    case 0x201A:  // single low-9 quotation mark
    case 0x201B:
    case 0x2032:  // prime
    case 0x02BC:  // modifier letter apostrophe
    case 0x2039:  // single angle quotation marks
    case 0x203A:
      return "'";
    case 0x201C:  // left and right double quotation marks
    case 0x201D:
    case 0x201E:  // double low-9 quotation mark
    case 0x201F:
    case 0x2033:  // double prime
    case 0x00AB:  // guillemets
    case 0x00BB:
      return "\"";
    case 0x2010:  // hyphen, non-breaking hyphen, figure dash, en dash, em dash, minus
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2212:
      return "-";
    case 0x2026:  // horizontal ellipsis
      return "...";
    case 0x00AD:  // soft hyphen, zero-width characters, byte order mark
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x2060:
    case 0xFEFF:
      return "";
    default:
      return nullptr;
  }
}

}  // namespace

std::string signoff_key(std::string_view text) {
  std::string nfc = to_nfc(text);
  std::string out;
  out.reserve(nfc.size());
  bool space = false;
  int32_t i = 0;
  auto length = static_cast<int32_t>(nfc.size());
  while (i < length) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(nfc.data(), i, length, c);
    if (c < 0) {  // ill-formed: keep the bytes
      out.append(nfc, static_cast<size_t>(start), static_cast<size_t>(i - start));
      space = false;
      continue;
    }
    if (u_isUWhiteSpace(c) || c == 0x00A0 || c == 0x202F || c == 0x2007) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    if (const char* replacement = folded(c))
      out += replacement;
    else
      out.append(nfc, static_cast<size_t>(start), static_cast<size_t>(i - start));
  }
  return out;
}

std::string signoff_fingerprint(std::string_view key) {
  return fmt::format("{:016x}", XXH3_64bits(key.data(), key.size()));
}

}  // namespace samklang
