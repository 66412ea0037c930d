// punctuation: end marks, quotation marks and spacing of a translation
// against the conventions of its language (rules/punctuation.toml, CLDR).
#include <fmt/format.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <set>

#include "checks/check.h"
#include "text/punctuation_rules.h"
#include "text/punctuation_scan.h"

namespace samklang {
namespace {

using namespace punctuation_scan;  // NOLINT: the scanner's small helpers

constexpr std::array<const char*, kEndKinds> kKindNames = {"a full stop",         "a question mark",
                                                           "an exclamation mark", "a colon",
                                                           "a semicolon",         "an ellipsis"};

// Quotation marks of any language; the apostrophe '’' is left out.
const std::set<UChar32> kQuoteMarks = {0x201C, 0x201D, 0x201E, 0x201F, 0x00AB,
                                       0x00BB, 0x2039, 0x203A, 0x2018, 0x201A,
                                       0x201B, 0x300C, 0x300D, 0x300E, 0x300F};
// Typographic double quotation marks, against which straight ones stand out.
const std::set<UChar32> kTypographicDouble = {0x201C, 0x201D, 0x201E, 0x201F, 0x00AB,
                                              0x00BB, 0x300C, 0x300D, 0x300E, 0x300F};

// Every end mark a locale knows, plus those of [default].
std::vector<std::string> known_marks(const LocalePunctuation& own, const LocalePunctuation& base) {
  std::vector<std::string> out;
  for (const auto* locale : {&own, &base}) {
    for (const auto& list : locale->end) out.insert(out.end(), list.begin(), list.end());
    out.insert(out.end(), locale->comma.begin(), locale->comma.end());
  }
  return out;
}

using KindSet = unsigned;

KindSet kinds_of(std::string_view mark, const LocalePunctuation& locale) {
  KindSet out = 0;
  for (size_t k = 0; k < kEndKinds; ++k)
    if (contains(locale.end[k], mark)) out |= 1u << k;
  return out;
}

int first_kind(KindSet kinds) {
  for (size_t k = 0; k < kEndKinds; ++k)
    if (kinds & (1u << k)) return static_cast<int>(k);
  return -1;
}

// "a question mark '?'", or "'?'" when the locale does not know it.
std::string describe(std::string_view mark, KindSet kinds) {
  int k = first_kind(kinds);
  if (k < 0) return fmt::format("'{}'", mark);
  return fmt::format("{} '{}'", kKindNames[static_cast<size_t>(k)], mark);
}

// How many times a translation must do a thing before it counts as its style.
constexpr int kStyleEvidence = 5;

std::string times(int count) {
  return count > 1 ? fmt::format(" ({} times in this sentence)", count) : std::string();
}

class Punctuation final : public Check {
 public:
  void run(const Bitext& bitext, Emitter& emit) const override {
    static const PunctuationRules kNone;
    const PunctuationRules& rules = bitext.punctuation ? *bitext.punctuation : kNone;
    Pair pair{.bitext = bitext,
              .emit = emit,
              .source = rules.for_lang(bitext.source.document->lang),
              .target = rules.for_lang(bitext.target.document->lang),
              .base = rules.for_lang(""),
              .lang = bitext.target.document->lang};
    pair.source_known = known_marks(pair.source, pair.base);
    pair.target_known = known_marks(pair.target, pair.base);
    // Where the source has no end mark, a translation that adds one more
    // often than not follows its team's style (a full stop on every message).
    int added = 0;
    int kept = 0;
    for (const Link& link : bitext.alignment) {
      if (link.src.empty() || link.tgt.empty()) continue;
      if (!read_tail(bitext.source.segments[link.src.back()].text, pair.source_known).marks.empty())
        continue;
      ++(read_tail(bitext.target.segments[link.tgt.back()].text, pair.target_known).marks.empty()
             ? kept
             : added);
    }
    pair.adds_end_marks = added > kept && added >= kStyleEvidence;
    if (!pair.target.described) {
      std::map<std::string, std::pair<int, int>> spacing;  // mark -> spaced, tight
      for (const Segment& segment : bitext.target.segments)
        for (const MarkSpace& m : mark_spaces(segment.text, pair.target))
          ++(m.spaced ? spacing[m.mark].first : spacing[m.mark].second);
      for (const auto& [mark, counts] : spacing)
        if (counts.first >= counts.second) pair.spaced_by_convention.insert(mark);
      // Sentences ending without a mark as often as not: a script that needs none.
      int bare = 0;
      int marked = 0;
      for (const Link& link : bitext.alignment) {
        if (link.src.empty() || link.tgt.empty()) continue;
        if (read_tail(bitext.source.segments[link.src.back()].text, pair.source_known)
                .marks.empty())
          continue;
        ++(read_tail(bitext.target.segments[link.tgt.back()].text, pair.target_known).marks.empty()
               ? bare
               : marked);
      }
      if (bare > 0 && bare >= marked) pair.target.end_optional = true;
    }
    for (const Link& link : bitext.alignment) {
      if (link.src.empty() || link.tgt.empty()) continue;
      // The source's paragraphs or entries: their style decides what the
      // translation may copy (double spaces, a space before a mark).
      std::string source_text;
      for (uint32_t s : link.src)
        if (s == link.src.front() ||
            bitext.source.segments[s].unit != bitext.source.segments[s - 1].unit)
          source_text += unit_of(bitext.source, s).text + "\n";
      check_end(pair, link);
      for (uint32_t t : link.tgt) {
        const Segment& segment = bitext.target.segments[t];
        if (unit_of(bitext.target, t).kind == UnitKind::code || segment.text.empty()) continue;
        Anchor source{link.src.front(), 0};
        check_open_marks(pair, t, source);
        check_quotes(pair, t, source, source_text);
        check_spacing(pair, t, source, source_text);
      }
    }
  }

