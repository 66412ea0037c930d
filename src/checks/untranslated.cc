// untranslated: the target segment equals its source segment, or is written
// in the source language (by CLD2).
#include <fmt/format.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "checks/check.h"
#include "formats/catalog_state.h"
#include "text/language_id.h"
#include "text/normalize.h"
#include "text/placeholders.h"
#include "text/words.h"

namespace samklang {
namespace {

// Words that stay the same in a translation ([untranslated] keep), each as
// its sequence of case-folded words, so that "Civil Rights Defenders" keeps
// three words in a row.
class KeepList {
 public:
  KeepList(const std::vector<std::string>* entries, const WordBreaker& breaker) {
    if (entries == nullptr) return;
    for (const std::string& entry : *entries) {
      std::vector<std::string> words;
      for (const Token& token : breaker.words(entry))
        words.push_back(
            match_key(std::string_view(entry).substr(token.begin, token.end - token.begin)));
      if (!words.empty()) sequences_.push_back(std::move(words));
    }
  }

  // Per token of `text`: true when it is part of a kept sequence.
  std::vector<bool> kept(std::string_view text, const std::vector<Token>& tokens) const {
    std::vector<bool> out(tokens.size(), false);
    if (sequences_.empty()) return out;
    std::vector<std::string> folded;
    for (const Token& token : tokens)
      folded.push_back(match_key(text.substr(token.begin, token.end - token.begin)));
    for (const std::vector<std::string>& sequence : sequences_) {
      for (size_t i = 0; i + sequence.size() <= folded.size(); ++i) {
        if (!std::equal(sequence.begin(), sequence.end(), folded.begin() + static_cast<long>(i)))
          continue;
        std::fill_n(out.begin() + static_cast<long>(i), sequence.size(), true);
      }
    }
    return out;
  }

 private:
  std::vector<std::vector<std::string>> sequences_;
};

bool is_bracket_or_mark(char c) {
  return std::string_view("()[]{}<>\"'*,.;:!?|").find(c) != std::string_view::npos;
}

// Code, names and keywords, not language: an option ("--help"), a path, an
// identifier ("copy_data", "eXtended"), an address, a number with a unit
// ("4GiB"), an upper-case keyword or acronym ("CREATE", "XPA").
bool looks_like_code(std::string_view word) {
  if (word.empty()) return false;
  if (word.front() == '-') return true;
  if (word.find_first_of("/\\_=@$#|[]{}<>()0123456789.:") != std::string_view::npos) return true;
  const auto* s = reinterpret_cast<const uint8_t*>(word.data());
  const auto length = static_cast<int32_t>(word.size());
  int upper = 0;
  int lower = 0;
  bool upper_after_lower = false;
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c < 0) return false;
    if (u_isupper(c)) {
      ++upper;
      upper_after_lower = upper_after_lower || lower > 0;
    } else if (u_islower(c)) {
      ++lower;
    }
  }
  return (upper >= 2 && lower == 0) || upper_after_lower;
}

// What the language check sees of a segment: its translatable words (see
// translatable) with code blanked out too. Marks and brackets around a word
// ("(--stdin", "'%s',") do not count as part of it.
std::string language_text(std::string text) {
  for (size_t i = 0; i < text.size();) {
    size_t end = text.find_first_of(" \t\n\r", i);
    if (end == std::string::npos) end = text.size();
    size_t begin = i;
    size_t stop = end;
    while (begin < stop && is_bracket_or_mark(text[begin])) ++begin;
    while (stop > begin && is_bracket_or_mark(text[stop - 1])) --stop;
    if (looks_like_code(std::string_view(text).substr(begin, stop - begin)))
      std::fill(text.begin() + static_cast<long>(i), text.begin() + static_cast<long>(end), ' ');
    i = end + 1;
  }
  return text;
}

// A segment's words that can be translated: its text with placeholders,
// do-not-translate terms and kept words blanked out, and how many words are
// left (numbers aside).
struct Translatable {
  std::string text;  // the segment's text with what stays the same replaced by spaces
  size_t words = 0;
};

Translatable translatable(const SegmentedDocument& doc, uint32_t index, const Termbase& termbase,
                          const WordBreaker& breaker, const KeepList& keep) {
  const std::string& text = doc.segments[index].text;
  Translatable out{text, 0};
  auto blank = [&](size_t begin, size_t end) {
    std::fill(out.text.begin() + static_cast<long>(begin),
              out.text.begin() + static_cast<long>(end), ' ');
  };
  for (const Placeholder& p : find_placeholders(text)) blank(p.begin, p.end);
  for (const TermMatch& m : doc.terms[index])
    if (termbase.terms[m.term].status == TermStatus::dnt) blank(m.begin, m.end);
  std::vector<Token> tokens = breaker.words(text);
  std::vector<bool> kept = keep.kept(text, tokens);
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    if (kept[i]) blank(token.begin, token.end);
    if (token.numeric || kept[i]) continue;
    bool blanked = std::all_of(out.text.begin() + token.begin, out.text.begin() + token.end,
                               [](char c) { return c == ' '; });
    // Placeholders are code, not words: "%s", "%lu", "%1$d", "{name}", "{{count}}".
    char before = token.begin > 0 ? text[token.begin - 1] : ' ';
    if (blanked || before == '%' || before == '$' || before == '{') continue;
    ++out.words;
  }
  return out;
}

