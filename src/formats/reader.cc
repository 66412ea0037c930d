// The table of formats and read_document.
#include "formats/reader.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <string_view>

namespace samklang {

namespace {

using Parser = std::expected<Document, Error> (*)(const std::string&, const Lang&, std::string);

// A parser that cannot fail, as a Parser.
template <Document (*parse)(const std::string&, const Lang&, std::string)>
std::expected<Document, Error> always(const std::string& path, const Lang& lang,
                                      std::string content) {
  return parse(path, lang, std::move(content));
}

struct FormatDef {
  std::string_view name;
  std::array<std::string_view, 2> extensions;
  Parser parse;
};

// "lines" has no extension: it is chosen by name (align --input-format).
constexpr std::array<FormatDef, 5> kFormats{{
    {"markdown", {".md", ".markdown"}, parse_markdown},
    {"plaintext", {".txt", ".text"}, always<parse_plaintext>},
    {"html", {".html", ".htm"}, always<parse_html>},
    {"json", {".json", ".arb"}, parse_json},
    {"lines", {"", ""}, always<parse_lines>},
}};

std::string known_formats() {
  std::string out;
  for (const FormatDef& def : kFormats) {
    if (def.extensions[0].empty()) continue;
    if (!out.empty()) out += ", ";
    out += fmt::format("{} ({}, {})", def.name, def.extensions[0], def.extensions[1]);
  }
  return out;
}

std::string extension_of(std::string_view path) {
  size_t slash = path.find_last_of("/\\");
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return "";
  std::string ext(name.substr(dot));
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

bool is_blank(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  });
}

}  // namespace

std::string format_for_path(std::string_view path) {
  std::string ext = extension_of(path);
  if (ext.empty()) return "";
  for (const FormatDef& def : kFormats) {
    if (std::find(def.extensions.begin(), def.extensions.end(), ext) != def.extensions.end())
      return std::string(def.name);
  }
  return "";
}

namespace {

// The format's table row, or an Error naming the known formats.
std::expected<const FormatDef*, Error> format_def(const std::string& path,
                                                  std::string_view format) {
  std::string name = format.empty() ? format_for_path(path) : std::string(format);
  auto def = std::find_if(kFormats.begin(), kFormats.end(),
                          [&](const FormatDef& d) { return d.name == name; });
  if (def != kFormats.end()) return &*def;
  std::string what;
  if (!format.empty())
    what = fmt::format("unknown format '{}'", format);
  else if (std::string ext = extension_of(path); !ext.empty())
    what = fmt::format("unknown file extension '{}'", ext);
  else
    what = "no file extension to tell the format";
  return std::unexpected(
      Error{{path, 0, 0}, fmt::format("{}; known formats: {}", what, known_formats())});
}

}  // namespace

std::expected<Document, Error> parse_document(const std::string& path, const Lang& lang,
                                              std::string_view format, std::string content) {
  auto def = format_def(path, format);
  if (!def) return std::unexpected(def.error());
  if (is_blank(content)) return std::unexpected(Error{{path, 0, 0}, "file is empty"});
  return (*def)->parse(path, lang, std::move(content));
}

std::expected<Document, Error> read_document(const std::string& path, const Lang& lang,
                                             std::string_view format) {
  auto def = format_def(path, format);
  if (!def) return std::unexpected(def.error());
  auto content = read_text_file(path);
  if (!content) return std::unexpected(content.error());
  return parse_document(path, lang, format, std::move(*content));
}

}  // namespace samklang
