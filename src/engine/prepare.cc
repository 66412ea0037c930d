#include "engine/prepare.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <bitset>
#include <filesystem>

#include "formats/bilingual.h"
#include "formats/reader.h"
#include "terms/term_matcher.h"
#include "text/normalize.h"
#include "text/sentences.h"
#include "text/words.h"

namespace samklang {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Numbers written with ASCII digits, as anchors: "2023-2030" gives 2023 and 2030.
void add_number_anchors(std::string_view text, std::vector<std::string>& anchors) {
  for (size_t i = 0; i < text.size();) {
    if (text[i] < '0' || text[i] > '9') {
      ++i;
      continue;
    }
    size_t start = i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
    anchors.push_back("n:" + std::string(text.substr(start, i - start)));
  }
}

// Punctuation that translations keep: colons, question and exclamation
// marks, dashes, parentheses and quotation marks (every locale's quotes
// count as one kind). A segment's signature is an alignment anchor.
void add_punctuation_anchors(std::string_view text, std::vector<std::string>& anchors) {
  static const std::pair<std::string_view, std::string_view> kMarks[] = {
      {":", "p:colon"},      {"?", "p:question"},   {"!", "p:exclamation"}, {"\u2013", "p:dash"},
      {"\u2014", "p:dash"},  {"(", "p:paren"},      {"\u201C", "p:quote"},  {"\u201D", "p:quote"},
      {"\u00AB", "p:quote"}, {"\u00BB", "p:quote"}, {"\u201E", "p:quote"},  {"\"", "p:quote"}};
  static const std::bitset<256> kFirstBytes = [] {
    std::bitset<256> first;
    for (const auto& [mark, anchor] : kMarks) first.set(static_cast<unsigned char>(mark.front()));
    return first;
  }();
  for (size_t i = 0; i < text.size(); ++i) {
    // Most bytes start no mark: skip them without comparing.
    if (!kFirstBytes[static_cast<unsigned char>(text[i])]) continue;
    for (const auto& [mark, anchor] : kMarks) {
      if (text.compare(i, mark.size(), mark) != 0) continue;
      // A colon inside a number or a URL ("10:30", "https:") is not punctuation.
      if (mark == ":" && i + 1 < text.size() && text[i + 1] != ' ') break;
      anchors.emplace_back(anchor);
      break;
    }
  }
}

// Words that two languages write alike, as anchors: names, codes and
// cognates ("Everest", "expédition"/"Expedition", "politiska"/"political").
// The key is the first five letters after folding case and accents; short
// words are left out, as they collide across languages by chance.
// Returns the number of word tokens, numbers included.
size_t add_word_anchors(std::string_view text, const WordBreaker& words,
                        std::vector<std::string>& anchors) {
  constexpr size_t kMinLetters = 4;
  constexpr size_t kPrefix = 5;
  const std::vector<Token> tokens = words.words(text);
  for (const Token& token : tokens) {
    if (token.numeric) continue;
    std::string folded = fold_marks(text.substr(token.begin, token.end - token.begin));
    size_t letters = 0;
    size_t cut = folded.size();
    for (size_t i = 0; i < folded.size(); ++i) {
      if ((static_cast<unsigned char>(folded[i]) & 0xC0) == 0x80) continue;
      if (letters == kPrefix) cut = std::min(cut, i);
      ++letters;
    }
    if (letters < kMinLetters) continue;
    anchors.push_back("w:" + folded.substr(0, cut));
  }
  return tokens.size();
}

// How a segment ends, closing quotes and brackets aside.
Ending ending_of(std::string_view text) {
  static constexpr std::string_view kClosers[] = {")",      "]",      "\"",     "'",
                                                  "\u201D", "\u2019", "\u00BB", " "};
  // A colon may end a sentence of its own ("We have four core values:").
  static constexpr std::string_view kTerminal[] = {".",      "!",      "?",      ":",     "\u2026",
                                                   "\u3002", "\uFF01", "\uFF1F", "\uFF1A"};
  static constexpr std::string_view kContinued[] = {";", ",", "\uFF1B", "\uFF0C", "\u3001"};
  for (bool stripped = true; stripped;) {
    stripped = false;
    for (std::string_view closer : kClosers)
      if (text.ends_with(closer)) text.remove_suffix(closer.size()), stripped = true;
  }
  for (std::string_view mark : kTerminal)
    if (text.ends_with(mark)) return Ending::terminal;
  for (std::string_view mark : kContinued)
    if (text.ends_with(mark)) return Ending::continued;
  return Ending::none;
}

// A segment whose first letter is lowercase continues a sentence
// ("b) la déviation", "des estimations ...").
bool starts_lowercase(std::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c < 0) return false;
    if (u_isalpha(c)) return u_islower(c);
    if (u_isdigit(c)) return false;
  }
  return false;
}

// Semicolons inside a segment, not at its end: each may join two clauses
// that another language writes as two sentences ("Een ieder heeft recht op
// onderwijs; het onderwijs zal kosteloos zijn" against the Swedish "Envar
// har rätt till undervisning. Undervisningen skall vara kostnadsfri"). The
// Greek question mark, written ';', ends a sentence (ICU breaks there for
// Greek), so it is never inside one.
uint8_t inner_semicolons(std::string_view text) {
  static constexpr std::string_view kMarks[] = {";", "\uFF1B", "\u061B"};
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  unsigned count = 0;
  for (std::string_view mark : kMarks)
    for (size_t at = text.find(mark); at != std::string_view::npos; at = text.find(mark, at + 1))
      if (at + mark.size() < text.size()) ++count;
  return static_cast<uint8_t>(std::min(count, 255u));
}

