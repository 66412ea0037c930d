// The HTML report's pieces: escaping, text direction, and where each finding
// shows in the side-by-side tables.
#include "report/html_report.h"

#include <unicode/uloc.h>

#include <algorithm>
#include <tuple>

namespace samklang {

namespace {

// Bytes of the UTF-8 sequence that starts with `lead`.
size_t sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead & 0xE0) == 0xC0) return 2;
  if ((lead & 0xF0) == 0xE0) return 3;
  if ((lead & 0xF8) == 0xF0) return 4;
  return 1;
}

// The segment of `segments` that `place` names: the same text, starting at
// or before the place (the last such), else the first with the same text.
std::optional<uint32_t> find_segment(const std::vector<Place>& segments, const Place& place) {
  std::optional<uint32_t> first;
  std::optional<uint32_t> best;
  for (uint32_t i = 0; i < segments.size(); ++i) {
    const Place& s = segments[i];
    if (s.text != place.text) continue;
    if (!first) first = i;
    if (std::tie(s.line, s.column) <= std::tie(place.line, place.column)) best = i;
  }
  return best ? best : first;
}

// The byte offset in `segment`'s text of the place's line and column,
// counting from the segment's start (inline markup removed from the text
// makes this an estimate).
uint32_t offset_of(const Place& segment, const Place& place) {
  int line = segment.line;
  int column = segment.column;
  size_t at = 0;
  const std::string& text = segment.text;
  while (at < text.size() && std::tie(line, column) < std::tie(place.line, place.column)) {
    if (text[at] == '\n') {
      ++line;
      column = 1;
      ++at;
      continue;
    }
    at += sequence_length(static_cast<unsigned char>(text[at]));
    ++column;
  }
  return static_cast<uint32_t>(std::min(at, text.size()));
}

// The occurrence of `needle` in the segment's text nearest to the place.
TextSpan span_near(const Place& segment, const Place& place, const std::string& needle) {
  if (needle.empty()) return {};
  const std::string& text = segment.text;
  uint32_t around = offset_of(segment, place);
  std::optional<size_t> best;
  for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) {
    auto distance = [&](size_t x) { return x > around ? x - around : around - x; };
    if (!best || distance(at) < distance(*best)) best = at;
  }
  if (!best) return {};
  return TextSpan{static_cast<uint32_t>(*best), static_cast<uint32_t>(*best + needle.size())};
}

// The longest text the message quotes ('...') that the segment's text has
// exactly at the place: what a check names as the offending text. Only an
// exact hit counts, so that a quote of the source is never marked.
TextSpan quoted_at(const Place& segment, const Place& place, const std::string& message) {
  uint32_t at = offset_of(segment, place);
  std::string_view text(segment.text);
  size_t best = 0;
  for (size_t open = message.find('\''); open != std::string::npos;
       open = message.find('\'', open + 1)) {
    for (size_t close = message.find('\'', open + 1); close != std::string::npos;
         close = message.find('\'', close + 1)) {
      std::string_view quoted = std::string_view(message).substr(open + 1, close - open - 1);
      if (quoted.size() > best && text.substr(at).starts_with(quoted)) best = quoted.size();
    }
  }
  return TextSpan{at, static_cast<uint32_t>(at + best)};
}

}  // namespace

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        if ((byte < 0x20 && c != '\t' && c != '\n' && c != '\r') || byte == 0x7F) {
          // U+2400 + c (U+2421 for DEL), as UTF-8.
          unsigned code = byte == 0x7F ? 0x2421 : 0x2400 + byte;
          out += static_cast<char>(0xE0 | (code >> 12));
          out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
          out += static_cast<char>(0x80 | (code & 0x3F));
        } else {
          out += c;
        }
    }
  }
  return out;
}

bool is_right_to_left(std::string_view lang) {
  if (lang.empty()) return false;
  char locale[ULOC_FULLNAME_CAPACITY] = {};
  UErrorCode status = U_ZERO_ERROR;
  int32_t parsed = 0;
  std::string tag(lang);
  uloc_forLanguageTag(tag.c_str(), locale, sizeof locale, &parsed, &status);
  if (U_FAILURE(status) || parsed == 0) return false;
  return uloc_isRightToLeft(locale) != 0;
}

std::optional<FindingSpot> locate_finding(const Report& report, const Finding& finding) {
  for (size_t d = 0; d < report.documents.size(); ++d) {
    const AlignedDocument& doc = report.documents[d];
    for (size_t t = 0; t < doc.targets.size(); ++t) {
      const AlignedTarget& target = doc.targets[t];
      if (target.lang != finding.target_lang) continue;
      bool in_target = finding.target && finding.target->file == target.file;
      bool in_source = finding.source && finding.source->file == doc.file;
      if (!in_target && !in_source) continue;
      FindingSpot spot{d, t, std::nullopt, std::nullopt, {}, {}};
      if (in_source && !finding.source->text.empty())
        spot.source_segment = find_segment(doc.source, *finding.source);
      if (in_target && !finding.target->text.empty())
        spot.target_segment = find_segment(target.segments, *finding.target);
      if (!spot.target_segment && !spot.source_segment) continue;
      if (finding.term && spot.target_segment) {
        spot.target_span =
            span_near(target.segments[*spot.target_segment], *finding.target, finding.term->found);
      } else if (spot.target_segment) {
        spot.target_span =
            quoted_at(target.segments[*spot.target_segment], *finding.target, finding.message);
      }
      if (finding.term && finding.term->found.empty() && spot.source_segment) {
        spot.source_span =
            span_near(doc.source[*spot.source_segment], *finding.source, finding.term->source);
      }
      return spot;
    }
  }
  return std::nullopt;
}

}  // namespace samklang
