#include "text/inline_markup.h"

#include <algorithm>
#include <array>

namespace samklang {

namespace {

bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

std::string lowered(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = lower(c);
  return out;
}

// HTML elements that messages and documents write inline or as blocks; a
// name not here ("<file>", "<name>") is taken for text.
constexpr std::array<std::string_view, 62> kHtmlElements = {
    "a",    "abbr",  "b",     "bdi",   "bdo",   "big",    "blockquote", "br",     "button",
    "cite", "code",  "dd",    "del",   "dfn",   "div",    "dl",         "dt",     "em",
    "font", "h1",    "h2",    "h3",    "h4",    "h5",     "h6",         "hr",     "i",
    "img",  "input", "ins",   "kbd",   "label", "li",     "mark",       "nobr",   "ol",
    "p",    "pre",   "q",     "s",     "samp",  "small",  "span",       "strike", "strong",
    "sub",  "sup",   "table", "tbody", "td",    "th",     "thead",      "time",   "tr",
    "tt",   "u",     "ul",    "var",   "wbr",   "center", "noscript",   "section"};

bool is_html_element(std::string_view name) {
  return std::find(kHtmlElements.begin(), kHtmlElements.end(), name) != kHtmlElements.end();
}

bool is_void_element(std::string_view name) {
  return name == "br" || name == "img" || name == "hr" || name == "wbr" || name == "input";
}

// The value of attribute `wanted` in the attribute part of a tag.
std::string attribute_value(std::string_view attributes, std::string_view wanted) {
  size_t i = 0;
  while (i < attributes.size()) {
    while (i < attributes.size() && (is_space(attributes[i]) || attributes[i] == '/')) ++i;
    size_t name_begin = i;
    while (i < attributes.size() && !is_space(attributes[i]) && attributes[i] != '=' &&
           attributes[i] != '/')
      ++i;
    std::string name = lowered(attributes.substr(name_begin, i - name_begin));
    while (i < attributes.size() && is_space(attributes[i])) ++i;
    if (i >= attributes.size() || attributes[i] != '=') {
      if (name.empty()) ++i;
      continue;
    }
    ++i;
    while (i < attributes.size() && is_space(attributes[i])) ++i;
    std::string_view value;
    if (i < attributes.size() && (attributes[i] == '"' || attributes[i] == '\'')) {
      char quote = attributes[i++];
      size_t close = attributes.find(quote, i);
      if (close == std::string_view::npos) close = attributes.size();
      value = attributes.substr(i, close - i);
      i = close + 1;
    } else {
      size_t value_begin = i;
      while (i < attributes.size() && !is_space(attributes[i])) ++i;
      value = attributes.substr(value_begin, i - value_begin);
    }
    if (name == wanted) return std::string(value);
  }
  return "";
}

// A code for an element whose start tag and (when it has one) end tag are known.
InlineCode element_code(const HtmlTag& start, const HtmlTag* finish, std::string_view text) {
  InlineCode code;
  code.begin = start.begin;
  code.end = finish != nullptr ? finish->end : start.end;
  InlineKind kind = html_element_kind(start.name);
  if (kind == InlineKind::standalone_tag) kind = InlineKind::paired_tag;
  if (kind == InlineKind::link && start.url.empty()) kind = InlineKind::paired_tag;
  if (kind == InlineKind::code && finish == nullptr) kind = InlineKind::paired_tag;
  code.kind = kind;
  switch (kind) {
    case InlineKind::link:
    case InlineKind::image:
      code.identity = start.url;
      break;
    case InlineKind::code:
      code.identity = std::string(text.substr(start.end, finish->begin - start.end));
      break;
    case InlineKind::paired_tag:
      code.identity = start.name;
      if (finish == nullptr)
        code.kind = start.empty ? InlineKind::standalone_tag : InlineKind::open_tag;
      break;
    default:
      break;
  }
  return code;
}

// Characters that end a URL written in prose: white space, ASCII delimiters
// and the quotes and full stops of other scripts.
size_t url_stop_length(std::string_view text, size_t i) {
  char c = text[i];
  if (is_space(c) || c == '<' || c == '>' || c == '"' || c == '`') return 1;
  static constexpr std::array<std::string_view, 15> kStops = {
      "«", "»", "“", "”", "„", "‘", "’", "‹", "›", "「", "」", "。", "，", "、", "\u00A0"};
  for (std::string_view stop : kStops)
    if (text.substr(i, stop.size()) == stop) return stop.size();
  return 0;
}

// The end of a URL that starts at `begin`: before the first stop character,
// trailing punctuation and a closing bracket without its opening one.
size_t url_end(std::string_view text, size_t begin) {
  size_t end = begin;
  while (end < text.size() && url_stop_length(text, end) == 0) ++end;
  while (end > begin) {
    char c = text[end - 1];
    if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' ||
        c == '*' || c == '_') {
      --end;
      continue;
    }
    if (c == ')' || c == ']' || c == '}') {
      char open = c == ')' ? '(' : c == ']' ? '[' : '{';
      std::string_view url = text.substr(begin, end - begin);
      if (std::count(url.begin(), url.end(), open) < std::count(url.begin(), url.end(), c)) {
        --end;
        continue;
      }
    }
    break;
  }
  return end;
}

bool is_email_local(char c) {
  return is_ascii_alpha(c) || is_ascii_digit(c) || c == '.' || c == '_' || c == '%' || c == '+' ||
         c == '-';
}
bool is_host_char(char c) { return is_ascii_alpha(c) || is_ascii_digit(c) || c == '.' || c == '-'; }

// The e-mail address around the '@' at `at`, as [begin, end), or {0, 0}.
std::pair<size_t, size_t> email_at(std::string_view text, size_t at) {
  size_t begin = at;
  while (begin > 0 && is_email_local(text[begin - 1])) --begin;
  while (begin < at && text[begin] == '.') ++begin;
  size_t end = at + 1;
  while (end < text.size() && is_host_char(text[end])) ++end;
  while (end > at + 1 && (text[end - 1] == '.' || text[end - 1] == '-')) --end;
  std::string_view host = text.substr(at + 1, end - at - 1);
  size_t dot = host.rfind('.');
  if (begin == at || dot == std::string_view::npos || host.size() - dot - 1 < 2) return {0, 0};
  for (size_t k = dot + 1; k < host.size(); ++k)
    if (!is_ascii_alpha(host[k])) return {0, 0};
  return {begin, end};
}

bool is_lang_code(std::string_view token, std::span<const Lang> langs) {
  if (token.empty() || !lang_is_plausible(token)) return false;
  std::string lower_token = lowered(token);
  std::replace(lower_token.begin(), lower_token.end(), '_', '-');
  for (const Lang& lang : langs) {
    if (lang.empty()) continue;
    std::string base = lang_base(lang);
    if (lower_token == base || lower_token == lowered(lang)) return true;
    // "sv-SE", "en-gb" for "sv", "en"
    if (lower_token.size() > base.size() && lower_token.starts_with(base) &&
        lower_token[base.size()] == '-')
      return true;
  }
  return false;
}

// `part` split at `separator`, with the parts that are language codes left out.
std::string without_lang_parts(std::string_view part, char separator, std::span<const Lang> langs) {
  std::string out;
  bool first = true;
  size_t start = 0;
  while (start <= part.size()) {
    size_t stop = part.find(separator, start);
    if (stop == std::string_view::npos) stop = part.size();
    std::string_view piece = part.substr(start, stop - start);
    if (!is_lang_code(piece, langs)) {
      if (!first) out += separator;
      out += piece;
      first = false;
    }
    start = stop + 1;
  }
  return out;
}

}  // namespace

