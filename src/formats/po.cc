// gettext PO reader: entries become keyed units in a source and a target
// Document, with exact positions for every character of every string.
#include <fmt/format.h>

#include <map>
#include <optional>

#include "formats/bilingual.h"
#include "formats/plural_formula.h"

namespace samklang {

namespace {

struct PoString {
  std::string text;
  std::vector<SourceSpan> spans;
  bool present = false;
};

struct Entry {
  PoString context;
  PoString id;
  PoString id_plural;
  std::map<int, PoString> translations;  // -1 for a plain msgstr, else the plural index
  bool fuzzy = false;
  bool obsolete = false;
  std::string previous_id;
  bool started() const { return id.present || context.present || !translations.empty(); }
};

class PoParser {
 public:
  PoParser(const std::string& path, std::string_view content)
      : path_(path), content_(content), lines_(content) {}

  std::expected<std::vector<Entry>, Error> parse() {
    Entry entry;
    PoString* last = nullptr;  // the string a continuation line extends
    size_t pos = 0;
    while (pos < content_.size()) {
      size_t end = content_.find('\n', pos);
      if (end == std::string_view::npos) end = content_.size();
      size_t line_end = end > pos && content_[end - 1] == '\r' ? end - 1 : end;
      size_t at = pos;
      while (at < line_end && (content_[at] == ' ' || content_[at] == '\t')) ++at;
      std::string_view line = content_.substr(at, line_end - at);
      if (line.empty()) {
        if (entry.started() || entry.obsolete) finish(entry);
        last = nullptr;
      } else if (line[0] == '#') {
        if (!entry.translations.empty()) finish(entry);
        last = nullptr;
        if (auto ok = comment(line, at, line_end, entry); !ok) return std::unexpected(ok.error());
      } else if (line[0] == '"') {
        if (!last)
          return std::unexpected(error(at, "a string continuation with no keyword before it"));
        if (auto ok = read_string(at, line_end, *last); !ok) return std::unexpected(ok.error());
      } else {
        auto target = keyword(line, at, entry);
        if (!target) return std::unexpected(target.error());
        last = target->first;
        if (auto ok = read_string(target->second, line_end, *last); !ok)
          return std::unexpected(ok.error());
      }
      pos = end + 1;
    }
    if (entry.started()) finish(entry);
    return std::move(entries_);
  }

 private:
  Error error(size_t offset, std::string message) const {
    LineColumn lc = lines_.at(content_, static_cast<uint32_t>(offset));
    return Error{{path_, lc.line, lc.column}, std::move(message)};
  }

  void finish(Entry& entry) {
    if (entry.id.present && !entry.obsolete) entries_.push_back(std::move(entry));
    entry = Entry{};
  }

  std::expected<void, Error> comment(std::string_view line, size_t at, size_t line_end,
                                     Entry& entry) {
    if (line.starts_with("#~")) {
      entry.obsolete = true;
    } else if (line.starts_with("#,")) {
      if (line.find("fuzzy") != std::string_view::npos) entry.fuzzy = true;
    } else if (line.starts_with("#| msgid ")) {
      size_t quote = content_.find('"', at);
      if (quote == std::string_view::npos || quote >= line_end)
        return std::unexpected(error(at, "expected a string after '#| msgid'"));
      PoString previous;
      if (auto ok = read_string(quote, line_end, previous); !ok) return ok;
      entry.previous_id += previous.text;
    } else if (line.starts_with("#| \"")) {
      PoString previous;
      if (auto ok = read_string(at + 3, line_end, previous); !ok) return ok;
      entry.previous_id += previous.text;
    }
    return {};
  }

