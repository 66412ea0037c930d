#include "report/html_report.h"

#include <pugixml.hpp>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "catch.hpp"
#include "report/report.h"

using samklang::AlignedDocument;
using samklang::AlignedTarget;
using samklang::Finding;
using samklang::is_right_to_left;
using samklang::locate_finding;
using samklang::Place;
using samklang::render_html;
using samklang::Report;
using samklang::Severity;
using samklang::TermInfo;

namespace {

const char* kSv = "catalogs/sv/mission.md";
const char* kEn = "catalogs/en/mission.md";
const char* kSr = "catalogs/sr-Latn/mission.md";
const char* kAr = "catalogs/ar/mission.md";

// Swedish source; English drops the last sentence (1-0), Serbian joins the
// last two (2-1) and adds one (0-1), Arabic translates each (1-1).
AlignedDocument mission_document() {
  AlignedDocument doc;
  doc.name = "catalogs/{lang}/mission.md";
  doc.file = kSv;
  doc.source = {
      {kSv, 1, 1, "p1", "Vårt uppdrag är att försvara medborgerliga och politiska rättigheter."},
      {kSv, 3, 1, "p2", "Vi arbetar i 14 länder."},
      {kSv, 3, 25, "p2", "Vi ger oss aldrig."}};
  AlignedTarget en{"en",
                   kEn,
                   {{kEn, 1, 1, "p1", "Our mission is to defend civic and political rights."},
                    {kEn, 3, 1, "p2", "We work in 14 countries."}},
                   {{{0}, {0}, 0.9, {}}, {{1}, {1}, 0.9, {}}, {{2}, {}, 0.4, {}}}};
  AlignedTarget sr{"sr-Latn",
                   kSr,
                   {{kSr, 1, 1, "p1", "Naša misija je da branimo građanska i politička prava."},
                    {kSr, 3, 1, "p2", "Radimo u 14 zemalja i nikada ne odustajemo."},
                    {kSr, 3, 45, "p2", "Pratite nas na mrežama."}},
                   {{{0}, {0}, 0.9, {}}, {{1, 2}, {1}, 0.7, {}}, {{}, {2}, 0.3, {}}}};
  AlignedTarget ar{"ar",
                   kAr,
                   {{kAr, 1, 1, "p1", "مهمتنا هي الدفاع عن الحقوق المدنية والسياسية."},
                    {kAr, 3, 1, "p2", "نعمل في 14 بلدًا."},
                    {kAr, 3, 19, "p2", "لا نستسلم أبدًا."}},
                   {{{0}, {0}, 0.9, {}}, {{1}, {1}, 0.9, {}}, {{2}, {2}, 0.9, {}}}};
  doc.targets = {en, sr, ar};
  return doc;
}

Finding finding(std::string rule, Severity severity, std::string lang, std::string message,
                std::string fix = "") {
  Finding f;
  f.rule = std::move(rule);
  f.severity = severity;
  f.source_lang = "sv";
  f.target_lang = std::move(lang);
  f.message = std::move(message);
  f.fix = std::move(fix);
  return f;
}

Report side_by_side_report() {
  Report report;
  report.version = "0.1.0";
  report.source_lang = "sv";
  report.summary["ar"] = {3, 3, 0, 1, 1};
  report.summary["de"] = {3, 0, 3, 0, 1};
  report.summary["en"] = {3, 2, 1, 0, 2};
  report.summary["sr-Latn"] = {3, 3, 0, 0, 1};
  AlignedDocument doc = mission_document();

  Finding forbidden = finding("term-forbidden", Severity::error, "en",
                              "'civic and political rights' is forbidden; use 'civil and "
                              "political rights'",
                              "replace 'civic and political rights' with 'civil and political "
                              "rights'");
  forbidden.source = doc.source[0];
  forbidden.target = Place{kEn, 1, 26, "p1", doc.targets[0].segments[0].text};
  forbidden.term = TermInfo{"ccpr",
                            "medborgerliga och politiska rättigheter",
                            {"civil and political rights"},
                            "civic and political rights",
                            ""};

  Finding missing =
      finding("segment-missing", Severity::error, "en",
              "sentence not translated: 'Vi ger oss aldrig.'", "translate it into en here");
  missing.source = doc.source[2];
  missing.target = Place{kEn, 3, 25, "", ""};

  Finding extra = finding("segment-extra", Severity::warning, "sr-Latn",
                          "'Pratite nas na mrežama.' has no counterpart in the source");
  extra.target = doc.targets[1].segments[2];

  Finding unread = finding("load-error", Severity::error, "de", "cannot read the file");
  unread.target = Place{"catalogs/de/mission.md", 1, 1, "", ""};

  Finding term_missing = finding("term-missing", Severity::error, "ar",
                                 "'medborgerliga och politiska rättigheter' has no approved "
                                 "translation in ar");
  term_missing.source = Place{kSv, 1, 30, "p1", doc.source[0].text};
  term_missing.target = doc.targets[2].segments[0];
  term_missing.term =
      TermInfo{"ccpr", "medborgerliga och politiska rättigheter", {"الحقوق المدنية"}, "", ""};

  report.findings = {forbidden, missing, extra, unread, term_missing};
  report.documents = {doc};
  return report;
}

pugi::xml_node parse(pugi::xml_document& doc, const std::string& html) {
  pugi::xml_parse_result parsed = doc.load_string(html.c_str());
  INFO(parsed.description() << " at byte " << parsed.offset);
  REQUIRE(parsed);
  return doc.child("html");
}

std::string attr(pugi::xml_node node, const char* name) { return node.attribute(name).value(); }

bool has_class(pugi::xml_node node, const std::string& name) {
  std::string classes = " " + attr(node, "class") + " ";
  return classes.find(" " + name + " ") != std::string::npos;
}

std::string text_of(pugi::xml_node node) {
  std::string out;
  for (pugi::xml_node child : node.children()) {
    if (child.type() == pugi::node_pcdata) out += child.value();
    if (child.type() == pugi::node_element && std::string(child.name()) != "ul")
      out += text_of(child);
  }
  return out;
}

std::vector<pugi::xml_node> body_rows(pugi::xml_node html) {
  std::vector<pugi::xml_node> rows;
  for (const pugi::xpath_node& row : html.select_nodes("//table[@class='bitext']/tbody/tr"))
    rows.push_back(row.node());
  return rows;
}

std::vector<pugi::xml_node> cells(pugi::xml_node row) {
  std::vector<pugi::xml_node> out;
  for (pugi::xml_node td : row.children("td")) out.push_back(td);
  return out;
}

}  // namespace