 private:
  struct Pair {
    const Bitext& bitext;
    Emitter& emit;
    LocalePunctuation source;
    LocalePunctuation target;
    LocalePunctuation base;
    Lang lang;  // the target's
    // Marks the target document puts a space before as often as not, in a
    // language the rules do not describe: its own convention.
    std::set<std::string> spaced_by_convention{};
    bool adds_end_marks = false;  // the translation's own style: see run()
    std::vector<std::string> source_known{};
    std::vector<std::string> target_known{};
  };

  static const Unit& unit_of(const SegmentedDocument& doc, uint32_t segment) {
    return doc.document->units[doc.segments[segment].unit];
  }

  // A paragraph of one short segment.
  static bool is_label(const SegmentedDocument& doc, uint32_t segment) {
    const Segment& s = doc.segments[segment];
    const Unit& unit = unit_of(doc, segment);
    if (unit.text.find_first_not_of(" \t\n") < s.begin ||
        unit.text.find_last_not_of(" \t\n") + 1 > s.end)
      return false;
    size_t code_points = 0;
    for (char c : s.text) code_points += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return code_points < 30;
  }

  // The source ends with one kind of mark, the translation with another or none.
  static void check_end(Pair& p, const Link& link) {
    uint32_t s = link.src.back();
    uint32_t t = link.tgt.back();
    const SegmentedDocument& target = p.bitext.target;
    // A note in brackets after the end, "¿borrar el archivo? (s/n)", may be
    // a segment of its own: the end is the segment before it.
    if (t != link.tgt.front() && target.segments[t].text.starts_with('(') &&
        target.segments[t].text.ends_with(')'))
      --t;
    UnitKind source_kind = unit_of(p.bitext.source, s).kind;
    UnitKind target_kind = unit_of(p.bitext.target, t).kind;
    for (UnitKind kind : {source_kind, target_kind})
      if (kind == UnitKind::heading || kind == UnitKind::code) return;
    // List items and table cells are often fragments: only a mark against
    // another mark counts there.
    bool fragment = source_kind != UnitKind::paragraph || target_kind != UnitKind::paragraph;
    const std::string& source_text = p.bitext.source.segments[s].text;
    const std::string& target_text = target.segments[t].text;
    if (source_text.empty() || target_text.empty()) return;
    Tail st = read_tail(source_text, p.source_known);
    Tail tt = read_tail(target_text, p.target_known);
    // A note in brackets after the end: "¿descender al directorio %s? (s/n)".
    if (tt.marks.empty() && !st.marks.empty() && target_text.ends_with(')')) {
      size_t open = target_text.rfind('(');
      if (open != std::string::npos) tt = read_tail(target_text.substr(0, open), p.target_known);
    }
    if (st.emoticon || tt.emoticon || (st.marks.empty() && tt.marks.empty())) return;
    // A segment cut inside a URL ("search?q=") does not end a sentence.
    if ((!st.marks.empty() && inside(protected_ranges(source_text), st.marks.front().second)) ||
        (!tt.marks.empty() && inside(protected_ranges(target_text), tt.marks.front().second)))
      return;
    // A side that ends with a comma or a dash is not a sentence's end.
    for (const auto& [tail, locale] : {std::pair{&st, &p.source}, std::pair{&tt, &p.target}})
      for (const auto& [mark, offset] : tail->marks)
        if (contains(locale->comma, mark) || contains(p.base.comma, mark)) return;

    KindSet source_kinds = 0;
    for (const auto& [mark, offset] : st.marks) {
      KindSet own = kinds_of(mark, p.source);
      source_kinds |= own ? own : kinds_of(mark, p.base);
    }
    KindSet target_kinds = 0;
    bool unknown = false;  // a mark neither the language nor [default] describes
    for (const auto& [mark, offset] : tt.marks) {
      target_kinds |= kinds_of(mark, p.target);
      unknown |= !kinds_of(mark, p.base) && !kinds_of(mark, p.target);
    }
    if ((source_kinds & target_kinds) || unknown) return;

    std::string source_mark = st.marks.empty() ? "" : st.marks.front().first;
    std::string want;
    for (size_t k = 0; k < kEndKinds && want.empty(); ++k)
      if ((source_kinds & (1u << k)) && !p.target.end[k].empty()) want = p.target.end[k].front();
    std::string fix = want.empty() ? "" : fmt::format("end the translation with '{}'", want);
    std::string source_said = source_mark.empty()
                                  ? ""
                                  : describe(source_mark, kinds_of(source_mark, p.source)
                                                              ? kinds_of(source_mark, p.source)
                                                              : kinds_of(source_mark, p.base));
    Anchor source{s, st.marks.empty() ? 0 : st.marks.front().second};
    if (!st.marks.empty() && !tt.marks.empty()) {
      if (!source_kinds) return;  // a mark the source language does not end with
      const auto& [mark, offset] = tt.marks.front();
      KindSet kinds = kinds_of(mark, p.target);
      std::string target_said =
          kinds ? describe(mark, kinds)
                : fmt::format("'{}', which does not end a sentence in {}", mark, p.lang);
      p.emit.emit(source, Anchor{t, offset},
                  fmt::format("the source ends with {} but the translation with {}", source_said,
                              target_said),
                  fix);
      return;
    }
    // A short paragraph without a mark is a label or a phrase that goes on in
    // the next paragraph ("kungör" before the UDHR's proclamation).
    const SegmentedDocument& bare = tt.marks.empty() ? p.bitext.target : p.bitext.source;
    uint32_t bare_segment = tt.marks.empty() ? t : s;
    if (fragment || is_label(bare, bare_segment)) return;
    if (tt.marks.empty()) {
      if (p.target.end_optional || !source_kinds) return;
      p.emit.emit(
          source, Anchor{t, static_cast<uint32_t>(target_text.size())},
          fmt::format("the source ends with {} but the translation has no end mark", source_said),
          fix);
      return;
    }
    if (p.source.end_optional || p.adds_end_marks) return;
    const auto& [mark, offset] = tt.marks.front();
    if (!kinds_of(mark, p.target)) return;
    p.emit.emit(source, Anchor{t, offset},
                fmt::format("the translation ends with {} but the source has no end mark",
                            describe(mark, kinds_of(mark, p.target))),
                fmt::format("end both alike: remove '{}' or end the source with a mark too", mark));
  }

