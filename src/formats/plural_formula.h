// The plural formula of a gettext catalog: the header's
// "Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : ...);".
// It says which msgstr[N] a number takes, so that each plural form is checked
// against the right source: a form only the number 1 takes against msgid, the
// others against msgid_plural.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace samklang {

class PluralFormula {
 public:
  // Parses the header field's value; nullopt when it is not a well-formed
  // "nplurals=N; plural=EXPR;" with 1 <= N <= 20 and a C expression in n
  // (?: || && == != < <= > >= + - * / % ! and parentheses).
  static std::optional<PluralFormula> parse(std::string_view value);

  int count() const { return count_; }
  // The form the number n takes, clamped to [0, count).
  int form(uint64_t n) const;
  // True when only one of the numbers 0..1000 takes form `index`: its text
  // may leave the number out ("Один файл" for n = 1 only).
  bool single_number(int index) const;

  struct Node;

 private:
  int count_ = 0;
  std::shared_ptr<const Node> formula_;
  std::vector<int> takers_;  // per form: how many of 0..1000 take it
};

}  // namespace samklang
