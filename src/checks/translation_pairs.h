// The translated segment pairs of a whole run, with the keys that
// inconsistent-target and inconsistent-source compare them by.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "checks/bitext.h"

namespace samklang {

// One source segment and the one target segment that translates it.
struct TranslationPair {
  size_t bitext = 0;  // index into the run's bitexts
  uint32_t source = 0;
  uint32_t target = 0;
  Lang lang;            // the target language
  std::string context;  // PO msgctxt (a context allows a different translation), else ""
  int form = -1;        // PO plural form (msgstr[N]), else -1
  std::string source_key;
  std::string target_key;
  size_t source_words = 0;  // words of the source segment, numbers and placeholders aside
  size_t target_words = 0;
};

// The key two segments compare equal by: case folded; quotes, apostrophes,
// dashes, ellipses, no-break and repeated spaces of any style made one;
// positional placeholders of any syntax ("%s", "%1$d", "{0}", "{}") made
// one anonymous slot and named ones ("{name}", "%(name)s", "{{name}}")
// reduced to their name; in catalogs (`catalog`) the accelerator marks of
// GTK and Qt ("_Open", "&Open", "Open (_O)") dropped.
std::string comparison_key(std::string_view text, bool catalog);

// Every one-to-one pair of the run in file order (bitext, then segment): a
// catalog entry in use (not fuzzy, not new, not empty) or a prose link the
// aligner is sure of (confidence >= 0.8).
std::vector<TranslationPair> translation_pairs(std::span<const Bitext* const> bitexts);

// "file:line" of a segment, for naming another place in a message.
std::string place_name(const SegmentedDocument& doc, uint32_t segment);

// One way a group of pairs writes one side: its key, how many pairs use
// it and the first of them.
struct Variant {
  std::string_view key;
  size_t count = 0;
  size_t first = 0;  // index into the pairs
};

// The distinct values of `side` (&TranslationPair::target_key, or
// source_key) among `group` (indices into `pairs`, in file order), in order
// of first use.
std::vector<Variant> variants_of(std::span<const size_t> group,
                                 const std::vector<TranslationPair>& pairs,
                                 std::string TranslationPair::*side);

// The rendering that stands as the norm: the most used one; of equally used
// ones the first in file order.
size_t norm_of(const std::vector<Variant>& renderings);

// The variants but `skip` as a message names them, the norm first and at
// most three: "'X' (2×, e.g. a.po:4), 'Y' (1×, at b.po:9) and 1 more". Each
// is quoted from its source side (`source_side`) or its target side, and
// placed by its first target.
std::string named_variants(std::span<const Bitext* const> bitexts,
                           const std::vector<TranslationPair>& pairs,
                           const std::vector<Variant>& variants, size_t skip, bool source_side);

}  // namespace samklang
