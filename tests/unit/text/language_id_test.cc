#include "text/language_id.h"

#include "catch.hpp"

using samklang::identify_language;
using samklang::languages_confusable;
using samklang::SourceLanguageDetector;

TEST_CASE("language id: CLD2 names the language of a sentence", "[text]") {
  auto [text, lang] = GENERATE(table<std::string, std::string>({
      {"Alla människor är födda fria och lika i värde och rättigheter.", "sv"},
      {"All human beings are born free and equal in dignity and rights.", "en"},
      {"Todos los seres humanos nacen libres e iguales en dignidad y derechos.", "es"},
      {"Все люди рождаются свободными и равными в своем достоинстве и правах.", "ru"},
      {"มนุษย์ทั้งหลายเกิดมามีอิสระและเสมอภาคกันในเกียรติศักดิ์และสิทธิ", "th"},
  }));
  INFO(text);
  auto guess = identify_language(text, "");
  CHECK(guess.lang == lang);
  CHECK(guess.reliable);
}

TEST_CASE("language id: neighbours are confusable, others not", "[text]") {
  CHECK(languages_confusable("sr-Latn", "hr"));
  CHECK(languages_confusable("sr-Cyrl", "ru"));
  CHECK(languages_confusable("sr", "mk"));
  CHECK(languages_confusable("nb", "sv"));
  CHECK(languages_confusable("da", "no"));
  CHECK(languages_confusable("es", "pt-BR"));
  CHECK(languages_confusable("gl", "es"));
  CHECK(languages_confusable("en-GB", "en"));
  CHECK_FALSE(languages_confusable("sv", "en"));
  CHECK_FALSE(languages_confusable("ru", "en"));
  CHECK_FALSE(languages_confusable("sr-Latn", "sv"));
  CHECK_FALSE(languages_confusable("th", "en"));
}

TEST_CASE("language id: a sentence left in the source language is found", "[text]") {
  auto [source, target, text] = GENERATE(table<std::string, std::string, std::string>({
      {"en", "es", "Everyone has the right to freedom of thought, conscience and religion."},
      {"en", "sv", "Everyone has the right to freedom of thought, conscience and religion."},
      {"en", "ru", "Everyone has the right to freedom of thought, conscience and religion."},
      {"en", "th", "Everyone has the right to freedom of thought, conscience and religion."},
      {"en", "sr-Latn", "Everyone has the right to freedom of thought, conscience and religion."},
      {"sv", "en",
       "Var och en har rätt till tankefrihet, samvetsfrihet och religionsfrihet, och det är "
       "en rätt som inte får inskränkas av staten."},
      {"ru", "en",
       "Каждый человек имеет право на свободу мысли, совести и религии; это право "
       "включает свободу менять свою религию или убеждения."},
  }));
  INFO(source << " in " << target << ": " << text);
  SourceLanguageDetector detector(source, target);
  REQUIRE(detector.enabled());
  CHECK(detector.written_in_source(text));
}

TEST_CASE("language id: a translation is not taken for its source", "[text]") {
  auto [source, target, text] = GENERATE(table<std::string, std::string, std::string>({
      // Technical Swedish that CLD2 alone calls English.
      {"en", "sv", "Ställer in nuvarande transaktions read-only-status."},
      {"en", "sv", "Internationella fonetiska alfabetet"},
      // Spanish CLD2 alone calls English on its default.
      {"en", "es", "a fundar sindicatos y a sindicarse para la defensa de sus intereses."},
      {"en", "es",
       "Toda persona tiene derecho a la libertad de pensamiento, de conciencia y de "
       "religión."},
      {"sv", "en",
       "The Swedish Discrimination Act prohibits discrimination at work and in school."},
      {"en", "ru", "Каждый человек имеет право на свободу мысли, совести и религии."},
      {"en", "sr-Latn", "Svako ima pravo na slobodu misli, savesti i veroispovesti."},
      {"en", "th", "ทุกคนมีสิทธิในอิสรภาพแห่งความคิด มโนธรรม และศาสนา"},
      // Too short to be sure.
      {"en", "es", "Save the file"},
  }));
  INFO(source << " in " << target << ": " << text);
  SourceLanguageDetector detector(source, target);
  CHECK_FALSE(detector.written_in_source(text));
}

TEST_CASE("language id: neighbours and unknown languages are never guessed between", "[text]") {
  // A Swedish sentence in a Norwegian page, a Serbian one in a Croatian page:
  // CLD2 mixes these up, so the detector stays off.
  CHECK_FALSE(SourceLanguageDetector("sv", "nb").enabled());
  CHECK_FALSE(SourceLanguageDetector("sr-Latn", "hr").enabled());
  CHECK_FALSE(SourceLanguageDetector("ru", "sr-Cyrl").enabled());
  CHECK_FALSE(SourceLanguageDetector("es", "pt").enabled());
  CHECK_FALSE(SourceLanguageDetector("en", "tlh").enabled());
  CHECK_FALSE(SourceLanguageDetector("sv", "nb")
                  .written_in_source(
                      "Var och en har rätt till tankefrihet, samvetsfrihet och religionsfrihet."));
}
