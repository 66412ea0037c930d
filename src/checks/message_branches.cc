#include "checks/message_branches.h"

#include <fmt/format.h>
#include <unicode/locid.h>
#include <unicode/plurrule.h>
#include <unicode/strenum.h>

#include <algorithm>
#include <map>
#include <memory>
#include <set>

namespace samklang {
namespace {

// The plural categories of a language ("one", "few", "many", "other"...),
// cardinal or ordinal; empty when ICU does not know it.
std::set<std::string> categories(const Lang& lang, bool ordinal) {
  std::set<std::string> out;
  if (lang.empty()) return out;
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale = icu::Locale::forLanguageTag(lang, status);
  if (U_FAILURE(status)) return out;
  std::unique_ptr<icu::PluralRules> rules(icu::PluralRules::forLocale(
      locale, ordinal ? UPLURAL_TYPE_ORDINAL : UPLURAL_TYPE_CARDINAL, status));
  if (U_FAILURE(status) || !rules) return out;
  std::unique_ptr<icu::StringEnumeration> keywords(rules->getKeywords(status));
  if (U_FAILURE(status) || !keywords) return out;
  while (const char* keyword = keywords->next(nullptr, status)) {
    if (U_FAILURE(status)) break;
    out.insert(keyword);
  }
  return out;
}

bool explicit_value(const std::string& selector) { return selector.starts_with('='); }

const MessageBranch* find_case(const Placeholder& arg, std::string_view selector) {
  for (const MessageBranch& branch : arg.branches)
    if (branch.selector == selector) return &branch;
  return nullptr;
}

std::string quoted_list(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? " and " : ", ";
    out += "'" + items[i] + "'";
  }
  return out;
}

class BranchComparer {
 public:
  BranchComparer(const Lang& source_lang, const Lang& target_lang)
      : source_lang_(source_lang), target_lang_(target_lang) {}

  void compare(const Placeholder& source, const Placeholder& target) {
    if (source.type != target.type || source.branches.empty() || target.branches.empty()) return;
    if (source.type == "select")
      compare_select(source, target);
    else
      compare_plural(source, target);
    for (const MessageBranch& branch : target.branches) {
      const MessageBranch* reference = find_case(source, branch.selector);
      if (!reference) reference = find_case(source, "other");
      if (reference) compare_case(source, *reference, branch);
    }
  }

  std::vector<BranchProblem> problems;

 private:
  void compare_select(const Placeholder& source, const Placeholder& target) {
    for (const MessageBranch& branch : source.branches)
      if (!find_case(target, branch.selector))
        problems.push_back({&branch, nullptr,
                            fmt::format("the case '{}' of '{}' is missing from the translation",
                                        branch.selector, source.key),
                            fmt::format("add '{} {{...}}' to '{}'", branch.selector, target.key)});
    for (const MessageBranch& branch : target.branches)
      if (!find_case(source, branch.selector))
        problems.push_back({nullptr, &branch,
                            fmt::format("'{}' has a case '{}' that the source does not have",
                                        target.key, branch.selector),
                            "keep the source's cases: select values are code, not text"});
  }

  void compare_plural(const Placeholder& source, const Placeholder& target) {
    bool ordinal = source.type == "selectordinal";
    if (!find_case(target, "other")) {
      problems.push_back(
          {nullptr, &target.branches.front(),
           fmt::format("'{}' has no 'other' case, which every plural needs", target.key),
           "add 'other {...}'"});
    }
    std::set<std::string> needed = categories(target_lang_, ordinal);
    if (needed.empty()) return;
    for (const MessageBranch& branch : target.branches) {
      if (explicit_value(branch.selector) || needed.contains(branch.selector)) continue;
      problems.push_back(
          {nullptr, &branch,
           fmt::format("'{}' is not a {} plural case of {}", branch.selector,
                       ordinal ? "ordinal" : "cardinal", target_lang_),
           fmt::format("use the cases of {}: {}", target_lang_,
                       quoted_list(std::vector<std::string>(needed.begin(), needed.end())))});
    }
    // Asked only when the source writes every case of its own language: a
    // source with 'other' alone leaves the cases to the language's default.
    std::set<std::string> source_needs = categories(source_lang_, ordinal);
    bool source_complete =
        !source_needs.empty() &&
        std::all_of(source_needs.begin(), source_needs.end(),
                    [&](const std::string& c) { return find_case(source, c) != nullptr; });
    if (!source_complete) return;
    std::vector<std::string> lacking;
    for (const std::string& category : needed)
      if (category != "other" && !find_case(target, category)) lacking.push_back(category);
    if (lacking.empty()) return;
    problems.push_back({nullptr, &target.branches.front(),
                        fmt::format("'{}' lacks the {} case{} {}, which {} needs", target.key,
                                    ordinal ? "ordinal" : "plural", lacking.size() > 1 ? "s" : "",
                                    quoted_list(lacking), target_lang_),
                        fmt::format("add {}", quoted_list(lacking))});
  }

  void compare_case(const Placeholder& arg, const MessageBranch& source,
                    const MessageBranch& target) {
    std::multiset<std::string> want;
    std::multiset<std::string> have;
    for (const Placeholder& p : source.placeholders) want.insert(p.key);
    for (const Placeholder& p : target.placeholders) have.insert(p.key);
    for (const Placeholder& p : source.placeholders) {
      auto it = have.find(p.key);
      if (it != have.end()) {
        have.erase(it);
        continue;
      }
      problems.push_back({&source, &target,
                          fmt::format("'{}' of the source's '{}' case is missing from the "
                                      "'{}' case of '{}'",
                                      p.key, source.selector, target.selector, arg.key),
                          fmt::format("add '{}'", p.key)});
    }
    for (const Placeholder& p : target.placeholders) {
      auto it = want.find(p.key);
      if (it != want.end()) {
        want.erase(it);
        continue;
      }
      problems.push_back({&source, &target,
                          fmt::format("'{}' in the '{}' case of '{}' is not in the source's '{}' "
                                      "case",
                                      p.key, target.selector, arg.key, source.selector),
                          "write the source case's placeholders"});
    }
    // A case that one number alone takes may spell it out ("one {a file}").
    bool one_number = explicit_value(target.selector) || target.selector == "zero" ||
                      target.selector == "one" || target.selector == "two";
    if (source.has_number && !target.has_number && !one_number && arg.type != "select")
      problems.push_back({&source, &target,
                          fmt::format("the '{}' case of '{}' does not show the number ('#')",
                                      target.selector, arg.key),
                          "write '#' where the number goes"});
    // Nested arguments: pair them by key, in order.
    std::map<std::string, std::vector<const Placeholder*>> nested;
    for (const Placeholder& p : source.placeholders)
      if (!p.branches.empty()) nested[p.key].push_back(&p);
    for (const Placeholder& p : target.placeholders) {
      auto it = nested.find(p.key);
      if (p.branches.empty() || it == nested.end() || it->second.empty()) continue;
      compare(*it->second.front(), p);
      it->second.erase(it->second.begin());
    }
  }

  const Lang& source_lang_;
  const Lang& target_lang_;
};

}  // namespace

std::vector<BranchProblem> compare_branches(const Placeholder& source, const Placeholder& target,
                                            const Lang& source_lang, const Lang& target_lang) {
  BranchComparer comparer(source_lang, target_lang);
  comparer.compare(source, target);
  return std::move(comparer.problems);
}

}  // namespace samklang
