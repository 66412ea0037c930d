// Per-language counts of a run.
#pragma once

namespace samklang {

struct LangSummary {
  int segments = 0;    // source segments the language should translate
  int translated = 0;  // of those, aligned to a non-empty target
  int missing = 0;     // source segments in 1-0 links
  int outdated = 0;
  int findings = 0;  // findings whose target_lang is this language
};

// Counts of one document in one target language (samklang status). Every
// count but `words` is of source segments; translated includes the outdated
// and fuzzy ones.
struct DocumentStatus {
  int segments = 0;
  int words = 0;       // words of the source segments
  int translated = 0;  // aligned to a non-empty target
  int missing = 0;     // no translation, or one the catalog marks untranslated
  int outdated = 0;    // the source changed since sign-off
  int fuzzy = 0;       // the catalog marks the translation fuzzy or needing review
};

}  // namespace samklang
