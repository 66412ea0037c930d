// A history of edits to the Swedish mission text after the English and
// Spanish translations were signed off, with the exact findings after each.
#include <filesystem>
#include <functional>

#include "catch.hpp"
#include "cli/run_binary.h"
#include "engine/engine.h"
#include "project/lockfile.h"
#include "test_support.h"

namespace fs = std::filesystem;
using samklang::testing::slurp;
using samklang::testing::TempDir;

namespace {

const fs::path kRoot = SAMKLANG_SOURCE_DIR;

samklang::RunOptions mission_options(const fs::path& dir) {
  samklang::RunOptions options;
  options.source_lang = "sv";
  options.jobs = 1;
  options.segmentation_dir = (kRoot / "rules/segmentation").string();
  options.termbases = {(kRoot / "rules/terms.tsv").string()};
  samklang::DocumentSet set{"catalogs/{lang}/mission.md", {}};
  for (const char* lang : {"sv", "en", "es"})
    set.files.push_back({lang, (dir / "catalogs" / lang / "mission.md").string()});
  options.documents = {set};
  options.lockfile = (dir / "samklang.lock").string();
  return options;
}

// Every finding as "rule lang: target text", or the source text for a
// missing one; an outdated one with its diff.
std::vector<std::string> findings(const samklang::RunResult& result) {
  std::vector<std::string> out;
  for (const samklang::Finding& f : result.findings) {
    std::string text = f.target && !f.target->text.empty() ? f.target->text : f.source->text;
    std::string line = f.rule + " " + f.target_lang + ": " + text;
    if (f.change) line += " | " + f.change->diff;
    out.push_back(line);
  }
  return out;
}

void sign_off(const samklang::RunOptions& options) {
  auto result = samklang::run(options);
  REQUIRE(result);
  samklang::Lockfile lock;
  for (auto& pair : result->pairs)
    samklang::replace_pairs(lock, pair.document, pair.lang, std::move(pair.signoff));
  REQUIRE_FALSE(samklang::save_lockfile(options.lockfile, lock));
}

void replace(std::string& text, const std::string& from, const std::string& to) {
  size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
}

// The paragraph that starts with `start`, without its blank line.
std::string paragraph(const std::string& text, const std::string& start) {
  size_t at = text.find(start);
  REQUIRE(at != std::string::npos);
  return text.substr(at, text.find("\n\n", at) - at);
}

struct Step {
  const char* what;
  std::function<void(std::string&)> edit;  // of the Swedish text
  std::vector<std::string> outdated;       // the outdated findings after it
  std::vector<std::string> others;         // every other finding after it
  bool follow = false;                     // the translators move their paragraph too
};

std::vector<std::string> only(const std::vector<std::string>& lines, bool outdated) {
  std::vector<std::string> out;
  for (const std::string& line : lines)
    if (line.starts_with("outdated ") == outdated) out.push_back(line);
  return out;
}

void swap_paragraphs(std::string& text, const std::string& first, const std::string& second) {
  std::string a = paragraph(text, first);
  std::string b = paragraph(text, second);
  replace(text, a + "\n\n" + b, b + "\n\n" + a);
}

}  // namespace

