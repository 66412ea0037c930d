// The bilingual formats by extension, and what their readers share.
#include "formats/bilingual.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "formats/reader.h"

namespace samklang {

namespace {

using Parser = std::expected<BilingualDocument, Error> (*)(const std::string&, const Lang&,
                                                           const Lang&, std::string);

struct BilingualFormat {
  std::string_view extension;  // lower case, with the dot
  Parser parse;
};

constexpr std::array kFormats = {
    BilingualFormat{".po", parse_po},          BilingualFormat{".pot", parse_po},
    BilingualFormat{".xlf", parse_xliff},      BilingualFormat{".xliff", parse_xliff},
    BilingualFormat{".sdlxliff", parse_xliff}, BilingualFormat{".tmx", parse_tmx},
};

const BilingualFormat* format_of(std::string_view path) {
  std::string lower(path.substr(path.size() > 9 ? path.size() - 9 : 0));
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const BilingualFormat& format : kFormats)
    if (lower.ends_with(format.extension)) return &format;
  return nullptr;
}

}  // namespace

bool is_bilingual_path(std::string_view path) { return format_of(path) != nullptr; }

std::expected<BilingualDocument, Error> read_bilingual(const std::string& path,
                                                       const Lang& source_lang,
                                                       const Lang& target_lang) {
  const BilingualFormat* format = format_of(path);
  if (!format) return std::unexpected(Error{{path, 0, 0}, "not a bilingual catalog"});
  auto content = read_text_file(path);
  if (!content) return std::unexpected(content.error());
  return format->parse(path, source_lang, target_lang, std::move(*content));
}

void finish_bilingual(BilingualDocument& out, const std::string& path, const std::string& format,
                      const Lang& source_lang, const Lang& target_lang, std::string content) {
  for (Document* doc : {&out.source, &out.target}) {
    doc->path = path;
    doc->format = format;
    doc->keyed = true;
  }
  out.source.content = content;
  out.target.content = std::move(content);
  out.source.reindex();
  out.target.reindex();
  out.source.lang = source_lang;
  out.target.lang = target_lang;
}

}  // namespace samklang
