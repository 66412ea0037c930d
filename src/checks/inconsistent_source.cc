// inconsistent-source: different source segments given the same translation
// in one target language across the run.
#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <unordered_map>

#include "checks/check.h"
#include "checks/translation_pairs.h"
#include "text/stemmer.h"

namespace samklang {
namespace {

// Sources that differ in punctuation alone ("Error" and "Error!", "Open" and
// "Open:", "register(r1)" and "register (r1)") are one source here: a
// translation may well drop the mark.
std::string without_punctuation(std::string_view key) {
  std::string out;
  for (char c : key) {
    bool mark = (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
                (c >= '{' && c <= '~');
    if (mark) c = ' ';
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::vector<std::string_view> words_of(std::string_view key) {
  std::vector<std::string_view> out;
  for (size_t at = 0; at < key.size();) {
    size_t end = key.find(' ', at);
    if (end == std::string_view::npos) end = key.size();
    std::string_view word = key.substr(at, end - at);
    // Placeholders are not words.
    if (!word.empty() && word.find_first_of("\x01\x02") == std::string_view::npos)
      out.push_back(word);
    at = end + 1;
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Two sources worth a note when they share one translation: near-twins of
// two words or more that differ in one word alone, not in its form ('Icon
// size' and 'Icon name', 'ARC-specific options' and 'ARM-specific options').
// Sources worded apart ('out of memory', 'memory exhausted'), with a word
// more or less ('not a directory', 'is not a directory'), in another order
// ('Sami, Southern', 'Southern Sami') or of one word ('Quit', 'Exit') are
// synonyms more often than not and are left alone.
bool near_twins(std::string_view a, std::string_view b, const Stemmer& stemmer) {
  std::vector<std::string_view> x = words_of(a);
  std::vector<std::string_view> y = words_of(b);
  if (x.size() < 2 || x.size() != y.size()) return false;
  std::vector<std::string_view> only_x;
  std::vector<std::string_view> only_y;
  std::set_difference(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(only_x));
  std::set_difference(y.begin(), y.end(), x.begin(), x.end(), std::back_inserter(only_y));
  if (only_x.size() != 1 || only_y.size() != 1) return false;
  return stemmer.stem(only_x.front()) != stemmer.stem(only_y.front());
}

class InconsistentSource final : public Check {
 public:
  void run(const Bitext&, Emitter&) const override {}

  void run_corpus(std::span<const Bitext* const> bitexts,
                  std::span<Emitter> emitters) const override {
    std::vector<TranslationPair> pairs = translation_pairs(bitexts);
    std::unordered_map<std::string, std::vector<size_t>> groups;
    std::vector<std::string> order;
    for (size_t i = 0; i < pairs.size(); ++i) {
      TranslationPair& p = pairs[i];
      p.source_key = without_punctuation(p.source_key);
      if (p.source_key.empty()) continue;
      // Within one document: across programs and translators, synonyms in the
      // source ('display', 'show') are worded alike more often than not.
      std::string key = fmt::format("{}\x1f{}\x1f{}\x1f{}\x1f{}", p.bitext, p.lang, p.context,
                                    p.form, p.target_key);
      auto [it, added] = groups.try_emplace(key);
      if (added) order.push_back(key);
      it->second.push_back(i);
    }
    for (const std::string& key : order) {
      const std::vector<size_t>& group = groups[key];
      std::vector<Variant> sources = variants_of(group, pairs, &TranslationPair::source_key);
      if (sources.size() < 2) continue;
      report(bitexts, emitters, pairs, group, sources);
    }
  }

 private:
  static void report(std::span<const Bitext* const> bitexts, std::span<Emitter> emitters,
                     const std::vector<TranslationPair>& pairs, const std::vector<size_t>& group,
                     const std::vector<Variant>& sources) {
    size_t norm = norm_of(sources);
    Stemmer stemmer(bitexts.front()->source.document->lang);
    for (size_t index : group) {
      const TranslationPair& p = pairs[index];
      size_t k = 0;
      while (sources[k].key != p.source_key) ++k;
      if (k == norm || !near_twins(sources[k].key, sources[norm].key, stemmer)) continue;
      const Bitext& bitext = *bitexts[p.bitext];
      const std::string& source = bitext.source.segments[p.source].text;
      const std::string& target = bitext.target.segments[p.target].text;
      emitters[p.bitext].emit(
          Anchor{p.source, 0}, Anchor{p.target, 0},
          fmt::format("'{}' translates '{}' here ({}×), and in {} also {}", excerpt(target),
                      excerpt(source), sources[k].count, p.lang,
                      named_variants(bitexts, pairs, sources, k, true)),
          fmt::format("check that '{}' fits each source, or translate '{}' differently",
                      excerpt(target), excerpt(source)));
    }
  }
};

}  // namespace

extern const CheckDef inconsistent_source{
    {"inconsistent-source", "different source segments with the same translation",
     "Within one document and target language, two different source segments that get the\n"
     "same translation may mean that one of them was mistranslated ('Previous page' and 'Next\n"
     "page' both 'Nästa sida'), or that the translation loses a distinction the source\n"
     "makes. Segments are compared as inconsistent-target compares them; sources that\n"
     "differ in punctuation alone ('Error', 'Error!') count as one. Catalog entries compare\n"
     "only within one msgctxt and plural forms form by form; fuzzy, new and empty entries\n"
     "are left out.\n"
     "\n"
     "The most used source of a translation is the norm. Another source is reported only\n"
     "when it is a near-twin of the norm: as many words, two or more, all but one the\n"
     "same, and that one not merely another form of the word ('Icon size', 'Icon name').\n"
     "Sources worded apart ('out of memory', 'memory exhausted'), with a word more or less,\n"
     "in another order, or of one word ('Quit', 'Exit') are synonyms more often than not\n"
     "and are left alone.\n"
     "\n"
     "Example: sv 'Nästa sida' for en 'Next page' in a.po and for en 'Previous page' in b.po\n"
     "  -> 'Nästa sida' translates 'Previous page' here (1×), and in sv also 'Next page'\n"
     "     (1×, at a.po:7)\n"
     "\n"
     "Fix: translate the sources differently, or confirm that one translation serves both.\n"
     "Silence: set inconsistent-source = \"off\" under [rules] in samklang.toml.",
     Severity::note},
    []() -> std::unique_ptr<Check> { return std::make_unique<InconsistentSource>(); }};

}  // namespace samklang
