// The outputs of samklang align.
#include "report/align_report.h"

#include <fmt/format.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include "report/html_report.h"

namespace samklang {

namespace {

using Json = nlohmann::ordered_json;

std::string indices(const std::vector<uint32_t>& list) {
  std::string out;
  for (size_t i = 0; i < list.size(); ++i) out += (i ? ", " : "") + std::to_string(list[i]);
  return out;
}

std::string joined(const AlignSide& side, const std::vector<uint32_t>& list) {
  std::string out;
  for (uint32_t i : list) out += (out.empty() ? "" : " ") + side.segments[i];
  return out;
}

std::string one_line(std::string text) {
  for (char& c : text)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return text;
}

Json side_json(const AlignSide& side) {
  return Json{{"path", side.path}, {"lang", side.lang}, {"segments", side.segments}};
}

// Links below this confidence are marked in the HTML page.
constexpr double kUncertain = 0.5;

}  // namespace

std::string link_type(const Link& link) {
  return fmt::format("{}-{}", link.src.size(), link.tgt.size());
}

std::string render_align_beads(const AlignReport& report) {
  std::string out;
  for (const Link& link : report.links)
    out += fmt::format("[{}]:[{}]\n", indices(link.src), indices(link.tgt));
  return out;
}

std::string render_align_text(const AlignReport& report) {
  std::string out;
  for (const Link& link : report.links)
    out += fmt::format("[{}]:[{}] {:.2f}\n  < {}\n  > {}\n", indices(link.src), indices(link.tgt),
                       link.confidence, joined(report.source, link.src),
                       joined(report.target, link.tgt));
  return out;
}

std::string render_align_tsv(const AlignReport& report) {
  std::string out;
  for (const Link& link : report.links)
    out += fmt::format("{}\t{}\t{:.2f}\n", one_line(joined(report.source, link.src)),
                       one_line(joined(report.target, link.tgt)), link.confidence);
  return out;
}

std::string render_align_json(const AlignReport& report) {
  Json links = Json::array();
  for (const Link& link : report.links) {
    links.push_back(Json{{"type", link_type(link)},
                         {"src", link.src},
                         {"tgt", link.tgt},
                         {"confidence", std::round(link.confidence * 1000) / 1000}});
  }
  Json out{{"format", 1},
           {"source", side_json(report.source)},
           {"target", side_json(report.target)},
           {"links", std::move(links)}};
  return out.dump(2) + "\n";
}

std::string render_align_html(const AlignReport& report) {
  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<title>samklang align: {} - {}</title>\n<style>\n"
      "body{{font-family:system-ui,sans-serif;margin:1.5rem}}\n"
      "table{{border-collapse:collapse;width:100%}}\n"
      "td,th{{border-bottom:1px solid #ddd;padding:.35rem "
      ".5rem;vertical-align:top;text-align:left}}\n"
      "td.n{{color:#666;white-space:nowrap;font-variant-numeric:tabular-nums}}\n"
      "tr.omission td.tgt,tr.addition td.src{{background:#fde2e1}}\n"
      "tr.uncertain td.n{{color:#b35c00;font-weight:bold}}\n"
      "</style>\n</head>\n<body>\n<h1>{} ({}) &harr; {} ({})</h1>\n<table>\n"
      "<thead><tr><th>link</th><th>{}</th><th>{}</th><th>confidence</th></tr></thead>\n<tbody>\n",
      html_escape(report.source.path), html_escape(report.target.path),
      html_escape(report.source.path), html_escape(report.source.lang),
      html_escape(report.target.path), html_escape(report.target.lang),
      html_escape(report.source.lang), html_escape(report.target.lang));
  for (const Link& link : report.links) {
    std::string cls = link.src.empty() ? "addition" : link.tgt.empty() ? "omission" : "";
    if (link.confidence < kUncertain) cls += cls.empty() ? "uncertain" : " uncertain";
    out += fmt::format(
        "<tr{}><td class=\"n\">[{}]:[{}] {}</td><td class=\"src\" lang=\"{}\">{}</td>"
        "<td class=\"tgt\" lang=\"{}\">{}</td><td class=\"n\">{:.2f}</td></tr>\n",
        cls.empty() ? "" : fmt::format(" class=\"{}\"", cls), indices(link.src), indices(link.tgt),
        link_type(link), html_escape(report.source.lang),
        html_escape(joined(report.source, link.src)), html_escape(report.target.lang),
        html_escape(joined(report.target, link.tgt)), link.confidence);
  }
  out += "</tbody>\n</table>\n</body>\n</html>\n";
  return out;
}

}  // namespace samklang
