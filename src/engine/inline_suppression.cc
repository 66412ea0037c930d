#include "engine/inline_suppression.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <functional>
#include <optional>
#include <tuple>

#include "engine/rule_ids.h"

namespace samklang {

namespace {

constexpr std::string_view kPrefix = "samklang-";

enum class DirectiveName { disable, enable, disable_next_line };

struct Directive {
  DirectiveName name = DirectiveName::disable;
  std::vector<std::string> rules;  // empty = every rule
};

using Locate = std::function<Location(size_t)>;  // offset in the text parsed -> place

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Reads a directive from `text` (a comment's body). Nothing when the text
// does not start with "samklang-"; an error (and nothing) when it is not a
// directive samklang knows or names a rule that does not exist.
std::optional<Directive> parse_directive(std::string_view text, const Locate& locate,
                                         std::vector<Error>& errors) {
  size_t at = 0;
  while (at < text.size() && is_space(text[at])) ++at;
  if (text.substr(at, kPrefix.size()) != kPrefix) return std::nullopt;
  size_t name_end = at + kPrefix.size();
  while (name_end < text.size() &&
         ((text[name_end] >= 'a' && text[name_end] <= 'z') || text[name_end] == '-'))
    ++name_end;
  std::string_view name = text.substr(at, name_end - at);
  Directive out;
  if (name == "samklang-disable") {
    out.name = DirectiveName::disable;
  } else if (name == "samklang-enable") {
    out.name = DirectiveName::enable;
  } else if (name == "samklang-disable-next-line") {
    out.name = DirectiveName::disable_next_line;
  } else {
    size_t word_end = name_end;
    while (word_end < text.size() && !is_space(text[word_end]) && text[word_end] != ':') ++word_end;
    errors.push_back({locate(at), fmt::format("unknown directive '{}'; use samklang-disable, "
                                              "samklang-enable or samklang-disable-next-line",
                                              text.substr(at, word_end - at))});
    return std::nullopt;
  }
  // The ids run to a colon (a reason follows) or the end.
  size_t list_end = std::min(text.find(':', name_end), text.size());
  if (name_end < list_end && !is_space(text[name_end]) && text[name_end] != ',') {
    errors.push_back({locate(name_end), fmt::format("expected a space after '{}'", name)});
    return std::nullopt;
  }
  bool ok = true;
  size_t i = name_end;
  while (i < list_end) {
    if (is_space(text[i]) || text[i] == ',') {
      ++i;
      continue;
    }
    size_t start = i;
    while (i < list_end && !is_space(text[i]) && text[i] != ',') ++i;
    std::string id(text.substr(start, i - start));
    if (auto error = unknown_rule(id, locate(start))) {
      errors.push_back(*error);
      ok = false;
      continue;
    }
    out.rules.push_back(std::move(id));
  }
  if (!ok) return std::nullopt;
  return out;
}

class Scanner {
 public:
  explicit Scanner(const Document& doc) : doc_(doc), content_(doc.content) {}

  FileSuppressions scan() {
    if (doc_.format == "markdown") markdown();
    if (doc_.format == "html") html();
    if (doc_.format == "po") po();
    if (doc_.keyed) notes();
    std::stable_sort(out_.events.begin(), out_.events.end(),
                     [](const SuppressionEvent& a, const SuppressionEvent& b) {
                       auto key = [](const SuppressionEvent& e) {
                         return std::tuple(e.at.line, e.at.column,
                                           e.kind == SuppressionEvent::Kind::disable);
                       };
                       return key(a) < key(b);
                     });
    return std::move(out_);
  }

 private:
  LineColumn position(size_t offset) const {
    return doc_.lines.at(content_, static_cast<uint32_t>(std::min(offset, content_.size())));
  }
  Location location(size_t offset) const {
    LineColumn lc = position(offset);
    return {doc_.path, lc.line, lc.column};
  }

  // An HTML comment whose "<!--" is at `open`; returns where it ends.
  size_t comment(size_t open) {
    size_t body = open + 4;
    size_t close = content_.find("-->", body);
    size_t body_end = close == std::string_view::npos ? content_.size() : close;
    std::string_view text = content_.substr(body, body_end - body);
    auto directive = parse_directive(
        text, [&](size_t at) { return location(body + at); }, out_.errors);
    if (directive) {
      using Kind = SuppressionEvent::Kind;
      switch (directive->name) {
        case DirectiveName::disable:
          out_.events.push_back({Kind::disable, position(open), std::move(directive->rules)});
          break;
        case DirectiveName::enable:
          out_.events.push_back({Kind::enable, position(open), std::move(directive->rules)});
          break;
        case DirectiveName::disable_next_line:
          out_.lines.push_back({position(body_end).line + 1, std::move(directive->rules)});
          break;
      }
    }
    return close == std::string_view::npos ? content_.size() : close + 3;
  }

  // Markdown: comments outside fenced code blocks and code spans.
  void markdown() {
    size_t pos = 0;
    std::string fence;  // the open fence's characters, empty outside a fenced block
    while (pos < content_.size()) {
      size_t end = content_.find('\n', pos);
      if (end == std::string_view::npos) end = content_.size();
      std::string_view line = content_.substr(pos, end - pos);
      size_t indent = line.find_first_not_of(' ');
      std::string_view rest = indent == std::string_view::npos ? "" : line.substr(indent);
      if (indent != std::string_view::npos && indent < 4 &&
          (rest.starts_with("```") || rest.starts_with("~~~"))) {
        size_t run = rest.find_first_not_of(rest[0]);
        std::string marker(rest.substr(0, run == std::string_view::npos ? rest.size() : run));
        if (fence.empty())
          fence = marker;
        else if (marker[0] == fence[0] && marker.size() >= fence.size())
          fence.clear();
        pos = end + 1;
        continue;
      }
      if (!fence.empty()) {
        pos = end + 1;
        continue;
      }
      size_t i = pos;
      size_t next_line = end + 1;
      while (i < end) {
        if (content_[i] == '`') {
          size_t run_end = content_.find_first_not_of('`', i);
          if (run_end == std::string_view::npos) run_end = content_.size();
          std::string ticks(run_end - i, '`');
          size_t close = content_.find(ticks, run_end);
          i = close != std::string_view::npos && close < end ? close + ticks.size() : run_end;
          continue;
        }
        if (content_.substr(i, 4) == "<!--") {
          i = comment(i);
          if (i > end) {  // a comment over several lines
            next_line = content_.find('\n', i);
            next_line = next_line == std::string_view::npos ? content_.size() : next_line + 1;
            end = next_line - 1;
          }
          continue;
        }
        ++i;
      }
      pos = next_line;
    }
  }

  // HTML: comments outside script, style and textarea, whose text is not markup.
  void html() {
    size_t i = 0;
    while (i < content_.size()) {
      size_t open = content_.find('<', i);
      if (open == std::string_view::npos) break;
      if (content_.substr(open, 4) == "<!--") {
        i = comment(open);
        continue;
      }
      i = open + 1;
      for (std::string_view raw : {"script", "style", "textarea"}) {
        if (!starts_with_tag(open + 1, raw)) continue;
        size_t close = find_closing(open + 1 + raw.size(), raw);
        i = close == std::string_view::npos ? content_.size() : close;
        break;
      }
    }
  }

  bool starts_with_tag(size_t at, std::string_view name) const {
    if (at + name.size() > content_.size()) return false;
    for (size_t k = 0; k < name.size(); ++k)
      if (std::tolower(static_cast<unsigned char>(content_[at + k])) != name[k]) return false;
    if (at + name.size() == content_.size()) return true;
    char after = content_[at + name.size()];
    return after == '>' || after == '/' || is_space(after);
  }

  size_t find_closing(size_t from, std::string_view name) const {
    for (size_t at = content_.find("</", from); at != std::string_view::npos;
         at = content_.find("</", at + 2))
      if (starts_with_tag(at + 2, name)) return at;
    return std::string_view::npos;
  }

  // PO: "# samklang-disable ..." or "#. samklang-disable ..." covers the
  // entry the comment belongs to, up to the line that starts the next one.
  void po() {
    size_t pos = 0;
    while (pos < content_.size()) {
      size_t end = line_end(pos);
      std::string_view line = trimmed_line(pos, end);
      size_t line_start = pos;
      pos = end + 1;
      if (!(line.starts_with("# ") || line.starts_with("#\t") || line.starts_with("#."))) continue;
      size_t body = static_cast<size_t>(line.data() - content_.data()) + (line[1] == '.' ? 2 : 1);
      std::string_view text = content_.substr(body, static_cast<size_t>(end) - body);
      if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
      auto directive = parse_directive(
          text, [&](size_t at) { return location(body + at); }, out_.errors);
      if (!directive) continue;
      if (directive->name != DirectiveName::disable) {
        out_.errors.push_back(
            {location(body + text.find(kPrefix)),
             "in a PO file, write 'samklang-disable' in the comment of the entry it covers; "
             "'samklang-enable' and 'samklang-disable-next-line' are for Markdown and HTML"});
        continue;
      }
      using Kind = SuppressionEvent::Kind;
      out_.events.push_back({Kind::disable, position(line_start), directive->rules});
      out_.events.push_back({Kind::enable, position(entry_end(pos)), std::move(directive->rules)});
    }
  }

  size_t line_end(size_t pos) const {
    size_t end = content_.find('\n', pos);
    return end == std::string_view::npos ? content_.size() : end;
  }

  std::string_view trimmed_line(size_t pos, size_t end) const {
    std::string_view line = content_.substr(pos, end - pos);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    return line;
  }

  // Where the entry whose comments end before `pos` ends: at a blank line
  // after its keywords, or at the comment or msgctxt/msgid that follows its
  // msgstr.
  size_t entry_end(size_t pos) const {
    bool keywords = false;
    bool msgstr = false;
    while (pos < content_.size()) {
      size_t end = line_end(pos);
      std::string_view line = trimmed_line(pos, end);
      if (line.empty()) {
        if (keywords) return pos;
      } else if (line[0] == '#') {
        if (msgstr) return pos;
      } else if (line.starts_with("msgctxt") || line.starts_with("msgid")) {
        if (msgstr) return pos;
        keywords = true;
      } else if (line.starts_with("msgstr")) {
        keywords = msgstr = true;
      }
      pos = end + 1;
    }
    return content_.size();
  }

  // Keyed catalogs: a target unit's note (XLIFF <note>, TMX <note>) that
  // holds a directive covers the unit.
  void notes() {
    for (const Unit& unit : doc_.units) {
      std::string_view note = unit.note;
      size_t part = 0;
      while (part < note.size()) {
        size_t end = std::min(note.find("; ", part), note.size());
        std::string_view text = note.substr(part, end - part);
        size_t base = place_in_file(unit, text);
        auto directive = parse_directive(
            text,
            [&](size_t at) {
              return base != std::string_view::npos ? location(base + at) : doc_.locate(unit, 0);
            },
            out_.errors);
        if (directive) {
          if (directive->name == DirectiveName::disable)
            out_.units.push_back({unit.id, std::move(directive->rules)});
          else
            out_.errors.push_back(
                {base != std::string_view::npos ? location(base) : doc_.locate(unit, 0),
                 "in a catalog note, write 'samklang-disable'; it covers the note's unit"});
        }
        part = end + 2;
      }
    }
  }

  // Where a note's text lies in the file: the copy nearest to the unit.
  size_t place_in_file(const Unit& unit, std::string_view text) const {
    size_t lead = text.find_first_not_of(" \t\r\n");
    if (lead == std::string_view::npos) return std::string_view::npos;
    std::string_view needle = text.substr(lead);
    size_t anchor = unit.spans.empty() ? 0 : unit.file_offset(0);
    size_t best = std::string_view::npos;
    for (size_t at = content_.find(needle); at != std::string_view::npos;
         at = content_.find(needle, at + 1)) {
      auto distance = [&](size_t x) { return x > anchor ? x - anchor : anchor - x; };
      if (best == std::string_view::npos || distance(at) < distance(best)) best = at;
    }
    return best == std::string_view::npos ? best : best - lead;
  }

  const Document& doc_;
  std::string_view content_;
  FileSuppressions out_;
};

bool covers(const std::vector<std::string>& rules, const std::string& rule) {
  return rules.empty() || std::find(rules.begin(), rules.end(), rule) != rules.end();
}

}  // namespace

bool FileSuppressions::silences(const std::string& rule, const Place& place) const {
  for (const LineSuppression& s : lines)
    if (s.line == place.line && covers(s.rules, rule)) return true;
  for (const UnitSuppression& s : units)
    if (!place.unit.empty() && s.unit == place.unit && covers(s.rules, rule)) return true;
  bool off = false;
  for (const SuppressionEvent& e : events) {
    if (std::tie(e.at.line, e.at.column) > std::tie(place.line, place.column)) break;
    if (covers(e.rules, rule)) off = e.kind == SuppressionEvent::Kind::disable;
  }
  return off;
}

FileSuppressions scan_suppressions(const Document& doc) { return Scanner(doc).scan(); }

}  // namespace samklang
