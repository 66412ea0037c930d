// Terminology benchmark (not a test): how term matching scales with the
// size of the termbase, on real data from Debian's gettext catalogs (see
// scripts/build-gettext-corpus.sh and scripts/bench-terms.sh).
//
// Reads <corpus>/<lang>/*.po for each target language. English msgids are
// the source. Short entries (1-4 words, letters only) become concepts with
// an English and a target preferred term, deduplicated per language by the
// English match key; long entries (5+ words) become aligned segment pairs.
// The languages are interleaved round-robin, so that every prefix of the
// concept list and of the pair list mixes all languages: a concept is one
// real (English term, translation) pair of one language; concepts with an
// English term not seen before come first. For each termbase
// size the matchers are compiled once, then every pair is searched on both
// sides and a term-missing-like count is kept so that the work is real.
//
// Usage: samklang_bench_terms [--corpus DIR] [--targets sv,es,de,fr,ru]
//                             [--concepts 1000,10000,50000] [--pairs 200000]
#include <fmt/format.h>
#include <sys/resource.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "terms/term_matcher.h"
#include "terms/termbase.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace fs = std::filesystem;
using samklang::Lang;

namespace {

struct PoEntry {
  std::string msgid;
  std::string msgstr;
};

// C escapes of a PO string literal (without its quotes).
std::string unescape(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\' || i + 1 == s.size()) {
      out += s[i];
      continue;
    }
    char c = s[++i];
    switch (c) {
      case 'n':
        out += '\n';
        break;
      case 't':
        out += '\t';
        break;
      case 'r':
        out += '\r';
        break;
      case 'a':
        out += '\a';
        break;
      case 'b':
        out += '\b';
        break;
      case 'f':
        out += '\f';
        break;
      case 'v':
        out += '\v';
        break;
      case 'x': {
        int value = 0;
        while (i + 1 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 1])))
          value = value * 16 + std::stoi(std::string(1, s[++i]), nullptr, 16);
        out += static_cast<char>(value);
        break;
      }
      default:
        if (c >= '0' && c <= '7') {
          int value = c - '0';
          for (int k = 0; k < 2 && i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '7'; ++k)
            value = value * 8 + (s[++i] - '0');
          out += static_cast<char>(value);
        } else {
          out += c;  // \" \\ \' \?
        }
    }
  }
  return out;
}

// The string literal of a keyword or continuation line, unescaped.
std::string literal(std::string_view line) {
  size_t open = line.find('"');
  size_t close = line.rfind('"');
  if (open == std::string_view::npos || close <= open) return {};
  return unescape(line.substr(open + 1, close - open - 1));
}

// msgid/msgstr pairs: multi-line strings, C escapes; the header (empty
// msgid), fuzzy entries and untranslated entries are skipped; for plurals
// msgid and msgstr[0].
std::vector<PoEntry> read_po(const fs::path& path) {
  std::vector<PoEntry> out;
  std::ifstream in(path);
  std::string line;
  std::string msgid;
  std::string msgstr;
  std::string* field = nullptr;  // where continuation lines go
  bool fuzzy = false;
  bool has_entry = false;
  auto flush = [&] {
    if (has_entry && !fuzzy && !msgid.empty() && !msgstr.empty())
      out.push_back({std::move(msgid), std::move(msgstr)});
    msgid.clear();
    msgstr.clear();
    field = nullptr;
    fuzzy = false;
    has_entry = false;
  };
  std::string ignored;
  while (std::getline(in, line)) {
    std::string_view l(line);
    if (l.starts_with("#,")) {
      if (has_entry) flush();
      if (l.find("fuzzy") != std::string_view::npos) fuzzy = true;
    } else if (l.starts_with("#") || l.find_first_not_of(" \t\r") == std::string_view::npos) {
      if (has_entry && field != &msgid) flush();
    } else if (l.starts_with("msgctxt")) {
      if (has_entry) flush();
      field = &ignored;
    } else if (l.starts_with("msgid_plural")) {
      field = &ignored;
    } else if (l.starts_with("msgid")) {
      if (has_entry) flush();
      has_entry = true;
      msgid = literal(l);
      field = &msgid;
    } else if (l.starts_with("msgstr[0]") || l.starts_with("msgstr ")) {
      msgstr = literal(l);
      field = &msgstr;
    } else if (l.starts_with("msgstr")) {
      field = &ignored;  // other plural forms
    } else if (l.starts_with("\"") && field != nullptr) {
      *field += literal(l);
    }
    ignored.clear();
  }
  flush();
  return out;
}

size_t word_count(std::string_view text) {
  size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// 1..max_words words of letters, separated by single spaces; a hyphen or an
// apostrophe only between letters. No digits, punctuation or placeholders.
bool is_term(std::string_view text, size_t max_words) {
  if (text.empty() || samklang::utf8_invalid_offset(text) != std::string_view::npos) return false;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  size_t words = 1;
  bool after_letter = false;
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (u_isalpha(c) || u_getIntPropertyValue(c, UCHAR_GENERAL_CATEGORY) == U_NON_SPACING_MARK) {
      after_letter = true;
    } else if ((c == ' ' || c == '-' || c == '\'') && after_letter && i < length) {
      if (c == ' ') ++words;
      after_letter = false;
    } else {
      return false;
    }
  }
  return after_letter && words <= max_words;
}