  // Spanish: a question ending in '?' opens with '¿' (and '!' with '¡').
  static void check_open_marks(Pair& p, uint32_t t, Anchor source) {
    const Segment& segment = p.bitext.target.segments[t];
    const std::string& unit_text = unit_of(p.bitext.target, t).text;
    Tail tail = read_tail(segment.text, p.target_known);
    for (const auto& [kind, open] : {std::pair{EndKind::question, &p.target.question_open},
                                     std::pair{EndKind::exclamation, &p.target.exclamation_open}}) {
      if (open->empty()) continue;
      const std::vector<std::string>& closers = p.target.marks(kind);
      for (const auto& [mark, offset] : tail.marks) {
        if (!contains(closers, mark)) continue;
        // Back from the mark to the previous one of its kind, or the unit's start.
        size_t end = segment.begin + offset;
        size_t from = 0;
        for (const std::string& closer : closers) {
          size_t before = end == 0 ? std::string::npos : unit_text.rfind(closer, end - 1);
          if (before != std::string::npos) from = std::max(from, before + closer.size());
        }
        std::string_view sentence = std::string_view(unit_text).substr(from, end - from);
        bool words = false;  // "???" stands for unknown characters, not a question
        for (uint32_t i = 0; i < sentence.size() && !words;)
          words = is_word(next_cp(sentence, i, &i));
        if (!words || sentence.find(*open) != std::string_view::npos) break;
        p.emit.emit(source, Anchor{t, offset},
                    fmt::format("'{}' closes a sentence that no '{}' opens", mark, *open),
                    fmt::format("open the {} with '{}'",
                                kind == EndKind::question ? "question" : "exclamation", *open));
        break;
      }
    }
  }