TEST_CASE("html report: a self-contained, deterministic page", "[report][html]") {
  Report report = side_by_side_report();
  std::string html = render_html(report);
  CHECK(html == render_html(report));
  CHECK(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
  pugi::xml_document doc;
  pugi::xml_node root = parse(doc, html);
  CHECK(attr(root.select_node("//head/meta[@charset]").node(), "charset") == "utf-8");
  CHECK(attr(root.select_node("//meta[@name='generator']").node(), "content") == "samklang 0.1.0");
  CHECK(html.find("generated by samklang 0.1.0") != std::string::npos);

  // Nothing from outside: no stylesheet link, no script or image source, no
  // http(s) or protocol-relative URL in any src or href.
  CHECK(root.select_nodes("//link").empty());
  CHECK(root.select_nodes("//img").empty());
  CHECK(root.select_nodes("//script[@src]").empty());
  CHECK(root.select_nodes("//script").size() == 1);
  CHECK(root.select_nodes("//style").size() == 1);
  for (const pugi::xpath_node& node : root.select_nodes("//*[@src or @href]")) {
    std::string url = attr(node.node(), "href") + attr(node.node(), "src");
    INFO(url);
    CHECK_FALSE(std::regex_search(url, std::regex("^(https?:)?//", std::regex::icase)));
    CHECK(url.starts_with("#"));
  }
  CHECK(html.find("@import") == std::string::npos);
  CHECK(html.find("url(http") == std::string::npos);
}

TEST_CASE("html report: a row per source segment, a column per language", "[report][html]") {
  pugi::xml_document doc;
  pugi::xml_node root = parse(doc, render_html(side_by_side_report()));
  std::vector<pugi::xml_node> headers;
  for (const pugi::xpath_node& th : root.select_nodes("//table[@class='bitext']/thead/tr/th"))
    headers.push_back(th.node());
  REQUIRE(headers.size() == 5);
  CHECK(attr(headers[1], "lang") == "sv");
  CHECK(attr(headers[2], "lang") == "en");
  CHECK(attr(headers[3], "lang") == "sr-Latn");
  CHECK(attr(headers[4], "lang") == "ar");

  std::vector<pugi::xml_node> rows = body_rows(root);
  REQUIRE(rows.size() == 4);  // three source segments and Serbian's added sentence
  CHECK(attr(rows[0], "id") == "d1-r1");

  auto first = cells(rows[0]);
  REQUIRE(first.size() == 5);
  CHECK(text_of(first[0]) == "1");
  CHECK(text_of(first[1]) ==
        "Vårt uppdrag är att försvara medborgerliga och politiska rättigheter.");
  CHECK(text_of(first[2]) == "Our mission is to defend civic and political rights.");
  CHECK(attr(first[4], "lang") == "ar");
  CHECK(attr(first[4], "dir") == "rtl");
  CHECK(attr(first[2], "dir").empty());

  // Serbian's 2-1 link: one cell over two rows.
  auto second = cells(rows[1]);
  REQUIRE(second.size() == 5);
  CHECK(attr(second[3], "rowspan") == "2");
  CHECK(text_of(second[3]) == "Radimo u 14 zemalja i nikada ne odustajemo.");

  // English's 1-0 link: an empty, marked cell; Serbian's column is spanned.
  auto third = cells(rows[2]);
  REQUIRE(third.size() == 4);
  CHECK(has_class(third[2], "missing"));
  CHECK(text_of(third[2]) == "missing");
  CHECK(text_of(third[3]) == "لا نستسلم أبدًا.");

  // Serbian's 0-1 link: a row with no source.
  auto fourth = cells(rows[3]);
  REQUIRE(fourth.size() == 5);
  CHECK(has_class(rows[3], "extra"));
  CHECK(text_of(fourth[0]) == "+");
  CHECK(text_of(fourth[1]) == "no source");
  CHECK(has_class(fourth[2], "none"));
  CHECK(text_of(fourth[3]) == "Pratite nas na mrežama.");
  CHECK(has_class(fourth[4], "none"));
}

TEST_CASE("html report: findings marked where they are, listed and linked", "[report][html]") {
  Report report = side_by_side_report();
  pugi::xml_document doc;
  pugi::xml_node root = parse(doc, render_html(report));
  std::vector<pugi::xml_node> rows = body_rows(root);
  REQUIRE(rows.size() == 4);

  SECTION("the offending term is marked in its cell, with the finding on hover and focus") {
    pugi::xml_node cell = cells(rows[0])[2];
    CHECK(has_class(cell, "hit"));
    CHECK(has_class(cell, "sev-error"));
    CHECK(attr(cell, "tabindex") == "0");
    CHECK(attr(cell, "data-f") == "f1");
    pugi::xml_node mark = cell.child("mark");
    CHECK(std::string(mark.text().get()) == "civic and political rights");
    CHECK(attr(mark, "data-f") == "f1");
    pugi::xml_node tip = cell.child("ul");
    CHECK(attr(tip, "role") == "tooltip");
    std::string tip_text = tip.child("li").child_value("span");
    CHECK(tip_text == "error");
    CHECK(std::string(tip.child("li").select_node("span[@class='msg']").node().text().get()) ==
          report.findings[0].message);
    CHECK(std::string(tip.child("li").child("code").text().get()) == "term-forbidden");
    CHECK(std::string(tip.child("li").select_node("span[@class='fix']").node().text().get()) ==
          "fix: " + report.findings[0].fix);
  }
  SECTION("a missing translation marks the empty cell") {
    pugi::xml_node cell = cells(rows[2])[2];
    CHECK(has_class(cell, "missing"));
    CHECK(has_class(cell, "hit"));
    CHECK(attr(cell, "data-f") == "f2");
  }
  SECTION("an added sentence marks its own row") {
    pugi::xml_node cell = cells(rows[3])[3];
    CHECK(has_class(cell, "hit"));
    CHECK(has_class(cell, "sev-warning"));
    CHECK(attr(cell, "data-f") == "f3");
  }
  SECTION("a term with no translation is marked in the source") {
    pugi::xml_node source = cells(rows[0])[1];
    CHECK_FALSE(has_class(source, "hit"));
    CHECK(std::string(source.child("mark").text().get()) ==
          "medborgerliga och politiska rättigheter");
    CHECK(attr(cells(rows[0])[4], "data-f") == "f5");
  }
  SECTION("every finding is listed; those in a table link to their row") {
    auto items = root.select_nodes("//ol[@class='findings']/li");
    REQUIRE(items.size() == report.findings.size());
    std::vector<std::string> links;
    for (const pugi::xpath_node& item : items) {
      pugi::xml_node li = item.node();
      CHECK(has_class(li, "finding"));
      pugi::xml_node a = li.child("a");
      links.push_back(a ? attr(a, "href") : "");
    }
    CHECK(links == std::vector<std::string>{"#d1-r1", "#d1-r3", "#d1-r4", "", "#d1-r1"});
    for (const std::string& link : links)
      if (!link.empty()) CHECK(root.select_node(("//tr[@id='" + link.substr(1) + "']").c_str()));
    pugi::xml_node unread = items[3].node();
    CHECK(attr(unread, "data-lang") == "de");
    CHECK(std::string(unread.child("span").text().get()) == "catalogs/de/mission.md:1:1");
  }
}

TEST_CASE("html report: filters by rule, severity and language", "[report][html]") {
  Report report = side_by_side_report();
  pugi::xml_document doc;
  pugi::xml_node root = parse(doc, render_html(report));
  pugi::xml_node form = root.select_node("//form[@id='filters']").node();
  REQUIRE(form);
  auto values = [&](const char* name) {
    std::vector<std::string> out;
    std::string path = std::string(".//input[@type='checkbox'][@name='") + name + "']";
    for (const pugi::xpath_node& box : form.select_nodes(path.c_str())) {
      CHECK(attr(box.node(), "checked") == "checked");
      out.push_back(attr(box.node(), "value"));
    }
    return out;
  };
  CHECK(values("rule") == std::vector<std::string>{"load-error", "segment-extra", "segment-missing",
                                                   "term-forbidden", "term-missing"});
  CHECK(values("severity") == std::vector<std::string>{"error", "warning", "note"});
  CHECK(values("lang") == std::vector<std::string>{"ar", "de", "en", "sr-Latn"});
  auto count = [&](const std::string& key) {
    std::string path = ".//span[@data-count='" + key + "']";
    return std::string(form.select_node(path.c_str()).node().text().get());
  };
  CHECK(count("rule:term-forbidden") == "1");
  CHECK(count("severity:error") == "4");
  CHECK(count("severity:note") == "0");
  CHECK(count("lang:en") == "2");
  CHECK(std::string(form.select_node(".//output[@id='shown']").node().text().get()) == "5");

  // The script reads these attributes of each listed finding.
  auto item = root.select_node("//li[@id='f3']").node();
  CHECK(attr(item, "data-rule") == "segment-extra");
  CHECK(attr(item, "data-severity") == "warning");
  CHECK(attr(item, "data-lang") == "sr-Latn");
  std::string script;  // "//", then the CDATA section
  for (pugi::xml_node part : root.select_node("//script").node().children()) script += part.value();
  CHECK(script.find("location.hash") != std::string::npos);
  CHECK(script.find("hashchange") != std::string::npos);
}

TEST_CASE("html report: coverage bars with text labels", "[report][html]") {
  pugi::xml_document doc;
  pugi::xml_node root = parse(doc, render_html(side_by_side_report()));
  pugi::xml_node svg = root.select_node("//section[@id='coverage']/svg").node();
  REQUIRE(svg);
  CHECK(attr(svg, "role") == "img");
  auto bars = svg.select_nodes("g[@class='lang']");
  REQUIRE(bars.size() == 4);
  pugi::xml_node en = svg.select_node("g[@data-lang='en']").node();
  std::vector<std::string> labels;
  for (pugi::xml_node text : en.children("text")) labels.push_back(text.text().get());
  CHECK(labels == std::vector<std::string>{"en", "2 of 3 translated (66%), 0 outdated, 1 missing"});
  auto width = [&](pugi::xml_node g, const char* cls) {
    std::string path = std::string("rect[@class='") + cls + "']";
    return g.select_node(path.c_str()).node().attribute("width").as_int();
  };
  CHECK(width(en, "translated") == 200);
  CHECK(width(en, "outdated") == 0);
  CHECK(width(en, "missing") == 100);
  pugi::xml_node ar = svg.select_node("g[@data-lang='ar']").node();
  CHECK(width(ar, "translated") == 200);
  CHECK(width(ar, "outdated") == 100);
  CHECK(width(ar, "missing") == 0);
}

TEST_CASE("html report: every text from catalogs is escaped", "[report][html]") {
  const std::string nasty = "Skriv <script>alert(\"x\")</script> & 'citat' <b>inte</b>";
  Report report = side_by_side_report();
  AlignedDocument& doc = report.documents[0];
  doc.source[1].text = nasty;
  doc.targets[0].segments[1].text = nasty + " \x01";
  doc.targets[0].file = "catalogs/en/<img src=x>.md";
  report.findings[0].message = "'" + nasty + "' is forbidden";
  report.findings[0].fix = "use \"civil\" & not <civic>";
  std::string html = render_html(report);
  CHECK(html.find("<script>alert") == std::string::npos);
  CHECK(html.find("<b>inte") == std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;citat&#39;") !=
        std::string::npos);
  pugi::xml_document parsed;
  pugi::xml_node root = parse(parsed, html);
  CHECK(root.select_nodes("//script").size() == 1);
  CHECK(root.select_nodes("//b").empty());
  auto rows = body_rows(root);
  REQUIRE(rows.size() == 4);
  CHECK(text_of(cells(rows[1])[1]) == nasty);
  CHECK(text_of(cells(rows[1])[2]) == nasty + " \u2401");  // a control character made visible
  CHECK(std::string(root.select_node("//li[@id='f1']/span[@class='msg']").node().text().get()) ==
        report.findings[0].message);
  CHECK(html.find("use &quot;civil&quot; &amp; not &lt;civic&gt;") != std::string::npos);
}

TEST_CASE("html report: no documents, no findings", "[report][html]") {
  Report report;
  report.version = "0.1.0";
  report.source_lang = "sv";
  report.summary["en"] = {5, 5, 0, 0, 0};
  pugi::xml_document doc;
  pugi::xml_node root = parse(doc, render_html(report));
  CHECK(root.select_nodes("//li[@class]").empty());
  CHECK(std::string(root.select_node("//output[@id='shown']").node().text().get()) == "0");
  CHECK(root.select_node("//section[@id='coverage']/svg/g[@data-lang='en']"));
}

TEST_CASE("html report: right-to-left languages", "[report][html]") {
  auto [lang, rtl] = GENERATE(table<const char*, bool>({{"ar", true},
                                                        {"he", true},
                                                        {"fa", true},
                                                        {"ur", true},
                                                        {"az-Arab", true},
                                                        {"sv", false},
                                                        {"sr-Latn", false},
                                                        {"sr-Cyrl", false},
                                                        {"th", false},
                                                        {"", false}}));
  INFO(lang);
  CHECK(is_right_to_left(lang) == rtl);
}

TEST_CASE("html report: locating a finding in the tables", "[report][html]") {
  Report report = side_by_side_report();
  SECTION("the segment with the finding's text and start") {
    // The same sentence twice: the place's line picks the second.
    AlignedTarget& en = report.documents[0].targets[0];
    en.segments[1].text = en.segments[0].text;
    Finding f = report.findings[0];
    f.target = Place{kEn, 3, 26, "p2", en.segments[0].text};
    auto spot = locate_finding(report, f);
    REQUIRE(spot);
    CHECK(spot->target == 0);
    CHECK(spot->target_segment == 1u);
    CHECK(spot->target_span.begin == 25);
    CHECK(spot->target_span.end == 25 + std::string("civic and political rights").size());
  }
  SECTION("the occurrence of the term nearest to the column") {
    AlignedTarget& en = report.documents[0].targets[0];
    en.segments[0].text = "civic and political rights, then civic and political rights again";
    Finding f = report.findings[0];
    f.target = Place{kEn, 1, 34, "p1", en.segments[0].text};
    auto spot = locate_finding(report, f);
    REQUIRE(spot);
    CHECK(spot->target_span.begin == 33);
    f.target->column = 2;
    CHECK(locate_finding(report, f)->target_span.begin == 0);
  }
  SECTION("without a term, the text the message quotes right at the place") {
    AlignedTarget& en = report.documents[0].targets[0];
    Finding f = finding("number-mismatch", Severity::error, "en",
                        "'12' is not in the source, which has '14'", "write the source's numbers");
    en.segments[1].text = "We work in 12 countries, 14 of them in Europe.";
    f.source = report.documents[0].source[1];
    f.target = Place{kEn, 3, 12, "p2", en.segments[1].text};
    auto spot = locate_finding(report, f);
    REQUIRE(spot);
    CHECK(spot->target_span.begin == 11);
    CHECK(spot->target_span.end == 13);
    // Not at the place: nothing is marked rather than the wrong text.
    f.target->column = 1;
    CHECK(locate_finding(report, f)->target_span.empty());
    // A quote of the source is not in the target.
    f.message = "unsure that source sentence 'Vi arbetar i 14 länder.' is translated by this one";
    f.target->column = 12;
    CHECK(locate_finding(report, f)->target_span.empty());
  }
  SECTION("a missing translation: the source segment") {
    auto spot = locate_finding(report, report.findings[1]);
    REQUIRE(spot);
    CHECK_FALSE(spot->target_segment);
    CHECK(spot->source_segment == 2u);
  }
  SECTION("a file in no table") { CHECK_FALSE(locate_finding(report, report.findings[3])); }
  SECTION("a language the document has not") {
    Finding f = report.findings[0];
    f.target_lang = "es";
    CHECK_FALSE(locate_finding(report, f));
  }
}
