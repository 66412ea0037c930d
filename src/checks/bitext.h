// What a check sees: one source document and one target document, their
// segments, the alignment between them and the terms found in each segment.
#pragma once

#include <vector>

#include "core/alignment.h"
#include "core/document.h"
#include "core/segment.h"
#include "terms/term_matcher.h"
#include "terms/termbase.h"

namespace samklang {

// A document cut into segments, with the terms found in each segment.
struct SegmentedDocument {
  const Document* document = nullptr;
  std::vector<Segment> segments;
  std::vector<std::vector<TermMatch>> terms;  // per segment, offsets relative to Segment::text
  std::vector<std::string> keys;              // per segment: match_key of its text, for comparing
};

struct SignOffView;  // checks/signoff.h
// text/punctuation_rules.h
class PunctuationRules;

struct Bitext {
  const SegmentedDocument& source;
  const SegmentedDocument& target;
  const Alignment& alignment;
  const Termbase& termbase;
  const SignOffView* signoff = nullptr;  // the pair's sign-off, or none
  // Words that stay the same in a translation ([untranslated] keep), or none.
  const std::vector<std::string>* keep = nullptr;
  // The run's punctuation conventions, or none.
  const PunctuationRules* punctuation = nullptr;
};

}  // namespace samklang
