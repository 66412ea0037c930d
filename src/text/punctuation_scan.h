// Reading punctuation out of a sentence: its end marks, the spaces before
// marks, and the places where punctuation is not prose (URLs, placeholders).
// Offsets are bytes of UTF-8 text.
#pragma once

#include <unicode/umachine.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "text/punctuation_rules.h"

namespace samklang::punctuation_scan {

// The code point at byte `i` (U_SENTINEL past the end), and where it ends.
UChar32 next_cp(std::string_view s, uint32_t i, uint32_t* end = nullptr);
// The code point that ends at byte `i` (U_SENTINEL at the start), and where it starts.
UChar32 prev_cp(std::string_view s, uint32_t i, uint32_t* start = nullptr);
std::string utf8(UChar32 c);

bool is_hspace(UChar32 c);          // white space but not a line break
bool is_breaking_space(UChar32 c);  // ' ' or a tab, where a line may break
bool is_word(UChar32 c);            // a letter, a digit or a combining mark
bool is_closer(UChar32 c);          // a quotation mark or a closing bracket
bool is_opener(UChar32 c);          // an opening bracket or quotation mark
bool contains(const std::vector<std::string>& list, std::string_view s);

// Byte ranges where punctuation is not prose: placeholders, URLs and mail
// addresses, attributes (lang="sv"), text between backticks.
std::vector<std::pair<uint32_t, uint32_t>> protected_ranges(std::string_view text);
bool inside(const std::vector<std::pair<uint32_t, uint32_t>>& ranges, uint32_t offset);

// The end marks of a sentence, read from its end backwards over closing
// quotation marks and brackets: "Bra!”)." has '.' and '!'.
struct Tail {
  std::vector<std::pair<std::string, uint32_t>> marks;  // mark, byte offset; last mark first
  bool emoticon = false;                                // ":)" is not punctuation
};

// `known` are the marks to look for, the longest match wins ("..." over
// "."); a terminal mark of a script they do not list ('꧉') counts too.
Tail read_tail(std::string_view text, const std::vector<std::string>& known);

// A mark of the spacing rules that ends a word, and the spaces before it.
struct MarkSpace {
  std::string mark;
  uint32_t at = 0;        // the mark
  uint32_t run = 0;       // where the spaces before it start (== at without spaces)
  bool spaced = false;    // spaces before it
  bool breaking = false;  // only ordinary (breaking) spaces
};

// Whether `m` is one of the marks the spacing rules of `rules` name.
bool spacing_mark(const LocalePunctuation& rules, std::string_view m);

// Every mark of the spacing rules after a word, a number, a closing
// quotation mark or bracket or a percent sign; not ".NET", "10:30", "http:",
// "...", ":)", nor in URLs or placeholders.
std::vector<MarkSpace> mark_spaces(std::string_view text, const LocalePunctuation& rules);

// Where runs of two or more ordinary spaces between words start: not before
// a mark or a placeholder (columns), not after a sentence's '.', '?' or '!'.
std::vector<uint32_t> double_spaces(std::string_view text, const LocalePunctuation& rules);

}  // namespace samklang::punctuation_scan