  static void check_quotes(Pair& p, uint32_t t, Anchor source, const std::string& source_text) {
    const std::string& text = p.bitext.target.segments[t].text;
    auto ranges = protected_ranges(text);
    const std::vector<QuotePair>& quotes = p.target.quotes;
    std::set<UChar32> allowed;
    std::set<std::string> opens;
    std::set<std::string> closes;
    for (const QuotePair& q : quotes) {
      for (const std::string* s : {&q.open, &q.close})
        for (uint32_t i = 0; i < s->size();) allowed.insert(next_cp(*s, i, &i));
      opens.insert(q.open);
      closes.insert(q.close);
    }
    std::string usual =
        quotes.empty() ? std::string() : fmt::format("{}…{}", quotes[0].open, quotes[0].close);

    std::vector<std::string> foreign;
    std::optional<uint32_t> first_foreign;
    std::optional<uint32_t> first_straight;
    int straight = 0;
    std::optional<uint32_t> spacing_at;
    std::string spacing_message;
    std::string spacing_fix;
    int spacing = 0;
    auto spacing_issue = [&](uint32_t at, std::string message, std::string fix) {
      if (spacing++ > 0) return;
      spacing_at = at;
      spacing_message = std::move(message);
      spacing_fix = std::move(fix);
    };
    bool typographic_source = false;
    for (uint32_t i = 0; i < source_text.size();)
      if (kTypographicDouble.count(next_cp(source_text, i, &i))) typographic_source = true;

    for (uint32_t i = 0; i < text.size();) {
      uint32_t at = i;
      UChar32 c = next_cp(text, i, &i);
      if (inside(ranges, at)) continue;
      UChar32 before = prev_cp(text, at);
      UChar32 after = next_cp(text, i);
      std::string mark = utf8(c);
      // A mark with a space on each side is not quoting (a breadcrumb '›').
      bool isolated = is_hspace(before) && (is_hspace(after) || after == U_SENTINEL);
      if (!quotes.empty() && kQuoteMarks.count(c) && !allowed.count(c) && !isolated) {
        if (!first_foreign) first_foreign = at;
        if (!contains(foreign, mark)) foreign.push_back(mark);
      }
      if (c == '"' && typographic_source) {
        if (!first_straight) first_straight = at;
        ++straight;
      }
      if (contains(p.target.spaced_quotes, mark)) {
        bool open = opens.count(mark) > 0;
        UChar32 inner = open ? after : before;
        if (inner == U_SENTINEL) continue;
        std::string pair_text = mark;
        for (const QuotePair& q : quotes)
          if (q.open == mark || q.close == mark) {
            pair_text = fmt::format("{}…{}", q.open, q.close);
            break;
          }
        std::string fix =
            fmt::format("put a no-break space (U+00A0 or U+202F) inside {}", pair_text);
        if (is_breaking_space(inner))
          spacing_issue(at,
                        fmt::format("an ordinary space {} '{}' may break the line; {} uses a "
                                    "no-break space inside {}",
                                    open ? "after" : "before", mark, p.lang, pair_text),
                        fix);
        else if (!is_hspace(inner))
          spacing_issue(at,
                        fmt::format("no space {} '{}'; {} puts a no-break space inside {}",
                                    open ? "after" : "before", mark, p.lang, pair_text),
                        fix);
        continue;
      }
      if (opens.count(mark) && !closes.count(mark) &&
          (before == U_SENTINEL || is_hspace(before) || is_opener(before)) && after == ' ' &&
          is_word(next_cp(text, i + 1)) && source_text.find(mark + " ") == std::string::npos) {
        spacing_issue(at, fmt::format("a space after the opening quotation mark '{}'", mark),
                      fmt::format("remove the space after '{}'", mark));
      } else if (closes.count(mark) && !opens.count(mark) && before == ' ' &&
                 (after == U_SENTINEL || is_hspace(after) || !is_word(after)) &&
                 is_word(prev_cp(text, at - 1)) &&
                 source_text.find(" " + mark) == std::string::npos) {
        spacing_issue(at, fmt::format("a space before the closing quotation mark '{}'", mark),
                      fmt::format("remove the space before '{}'", mark));
      }
    }
    if (first_foreign) {
      std::string list;
      for (size_t n = 0; n < foreign.size(); ++n)
        list += (n == 0 ? "" : n + 1 == foreign.size() ? " and " : ", ") + ("'" + foreign[n] + "'");
      std::string ways = usual;
      if (quotes.size() > 1)
        ways += fmt::format(", inside them {}…{}", quotes[1].open, quotes[1].close);
      p.emit.emit(
          source, Anchor{t, *first_foreign},
          fmt::format("{} {} not {} of {}, which quotes with {}", list,
                      foreign.size() > 1 ? "are" : "is",
                      foreign.size() > 1 ? "quotation marks" : "a quotation mark", p.lang, ways),
          fmt::format("write {}", usual));
    }
    if (first_straight) {
      p.emit.emit(source, Anchor{t, *first_straight},
                  fmt::format("straight quotation marks '\"' where the source has typographic "
                              "ones{}",
                              times(straight)),
                  usual.empty() ? std::string("write typographic quotation marks")
                                : fmt::format("write {}", usual));
    }
    if (spacing_at)
      p.emit.emit(source, Anchor{t, *spacing_at}, spacing_message + times(spacing), spacing_fix);
  }

