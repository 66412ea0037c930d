#include "core/finding.h"

#include <algorithm>
#include <tuple>

namespace samklang {

const char* severity_name(Severity severity) {
  switch (severity) {
    case Severity::note:
      return "note";
    case Severity::warning:
      return "warning";
    case Severity::error:
      return "error";
  }
  return "error";
}

std::optional<Severity> parse_severity(std::string_view name) {
  if (name == "note") return Severity::note;
  if (name == "warning") return Severity::warning;
  if (name == "error") return Severity::error;
  return std::nullopt;
}

const Place* primary_place(const Finding& finding) {
  if (finding.target) return &*finding.target;
  if (finding.source) return &*finding.source;
  return nullptr;
}

void sort_findings(std::vector<Finding>& findings) {
  static const Place kNone;
  // Findings at one place (say, several sentences missing at the end of a
  // target file) keep the order of their source segments.
  auto key = [](const Finding& f) {
    const Place* p = primary_place(f);
    if (!p) p = &kNone;
    const Place* s = f.source ? &*f.source : &kNone;
    return std::tie(p->file, p->line, p->column, f.rule, s->file, s->line, s->column, f.message);
  };
  std::stable_sort(findings.begin(), findings.end(),
                   [&](const Finding& a, const Finding& b) { return key(a) < key(b); });
}

}  // namespace samklang
