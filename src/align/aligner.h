// Aligns a source and a target document: blocks (headings, paragraphs, list
// items) first, then sentences inside each pair of aligned blocks, with a
// dynamic-programming aligner over a length model plus anchors.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/alignment.h"
#include "core/document.h"
#include "core/lang.h"

namespace samklang {

// How a segment ends: with a full stop, colon, question or exclamation mark
// (terminal), with a semicolon or comma (continued: the sentence goes on in
// the next segment), or with no punctuation (a heading, a caption).
enum class Ending : uint8_t { terminal, continued, none };

// What the aligner needs to know of one segment.
struct AlignItem {
  uint32_t block = 0;  // index of its unit
  UnitKind kind = UnitKind::paragraph;
  double length = 0;  // in characters (ICU grapheme clusters)
  // Language-neutral anchors, a multiset: "c:<concept>" for termbase
  // concepts, "n:<digits>" for numbers, "w:<prefix>" for words written the
  // same or nearly so (names, codes, cognates), "p:<mark>" for punctuation
  // that translations keep.
  std::vector<std::string> anchors;
  Ending ending = Ending::terminal;
  bool starts_lowercase = false;  // the segment continues a sentence
  // Semicolons inside the segment (not at its end): a link that joins two
  // sentences of the other side to this one costs less for each.
  uint8_t inner_semicolons = 0;
  // One word of letters and no end mark ("kungör", "GENERALFÖRSAMLINGEN"):
  // what another language may put inside its neighbour's sentence.
  bool lone_word = false;
};

// Aligns the segments of two documents. Every segment of both sides appears
// in exactly one link; links are in document order.
Alignment align_documents(const std::vector<AlignItem>& source,
                          const std::vector<AlignItem>& target);

}  // namespace samklang

namespace samklang {

// The plural forms (CLDR categories: "zero", "one", "two", "few", "many",
// "other") a language's cardinal and ordinal numbers take, as ICU knows them;
// none for a language ICU has no plural rules for.
struct PluralForms {
  std::vector<std::string> cardinal;
  std::vector<std::string> ordinal;
};
std::optional<PluralForms> plural_forms(const Lang& lang);

// Keyed catalogs: segments with the same id are linked 1-1; a source id with
// no target is a 1-0 link, a target id with no source a 0-1 link (placed
// after the source links, in target order).
// Plural families (i18next: "files_one", "files_other"; ordinals
// "place_ordinal_two"), when the source has the family's "_other" and the
// target language is known to ICU: a target form the source lacks is
// linked to the source's "_other" (right after its link), not left extra; a
// source form the target language does not have is left out of the
// alignment, not missing; a form the target language needs that neither file
// has is a 1-0 link of the source's "_other", placed after the link of the
// family's last form in the target (when the target has the family).
Alignment align_by_id(const std::vector<std::string_view>& source_ids,
                      const std::vector<std::string_view>& target_ids,
                      const Lang& target_lang = {});

}  // namespace samklang