  // The string a keyword line sets, and the offset of its opening quote.
  std::expected<std::pair<PoString*, size_t>, Error> keyword(std::string_view line, size_t at,
                                                             Entry& entry) {
    size_t name_end = line.find_first_of(" \t\"");
    std::string_view name = line.substr(0, name_end);
    size_t quote = line.find('"');
    if (quote == std::string_view::npos)
      return std::unexpected(error(at, fmt::format("expected a string after '{}'", name)));
    PoString* target = nullptr;
    if (name == "msgctxt" || name == "msgid") {
      if (!entry.translations.empty() || (name == "msgid" && entry.id.present)) finish(entry);
      target = name == "msgctxt" ? &entry.context : &entry.id;
    } else if (name == "msgid_plural") {
      target = &entry.id_plural;
    } else if (name == "msgstr" || (name.starts_with("msgstr[") && name.ends_with("]"))) {
      if (!entry.id.present)
        return std::unexpected(error(at, "'msgstr' without a 'msgid' before it"));
      int index = -1;
      if (name != "msgstr") {
        std::string digits(name.substr(7, name.size() - 8));
        if (digits.empty() || digits.size() > 3 ||
            digits.find_first_not_of("0123456789") != std::string::npos)
          return std::unexpected(error(at, fmt::format("bad plural index in '{}'", name)));
        index = std::stoi(digits);
      }
      target = &entry.translations[index];
    } else {
      return std::unexpected(error(at, fmt::format("unknown keyword '{}'", name)));
    }
    if (target->present && name != "msgstr" && !name.starts_with("msgstr["))
      return std::unexpected(error(at, fmt::format("'{}' given twice in one entry", name)));
    target->present = true;
    return std::pair{target, at + quote};
  }

  // Appends the string whose opening quote is at `quote`, decoding C escapes.
  std::expected<void, Error> read_string(size_t quote, size_t line_end, PoString& out) {
    bool new_span = true;
    size_t i = quote + 1;
    if (out.spans.empty()) {  // even an empty string has a place: inside its quotes
      out.spans.push_back({0, static_cast<uint32_t>(i)});
      new_span = false;
    }
    for (; i < line_end; ++i) {
      char c = content_[i];
      if (c == '"') break;
      if (c != '\\') {
        if (new_span)
          out.spans.push_back({static_cast<uint32_t>(out.text.size()), static_cast<uint32_t>(i)});
        new_span = false;
        out.text += c;
        continue;
      }
      if (i + 1 >= line_end) return std::unexpected(error(i, "a backslash at the end of a string"));
      char e = content_[++i];
      out.spans.push_back({static_cast<uint32_t>(out.text.size()), static_cast<uint32_t>(i - 1)});
      new_span = true;
      switch (e) {
        case 'n':
          out.text += '\n';
          break;
        case 't':
          out.text += '\t';
          break;
        case 'r':
          out.text += '\r';
          break;
        case 'a':
          out.text += '\a';
          break;
        case 'b':
          out.text += '\b';
          break;
        case 'f':
          out.text += '\f';
          break;
        case 'v':
          out.text += '\v';
          break;
        case '\\':
        case '"':
        case '\'':
        case '?':
          out.text += e;
          break;
        default:
          if (e >= '0' && e <= '7') {
            int value = 0;
            size_t k = 0;
            for (; k < 3 && i + k < line_end && content_[i + k] >= '0' && content_[i + k] <= '7';
                 ++k)
              value = value * 8 + (content_[i + k] - '0');
            out.text += static_cast<char>(value);
            i += k - 1;
          } else if (e == 'x') {
            int value = 0;
            size_t k = 1;
            for (; i + k < line_end && std::isxdigit(static_cast<unsigned char>(content_[i + k]));
                 ++k)
              value = (value * 16 + (std::isdigit(static_cast<unsigned char>(content_[i + k]))
                                         ? content_[i + k] - '0'
                                         : (std::tolower(content_[i + k]) - 'a' + 10))) &
                      0xFF;
            if (k == 1) return std::unexpected(error(i - 1, "'\\x' without hexadecimal digits"));
            out.text += static_cast<char>(value);
            i += k - 1;
          } else {
            return std::unexpected(error(i - 1, fmt::format("unknown escape '\\{}'", e)));
          }
      }
    }
    if (i >= line_end)
      return std::unexpected(error(quote, "unterminated string: no closing '\"' on this line"));
    for (size_t k = i + 1; k < line_end; ++k) {
      if (content_[k] != ' ' && content_[k] != '\t')
        return std::unexpected(error(k, "unexpected text after the closing '\"'"));
    }
    return {};
  }

