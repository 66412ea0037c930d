// markup-mismatch: the inline markup of a segment and its translation differ:
// links, images, emphasis, code spans, tags, URLs and e-mail addresses.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <set>

#include "checks/check.h"
#include "text/inline_markup.h"

namespace samklang {
namespace {

// One piece of markup of one side of a link.
struct Item {
  uint32_t segment = 0;
  uint32_t offset = 0;  // in the segment's text
  uint32_t unit = 0;
  InlineKind kind = InlineKind::link;
  std::string key;      // what the other side must have: kind and identity
  std::string shown;    // how messages name it
  std::string covered;  // the words it covers, when it covers any
  std::string url;      // a link's or image's URL, as written
  bool plain = false;   // a URL or e-mail address written as text
};

bool is_formatting(InlineKind kind) {
  return kind == InlineKind::emphasis || kind == InlineKind::strong ||
         kind == InlineKind::strikethrough;
}

// The element name in a tag's key ("tag3 x id=\"2\"" -> "x").
std::string_view tag_name(std::string_view key) {
  size_t space = key.find(' ');
  if (space == std::string_view::npos) return {};
  key.remove_prefix(space + 1);
  return key.substr(0, key.find(' '));
}

// Pairs a missing and an extra item of the same group as one change.
std::string_view group_of(InlineKind kind) {
  switch (kind) {
    case InlineKind::link:
      return "link";
    case InlineKind::image:
      return "image";
    case InlineKind::code:
      return "code";
    case InlineKind::emphasis:
    case InlineKind::strong:
    case InlineKind::strikethrough:
      return "formatting";
    default:
      return "tag";
  }
}

std::string short_text(std::string_view text) {
  constexpr size_t kMax = 40;
  if (text.size() <= kMax) return std::string(text);
  size_t cut = kMax;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut)) + "…";
}

// True when the identity after the tag's name is attributes ('id="1"'), not
// the native code a TMX or XLIFF element holds ("<b/>").
bool has_attributes(std::string_view rest) {
  size_t name_end = 0;
  while (name_end < rest.size() && std::isalpha(static_cast<unsigned char>(rest[name_end])))
    ++name_end;
  return name_end > 0 && rest.substr(name_end).starts_with("=\"");
}

std::string shown_tag(InlineKind kind, const std::string& identity) {
  size_t space = identity.find(' ');
  std::string name = identity.substr(0, space);
  if (space != std::string::npos && !has_attributes(identity.substr(space + 1)))
    return fmt::format("<{}>{}</{}>", name, identity.substr(space + 1), name);
  bool xml = identity != name;
  switch (kind) {
    case InlineKind::paired_tag:
      return fmt::format("<{}>…</{}>", identity, name);
    case InlineKind::open_tag:
      return fmt::format("<{}>", identity);
    case InlineKind::close_tag:
      return xml ? fmt::format("<{}/>", identity) : fmt::format("</{}>", identity);
    default:
      return xml ? fmt::format("<{}/>", identity) : fmt::format("<{}>", identity);
  }
}

// `text` without the HTML tags written in it: the words a tag in a message covers.
std::string without_tags(std::string_view text) {
  std::string out;
  size_t from = 0;
  for (const HtmlTag& tag : find_html_tags(text)) {
    out += text.substr(from, tag.begin - from);
    from = tag.end;
  }
  out += text.substr(from);
  return out;
}

