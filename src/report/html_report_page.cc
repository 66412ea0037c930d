// The HTML report's page: style, coverage chart, filters, findings list and
// the script that filters them.
#include <fmt/format.h>

#include <map>
#include <set>

#include "report/html_report.h"

namespace samklang {

namespace {

constexpr const char* kStyle = R"css(
:root{--err:#b71c1c;--warn:#8a5300;--note:#0d47a1;color-scheme:light}
body{font:15px/1.45 system-ui,sans-serif;margin:0 1.5rem 3rem;color:#1b1b1b;background:#fff}
h1{margin:1rem 0 .2rem;font-size:1.6rem}
h2{margin:1.6rem 0 .5rem;font-size:1.25rem;border-bottom:1px solid #ccc}
h3{margin:1.2rem 0 .4rem;font-size:1.05rem}
.meta{color:#555;margin:0}
nav a{margin-right:1rem}
svg.chart text{font:13px system-ui,sans-serif;fill:#1b1b1b}
fieldset{display:inline-block;vertical-align:top;margin:0 .8rem .6rem 0;border:1px solid #ccc}
fieldset label{display:block;white-space:nowrap}
.count{color:#444;font-variant-numeric:tabular-nums}
.count::before{content:"("}
.count::after{content:")"}
.shown{font-weight:bold}
ol.findings{padding-left:2.2rem}
li.finding{margin:.3rem 0}
.sev{font-weight:bold}
.sev-error .sev{color:var(--err)}
.sev-warning .sev{color:var(--warn)}
.sev-note .sev{color:var(--note)}
code.rule::before{content:"["}
code.rule::after{content:"]"}
code.rule{color:#555}
.fix{color:#1b5e20}
.where{font-family:ui-monospace,monospace;font-size:.9em}
table.bitext{border-collapse:collapse;width:100%;table-layout:fixed}
.bitext th,.bitext td{border:1px solid #c8c8c8;padding:.3rem .45rem;vertical-align:top;text-align:start}
.bitext td{white-space:pre-wrap;overflow-wrap:anywhere;position:relative}
.bitext th.n{width:2.6rem}
.bitext td.n{color:#666;text-align:end;font-variant-numeric:tabular-nums}
td.gap{background:repeating-linear-gradient(45deg,#fff,#fff 6px,#eee 6px,#eee 12px)}
td.gap .why{color:#555;font-style:italic;background:#fff}
td.none{background:#fafafa}
tr.extra td.n{font-weight:bold}
td.hit.on{outline:3px solid var(--c);outline-offset:-3px;background-color:#fff4e0}
td.hit.on::before{content:"\2691  ";color:var(--c)}
td.sev-error{--c:var(--err)}
td.sev-warning{--c:var(--warn)}
td.sev-note{--c:var(--note)}
td.hit:focus{box-shadow:inset 0 0 0 2px #000}
mark{background:none;color:inherit}
mark.on{background:#ffd54f;text-decoration:underline wavy #b71c1c}
.tip{display:none;position:absolute;z-index:3;left:0;top:100%;min-width:16rem;max-width:34rem;margin:0;padding:.5rem .7rem .5rem 1.6rem;background:#fff;border:1px solid #777;box-shadow:0 2px 8px rgba(0,0,0,.25);white-space:normal;text-align:left;font-size:.9rem}
.tip li[hidden]{display:none}
td.hit.on:hover .tip,td.hit.on:focus .tip,td.hit.on:focus-within .tip{display:block}
tr:target td{background-color:#e3ecfd}
li.finding:target{background:#e3ecfd}
@media print{.tip{display:none!important}#filters{display:none}}
)css";

// Plain script: applies the filters (and a URL hash such as
// "#rule=term-missing&lang=en,es"), hides the findings and marks filtered
// out, and updates the counts. Kept free of '<' and '&' characters so that
// the page stays well-formed XML.
constexpr const char* kScript = R"js(
(function () {
  var form = document.getElementById('filters');
  if (!form) return;
  var keys = ['rule', 'severity', 'lang'];
  var items = Array.prototype.slice.call(document.querySelectorAll('li.finding'));
  function boxes(key) {
    return Array.prototype.slice.call(form.querySelectorAll('input[name="' + key + '"]'));
  }
  function selected(key) {
    var set = {};
    boxes(key).forEach(function (box) { if (box.checked) set[box.value] = true; });
    return set;
  }
  function apply() {
    var chosen = {};
    keys.forEach(function (key) { chosen[key] = selected(key); });
    var visible = {}, shown = 0, counts = {};
    items.forEach(function (item) {
      var pass = keys.map(function (key) { return chosen[key][item.dataset[key]] === true; });
      var ok = pass.every(Boolean);
      item.hidden = !ok;
      if (ok) { visible[item.id] = true; shown += 1; }
      keys.forEach(function (key, i) {
        var others = pass.every(function (p, j) { return j === i || p; });
        if (!others) return;
        var name = key + ':' + item.dataset[key];
        counts[name] = (counts[name] || 0) + 1;
      });
    });
    document.querySelectorAll('[data-f]').forEach(function (el) {
      var on = el.dataset.f.split(' ').some(function (id) { return visible[id] === true; });
      el.classList.toggle('on', on);
      if (el.tagName === 'LI') el.hidden = !on;
    });
    form.querySelectorAll('[data-count]').forEach(function (el) {
      el.textContent = String(counts[el.dataset.count] || 0);
    });
    document.getElementById('shown').textContent = String(shown);
    document.body.dataset.shown = String(shown);
  }
  function fromHash() {
    var hash = location.hash.slice(1);
    if (hash.indexOf('=') === -1) return;
    var wanted = {};
    hash.split('&').forEach(function (part) {
      var eq = part.indexOf('=');
      if (eq === -1) return;
      var key = decodeURIComponent(part.slice(0, eq));
      if (keys.indexOf(key) === -1) return;
      wanted[key] = decodeURIComponent(part.slice(eq + 1)).split(',');
    });
    keys.forEach(function (key) {
      boxes(key).forEach(function (box) {
        box.checked = !wanted[key] || wanted[key].indexOf(box.value) !== -1;
      });
    });
  }
  function toHash() {
    var parts = [];
    keys.forEach(function (key) {
      var all = boxes(key), on = all.filter(function (box) { return box.checked; });
      if (on.length === all.length) return;
      parts.push(key + '=' + on.map(function (box) { return encodeURIComponent(box.value); }).join(','));
    });
    var url = location.pathname + location.search + (parts.length ? '#' + parts.join('&') : '');
    try { history.replaceState(null, '', url); } catch (e) { /* a file: URL may refuse */ }
  }
  form.addEventListener('change', function () { apply(); toHash(); });
  var reset = document.getElementById('reset');
  if (reset) reset.addEventListener('click', function () {
    keys.forEach(function (key) { boxes(key).forEach(function (box) { box.checked = true; }); });
    apply(); toHash();
  });
  window.addEventListener('hashchange', function () { fromHash(); apply(); });
  fromHash();
  apply();
})();
)js";

// Bar pieces in the chart, as x positions of a bar `width` wide.
int scaled(int part, int whole, int width) {
  if (whole <= 0) return 0;
  return static_cast<int>((static_cast<long long>(part) * width * 2 + whole) / (2LL * whole));
}

std::string render_chart(const Report& report) {
  if (report.summary.empty()) return "<p>No target language.</p>\n";
  constexpr int kLabel = 90;  // language names
  constexpr int kBar = 300;   // bar width
  constexpr int kRow = 30;
  int height = static_cast<int>(report.summary.size()) * kRow + 36;
  std::string rows;
  int y = 6;
  std::string description;
  for (const auto& [lang, s] : report.summary) {
    int current = std::max(0, s.translated - s.outdated);
    int outdated = std::min(s.outdated, s.translated);
    int whole = std::max(s.segments, current + outdated + s.missing);
    int x1 = scaled(current, whole, kBar);
    int x2 = scaled(current + outdated, whole, kBar);
    int x3 = scaled(current + outdated + s.missing, whole, kBar);
    int percent = whole > 0 ? s.translated * 100 / whole : 0;
    std::string label = fmt::format("{}: {} of {} translated ({}%), {} outdated, {} missing", lang,
                                    s.translated, s.segments, percent, s.outdated, s.missing);
    description += label + ". ";
    std::string name = html_escape(lang);
    rows += fmt::format(
        "<g class=\"lang\" data-lang=\"{0}\"><title>{1}</title>"
        "<text x=\"0\" y=\"{2}\">{0}</text>"
        "<rect x=\"{3}\" y=\"{4}\" width=\"{5}\" height=\"18\" fill=\"#fff\" stroke=\"#888\"/>"
        "<rect class=\"translated\" x=\"{3}\" y=\"{4}\" width=\"{6}\" height=\"18\" "
        "fill=\"#2e7d32\"/>"
        "<rect class=\"outdated\" x=\"{7}\" y=\"{4}\" width=\"{8}\" height=\"18\" "
        "fill=\"url(#hatch)\"/>"
        "<rect class=\"missing\" x=\"{9}\" y=\"{4}\" width=\"{10}\" height=\"18\" "
        "fill=\"#fde0dc\"/>"
        "<text x=\"{11}\" y=\"{2}\">{12} of {13} translated ({14}%), {15} outdated, {16} "
        "missing</text></g>\n",
        name, html_escape(label), y + 14, kLabel, y, kBar, x1, kLabel + x1, x2 - x1, kLabel + x2,
        x3 - x2, kLabel + kBar + 10, s.translated, s.segments, percent, s.outdated, s.missing);
    y += kRow;
  }
  int legend = y + 10;
  return fmt::format(
      "<svg class=\"chart\" width=\"760\" height=\"{0}\" viewBox=\"0 0 760 {0}\" role=\"img\" "
      "aria-labelledby=\"chart-title chart-desc\">"
      "<title id=\"chart-title\">translation coverage per language</title>"
      "<desc id=\"chart-desc\">{1}</desc>"
      "<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
      "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffe0a3\"/>"
      "<rect width=\"2\" height=\"6\" fill=\"#8a5300\"/></pattern></defs>\n{2}"
      "<g class=\"legend\">"
      "<rect x=\"{3}\" y=\"{4}\" width=\"14\" height=\"14\" fill=\"#2e7d32\"/>"
      "<text x=\"{5}\" y=\"{6}\">translated</text>"
      "<rect x=\"{7}\" y=\"{4}\" width=\"14\" height=\"14\" fill=\"url(#hatch)\"/>"
      "<text x=\"{8}\" y=\"{6}\">outdated (part of translated)</text>"
      "<rect x=\"{9}\" y=\"{4}\" width=\"14\" height=\"14\" fill=\"#fde0dc\" stroke=\"#888\"/>"
      "<text x=\"{10}\" y=\"{6}\">missing</text></g></svg>\n",
      height, html_escape(description), rows, kLabel, legend - 12, kLabel + 20, legend,
      kLabel + 110, kLabel + 130, kLabel + 340, kLabel + 360);
}

std::string lang_label(const Lang& lang) { return lang.empty() ? "no language" : lang; }

std::string checkbox(const std::string& key, const std::string& value, const std::string& label,
                     int count) {
  std::string v = html_escape(value);
  return fmt::format(
      "<label><input type=\"checkbox\" name=\"{0}\" value=\"{1}\" checked=\"checked\"/> {2} "
      "<span class=\"count\" data-count=\"{0}:{1}\">{3}</span></label>\n",
      key, v, html_escape(label), count);
}

std::string render_filters(const Report& report) {
  std::map<std::string, int> rules;
  std::map<std::string, int> severities{{"error", 0}, {"warning", 0}, {"note", 0}};
  std::map<Lang, int> langs;
  for (const auto& [lang, summary] : report.summary) langs[lang] = 0;
  for (const Finding& f : report.findings) {
    rules[f.rule]++;
    severities[severity_name(f.severity)]++;
    langs[f.target_lang]++;
  }
  std::string out = "<form id=\"filters\" action=\"#\">\n<fieldset><legend>Rule</legend>\n";
  for (const auto& [rule, count] : rules) out += checkbox("rule", rule, rule, count);
  if (rules.empty()) out += "<p>none</p>\n";
  out += "</fieldset>\n<fieldset><legend>Severity</legend>\n";
  for (const char* name : {"error", "warning", "note"})
    out += checkbox("severity", name, name, severities[name]);
  out += "</fieldset>\n<fieldset><legend>Language</legend>\n";
  for (const auto& [lang, count] : langs) out += checkbox("lang", lang, lang_label(lang), count);
  out += fmt::format(
      "</fieldset>\n<p><span class=\"shown\"><output id=\"shown\">{0}</output> of {0} findings "
      "shown</span> <button type=\"button\" id=\"reset\">show all</button></p>\n</form>\n",
      report.findings.size());
  return out;
}

std::string render_findings(const Report& report, const std::vector<std::string>& anchors) {
  if (report.findings.empty()) return "<p>No findings.</p>\n";
  std::string out = "<ol class=\"findings\">\n";
  for (size_t i = 0; i < report.findings.size(); ++i) {
    const Finding& f = report.findings[i];
    const Place* at = primary_place(f);
    std::string where = at ? fmt::format("{}:{}:{}", at->file, at->line, at->column) : "";
    std::string place =
        anchors[i].empty()
            ? fmt::format("<span class=\"where\">{}</span>", html_escape(where))
            : fmt::format("<a class=\"where\" href=\"#{}\">{}</a>", anchors[i], html_escape(where));
    out += fmt::format(
        "<li class=\"finding sev-{0}\" id=\"f{1}\" data-rule=\"{2}\" data-severity=\"{0}\" "
        "data-lang=\"{3}\">{4} {5} <span class=\"langs\">{6}</span></li>\n",
        severity_name(f.severity), i + 1, html_escape(f.rule), html_escape(f.target_lang), place,
        html_finding_text(f),
        html_escape(f.source_lang.empty() ? f.target_lang
                                          : f.source_lang + " → " + lang_label(f.target_lang)));
  }
  out += "</ol>\n";
  return out;
}

}  // namespace

std::string render_html(const Report& report) {
  std::vector<std::optional<FindingSpot>> spots;
  spots.reserve(report.findings.size());
  for (const Finding& f : report.findings) spots.push_back(locate_finding(report, f));
  std::vector<std::string> anchors;
  std::string documents = render_html_documents(report, spots, anchors);

  std::string targets;
  for (const auto& [lang, summary] : report.summary)
    targets += (targets.empty() ? "" : ", ") + html_escape(lang);
  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
      "<meta name=\"generator\" content=\"samklang {0}\"/>\n"
      "<title>samklang check: {1} findings</title>\n<style>{2}</style>\n</head>\n<body>\n"
      "<header>\n<h1>Translation check</h1>\n"
      "<p class=\"meta\">generated by samklang {0} · source {3} · targets {4}</p>\n"
      "<nav><a href=\"#coverage\">coverage</a><a href=\"#findings\">findings</a>"
      "<a href=\"#documents\">documents</a></nav>\n</header>\n"
      "<section id=\"coverage\">\n<h2>Coverage</h2>\n{5}</section>\n"
      "<section id=\"findings\">\n<h2>Findings</h2>\n{6}{7}</section>\n"
      "<section id=\"documents\">\n<h2>Documents</h2>\n{8}</section>\n"
      "<script>//<![CDATA[{9}//]]></script>\n</body>\n</html>\n",
      html_escape(report.version), report.findings.size(), kStyle, html_escape(report.source_lang),
      targets, render_chart(report), render_filters(report), render_findings(report, anchors),
      documents.empty() ? "<p>No document to show side by side.</p>\n" : documents, kScript);
  return out;
}

}  // namespace samklang