class Untranslated final : public Check {
 public:
  void run(const Bitext& bitext, Emitter& emit) const override {
    const Lang& source_lang = bitext.source.document->lang;
    const Lang& target_lang = bitext.target.document->lang;
    WordBreaker breaker(target_lang);
    KeepList keep(bitext.keep, breaker);
    // The source segment each target segment is linked to, and whether the
    // link is one to one.
    std::vector<std::optional<uint32_t>> source_of(bitext.target.segments.size());
    std::vector<bool> one_to_one(bitext.target.segments.size(), false);
    for (const Link& link : bitext.alignment) {
      for (uint32_t t : link.tgt) {
        if (!link.src.empty()) source_of[t] = link.src.front();
        one_to_one[t] = link.src.size() == 1 && link.tgt.size() == 1;
      }
    }
    SourceLanguageDetector detector(source_lang, target_lang);
    for (uint32_t t = 0; t < bitext.target.segments.size(); ++t) {
      const std::string& target = bitext.target.segments[t].text;
      Translatable words = translatable(bitext.target, t, bitext.termbase, breaker, keep);
      std::optional<Anchor> source;
      if (source_of[t]) source = Anchor{*source_of[t], 0};
      if (one_to_one[t] && bitext.source.keys[*source_of[t]] == bitext.target.keys[t]) {
        // One word or a name alone is often the same in both languages.
        if (words.words < 2) continue;
        emit.emit(source, Anchor{t, 0},
                  message_text("'{}' is the same as the source; it is not translated", target),
                  message_text("translate it into {}", target_lang));
        continue;
      }
      if (!detector.enabled()) continue;
      // A catalog entry that is not in use (fuzzy, new) is outdated or missing, not this.
      const Unit& unit = bitext.target.document->units[bitext.target.segments[t].unit];
      if (catalog_state(unit.state) != CatalogState::translated) continue;
      if (!detector.written_in_source(language_text(std::move(words.text)))) continue;
      emit.emit(source, Anchor{t, 0},
                message_text("'{}' is written in {}, the source language, not in {}; it is not "
                             "translated",
                             excerpt(target), source_lang, target_lang),
                message_text("translate it into {}", target_lang));
    }
  }
};

}  // namespace

extern const CheckDef untranslated{
    {"untranslated", "the target is the same as the source, or in the source language",
     "A target segment is identical to its source segment (compared after Unicode\n"
     "normalisation and case folding): it was copied and never translated. Segments whose\n"
     "only words are numbers, placeholders (%s, {name}), code, do-not-translate names or\n"
     "words listed under [untranslated] keep, and one-word segments, are not reported,\n"
     "since those often stay the same in every language.\n"
     "\n"
     "A target segment that differs from its source is reported too when it is written in\n"
     "the source language: a sentence left over after the source was reworded, a paragraph\n"
     "pasted in untranslated. The language is identified by CLD2 on the segment's words\n"
     "(names, codes and kept words left out) when there are at least 40 letters of them,\n"
     "CLD2 is sure and places most of the text in the source language itself. Languages\n"
     "CLD2 cannot tell apart on a sentence (Serbian, Croatian, Bosnian and Macedonian;\n"
     "Russian, Ukrainian, Belarusian and Bulgarian; Swedish, Norwegian and Danish;\n"
     "Spanish, Portuguese, Galician and Catalan; Czech and Slovak; ...) are never guessed\n"
     "between: for such a pair only identical segments are reported.\n"
     "\n"
     "Example: sv 'Vi står upp för vår sak.' and en 'Vi står upp för vår sak.'\n"
     "  -> 'Vi står upp för vår sak.' is the same as the source; it is not translated\n"
     "Example: en 'We defend human rights.' and es 'We defend the rights of every human\n"
     "         being, everywhere.'\n"
     "  -> 'We defend the rights of every human being, everywhere.' is written in en, the\n"
     "     source language, not in es; it is not translated\n"
     "\n"
     "Fix: translate the segment. Names and product names that stay the same go under\n"
     "[untranslated] keep = [\"GNOME\", \"Civil Rights Defenders\"] in samklang.toml, or into\n"
     "the termbase as do-not-translate terms.\n"
     "Silence: set untranslated = \"off\" under [rules] in samklang.toml.",
     Severity::error},
    []() -> std::unique_ptr<Check> { return std::make_unique<Untranslated>(); }};

}  // namespace samklang
