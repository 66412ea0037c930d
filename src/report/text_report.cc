// The text report: clang-style finding lines, the summary table, the totals.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "report/report.h"

namespace samklang {

namespace {

constexpr std::string_view kReset = "\x1b[0m";
constexpr std::string_view kBold = "\x1b[1m";
constexpr std::string_view kDim = "\x1b[2m";

std::string_view severity_color(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "\x1b[1;31m";
    case Severity::warning:
      return "\x1b[1;33m";
    case Severity::note:
      return "\x1b[1;36m";
  }
  return "";
}

// Display width as the number of code points (not bytes).
size_t width(std::string_view text) {
  size_t n = 0;
  for (char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

std::string pad_right(std::string_view text, size_t to) {
  std::string out(text);
  out.append(to > width(text) ? to - width(text) : 0, ' ');
  return out;
}

std::string pad_left(std::string_view text, size_t to) {
  std::string out(to > width(text) ? to - width(text) : 0, ' ');
  out += text;
  return out;
}

std::string location_of(const Finding& finding) {
  const Place* place = primary_place(finding);
  if (place == nullptr || place->file.empty()) return "";
  if (place->line <= 0) return place->file + ":";
  if (place->column <= 0) return fmt::format("{}:{}:", place->file, place->line);
  return fmt::format("{}:{}:{}:", place->file, place->line, place->column);
}

void render_finding(std::string& out, const Finding& finding, bool color) {
  auto paint = [&](std::string_view text, std::string_view style) {
    return color ? fmt::format("{}{}{}", style, text, kReset) : std::string(text);
  };
  if (std::string location = location_of(finding); !location.empty())
    out += paint(location, kBold) + " ";
  out += paint(severity_name(finding.severity), severity_color(finding.severity));
  out += fmt::format(": {} ", finding.message);
  out += paint(fmt::format("[{}]", finding.rule), kDim);
  out += '\n';
  if (finding.source) {
    std::string lang = finding.source_lang.empty() ? "source" : finding.source_lang;
    out += fmt::format("    {}: {}\n", lang, finding.source->text);
  }
  // A place with no text (where a missing translation belongs, a file that
  // could not be read) has no line of its own.
  if (finding.target && !finding.target->text.empty()) {
    std::string lang = finding.target_lang.empty() ? "target" : finding.target_lang;
    out += fmt::format("    {}: {}\n", lang, finding.target->text);
  }
  // An outdated translation: the source it was made from, and what changed.
  if (finding.change) {
    out += fmt::format("    was: {}\n", finding.change->previous);
    out += fmt::format("    diff: {}\n", finding.change->diff);
  }
  // "exact" says nothing the message does not; inflections and near misses do.
  if (finding.term && !finding.term->why.empty() && finding.term->why != "exact")
    out += fmt::format("    why: {}\n", finding.term->why);
  if (!finding.fix.empty()) out += fmt::format("    fix: {}\n", finding.fix);
}

std::string plural(int n, std::string_view word) {
  return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

std::string totals_line(const std::vector<Finding>& findings) {
  if (findings.empty()) return "no findings\n";
  std::array<int, 3> count{};  // by Severity value
  for (const Finding& f : findings) ++count[static_cast<size_t>(f.severity)];
  return fmt::format("{}, {}, {}\n", plural(count[2], "error"), plural(count[1], "warning"),
                     plural(count[0], "note"));
}

}  // namespace

std::string render_summary_table(const Report& report) {
  if (report.summary.empty()) return "";
  using Row = std::array<std::string, 6>;
  std::vector<Row> rows{{"language", "segments", "translated", "missing", "outdated", "findings"}};
  for (const auto& [lang, s] : report.summary) {
    rows.push_back({lang, std::to_string(s.segments), std::to_string(s.translated),
                    std::to_string(s.missing), std::to_string(s.outdated),
                    std::to_string(s.findings)});
  }
  std::array<size_t, 6> widths{};
  for (const Row& row : rows) {
    for (size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], width(row[c]));
  }
  std::string out;
  for (const Row& row : rows) {
    // The language is text, left-aligned; the counts are right-aligned.
    out += pad_right(row[0], widths[0]);
    for (size_t c = 1; c < row.size(); ++c) out += "  " + pad_left(row[c], widths[c]);
    out += '\n';
  }
  return out;
}

std::string render_text(const Report& report, bool color) {
  std::vector<Finding> findings = report.findings;
  sort_findings(findings);
  std::string out;
  for (const Finding& finding : findings) render_finding(out, finding, color);
  std::string table = render_summary_table(report);
  if (!table.empty()) {
    if (!out.empty()) out += '\n';
    out += table;
  }
  out += totals_line(findings);
  return out;
}

}  // namespace samklang
