// The HTML report's side-by-side tables: a row per source segment, a column
// per language, 0-1 links as rows of their own, the findings in their cells.
#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <map>
#include <set>
#include <tuple>

#include "report/html_report.h"

namespace samklang {

namespace {

constexpr size_t kNone = std::numeric_limits<size_t>::max();

enum class CellKind {
  blank,      // nothing to show: another language's 0-1 row
  source,     // a source segment
  no_source,  // the source side of a 0-1 row
  target,     // a link's target segments (none: a 1-0 link)
  unlinked,   // a source segment no link of the language holds
  covered,    // under the row span of a cell above
};

struct Cell {
  CellKind kind = CellKind::blank;
  size_t index = 0;  // source: segment; target: link; unlinked: source segment
  int rowspan = 1;
};

struct Row {
  std::optional<uint32_t> source;  // none: a 0-1 row
  std::vector<Cell> cells;         // [0] the source, [1 + t] target t
};

// A 0-1 link of target `target`, shown before source row `anchor`.
struct ExtraRow {
  uint32_t anchor;
  size_t target;
  size_t link;
};

// A marked range of a cell's text, by finding.
struct Mark {
  TextSpan span;
  size_t finding;
};

// What a cell shows of the findings.
struct CellFindings {
  std::vector<size_t> findings;  // indices into Report::findings, in order
  std::vector<Mark> marks;
};

// Cells that findings point at: (column, kind, index), column 0 the source.
using CellKey = std::tuple<size_t, CellKind, size_t>;

struct Layout {
  std::vector<Alignment> links;                  // per target, with a 0-1 link for each
                                                 // target segment no link holds
  std::vector<std::vector<size_t>> source_link;  // per target and source segment: the link
  std::vector<std::vector<size_t>> target_link;  // per target and target segment: the link
  std::vector<Row> rows;
  std::map<CellKey, size_t> first_row;  // where each cell is (first) shown
};

Layout lay_out(const AlignedDocument& doc) {
  Layout out;
  size_t targets = doc.targets.size();
  auto sources = static_cast<uint32_t>(doc.source.size());
  out.links.resize(targets);
  out.source_link.assign(targets, std::vector<size_t>(sources, kNone));
  out.target_link.resize(targets);
  std::vector<ExtraRow> extras;
  for (size_t t = 0; t < targets; ++t) {
    const AlignedTarget& target = doc.targets[t];
    Alignment& links = out.links[t];
    links = target.links;
    out.target_link[t].assign(target.segments.size(), kNone);
    for (size_t l = 0; l < links.size(); ++l) {
      std::sort(links[l].src.begin(), links[l].src.end());
      std::sort(links[l].tgt.begin(), links[l].tgt.end());
      std::erase_if(links[l].src, [&](uint32_t s) { return s >= sources; });
      std::erase_if(links[l].tgt, [&](uint32_t g) { return g >= target.segments.size(); });
      for (uint32_t s : links[l].src)
        if (out.source_link[t][s] == kNone) out.source_link[t][s] = l;
      for (uint32_t g : links[l].tgt)
        if (out.target_link[t][g] == kNone) out.target_link[t][g] = l;
    }
    for (uint32_t g = 0; g < target.segments.size(); ++g) {
      if (out.target_link[t][g] != kNone) continue;
      out.target_link[t][g] = links.size();
      links.push_back(Link{{}, {g}, 0.0, {}});
    }
    uint32_t anchor = 0;
    for (size_t l = 0; l < links.size(); ++l) {
      if (links[l].src.empty() && !links[l].tgt.empty()) extras.push_back({anchor, t, l});
      if (!links[l].src.empty()) anchor = std::max(anchor, links[l].src.back() + 1);
    }
  }
  std::stable_sort(extras.begin(), extras.end(), [](const ExtraRow& a, const ExtraRow& b) {
    return std::tie(a.anchor, a.target) < std::tie(b.anchor, b.target);
  });

  // The rows: each source segment, after the 0-1 rows anchored before it.
  std::vector<size_t> source_row(sources);
  size_t e = 0;
  auto add_extras_before = [&](uint32_t anchor) {
    for (; e < extras.size() && extras[e].anchor <= anchor; ++e) {
      Row row{std::nullopt, std::vector<Cell>(targets + 1)};
      row.cells[0] = {CellKind::no_source, 0, 1};
      row.cells[1 + extras[e].target] = {CellKind::target, extras[e].link, 1};
      out.rows.push_back(std::move(row));
    }
  };
  for (uint32_t s = 0; s < sources; ++s) {
    add_extras_before(s);
    source_row[s] = out.rows.size();
    Row row{s, std::vector<Cell>(targets + 1)};
    row.cells[0] = {CellKind::source, s, 1};
    out.rows.push_back(std::move(row));
  }
  add_extras_before(std::numeric_limits<uint32_t>::max());

  for (size_t t = 0; t < targets; ++t) {
    const Alignment& links = out.links[t];
    for (size_t l = 0; l < links.size(); ++l) {
      const std::vector<uint32_t>& src = links[l].src;
      if (src.empty()) continue;
      size_t top = source_row[src.front()];
      size_t bottom = source_row[src.back()];
      // One cell spanning the link's rows when they are consecutive and hold
      // nothing else of this language.
      bool spans = src.back() - src.front() + 1 == src.size();
      for (uint32_t s : src) spans = spans && out.source_link[t][s] == l;
      for (size_t r = top; spans && r <= bottom; ++r)
        spans = out.rows[r].cells[1 + t].kind == CellKind::blank;
      if (spans) {
        out.rows[top].cells[1 + t] = {CellKind::target, l, static_cast<int>(bottom - top + 1)};
        for (size_t r = top + 1; r <= bottom; ++r)
          out.rows[r].cells[1 + t] = {CellKind::covered, l, 1};
        continue;
      }
      for (uint32_t s : src)
        if (out.source_link[t][s] == l)
          out.rows[source_row[s]].cells[1 + t] = {CellKind::target, l, 1};
    }
    for (uint32_t s = 0; s < sources; ++s)
      if (out.source_link[t][s] == kNone)
        out.rows[source_row[s]].cells[1 + t] = {CellKind::unlinked, s, 1};
  }
  for (size_t r = 0; r < out.rows.size(); ++r) {
    for (size_t c = 0; c < out.rows[r].cells.size(); ++c) {
      const Cell& cell = out.rows[r].cells[c];
      if (cell.kind == CellKind::blank || cell.kind == CellKind::covered) continue;
      out.first_row.try_emplace(CellKey{c, cell.kind, cell.index}, r);
    }
  }
  return out;
}

// A cell's text: its segments joined by spaces, and where each starts.
struct CellText {
  std::string text;
  std::vector<uint32_t> starts;
};

CellText join(const std::vector<Place>& segments, const std::vector<uint32_t>& indices) {
  CellText out;
  for (uint32_t i : indices) {
    if (!out.text.empty()) out.text += ' ';
    out.starts.push_back(static_cast<uint32_t>(out.text.size()));
    out.text += segments[i].text;
  }
  return out;
}

std::string finding_id(size_t finding) { return fmt::format("f{}", finding + 1); }

std::string id_list(const std::vector<size_t>& findings) {
  std::string out;
  for (size_t f : findings) out += (out.empty() ? "" : " ") + finding_id(f);
  return out;
}

// The text with its marks; overlapping marks split into pieces, each marked
// with every finding that covers it.
std::string marked_text(const std::string& text, const std::vector<Mark>& marks) {
  std::set<uint32_t> cuts{0, static_cast<uint32_t>(text.size())};
  for (const Mark& m : marks) {
    if (m.span.empty() || m.span.end > text.size()) continue;
    cuts.insert(m.span.begin);
    cuts.insert(m.span.end);
  }
  std::string out;
  for (auto it = cuts.begin(); std::next(it) != cuts.end(); ++it) {
    uint32_t begin = *it;
    uint32_t end = *std::next(it);
    std::vector<size_t> covering;
    for (const Mark& m : marks)
      if (!m.span.empty() && m.span.end <= text.size() && m.span.begin <= begin &&
          end <= m.span.end &&
          std::find(covering.begin(), covering.end(), m.finding) == covering.end())
        covering.push_back(m.finding);
    std::string piece = html_escape(std::string_view(text).substr(begin, end - begin));
    if (covering.empty()) {
      out += piece;
    } else {
      out += fmt::format("<mark class=\"on\" data-f=\"{}\">{}</mark>", id_list(covering), piece);
    }
  }
  return out;
}

std::string lang_attributes(const Lang& lang) {
  std::string out = fmt::format(" lang=\"{}\"", html_escape(lang));
  if (is_right_to_left(lang)) out += " dir=\"rtl\"";
  return out;
}

// The attributes and tooltip of a cell with findings ("" and "" without).
std::pair<std::string, std::string> hit_parts(const Report& report, const CellFindings* found) {
  if (found == nullptr || found->findings.empty()) return {};
  Severity worst = Severity::note;
  std::string tip = "<ul class=\"tip\" role=\"tooltip\" lang=\"en\" dir=\"ltr\">";
  for (size_t f : found->findings) {
    const Finding& finding = report.findings[f];
    worst = std::max(worst, finding.severity);
    tip += fmt::format(
        "<li class=\"on sev-{}\" data-f=\"{}\">{} <a href=\"#{}\">in the list</a></li>",
        severity_name(finding.severity), finding_id(f), html_finding_text(finding), finding_id(f));
  }
  tip += "</ul>";
  return {fmt::format(" hit on sev-{}\" tabindex=\"0\" data-f=\"{}", severity_name(worst),
                      id_list(found->findings)),
          tip};
}

std::string render_document(const Report& report, size_t d, const Layout& layout,
                            const std::map<CellKey, CellFindings>& found) {
  const AlignedDocument& doc = report.documents[d];
  std::string out = fmt::format(
      "<section class=\"document\" id=\"d{}\">\n<h3>{}</h3>\n<table class=\"bitext\">\n"
      "<thead><tr><th class=\"n\">#</th><th{}>{} (source)<br/><small>{}</small></th>",
      d + 1, html_escape(doc.name.empty() ? doc.file : doc.name),
      lang_attributes(report.source_lang), html_escape(report.source_lang), html_escape(doc.file));
  for (const AlignedTarget& target : doc.targets)
    out += fmt::format("<th{}>{}<br/><small>{}</small></th>", lang_attributes(target.lang),
                       html_escape(target.lang), html_escape(target.file));
  out += "</tr></thead>\n<tbody>\n";
  for (size_t r = 0; r < layout.rows.size(); ++r) {
    const Row& row = layout.rows[r];
    out += fmt::format("<tr id=\"d{}-r{}\"{}><td class=\"n\">{}</td>", d + 1, r + 1,
                       row.source ? "" : " class=\"extra\"",
                       row.source ? std::to_string(*row.source + 1) : "+");
    for (size_t c = 0; c < row.cells.size(); ++c) {
      const Cell& cell = row.cells[c];
      const Lang& lang = c == 0 ? report.source_lang : doc.targets[c - 1].lang;
      auto it = found.find(CellKey{c, cell.kind, cell.index});
      const CellFindings* here = it == found.end() ? nullptr : &it->second;
      std::string rowspan = cell.rowspan > 1 ? fmt::format(" rowspan=\"{}\"", cell.rowspan) : "";
      auto [hit, tip] = hit_parts(report, here);
      static const std::vector<Mark> kNoMarks;
      const std::vector<Mark>& marks = here ? here->marks : kNoMarks;
      switch (cell.kind) {
        case CellKind::covered:
          break;
        case CellKind::blank:
          out += "<td class=\"none\"></td>";
          break;
        case CellKind::no_source:
          out += "<td class=\"gap extra\"><span class=\"why\">no source</span></td>";
          break;
        case CellKind::source:
          out += fmt::format("<td class=\"seg{}\"{}{}>{}{}</td>", hit, lang_attributes(lang),
                             rowspan, marked_text(doc.source[cell.index].text, marks), tip);
          break;
        case CellKind::unlinked:
          out +=
              fmt::format("<td class=\"gap missing{}\"{}><span class=\"why\">missing</span>{}</td>",
                          hit, lang_attributes(lang), tip);
          break;
        case CellKind::target: {
          const Link& link = layout.links[c - 1][cell.index];
          if (link.tgt.empty()) {
            out += fmt::format(
                "<td class=\"gap missing{}\"{}{}><span class=\"why\">missing</span>{}</td>", hit,
                lang_attributes(lang), rowspan, tip);
            break;
          }
          CellText text = join(doc.targets[c - 1].segments, link.tgt);
          out += fmt::format("<td class=\"seg{}\"{}{}>{}{}</td>", hit, lang_attributes(lang),
                             rowspan, marked_text(text.text, marks), tip);
          break;
        }
      }
    }
    out += "</tr>\n";
  }
  out += "</tbody>\n</table>\n</section>\n";
  return out;
}

}  // namespace

std::string html_finding_text(const Finding& finding) {
  std::string out = fmt::format(
      "<span class=\"sev\">{}</span> <span class=\"msg\">{}</span> <code class=\"rule\">{}</code>",
      severity_name(finding.severity), html_escape(finding.message), html_escape(finding.rule));
  if (!finding.fix.empty())
    out += fmt::format(" <span class=\"fix\">fix: {}</span>", html_escape(finding.fix));
  return out;
}

std::string render_html_documents(const Report& report,
                                  const std::vector<std::optional<FindingSpot>>& spots,
                                  std::vector<std::string>& anchors) {
  anchors.assign(report.findings.size(), "");
  std::string out;
  for (size_t d = 0; d < report.documents.size(); ++d) {
    const AlignedDocument& doc = report.documents[d];
    Layout layout = lay_out(doc);
    std::map<CellKey, CellFindings> found;
    for (size_t f = 0; f < spots.size() && f < report.findings.size(); ++f) {
      if (!spots[f] || spots[f]->document != d || spots[f]->target >= doc.targets.size()) continue;
      const FindingSpot& spot = *spots[f];
      size_t t = spot.target;
      CellKey key;
      if (spot.target_segment && *spot.target_segment < layout.target_link[t].size()) {
        size_t l = layout.target_link[t][*spot.target_segment];
        key = CellKey{1 + t, CellKind::target, l};
        CellText text = join(doc.targets[t].segments, layout.links[t][l].tgt);
        const std::vector<uint32_t>& tgt = layout.links[t][l].tgt;
        auto at = std::find(tgt.begin(), tgt.end(), *spot.target_segment) - tgt.begin();
        if (!spot.target_span.empty()) {
          uint32_t shift = text.starts[static_cast<size_t>(at)];
          found[key].marks.push_back(
              {{spot.target_span.begin + shift, spot.target_span.end + shift}, f});
        }
      } else if (spot.source_segment && *spot.source_segment < doc.source.size()) {
        size_t l = layout.source_link[t][*spot.source_segment];
        key = l == kNone ? CellKey{1 + t, CellKind::unlinked, *spot.source_segment}
                         : CellKey{1 + t, CellKind::target, l};
      } else {
        continue;
      }
      auto row = layout.first_row.find(key);
      if (row == layout.first_row.end()) continue;
      found[key].findings.push_back(f);
      anchors[f] = fmt::format("d{}-r{}", d + 1, row->second + 1);
      if (spot.source_segment && !spot.source_span.empty() &&
          *spot.source_segment < doc.source.size()) {
        CellKey source_key{0, CellKind::source, *spot.source_segment};
        found[source_key].marks.push_back({spot.source_span, f});
      }
    }
    out += render_document(report, d, layout, found);
  }
  return out;
}

}  // namespace samklang
