#include "checks/translation_pairs.h"

#include <fmt/format.h>

#include <algorithm>

#include "checks/check.h"
#include "formats/catalog_state.h"
#include "text/normalize.h"
#include "text/placeholders.h"
#include "text/words.h"

namespace samklang {
namespace {

constexpr double kSureLink = 0.8;

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// True when the UTF-8 sequence at `at` starts a letter (ASCII or not).
bool letter_at(std::string_view text, size_t at) {
  if (at >= text.size()) return false;
  auto c = static_cast<unsigned char>(text[at]);
  return is_ascii_letter(text[at]) || c >= 0xC0;
}

// Positional placeholders become one slot, named ones their name.
std::string placeholders_folded(std::string_view text) {
  std::string out;
  size_t at = 0;
  for (const Placeholder& p : find_placeholders(text)) {
    out.append(text.substr(at, p.begin - at));
    at = p.end;
    std::string_view key = p.key;
    if (key == "%%") {
      out += '%';
      continue;
    }
    std::string name;
    if (key.starts_with("%(")) {
      name = key.substr(2, key.find(')') - 2);
    } else if (key.starts_with("{{")) {
      name = key.substr(2, key.size() - 4);
    } else if (key.starts_with("{")) {
      name = key.substr(1, key.size() - 2);
      if (std::all_of(name.begin(), name.end(), [](char c) { return c >= '0' && c <= '9'; }))
        name.clear();
    }
    out += name.empty() ? std::string("\x01") : "\x02" + name + "\x02";
  }
  out.append(text.substr(at));
  return out;
}

// Quotes, dashes and the ellipsis of any style as one ASCII form.
std::string punctuation_folded(std::string_view text) {
  static const std::pair<std::string_view, std::string_view> kForms[] = {
      {"\u201C", "\""}, {"\u201D", "\""}, {"\u201E", "\""}, {"\u00AB", "\""}, {"\u00BB", "\""},
      {"\u2039", "\""}, {"\u203A", "\""}, {"\u201A", "\""}, {"\u2018", "\""}, {"\u300C", "\""},
      {"\u300D", "\""}, {"\u2013", "-"},  {"\u2014", "-"},  {"\u2012", "-"},  {"\u2015", "-"},
      {"\u2212", "-"},  {"\u2026", "..."}};
  std::string out;
  for (size_t i = 0; i < text.size();) {
    bool replaced = false;
    for (const auto& [from, to] : kForms) {
      if (text.compare(i, from.size(), from) != 0) continue;
      out += to;
      i += from.size();
      replaced = true;
      break;
    }
    if (replaced) continue;
    // A single quote that is not an apostrophe inside a word quotes.
    if (text[i] == '\'' && !(i > 0 && letter_at(text, i - 1) && letter_at(text, i + 1))) {
      out += '"';
      ++i;
      continue;
    }
    out += text[i++];
  }
  return out;
}

// GTK and Qt accelerator marks: "_Open", "Op&en", "ファイル(_F)".
std::string accelerators_dropped(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '(' && i + 3 < text.size() && (text[i + 1] == '_' || text[i + 1] == '&') &&
        is_ascii_letter(text[i + 2]) && text[i + 3] == ')') {
      i += 3;
      continue;
    }
    if ((text[i] == '_' || text[i] == '&') && letter_at(text, i + 1)) continue;
    out += text[i];
  }
  return out;
}