  const std::string& path_;
  std::string_view content_;
  LineIndex lines_;
  std::vector<Entry> entries_;
};

Unit make_unit(std::string id, const PoString& s) {
  Unit unit;
  unit.id = std::move(id);
  unit.kind = UnitKind::paragraph;
  unit.text = s.text;
  unit.spans = s.spans;
  if (unit.spans.empty() || unit.spans.front().text_offset != 0)
    unit.spans.insert(unit.spans.begin(), {0, 0});
  return unit;
}

struct PluralRole {
  bool singular = true;     // checked against msgid, else msgid_plural
  bool one_number = false;  // only one number takes the form
};

// Which source a translation of `entry` is checked against. msgstr[N] takes
// the numbers the header's formula gives N: a form that n = 1 alone takes
// ("one" in English or Swedish) is checked against msgid; a form that 1 shares
// with 21, 31... (Russian) or that all numbers take (Japanese) against
// msgid_plural. Without a formula: msgstr[0] against msgid, and it may leave
// the number out.
PluralRole plural_role(const Entry& entry, int index, const std::optional<PluralFormula>& plurals) {
  if (index < 0 || !entry.id_plural.present) return {};
  if (!plurals) return {index == 0, index == 0};
  bool single = plurals->single_number(index);
  return {single && plurals->form(1) == index, single};
}

std::string header_field(std::string_view header, std::string_view name) {
  size_t at = 0;
  while (at < header.size()) {
    size_t end = header.find('\n', at);
    if (end == std::string_view::npos) end = header.size();
    std::string_view line = header.substr(at, end - at);
    if (line.starts_with(name) && line.size() > name.size() && line[name.size()] == ':') {
      std::string_view value = line.substr(name.size() + 1);
      while (!value.empty() && (value.front() == ' ' || value.front() == '\t'))
        value.remove_prefix(1);
      while (!value.empty() && (value.back() == ' ' || value.back() == '\r'))
        value.remove_suffix(1);
      return std::string(value);
    }
    at = end + 1;
  }
  return "";
}

}  // namespace

std::expected<BilingualDocument, Error> parse_po(const std::string& path, const Lang& source_lang,
                                                 const Lang& target_lang, std::string content) {
  PoParser parser(path, content);
  auto entries = parser.parse();
  if (!entries) return std::unexpected(entries.error());
  BilingualDocument out;
  Lang lang = target_lang;
  std::optional<PluralFormula> plurals;
  for (const Entry& entry : *entries) {
    if (!entry.context.present && entry.id.text.empty()) {
      auto header = entry.translations.find(-1);
      if (header == entry.translations.end()) continue;
      std::string declared = header_field(header->second.text, "Language");
      if (lang.empty() && lang_is_plausible(declared)) lang = lang_canonical(declared);
      plurals = PluralFormula::parse(header_field(header->second.text, "Plural-Forms"));
    }
  }
  for (const Entry& entry : *entries) {
    if (!entry.context.present && entry.id.text.empty()) continue;
    std::string key =
        entry.context.present ? entry.context.text + "\x04" + entry.id.text : entry.id.text;
    for (const auto& [index, translation] : entry.translations) {
      std::string id = index < 0 ? key : fmt::format("{}[{}]", key, index);
      PluralRole role = plural_role(entry, index, plurals);
      out.source.units.push_back(make_unit(id, role.singular ? entry.id : entry.id_plural));
      Unit target = make_unit(id, translation);
      target.one_number = role.one_number;
      if (entry.fuzzy) {
        target.state = "fuzzy";
        if (!entry.previous_id.empty()) target.note = "previous source: " + entry.previous_id;
      }
      out.target.units.push_back(std::move(target));
    }
  }
  if (lang.empty())
    return std::unexpected(Error{
        {path, 1, 1},
        "the catalog does not say its language (no 'Language:' in the header); give it as LANG=" +
            path});
  finish_bilingual(out, path, "po", source_lang, lang, std::move(content));
  return out;
}

}  // namespace samklang