  // Spaces before , . ; : ! ? as the language wants them, and double spaces.
  static void check_spacing(Pair& p, uint32_t t, Anchor source, const std::string& source_text) {
    const std::string& text = p.bitext.target.segments[t].text;
    const LocalePunctuation& rules = p.target;
    struct Issue {
      std::optional<uint32_t> at;
      int count = 0;
      std::string mark;
      void add(uint32_t offset, std::string m) {
        if (count++ == 0) {
          at = offset;
          mark = std::move(m);
        }
      }
    };
    Issue space_before, no_break_missing, breaking, doubled;
    if (source_text.find("  ") == std::string::npos)
      for (uint32_t at : double_spaces(text, rules)) doubled.add(at, "");
    for (const MarkSpace& m : mark_spaces(text, rules)) {
      if (contains(rules.space_before, m.mark)) {
        if (!m.spaced)
          no_break_missing.add(m.at, m.mark);
        else if (m.breaking)
          breaking.add(m.run, m.mark);
      } else if (contains(rules.space_before_optional, m.mark)) {
        if (m.breaking) breaking.add(m.run, m.mark);
      } else if (m.spaced && !source_has_space_before(source_text, m.mark) &&
                 !p.spaced_by_convention.count(m.mark)) {
        space_before.add(m.run, m.mark);
      }
    }
    if (space_before.at)
      p.emit.emit(
          source, Anchor{t, *space_before.at},
          fmt::format("a space before '{}'{}", space_before.mark, times(space_before.count)),
          fmt::format("remove the space before '{}'", space_before.mark));
    if (no_break_missing.at)
      p.emit.emit(source, Anchor{t, *no_break_missing.at},
                  fmt::format("no space before '{}'; {} puts a no-break space before it{}",
                              no_break_missing.mark, p.lang, times(no_break_missing.count)),
                  fmt::format("put a no-break space (U+00A0 or U+202F) before '{}'",
                              no_break_missing.mark));
    if (breaking.at)
      p.emit.emit(
          source, Anchor{t, *breaking.at},
          fmt::format("an ordinary space before '{}' may break the line{}", breaking.mark,
                      times(breaking.count)),
          fmt::format("use a no-break space (U+00A0 or U+202F) before '{}'", breaking.mark));
    if (doubled.at)
      p.emit.emit(source, Anchor{t, *doubled.at},
                  fmt::format("a double space{}", times(doubled.count)), "write one space");
  }

