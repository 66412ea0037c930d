// Keyed catalogs: entries paired by id, with i18next plural families paired
// by what the target language's plural rules (CLDR, through ICU) ask for.
#include <unicode/locid.h>
#include <unicode/plurrule.h>
#include <unicode/strenum.h>

#include <algorithm>
#include <array>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <unordered_map>

#include "align/aligner.h"

namespace samklang {

namespace {

constexpr std::array<std::string_view, 6> kCategories{"zero", "one", "two", "few", "many", "other"};

// "files_few" -> family "files" (cardinal), form "few";
// "place_ordinal_two" -> family "place" (ordinal), form "two".
struct PluralKey {
  std::string_view family;
  bool ordinal = false;
  std::string_view form;
};

std::optional<PluralKey> plural_key(std::string_view id) {
  size_t underscore = id.rfind('_');
  if (underscore == std::string_view::npos || underscore == 0) return std::nullopt;
  std::string_view form = id.substr(underscore + 1);
  if (std::find(kCategories.begin(), kCategories.end(), form) == kCategories.end())
    return std::nullopt;
  std::string_view family = id.substr(0, underscore);
  constexpr std::string_view kOrdinal = "_ordinal";
  if (family.ends_with(kOrdinal) && family.size() > kOrdinal.size())
    return PluralKey{family.substr(0, family.size() - kOrdinal.size()), true, form};
  return PluralKey{family, false, form};
}

// A family's key: its name and whether it is ordinal.
using FamilyKey = std::pair<std::string_view, bool>;

std::string other_form(const PluralKey& key) {
  return std::string(key.family) + (key.ordinal ? "_ordinal_other" : "_other");
}

// The language has plural rules of its own in ICU (not only the root's
// "other"), so that its forms can be trusted.
bool icu_knows(const std::string& base) {
  static const std::set<std::string> known = [] {
    std::set<std::string> out;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::StringEnumeration> locales(icu::PluralRules::getAvailableLocales(status));
    if (U_FAILURE(status) || !locales) return out;
    while (const char* name = locales->next(nullptr, status)) {
      if (U_FAILURE(status)) break;
      out.insert(lang_base(name));
    }
    return out;
  }();
  return known.contains(base);
}

}  // namespace

std::optional<PluralForms> plural_forms(const Lang& lang) {
  std::string base = lang_base(lang);
  if (base.empty() || base == "und" || !icu_knows(base)) return std::nullopt;
  PluralForms out;
  for (bool ordinal : {false, true}) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::PluralRules> rules(icu::PluralRules::forLocale(
        icu::Locale(lang.c_str()), ordinal ? UPLURAL_TYPE_ORDINAL : UPLURAL_TYPE_CARDINAL, status));
    if (U_FAILURE(status) || !rules) return std::nullopt;
    std::unique_ptr<icu::StringEnumeration> keywords(rules->getKeywords(status));
    if (U_FAILURE(status) || !keywords) return std::nullopt;
    std::vector<std::string>& forms = ordinal ? out.ordinal : out.cardinal;
    while (const char* keyword = keywords->next(nullptr, status)) {
      if (U_FAILURE(status)) return std::nullopt;
      forms.emplace_back(keyword);
    }
    // In CLDR order (zero one two few many other), not ICU's.
    std::sort(forms.begin(), forms.end(), [](const std::string& a, const std::string& b) {
      return std::find(kCategories.begin(), kCategories.end(), a) <
             std::find(kCategories.begin(), kCategories.end(), b);
    });
  }
  return out;
}

