// The punctuation rule on real sentences: Markdown pairs run through the
// engine with the bundled rules/punctuation.toml.
#include <filesystem>

#include "catch.hpp"
#include "engine/engine.h"
#include "unit/formats/temp_file.h"

namespace fs = std::filesystem;

using samklang::testing::TempFile;

namespace {

const fs::path kRoot = SAMKLANG_SOURCE_DIR;

struct Found {
  std::vector<samklang::Finding> findings;
  std::string list;  // for INFO
};

// The punctuation findings of `target` (in `target_lang`) against `source`.
Found check(const std::string& source_lang, const std::string& source,
            const std::string& target_lang, const std::string& target,
            const std::string& own_rules = "") {
  TempFile source_file("source.md", source);
  TempFile target_file("target.md", target);
  TempFile rules_file("punctuation.toml", own_rules);
  samklang::RunOptions options;
  options.jobs = 1;
  options.source_lang = source_lang;
  options.segmentation_dir = (kRoot / "rules" / "segmentation").string();
  options.punctuation_rules = {(kRoot / "rules" / "punctuation.toml").string()};
  if (!own_rules.empty()) options.punctuation_rules.push_back(rules_file.path());
  options.documents = {
      {"doc", {{source_lang, source_file.path()}, {target_lang, target_file.path()}}}};
  auto result = samklang::run(options);
  REQUIRE(result);
  Found out;
  for (const samklang::Finding& f : result->findings) {
    if (f.rule != "punctuation") continue;
    out.list += "\n  " + std::to_string(f.target ? f.target->line : 0) + ":" +
                std::to_string(f.target ? f.target->column : 0) + " " + f.message;
    out.findings.push_back(f);
  }
  return out;
}

// Exactly one finding, whose message contains `what`, at line:column of the target.
void fires(const Found& found, const std::string& what, int line, int column) {
  INFO("found:" << found.list);
  REQUIRE(found.findings.size() == 1);
  const samklang::Finding& f = found.findings[0];
  CHECK(f.message.find(what) != std::string::npos);
  CHECK(f.severity == samklang::Severity::note);
  REQUIRE(f.target);
  CHECK(f.target->line == line);
  CHECK(f.target->column == column);
  CHECK_FALSE(f.fix.empty());
}

void silent(const Found& found) {
  INFO("found:" << found.list);
  CHECK(found.findings.empty());
}

}  // namespace

TEST_CASE("punctuation: a question translated as a statement", "[checks][punctuation]") {
  const std::string sv = "Vad gör vi för att skydda journalister i Serbien?\n";
  auto found = check("sv", sv, "en", "What we do to protect journalists in Serbia.\n");
  fires(found, "the source ends with a question mark '?' but the translation with a full stop '.'",
        1, 44);
  CHECK(found.findings[0].fix == "end the translation with '?'");
  silent(check("sv", sv, "en", "What do we do to protect journalists in Serbia?\n"));
  // Each language's own question mark.
  silent(
      check("sv", sv, "el", "Τι κάνουμε για να προστατεύσουμε τους δημοσιογράφους στη Σερβία;\n"));
  silent(check("sv", sv, "el",
               "Τι κάνουμε για να προστατεύσουμε τους δημοσιογράφους στη Σερβία\u037E\n"));
  silent(check("sv", sv, "ar", "ماذا نفعل لحماية الصحفيين في صربيا؟\n"));
  silent(check("sv", sv, "zh", "我们为保护塞尔维亚的记者做些什么？\n"));
  silent(check("sv", sv, "ja", "セルビアのジャーナリストを守るために私たちは何をしているのか。\n"));
  silent(check("sv", sv, "hy", "Ի՞նչ ենք անում Սերբիայում լրագրողներին պաշտպանելու համար։\n"));
  silent(check("sv", sv, "es", "¿Qué hacemos para proteger a los periodistas en Serbia?\n"));
  silent(check("sv", sv, "ru", "Что мы делаем для защиты журналистов в Сербии?\n"));
  // Greek ';' asks: an English '?' for it is right, a '.' is not.
  silent(check("el", "Τι κάνουμε για να προστατεύσουμε τους δημοσιογράφους;\n", "en",
               "What do we do to protect journalists?\n"));
}

