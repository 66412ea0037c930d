#include "text/inline_markup.h"

#include <array>
#include <string>
#include <vector>

#include "catch.hpp"

using samklang::codes_of_tags;
using samklang::find_html_tags;
using samklang::find_plain_links;
using samklang::InlineCode;
using samklang::InlineKind;
using samklang::Lang;
using samklang::url_key;

namespace {

std::vector<std::string> urls(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& link : find_plain_links(text)) out.push_back(link.url);
  return out;
}

const std::array<Lang, 2> kSvEn = {"sv", "en"};

}  // namespace

TEST_CASE("inline markup: HTML tags in a message pair into codes", "[text]") {
  std::string text = "Klicka <a href=\"https://crd.org/sv\">här</a> för <b>viktig</b> info.<br/>";
  auto tags = find_html_tags(text);
  REQUIRE(tags.size() == 5);
  auto codes = codes_of_tags(tags, text);
  REQUIRE(codes.size() == 3);
  CHECK(codes[0].kind == InlineKind::link);
  CHECK(codes[0].identity == "https://crd.org/sv");
  CHECK(text.substr(codes[0].begin, codes[0].end - codes[0].begin) ==
        "<a href=\"https://crd.org/sv\">här</a>");
  CHECK(codes[1].kind == InlineKind::strong);
  CHECK(codes[2].kind == InlineKind::standalone_tag);
  CHECK(codes[2].identity == "br");
}

TEST_CASE("inline markup: angle brackets that are not HTML stay text", "[text]") {
  CHECK(find_html_tags("Användning: samklang <fil> [--lang <språk>]").empty());
  CHECK(find_html_tags("om a < b och b > c").empty());
  CHECK(find_html_tags("<!-- kommentar -->").empty());
  // Metavariables of usage messages that happen to be HTML element names.
  CHECK(find_html_tags("  -s, --since <time>   display the lines since <time>").empty());
  CHECK(find_html_tags("-L, --label <label>  synonym for LABEL=<label>").empty());
  CHECK(find_html_tags("<time data corrupt>").empty());
  CHECK(find_html_tags("a <time datetime=\"2024\">now</time>").size() == 2);
}

TEST_CASE("inline markup: a start tag without its end is an open tag", "[text]") {
  std::string text = "<span class=\"x\">Привет</span> <i lang=\"ru\">мир";
  auto codes = codes_of_tags(find_html_tags(text), text);
  REQUIRE(codes.size() == 2);
  CHECK(codes[0].kind == InlineKind::paired_tag);
  CHECK(codes[0].identity == "span");
  CHECK(codes[1].kind == InlineKind::emphasis);
}

TEST_CASE("inline markup: <code> is a code span with its text", "[text]") {
  std::string text = "Kör <code>samklang check</code> nu.";
  auto codes = codes_of_tags(find_html_tags(text), text);
  REQUIRE(codes.size() == 1);
  CHECK(codes[0].kind == InlineKind::code);
  CHECK(codes[0].identity == "samklang check");
}

TEST_CASE("inline markup: URLs and e-mail addresses in prose", "[text]") {
  CHECK(urls("Läs mer på https://crd.org/sv/om.") ==
        std::vector<std::string>{"https://crd.org/sv/om"});
  CHECK(urls("(se https://sv.wikipedia.org/wiki/Mänskliga_rättigheter)") ==
        std::vector<std::string>{"https://sv.wikipedia.org/wiki/Mänskliga_rättigheter"});
  CHECK(urls("https://en.wikipedia.org/wiki/Bracket_(disambiguation), and more") ==
        std::vector<std::string>{"https://en.wikipedia.org/wiki/Bracket_(disambiguation)"});
  CHECK(urls("«www.crd.org»") == std::vector<std::string>{"www.crd.org"});
  CHECK(urls("Пишите на info@crd.org или позвоните.") ==
        std::vector<std::string>{"mailto:info@crd.org"});
  CHECK(urls("Писати на pomoc@crd.org.") == std::vector<std::string>{"mailto:pomoc@crd.org"});
  CHECK(urls("a @ b, @crd, x@y").empty());
  CHECK(urls("https://user@example.org/x") ==
        std::vector<std::string>{"https://user@example.org/x"});
}

TEST_CASE("inline markup: URL keys let a language code differ", "[text]") {
  auto key = [](std::string_view url) { return url_key(url, kSvEn); };
  CHECK(key("https://crd.org/sv/om") == key("https://crd.org/en/om"));
  CHECK(key("https://crd.org/sv/om/") == key("https://crd.org/en/om"));
  CHECK(key("https://sv.example.org/a") == key("https://en.example.org/a"));
  CHECK(key("https://example.org/a?lang=sv&x=1") == key("https://example.org/a?lang=en&x=1"));
  CHECK(key("https://example.org/a?lang=sv-SE") == key("https://example.org/a?lang=en-GB"));
  CHECK(key("index.sv.html") == key("index.en.html"));
  CHECK(key("https://translationproject.org/team/") ==
        key("https://translationproject.org/team/en.html"));
  CHECK(key("HTTPS://CRD.org/om#vart-uppdrag") == key("https://crd.org/om#our-mission"));
  CHECK(key("#uppdrag") == key("#mission"));
  CHECK(key("mailto:Info@CRD.org") == key("mailto:info@crd.org"));
  // Anything else differs: another page, another host, another language.
  CHECK(key("https://crd.org/sv/om") != key("https://crd.org/en/about"));
  CHECK(key("https://crd.org/sv/om") != key("https://crd.org/es/om"));
  CHECK(key("https://crd.org/a") != key("https://crd.se/a"));
  CHECK(key("https://example.org/a?lang=sv") != key("https://example.org/a?lang=es"));
  CHECK(key("mailto:info@crd.org") != key("mailto:info@crd.se"));
  CHECK(key("mailto:info@crd.org") != key("mailto:kontakt@crd.org"));
  CHECK(key("mailto:you@example.com") == key("mailto:du@example.com"));
}

TEST_CASE("inline markup: language codes with a script or region", "[text]") {
  const std::array<Lang, 2> sv_sr = {"sv", "sr-Latn"};
  CHECK(url_key("https://crd.org/sv/", sv_sr) == url_key("https://crd.org/sr-latn/", sv_sr));
  CHECK(url_key("https://crd.org/sv/", sv_sr) == url_key("https://crd.org/sr/", sv_sr));
  CHECK(url_key("https://crd.org/sv/", sv_sr) != url_key("https://crd.org/ru/", sv_sr));
}
