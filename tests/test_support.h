// Small helpers shared by the unit tests.
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include "core/document.h"
#include "terms/termbase.h"

namespace samklang::testing {

// "line:col" of the first occurrence of `word` in the unit's text.
inline std::string where(const Document& doc, const Unit& unit, std::string_view word) {
  size_t at = unit.text.find(word);
  if (at == std::string::npos) return "not in '" + unit.text + "'";
  auto loc = doc.locate(unit, static_cast<uint32_t>(at));
  return std::to_string(loc.line) + ":" + std::to_string(loc.column);
}

// A term of concept "c" for matcher tests.
inline Term term(std::string lang, std::string text, MatchMode match = MatchMode::stem,
                 CasePolicy casing = CasePolicy::insensitive) {
  Term t;
  t.concept_id = "c";
  t.lang = std::move(lang);
  t.text = std::move(text);
  t.match = match;
  t.casing = casing;
  return t;
}

// The whole file, or "" when it cannot be read.
inline std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace samklang::testing