TEST_CASE("punctuation: an end mark dropped or added", "[checks][punctuation]") {
  const std::string sv = "Vi försvarar människors rättigheter på fem kontinenter.\n";
  fires(check("sv", sv, "en", "We defend people's rights on five continents\n"),
        "the source ends with a full stop '.' but the translation has no end mark", 1, 45);
  fires(check("sv", "Vi försvarar människors rättigheter på fem kontinenter\n", "sr-Latn",
              "Branimo ljudska prava na pet kontinenata.\n"),
        "the translation ends with a full stop '.' but the source has no end mark", 1, 41);
  fires(check("sv", "Det här är vad vi gör:\n", "en", "This is what we do.\n"),
        "the source ends with a colon ':' but the translation with a full stop '.'", 1, 19);
  // Thai needs no full stop; Hindi ends with the danda; Armenian with '։'.
  silent(check("sv", sv, "th", "เราปกป้องสิทธิมนุษยชนในห้าทวีป\n"));
  silent(check("sv", sv, "hi", "हम पाँच महाद्वीपों पर लोगों के अधिकारों की रक्षा करते हैं।\n"));
  silent(check("sv", sv, "hy", "Մենք պաշտպանում ենք մարդկանց իրավունքները հինգ մայրցամաքում։\n"));
  // '...' is '…'; a full stop outside the closing quotation mark is still one.
  silent(check("sv", "Och så vidare…\n", "en", "And so on...\n"));
  silent(check("sv", "Vi kallar det ”hopp”.\n", "en", "We call it “hope.”\n"));
  // An abbreviation's full stop ends the sentence too.
  silent(check("sv", "Vi arbetar i Serbien, Ryssland m.fl.\n", "en",
               "We work in Serbia, Russia, etc.\n"));
}

TEST_CASE("punctuation: headings, fragments and open sentences are not compared",
          "[checks][punctuation]") {
  silent(check("sv", "# Vad gör vi?\n", "en", "# What we do\n"));
  silent(check("sv", "- Yttrandefrihet\n- Mötesfrihet\n", "en",
               "- Freedom of expression.\n- Freedom of assembly.\n"));
  // Mark against mark still counts in a list item.
  fires(check("sv", "- Vad gör vi i Serbien?\n", "en", "- What we do in Serbia.\n"),
        "question mark", 1, 23);
  // A clause that goes on: ',' against ';' (the UDHR preamble).
  silent(check("sv",
               "Enär erkännandet av det inneboende värdet hos alla medlemmar av människosläktet "
               "är grundvalen för frihet,\n",
               "es",
               "Considerando que la libertad, la justicia y la paz en el mundo tienen por base el "
               "reconocimiento de la dignidad intrínseca;\n"));
}

TEST_CASE("punctuation: a Spanish question opens with '¿'", "[checks][punctuation]") {
  const std::string sv = "Vad kan du göra för att hjälpa till?\n";
  fires(check("sv", sv, "es", "Qué puedes hacer para ayudar?\n"),
        "'?' closes a sentence that no '¿' opens", 1, 29);
  silent(check("sv", sv, "es", "¿Qué puedes hacer para ayudar?\n"));
  silent(
      check("sv", "Om inte vi, vem ska då göra det?\n", "es", "Si no nosotros, ¿quién lo hará?\n"));
  fires(check("sv", "Vilken dag!\n", "es", "Qué día!\n"), "no '¡' opens", 1, 8);
  // Question marks that stand for unknown characters; a note after the question.
  silent(check("en", "Unknown owner: ???\n", "es", "Propietario desconocido: ???\n"));
  silent(check("en", "Remove the write-protected file?\n", "es",
               "¿Borrar el archivo protegido contra escritura? (s/n)\n"));
}

TEST_CASE("punctuation: quotation marks of another language", "[checks][punctuation]") {
  const std::string en = "She said “never again” to the court.\n";
  fires(check("en", en, "sv", "Hon sa „aldrig igen“ till domstolen.\n"),
        "'„' and '“' are not quotation marks of sv, which quotes with ”…”", 1, 8);
  silent(check("en", en, "sv", "Hon sa ”aldrig igen” till domstolen.\n"));
  silent(check("en", en, "sv", "Hon sa »aldrig igen» till domstolen.\n"));
  fires(check("es", "Dijo «nunca más» ante el tribunal.\n", "en",
              "She said «never again» to the court.\n"),
        "'«' and '»' are not quotation marks of en", 1, 10);
  silent(check("en", en, "de", "Sie sagte „nie wieder“ vor Gericht.\n"));
  fires(check("en", en, "de", "Sie sagte ”nie wieder” vor Gericht.\n"), "'”' is not a quotation", 1,
        11);
  silent(check("en", en, "ru", "Она сказала «никогда больше» суду.\n"));
  silent(check("en", "She said “they called it ‘hope’” in court.\n", "ru",
               "Она сказала «они назвали это „надеждой“» в суде.\n"));
  silent(check("en", en, "sr", "Рекла је „никад више“ суду.\n"));
  fires(check("en", en, "sr-Latn", "Rekla je “nikad više” sudu.\n"), "'”' is not a quotation", 1,
        21);
  fires(check("en", en, "th", "เธอพูดว่า «ไม่อีกแล้ว» ต่อศาล\n"), "not quotation marks of th", 1, 11);
  silent(check("en", en, "th", "เธอพูดว่า “ไม่อีกแล้ว” ต่อศาล\n"));
  // A breadcrumb '›' is no quotation mark.
  silent(check("en", "Home › About us › Our mission\n", "sv", "Hem › Om oss › Vårt uppdrag\n"));
}

