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

void render_finding(std::string& out, const Finding& finding, bool color,
                    const TextLabels& labels) {
  auto paint = [&](std::string_view text, std::string_view style) {
    return color ? fmt::format("{}{}{}", style, text, kReset) : std::string(text);
  };
  if (std::string location = location_of(finding); !location.empty())
    out += paint(location, kBold) + " ";
  out += paint(labels.severities[static_cast<size_t>(finding.severity)],
               severity_color(finding.severity));
  auto shown = [&](const std::string& english, const MessageParts& parts) {
    return labels.message ? labels.message(english, parts) : english;
  };
  out += fmt::format(": {} ", shown(finding.message, finding.message_parts));
  out += paint(fmt::format("[{}]", finding.rule), kDim);
  out += '\n';
  if (finding.source) {
    std::string lang = finding.source_lang.empty() ? labels.source : finding.source_lang;
    out += fmt::format("    {}: {}\n", lang, finding.source->text);
  }
  // A place with no text (where a missing translation belongs, a file that
  // could not be read) has no line of its own.
  if (finding.target && !finding.target->text.empty()) {
    std::string lang = finding.target_lang.empty() ? labels.target : finding.target_lang;
    out += fmt::format("    {}: {}\n", lang, finding.target->text);
  }
  // An outdated translation: the source it was made from, and what changed.
  if (finding.change) {
    out += fmt::format("    {}: {}\n", labels.was, finding.change->previous);
    out += fmt::format("    {}: {}\n", labels.diff, finding.change->diff);
  }
  // "exact" says nothing the message does not; inflections and near misses do.
  if (finding.term && !finding.term->why.empty() && finding.term->why != "exact")
    out += fmt::format("    {}: {}\n", labels.why, finding.term->why);
  if (!finding.fix.empty())
    out += fmt::format("    {}: {}\n", labels.fix, shown(finding.fix, finding.fix_parts));
}

// "1 error", "2 warnings": the English default of TextLabels::count.
std::string english_count(Severity severity, int n) {
  return fmt::format("{} {}{}", n, severity_name(severity), n == 1 ? "" : "s");
}

std::string totals_line(const std::vector<Finding>& findings, const TextLabels& labels) {
  if (findings.empty()) return labels.no_findings + "\n";
  std::array<int, 3> count{};  // by Severity value
  for (const Finding& f : findings) ++count[static_cast<size_t>(f.severity)];
  auto counted = [&](Severity severity) {
    int n = count[static_cast<size_t>(severity)];
    return labels.count ? labels.count(severity, n) : english_count(severity, n);
  };
  return fmt::format("{}, {}, {}\n", counted(Severity::error), counted(Severity::warning),
                     counted(Severity::note));
}

}  // namespace

std::string render_summary_table(const Report& report, const TextLabels& labels) {
  if (report.summary.empty()) return "";
  using Row = std::array<std::string, 6>;
  std::vector<Row> rows{labels.summary_header};
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

std::string render_text(const Report& report, bool color, const TextLabels& labels) {
  std::vector<Finding> findings = report.findings;
  sort_findings(findings);
  std::string out;
  for (const Finding& finding : findings) render_finding(out, finding, color, labels);
  std::string table = render_summary_table(report, labels);
  if (!table.empty()) {
    if (!out.empty()) out += '\n';
    out += table;
  }
  out += totals_line(findings, labels);
  return out;
}

}  // namespace samklang
