// number-mismatch: the numbers of a source segment and its translation differ.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "checks/check.h"
#include "text/numbers.h"
#include "text/placeholders.h"

namespace samklang {
namespace {

struct Found {
  uint32_t segment = 0;
  uint32_t offset = 0;
  std::string text;        // as written
  std::string value;       // canonical
  bool spellable = false;  // often written as a word: "2nd", "8bit", a whole number up to 12
};

bool spellable(const Number& number) {
  if (number.suffixed) return true;
  const std::string& v = number.value;
  return v.size() <= 2 && v.find_first_not_of("0123456789") == std::string::npos &&
         std::stoi(v) <= 12;
}

// The numbers of one side of a link, outside placeholders ("%1$s", "{0}").
std::vector<Found> numbers_of(const SegmentedDocument& doc, const std::vector<uint32_t>& segments,
                              const NumberSymbols& symbols) {
  std::vector<Found> out;
  for (uint32_t index : segments) {
    const std::string& text = doc.segments[index].text;
    std::vector<Placeholder> placeholders = find_placeholders(text);
    for (const Number& number : find_numbers(text, symbols)) {
      bool in_placeholder = std::any_of(
          placeholders.begin(), placeholders.end(),
          [&](const Placeholder& p) { return number.begin < p.end && number.end > p.begin; });
      if (in_placeholder) continue;
      out.push_back(Found{index, number.begin, text.substr(number.begin, number.end - number.begin),
                          number.value, spellable(number)});
    }
  }
  return out;
}

// With `unsigned_values`, "-900" and "900" are the same: a hyphen before a
// number is as often "to" or a dash as a minus ("(-900)" for "(to 900)").
std::multiset<std::string> values(const std::vector<Found>& found, bool unsigned_values = false) {
  std::multiset<std::string> out;
  for (const Found& f : found)
    out.insert(unsigned_values && f.value.starts_with('-') ? f.value.substr(1) : f.value);
  return out;
}

// Leaves out the numbers of `found` that the other side may have spelled out.
std::vector<const Found*> reportable(std::vector<const Found*> found) {
  std::erase_if(found, [](const Found* f) { return f->spellable; });
  return found;
}

// The numbers of `a` whose value is not matched by one in `b` (multiset difference).
std::vector<const Found*> unmatched(const std::vector<Found>& a, const std::vector<Found>& b) {
  std::map<std::string, int> available;
  for (const Found& f : b) ++available[f.value];
  std::vector<const Found*> out;
  for (const Found& f : a) {
    if (available[f.value] > 0)
      --available[f.value];
    else
      out.push_back(&f);
  }
  return out;
}

class NumberMismatch final : public Check {
 public:
  void run(const Bitext& bitext, Emitter& emit) const override {
    NumberSymbols source_symbols = number_symbols(bitext.source.document->lang);
    NumberSymbols target_symbols = number_symbols(bitext.target.document->lang);
    for (const Link& link : bitext.alignment) {
      if (link.src.empty() || link.tgt.empty()) continue;
      std::vector<Found> source = numbers_of(bitext.source, link.src, source_symbols);
      std::vector<Found> target = numbers_of(bitext.target, link.tgt, target_symbols);
      if (values(source, true) == values(target, true)) continue;
      // A translator may keep the source's way of writing numbers, and a
      // source may use the target's: either reading that agrees is fine.
      if (values(source) == values(numbers_of(bitext.target, link.tgt, source_symbols)) ||
          values(numbers_of(bitext.source, link.src, target_symbols)) == values(target))
        continue;
      report(source, target, link, emit);
    }
  }

 private:
  static void report(const std::vector<Found>& source, const std::vector<Found>& target,
                     const Link& link, Emitter& emit) {
    std::vector<const Found*> missing = unmatched(source, target);
    std::vector<const Found*> extra = unmatched(target, source);
    // A number that lost its partner may be written as a word on the other
    // side ("2nd" as "andra", "2 columns" as "två kolumner"): report it only
    // when the other side has a wrong number in its place.
    if (missing.size() != extra.size()) {
      if (missing.size() > extra.size()) missing = reportable(std::move(missing));
      if (extra.size() > missing.size()) extra = reportable(std::move(extra));
    }
    size_t paired = std::min(missing.size(), extra.size());
    const Text fix = message_text("write the source's numbers");
    for (size_t i = 0; i < paired; ++i) {
      emit.emit(Anchor{missing[i]->segment, missing[i]->offset},
                Anchor{extra[i]->segment, extra[i]->offset},
                message_text("'{}' is not in the source, which has '{}'", extra[i]->text,
                             missing[i]->text),
                fix);
    }
    for (size_t i = paired; i < missing.size(); ++i) {
      emit.emit(
          Anchor{missing[i]->segment, missing[i]->offset}, Anchor{link.tgt.front(), 0},
          message_text("'{}' in the source is missing from the translation", missing[i]->text),
          fix);
    }
    for (size_t i = paired; i < extra.size(); ++i) {
      emit.emit(Anchor{link.src.front(), 0}, Anchor{extra[i]->segment, extra[i]->offset},
                message_text("'{}' is not in the source", extra[i]->text), fix);
    }
  }
};

}  // namespace

extern const CheckDef number_mismatch{
    {"number-mismatch", "the numbers of a segment and its translation differ",
     "The numbers of a source segment and of its translation are compared as values,\n"
     "each side read with its language's decimal and grouping separators (from ICU), so\n"
     "Swedish '1 000,5' equals English '1,000.5'; a translation that keeps the source's\n"
     "way of writing numbers is accepted too. A range '2023-2030' is two numbers, a\n"
     "percent sign or an ordinal suffix ('1st', '1:a') is not part of the number, and\n"
     "digits inside placeholders ('%1$s', '{0}') are not numbers. A number written as a\n"
     "word on one side ('four' for '4') is not recognised and is reported.\n"
     "\n"
     "Example: sv 'strategi för 2023-2030' and en 'strategy for 2023-2031'\n"
     "  -> '2031' is not in the source, which has '2030'\n"
     "\n"
     "Fix: write the source's numbers.\n"
     "Silence: set number-mismatch = \"off\" under [rules] in samklang.toml.",
     Severity::error},
    []() -> std::unique_ptr<Check> { return std::make_unique<NumberMismatch>(); }};

}  // namespace samklang
