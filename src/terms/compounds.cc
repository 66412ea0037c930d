#include "terms/compounds.h"

#include <algorithm>
#include <array>

namespace samklang {

namespace {

constexpr uint32_t kNone = UINT32_MAX;
constexpr size_t kMinPart = 3;  // letters of the other part of a compound

// Scandinavian endings: derivational suffixes ("-ing", "-het", "-lig") and
// the inflectional endings that a short stem leaves behind ("-erna").
const CompoundRules kNordic{
    true,
    {"s", "e", "a", "u", "o"},
    {"ing",  "ning", "ring", "het",  "hed",  "lig", "ande", "ende", "else", "isk", "are",
     "skap", "skab", "dom",  "bar",  "sam",  "som", "lös",  "løs",  "ism",  "ist", "itet",
     "ell",  "ig",   "erna", "arna", "orna", "ene", "ane",  "ens",  "ets"}};

const std::array<std::pair<std::string_view, CompoundRules>, 10> kRules{{
    {"sv", kNordic},
    {"da", kNordic},
    {"no", kNordic},
    {"nb", kNordic},
    {"nn", kNordic},
    {"de",
     {true,
      {"s", "es", "n", "en", "er", "e"},
      {"ung", "heit", "keit", "schaft", "lich", "isch", "bar", "sam", "los", "chen", "lein", "ig",
       "ern", "nis", "tum", "ler", "erin", "innen"}}},
    {"nl",
     {true,
      {"s", "en", "e"},
      {"ing", "heid", "lijk", "isch", "baar", "zaam", "loos", "schap", "dom", "tje", "je", "ig",
       "nis", "ster", "sel"}}},
    {"is",
     {true,
      {"s", "a", "ar", "u", "ur"},
      {"ing", "ung", "leg", "leiki", "legur", "skap", "dómur", "inn", "ins", "ana", "unum"}}},
    {"fo",
     {true,
      {"s", "a", "ar", "u"},
      {"ing", "ligur", "skapur", "dømi", "inum", "ini", "ins", "anna"}}},
    {"fi", {true, {}, {"inen", "nen",   "uus", "yys", "ssa", "ssä",  "sta", "stä", "lla",
                       "llä",  "lta",   "ltä", "lle", "ksi", "tta",  "ttä", "ine", "ton",
                       "tön",  "isuus", "mme", "nne", "den", "iden", "jen"}}},
}};

const CompoundRules kNoRules{};

uint64_t edge_key(uint32_t node, unsigned char byte) {
  return (static_cast<uint64_t>(node) << 8) | byte;
}

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

const CompoundRules& compound_rules(const Lang& lang) {
  std::string base = lang_base(lang);
  for (const auto& [name, rules] : kRules)
    if (name == base) return rules;
  return kNoRules;
}

size_t code_points(std::string_view text) {
  return static_cast<size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return !is_continuation(c); }));
}

CompoundIndex::CompoundIndex(const Lang& lang) : rules_(compound_rules(lang)) {}

void CompoundIndex::add(uint32_t id, std::string_view key, std::string_view stem) {
  if (key.empty()) return;
  // A stem is a modifier only when long enough to name the term by itself:
  // Swedish "rättighet" stems to "rätt", which starts "rättvisa".
  bool stem_modifier = code_points(stem) >= 5;
  insert(key, Entry{id, std::string(stem), true, true});
  if (!stem.empty() && stem != key) insert(stem, Entry{id, std::string(stem), true, stem_modifier});
}

void CompoundIndex::insert(std::string_view text, const Entry& entry) {
  uint32_t node = 0;
  for (char c : text) {
    auto [it, inserted] = edges_.emplace(edge_key(node, static_cast<unsigned char>(c)), 0);
    if (inserted) {
      it->second = static_cast<uint32_t>(terminals_.size());
      terminals_.emplace_back();
    }
    node = it->second;
  }
  terminals_[node].push_back(static_cast<uint32_t>(entries_.size()));
  entries_.push_back(entry);
}

uint32_t CompoundIndex::walk(uint32_t node, unsigned char byte) const {
  auto it = edges_.find(edge_key(node, byte));
  return it == edges_.end() ? kNone : it->second;
}

bool CompoundIndex::is_ending(std::string_view rest, const StemFn& stem) const {
  const std::string& rest_stem = stem(std::string(rest));
  for (std::string_view suffix : rules_.suffixes) {
    if (rest == suffix || rest_stem == suffix) return true;
    // The suffix plus a short inflection: "ringar", "igung", "ingen".
    if (rest.starts_with(suffix) && rest.size() - suffix.size() <= 4) return true;
  }
  return false;
}

std::optional<CompoundHit> CompoundIndex::find(std::string_view key, const StemFn& stem) const {
  if (entries_.empty() || code_points(key) < kMinPart + 1) return std::nullopt;
  // Head: the longest rest of the word (at least 3 letters in) whose stem is
  // a term's stem. Starting at the leftmost split finds the longest head.
  size_t letters = 0;
  for (size_t i = 0; i < key.size(); ++i) {
    if (is_continuation(key[i])) continue;
    if (letters++ < kMinPart) continue;
    std::optional<uint32_t> best;
    uint32_t node = 0;
    for (size_t j = i; j < key.size() && node != kNone; ++j) {
      node = walk(node, static_cast<unsigned char>(key[j]));
      if (node == kNone) break;
      for (uint32_t e : terminals_[node]) {
        const Entry& entry = entries_[e];
        if (!entry.head || (best && *best <= entry.id)) continue;
        if (stem(std::string(key.substr(i))) == entry.stem) best = entry.id;
      }
    }
    if (best) return CompoundHit{*best, CompoundRole::head};
  }
  // Modifier: the longest term at the start, then a linker and a word that
  // is not just an ending.
  std::optional<CompoundHit> found;
  uint32_t node = 0;
  for (size_t j = 0; j < key.size(); ++j) {
    node = walk(node, static_cast<unsigned char>(key[j]));
    if (node == kNone) break;
    if (j + 1 < key.size() && is_continuation(key[j + 1])) continue;
    std::string_view after = key.substr(j + 1);
    std::optional<uint32_t> best;
    for (uint32_t e : terminals_[node]) {
      const Entry& entry = entries_[e];
      if (!entry.modifier || (best && *best <= entry.id)) continue;
      bool joined = false;
      for (size_t l = 0; l <= rules_.linkers.size() && !joined; ++l) {
        std::string_view linker = l == 0 ? std::string_view() : rules_.linkers[l - 1];
        if (!after.starts_with(linker)) continue;
        std::string_view rest = after.substr(linker.size());
        joined = code_points(rest) >= kMinPart && !is_ending(rest, stem);
      }
      if (joined) best = entry.id;
    }
    if (best) found = CompoundHit{*best, CompoundRole::modifier};
  }
  return found;
}

}  // namespace samklang
