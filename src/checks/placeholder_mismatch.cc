// placeholder-mismatch: the placeholders of a segment and its translation differ.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "checks/check.h"
#include "text/placeholders.h"

namespace samklang {
namespace {

struct Found {
  uint32_t segment = 0;
  Placeholder placeholder;
};

std::vector<Found> placeholders_of(const SegmentedDocument& doc,
                                   const std::vector<uint32_t>& segments) {
  std::vector<Found> out;
  for (uint32_t index : segments)
    for (Placeholder& p : find_placeholders(doc.segments[index].text))
      out.push_back(Found{index, std::move(p)});
  return out;
}

// The placeholders of `a` whose key is not matched by one in `b`.
std::vector<const Found*> unmatched(const std::vector<Found>& a, const std::vector<Found>& b) {
  std::map<std::string, int> available;
  for (const Found& f : b) ++available[f.placeholder.key];
  std::vector<const Found*> out;
  for (const Found& f : a) {
    if (available[f.placeholder.key] > 0)
      --available[f.placeholder.key];
    else
      out.push_back(&f);
  }
  return out;
}

std::vector<const Found*> ordered(const std::vector<Found>& found) {
  std::vector<const Found*> out;
  for (const Found& f : found)
    if (f.placeholder.ordered) out.push_back(&f);
  return out;
}

class PlaceholderMismatch final : public Check {
 public:
  void run(const Bitext& bitext, Emitter& emit) const override {
    for (const Link& link : bitext.alignment) {
      if (link.src.empty() || link.tgt.empty()) continue;
      std::vector<Found> source = placeholders_of(bitext.source, link.src);
      std::vector<Found> target = placeholders_of(bitext.target, link.tgt);
      if (source.empty() && target.empty()) continue;
      std::vector<const Found*> missing = unmatched(source, target);
      std::vector<const Found*> extra = unmatched(target, source);
      // A renamed placeholder is one finding, not a missing and an extra one.
      size_t paired = std::min(missing.size(), extra.size());
      for (size_t i = 0; i < paired; ++i)
        emit.emit(Anchor{missing[i]->segment, missing[i]->placeholder.begin},
                  Anchor{extra[i]->segment, extra[i]->placeholder.begin},
                  fmt::format("'{}' is not in the source, which has '{}'",
                              extra[i]->placeholder.key, missing[i]->placeholder.key),
                  fmt::format("write '{}'", missing[i]->placeholder.key));
      for (size_t i = paired; i < missing.size(); ++i)
        emit.emit(Anchor{missing[i]->segment, missing[i]->placeholder.begin},
                  Anchor{link.tgt.front(), 0},
                  fmt::format("'{}' in the source is missing from the translation",
                              missing[i]->placeholder.key),
                  fmt::format("add '{}'", missing[i]->placeholder.key));
      for (size_t i = paired; i < extra.size(); ++i)
        emit.emit(Anchor{link.src.front(), 0},
                  Anchor{extra[i]->segment, extra[i]->placeholder.begin},
                  fmt::format("'{}' is not in the source", extra[i]->placeholder.key),
                  "write the source's placeholders");
      if (!missing.empty() || !extra.empty()) continue;
      report_reordering(ordered(source), ordered(target), emit);
    }
  }

 private:
  // Unnumbered conversions ("%s", "%d") are filled in order: a translation
  // that swaps them swaps the values.
  static void report_reordering(const std::vector<const Found*>& source,
                                const std::vector<const Found*>& target, Emitter& emit) {
    for (size_t i = 0; i < source.size() && i < target.size(); ++i) {
      if (source[i]->placeholder.key == target[i]->placeholder.key) continue;
      emit.emit(Anchor{source[i]->segment, source[i]->placeholder.begin},
                Anchor{target[i]->segment, target[i]->placeholder.begin},
                fmt::format("'{}' stands where the source has '{}'; unnumbered placeholders "
                            "are filled in order",
                            target[i]->placeholder.key, source[i]->placeholder.key),
                "keep the source's order, or number them in both ('%1$s', '%2$d')");
      return;
    }
  }
};

}  // namespace

extern const CheckDef placeholder_mismatch{
    {"placeholder-mismatch", "the placeholders of a segment and its translation differ",
     "A translation must keep every placeholder of its source, as often: printf ('%s',\n"
     "'%d', '%1$s', '%.2f', '%lu', '%%'), Python ('%(name)s'), ICU MessageFormat and\n"
     "braces ('{0}', '{name}', '{count, plural, ...}'), i18next ('{{name}}'). Numbered and\n"
     "named placeholders may move; unnumbered printf conversions are filled in order, so\n"
     "swapping them is reported. A '%' followed by a space ('50 % av') is prose.\n"
     "\n"
     "Example: en 'Failed to fetch %s from %s' and sv 'Kunde inte hämta %s'\n"
     "  -> '%s' in the source is missing from the translation\n"
     "\n"
     "Fix: write the source's placeholders; to reorder printf ones, number them.\n"
     "Silence: set placeholder-mismatch = \"off\" under [rules] in samklang.toml.",
     Severity::error},
    []() -> std::unique_ptr<Check> { return std::make_unique<PlaceholderMismatch>(); }};

}  // namespace samklang
