#include "text/sentences.h"

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "catch.hpp"

namespace {

std::vector<std::string> sentences(const std::string& lang, std::vector<std::string> abbreviations,
                                   std::string_view text) {
  samklang::SentenceSplitter splitter(lang, std::move(abbreviations));
  std::vector<std::string> out;
  for (auto [begin, end] : splitter.split(text)) out.emplace_back(text.substr(begin, end - begin));
  return out;
}

const std::vector<std::string> kSwedish{"t.ex.", "bl.a.", "m.fl."};

}  // namespace

TEST_CASE("sentences: Swedish t.ex. does not end a sentence", "[text]") {
  auto out = sentences("sv", kSwedish, "Vi arbetar i t.ex. Serbien och Ryssland.");
  CHECK(out == std::vector<std::string>{"Vi arbetar i t.ex. Serbien och Ryssland."});
}

TEST_CASE("sentences: ICU alone splits after t.ex.", "[text]") {
  // Without the list the break stays: the list is what fixes it.
  auto out = sentences("sv", {}, "Vi arbetar i t.ex. Serbien och Ryssland.");
  CHECK(out.size() == 2);
}

TEST_CASE("sentences: Swedish bl.a. before a capital", "[text]") {
  auto out = sentences("sv", kSwedish,
                       "Vi stöder bl.a. Civil Rights Defenders i Serbien. Arbetet fortsätter.");
  CHECK(out == std::vector<std::string>{"Vi stöder bl.a. Civil Rights Defenders i Serbien.",
                                        "Arbetet fortsätter."});
}

TEST_CASE("sentences: plain two-sentence text", "[text]") {
  auto out = sentences("sv", kSwedish, "  Vi arbetar i Serbien. Vi arbetar i Ryssland.\n");
  CHECK(out == std::vector<std::string>{"Vi arbetar i Serbien.", "Vi arbetar i Ryssland."});
}

TEST_CASE("sentences: English e.g. and Spanish Sr.", "[text]") {
  CHECK(sentences("en", {"e.g.", "i.e."}, "We work in e.g. Serbia. We also work in Russia.") ==
        std::vector<std::string>{"We work in e.g. Serbia.", "We also work in Russia."});
  CHECK(sentences("es", {"Sr.", "Sra."}, "El Sr. García llegó.") ==
        std::vector<std::string>{"El Sr. García llegó."});
}

TEST_CASE("sentences: an abbreviation must start a word", "[text]") {
  // "Sr." inside "USr." is not the abbreviation; after "(" it is.
  CHECK(sentences("es", {"Sr."}, "Vino de USr. García llegó.").size() == 2);
  CHECK(sentences("es", {"Sr."}, "Llegó (Sr. García) ayer.").size() == 1);
}

TEST_CASE("sentences: empty and white-space text give no sentence", "[text]") {
  CHECK(sentences("sv", kSwedish, "").empty());
  CHECK(sentences("sv", kSwedish, " \n\t ").empty());
}

TEST_CASE("sentences: abbreviation list from a file", "[text]") {
  std::string path =
      (std::filesystem::temp_directory_path() / "samklang_abbrev_test_sv.txt").string();
  {
    std::ofstream out(path, std::ios::binary);
    out << "\xEF\xBB\xBF# Swedish\r\nt.ex.\r\n\r\nbl.a.\n  # indented comment\nm.fl.";
  }
  auto list = samklang::load_abbreviations(path);
  std::filesystem::remove(path);
  REQUIRE(list.has_value());
  CHECK(*list == std::vector<std::string>{"t.ex.", "bl.a.", "m.fl."});
  auto missing = samklang::load_abbreviations("no/such/abbreviations.txt");
  REQUIRE_FALSE(missing.has_value());
  CHECK(missing.error().where.file == "no/such/abbreviations.txt");
}
