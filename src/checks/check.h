// The check interface: a rule is one class in one file, registered in
// checks.def. A check reads its options once and reports through Emitter,
// which adds the rule id and the configured severity.
#pragma once

#include <fmt/format.h>

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "checks/bitext.h"
#include "core/finding.h"

namespace samklang {

struct CheckInfo {
  const char* id;       // public rule id, e.g. "term-missing"
  const char* summary;  // one line
  const char* help;     // what it checks, why, an example, how to fix or silence it
  Severity default_severity;
};

// A point in a segment: the segment index and a byte offset in its text.
struct Anchor {
  uint32_t segment = 0;
  uint32_t offset = 0;
};

// A message the CLI can show in the user's language: the English text, and
// the format and arguments a translation is filled with. The format's
// arguments are plain {} (no format specs: format a number first), and the
// literal is what scripts/update-po.sh extracts (keyword `message_text`).
template <typename... Args>
Text message_text(fmt::format_string<const Args&...> format, const Args&... args) {
  Text text;
  text.english = fmt::format(format, args...);
  fmt::string_view written = format;
  text.parts.format = std::string(written.data(), written.size());
  (text.parts.args.push_back(fmt::format("{}", args)), ...);
  return text;
}

class Emitter {
 public:
  Emitter(const Bitext& bitext, const CheckInfo& info, Severity severity,
          std::vector<Finding>& out);

  // A finding located at `target` (if any) with `source` as the related
  // place. `message` and `fix` follow the style guide: lower-case start,
  // no final period, offending text in 'quotes'.
  void emit(std::optional<Anchor> source, std::optional<Anchor> target, Text message, Text fix = {},
            std::optional<TermInfo> term = std::nullopt);

  // Like emit, with the source text the translation was made from and how
  // the source changed since.
  void emit_change(Anchor source, Anchor target, Text message, Text fix, SourceChange change);

  // A remark of less weight than the rule's findings: at severity note, or
  // lower when the rule is configured lower.
  void note(std::optional<Anchor> source, std::optional<Anchor> target, Text message,
            Text fix = {});

  // A finding in the target file where a missing translation belongs: the
  // insertion point after target segment `after` (or the document start).
  // `expected_id`: the catalog entry the target lacks, when it is not the
  // source's own id (a plural form); the place is then after `after`.
  void emit_missing(Anchor source, std::optional<uint32_t> after_target, Text message,
                    Text fix = {}, std::string_view expected_id = {});

 private:
  Place place(const SegmentedDocument& doc, Anchor anchor) const;

  const Bitext& bitext_;
  const CheckInfo& info_;
  Severity severity_;
  std::vector<Finding>& out_;
};

class Check {
 public:
  virtual ~Check() = default;
  // Sees one source/target pair.
  virtual void run(const Bitext& bitext, Emitter& emit) const = 0;
  // Corpus-wide rules see every pair of the run at once, after run();
  // emitters[i] reports into bitexts[i].
  virtual void run_corpus(std::span<const Bitext* const> bitexts,
                          std::span<Emitter> emitters) const {
    (void)bitexts;
    (void)emitters;
  }
};

// The first 60 bytes of a segment's text (cut at a character boundary),
// with "…" when cut: for messages that quote a whole sentence.
std::string excerpt(std::string_view text);

struct CheckDef {
  CheckInfo info;
  std::unique_ptr<Check> (*make)();
};

}  // namespace samklang