Item item_of(const InlineCode& code, std::string_view unit_text, std::span<const Lang> langs,
             bool tags_in_text) {
  Item item;
  item.kind = code.kind;
  item.covered = std::string(unit_text.substr(code.begin, code.end - code.begin));
  if (tags_in_text) item.covered = without_tags(item.covered);
  std::string words = short_text(item.covered);
  switch (code.kind) {
    case InlineKind::link:
      item.url = code.identity;
      item.key = "link " + url_key(code.identity, langs);
      item.shown = fmt::format("[link to {}]", code.identity);
      break;
    case InlineKind::image:
      item.url = code.identity;
      item.key = "image " + url_key(code.identity, langs);
      item.shown = fmt::format("[image {}]", code.identity);
      break;
    case InlineKind::emphasis:
      item.key = "emphasis";
      item.shown = words.empty() ? "emphasis" : "*" + words + "*";
      break;
    case InlineKind::strong:
      item.key = "strong";
      item.shown = words.empty() ? "strong emphasis" : "**" + words + "**";
      break;
    case InlineKind::strikethrough:
      item.key = "strikethrough";
      item.shown = words.empty() ? "strikethrough" : "~~" + words + "~~";
      break;
    case InlineKind::code:
      item.key = "code " + code.identity;
      item.shown = "`" + code.identity + "`";
      break;
    default:
      item.key = fmt::format("tag{} {}", static_cast<int>(code.kind), code.identity);
      item.shown = shown_tag(code.kind, code.identity);
      break;
  }
  return item;
}

bool records_codes(const Document& doc) {
  static constexpr std::array<std::string_view, 4> kFormats = {"markdown", "html", "xliff", "tmx"};
  return std::find(kFormats.begin(), kFormats.end(), doc.format) != kFormats.end();
}

// Reads every side's markup once: per segment, its items.
class MarkupIndex {
 public:
  MarkupIndex(const SegmentedDocument& doc, std::span<const Lang> langs)
      : items_(doc.segments.size()) {
    const Document& document = *doc.document;
    std::vector<std::vector<uint32_t>> unit_segments(document.units.size());
    for (uint32_t s = 0; s < doc.segments.size(); ++s)
      unit_segments[doc.segments[s].unit].push_back(s);
    for (uint32_t u = 0; u < document.units.size(); ++u) {
      const std::vector<uint32_t>& segments = unit_segments[u];
      if (segments.empty()) continue;
      const Unit& unit = document.units[u];
      std::vector<InlineCode> codes = unit.codes;
      bool tags_in_text = !records_codes(document);
      if (tags_in_text) {  // tags written in the message ("<b>", "<a href=...>")
        std::vector<HtmlTag> tags = find_html_tags(unit.text);
        codes = codes_of_tags(tags, unit.text);
      }
      // Ranges whose URLs are markup already: links, images, code spans.
      std::vector<std::pair<uint32_t, uint32_t>> covered;
      for (const InlineCode& code : codes) {
        uint32_t s = owner(doc, segments, code.begin);
        Item item = item_of(code, unit.text, langs, tags_in_text);
        place(item, doc, s, u, code.begin);
        items_[s].push_back(std::move(item));
        if (code.kind == InlineKind::link || code.kind == InlineKind::image ||
            code.kind == InlineKind::code)
          covered.emplace_back(code.begin, std::max(code.end, code.begin + 1));
      }
      for (const PlainLink& link : find_plain_links(unit.text)) {
        bool inside = std::any_of(covered.begin(), covered.end(), [&](const auto& range) {
          return link.begin < range.second && link.end > range.first;
        });
        if (inside) continue;
        Item item;
        item.kind = InlineKind::link;
        item.plain = true;
        item.url = link.url;
        item.key = "link " + url_key(link.url, langs);
        item.shown = link.url.starts_with("mailto:") ? link.url.substr(7) : link.url;
        uint32_t s = owner(doc, segments, link.begin);
        place(item, doc, s, u, link.begin);
        items_[s].push_back(std::move(item));
      }
    }
  }

  std::vector<Item> of(const std::vector<uint32_t>& segments) const {
    std::vector<Item> out;
    for (uint32_t s : segments) out.insert(out.end(), items_[s].begin(), items_[s].end());
    return out;
  }

