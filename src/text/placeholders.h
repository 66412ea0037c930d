// Placeholders of message catalogs: printf ("%s", "%1$d", "%.2f", "%lu",
// "%%"), Python ("%(name)s"), ICU MessageFormat and brace styles ("{0}",
// "{name}", "{count, plural, ...}", "{}") and i18next ("{{name}}").
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace samklang {

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
};

// Every placeholder in `text`, in order. Spaces inside braces are dropped
// from the key ("{{ name }}" -> "{{name}}"); an ICU argument with a type
// ("{count, plural, one {...} other {...}}") is the key "{count}" and its
// sub-messages are skipped. A '%' followed by a space is prose ("50 % av"),
// not a printf conversion with the space flag; a brace right after a letter,
// digit, backslash or dollar ("\\x{HEX}", "${VAR}") is not a placeholder, nor is
// a flag before a word ("%-encoding"), braces before a letter ("{dis}able")
// or around a name with '-' or dots only ("{script-only}", "{...}").
std::vector<Placeholder> find_placeholders(std::string_view text);

}  // namespace samklang
