// Exit codes and damaged inputs: one clear line naming file and line, never
// a crash, and no file written.
#include <nlohmann/json.hpp>

#include "catch.hpp"
#include "cli/run_binary.h"

namespace fs = std::filesystem;
using nlohmann::json;
using samklang::testing::read_file;
using samklang::testing::run_samklang;
using samklang::testing::snapshot;
using samklang::testing::TempDir;

namespace {

const fs::path kRoot = SAMKLANG_SOURCE_DIR;
const std::string kSv = "# Vår vision\n\nVi försvarar medborgerliga och politiska rättigheter.\n";
const std::string kEn = "# Our vision\n\nWe defend civil and political rights.\n";

std::string terms() { return (kRoot / "rules/terms.tsv").string(); }

// Runs check on sv=sv.md en=<en> in `dir` and returns the run; asserts
// that nothing in the folder changed.
samklang::testing::RunOutput check_pair(const TempDir& dir, const std::string& en,
                                        std::vector<std::string> extra = {}) {
  std::string before = snapshot(dir.path());
  std::vector<std::string> args{"check", "sv=sv.md", "en=" + en, "--terms", terms()};
  args.insert(args.end(), extra.begin(), extra.end());
  auto run = run_samklang(args, dir.path());
  CHECK(snapshot(dir.path()) == before);
  return run;
}

}  // namespace

TEST_CASE("cli: exit codes 0, 1 and 2", "[cli]") {
  TempDir dir;
  dir.write("sv.md", kSv);
  dir.write("en.md", kEn);
  dir.write("civic.md", "# Our vision\n\nWe defend civic and political rights.\n");

  CHECK(check_pair(dir, "en.md").exit_code == 0);
  auto found = check_pair(dir, "civic.md");
  CHECK(found.exit_code == 1);
  CHECK(found.out.find("civic.md:3:11: error: 'civic and political rights' is forbidden") !=
        std::string::npos);
  CHECK(check_pair(dir, "civic.md", {"--fail-on", "never"}).exit_code == 0);
  CHECK(check_pair(dir, "en.md", {"--fail-on", "note"}).exit_code == 0);

  auto bad_option = check_pair(dir, "en.md", {"--format", "yaml"});
  CHECK(bad_option.exit_code == 2);
  CHECK_FALSE(bad_option.err.empty());

  auto no_terms =
      run_samklang({"check", "sv=sv.md", "en=en.md", "--terms", "missing.tsv"}, dir.path());
  CHECK(no_terms.exit_code == 2);
  CHECK(no_terms.err.starts_with("missing.tsv"));

  auto no_args = run_samklang({"check"}, dir.path());
  CHECK(no_args.exit_code == 2);
  CHECK(no_args.err.find("samklang.toml") != std::string::npos);

  auto unknown_lang = run_samklang({"check", "sv.md", "mystery.md"}, dir.path());
  CHECK(unknown_lang.exit_code == 2);
}

TEST_CASE("cli: damaged catalogs are load-error findings with file and line", "[cli]") {
  TempDir dir;
  dir.write("sv.md", kSv);
  struct Case {
    const char* name;
    std::string bytes;
    const char* message;
    int line;
  };
  auto [name, bytes, message, line] = GENERATE(
      Case{"missing", "", "", 0}, Case{"empty.md", "", "empty", 1},
      Case{"blank.md", "\n  \n\n", "empty", 1},
      Case{"latin1.md", "# Our vision\n\nWe defend civil rights in V\xe4ster\xe5s.\n", "UTF-8", 3},
      Case{"binary.md", std::string("PK\x03\x04\0\0\x14\0", 8), "binary", 1},
      Case{"notes.docx", "Our vision", "", 0});
  std::string file = name;
  if (file != "missing") dir.write(file, bytes);
  auto run = check_pair(dir, file == "missing" ? "nowhere.md" : file);
  INFO(run.out << run.err);
  CHECK(run.exit_code == 1);
  CHECK(run.err.empty());
  CHECK(run.out.find("[load-error]") != std::string::npos);
  CHECK(run.out.find(message) != std::string::npos);
  if (line > 0) CHECK(run.out.find(file + ":" + std::to_string(line) + ":") != std::string::npos);
}