 private:
  // The segment of the unit that holds byte `at` of the unit's text.
  static uint32_t owner(const SegmentedDocument& doc, const std::vector<uint32_t>& segments,
                        uint32_t at) {
    uint32_t out = segments.front();
    for (uint32_t s : segments)
      if (doc.segments[s].begin <= at) out = s;
    return out;
  }

  static void place(Item& item, const SegmentedDocument& doc, uint32_t s, uint32_t u, uint32_t at) {
    const Segment& segment = doc.segments[s];
    item.segment = s;
    item.unit = u;
    item.offset =
        std::min(at > segment.begin ? at - segment.begin : 0, segment.end - segment.begin);
  }

  std::vector<std::vector<Item>> items_;
};

// What one link lacks and adds.
struct Difference {
  const Link* link = nullptr;
  std::vector<Item> missing;  // source items the target lacks
  std::vector<Item> extra;    // target items the source lacks
};

Difference compare(const Link& link, const std::vector<Item>& source,
                   const std::vector<Item>& target) {
  Difference out{&link, {}, {}};
  std::map<std::string, int> balance;  // source minus target, per key
  for (const Item& item : source) ++balance[item.key];
  for (const Item& item : target) --balance[item.key];
  std::map<std::string, int> source_count, target_count;
  for (const Item& item : source) ++source_count[item.key];
  for (const Item& item : target) ++target_count[item.key];
  std::map<std::string, int> taken;
  for (const Item& item : source) {
    if (is_formatting(item.kind)) {
      // Emphasis may be split or merged with the words: only its absence counts.
      if (target_count[item.key] == 0 && taken[item.key]++ == 0) out.missing.push_back(item);
    } else if (balance[item.key] > 0 && taken[item.key]++ < balance[item.key]) {
      out.missing.push_back(item);
    }
  }
  taken.clear();
  for (const Item& item : target) {
    if (is_formatting(item.kind)) {
      if (source_count[item.key] == 0 && taken[item.key]++ == 0) out.extra.push_back(item);
    } else if (balance[item.key] < 0 && taken[item.key]++ < -balance[item.key]) {
      out.extra.push_back(item);
    }
  }
  return out;
}

bool contains(const std::vector<uint32_t>& units, uint32_t unit) {
  return std::find(units.begin(), units.end(), unit) != units.end();
}

std::vector<uint32_t> units_of(const SegmentedDocument& doc, const std::vector<uint32_t>& segs) {
  std::vector<uint32_t> out;
  for (uint32_t s : segs) out.push_back(doc.segments[s].unit);
  return out;
}

class MarkupMismatch final : public Check {
 public:
  void run(const Bitext& bitext, Emitter& emit) const override {
    std::array<Lang, 2> langs = {bitext.source.document->lang, bitext.target.document->lang};
    MarkupIndex source(bitext.source, langs);
    MarkupIndex target(bitext.target, langs);
    std::vector<Difference> differences;
    for (const Link& link : bitext.alignment) {
      if (link.src.empty() || link.tgt.empty()) continue;
      bool empty = std::all_of(link.tgt.begin(), link.tgt.end(),
                               [&](uint32_t s) { return bitext.target.segments[s].text.empty(); });
      if (empty) continue;  // not translated yet: segment-missing says so
      Difference d = compare(link, source.of(link.src), target.of(link.tgt));
      if (!d.missing.empty() || !d.extra.empty()) differences.push_back(std::move(d));
    }
    cancel_moves(bitext, differences);
    for (const Difference& d : differences) report(d, emit);
  }

 private:
  // Markup that moved to the neighbouring sentence of the same paragraph
  // (the translation orders its sentences differently) is not lost.
  static void cancel_moves(const Bitext& bitext, std::vector<Difference>& differences) {
    for (Difference& a : differences) {
      std::vector<uint32_t> a_targets = units_of(bitext.target, a.link->tgt);
      for (auto m = a.missing.begin(); m != a.missing.end();) {
        bool cancelled = false;
        for (Difference& b : differences) {
          if (&a == &b || !contains(units_of(bitext.source, b.link->src), m->unit)) continue;
          auto e = std::find_if(b.extra.begin(), b.extra.end(), [&](const Item& x) {
            return x.key == m->key && contains(a_targets, x.unit);
          });
          if (e == b.extra.end()) continue;
          b.extra.erase(e);
          cancelled = true;
          break;
        }
        m = cancelled ? a.missing.erase(m) : std::next(m);
      }
    }
  }

