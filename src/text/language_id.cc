#include "text/language_id.h"

// compact_lang_det.h uses FILE without including <cstdio>.
#include <cstdio>
// clang-format off
#include <cld2/public/compact_lang_det.h>
// clang-format on
#include <cld2/public/encodings.h>

#include <algorithm>
#include <array>
#include <string>

#include "text/normalize.h"

namespace samklang {
namespace {

// BCP 47 tag -> CLD2's code where they differ.
std::string cld2_code(const Lang& tag) {
  std::string canonical = lang_canonical(tag);
  std::string base = lang_base(canonical);
  if (base == "zh") {
    bool traditional = canonical.find("Hant") != std::string::npos || canonical.ends_with("-TW") ||
                       canonical.ends_with("-HK") || canonical.ends_with("-MO");
    return traditional ? "zh-Hant" : "zh";
  }
  if (base == "nb") return "no";
  if (base == "he") return "iw";
  if (base == "jv") return "jw";
  if (base == "fil") return "tl";
  return base;
}

CLD2::Language cld2_language(const Lang& tag) {
  if (tag.empty()) return CLD2::UNKNOWN_LANGUAGE;
  std::string code = cld2_code(tag);
  return CLD2::GetLanguageFromName(code.c_str());
}

// Languages CLD2 mixes up on a sentence (checked on the UDHR: Serbian Latin
// is taken for Bosnian or Croatian, Macedonian for Serbian, Portuguese for
// Galician, Danish and Swedish for Norwegian, Indonesian for Malay).
constexpr std::array<std::array<std::string_view, 8>, 9> kNeighbours = {{
    {"sr", "hr", "bs", "sh", "me", "mk", "sl"},
    {"ru", "uk", "be", "bg", "mk", "sr"},
    {"sv", "no", "nb", "nn", "da", "fo", "is"},
    {"es", "pt", "gl", "ca", "ast", "oc"},
    {"cs", "sk"},
    {"id", "ms"},
    {"hi", "mr", "ne"},
    {"zh", "ja"},
    {"af", "nl"},
}};

// The commonest function words of a language (articles, prepositions,
// conjunctions, pronouns, auxiliaries), space-separated and case-folded;
// words that are as common in a neighbouring language of another group
// ("in", "be", "men") are left out where they would mislead.
std::string_view function_words(const Lang& tag) {
  static const std::pair<std::string_view, std::string_view> kLists[] = {
      {"en",
       " the a an of to and in is are was were be been being it its that this these those for "
       "on with as by from at or not no but which who whom what have has had do does did can "
       "cannot could will would should may might must shall there their they them you your we "
       "our he she his her if than then so into about only also all any each been such when "
       "where how why more most other some "},
      {"sv",
       " och att det som en ett är av för på med till inte har jag om vi kan ska skall så eller "
       "efter från vid också när sina sin sitt hos alla denna detta dessa måste finns blir inga "
       "ingen utan sig deras vara varit kunde skulle vilket vilka någon något några bara mot "
       "redan "},
      {"da",
       " og at det som en et er af for på med til ikke har jeg om vi kan skal så eller efter fra "
       "ved også når sine sin sit hos alle denne dette disse skal findes bliver ingen uden sig "
       "deres være været kunne skulle hvilket nogen noget kun mod "},
      {"no",
       " og at det som en et er av for på med til ikke har jeg om vi kan skal så eller etter fra "
       "ved også når sine sin sitt hos alle denne dette disse må finnes blir ingen uten seg deres "
       "være vært kunne skulle hvilket noen noe bare mot "},
      {"de",
       " der die das und ist nicht zu den mit von sich des auf für im dem ein eine einer eines "
       "einen als auch es werden aus er hat dass sie nach wird bei kann um noch wie über zum "
       "zur oder nur wenn sind war wurde wurden diese dieser dieses kein keine "},
      {"nl",
       " de het een en van is dat op te zijn voor met niet aan er als bij ook om door maar "
       "wordt naar dit deze kan worden geen heeft hebben werd uit "},
      {"fr",
       " le la les de des du et est un une que qui dans pour pas sur au aux avec ce cette ces "
       "il elle ne se par plus sont ou son sa ses être été peut vous nous leur leurs mais "
       "était comme "},
      {"es",
       " el la los las de del y en que un una es por para con no se lo al como más pero sus su "
       "le ya o este esta estos estas son está están entre cuando muy sin sobre también hay "
       "ser fue han desde todo todos puede "},
      {"pt",
       " o a os as de do da dos das e em um uma que não para com por no na nos nas se mais ao "
       "como é são está foi ser pelo pela mas seu sua também já pode "},
      {"it",
       " il lo la i gli le di del della dei delle e è un una che non per con da su al alla "
       "sono come più ma anche questo questa essere stato può nel nella "},
      {"fi",
       " ja on ei se että oli ovat ole kun jos niin mutta myös tai tämä nämä kanssa mukaan "
       "sen sekä kuin vain voi ovat olla hän he me "},
      {"ru",
       " и в не на что с по как это из к у о от за для же но так все его ее её был была были "
       "быть или если только уже при может чтобы этот эта эти он она они мы вы "},
      {"sr",
       " i je u da se na za od su ne sa kao ili koji koja koje biti može ali ako samo to ovaj "
       "ova ovo su bio bila bilo и је у да се на за од су не са као или који која које бити "
       "може али ако само то овај ова ово био била било "},
      {"th",
       " ที่ และ ของ ใน เป็น การ ได้ ไม่ มี ให้ จะ ว่า กับ นี้ ความ แล้ว หรือ โดย จาก ซึ่ง "
       "คือ อยู่ ต้อง "},
  };
  std::string code = cld2_code(tag);
  for (const auto& [lang, words] : kLists)
    if (code == lang) return words;
  return {};
}

bool listed(std::string_view list, const std::string& word) {
  if (word.empty()) return false;
  std::string needle = " " + word + " ";
  return list.find(needle) != std::string_view::npos;
}

}  // namespace

LanguageGuess identify_language(std::string_view text, const Lang& hint) {
  LanguageGuess out;
  out.lang = "un";
  if (text.empty()) return out;
  CLD2::Language hinted = cld2_language(hint);
  std::string hint_code = hinted == CLD2::UNKNOWN_LANGUAGE ? "" : cld2_code(hint);
  CLD2::CLDHints hints{hint_code.empty() ? nullptr : hint_code.c_str(), nullptr,
                       CLD2::UNKNOWN_ENCODING, hinted};
  CLD2::Language top[3];
  int percent[3] = {0, 0, 0};
  double score[3] = {0, 0, 0};
  CLD2::ResultChunkVector chunks;
  int valid_prefix = 0;
  CLD2::Language found = CLD2::ExtDetectLanguageSummaryCheckUTF8(
      text.data(), static_cast<int>(text.size()), true, &hints, 0, top, percent, score, &chunks,
      &out.text_bytes, &out.reliable, &valid_prefix);
  if (valid_prefix < static_cast<int>(text.size())) {
    out.reliable = false;  // not UTF-8: CLD2 gave up
    return out;
  }
  out.lang = CLD2::LanguageCode(found);
  out.percent = top[0] == found ? percent[0] : 0;
  for (const CLD2::ResultChunk& chunk : chunks)
    if (static_cast<CLD2::Language>(chunk.lang1) == found) out.covered_bytes += chunk.bytes;
  return out;
}

bool language_identifiable(const Lang& tag) { return cld2_language(tag) != CLD2::UNKNOWN_LANGUAGE; }

bool languages_confusable(const Lang& a, const Lang& b) {
  std::string x = cld2_code(a);
  std::string y = cld2_code(b);
  if (x == y) return true;
  x = lang_base(x);
  y = lang_base(y);
  if (x == y) return true;
  return std::any_of(kNeighbours.begin(), kNeighbours.end(), [&](const auto& group) {
    auto has = [&](const std::string& code) {
      return std::find(group.begin(), group.end(), code) != group.end();
    };
    return has(x) && has(y);
  });
}

SourceLanguageDetector::SourceLanguageDetector(const Lang& source, const Lang& target)
    : source_(source),
      target_(target),
      source_words_(function_words(source)),
      target_words_(function_words(target)),
      breaker_(target) {
  enabled_ = language_identifiable(source) && language_identifiable(target) &&
             !languages_confusable(source, target) && !source_words_.empty() &&
             !target_words_.empty();
}

bool SourceLanguageDetector::written_in_source(std::string_view text) const {
  if (!enabled_) return false;
  // Function words first: cheap, and most segments stop here.
  int words = 0;
  int in_source = 0;
  int in_target = 0;
  for (const Token& token : breaker_.words(text)) {
    if (token.numeric) continue;
    ++words;
    std::string word = case_fold(text.substr(token.begin, token.end - token.begin));
    in_source += listed(source_words_, word);
    in_target += listed(target_words_, word);
  }
  if (in_source < kMinFunctionWords || 5 * in_source < words || in_source < 4 * in_target)
    return false;
  LanguageGuess guess = identify_language(text, target_);
  if (!guess.reliable || guess.text_bytes < kMinTextBytes) return false;
  if (CLD2::GetLanguageFromName(guess.lang.c_str()) != cld2_language(source_)) return false;
  // CLD2 calls text it cannot place English; its own spans then say "unknown".
  return 2 * guess.covered_bytes >= static_cast<int>(text.size());
}

}  // namespace samklang
