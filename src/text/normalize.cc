#include "text/normalize.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>

#include "text/utf8.h"

namespace samklang {

namespace {

// The replacement of one code point by fold_typography: a character, "" to
// drop it, or nullptr to keep it as it is.
const char* typographic_replacement(UChar32 c) {
  switch (c) {
    case 0x2019:  // right single quotation mark
    case 0x2018:  // left single quotation mark
    case 0x02BC:  // modifier letter apostrophe
    case 0x2032:  // prime
      return "'";
    case 0x2010:  // hyphen
    case 0x2011:  // non-breaking hyphen
      return "-";
    case 0x00AD:  // soft hyphen
    case 0x200B:  // zero-width space
    case 0x200C:  // zero-width non-joiner
    case 0x200D:  // zero-width joiner
    case 0x2060:  // word joiner
    case 0xFEFF:  // byte order mark, zero-width no-break space
      return "";
    case 0x00A0:  // no-break space
    case 0x202F:  // narrow no-break space
      return " ";
    default:
      return nullptr;
  }
}

}  // namespace

std::string to_nfc(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string(text);
  icu::StringPiece piece(text.data(), static_cast<int32_t>(text.size()));
  if (nfc->isNormalizedUTF8(piece, status) && U_SUCCESS(status)) return std::string(text);
  status = U_ZERO_ERROR;
  std::string out;
  icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(text.size()));
  nfc->normalizeUTF8(0, piece, sink, nullptr, status);
  if (U_FAILURE(status)) return std::string(text);
  return out;
}

std::string case_fold(std::string_view text) {
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string(text);
  unicode = nfc->normalize(unicode, status);
  unicode.foldCase(U_FOLD_CASE_DEFAULT);
  // Folding can denormalise ("ǰ" folds to j + combining caron): NFC again.
  if (!nfc->isNormalized(unicode, status)) unicode = nfc->normalize(unicode, status);
  if (U_FAILURE(status)) return std::string(text);
  std::string out;
  unicode.toUTF8String(out);
  return out;
}

std::string fold_marks(std::string_view text) {
  // ASCII has no marks and folds to its lowercase: no ICU string needed (the
  // aligner folds every word of a document).
  if (std::all_of(text.begin(), text.end(), [](char c) { return (c & 0x80) == 0; })) {
    std::string out(text);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
  }
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return case_fold(text);
  unicode.foldCase(U_FOLD_CASE_DEFAULT);
  unicode = nfd->normalize(unicode, status);
  if (U_FAILURE(status)) return case_fold(text);
  icu::UnicodeString bare;
  for (int32_t i = 0; i < unicode.length();) {
    UChar32 c = unicode.char32At(i);
    if (u_charType(c) != U_NON_SPACING_MARK) bare.append(c);
    i += U16_LENGTH(c);
  }
  std::string out;
  bare.toUTF8String(out);
  return out;
}

std::string fold_typography(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < length) {
    int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c < 0) {
      append_utf8(out, 0xFFFD);
      continue;
    }
    if (const char* replacement = typographic_replacement(c)) {
      out += replacement;
    } else {
      out.append(text.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
    }
  }
  return to_nfc(out);
}

std::string match_key(std::string_view text) { return case_fold(fold_typography(text)); }

}  // namespace samklang
