// The progress bar of the real binary: on a terminal only, erased before the
// report; and --jobs: validated, and never changing a byte of the report.
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "catch.hpp"
#include "cli/run_binary.h"

namespace fs = std::filesystem;
using samklang::testing::read_file;
using samklang::testing::run_samklang;
using samklang::testing::RunOutput;
using samklang::testing::TempDir;

namespace {

const fs::path kRoot = SAMKLANG_SOURCE_DIR;

std::string quote(const std::string& arg) {
  std::string out = "'";
  for (char c : arg) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// Runs ARGV with stderr on a pseudo-terminal 100 columns wide and stdout in a
// file: what a user at a terminal sees, with the report piped on.
constexpr const char* kPtyRunner = R"(import fcntl, os, pty, struct, subprocess, sys, termios
out, err = sys.argv[1], sys.argv[2]
master, slave = pty.openpty()
fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack('HHHH', 24, 100, 0, 0))
with open(out, 'wb') as stdout:
    child = subprocess.Popen(sys.argv[3:], stdin=subprocess.DEVNULL, stdout=stdout, stderr=slave)
os.close(slave)
seen = b''
while True:
    try:
        chunk = os.read(master, 65536)
    except OSError:
        break
    if not chunk:
        break
    seen += chunk
with open(err, 'wb') as f:
    f.write(seen)
sys.exit(child.wait())
)";

bool have_python3() { return std::system("python3 -c 'import pty' >/dev/null 2>&1") == 0; }

// `env` is a list of NAME=VALUE put before the command.
RunOutput run_on_terminal(const std::vector<std::string>& args, const std::string& env) {
  TempDir capture;
  fs::path script = capture.write("pty_run.py", kPtyRunner);
  fs::path out = capture.path() / "stdout";
  fs::path err = capture.path() / "stderr";
  std::string command = "cd " + quote(kRoot.string()) +
                        " && NO_COLOR=1 LC_ALL= LC_MESSAGES= LANG=C " + env + " python3 " +
                        quote(script.string()) + " " + quote(out.string()) + " " +
                        quote(err.string()) + " " + quote(SAMKLANG_BINARY);
  for (const std::string& arg : args) command += " " + quote(arg);
  int status = std::system(command.c_str());
  RunOutput result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = read_file(out);
  result.err = read_file(err);
  return result;
}

// Splits what the bar wrote into the lines it drew, one per carriage return.
std::vector<std::string> drawn_lines(const std::string& err) {
  std::vector<std::string> out;
  size_t at = 0;
  while ((at = err.find('\r', at)) != std::string::npos) {
    size_t next = err.find('\r', at + 1);
    std::string line = err.substr(at + 1, next == std::string::npos ? next : next - at - 1);
    if (line.ends_with("\033[K")) line.resize(line.size() - 3);
    if (!line.empty()) out.push_back(line);
    at = next;
  }
  return out;
}

// Many documents in four languages, most with findings: the bundled mission
// and the Markdown cases of several rules, named on the command line.
std::vector<std::string> large_check(const std::vector<std::string>& extra) {
  std::vector<std::string> args = {"check", "--source-lang", "sv"};
  for (const char* lang : {"sv", "en", "es", "sr-Latn"})
    args.push_back(std::string("catalogs/") + lang + "/mission.md");
  for (const char* dir : {"segment-missing/dropped-sentence", "segment-extra/added-sentence",
                          "term-forbidden/civic-and-convention", "term-dnt/translated-name",
                          "number-mismatch/wrong-year", "markup-mismatch/dropped-and-changed",
                          "inconsistent-target/repeated-sentence", "punctuation/wrong-marks",
                          "untranslated/clean", "alignment-uncertain/merged-sentence"}) {
    fs::path case_dir = kRoot / "tests/golden" / dir;
    for (const auto& entry : fs::directory_iterator(case_dir))
      if (entry.path().extension() == ".md") args.push_back(fs::relative(entry.path(), kRoot));
  }
  // After the files: --terms takes every word up to the next option.
  args.insert(args.end(), {"--terms", "rules/terms.tsv"});
  args.insert(args.end(), extra.begin(), extra.end());
  return args;
}

}  // namespace

TEST_CASE("cli progress: nothing on stderr when it is not a terminal", "[cli]") {
  // run_samklang sends stderr to a file; the Serbian catalog has findings.
  auto run = run_samklang({"check"}, kRoot);
  CHECK(run.exit_code == 1);
  CHECK(run.err.empty());
  CHECK(run.out.find("sr-Latn") != std::string::npos);
  auto status = run_samklang({"status"}, kRoot);
  CHECK(status.exit_code == 0);
  CHECK(status.err.empty());
}

