// markup-mismatch on real sentences in every format that carries markup.
#include <filesystem>
#include <string>
#include <vector>

#include "catch.hpp"
#include "engine/engine.h"
#include "unit/formats/temp_file.h"

namespace fs = std::filesystem;

using samklang::DocumentFile;
using samklang::testing::TempFile;

namespace {

const fs::path kRoot = SAMKLANG_SOURCE_DIR;

samklang::RunOptions base_options(const std::string& source_lang) {
  samklang::RunOptions options;
  options.source_lang = source_lang;
  options.jobs = 1;
  options.segmentation_dir = (kRoot / "rules/segmentation").string();
  options.termbases = {(kRoot / "rules/terms.tsv").string()};
  return options;
}

// The markup-mismatch messages of a run, in report order.
std::vector<std::string> messages(const samklang::RunOptions& options) {
  auto result = samklang::run(options);
  REQUIRE(result);
  std::vector<std::string> out;
  for (const auto& f : result->findings)
    if (f.rule == "markup-mismatch") out.push_back(f.message);
  return out;
}

// Two prose files (Markdown or HTML, by `extension`), one per language.
std::vector<std::string> prose(const std::string& extension, const std::string& source_lang,
                               const std::string& source, const std::string& target_lang,
                               const std::string& target) {
  TempFile a("a." + source_lang + extension, source);
  TempFile b("a." + target_lang + extension, target);
  auto options = base_options(source_lang);
  options.documents = {{"doc", {{source_lang, a.path()}, {target_lang, b.path()}}}};
  return messages(options);
}

std::vector<std::string> md(const std::string& source, const std::string& target,
                            const std::string& target_lang = "en") {
  return prose(".md", "sv", source, target_lang, target);
}

// A bilingual catalog (PO, XLIFF, TMX) by its extension.
std::vector<std::string> catalog(const std::string& name, const std::string& content,
                                 const std::string& source_lang, const std::string& target_lang) {
  TempFile file(name, content);
  auto options = base_options(source_lang);
  options.documents = {{"cat",
                        {{source_lang, file.path(), DocumentFile::Side::source},
                         {target_lang, file.path(), DocumentFile::Side::target}}}};
  return messages(options);
}

using Messages = std::vector<std::string>;

}  // namespace

TEST_CASE("markup-mismatch: Markdown links", "[checks]") {
  const std::string sv = "Läs [rapporten](https://crd.org/sv/rapport) innan du skriver.\n";
  SECTION("the link text is translated, the language in the URL changes: silent") {
    CHECK(md(sv, "Read [the report](https://crd.org/en/rapport/) before you write.\n").empty());
    CHECK(
        md(sv, "Lea [el informe](https://crd.org/es/rapport) antes de escribir.\n", "es").empty());
  }
  SECTION("the same URL as an autolink or a bare URL: silent") {
    const std::string link = "Läs [rapporten](https://crd.org/rapport).\n";
    CHECK(md(link, "Read the report at <https://crd.org/rapport>.\n").empty());
    CHECK(md(link, "Read the report at https://crd.org/rapport.\n").empty());
  }
  SECTION("dropped") {
    CHECK(md(sv, "Read the report before you write.\n") ==
          Messages{"'[link to https://crd.org/sv/rapport]' in the source is missing from the "
                   "translation"});
  }
  SECTION("added") {
    CHECK(md("Läs rapporten innan du skriver.\n",
             "Прочитайте [доклад](https://crd.org/ru/doklad) перед тем, как писать.\n",
             "ru") == Messages{"'[link to https://crd.org/ru/doklad]' is not in the source"});
  }
  SECTION("the URL changed beyond the language code") {
    CHECK(md(sv, "Read [the report](https://crd.org/en/report) before you write.\n") ==
          Messages{"'[link to https://crd.org/en/report]' is not in the source, which has "
                   "'[link to https://crd.org/sv/rapport]'"});
    CHECK(md(sv, "Lea [el informe](https://crd.org/ru/rapport) antes de escribir.\n", "es") ==
          Messages{"'[link to https://crd.org/ru/rapport]' is not in the source, which has "
                   "'[link to https://crd.org/sv/rapport]'"});
  }
}

