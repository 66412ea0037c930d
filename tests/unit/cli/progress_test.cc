// The progress bar's line: what it says, and that it fits the terminal.
#include "cli/progress.h"

#include <algorithm>

#include "catch.hpp"

using samklang::cli::kEraseLine;
using samklang::cli::progress_line;

namespace {

size_t count(const std::string& text, char c) {
  return static_cast<size_t>(std::count(text.begin(), text.end(), c));
}

}  // namespace

TEST_CASE("progress line: counts, bar and percentage on an 80-column terminal", "[cli]") {
  std::string line = progress_line("checking", 37, 120, 80);
  INFO(line);
  CHECK(line.starts_with("checking   37/120 translations  ["));
  CHECK(line.ends_with("]   30%"));
  CHECK(line.size() <= 79);
  size_t cells = count(line, '#') + count(line, '.');
  CHECK(cells >= 10);
  CHECK(cells <= 40);
  CHECK(count(line, '#') == 37 * cells / 120);
}

TEST_CASE("progress line: empty at the start, full at the end", "[cli]") {
  std::string start = progress_line("reading", 0, 12, 100);
  std::string end = progress_line("reading", 12, 12, 100);
  CHECK(start == "reading   0/12 files  [........................................]    0%");
  CHECK(end == "reading  12/12 files  [########################################]  100%");
  // The line keeps its length as it fills: no flicker at the end.
  CHECK(start.size() == end.size());
  // Nothing to do is done.
  CHECK(progress_line("checking", 0, 0, 80).ends_with("100%"));
  // A count beyond the total is held at it.
  CHECK(progress_line("reading", 20, 12, 100) == end);
}

TEST_CASE("progress line: a narrow terminal loses the bar, then the end of the line", "[cli]") {
  auto width = GENERATE(as<size_t>{}, 2, 5, 10, 20, 30, 40, 45, 50, 60, 200);
  std::string line = progress_line("checking", 5, 1000, width);
  INFO(width << ": '" << line << "'");
  CHECK(line.size() <= width - 1);
  CHECK(!line.empty());
  CHECK(line.starts_with(std::string("checking     5/1000 translations").substr(0, width - 1)));
  bool has_bar = line.find('[') != std::string::npos;
  CHECK(has_bar == (width >= 60));
  if (!has_bar && width >= 40) CHECK(line.ends_with("  0%"));
}

TEST_CASE("progress line: nothing fits in one column or none", "[cli]") {
  CHECK(progress_line("reading", 1, 2, 1).empty());
  CHECK(progress_line("reading", 1, 2, 0).empty());
}

TEST_CASE("progress bar: erased by a carriage return and clear to end of line", "[cli]") {
  CHECK(kEraseLine == "\r\033[K");
}