InlineKind html_element_kind(std::string_view name) {
  if (name == "a") return InlineKind::link;
  if (name == "img") return InlineKind::image;
  if (name == "em" || name == "i") return InlineKind::emphasis;
  if (name == "strong" || name == "b") return InlineKind::strong;
  if (name == "del" || name == "s" || name == "strike") return InlineKind::strikethrough;
  if (name == "code") return InlineKind::code;
  if (is_void_element(name)) return InlineKind::standalone_tag;
  return InlineKind::paired_tag;
}

std::optional<HtmlTag> parse_html_tag(std::string_view text) {
  if (text.size() < 3 || text.front() != '<' || text.back() != '>') return std::nullopt;
  HtmlTag tag;
  size_t i = 1;
  if (text[i] == '/') {
    tag.closing = true;
    ++i;
  }
  size_t name_begin = i;
  if (i >= text.size() || !is_ascii_alpha(text[i])) return std::nullopt;
  while (i < text.size() && (is_ascii_alpha(text[i]) || is_ascii_digit(text[i]) || text[i] == '-'))
    ++i;
  tag.name = lowered(text.substr(name_begin, i - name_begin));
  if (i < text.size() - 1 && !is_space(text[i]) && text[i] != '/') return std::nullopt;
  std::string_view attributes = text.substr(i, text.size() - 1 - i);
  if (tag.closing && attributes.find_first_not_of(" \t\r\n") != std::string_view::npos)
    return std::nullopt;
  tag.empty = is_void_element(tag.name) || (!tag.closing && attributes.ends_with('/'));
  if (tag.name == "a") tag.url = attribute_value(attributes, "href");
  if (tag.name == "img") tag.url = attribute_value(attributes, "src");
  tag.end = static_cast<uint32_t>(text.size());
  return tag;
}