TEST_CASE("cli progress: a bar on a terminal, erased before the report", "[cli]") {
  if (!have_python3()) {
    WARN("skipped: the pseudo-terminal test needs python3 and its pty module");
    return;
  }
  auto args = large_check({"--format", "json"});
  auto piped = run_samklang(args, kRoot);
  REQUIRE(piped.err.empty());
  auto shown = run_on_terminal(args, "TERM=xterm SAMKLANG_PROGRESS_DELAY_MS=0");
  INFO(shown.err);
  CHECK(shown.exit_code == piped.exit_code);
  // The same report, byte for byte: the bar never goes to stdout.
  CHECK(shown.out == piped.out);
  std::vector<std::string> lines = drawn_lines(shown.err);
  REQUIRE(!lines.empty());
  CHECK(lines.front().starts_with("reading  "));
  CHECK(lines.front().find(" files  [") != std::string::npos);
  for (const std::string& line : lines) {
    INFO(line);
    CHECK(line.size() <= 99);  // the terminal is 100 columns wide
    CHECK(line.ends_with("%"));
    CHECK((line.starts_with("reading  ") || line.starts_with("checking  ")));
  }
  // No line of its own, and erased at the end.
  CHECK(shown.err.find('\n') == std::string::npos);
  CHECK(shown.err.ends_with("\r\033[K"));

  SECTION("the same with the text report") {
    auto text_args = large_check({});
    auto text_piped = run_samklang(text_args, kRoot);
    auto text_shown = run_on_terminal(text_args, "TERM=xterm SAMKLANG_PROGRESS_DELAY_MS=0");
    CHECK(text_shown.out == text_piped.out);
    CHECK(text_shown.err.ends_with("\r\033[K"));
  }
  SECTION("in Swedish under a Swedish locale, the report unchanged") {
    auto swedish =
        run_on_terminal(args, "LANG=sv_SE.UTF-8 TERM=xterm SAMKLANG_PROGRESS_DELAY_MS=0");
    CHECK(swedish.err.find("granskar  ") != std::string::npos);
    CHECK(swedish.err.find(" översättningar  ") != std::string::npos);
    CHECK(swedish.err.find("checking") == std::string::npos);
    CHECK(swedish.out == shown.out);
    for (const std::string& line : drawn_lines(swedish.err)) CHECK(line.ends_with("%"));
  }
  SECTION("status draws it too") {
    auto status = run_on_terminal({"status"}, "TERM=xterm SAMKLANG_PROGRESS_DELAY_MS=0");
    CHECK(status.exit_code == 0);
    CHECK(status.err.find("checking  ") != std::string::npos);
    CHECK(status.out == run_samklang({"status"}, kRoot).out);
  }
}

TEST_CASE("cli progress: silent on a terminal when quick, quiet or dumb", "[cli]") {
  if (!have_python3()) {
    WARN("skipped: the pseudo-terminal test needs python3 and its pty module");
    return;
  }
  // A run shorter than the delay draws nothing at all.
  auto quick = run_on_terminal({"check"}, "TERM=xterm SAMKLANG_PROGRESS_DELAY_MS=600000");
  CHECK(quick.exit_code == 1);
  CHECK(quick.err.empty());
  CHECK(!quick.out.empty());
  auto quiet = run_on_terminal({"check", "--quiet"}, "TERM=xterm SAMKLANG_PROGRESS_DELAY_MS=0");
  CHECK(quiet.exit_code == 1);
  CHECK(quiet.err.empty());
  CHECK(quiet.out.empty());
  auto dumb = run_on_terminal({"check"}, "TERM=dumb SAMKLANG_PROGRESS_DELAY_MS=0");
  CHECK(dumb.exit_code == 1);
  CHECK(dumb.err.empty());
  CHECK(dumb.out == quick.out);
}

TEST_CASE("cli --jobs: one thread and three give the same report, byte for byte", "[cli]") {
  auto format = GENERATE(as<std::string>{}, "text", "json");
  INFO(format);
  auto one = run_samklang(large_check({"--format", format, "--jobs", "1"}), kRoot);
  auto three = run_samklang(large_check({"--format", format, "--jobs", "3"}), kRoot);
  auto every_core = run_samklang(large_check({"--format", format, "--jobs", "0"}), kRoot);
  INFO(one.err);
  CHECK(one.exit_code == 1);
  CHECK(one.err.empty());
  CHECK(three.exit_code == one.exit_code);
  CHECK(three.out == one.out);
  CHECK(every_core.out == one.out);
  // Worth comparing: findings of many rules in many files.
  for (const char* rule : {"segment-missing", "segment-extra", "term-forbidden", "term-dnt",
                           "number-mismatch", "markup-mismatch", "inconsistent-target"})
    CHECK(one.out.find(rule) != std::string::npos);
}

TEST_CASE("cli --jobs: a negative or non-number count is a usage error", "[cli]") {
  auto value = GENERATE(as<std::string>{}, "-1", "abc", "", "1.5", "2x", "99999999999");
  INFO("--jobs '" << value << "'");
  auto run = run_samklang({"check", "--jobs", value}, kRoot);
  CHECK(run.exit_code == 2);
  CHECK(run.out.empty());
  CHECK(run.err.find("--jobs") != std::string::npos);
}
