// The JSON report, format 1 (DESIGN.md, "JSON output").
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "report/report.h"

namespace samklang {

namespace {

using Json = nlohmann::ordered_json;

Json place_json(const std::optional<Place>& place) {
  if (!place) return nullptr;
  return Json{{"file", place->file},
              {"line", place->line},
              {"column", place->column},
              {"unit", place->unit},
              {"text", place->text}};
}

Json term_json(const std::optional<TermInfo>& term) {
  if (!term) return nullptr;
  return Json{{"concept", term->concept_id},
              {"source", term->source},
              {"expected", term->expected},
              {"found", term->found},
              {"why", term->why}};
}

Json change_json(const std::optional<SourceChange>& change) {
  if (!change) return nullptr;
  return Json{{"previous_source", change->previous}, {"diff", change->diff}};
}

Json finding_json(const Finding& f) {
  Json out;
  out["rule"] = f.rule;
  out["severity"] = severity_name(f.severity);
  out["message"] = f.message;
  if (!f.fix.empty()) out["fix"] = f.fix;
  out["source_lang"] = f.source_lang;
  out["target_lang"] = f.target_lang;
  out["source"] = place_json(f.source);
  out["target"] = place_json(f.target);
  out["term"] = term_json(f.term);
  out["change"] = change_json(f.change);
  out["fingerprint"] = f.fingerprint;
  return out;
}

}  // namespace

std::string render_json(const Report& report) {
  Json out;
  out["tool"] = "samklang";
  out["version"] = report.version;
  out["format"] = 1;
  Json summary = Json::object();
  for (const auto& [lang, s] : report.summary) {
    summary[lang] = Json{{"segments", s.segments},
                         {"translated", s.translated},
                         {"missing", s.missing},
                         {"outdated", s.outdated},
                         {"findings", s.findings}};
  }
  out["summary"] = std::move(summary);
  std::vector<Finding> findings = report.findings;
  sort_findings(findings);
  Json list = Json::array();
  for (const Finding& f : findings) list.push_back(finding_json(f));
  out["findings"] = std::move(list);
  // Invalid UTF-8 in a message must not throw: it is replaced by U+FFFD.
  return out.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace samklang
