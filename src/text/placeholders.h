// Placeholders of message catalogs: printf ("%s", "%1$d", "%.2f", "%lu",
// "%%"), Python ("%(name)s"), ICU MessageFormat and brace styles ("{0}",
// "{name}", "{count, plural, ...}", "{}") and i18next ("{{name}}").
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace samklang {

struct Placeholder;

// One case of an ICU plural, selectordinal or select argument:
// "one {# file in {folder}}" is selector "one" and its message.
struct MessageBranch {
  std::string selector;  // "one", "other", "=0", "female"
  uint32_t begin = 0;    // byte range of the selector and its message
  uint32_t end = 0;
  std::vector<Placeholder> placeholders;  // in the message, nested ones included
  bool has_number = false;                // a '#' (plural and selectordinal only)
};

struct Placeholder {
  uint32_t begin = 0;  // byte range in the text
  uint32_t end = 0;
  // What must match on the other side: "%s", "%1$s", "%(name)s", "{name}",
  // "{{name}}". printf flags, width and precision are formatting and are left
  // out ("%-8.2f" -> "%f", "%.*s" -> "%*s"), and "%i" is "%d".
  std::string key;
  int position = 0;  // N of a numbered printf conversion "%N$s", else 0
  // True for placeholders filled in order ("%s", "%d", "{}"): a translation
  // may not reorder them. Numbered and named ones may move.
  bool ordered = false;
  // An ICU argument with cases: "plural", "selectordinal" or "select", and
  // its branches in order; empty for every other placeholder.
  std::string type;
  std::vector<MessageBranch> branches;
};

// Every placeholder in `text`, in order. Spaces inside braces are dropped
// from the key ("{{ name }}" -> "{{name}}"); i18next's "{{- name}}" and
// "{{name, format}}" are "{{name}}", its nesting "$t(key)" is kept whole. An
// ICU argument with a type ("{count, plural, one {...} other {...}}") is the
// key "{count}"; for plural, selectordinal and select its branches are read,
// each with its own placeholders (offsets in `text`). A '%' followed by a space is prose ("50 %
// av"), not a printf conversion with the space flag; a brace right after a letter, digit, backslash
// or dollar ("\\x{HEX}", "${VAR}") is not a placeholder, nor is a flag before a word
// ("%-encoding"), braces before a letter ("{dis}able") or around a name with '-' or dots only
// ("{script-only}", "{...}").
std::vector<Placeholder> find_placeholders(std::string_view text);

}  // namespace samklang