std::vector<HtmlTag> find_html_tags(std::string_view text) {
  std::vector<HtmlTag> out;
  std::vector<bool> has_attribute;
  size_t at = 0;
  while ((at = text.find('<', at)) != std::string_view::npos) {
    size_t close = at + 1;
    char quote = 0;
    for (; close < text.size(); ++close) {
      char c = text[close];
      if (quote != 0) {
        if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>' || c == '<' || c == '\n') {
        break;
      }
    }
    if (close >= text.size() || text[close] != '>') {
      ++at;
      continue;
    }
    auto tag = parse_html_tag(text.substr(at, close + 1 - at));
    if (tag && is_html_element(tag->name)) {
      tag->begin = static_cast<uint32_t>(at);
      tag->end = static_cast<uint32_t>(close + 1);
      has_attribute.push_back(text.substr(at, close - at).find('=') != std::string_view::npos);
      out.push_back(std::move(*tag));
      at = close + 1;
    } else {
      ++at;
    }
  }
  // "<time>", "<label>", "<section>" alone are the metavariables of usage
  // messages ("--since <time>"), translated with the words: a start tag
  // without attributes is a tag only with its end tag or when it is void.
  std::vector<HtmlTag> kept;
  for (size_t i = 0; i < out.size(); ++i) {
    const HtmlTag& tag = out[i];
    bool closed = std::any_of(out.begin() + static_cast<ptrdiff_t>(i) + 1, out.end(),
                              [&](const HtmlTag& t) { return t.closing && t.name == tag.name; });
    if (tag.closing || tag.empty || has_attribute[i] || closed) kept.push_back(tag);
  }
  return kept;
}

std::vector<InlineCode> codes_of_tags(std::span<const HtmlTag> tags, std::string_view text) {
  std::vector<InlineCode> out;
  std::vector<size_t> open;  // indices into tags of start tags waiting for their end
  std::vector<std::pair<size_t, InlineCode>> placed;  // by start tag index, to keep text order
  for (size_t i = 0; i < tags.size(); ++i) {
    const HtmlTag& tag = tags[i];
    if (!tag.closing) {
      if (tag.empty)
        placed.emplace_back(i, element_code(tag, nullptr, text));
      else
        open.push_back(i);
      continue;
    }
    auto match = std::find_if(open.rbegin(), open.rend(),
                              [&](size_t k) { return tags[k].name == tag.name; });
    if (match == open.rend()) {
      placed.emplace_back(i, InlineCode{InlineKind::close_tag, tag.name, tag.begin, tag.end});
      continue;
    }
    placed.emplace_back(*match, element_code(tags[*match], &tag, text));
    open.erase(std::next(match).base());
  }
  for (size_t k : open) placed.emplace_back(k, element_code(tags[k], nullptr, text));
  std::sort(placed.begin(), placed.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& [index, code] : placed) out.push_back(std::move(code));
  return out;
}

std::vector<PlainLink> find_plain_links(std::string_view text) {
  std::vector<PlainLink> out;
  static constexpr std::array<std::string_view, 4> kStarts = {"https://", "http://", "ftp://",
                                                              "www."};
  size_t i = 0;
  while (i < text.size()) {
    bool word_start = i == 0 || !(is_ascii_alpha(text[i - 1]) || is_ascii_digit(text[i - 1]) ||
                                  text[i - 1] == '.' || text[i - 1] == '/' || text[i - 1] == '@');
    bool found = false;
    for (std::string_view start : kStarts) {
      if (!word_start || text.size() - i <= start.size()) continue;
      if (lowered(text.substr(i, start.size())) != start) continue;
      size_t end = url_end(text, i);
      if (end <= i + start.size() + (start == "www." ? 2 : 0)) continue;
      out.push_back(PlainLink{static_cast<uint32_t>(i), static_cast<uint32_t>(end),
                              std::string(text.substr(i, end - i))});
      i = end;
      found = true;
      break;
    }
    if (!found) ++i;
  }
  // E-mail addresses outside the URLs.
  std::vector<PlainLink> emails;
  for (size_t at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
    auto [begin, end] = email_at(text, at);
    if (end == 0) continue;
    bool in_url = std::any_of(out.begin(), out.end(),
                              [&](const PlainLink& l) { return begin < l.end && end > l.begin; });
    if (in_url) continue;
    emails.push_back(PlainLink{static_cast<uint32_t>(begin), static_cast<uint32_t>(end),
                               "mailto:" + std::string(text.substr(begin, end - begin))});
    at = end - 1;
  }
  out.insert(out.end(), emails.begin(), emails.end());
  std::sort(out.begin(), out.end(),
            [](const PlainLink& a, const PlainLink& b) { return a.begin < b.begin; });
  return out;
}

