// Inline markup written in text: HTML tags inside a message ("<b>", "<a
// href=...>"), URLs and e-mail addresses in prose, and the form of a URL
// under which two languages' links are the same.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/inline_code.h"
#include "core/lang.h"

namespace samklang {

// One HTML tag: "<a href=\"u\">", "</b>", "<br/>".
struct HtmlTag {
  uint32_t begin = 0;  // the tag's bytes in the text; begin == end when the
  uint32_t end = 0;    // text left the tag out (Markdown inline HTML)
  std::string name;    // lower case
  bool closing = false;
  bool empty = false;  // "<x/>" or a void element (br, img, hr, wbr, input)
  std::string url;     // href of <a>, src of <img>
};

// What an HTML element is as inline markup: <a> a link, <img> an image,
// <em>/<i> emphasis, <strong>/<b> strong, <del>/<s>/<strike> strikethrough,
// <code> a code span; any other a tag (standalone for void elements).
InlineKind html_element_kind(std::string_view name);

// `text` as one tag ("<em>", "</a>", "<img src=x/>"), or nothing when it is
// not a start or end tag (a comment, a processing instruction, "< b").
std::optional<HtmlTag> parse_html_tag(std::string_view text);

// The tags in `text` whose names are HTML elements ("<b>", "</span>", "<br/>"),
// in order; other angle brackets ("<file>", "a < b") are text, and so is a
// start tag without attributes whose end tag does not follow, unless it is
// void ("--since <time>" in a usage message).
std::vector<HtmlTag> find_html_tags(std::string_view text);

// Pairs `tags` (in text order) into codes: an element with its end tag
// becomes one code over [start.begin, end.end) of `text`, a void element a
// standalone one, a start or end tag without its partner an open or close
// tag. <a href> is a link, <img> an image, <em>/<i> emphasis, <strong>/<b>
// strong, <del>/<s>/<strike> strikethrough, <code> a code span whose
// identity is its text; any other element a tag named by its name.
std::vector<InlineCode> codes_of_tags(std::span<const HtmlTag> tags, std::string_view text);

// A URL or e-mail address written as text.
struct PlainLink {
  uint32_t begin = 0;  // byte range in the text
  uint32_t end = 0;
  std::string url;  // as written; an e-mail address as "mailto:" + address
};

// URLs ("https://...", "http://", "ftp://", "www.example.org/...") and e-mail
// addresses in `text`. Trailing punctuation (".", ",", ")" without its "(",
// quotes) ends the URL.
std::vector<PlainLink> find_plain_links(std::string_view text);

// The form of `url` that must be equal in a translation: scheme and host in
// lower case, the fragment ("#section") and a trailing slash left out, and
// every host label, path segment (or dot-separated part of one) and query
// value that is a code of one of `langs` left out, so that "/sv/om",
// "sv.example.org" and "?lang=sv" match "/en/om", "en.example.org" and
// "?lang=en". A same-page link ("#section") is "#". An e-mail address
// ("mailto:") is compared in lower case, and only by its domain at a domain
// reserved for examples ("you@example.com" = "du@example.com").
std::string url_key(std::string_view url, std::span<const Lang> langs);

}  // namespace samklang