struct TermPair {
  uint32_t lang = 0;  // index into the target languages
  std::string en;
  std::string target;
  std::string en_key;
};

struct SegmentPair {
  uint32_t lang = 0;  // index into the target languages
  std::string en;
  std::string target;
};

struct Language {
  Lang tag;
  size_t files = 0;
  size_t entries = 0;
  std::vector<TermPair> terms;        // unique by English match key, file order
  std::vector<SegmentPair> segments;  // unique by (English, target), file order
};

Language read_language(const fs::path& dir, const Lang& tag, uint32_t index) {
  Language language{tag, 0, 0, {}, {}};
  std::vector<fs::path> files;
  if (fs::is_directory(dir))
    for (const auto& entry : fs::directory_iterator(dir))
      if (entry.path().extension() == ".po") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  std::unordered_set<std::string> keys;
  std::set<std::pair<std::string, std::string>> seen;
  for (const fs::path& file : files) {
    ++language.files;
    for (PoEntry& e : read_po(file)) {
      ++language.entries;
      if (is_term(e.msgid, 4) && is_term(e.msgstr, 6)) {
        std::string key = samklang::match_key(e.msgid);
        if (keys.insert(key).second)
          language.terms.push_back(
              {index, std::move(e.msgid), std::move(e.msgstr), std::move(key)});
      } else if (word_count(e.msgid) >= 5 && seen.emplace(e.msgid, e.msgstr).second) {
        language.segments.push_back({index, std::move(e.msgid), std::move(e.msgstr)});
      }
    }
  }
  return language;
}

// Round-robin over the languages' lists, so that every prefix mixes them.
template <typename T>
std::vector<const T*> interleave(const std::vector<const std::vector<T>*>& lists) {
  std::vector<const T*> out;
  for (size_t k = 0;; ++k) {
    bool any = false;
    for (const auto* list : lists) {
      if (k >= list->size()) continue;
      out.push_back(&(*list)[k]);
      any = true;
    }
    if (!any) return out;
  }
}

std::vector<std::string> split(std::string_view text, char sep) {
  std::vector<std::string> out;
  std::stringstream in{std::string(text)};
  std::string item;
  while (std::getline(in, item, sep))
    if (!item.empty()) out.push_back(item);
  return out;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// CPU time of this thread: unlike wall time, not inflated when other
// processes share the machine.
double thread_cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

long peak_rss_mib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024;  // KiB on Linux
}

struct Result {
  size_t concepts = 0;
  size_t en_terms = 0;  // distinct English terms among the concepts
  double compile = 0;
  double match = 0;  // wall
  double cpu = 0;    // thread CPU
  size_t source_matches = 0;
  size_t target_matches = 0;
  size_t missing = 0;
  long rss = 0;
};

}  // namespace