std::string spaces_collapsed(std::string_view text) {
  std::string out;
  for (char c : text) {
    bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (space) {
      if (!out.empty() && out.back() != ' ') out += ' ';
      continue;
    }
    out += c;
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// The msgctxt and plural form of a PO unit id ("ctxt\x04msgid[1]").
void po_context_and_form(const std::string& id, std::string& context, int& form) {
  size_t separator = id.find('\x04');
  if (separator != std::string::npos) context = id.substr(0, separator);
  if (!id.ends_with(']')) return;
  size_t open = id.rfind('[');
  if (open == std::string::npos || open + 2 >= id.size()) return;
  std::string_view digits = std::string_view(id).substr(open + 1, id.size() - open - 2);
  if (digits.size() > 2 ||
      !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return;
  form = std::stoi(std::string(digits));
}

size_t word_count(std::string_view text, const WordBreaker& breaker) {
  size_t count = 0;
  for (const Token& token : breaker.words(text)) {
    char before = token.begin > 0 ? text[token.begin - 1] : ' ';
    if (!token.numeric && before != '%' && before != '{') ++count;
  }
  return count;
}

}  // namespace

std::string comparison_key(std::string_view text, bool catalog) {
  std::string key = punctuation_folded(match_key(placeholders_folded(text)));
  if (catalog) key = accelerators_dropped(key);
  return spaces_collapsed(key);
}

std::vector<TranslationPair> translation_pairs(std::span<const Bitext* const> bitexts) {
  std::vector<TranslationPair> out;
  for (size_t b = 0; b < bitexts.size(); ++b) {
    const Bitext& bitext = *bitexts[b];
    const Document& source_doc = *bitext.source.document;
    const Document& target_doc = *bitext.target.document;
    bool catalog = source_doc.keyed && target_doc.keyed;
    WordBreaker breaker(source_doc.lang);
    WordBreaker target_breaker(target_doc.lang);
    size_t first = out.size();
    for (const Link& link : bitext.alignment) {
      if (link.src.size() != 1 || link.tgt.size() != 1) continue;
      if (!catalog && link.confidence < kSureLink) continue;
      uint32_t s = link.src.front();
      uint32_t t = link.tgt.front();
      const Segment& target = bitext.target.segments[t];
      const Unit& unit = target_doc.units[target.unit];
      if (catalog && catalog_state(unit.state) != CatalogState::translated) continue;
      TranslationPair pair;
      pair.bitext = b;
      pair.source = s;
      pair.target = t;
      pair.lang = target_doc.lang;
      if (catalog && target_doc.format == "po")
        po_context_and_form(unit.id, pair.context, pair.form);
      // A plural form the source lacks (Russian "files_few" checked against
      // "files_other") is its own form of the message, not another rendering.
      const Unit& source_unit = source_doc.units[bitext.source.segments[s].unit];
      if (catalog && source_unit.id != unit.id) pair.context = unit.id;
      const std::string& source_text = bitext.source.segments[s].text;
      pair.source_key = comparison_key(source_text, catalog);
      pair.target_key = comparison_key(target.text, catalog);
      if (pair.source_key.empty() || pair.target_key.empty()) continue;
      pair.source_words = word_count(source_text, breaker);
      pair.target_words = word_count(target.text, target_breaker);
      out.push_back(std::move(pair));
    }
    // File order: by target segment.
    std::stable_sort(
        out.begin() + static_cast<long>(first), out.end(),
        [](const TranslationPair& x, const TranslationPair& y) { return x.target < y.target; });
  }
  return out;
}

std::vector<Variant> variants_of(std::span<const size_t> group,
                                 const std::vector<TranslationPair>& pairs,
                                 std::string TranslationPair::*side) {
  std::vector<Variant> out;
  for (size_t index : group) {
    const std::string& key = pairs[index].*side;
    auto it = std::find_if(out.begin(), out.end(), [&](const Variant& r) { return r.key == key; });
    if (it == out.end()) {
      out.push_back({key, 1, index});
    } else {
      ++it->count;
    }
  }
  return out;
}

size_t norm_of(const std::vector<Variant>& renderings) {
  size_t norm = 0;
  for (size_t i = 1; i < renderings.size(); ++i)
    if (renderings[i].count > renderings[norm].count) norm = i;
  return norm;
}

std::string place_name(const SegmentedDocument& doc, uint32_t segment) {
  const Segment& s = doc.segments[segment];
  const Unit& unit = doc.document->units[s.unit];
  Location at = doc.document->locate(unit, s.begin);
  return fmt::format("{}:{}", at.file, at.line);
}

std::string named_variants(std::span<const Bitext* const> bitexts,
                           const std::vector<TranslationPair>& pairs,
                           const std::vector<Variant>& variants, size_t skip, bool source_side) {
  constexpr size_t kMaxNamed = 3;
  size_t norm = norm_of(variants);
  std::vector<size_t> order{norm};
  for (size_t k = 0; k < variants.size(); ++k)
    if (k != norm) order.push_back(k);
  std::string out;
  size_t shown = 0;
  for (size_t k : order) {
    if (k == skip) continue;
    if (shown == kMaxNamed) {
      out += fmt::format(" and {} more", variants.size() - 1 - shown);
      break;
    }
    const Variant& v = variants[k];
    const TranslationPair& p = pairs[v.first];
    const Bitext& bitext = *bitexts[p.bitext];
    const std::string& text =
        source_side ? bitext.source.segments[p.source].text : bitext.target.segments[p.target].text;
    out += fmt::format("{}'{}' ({}×, {}{})", shown == 0 ? "" : ", ", excerpt(text), v.count,
                       v.count == 1 ? "at " : "e.g. ", place_name(bitext.target, p.target));
    ++shown;
  }
  return out;
}

}  // namespace samklang