TEST_CASE("punctuation: straight quotes for the source's typographic ones",
          "[checks][punctuation]") {
  fires(check("sv", "Vi kallar det ”hopp” i Serbien.\n", "en", "We call it \"hope\" in Serbia.\n"),
        "straight quotation marks '\"' where the source has typographic ones (2 times", 1, 12);
  silent(
      check("sv", "Vi kallar det \"hopp\" i Serbien.\n", "en", "We call it \"hope\" in Serbia.\n"));
  // In a URL or a placeholder, or an attribute, quotes are not prose.
  silent(check("sv", "Sök efter ”rättigheter” på https://example.org/sok.\n", "en",
               "Search for “rights” at https://example.org/search?q=\"rights\".\n"));
  silent(check("sv", "Ange ”sv” som språk.\n", "en", "Set lang=\"sv\" as the language.\n"));
}

TEST_CASE("punctuation: French spacing", "[checks][punctuation]") {
  const std::string sv = "Varför försvarar vi rättigheter?\n";
  silent(check("sv", sv, "fr", "Pourquoi défendons-nous les droits\u202F?\n"));
  silent(check("sv", sv, "fr", "Pourquoi défendons-nous les droits\u00A0?\n"));
  fires(check("sv", sv, "fr", "Pourquoi défendons-nous les droits?\n"),
        "no space before '?'; fr puts a no-break space before it", 1, 35);
  fires(check("sv", sv, "fr", "Pourquoi défendons-nous les droits ?\n"),
        "an ordinary space before '?' may break the line", 1, 35);
  const std::string quote = "Vi kallar det ”hopp”.\n";
  silent(check("sv", quote, "fr", "Nous l’appelons «\u00A0espoir\u00A0».\n"));
  fires(check("sv", quote, "fr", "Nous l’appelons «espoir».\n"),
        "no space after '«'; fr puts a no-break space inside «…» (2 times", 1, 17);
  fires(check("sv", quote, "fr", "Nous l’appelons « espoir ».\n"),
        "an ordinary space after '«' may break the line", 1, 17);
  // Times, URLs and Canadian French.
  silent(check("sv", "Mötet börjar kl. 10:30 i Stockholm.\n", "fr",
               "La réunion commence à 10:30 à Stockholm.\n"));
  silent(check("sv", "Läs mer på https://crd.org/sv/.\n", "fr",
               "Lisez la suite sur https://crd.org/fr/.\n"));
  silent(check("sv", sv, "fr-CA", "Pourquoi défendons-nous les droits?\n"));
  fires(check("sv", "Vår strategi: läs mer här.\n", "fr-CA",
              "Notre stratégie: lisez la suite ici.\n"),
        "no space before ':'", 1, 16);
}

TEST_CASE("punctuation: a space before a mark, inside quotes, twice", "[checks][punctuation]") {
  const std::string sv = "Vi försvarar rättigheter, alltid och överallt.\n";
  fires(check("sv", sv, "en", "We defend rights , always and everywhere.\n"), "a space before ','",
        1, 17);
  fires(check("sv", sv, "ru", "Мы защищаем права, всегда и везде .\n"), "a space before '.'", 1,
        34);
  fires(check("en", "We defend rights; always.\n", "sv", "Vi försvarar rättigheter ; alltid.\n"),
        "a space before ';'", 1, 25);
  fires(check("sv", sv, "sr-Latn", "Branimo prava,  uvek i svuda.\n"), "a double space", 1, 15);
  fires(check("en", "She said “never again” to the court.\n", "de",
              "Sie sagte „ nie wieder“ vor Gericht.\n"),
        "a space after the opening quotation mark '„'", 1, 11);
  silent(check("sv", sv, "en", "We defend rights, always and everywhere.\n"));
  // Not punctuation errors: ellipses, decimals, times, .NET, emoticons.
  silent(check("sv", "Vi väntade ... och väntade.\n", "en", "We waited ... and waited.\n"));
  silent(check("sv", "Räntan är 1,5 procent kl. 10:30.\n", "en",
               "The rate is 1.5 percent at 10:30.\n"));
  silent(check("sv", "Vi använder .NET och Python.\n", "en", "We use .NET and Python.\n"));
  silent(check("sv", "Tack för i dag :)\n", "en", "Thanks for today :)\n"));
  // The source's own spacing is the text's style, not the translator's slip.
  silent(check("sv", "Vi försvarar rättigheter  alltid.\n", "en", "We defend rights  always.\n"));
}

TEST_CASE("punctuation: a project's rules file changes a language's conventions",
          "[checks][punctuation]") {
  const std::string en = "She said “never again” to the court.\n";
  const std::string sv = "Hon sa «aldrig igen» till domstolen.\n";
  fires(check("en", en, "sv", sv), "'«' is not a quotation mark of sv", 1, 8);
  silent(check("en", en, "sv", sv, "[sv]\nquotes = [[\"«\", \"»\"]]\n"));
}