TEST_CASE("outdated: a history of edits to the mission text outdates exactly the changed sentences",
          "[engine][outdated]") {
  TempDir dir;
  for (const char* lang : {"en", "es"})
    dir.write(std::string("catalogs/") + lang + "/mission.md",
              slurp(kRoot / "catalogs" / lang / "mission.md"));
  // The text as signed off has a typo, fixed later on.
  std::string swedish = slurp(kRoot / "catalogs/sv/mission.md");
  replace(swedish, "position med omsorg", "position med omosrg");
  fs::path sv = dir.write("catalogs/sv/mission.md", swedish);
  const samklang::RunOptions options = mission_options(dir.path());
  sign_off(options);
  {
    auto result = samklang::run(options);
    REQUIRE(result);
    CHECK(findings(*result).empty());
  }

  const std::string kFourEn =
      "outdated en: We are locally represented on four continents. | Vi "
      "[-är lokalt representerade-]{+har lokal närvaro+} på fyra "
      "kontinenter.";
  const std::string kFourEs =
      "outdated es: Tenemos representación local en cuatro continentes. | "
      "Vi [-är lokalt representerade-]{+har lokal närvaro+} på fyra "
      "kontinenter.";
  const std::string kTypoEn =
      "outdated en: We uphold high ethical standards and use our position with care. | Vi "
      "upprätthåller höga etiska standarder och använder vår position med [-omosrg-]{+omsorg+}.";
  const std::string kTypoEs =
      "outdated es: Mantenemos altos estándares éticos y usamos nuestra posición con "
      "cuidado. | Vi upprätthåller höga etiska standarder och använder vår position med "
      "[-omosrg-]{+omsorg+}.";
  // The diff shows the source as it is now, no-break space included.
  auto with_nbsp = [&](std::string line) {
    replace(line, "på fyra", "på\u00a0fyra");
    return line;
  };
  const std::string kMoved = "Vi står upp för de normer";
  const std::string kMovedPast = "Vi är del av en global rörelse";
  const std::vector<Step> history = {
      {"a sentence reworded",
       [](std::string& t) {
         replace(t, "Vi är lokalt representerade på fyra", "Vi har lokal närvaro på fyra");
       },
       {kFourEn, kFourEs},
       {}},
      {"a sentence added",
       [](std::string& t) {
         replace(t, "politiska rättigheter.\n",
                 "politiska rättigheter. Vi tror på allas lika värde.\n");
       },
       {kFourEn, kFourEs},
       {"segment-missing en: Vi tror på allas lika värde.",
        "segment-missing es: Vi tror på allas lika värde."}},
      {"a paragraph moved in the source only: a structural change, nothing outdated",
       [&](std::string& t) { swap_paragraphs(t, kMovedPast, kMoved); },
       {kFourEn, kFourEs},
       {"segment-missing en: Vi tror på allas lika värde.",
        "segment-missing en: Vi står upp för de normer och värderingar som uttrycks i den "
        "internationella konventionen om medborgerliga och politiska rättigheter samt i andra "
        "relevanta instrument för mänskliga rättigheter.",
        "segment-missing en: Vi uppmuntrar människor att nyttja dessa rättigheter för att främja "
        "demokratiska samhällen.",
        "segment-extra en: We stand up for the norms and values expressed in the International "
        "Covenant on Civil and Political Rights and in other relevant human rights instruments.",
        "segment-extra en: We encourage people to exercise these rights in order to promote "
        "democratic societies.",
        "segment-missing es: Vi tror på allas lika värde.",
        "segment-missing es: Vi står upp för de normer och värderingar som uttrycks i den "
        "internationella konventionen om medborgerliga och politiska rättigheter samt i andra "
        "relevanta instrument för mänskliga rättigheter.",
        "segment-missing es: Vi uppmuntrar människor att nyttja dessa rättigheter för att främja "
        "demokratiska samhällen.",
        "segment-extra es: Defendemos las normas y valores expresados en el Pacto Internacional de "
        "Derechos Civiles y Políticos y en otros instrumentos pertinentes de derechos humanos.",
        "segment-extra es: Alentamos a las personas a ejercer estos derechos para promover "
        "sociedades democráticas."}},
      {"the translators move the paragraph too",
       [](std::string&) {},
       {kFourEn, kFourEs},
       {"segment-missing en: Vi tror på allas lika värde.",
        "segment-missing es: Vi tror på allas lika värde."},
       true},
      {"a typo fixed",
       [](std::string& t) { replace(t, "med omosrg", "med omsorg"); },
       {kFourEn, kTypoEn, kFourEs, kTypoEs},
       {"segment-missing en: Vi tror på allas lika värde.",
        "segment-missing es: Vi tror på allas lika värde."}},
      {"a paragraph split in two",
       [](std::string& t) { replace(t, "påtryckningar. Vi tar", "påtryckningar.\n\nVi tar"); },
       {kFourEn, kTypoEn, kFourEs, kTypoEs},
       {"segment-missing en: Vi tror på allas lika värde.",
        "segment-missing es: Vi tror på allas lika värde."}},
      {"quotes, dashes and no-break spaces only",
       [](std::string& t) {
         replace(t, "Integritet – Vi", "Integritet - Vi");
         replace(t, "på fyra kontinenter", "på\u00a0fyra kontinenter");
       },
       {with_nbsp(kFourEn), kTypoEn, with_nbsp(kFourEs), kTypoEs},
       {"segment-missing en: Vi tror på allas lika värde.",
        "segment-missing es: Vi tror på allas lika värde."}},
  };
  for (const Step& step : history) {
    INFO("after: " << step.what);
    step.edit(swedish);
    dir.write("catalogs/sv/mission.md", swedish);
    if (step.follow) {
      for (const char* lang : {"en", "es"}) {
        fs::path file = dir.path() / "catalogs" / lang / "mission.md";
        std::string text = slurp(file);
        swap_paragraphs(text, lang == std::string("en") ? "We are part of" : "Formamos parte",
                        lang == std::string("en") ? "We stand up for" : "Defendemos las");
        dir.write(fs::relative(file, dir.path()).string(), text);
      }
    }
    auto result = samklang::run(options);
    REQUIRE(result);
    std::vector<std::string> all = findings(*result);
    CHECK(only(all, true) == step.outdated);
    CHECK(only(all, false) == step.others);
  }

  // Signed off again: nothing is outdated.
  sign_off(options);
  auto result = samklang::run(options);
  REQUIRE(result);
  CHECK(only(findings(*result), true).empty());
  CHECK(result->summary.at("en").outdated == 0);
}
