// The SARIF 2.1.0 report: one run, every rule in tool.driver.rules, one
// result per finding, located relative to %SRCROOT% (the working folder).
#include <fmt/format.h>

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "report/report.h"
#include "report/report_paths.h"

namespace samklang {

namespace {

using Json = nlohmann::ordered_json;

constexpr std::string_view kSchema =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
constexpr std::string_view kBaseId = "%SRCROOT%";

// "term-missing" -> "TermMissing": the form SARIF suggests for a rule's name.
std::string pascal_case(std::string_view id) {
  std::string out;
  bool upper = true;
  for (char c : id) {
    if (c == '-' || c == '_') {
      upper = true;
      continue;
    }
    out += upper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    upper = false;
  }
  return out;
}

// The first paragraph of a help text, its lines joined: the full description.
std::string first_paragraph(std::string_view help) {
  std::string_view para = help.substr(0, help.find("\n\n"));
  std::string out;
  for (char c : para) out += c == '\n' ? ' ' : c;
  return out;
}

// What `samklang explain RULE` prints, and where to read it.
std::string explain_text(const RuleInfo& rule) {
  return fmt::format(
      "{} ({} by default): {}\n\n{}\n\nrun `samklang explain {}` to read this in a terminal",
      rule.id, severity_name(rule.default_severity), rule.summary, rule.help, rule.id);
}

Json rule_json(const RuleInfo& rule) {
  return Json{{"id", rule.id},
              {"name", pascal_case(rule.id)},
              {"shortDescription", {{"text", rule.summary}}},
              {"fullDescription", {{"text", first_paragraph(rule.help)}}},
              {"help", {{"text", explain_text(rule)}}},
              {"defaultConfiguration", {{"level", severity_name(rule.default_severity)}}}};
}

Json physical_location(const Place& place, const std::string& base_dir) {
  std::string relative = path_relative_to(place.file, base_dir);
  Json artifact;
  if (is_outside_base(relative) && !base_dir.empty()) {
    // Not below %SRCROOT%: an absolute URI, which needs no base.
    std::string absolute = relative.starts_with('/') ? relative : base_dir + "/" + relative;
    artifact["uri"] = file_uri(absolute);
  } else {
    artifact["uri"] = percent_encode_path(relative);
    artifact["uriBaseId"] = kBaseId;
  }
  Json out{{"artifactLocation", std::move(artifact)}};
  // Line 0 is the file as a whole: no region.
  if (place.line > 0) {
    Json region{{"startLine", place.line}};
    if (place.column > 0) region["startColumn"] = place.column;
    out["region"] = std::move(region);
  }
  return out;
}

std::string message_text(const Finding& f) {
  if (f.fix.empty()) return f.message;
  return fmt::format("{} (fix: {})", f.message, f.fix);
}

Json result_json(const Finding& f, const std::vector<RuleInfo>& rules,
                 const std::string& base_dir) {
  Json out;
  out["ruleId"] = f.rule;
  for (size_t i = 0; i < rules.size(); ++i) {
    if (rules[i].id == f.rule) out["ruleIndex"] = i;
  }
  out["level"] = severity_name(f.severity);
  out["message"] = {{"text", message_text(f)}};
  Json locations = Json::array();
  if (const Place* place = primary_place(f); place != nullptr && !place->file.empty())
    locations.push_back({{"physicalLocation", physical_location(*place, base_dir)}});
  out["locations"] = std::move(locations);
  // The source segment, when the finding is reported in the target.
  if (f.source && f.target && !f.source->file.empty()) {
    out["relatedLocations"] =
        Json::array({{{"id", 1},
                      {"physicalLocation", physical_location(*f.source, base_dir)},
                      {"message", {{"text", "source segment"}}}}});
  }
  if (!f.fingerprint.empty())
    out["partialFingerprints"] = {{"samklangFingerprint/v1", f.fingerprint}};
  Json properties;
  if (!f.source_lang.empty()) properties["sourceLanguage"] = f.source_lang;
  if (!f.target_lang.empty()) properties["targetLanguage"] = f.target_lang;
  if (f.term) properties["concept"] = f.term->concept_id;
  if (!properties.empty()) out["properties"] = std::move(properties);
  return out;
}

Json summary_json(const Report& report) {
  Json out = Json::object();
  for (const auto& [lang, s] : report.summary) {
    out[lang] = Json{{"segments", s.segments},
                     {"translated", s.translated},
                     {"missing", s.missing},
                     {"outdated", s.outdated},
                     {"findings", s.findings}};
  }
  return out;
}

}  // namespace

std::string render_sarif(const Report& report, const std::vector<RuleInfo>& rules,
                         const std::string& base_dir) {
  Json driver{{"name", "samklang"}, {"version", report.version}};
  if (!report.version.empty()) driver["semanticVersion"] = report.version;
  Json rule_list = Json::array();
  for (const RuleInfo& rule : rules) rule_list.push_back(rule_json(rule));
  driver["rules"] = std::move(rule_list);

  std::vector<Finding> findings = report.findings;
  sort_findings(findings);
  Json results = Json::array();
  for (const Finding& f : findings) results.push_back(result_json(f, rules, base_dir));

  Json run{{"tool", {{"driver", std::move(driver)}}}};
  if (!base_dir.empty()) {
    std::string root = file_uri(base_dir);
    if (!root.ends_with('/')) root += '/';
    run["originalUriBaseIds"] = {{kBaseId, {{"uri", root}}}};
  }
  run["results"] = std::move(results);
  run["columnKind"] = "unicodeCodePoints";
  run["properties"] = {{"sourceLanguage", report.source_lang}, {"summary", summary_json(report)}};

  Json out{{"$schema", kSchema}, {"version", "2.1.0"}, {"runs", Json::array({std::move(run)})}};
  // Invalid UTF-8 in a message must not throw: it is replaced by U+FFFD.
  return out.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace samklang
