// inconsistent-target: the same source segment translated differently in one
// target language across the run (every document and catalog of it).
#include <fmt/format.h>

#include <unordered_map>

#include "checks/check.h"
#include "checks/translation_pairs.h"

namespace samklang {
namespace {

// Renderings named in one message beyond the reported one.

std::string times(size_t count) { return fmt::format("{}×", count); }

class InconsistentTarget final : public Check {
 public:
  void run(const Bitext&, Emitter&) const override {}

  void run_corpus(std::span<const Bitext* const> bitexts,
                  std::span<Emitter> emitters) const override {
    std::vector<TranslationPair> pairs = translation_pairs(bitexts);
    // (language, context, plural form, source) -> its pairs in file order.
    std::unordered_map<std::string, std::vector<size_t>> groups;
    std::vector<std::string> order;  // group keys in order of first use
    for (size_t i = 0; i < pairs.size(); ++i) {
      const TranslationPair& p = pairs[i];
      std::string key =
          fmt::format("{}\x1f{}\x1f{}\x1f{}", p.lang, p.context, p.form, p.source_key);
      auto [it, added] = groups.try_emplace(key);
      if (added) order.push_back(key);
      it->second.push_back(i);
    }
    for (const std::string& key : order) {
      const std::vector<size_t>& group = groups[key];
      std::vector<Variant> renderings = variants_of(group, pairs, &TranslationPair::target_key);
      if (renderings.size() < 2) continue;
      report(bitexts, emitters, pairs, group, renderings);
    }
  }

 private:
  static void report(std::span<const Bitext* const> bitexts, std::span<Emitter> emitters,
                     const std::vector<TranslationPair>& pairs, const std::vector<size_t>& group,
                     const std::vector<Variant>& renderings) {
    size_t norm = norm_of(renderings);
    auto text_of = [&](const Variant& r) -> const std::string& {
      const TranslationPair& p = pairs[r.first];
      return bitexts[p.bitext]->target.segments[p.target].text;
    };
    for (size_t index : group) {
      const TranslationPair& p = pairs[index];
      size_t k = 0;
      while (renderings[k].key != p.target_key) ++k;
      if (k == norm) continue;
      const Bitext& bitext = *bitexts[p.bitext];
      const std::string& source = bitext.source.segments[p.source].text;
      const std::string& target = bitext.target.segments[p.target].text;
      bool more = renderings[norm].count > renderings[k].count;
      std::string message =
          fmt::format("'{}' translates '{}' here ({}), but elsewhere in {} it is {}",
                      excerpt(target), excerpt(source), times(renderings[k].count), p.lang,
                      named_variants(bitexts, pairs, renderings, k, false));
      std::string fix =
          fmt::format("use one translation, e.g. the {} '{}'", more ? "most frequent" : "first",
                      excerpt(text_of(renderings[norm])));
      Emitter& emit = emitters[p.bitext];
      // One word alone can be a verb in one place and an adjective or a noun
      // in another ('Open': 'Öppna', 'Öppen'); such a pair is only a note.
      if (p.source_words <= 1) {
        emit.note(Anchor{p.source, 0}, Anchor{p.target, 0},
                  message + "; a one-word string may stand for different words",
                  fix + ", or give each use its own context (msgctxt) if both are right");
      } else {
        emit.emit(Anchor{p.source, 0}, Anchor{p.target, 0}, std::move(message), std::move(fix));
      }
    }
  }
};

}  // namespace

extern const CheckDef inconsistent_target{
    {"inconsistent-target", "the same source segment translated differently",
     "Within one target language, the same source segment should be translated the same\n"
     "way everywhere in the run: in every catalog and document. Segments are compared\n"
     "after case folding, with quotes, dashes, ellipses and spaces of any style made one,\n"
     "placeholders made one ('Save %s' and 'Save {0}' are the same source, named ones such\n"
     "as {name} compare by name) and, in catalogs, accelerator marks ('_Open', '&Open')\n"
     "dropped. Catalog entries compare only within one msgctxt (a context is there to allow\n"
     "another translation) and plural forms form by form; fuzzy, new and empty entries,\n"
     "and prose sentences the aligner is unsure of, are left out.\n"
     "\n"
     "The most used translation is the norm (of equally used ones, the first in file\n"
     "order); every other one is reported where it occurs, with the others, how often each\n"
     "is used and where. A one-word source ('Open') is only a note: it may be a verb in one\n"
     "place and an adjective in another ('Öppna', 'Öppen').\n"
     "\n"
     "Example: en 'Save the file' translated 'Spara filen' in a.po and 'Spara fil' in b.po\n"
     "  -> 'Spara fil' translates 'Save the file' here (1×), but elsewhere in sv it is\n"
     "     'Spara filen' (1×, at a.po:12)\n"
     "\n"
     "Fix: use one translation; where both are right, give the entries different contexts\n"
     "(msgctxt).\n"
     "Silence: set inconsistent-target = \"off\" under [rules] in samklang.toml.",
     Severity::warning},
    []() -> std::unique_ptr<Check> { return std::make_unique<InconsistentTarget>(); }};

}  // namespace samklang