TEST_CASE("cli: UTF-16 with a byte-order mark and CRLF line ends are read", "[cli]") {
  TempDir dir;
  dir.write("sv.md", kSv);
  std::string utf16 = "\xFF\xFE";
  for (unsigned char c : kEn) {
    utf16 += static_cast<char>(c);
    utf16 += '\0';
  }
  dir.write("utf16.md", utf16);
  std::string crlf;
  for (char c : kEn) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  dir.write("crlf.md", crlf);
  dir.write("crlf-civic.md", "# Our vision\r\n\r\nWe defend civic and political rights.\r\n");

  CHECK(check_pair(dir, "utf16.md").exit_code == 0);
  CHECK(check_pair(dir, "crlf.md").exit_code == 0);
  auto civic = check_pair(dir, "crlf-civic.md");
  CHECK(civic.exit_code == 1);
  CHECK(civic.out.find("crlf-civic.md:3:11:") != std::string::npos);
}

TEST_CASE("cli: a damaged termbase stops the run with file:line:col", "[cli]") {
  TempDir dir;
  dir.write("sv.md", kSv);
  dir.write("en.md", kEn);
  const std::string header = "concept\tlang\tterm\tstatus\tnote\n";
  SECTION("unknown status") {
    dir.write("t.tsv", header + "ccpr\ten\tcivil and political rights\tpreferd\t\n");
    auto run = run_samklang({"check", "sv=sv.md", "en=en.md", "--terms", "t.tsv"}, dir.path());
    CHECK(run.exit_code == 2);
    CHECK(run.err.starts_with("t.tsv:2:"));
    CHECK(run.err.find("'preferd'") != std::string::npos);
    CHECK(run.out.empty());
  }
  SECTION("wrong number of columns") {
    dir.write("t.tsv", header + "ccpr\ten\n");
    auto run = run_samklang({"check", "sv=sv.md", "en=en.md", "--terms", "t.tsv"}, dir.path());
    CHECK(run.exit_code == 2);
    CHECK(run.err.starts_with("t.tsv:2:"));
  }
  SECTION("a bad configuration") {
    dir.write("samklang.toml", "source = \"sv\"\n[rules]\nterm-missing = \"loud\"\n");
    auto run = run_samklang({"check", "sv=sv.md", "en=en.md"}, dir.path());
    CHECK(run.exit_code == 2);
    CHECK(run.err.starts_with("samklang.toml:3:"));
  }
  SECTION("an unknown rule in the configuration") {
    dir.write("samklang.toml", "source = \"sv\"\n[rules]\nterm-missin = \"off\"\n");
    auto run = run_samklang({"check", "sv=sv.md", "en=en.md", "--terms", terms()}, dir.path());
    CHECK(run.exit_code == 2);
    CHECK(run.err.find("unknown rule 'term-missin'") != std::string::npos);
  }
}

TEST_CASE("cli: explain knows every rule", "[cli]") {
  TempDir dir;
  auto list = run_samklang({"explain"}, dir.path());
  CHECK(list.exit_code == 0);
  for (const char* rule : {"segment-missing", "segment-extra", "untranslated", "term-missing",
                           "term-forbidden", "term-dnt", "load-error"}) {
    INFO(rule);
    CHECK(list.out.find(rule) != std::string::npos);
    auto one = run_samklang({"explain", rule}, dir.path());
    CHECK(one.exit_code == 0);
    CHECK(one.out.find("Example") != std::string::npos);
  }
  CHECK(run_samklang({"explain", "no-such-rule"}, dir.path()).exit_code == 2);
}

TEST_CASE("cli: --output writes the report and nothing else", "[cli]") {
  TempDir dir;
  dir.write("sv.md", kSv);
  dir.write("en.md", "# Our vision\n\nWe defend civic and political rights.\n");
  auto run = run_samklang({"check", "sv=sv.md", "en=en.md", "--terms", terms(), "--format", "json",
                           "--output", "report.json"},
                          dir.path());
  CHECK(run.exit_code == 1);
  CHECK(run.out.empty());
  json report = json::parse(read_file(dir.path() / "report.json"));
  CHECK(report["findings"].size() == 1);
  int files = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir.path())) ++files;
  CHECK(files == 3);
}
