// GitHub Actions workflow commands: the runner turns each line into an
// annotation on the file and line in the pull request and the run summary.
#include <fmt/format.h>

#include <string>
#include <string_view>

#include "report/report.h"
#include "report/report_paths.h"

namespace samklang {

namespace {

std::string_view command_of(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::note:
      return "notice";
  }
  return "error";
}

// The runner splits a command at '::' and its properties at ',' and '=':
// the message escapes '%', CR and LF; a property value also ':' and ','.
std::string escape(std::string_view text, bool property) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      case ':':
        out += property ? "%3A" : ":";
        break;
      case ',':
        out += property ? "%2C" : ",";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// The message, the source segment it is about, and the fix, one per line.
std::string message_of(const Finding& f) {
  std::string out = f.message;
  if (f.source && f.target && !f.source->text.empty())
    out +=
        fmt::format("\n{}: {}", f.source_lang.empty() ? "source" : f.source_lang, f.source->text);
  if (!f.fix.empty()) out += fmt::format("\nfix: {}", f.fix);
  return out;
}

}  // namespace

std::string render_github(const Report& report, const std::string& base_dir) {
  std::vector<Finding> findings = report.findings;
  sort_findings(findings);
  std::string out;
  for (const Finding& f : findings) {
    std::string properties;
    if (const Place* place = primary_place(f); place != nullptr && !place->file.empty()) {
      properties = "file=" + escape(path_relative_to(place->file, base_dir), true);
      if (place->line > 0) {
        properties += fmt::format(",line={}", place->line);
        if (place->column > 0) properties += fmt::format(",col={}", place->column);
      }
      properties += ',';
    }
    properties += "title=" + escape(f.rule, true);
    out += fmt::format("::{} {}::{}\n", command_of(f.severity), properties,
                       escape(message_of(f), false));
  }
  return out;
}

}  // namespace samklang