TEST_CASE("markup-mismatch: Markdown code spans and emphasis", "[checks]") {
  SECTION("a code span translated") {
    CHECK(md("Kör `samklang check` nu.\n", "Pokrenite `samklang provera` sada.\n", "sr-Latn") ==
          Messages{"'`samklang provera`' is not in the source, which has '`samklang check`'"});
  }
  SECTION("a code span kept, with other words around it: silent") {
    CHECK(
        md("Kör `samklang check` nu.\n", "Pokrenite `samklang check` sada.\n", "sr-Latn").empty());
  }
  SECTION("emphasis dropped, strong added") {
    CHECK(md("Det är *mycket* viktigt.\n", "It is very important.\n") ==
          Messages{"'*mycket*' is marked in the source but the translation has no emphasis"});
    CHECK(md("Det är viktigt.\n", "Это **очень** важно.\n", "ru") ==
          Messages{"'**очень**' is marked in the translation but the source has no strong "
                   "emphasis"});
  }
  SECTION("emphasis on another word, in the other syntax, split in two: silent") {
    CHECK(md("Vi försvarar *medborgerliga och politiska* rättigheter.\n",
             "We defend _civil_ and _political_ rights.\n")
              .empty());
    CHECK(
        md("Det är **mycket viktigt** att läsa.\n", "Es __muy__ importante leer.\n", "es").empty());
  }
  SECTION("strikethrough dropped; a single tilde is text") {
    CHECK(md("Vi har ~~gamla~~ nya regler.\n", "We have new rules.\n") ==
          Messages{"'~~gamla~~' is marked in the source but the translation has no "
                   "strikethrough"});
    CHECK(md("Det tar ~5 minuter och ~10 sekunder.\n", "It takes 5 minutes and 10 seconds.\n")
              .empty());
  }
}

TEST_CASE("markup-mismatch: URLs and e-mail addresses in prose", "[checks]") {
  SECTION("an e-mail address changed") {
    CHECK(md("Skriv till info@crd.org i dag.\n", "Escriba a info@crd.es hoy.\n", "es") ==
          Messages{"'info@crd.es' is not in the source, which has 'info@crd.org'"});
  }
  SECTION("a URL with a trailing slash, a language subdomain or query value: silent") {
    CHECK(md("Se https://crd.org/om/ och https://sv.wikipedia.org/wiki/FN.\n",
             "See https://crd.org/om and https://en.wikipedia.org/wiki/FN.\n")
              .empty());
    CHECK(
        md("Se https://crd.org/om?lang=sv.\n", "Vea https://crd.org/om?lang=es.\n", "es").empty());
  }
  SECTION("an address only the translation has, an example address translated: silent") {
    auto po =
        "msgid \"\"\nmsgstr \"\"\n\"Language: sv\\n\"\n\n"
        "msgid \"Report bugs to %s.\\n\"\n"
        "msgstr \"Rapportera fel till %s.\\nSkicka synpunkter på översättningen till "
        "<tp-sv@listor.tp-sv.se>.\\n\"\n\n"
        "msgid \"Run git config user.email \\\"you@example.com\\\"\"\n"
        "msgstr \"Kör git config user.email \\\"du@example.com\\\"\"\n";
    CHECK(catalog("sv.po", po, "en", "sv").empty());
  }
  SECTION("a URL dropped") {
    CHECK(md("Se https://crd.org/om för mer.\n", "See our website for more.\n") ==
          Messages{"'https://crd.org/om' in the source is missing from the translation"});
  }
}

TEST_CASE("markup-mismatch: inline HTML in Markdown, tags reordered", "[checks]") {
  const std::string sv = "Tryck <kbd>Ctrl</kbd> och <kbd>S</kbd>, sedan <b>Spara</b>.\n";
  CHECK(md(sv, "Press <b>Save</b> after <kbd>Ctrl</kbd> and <kbd>S</kbd>.\n").empty());
  CHECK(md(sv, "Press Ctrl and <kbd>S</kbd>, then <b>Save</b>.\n") ==
        Messages{"'<kbd>…</kbd>' in the source is missing from the translation"});
}

TEST_CASE("markup-mismatch: HTML documents", "[checks]") {
  const std::string sv =
      "<html lang=\"sv\"><body><p>Läs <a href=\"/sv/rapport\">rapporten</a> och kör "
      "<code>samklang check</code>.<br>Det är <em>viktigt</em>.</p></body></html>\n";
  SECTION("translated words, localised URL, emphasis moved: silent") {
    CHECK(prose(".html", "sv", sv, "en",
                "<html lang=\"en\"><body><p>Read <a href=\"/en/rapport/\">the report</a> and run "
                "<code>samklang check</code>.<br><em>It</em> is important.</p></body></html>\n")
              .empty());
  }
  SECTION("a line break dropped and the code translated") {
    CHECK(prose(".html", "sv", sv, "es",
                "<html lang=\"es\"><body><p>Lea <a href=\"/es/rapport\">el informe</a> y ejecute "
                "<code>samklang comprobar</code>. Es <i>importante</i>.</p></body></html>\n") ==
          Messages{"'<br>' in the source is missing from the translation",
                   "'`samklang comprobar`' is not in the source, which has '`samklang check`'"});
  }
}