  static Text restore_fix(const Item& item) {
    switch (item.kind) {
      case InlineKind::link:
        if (item.plain) return message_text("write '{}' in the translation", item.shown);
        return message_text("link the words that translate '{}' to '{}'", short_text(item.covered),
                            item.url);
      case InlineKind::image:
        return message_text("keep the image '{}'", item.url);
      case InlineKind::code:
        return message_text("keep the code span '{}' as it is; code is not translated", item.shown);
      case InlineKind::emphasis:
      case InlineKind::strong:
      case InlineKind::strikethrough:
        return message_text("mark the words that translate '{}' the same way",
                            short_text(item.covered));
      default:
        return message_text("add '{}' where it belongs in the translation", item.shown);
    }
  }

  // A link, code span or tag replaced by another of its group is one change:
  // pairs the missing and extra items, the closest first (the same element
  // with another id before another element). Returns per missing item the
  // extra one it pairs with, or npos.
  static std::vector<size_t> pair_changes(const Difference& d) {
    struct Candidate {
      int score;
      size_t missing;
      size_t extra;
    };
    std::vector<Candidate> candidates;
    for (size_t i = 0; i < d.missing.size(); ++i) {
      const Item& m = d.missing[i];
      if (is_formatting(m.kind)) continue;
      for (size_t k = 0; k < d.extra.size(); ++k) {
        const Item& e = d.extra[k];
        if (group_of(e.kind) != group_of(m.kind) || e.plain != m.plain) continue;
        int score = (e.kind == m.kind) + (tag_name(e.key) == tag_name(m.key));
        candidates.push_back({score, i, k});
      }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
    std::vector<size_t> out(d.missing.size(), std::string::npos);
    std::vector<bool> taken(d.extra.size(), false);
    for (const Candidate& c : candidates) {
      if (out[c.missing] != std::string::npos || taken[c.extra]) continue;
      out[c.missing] = c.extra;
      taken[c.extra] = true;
    }
    return out;
  }

  static void report(const Difference& d, Emitter& emit) {
    std::vector<size_t> partner = pair_changes(d);
    std::vector<bool> extra_used(d.extra.size(), false);
    for (size_t i = 0; i < d.missing.size(); ++i) {
      const Item& m = d.missing[i];
      if (partner[i] != std::string::npos) {
        const Item& e = d.extra[partner[i]];
        extra_used[partner[i]] = true;
        emit.emit(Anchor{m.segment, m.offset}, Anchor{e.segment, e.offset},
                  message_text("'{}' is not in the source, which has '{}'", e.shown, m.shown),
                  change_fix(m));
        continue;
      }
      Text message =
          is_formatting(m.kind)
              ? marked_only_in_source(m)
              : message_text("'{}' in the source is missing from the translation", m.shown);
      emit.emit(Anchor{m.segment, m.offset}, Anchor{d.link->tgt.front(), 0}, std::move(message),
                restore_fix(m));
    }
    for (size_t i = 0; i < d.extra.size(); ++i) {
      // A URL or address written as text that only the translation has is
      // the translator's addition (GNU catalogs add the team's address).
      if (extra_used[i] || d.extra[i].plain) continue;
      const Item& e = d.extra[i];
      Text message = is_formatting(e.kind) ? marked_only_in_translation(e)
                                           : message_text("'{}' is not in the source", e.shown);
      emit.emit(Anchor{d.link->src.front(), 0}, Anchor{e.segment, e.offset}, std::move(message),
                message_text("remove it, or mark the source the same way"));
    }
  }

  static Text change_fix(const Item& m) {
    switch (m.kind) {
      case InlineKind::link:
      case InlineKind::image:
        if (m.url.starts_with("mailto:") || m.url.starts_with("MAILTO:"))
          return message_text("write the source's address '{}'", m.url.substr(7));
        return message_text(
            "write '{}' (only a language code in it may differ: /sv/ -> /en/, ?lang=, sv.)", m.url);
      case InlineKind::code:
        return message_text("keep the code span '{}' as it is; code is not translated", m.shown);
      default:
        return message_text("write '{}' as in the source", m.shown);
    }
  }

  // One format per kind, so that a translation can inflect the kind's name.
  static Text marked_only_in_source(const Item& m) {
    switch (m.kind) {
      case InlineKind::strong:
        return message_text(
            "'{}' is marked in the source but the translation has no strong emphasis", m.shown);
      case InlineKind::strikethrough:
        return message_text("'{}' is marked in the source but the translation has no strikethrough",
                            m.shown);
      default:
        return message_text("'{}' is marked in the source but the translation has no emphasis",
                            m.shown);
    }
  }

  static Text marked_only_in_translation(const Item& e) {
    switch (e.kind) {
      case InlineKind::strong:
        return message_text(
            "'{}' is marked in the translation but the source has no strong emphasis", e.shown);
      case InlineKind::strikethrough:
        return message_text("'{}' is marked in the translation but the source has no strikethrough",
                            e.shown);
      default:
        return message_text("'{}' is marked in the translation but the source has no emphasis",
                            e.shown);
    }
  }
};

}  // namespace

