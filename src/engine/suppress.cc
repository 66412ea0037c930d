#include "engine/suppress.h"

#include <fmt/format.h>
#include <xxhash.h>

#include <algorithm>

namespace samklang {

std::string finding_fingerprint(const Finding& f, const std::string& file_key) {
  XXH3_state_t* state = XXH3_createState();
  XXH3_64bits_reset(state);
  auto add = [&](std::string_view s) {
    XXH3_64bits_update(state, s.data(), s.size());
    XXH3_64bits_update(state, "\x1f", 1);
  };
  add(f.rule);
  add(f.source_lang);
  add(f.target_lang);
  add(file_key);
  if (f.source) add(f.source->text);
  if (f.target) add(f.target->text);
  add(f.message);
  XXH64_hash_t hash = XXH3_64bits_digest(state);
  XXH3_freeState(state);
  return fmt::format("{:016x}", hash);
}

void drop_ignored(std::vector<Finding>& findings,
                  const std::map<Lang, std::vector<RuleRef>>& ignores) {
  if (ignores.empty()) return;
  std::erase_if(findings, [&](const Finding& f) {
    auto it = ignores.find(f.target_lang);
    if (it == ignores.end()) return false;
    return std::any_of(it->second.begin(), it->second.end(),
                       [&](const RuleRef& r) { return r.id == f.rule; });
  });
}

int drop_silenced(std::vector<Finding>& findings,
                  const std::map<std::string, FileSuppressions>& files) {
  if (files.empty()) return 0;
  size_t before = findings.size();
  std::erase_if(findings, [&](const Finding& f) {
    const Place* place = primary_place(f);
    if (place == nullptr) return false;
    auto it = files.find(place->file);
    return it != files.end() && it->second.silences(f.rule, *place);
  });
  return static_cast<int>(before - findings.size());
}

BaselineSplit split_by_baseline(std::vector<Finding> findings, const Baseline& baseline,
                                const std::vector<std::string>& checked) {
  std::map<std::string, std::vector<size_t>> entries;  // fingerprint -> entry indices
  for (size_t i = 0; i < baseline.entries.size(); ++i)
    entries[baseline.entries[i].fingerprint].push_back(i);
  std::vector<bool> used(baseline.entries.size(), false);
  BaselineSplit out;
  for (Finding& f : findings) {
    auto it = entries.find(f.fingerprint);
    if (it != entries.end() && !it->second.empty()) {
      used[it->second.front()] = true;
      it->second.erase(it->second.begin());
      out.baselined.push_back(std::move(f));
    } else {
      out.reported.push_back(std::move(f));
    }
  }
  for (size_t i = 0; i < baseline.entries.size(); ++i) {
    const BaselineEntry& e = baseline.entries[i];
    if (!used[i] && std::find(checked.begin(), checked.end(), e.file) != checked.end())
      out.stale.push_back(e);
  }
  return out;
}

BaselineEntry baseline_entry(const Finding& finding, const std::string& file_key) {
  BaselineEntry entry;
  entry.file = file_key;
  entry.rule = finding.rule;
  entry.lang = finding.target_lang;
  entry.fingerprint = finding.fingerprint;
  const Place* place = primary_place(finding);
  std::string_view text = place != nullptr ? std::string_view(place->text) : "";
  if (text.empty() && finding.source) text = finding.source->text;
  if (text.empty()) text = finding.message;
  entry.context = baseline_context(text);
  // A term finding names its term: the sentence may hold several.
  if (finding.term) {
    const std::string& term =
        finding.term->found.empty() ? finding.term->source : finding.term->found;
    if (!term.empty()) entry.context = fmt::format("'{}': {}", term, entry.context);
  }
  return entry;
}

}  // namespace samklang
