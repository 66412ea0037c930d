#include "cli/i18n.h"

#include "catch.hpp"
#include "checks/check.h"

using samklang::cli::choose_message_language;

namespace {

const std::vector<std::string> kSwedishOnly{"sv"};

}  // namespace

TEST_CASE("i18n: LC_ALL, then LC_MESSAGES, then LANG choose the language", "[cli][i18n]") {
  CHECK(choose_message_language(nullptr, nullptr, "sv_SE.UTF-8", kSwedishOnly) == "sv");
  CHECK(choose_message_language("sv_SE.UTF-8", nullptr, "C", kSwedishOnly) == "sv");
  // LC_ALL beats LANG, both ways.
  CHECK(choose_message_language("C", nullptr, "sv_SE.UTF-8", kSwedishOnly).empty());
  CHECK(choose_message_language("en_GB.UTF-8", nullptr, "sv_SE.UTF-8", kSwedishOnly).empty());
  // LC_MESSAGES beats LANG, and LC_ALL beats LC_MESSAGES.
  CHECK(choose_message_language(nullptr, "sv_SE.UTF-8", "en_US.UTF-8", kSwedishOnly) == "sv");
  CHECK(choose_message_language(nullptr, "POSIX", "sv_SE.UTF-8", kSwedishOnly).empty());
  CHECK(choose_message_language("en_US.UTF-8", "sv_SE.UTF-8", nullptr, kSwedishOnly).empty());
  // An empty variable counts as unset.
  CHECK(choose_message_language("", "", "sv_SE.UTF-8", kSwedishOnly) == "sv");
}

TEST_CASE("i18n: C, POSIX, none and languages without a catalog are English", "[cli][i18n]") {
  auto chosen = GENERATE(as<std::string>{}, "C", "POSIX", "C.UTF-8", "C.utf8", "", "de_DE",
                         "de_DE.UTF-8", "en_US.UTF-8", "nb_NO.UTF-8", "s", "_SE");
  INFO(chosen);
  CHECK(choose_message_language(nullptr, nullptr, chosen.c_str(), kSwedishOnly).empty());
  CHECK(choose_message_language(nullptr, nullptr, nullptr, kSwedishOnly).empty());
}

TEST_CASE("i18n: every spelling of Swedish is Swedish", "[cli][i18n]") {
  auto chosen = GENERATE(as<std::string>{}, "sv", "sv_SE", "sv_SE.UTF-8", "sv_FI.UTF-8", "sv_FI",
                         "sv_SE.utf8", "sv_SE.ISO-8859-1", "sv_FI@euro", "SV_se.UTF-8");
  INFO(chosen);
  CHECK(choose_message_language(nullptr, nullptr, chosen.c_str(), kSwedishOnly) == "sv");
  // Without a Swedish catalog, English.
  CHECK(choose_message_language(nullptr, nullptr, chosen.c_str(), {}).empty());
}

TEST_CASE("i18n: without a catalog loaded, messages are the English msgids", "[cli][i18n]") {
  // The test binary never calls init_messages.
  CHECK(samklang::cli::tr("no findings") == "no findings");
  CHECK(samklang::cli::count_of("{} error", "{} errors", 1) == "1 error");
  CHECK(samklang::cli::count_of("{} error", "{} errors", 0) == "0 errors");
  CHECK(samklang::cli::count_of("{} error", "{} errors", 12) == "12 errors");
  CHECK(samklang::cli::diagnostic({"po/sv.po", 3, 7}, samklang::Severity::error, "bad") ==
        "po/sv.po:3:7: error: bad");
  CHECK(samklang::cli::diagnostic({"a.md", 0, 0}, samklang::Severity::warning, "w") ==
        "a.md: warning: w");
  CHECK(samklang::cli::diagnostic({}, samklang::Severity::note, "n") == "note: n");
}

TEST_CASE("i18n: a rule's message keeps its English text, format and arguments", "[cli][i18n]") {
  samklang::Text text =
      samklang::message_text("'{}' is written in {}, the source language, not in {}",
                             std::string("Vi försvarar"), std::string("sv"), "sr-Latn");
  CHECK(text.english == "'Vi försvarar' is written in sv, the source language, not in sr-Latn");
  CHECK(text.parts.format == "'{}' is written in {}, the source language, not in {}");
  CHECK(text.parts.args == std::vector<std::string>{"Vi försvarar", "sv", "sr-Latn"});
  // Plain English converts and has no parts: never translated.
  samklang::Text plain = std::string("remove it");
  CHECK(plain.english == "remove it");
  CHECK(plain.parts.format.empty());
}

TEST_CASE("i18n: without a catalog a message is its English text", "[cli][i18n]") {
  // The test binary loads no catalog: tr() gives the format back, and the
  // English text is shown as the rule wrote it.
  samklang::MessageParts parts{"translate it into {} here", {"sr-Latn"}};
  CHECK(samklang::cli::translate_message("translate it into sr-Latn here", parts) ==
        "translate it into sr-Latn here");
  CHECK(samklang::cli::translate_message("plain", {}) == "plain");
}
