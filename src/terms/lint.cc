#include "terms/lint.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

#include "text/normalize.h"
#include "text/stemmer.h"
#include "text/words.h"

namespace samklang {

namespace {

bool approved_or_dnt(const Term& t) { return t.approved() || t.status == TermStatus::dnt; }

// Terms of "*" apply to every language.
bool same_lang(const Term& a, const Term& b) {
  return a.lang == b.lang || a.lang == "*" || b.lang == "*";
}

const Lang& shown_lang(const Term& a, const Term& b) { return a.lang == "*" ? b.lang : a.lang; }

// Where the other term of a pair is, short when it is in the same file.
std::string other_place(const Term& other, const Term& here) {
  if (other.where.file == here.where.file) return fmt::format("line {}", other.where.line);
  return fmt::format("{}:{}", other.where.file, other.where.line);
}

// A term as words: match keys, and Snowball stems of its language.
struct Words {
  std::vector<std::string> keys;
  std::vector<std::string> stems;
};

class WordSplitter {
 public:
  Words split(const Term& term) {
    Tools& tools = tools_for(term.lang == "*" ? Lang("und") : term.lang);
    Words out;
    std::string key = match_key(term.text);
    for (const Token& token : tools.breaker.words(key)) {
      out.keys.push_back(key.substr(token.begin, token.end - token.begin));
      out.stems.push_back(tools.stemmer.stem(out.keys.back()));
    }
    return out;
  }

