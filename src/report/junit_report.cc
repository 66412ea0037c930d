// The JUnit XML report, as GitLab, Jenkins and most CI systems read it:
// a test suite per target language, a test case per document in it.
#include <fmt/format.h>

#include <map>
#include <pugixml.hpp>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>

#include "report/report.h"

namespace samklang {

namespace {

// Text XML 1.0 can hold: C0 controls other than tab, LF and CR become their
// visible Control Pictures (U+2400 + c); U+FFFE, U+FFFF and bytes that are
// not UTF-8 become U+FFFD.
std::string xml_safe(std::string_view text) {
  constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x20) {
      if (byte == '\t' || byte == '\n' || byte == '\r')
        out += text[i];
      else
        out += {'\xE2', '\x90', static_cast<char>(0x80 + byte)};  // U+2400 + byte
      ++i;
      continue;
    }
    if (byte < 0x80) {
      out += text[i++];
      continue;
    }
    size_t length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC2 ? 2 : 0;
    if (byte > 0xF4) length = 0;
    bool valid = length != 0 && i + length <= text.size();
    uint32_t cp = valid ? byte & (0x7F >> length) : 0;
    for (size_t k = 1; valid && k < length; ++k) {
      auto next = static_cast<unsigned char>(text[i + k]);
      if ((next & 0xC0) != 0x80) valid = false;
      cp = (cp << 6) | (next & 0x3F);
    }
    // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8.
    if (valid && ((length == 3 && cp < 0x800) || (length == 4 && cp < 0x10000) ||
                  (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF))
      valid = false;
    if (!valid) {
      out += kReplacement;
      ++i;
      continue;
    }
    if (cp == 0xFFFE || cp == 0xFFFF)
      out += kReplacement;
    else
      out.append(text.substr(i, length));
    i += length;
  }
  return out;
}

std::string location_of(const Finding& f) {
  const Place* place = primary_place(f);
  if (place == nullptr || place->file.empty()) return "";
  if (place->line <= 0) return place->file;
  if (place->column <= 0) return fmt::format("{}:{}", place->file, place->line);
  return fmt::format("{}:{}:{}", place->file, place->line, place->column);
}

// The lines under a finding, as in the text report.
std::string details_of(const Finding& f) {
  std::string out;
  if (f.source)
    out +=
        fmt::format("{}: {}\n", f.source_lang.empty() ? "source" : f.source_lang, f.source->text);
  if (f.target && !f.target->text.empty())
    out +=
        fmt::format("{}: {}\n", f.target_lang.empty() ? "target" : f.target_lang, f.target->text);
  if (f.change) {
    out += fmt::format("was: {}\n", f.change->previous);
    out += fmt::format("diff: {}\n", f.change->diff);
  }
  if (f.term && !f.term->why.empty() && f.term->why != "exact")
    out += fmt::format("why: {}\n", f.term->why);
  if (!f.fix.empty()) out += fmt::format("fix: {}\n", f.fix);
  return out;
}

struct TestCase {
  std::vector<const Finding*> failures;
  std::vector<const Finding*> below;  // under --fail-on: reported, not failing
};

// The file a finding belongs to: the target's, else the source's.
std::string file_of(const Finding& f) {
  const Place* place = primary_place(f);
  return place ? place->file : "";
}

Lang lang_of(const Finding& f, const Report& report) {
  if (!f.target_lang.empty()) return f.target_lang;
  return f.source_lang.empty() ? report.source_lang : f.source_lang;
}

}  // namespace

std::string render_junit(const Report& report, const std::vector<CheckedDocument>& documents,
                         std::optional<Severity> fail_on) {
  // language -> file -> test case; maps keep the output sorted.
  std::map<Lang, std::map<std::string, TestCase>> suites;
  for (const CheckedDocument& doc : documents) suites[doc.lang][doc.file];
  std::vector<Finding> findings = report.findings;
  sort_findings(findings);
  for (const Finding& f : findings) {
    TestCase& test = suites[lang_of(f, report)][file_of(f)];
    if (fail_on && f.severity >= *fail_on)
      test.failures.push_back(&f);
    else
      test.below.push_back(&f);
  }

  pugi::xml_document xml;
  pugi::xml_node root = xml.append_child("testsuites");
  root.append_attribute("name") = "samklang";
  int total_tests = 0;
  int total_failures = 0;
  pugi::xml_attribute root_tests = root.append_attribute("tests");
  pugi::xml_attribute root_failures = root.append_attribute("failures");
  root.append_attribute("errors") = 0;

  for (const auto& [lang, tests] : suites) {
    pugi::xml_node suite = root.append_child("testsuite");
    suite.append_attribute("name") = xml_safe(lang).c_str();
    int failing = 0;
    for (const auto& [file, test] : tests) failing += test.failures.empty() ? 0 : 1;
    suite.append_attribute("tests") = static_cast<int>(tests.size());
    suite.append_attribute("failures") = failing;
    suite.append_attribute("errors") = 0;
    suite.append_attribute("skipped") = 0;
    total_tests += static_cast<int>(tests.size());
    total_failures += failing;
    for (const auto& [file, test] : tests) {
      pugi::xml_node node = suite.append_child("testcase");
      node.append_attribute("name") = xml_safe(file).c_str();
      node.append_attribute("classname") = xml_safe("samklang." + lang).c_str();
      for (const Finding* f : test.failures) {
        pugi::xml_node failure = node.append_child("failure");
        std::string location = location_of(*f);
        std::string message = location.empty() ? f->message : location + ": " + f->message;
        failure.append_attribute("type") = xml_safe(f->rule).c_str();
        failure.append_attribute("message") = xml_safe(message).c_str();
        failure.text() = xml_safe(details_of(*f)).c_str();
      }
      if (!test.below.empty()) {
        std::string out;
        for (const Finding* f : test.below) {
          std::string location = location_of(*f);
          out += fmt::format("{}{}: {} [{}]\n", location.empty() ? "" : location + ": ",
                             severity_name(f->severity), f->message, f->rule);
          out += details_of(*f);
        }
        node.append_child("system-out").text() = xml_safe(out).c_str();
      }
    }
  }
  root_tests = total_tests;
  root_failures = total_failures;

  std::ostringstream stream;
  xml.save(stream, "  ", pugi::format_indent | pugi::format_no_declaration, pugi::encoding_utf8);
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + stream.str();
}

}  // namespace samklang