int main(int argc, char** argv) {
  const char* cache_home = std::getenv("XDG_CACHE_HOME");
  const char* home = std::getenv("HOME");
  fs::path corpus = cache_home != nullptr && *cache_home != 0
                        ? fs::path(cache_home) / "samklang/gettext"
                        : fs::path(home != nullptr ? home : ".") / ".cache/samklang/gettext";
  std::vector<std::string> targets{"sv", "es", "de", "fr", "ru"};
  std::vector<size_t> sizes{1000, 10000, 50000};
  size_t pair_count = 200000;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string_view option = argv[i];
    std::string value = argv[i + 1];
    if (option == "--corpus") {
      corpus = value;
    } else if (option == "--targets") {
      targets = split(value, ',');
    } else if (option == "--concepts") {
      sizes.clear();
      for (const std::string& n : split(value, ',')) sizes.push_back(std::stoul(n));
    } else if (option == "--pairs") {
      pair_count = std::stoul(value);
    } else {
      fmt::print(stderr, "bench: unknown option '{}'\n", option);
      return 2;
    }
  }
  if (argc % 2 == 0) {
    fmt::print(stderr, "bench: option '{}' needs a value\n", argv[argc - 1]);
    return 2;
  }

  auto start = std::chrono::steady_clock::now();
  std::vector<Language> languages;
  for (uint32_t i = 0; i < targets.size(); ++i)
    languages.push_back(read_language(corpus / targets[i], targets[i], i));
  std::vector<const std::vector<TermPair>*> term_lists;
  std::vector<const std::vector<SegmentPair>*> segment_lists;
  for (const Language& l : languages) {
    fmt::print("corpus {}: {} files, {} entries, {} short-entry concepts, {} long-entry pairs\n",
               l.tag, l.files, l.entries, l.terms.size(), l.segments.size());
    term_lists.push_back(&l.terms);
    segment_lists.push_back(&l.segments);
  }
  // Concepts whose English term is new come first, so that the English
  // matcher grows with the termbase as long as the corpus has new terms.
  std::vector<const TermPair*> concepts = interleave(term_lists);
  {
    std::unordered_set<std::string> first;
    std::stable_partition(concepts.begin(), concepts.end(),
                          [&](const TermPair* c) { return first.insert(c->en_key).second; });
  }
  std::vector<const SegmentPair*> unique_pairs = interleave(segment_lists);
  if (unique_pairs.empty() || concepts.empty()) {
    fmt::print(stderr, "bench: no data under '{}'; run scripts/build-gettext-corpus.sh\n",
               corpus.string());
    return 2;
  }
  std::unordered_set<std::string> en_keys;
  for (const TermPair* c : concepts) en_keys.insert(c->en_key);
  fmt::print(
      "real data: {} concepts ((English term, translation) pairs; {} distinct English terms), "
      "{} unique segment pairs, cycled to {}; read in {:.1f} s\n\n",
      concepts.size(), en_keys.size(), unique_pairs.size(), pair_count, seconds_since(start));

  std::vector<Result> results;
  for (size_t size : sizes) {
    if (size > concepts.size()) {
      fmt::print("skipped {} concepts: only {} real concepts in the corpus\n", size,
                 concepts.size());
      continue;
    }
    // The termbase: concept "<lang>.<n>", English and target preferred.
    samklang::Termbase termbase;
    std::unordered_map<std::string, uint32_t> key_ids;  // English match key -> id
    std::vector<uint32_t> term_key;                     // term index -> key id
    std::unordered_set<std::string> distinct;
    for (size_t n = 0; n < size; ++n) {
      const TermPair& c = *concepts[n];
      std::string id = fmt::format("{}.{}", targets[c.lang], n);
      auto key = key_ids.emplace(c.en_key, static_cast<uint32_t>(key_ids.size())).first->second;
      distinct.insert(c.en_key);
      for (const auto& [lang, text] :
           {std::pair{std::string("en"), c.en}, {targets[c.lang], c.target}}) {
        samklang::Term term;
        term.concept_id = id;
        term.lang = lang;
        term.text = text;
        termbase.terms.push_back(std::move(term));
      }
      term_key.push_back(key);
      term_key.push_back(key);
    }

    auto compile_start = std::chrono::steady_clock::now();
    samklang::TermMatcher source(termbase, "en");
    std::vector<samklang::TermMatcher> target;
    for (const std::string& t : targets) target.emplace_back(termbase, t);
    double compile = seconds_since(compile_start);

    Result r{size, distinct.size(), compile, 0, 0, 0, 0, 0, 0};
    std::vector<uint32_t> wanted;
    std::vector<uint32_t> found;
    auto match_start = std::chrono::steady_clock::now();
    double cpu_start = thread_cpu_seconds();
    for (size_t p = 0; p < pair_count; ++p) {
      const SegmentPair& pair = *unique_pairs[p % unique_pairs.size()];
      std::vector<samklang::TermMatch> s = source.find(pair.en);
      std::vector<samklang::TermMatch> t = target[pair.lang].find(pair.target);
      r.source_matches += s.size();
      r.target_matches += t.size();
      // term-missing, by the English key of the concept: a source concept
      // with no approved target term of the same concept.
      wanted.clear();
      found.clear();
      for (const auto& m : s) wanted.push_back(term_key[m.term]);
      for (const auto& m : t) found.push_back(term_key[m.term]);
      for (uint32_t k : wanted)
        if (std::find(found.begin(), found.end(), k) == found.end()) ++r.missing;
    }
    r.match = seconds_since(match_start);
    r.cpu = thread_cpu_seconds() - cpu_start;
    r.rss = peak_rss_mib();
    results.push_back(r);
    fmt::print("{} concepts: compiled in {:.2f} s, {} pairs in {:.2f} s ({:.2f} s cpu)\n", size,
               compile, pair_count, r.match, r.cpu);
    std::fflush(stdout);
  }

  fmt::print(
      "\n| concepts | distinct en terms | compile s | match s (wall) | match s (cpu) "
      "| pairs/s (cpu) | source matches | target matches | term-missing | peak RSS MiB |\n");
  fmt::print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
  for (const Result& row : results)
    fmt::print("| {} | {} | {:.2f} | {:.2f} | {:.2f} | {:.0f} | {} | {} | {} | {} |\n",
               row.concepts, row.en_terms, row.compile, row.match, row.cpu, pair_count / row.cpu,
               row.source_matches, row.target_matches, row.missing, row.rss);
  if (results.size() >= 2)
    fmt::print("\nmatch time {} -> {} concepts: {:.2f}x cpu, {:.2f}x wall (budget: at most 2x)\n",
               results.front().concepts, results.back().concepts,
               results.back().cpu / results.front().cpu,
               results.back().match / results.front().match);
  return 0;
}