std::vector<std::string> abbreviations_for(const std::string& dir, const Lang& lang) {
  if (dir.empty()) return {};
  std::filesystem::path file = std::filesystem::path(dir) / (lang_base(lang) + ".txt");
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) return {};
  auto list = load_abbreviations(file.string());
  return list ? *list : std::vector<std::string>{};
}

}  // namespace

namespace {

std::expected<Document, Error> read(const DocumentFile& file) {
  if (file.side == DocumentFile::Side::whole)
    return read_document(file.path, file.lang, file.format);
  bool source = file.side == DocumentFile::Side::source;
  // The source side does not depend on the translation's language: "und" (undetermined).
  auto both = read_bilingual(file.path, source ? file.lang : "", source ? "und" : file.lang);
  if (!both) return std::unexpected(both.error());
  return source ? std::move(both->source) : std::move(both->target);
}

}  // namespace

std::expected<PreparedDocument, Error> prepare_document(const DocumentFile& file,
                                                        const Termbase& termbase,
                                                        const std::string& segmentation_dir) {
  auto document = read(file);
  if (!document) return std::unexpected(document.error());
  return segment_document(std::move(*document), termbase, segmentation_dir);
}

std::expected<std::pair<PreparedDocument, PreparedDocument>, Error> prepare_bilingual(
    const std::string& path, const Lang& source_lang, const Lang& target_lang,
    const Termbase& termbase, const std::string& segmentation_dir) {
  auto both = read_bilingual(path, source_lang, target_lang);
  if (!both) return std::unexpected(both.error());
  return std::pair{segment_document(std::move(both->source), termbase, segmentation_dir),
                   segment_document(std::move(both->target), termbase, segmentation_dir)};
}

Alignment align_prepared(const PreparedDocument& source, const PreparedDocument& target) {
  if (!source.document->keyed || !target.document->keyed)
    return align_documents(source.align_items, target.align_items);
  std::vector<std::string_view> source_ids;
  std::vector<std::string_view> target_ids;
  for (const Segment& s : source.segmented.segments)
    source_ids.push_back(source.document->units[s.unit].id);
  for (const Segment& s : target.segmented.segments)
    target_ids.push_back(target.document->units[s.unit].id);
  return align_by_id(source_ids, target_ids, target.document->lang);
}

PreparedDocument segment_document(Document document, const Termbase& termbase,
                                  const std::string& segmentation_dir) {
  PreparedDocument out;
  out.document = std::make_unique<Document>(std::move(document));
  const Document& doc = *out.document;
  const Lang& lang = doc.lang;
  out.segmented.document = out.document.get();

  SentenceSplitter splitter(lang, abbreviations_for(segmentation_dir, lang));
  TermMatcher matcher(termbase, lang);
  WordBreaker words(lang);
  for (uint32_t u = 0; u < doc.units.size(); ++u) {
    const Unit& unit = doc.units[u];
    std::vector<std::pair<uint32_t, uint32_t>> ranges;
    if (doc.keyed) {  // a catalog entry is one segment, however many sentences it has
      bool blank = std::all_of(unit.text.begin(), unit.text.end(), is_space);
      if (!blank) ranges.emplace_back(0, static_cast<uint32_t>(unit.text.size()));
    } else if (doc.format == "lines") {  // segmented already: a sentence per line
      for (uint32_t begin = 0; begin < unit.text.size();) {
        size_t end = unit.text.find('\n', begin);
        if (end == std::string::npos) end = unit.text.size();
        ranges.emplace_back(begin, static_cast<uint32_t>(end));
        begin = static_cast<uint32_t>(end) + 1;
      }
    } else if (unit.kind == UnitKind::heading) {
      uint32_t begin = 0;
      auto end = static_cast<uint32_t>(unit.text.size());
      while (begin < end && is_space(unit.text[begin])) ++begin;
      while (end > begin && is_space(unit.text[end - 1])) --end;
      if (end > begin) ranges.emplace_back(begin, end);
    } else {
      ranges = splitter.split(unit.text);
    }
    for (auto [begin, end] : ranges) {
      Segment segment{u, begin, end, unit.text.substr(begin, end - begin)};
      std::vector<TermMatch> terms = matcher.find(segment.text);
      AlignItem item{u,
                     unit.kind,
                     static_cast<double>(grapheme_count(segment.text)),
                     {},
                     ending_of(segment.text),
                     starts_lowercase(segment.text),
                     inner_semicolons(segment.text)};
      for (const TermMatch& m : terms)
        item.anchors.push_back("c:" + termbase.terms[m.term].concept_id);
      add_number_anchors(segment.text, item.anchors);
      add_punctuation_anchors(segment.text, item.anchors);
      const size_t word_count = add_word_anchors(segment.text, words, item.anchors);
      item.lone_word = word_count == 1 && item.ending == Ending::none &&
                       std::none_of(item.anchors.begin(), item.anchors.end(),
                                    [](const std::string& a) { return a.starts_with("n:"); });
      out.segmented.keys.push_back(match_key(segment.text));
      out.segmented.segments.push_back(std::move(segment));
      out.segmented.terms.push_back(std::move(terms));
      out.align_items.push_back(std::move(item));
    }
  }
  return out;
}

}  // namespace samklang