TEST_CASE("markup-mismatch: XLIFF 1.2 and 2 codes by id", "[checks]") {
  auto xliff12 = [](const std::string& target) {
    return "<xliff version=\"1.2\"><file source-language=\"en\" target-language=\"sv\"><body>\n"
           "<trans-unit id=\"1\"><source>Read <g id=\"1\">the report</g> and press <x "
           "id=\"2\"/> Save.</source>\n<target>" +
           target + "</target></trans-unit>\n</body></file></xliff>\n";
  };
  SECTION("codes reordered with the words: silent") {
    CHECK(catalog("a.xlf", xliff12("Tryck <x id=\"2\"/> Spara och läs <g id=\"1\">rapporten</g>."),
                  "en", "sv")
              .empty());
  }
  SECTION("a code missing, a code with another id") {
    CHECK(catalog("a.xlf", xliff12("Läs rapporten och tryck <x id=\"3\"/> Spara."), "en", "sv") ==
          Messages{"'<g id=\"1\">…</g>' in the source is missing from the translation",
                   "'<x id=\"3\"/>' is not in the source, which has '<x id=\"2\"/>'"});
  }
  auto xliff2 = [](const std::string& target) {
    return "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" "
           "srcLang=\"en\" trgLang=\"ru\"><file id=\"f\"><unit id=\"u\"><segment>\n"
           "<source>Press <pc id=\"1\">Save</pc>, then <sc id=\"2\"/>wait<ec startRef=\"2\"/>."
           "<ph id=\"3\"/></source>\n<target>" +
           target + "</target></segment></unit></file></xliff>\n";
  };
  SECTION("XLIFF 2: all codes kept: silent") {
    CHECK(catalog("b.xlf",
                  xliff2("Нажмите <pc id=\"1\">Сохранить</pc>, затем <sc id=\"2\"/>подождите<ec "
                         "startRef=\"2\"/>.<ph id=\"3\"/>"),
                  "en", "ru")
              .empty());
  }
  SECTION("XLIFF 2: an extra placeholder code") {
    CHECK(catalog("b.xlf",
                  xliff2("Нажмите <pc id=\"1\">Сохранить</pc>, затем <sc id=\"2\"/>подождите<ec "
                         "startRef=\"2\"/>.<ph id=\"3\"/><ph id=\"4\"/>"),
                  "en", "ru") == Messages{"'<ph id=\"4\"/>' is not in the source"});
  }
}

TEST_CASE("markup-mismatch: TMX codes", "[checks]") {
  auto tmx = [](const std::string& target) {
    return "<tmx version=\"1.4\"><header srclang=\"sv\"/><body><tu tuid=\"1\">\n"
           "<tuv xml:lang=\"sv\"><seg><bpt i=\"1\">&lt;b&gt;</bpt>Mod<ept i=\"1\">&lt;/b&gt;</ept> "
           "och integritet</seg></tuv>\n<tuv xml:lang=\"sr-Latn\"><seg>" +
           target + "</seg></tuv></tu></body></tmx>\n";
  };
  CHECK(
      catalog("m.tmx",
              tmx("<bpt i=\"1\">&lt;b&gt;</bpt>Hrabrost<ept i=\"1\">&lt;/b&gt;</ept> i integritet"),
              "sv", "sr-Latn")
          .empty());
  CHECK(catalog("m.tmx", tmx("<bpt i=\"1\">&lt;b&gt;</bpt>Hrabrost i integritet"), "sv",
                "sr-Latn") == Messages{"'<ept i=\"1\"/>' in the source is missing from the "
                                       "translation"});
}

TEST_CASE("markup-mismatch: HTML tags inside PO messages", "[checks]") {
  auto po = [](const std::string& msgstr) {
    return "msgid \"\"\nmsgstr \"\"\n\"Language: sv\\n\"\n\n"
           "msgid \"Read <a href=\\\"https://crd.org/en/report\\\">the report</a> <b>now</b>.\"\n"
           "msgstr \"" +
           msgstr + "\"\n";
  };
  CHECK(catalog("sv.po",
                po("<b>Läs nu</b> <a href=\\\"https://crd.org/sv/report\\\">rapporten</a>."), "en",
                "sv")
            .empty());
  CHECK(catalog("sv.po", po("Läs <a href=\\\"https://crd.org/report\\\">rapporten</a> nu."), "en",
                "sv") == Messages{"'**now**' is marked in the source but the translation has no "
                                  "strong emphasis"});
  CHECK(catalog("sv.po", po("Läs <a href=\\\"https://crd.se/\\\">rapporten</a> <b>nu</b>."), "en",
                "sv") == Messages{"'[link to https://crd.se/]' is not in the source, which has "
                                  "'[link to https://crd.org/en/report]'"});
  // Angle brackets that are no HTML are text, and may be translated.
  auto usage =
      "msgid \"\"\nmsgstr \"\"\n\"Language: es\\n\"\n\n"
      "msgid \"Usage: samklang <file>\"\nmsgstr \"Uso: samklang <fichero>\"\n";
  CHECK(catalog("es.po", usage, "en", "es").empty());
}