Alignment align_by_id(const std::vector<std::string_view>& source_ids,
                      const std::vector<std::string_view>& target_ids, const Lang& target_lang) {
  std::unordered_map<std::string_view, uint32_t> source_of;
  for (uint32_t s = 0; s < source_ids.size(); ++s) source_of.emplace(source_ids[s], s);
  std::unordered_map<std::string_view, uint32_t> target_of;
  for (uint32_t t = 0; t < target_ids.size(); ++t) target_of.emplace(target_ids[t], t);
  std::optional<PluralForms> forms = plural_forms(target_lang);
  auto target_has_form = [&](const PluralKey& key) {
    if (!forms) return true;  // unknown language: every form may be needed
    const auto& list = key.ordinal ? forms->ordinal : forms->cardinal;
    return std::find(list.begin(), list.end(), key.form) != list.end();
  };
  // The source's "_other" of a plural key's family, if the source has it.
  auto source_other = [&](const PluralKey& key) -> std::optional<uint32_t> {
    auto it = source_of.find(other_form(key));
    if (it == source_of.end()) return std::nullopt;
    return it->second;
  };

  // Target forms with no source of their own are translated from the
  // source's "_other": linked to it, right after its own link.
  std::vector<bool> used(target_ids.size(), false);
  std::map<uint32_t, std::vector<uint32_t>> from_other;  // source "_other" -> target forms
  for (uint32_t t = 0; t < target_ids.size(); ++t) {
    if (source_of.contains(target_ids[t])) continue;
    auto key = plural_key(target_ids[t]);
    if (!key) continue;
    if (auto other = source_other(*key)) {
      from_other[*other].push_back(t);
      used[t] = true;
    }
  }

  Alignment links;
  std::vector<int64_t> link_of_target(target_ids.size(), -1);
  auto add = [&](Link link) {
    for (uint32_t t : link.tgt) link_of_target[t] = static_cast<int64_t>(links.size());
    links.push_back(std::move(link));
  };
  for (uint32_t s = 0; s < source_ids.size(); ++s) {
    Link link;
    link.src.push_back(s);
    auto it = target_of.find(source_ids[s]);
    if (it != target_of.end() && !used[it->second]) {
      link.tgt.push_back(it->second);
      used[it->second] = true;
    } else if (it == target_of.end()) {
      // A plural form the target language does not have is no omission.
      auto key = plural_key(source_ids[s]);
      if (key && source_other(*key) && !target_has_form(*key)) continue;
    }
    add(std::move(link));
    if (auto extra = from_other.find(s); extra != from_other.end())
      for (uint32_t t : extra->second) add(Link{{s}, {t}, 1.0, {}});
  }
  for (uint32_t t = 0; t < target_ids.size(); ++t)
    if (!used[t]) add(Link{{}, {t}, 1.0, {}});
  if (!forms) return links;

  // Forms the target language needs that neither file has: missing, placed
  // after the family's last form in the target (when the target has the
  // family at all), translated from the source's "_other".
  std::map<FamilyKey, uint32_t> last_target;  // family -> its last form in the target
  for (uint32_t t = 0; t < target_ids.size(); ++t)
    if (auto key = plural_key(target_ids[t]); key && source_other(*key))
      last_target[{key->family, key->ordinal}] = t;
  std::vector<std::pair<int64_t, Link>> missing;  // after which link
  for (const auto& [family, t] : last_target) {
    PluralKey key{family.first, family.second, ""};
    uint32_t other = *source_other(key);
    for (const std::string& form : family.second ? forms->ordinal : forms->cardinal) {
      std::string id = std::string(family.first) + (family.second ? "_ordinal_" : "_") + form;
      if (source_of.contains(id) || target_of.contains(id)) continue;
      missing.push_back({link_of_target[t], Link{{other}, {}, 1.0, id}});
    }
  }
  if (missing.empty()) return links;
  std::stable_sort(missing.begin(), missing.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  Alignment out;
  out.reserve(links.size() + missing.size());
  size_t next = 0;
  for (size_t l = 0; l < links.size(); ++l) {
    out.push_back(std::move(links[l]));
    for (; next < missing.size() && missing[next].first == static_cast<int64_t>(l); ++next)
      out.push_back(std::move(missing[next].second));
  }
  return out;
}

}  // namespace samklang