std::string url_key(std::string_view url, std::span<const Lang> langs) {
  while (!url.empty() && is_space(url.front())) url.remove_prefix(1);
  while (!url.empty() && is_space(url.back())) url.remove_suffix(1);
  if (url.starts_with('#')) return "#";
  if (lowered(url.substr(0, 7)) == "mailto:") {
    std::string address = lowered(url.substr(7));
    address = address.substr(0, address.find('?'));
    // An address at a domain reserved for examples ("you@example.com") may
    // be translated with its name ("du@example.com"): only the domain counts.
    size_t at = address.rfind('@');
    std::string_view domain =
        std::string_view(address).substr(at == std::string::npos ? 0 : at + 1);
    if (domain == "example.com" || domain == "example.org" || domain == "example.net" ||
        domain.ends_with(".example") || domain.ends_with(".example.com") ||
        domain.ends_with(".example.org"))
      return "mailto:*@" + std::string(domain);
    return "mailto:" + address;
  }
  if (size_t hash = url.find('#'); hash != std::string_view::npos) url = url.substr(0, hash);
  std::string out;
  // Scheme and host.
  size_t rest = 0;
  if (size_t scheme = url.find("://");
      scheme != std::string_view::npos &&
      url.substr(0, scheme).find_first_of("/?") == std::string_view::npos) {
    out = lowered(url.substr(0, scheme + 3));
    size_t host_end = url.find_first_of("/?", scheme + 3);
    if (host_end == std::string_view::npos) host_end = url.size();
    out += without_lang_parts(lowered(url.substr(scheme + 3, host_end - scheme - 3)), '.', langs);
    rest = host_end;
  } else if (lowered(url.substr(0, 4)) == "www.") {
    size_t host_end = url.find_first_of("/?");
    if (host_end == std::string_view::npos) host_end = url.size();
    out = "http://" + without_lang_parts(lowered(url.substr(0, host_end)), '.', langs);
    rest = host_end;
  }
  // Path: segments that are language codes, and such parts of "index.sv.html", left out.
  size_t query = url.find('?', rest);
  std::string_view path =
      url.substr(rest, query == std::string_view::npos ? url.size() - rest : query - rest);
  std::string kept;
  size_t start = 0;
  while (start <= path.size()) {
    size_t stop = path.find('/', start);
    if (stop == std::string_view::npos) stop = path.size();
    std::string_view segment = path.substr(start, stop - start);
    // "sv", "sv.html" (a page per language): the language's own segment.
    std::string_view stem = segment.substr(0, segment.find('.'));
    bool lang_page =
        is_lang_code(stem, langs) && std::count(segment.begin(), segment.end(), '.') <= 1;
    std::string part = lang_page ? "" : without_lang_parts(segment, '.', langs);
    if (!part.empty()) kept += (kept.empty() && !path.starts_with('/') ? "" : "/") + part;
    start = stop + 1;
  }
  out += kept;
  // Query: a value that is a language code becomes "{lang}".
  if (query != std::string_view::npos) {
    std::string_view params = url.substr(query + 1);
    std::string kept_query;
    start = 0;
    while (start <= params.size()) {
      size_t stop = params.find('&', start);
      if (stop == std::string_view::npos) stop = params.size();
      std::string_view param = params.substr(start, stop - start);
      size_t equals = param.find('=');
      if (equals != std::string_view::npos && is_lang_code(param.substr(equals + 1), langs))
        param = param.substr(0, equals + 1);
      if (!param.empty()) {
        kept_query += kept_query.empty() ? "?" : "&";
        kept_query += param;
        if (param.ends_with('=')) kept_query += "{lang}";
      }
      start = stop + 1;
    }
    out += kept_query;
  }
  return out;
}

}  // namespace samklang
