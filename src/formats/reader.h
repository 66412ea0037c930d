// Turns files into Documents: decoding, then one reader per format.
#pragma once

#include <expected>
#include <string>
#include <string_view>

#include "core/document.h"
#include "core/location.h"

namespace samklang {

// Bytes -> valid UTF-8. A UTF-8 BOM is dropped; UTF-16 LE/BE with a BOM is
// converted. Errors (with line:col of the first offending byte): a NUL byte
// or other binary content ("binary file"), invalid UTF-8, an odd-length or
// malformed UTF-16 file. `path` is used in the Error only.
std::expected<std::string, Error> decode_text(std::string_view bytes, const std::string& path);

// Reads a whole file and decodes it. Errors: missing file, a directory,
// unreadable, larger than 64 MiB, plus those of decode_text.
std::expected<std::string, Error> read_text_file(const std::string& path);

// The format name for a path by its extension: ".md", ".markdown" ->
// "markdown"; ".txt", ".text" -> "plaintext"; ".html", ".htm" -> "html";
// ".json", ".arb" -> "json"; anything else -> "".
std::string format_for_path(std::string_view path);

// Reads and parses one document. `format` empty = by extension (an unknown
// extension is an Error). An empty file (or one of white space only) is an
// Error "file is empty". The document's lang is set to `lang`.
std::expected<Document, Error> read_document(const std::string& path, const Lang& lang,
                                             std::string_view format = "");

// Parses decoded content as read_document does after reading the file:
// `format` empty = by the extension of `path`. For text that is not in a
// file of its own, such as a file's bytes at an old commit.
std::expected<Document, Error> parse_document(const std::string& path, const Lang& lang,
                                              std::string_view format, std::string content);

// Parsers of decoded content, for tests and for read_document.
// Markdown: a front matter ("---" lines around "key: value" lines) at the
// top gives no units and fills Document::front_matter. Errors: a front
// matter without its closing line; a source_commit that is not 7 to 40
// hexadecimal digits, or given twice.
std::expected<Document, Error> parse_markdown(const std::string& path, const Lang& lang,
                                              std::string content);
Document parse_plaintext(const std::string& path, const Lang& lang, std::string content);
// One sentence per line, a blank line between paragraphs (aligner test sets):
// a unit per paragraph, its lines joined by '\n'; format "lines".
Document parse_lines(const std::string& path, const Lang& lang, std::string content);
// HTML (gumbo): one unit per heading, paragraph, list item, table cell,
// dt/dd and figcaption; script, style, nav, template and head are skipped.
// Unit ids: the element's id, else "art-N/p2" inside <article
// data-number="N">, else as in Markdown ("h1", "p2"). Sets declared_lang
// from <html lang>.
Document parse_html(const std::string& path, const Lang& lang, std::string content);
// JSON catalogs, one file per language (formats/json_catalog.cc): keyed
// units, one per string, the key path joined by '.' as id (nested
// {"common": {"save": ...}} and flat {"common.save": ...} alike; array
// items "items.0"); numbers, booleans and null are skipped. The shape is
// told from the content: ARB (".arb", or "@@locale"/"@key" members: the
// locale is declared_lang, "@key".description the unit's note),
// WebExtension messages.json (every member {"message", "description"}:
// unit "key", the description its note), else i18next. Errors (line:col):
// the JSON ones of scan_json, a top level that is not an object, a key
// given twice as nested and flat.
std::expected<Document, Error> parse_json(const std::string& path, const Lang& lang,
                                          std::string content);

}  // namespace samklang
