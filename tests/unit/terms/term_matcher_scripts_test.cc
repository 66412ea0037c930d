// Terms in scripts written without spaces, found through ICU's dictionary
// word break; sentences from the Universal Declaration of Human Rights.
#include <string>
#include <vector>

#include "catch.hpp"
#include "terms/term_matcher.h"
#include "text/words.h"

using samklang::Term;
using samklang::Termbase;
using samklang::TermMatch;
using samklang::TermMatcher;

namespace {

std::vector<std::string> found(const std::string& lang, const std::vector<std::string>& terms,
                               const std::string& text) {
  Termbase tb;
  for (const std::string& text_of_term : terms) {
    Term t;
    t.concept_id = text_of_term;
    t.lang = lang;
    t.text = text_of_term;
    tb.terms.push_back(t);
  }
  std::vector<std::string> out;
  for (const TermMatch& m : TermMatcher(tb, lang).find(text)) {
    CHECK(text.substr(m.begin, m.end - m.begin) == m.surface);
    out.push_back(m.surface);
  }
  return out;
}

size_t word_count(const std::string& lang, const std::string& text) {
  return samklang::WordBreaker(lang).words(text).size();
}

}  // namespace

TEST_CASE("term matcher: Thai term of three dictionary words in a sentence", "[terms]") {
  // Preamble: "whereas disregard and contempt for human rights have resulted..."
  std::string text =
      "โดยที่การไม่นำพาและการเหยียดหยามต่อสิทธิมนุษยชน "
      "ยังผลให้มีการหระทำอันป่าเถื่อน";
  CHECK(word_count("th", "สิทธิมนุษยชน") == 3);  // สิทธิ มนุษย ชน
  CHECK(found("th", {"สิทธิมนุษยชน", "ศาสนา"}, text) == std::vector<std::string>{"สิทธิมนุษยชน"});
}

TEST_CASE("term matcher: Chinese terms inside a sentence without spaces", "[terms]") {
  std::string text = "人人有资格享有本宣言所载的一切权利和自由";
  CHECK(found("zh", {"权利", "自由", "人权"}, text) == std::vector<std::string>{"权利", "自由"});
  CHECK(found("zh", {"人权"}, "世界人权宣言") == std::vector<std::string>{"人权"});
  // "人人" (everyone) is not "人权": words, not characters, are compared.
  CHECK(found("zh", {"人"}, text).empty());
}

TEST_CASE("term matcher: Japanese terms between particles", "[terms]") {
  std::string text =
      "すべての人間は、生まれながらにして自由であり、かつ、尊厳と権利とについて平等である。";
  CHECK(found("ja", {"自由", "尊厳", "権利", "人権"}, text) ==
        std::vector<std::string>{"自由", "尊厳", "権利"});
  CHECK(found("ja", {"人権"}, "この世界人権宣言を常に念頭に置き") ==
        std::vector<std::string>{"人権"});
}

TEST_CASE("term matcher: Khmer term cut differently in a sentence than alone", "[terms]") {
  // Article 7: "... entitled to equal protection against ...". Alone "ការពារ"
  // (protection) is one dictionary word; after "ការ" ICU cuts it in two.
  std::string text = "មនុស្សគ្រប់រូប មានសិទ្ធិទទួលការការពារស្មើៗគ្នា ប្រឆាំងនឹងការរើសអើងណា";
  CHECK(word_count("km", "ការពារ") == 1);
  bool whole = false;
  for (const auto& token : samklang::WordBreaker("km").words(text))
    whole = whole || text.substr(token.begin, token.end - token.begin) == "ការពារ";
  CHECK_FALSE(whole);
  auto matches = found("km", {"ការពារ", "ច្បាប់"}, text);
  CHECK(matches == std::vector<std::string>{"ការពារ"});
  // Preamble: "human rights" as one dictionary word.
  CHECK(found("km", {"សិទ្ធិមនុស្ស"}, "និងការប្រមាថមើលងាយសិទ្ធិមនុស្ស នាំឱ្យមានអំពើ") ==
        std::vector<std::string>{"សិទ្ធិមនុស្ស"});
}

TEST_CASE("term matcher: Burmese term of several syllable clusters", "[terms]") {
  // Preamble: "disregard for human rights ..."
  std::string text = "လူ့အခွင့်ရေးများကို အရေးမထား မထီလေးစားပြုခြင်းသည်";
  CHECK(found("my", {"လူ့အခွင့်ရေး"}, text) == std::vector<std::string>{"လူ့အခွင့်ရေး"});
  CHECK(found("my", {"အခွင့်အရေး"}, "မူလလူ့အခွင့်အရေးများကို") == std::vector<std::string>{"အခွင့်အရေး"});
}
