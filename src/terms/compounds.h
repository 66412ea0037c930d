// One-word compounds (Swedish, German, Dutch, Danish, Norwegian, Icelandic,
// Faroese, Finnish): finds a term as the head ("människorättsförsvararna"
// ends with "försvarare") or as the modifier ("rättighetsfrågor" starts with
// "rättighet" + linking "s") of a word that is not the term itself.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/lang.h"

namespace samklang {

// The linking elements and the derivational or inflectional endings that
// must not be taken for the second part of a compound, per language.
struct CompoundRules {
  bool by_default = false;  // stem terms of 5+ letters get compound matching
  std::vector<std::string_view> linkers;
  std::vector<std::string_view> suffixes;
};

// The rules of a language; by_default false and empty lists for the others.
const CompoundRules& compound_rules(const Lang& lang);

// Number of code points of valid UTF-8.
size_t code_points(std::string_view text);

enum class CompoundRole { head, modifier };

struct CompoundHit {
  uint32_t id = 0;  // as given to CompoundIndex::add
  CompoundRole role = CompoundRole::head;
};

// A byte trie over the case-folded forms and stems of the terms that may be
// parts of compounds. Lookups walk the trie from each code-point boundary
// of a word: linear in the number of terms' shared prefixes, never a loop
// over all terms.
class CompoundIndex {
 public:
  using StemFn = std::function<const std::string&(const std::string&)>;

  explicit CompoundIndex(const Lang& lang);

  // `key`: the term's case-folded form, `stem` its Snowball stem; ids are
  // added in increasing order (lower id wins ties).
  void add(uint32_t id, std::string_view key, std::string_view stem);
  bool empty() const { return entries_.empty(); }

  // The term that `key` (a whole case-folded word) is a compound of, if any:
  // a head beats a modifier, a longer part beats a shorter one. The
  // other part must have 3+ letters; a modifier's rest must not be a
  // derivational or inflectional ending.
  std::optional<CompoundHit> find(std::string_view key, const StemFn& stem) const;

 private:
  struct Entry {
    uint32_t id = 0;
    std::string stem;
    bool head = false;      // a head: the rest of the word must stem to `stem`
    bool modifier = false;  // a modifier: followed by a linker and a word
  };
  uint32_t walk(uint32_t node, unsigned char byte) const;
  bool is_ending(std::string_view rest, const StemFn& stem) const;
  void insert(std::string_view text, const Entry& entry);

  const CompoundRules& rules_;
  std::vector<std::vector<uint32_t>> terminals_{{}};  // per node: indices into entries_
  std::unordered_map<uint64_t, uint32_t> edges_;
  std::vector<Entry> entries_;
};

}  // namespace samklang
