// placeholder-mismatch: the placeholders of a segment and its translation differ.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "checks/check.h"
#include "checks/message_branches.h"
#include "text/placeholders.h"

namespace samklang {
namespace {

struct Found {
  uint32_t segment = 0;
  Placeholder placeholder;
  std::string text;      // as written
  std::string plain;     // the key without a position: "%2$s" -> "%s"
  std::string argument;  // printf: the argument it takes, "%2$s"; else the key
};

std::vector<Found> placeholders_of(const SegmentedDocument& doc,
                                   const std::vector<uint32_t>& segments) {
  std::vector<Found> out;
  int next = 0;  // unnumbered printf conversions take the arguments in order
  for (uint32_t index : segments) {
    const std::string& text = doc.segments[index].text;
    for (Placeholder& p : find_placeholders(text)) {
      Found f{index, p, text.substr(p.begin, p.end - p.begin), p.key, p.key};
      if (p.position > 0) {
        f.plain = "%" + p.key.substr(p.key.find('$') + 1);
      } else if (p.ordered && p.key.starts_with('%')) {
        f.argument = fmt::format("%{}${}", ++next, p.key.substr(1));
      }
      out.push_back(std::move(f));
    }
  }
  return out;
}

std::multiset<std::string> keys(const std::vector<Found>& found, std::string Found::*key) {
  std::multiset<std::string> out;
  for (const Found& f : found) out.insert(f.*key);
  return out;
}

// The placeholders of `a` whose plain key is not matched by one in `b`.
std::vector<const Found*> unmatched(const std::vector<Found>& a, const std::vector<Found>& b) {
  std::map<std::string, int> available;
  for (const Found& f : b) ++available[f.plain];
  std::vector<const Found*> out;
  for (const Found& f : a) {
    if (available[f.plain] > 0)
      --available[f.plain];
    else
      out.push_back(&f);
  }
  return out;
}

bool one_number(const SegmentedDocument& doc, const std::vector<uint32_t>& segments) {
  return std::any_of(segments.begin(), segments.end(), [&](uint32_t index) {
    return doc.document->units[doc.segments[index].unit].one_number;
  });
}

// A placeholder that receives the count of a plural message: an integer
// printf conversion ("%d", "%lu", "%(count)d") or a brace argument named for
// a count ("{count}", "{{count}}", "{n}").
bool takes_the_number(const Placeholder& p) {
  const std::string& key = p.key;
  if (key.starts_with('%') && key.size() >= 2) {
    char conversion = key.back();
    return conversion == 'd' || conversion == 'u' || conversion == 'i';
  }
  for (std::string_view name : {"{count}", "{{count}}", "{n}", "{num}", "{number}"})
    if (key == name) return true;
  return false;
}

class PlaceholderMismatch final : public Check {
 public:
  void run(const Bitext& bitext, Emitter& emit) const override {
    for (const Link& link : bitext.alignment) {
      if (link.src.empty() || link.tgt.empty()) continue;
      std::vector<Found> source = placeholders_of(bitext.source, link.src);
      std::vector<Found> target = placeholders_of(bitext.target, link.tgt);
      // A plural form that one number alone takes may write the number out
      // or leave it ("Удалён один файл"), and may keep it where msgid has none.
      if (one_number(bitext.target, link.tgt)) {
        std::erase_if(source, [](const Found& f) { return takes_the_number(f.placeholder); });
        std::erase_if(target, [](const Found& f) { return takes_the_number(f.placeholder); });
      }
      report_branches(bitext, source, target, emit);
      // Numbered and named placeholders may move; "%s" may become "%1$s".
      if (keys(source, &Found::argument) == keys(target, &Found::argument)) continue;
      if (keys(source, &Found::plain) == keys(target, &Found::plain)) {
        report_reordering(source, target, emit);
        continue;
      }
      std::vector<const Found*> missing = unmatched(source, target);
      std::vector<const Found*> extra = unmatched(target, source);
      // A renamed placeholder is one finding, not a missing and an extra one.
      size_t paired = std::min(missing.size(), extra.size());
      for (size_t i = 0; i < paired; ++i)
        emit.emit(Anchor{missing[i]->segment, missing[i]->placeholder.begin},
                  Anchor{extra[i]->segment, extra[i]->placeholder.begin},
                  message_text("'{}' is not in the source, which has '{}'", extra[i]->text,
                               missing[i]->text),
                  message_text("write '{}'", missing[i]->text));
      for (size_t i = paired; i < missing.size(); ++i)
        emit.emit(
            Anchor{missing[i]->segment, missing[i]->placeholder.begin}, Anchor{link.tgt.front(), 0},
            message_text("'{}' in the source is missing from the translation", missing[i]->text),
            message_text("add '{}'", missing[i]->text));
      for (size_t i = paired; i < extra.size(); ++i)
        emit.emit(Anchor{link.src.front(), 0},
                  Anchor{extra[i]->segment, extra[i]->placeholder.begin},
                  message_text("'{}' is not in the source", extra[i]->text),
                  message_text("write the source's placeholders"));
    }
  }

 private:
  // ICU plural and select arguments, case by case: each source argument with
  // cases against the target's argument of the same key, in order.
  static void report_branches(const Bitext& bitext, const std::vector<Found>& source,
                              const std::vector<Found>& target, Emitter& emit) {
    std::map<std::string, std::vector<const Found*>> with_cases;
    for (const Found& f : source)
      if (!f.placeholder.branches.empty()) with_cases[f.placeholder.key].push_back(&f);
    for (const Found& t : target) {
      auto it = with_cases.find(t.placeholder.key);
      if (t.placeholder.branches.empty() || it == with_cases.end() || it->second.empty()) continue;
      const Found& s = *it->second.front();
      it->second.erase(it->second.begin());
      for (const BranchProblem& problem :
           compare_branches(s.placeholder, t.placeholder, bitext.source.document->lang,
                            bitext.target.document->lang)) {
        uint32_t source_at = problem.source ? problem.source->begin : s.placeholder.begin;
        uint32_t target_at = problem.target ? problem.target->begin : t.placeholder.begin;
        emit.emit(Anchor{s.segment, source_at}, Anchor{t.segment, target_at}, problem.message,
                  problem.fix);
      }
    }
  }

  // The same placeholders, but a printf argument goes to another conversion:
  // unnumbered conversions ("%s", "%d") are filled in order, so a translation
  // that swaps them swaps the values. One finding, at the first difference.
  static void report_reordering(const std::vector<Found>& source, const std::vector<Found>& target,
                                Emitter& emit) {
    std::vector<const Found*> a;
    std::vector<const Found*> b;
    for (const Found& f : source)
      if (f.argument != f.plain || f.placeholder.position > 0) a.push_back(&f);
    for (const Found& f : target)
      if (f.argument != f.plain || f.placeholder.position > 0) b.push_back(&f);
    std::sort(b.begin(), b.end(),
              [](const Found* x, const Found* y) { return x->argument < y->argument; });
    std::sort(a.begin(), a.end(),
              [](const Found* x, const Found* y) { return x->argument < y->argument; });
    for (size_t i = 0; i < a.size() && i < b.size(); ++i) {
      if (a[i]->argument == b[i]->argument) continue;
      emit.emit(Anchor{a[i]->segment, a[i]->placeholder.begin},
                Anchor{b[i]->segment, b[i]->placeholder.begin},
                fmt::format("'{}' stands where the source has '{}'; unnumbered placeholders "
                            "are filled in order",
                            b[i]->text, a[i]->text),
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