  // The source puts a space before `mark` too: a convention of the text, not a slip.
  static bool source_has_space_before(std::string_view source, std::string_view mark) {
    for (size_t at = source.find(mark); at != std::string_view::npos;
         at = source.find(mark, at + 1))
      if (is_hspace(prev_cp(source, static_cast<uint32_t>(at)))) return true;
    return false;
  }
};

}  // namespace

extern const CheckDef punctuation{
    {"punctuation", "end marks, quotation marks and spacing against the target language",
     "Compares the punctuation of a translation with its source and with the conventions\n"
     "of the target language, read from rules/punctuation.toml (and the project's own\n"
     "rules file) and, for quotation marks, from CLDR:\n"
     "- end marks: the source ends with a question mark, an exclamation mark, a colon, a\n"
     "  full stop or an ellipsis and the translation with another kind of mark or none\n"
     "  (or the reverse). Each language's own marks count as the same kind: Greek ';'\n"
     "  asks, Arabic '؟', Chinese '？'; '...' is '…'; Thai may end without a mark.\n"
     "  Headings are not checked, list items and table cells only mark against mark;\n"
     "  a Spanish question or exclamation must also open with '¿' or '¡';\n"
     "- quotation marks of another language (Swedish „…“ or «…», English «…»), and\n"
     "  straight quotes '\"' where the source has typographic ones;\n"
     "- spacing: a space before , . ; : ! ? where the language has none, a French\n"
     "  ; : ! ? or « » without a no-break space (or with an ordinary one, which may\n"
     "  break the line), a space inside quotation marks, a double space.\n"
     "URLs, mail addresses, placeholders and text between backticks are skipped; a\n"
     "space or a double space that the source has too is taken as the text's own style.\n"
     "\n"
     "Example: sv 'Vad gör vi?' and en 'What do we do.'\n"
     "  -> the source ends with a question mark '?' but the translation with a full stop '.'\n"
     "\n"
     "Fix: punctuate as the fix says, or add the language's conventions to the rules file\n"
     "(`punctuation = \"rules/punctuation.toml\"` in samklang.toml; see rules/README.md).\n"
     "Silence: set punctuation = \"off\" under [rules] in samklang.toml.",
     Severity::note},
    []() -> std::unique_ptr<Check> { return std::make_unique<Punctuation>(); }};

}  // namespace samklang
