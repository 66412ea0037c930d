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

}  // namespace samklang