 private:
  struct Tools {
    explicit Tools(const Lang& lang) : breaker(lang), stemmer(lang) {}
    WordBreaker breaker;
    Stemmer stemmer;
  };
  Tools& tools_for(const Lang& lang) {
    auto found = tools_.find(lang);
    if (found == tools_.end()) found = tools_.try_emplace(lang, lang).first;
    return found->second;
  }
  std::map<Lang, Tools> tools_;
};

// One issue per later term that repeats an earlier one's match key.
std::optional<LintIssue> repeated_term(const Term& first, const Term& term) {
  const std::string lang = shown_lang(first, term);
  const std::string at = other_place(first, term);
  bool conflict = (first.status == TermStatus::forbidden) != (term.status == TermStatus::forbidden);
  auto issue = [&](Severity severity, std::string message) {
    return LintIssue{severity, term.where, std::move(message)};
  };
  if (first.concept_id == term.concept_id) {
    if (conflict)
      return issue(Severity::error,
                   fmt::format("'{}' is both forbidden and approved in concept '{}' for '{}' "
                               "(also at {}); keep one status",
                               term.text, term.concept_id, lang, at));
    return issue(Severity::error, fmt::format("'{}' is listed twice in concept '{}' for '{}' "
                                              "(also at {}); remove one",
                                              term.text, term.concept_id, lang, at));
  }
  if (conflict) {
    const Term& forbidden = first.status == TermStatus::forbidden ? first : term;
    const Term& approved = first.status == TermStatus::forbidden ? term : first;
    return issue(Severity::error,
                 fmt::format("'{}' is forbidden in concept '{}' but approved in concept '{}' for "
                             "'{}' (also at {}); remove it from one of them",
                             term.text, forbidden.concept_id, approved.concept_id, lang, at));
  }
  if (approved_or_dnt(first) && approved_or_dnt(term))
    return issue(Severity::error,
                 fmt::format("'{}' is approved in both concept '{}' and concept '{}' for '{}' "
                             "(also at {}); a match cannot tell them apart, keep it in one",
                             term.text, first.concept_id, term.concept_id, lang, at));
  return issue(Severity::warning,
               fmt::format("'{}' is listed in both concept '{}' and concept '{}' for '{}' (also "
                           "at {}); the replacement suggested depends on which is matched, keep "
                           "it in one",
                           term.text, first.concept_id, term.concept_id, lang, at));
}

void lint_repeats(const Termbase& termbase, std::vector<LintIssue>& out) {
  std::unordered_map<std::string, std::vector<size_t>> by_key;
  for (size_t i = 0; i < termbase.terms.size(); ++i) {
    const Term& term = termbase.terms[i];
    if (term.match == MatchMode::regex) continue;
    std::vector<size_t>& earlier = by_key[match_key(term.text)];
    for (size_t e : earlier) {
      if (!same_lang(termbase.terms[e], term)) continue;
      if (auto issue = repeated_term(termbase.terms[e], term)) out.push_back(std::move(*issue));
      break;
    }
    earlier.push_back(i);
  }
}

// The longest-match hazard: a term inside another concept's longer term.
void lint_nested(const Termbase& termbase, std::vector<LintIssue>& out) {
  const auto& terms = termbase.terms;
  WordSplitter splitter;
  std::vector<std::optional<Words>> words(terms.size());
  std::unordered_map<std::string, std::vector<size_t>> by_key, by_stem;  // word -> terms
  for (size_t i = 0; i < terms.size(); ++i) {
    if (terms[i].match == MatchMode::regex || terms[i].match == MatchMode::prefix) continue;
    words[i] = splitter.split(terms[i]);
    if (words[i]->keys.empty()) continue;
    std::set<std::string> keys(words[i]->keys.begin(), words[i]->keys.end());
    for (const std::string& k : keys) by_key[k].push_back(i);
    std::set<std::string> stems(words[i]->stems.begin(), words[i]->stems.end());
    for (const std::string& s : stems) by_stem[s].push_back(i);
  }
  // Stems compare two stem-matched terms of one language; keys all others.
  auto use_stems = [&](const Term& a, const Term& b) {
    return a.match == MatchMode::stem && b.match == MatchMode::stem && a.lang == b.lang &&
           a.lang != "*";
  };
  for (size_t s = 0; s < terms.size(); ++s) {
    if (!words[s] || words[s]->keys.empty()) continue;
    const Term& shorter = terms[s];
    // The longer terms that hold this one, grouped by their concept.
    std::vector<std::pair<std::string, std::vector<size_t>>> holders;
    for (bool stems : {true, false}) {
      const auto& index = stems ? by_stem : by_key;
      const auto& sequence = stems ? words[s]->stems : words[s]->keys;
      auto candidates = index.find(sequence.front());
      if (candidates == index.end()) continue;
      for (size_t l : candidates->second) {
        const Term& longer = terms[l];
        if (l == s || longer.concept_id == shorter.concept_id || !same_lang(shorter, longer) ||
            use_stems(shorter, longer) != stems)
          continue;
        const auto& other = stems ? words[l]->stems : words[l]->keys;
        if (other.size() > sequence.size() &&
            std::search(other.begin(), other.end(), sequence.begin(), sequence.end()) !=
                other.end()) {
          auto group = std::find_if(holders.begin(), holders.end(),
                                    [&](const auto& h) { return h.first == longer.concept_id; });
          if (group == holders.end())
            group = holders.insert(holders.end(), {longer.concept_id, {}});
          group->second.push_back(l);
        } else if (l < s && other == sequence &&
                   match_key(longer.text) != match_key(shorter.text)) {
          out.push_back({Severity::warning, shorter.where,
                         fmt::format("'{}' ({}) matches the same words as '{}' ({}) in '{}', "
                                     "which is listed first and always wins; merge the concepts "
                                     "or make one term exact",
                                     shorter.text, shorter.concept_id, longer.text,
                                     longer.concept_id, shown_lang(shorter, longer))});
        }
      }
    }
    for (auto& [concept_id, list] : holders) {
      std::sort(list.begin(), list.end());
      std::vector<std::string> quoted;
      for (size_t l : list) quoted.push_back(fmt::format("'{}'", terms[l].text));
      out.push_back(
          {Severity::note, shorter.where,
           fmt::format("'{}' ({}) is part of {} ({}) in '{}'; the longest match wins, "
                       "so there the text counts as '{}', never as '{}'",
                       shorter.text, shorter.concept_id, fmt::join(quoted, ", "), concept_id,
                       shown_lang(shorter, terms[list.front()]), concept_id, shorter.concept_id)});
    }
  }
}

// Concepts without an approved rendering in a language they need one in.
void lint_gaps(const Termbase& termbase, const std::vector<Lang>& target_langs,
               std::vector<LintIssue>& out) {
  std::vector<std::string> concepts;
  std::map<std::string, std::vector<size_t>> members;
  for (size_t i = 0; i < termbase.terms.size(); ++i) {
    auto& list = members[termbase.terms[i].concept_id];
    if (list.empty()) concepts.push_back(termbase.terms[i].concept_id);
    list.push_back(i);
  }
  for (const std::string& concept_id : concepts) {
    const std::vector<size_t>& list = members[concept_id];
    bool dnt = std::any_of(list.begin(), list.end(),
                           [&](size_t i) { return termbase.terms[i].status == TermStatus::dnt; });
    if (dnt) continue;  // kept verbatim in every language
    auto approved_in = [&](const Lang& lang) {
      return std::any_of(list.begin(), list.end(), [&](size_t i) {
        const Term& t = termbase.terms[i];
        return t.approved() && (lang == "*" || term_lang_applies(t.lang, lang));
      });
    };
    std::set<Lang> forbidden_only;
    for (size_t i : list) {
      const Term& t = termbase.terms[i];
      if (t.status != TermStatus::forbidden || approved_in(t.lang)) continue;
      if (!forbidden_only.insert(t.lang).second) continue;
      out.push_back({Severity::warning, t.where,
                     fmt::format("concept '{}' forbids '{}' in '{}' but has no approved term "
                                 "there to suggest; add a preferred '{}' term",
                                 concept_id, t.text, t.lang, t.lang)});
    }
    for (const Lang& lang : target_langs) {
      if (approved_in(lang) || forbidden_only.count(lang)) continue;
      out.push_back({Severity::warning, termbase.terms[list.front()].where,
                     fmt::format("concept '{}' has no approved term in '{}' (termbase gap); add "
                                 "a preferred '{}' term or mark the concept dnt",
                                 concept_id, lang, lang)});
    }
  }
}

}  // namespace

std::vector<LintIssue> lint_termbase(const Termbase& termbase,
                                     const std::vector<Lang>& target_langs) {
  std::vector<LintIssue> issues;
  lint_repeats(termbase, issues);
  lint_nested(termbase, issues);
  lint_gaps(termbase, target_langs, issues);

  // Files in the order their terms come, then line and column.
  std::map<std::string, size_t> file_rank;
  for (const Term& t : termbase.terms) file_rank.try_emplace(t.where.file, file_rank.size());
  auto key = [&](const LintIssue& issue) {
    auto rank = file_rank.find(issue.where.file);
    return std::make_tuple(rank == file_rank.end() ? file_rank.size() : rank->second,
                           issue.where.line, issue.where.column);
  };
  std::stable_sort(issues.begin(), issues.end(),
                   [&](const LintIssue& a, const LintIssue& b) { return key(a) < key(b); });
  return issues;
}

}  // namespace samklang