extern const CheckDef markup_mismatch{
    {"markup-mismatch", "the inline markup of a segment and its translation differ",
     "A translation must keep the inline markup of its source: links and images (by\n"
     "URL), code spans (verbatim), emphasis, strong emphasis and strikethrough, the\n"
     "inline codes of XLIFF (<g> <x> <bx> <ex> <ph> <bpt> <ept> <it>, 2.x <pc> <sc> <ec>\n"
     "<ph>, by element and id) and TMX (<bpt> <ept> <ph> <it> <hi>), HTML tags written\n"
     "inside PO and JSON messages ('<b>', '<a href=...>'), and URLs and e-mail addresses\n"
     "written as text. Markup may move and tags may be reordered with the words; the\n"
     "same link written another way ('[text](URL)', '<URL>', the bare URL, '<a href>')\n"
     "and '*a*' or '_a_' are the same. Emphasis may be split or merged: only emphasis\n"
     "missing or added altogether is reported.\n"
     "A URL may point to the target language's version of the page: a path segment,\n"
     "host label or query value that is the source's or the target's language code may\n"
     "differ or be left out ('/sv/om' = '/en/om', 'sv.example.org' = 'en.example.org',\n"
     "'?lang=sv' = '?lang=en'). Scheme and host case, a trailing slash and the fragment\n"
     "('#section', often a translated heading) are not compared. A URL or e-mail address\n"
     "written as text that only the translation has is not reported (translators add\n"
     "their team's address), and an address at example.com is compared by its domain.\n"
     "\n"
     "Example: sv 'Läs [rapporten](https://crd.org/sv/rapport) och `samklang check`.'\n"
     "         en 'Read the report and `samklang kontroll`.'\n"
     "  -> '[link to https://crd.org/sv/rapport]' in the source is missing from the translation\n"
     "  -> '`samklang kontroll`' is not in the source, which has '`samklang check`'\n"
     "\n"
     "Fix: restore the markup of the source around the words that translate it; keep\n"
     "code spans and URLs as they are.\n"
     "Silence: set markup-mismatch = \"off\" under [rules] in samklang.toml.",
     Severity::error},
    []() -> std::unique_ptr<Check> { return std::make_unique<MarkupMismatch>(); }};

}  // namespace samklang
