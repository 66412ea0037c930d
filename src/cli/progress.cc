#include "cli/progress.h"

#include <fmt/format.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <cstring>

#include "cli/i18n.h"

namespace samklang::cli {

namespace {

constexpr size_t kMaxBar = 40;                            // cells between the brackets, at most
constexpr size_t kMinBar = 10;                            // fewer, and the bar is left out
constexpr auto kRedraw = std::chrono::milliseconds(100);  // at most ten redraws a second

// The stage as shown, and what it counts, in the user's language.
std::string stage_label(std::string_view stage) {
  if (stage == "reading") return tr("reading");
  if (stage == "checking") return tr("checking");
  return std::string(stage);
}

std::string unit_of(std::string_view stage) {
  if (stage == "reading") return tr("files");
  if (stage == "checking") return tr("translations");
  return tr("steps");
}

// Terminal columns of UTF-8 text: one per code point (the labels hold no
// wide or combining characters).
size_t columns(std::string_view text) {
  return static_cast<size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

// Cut to at most `limit` columns, never inside a character.
void cut_to(std::string& text, size_t limit) {
  size_t seen = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((text[i] & 0xC0) == 0x80) continue;
    if (seen++ == limit) {
      text.resize(i);
      return;
    }
  }
}

size_t terminal_width() {
  winsize size{};
  if (::ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  return 80;
}

void write_stderr(std::string_view text) {
  while (!text.empty()) {
    ssize_t n = ::write(STDERR_FILENO, text.data(), text.size());
    if (n <= 0) return;  // a closed terminal: the bar is not worth an error
    text.remove_prefix(static_cast<size_t>(n));
  }
}

}  // namespace

std::string progress_line(std::string_view stage, size_t done, size_t total, size_t width) {
  if (width <= 1) return "";
  size_t limit = width - 1;
  done = std::min(done, total);
  size_t percent = total == 0 ? 100 : done * 100 / total;
  std::string count = fmt::to_string(total);
  std::string head = fmt::format("{}  {:>{}}/{} {}", stage_label(stage), done, count.size(), total,
                                 unit_of(stage));
  std::string tail = fmt::format("{:>3}%", percent);
  size_t fixed = columns(head) + 3 + 3 + tail.size();  // "  [" and "]  "
  if (limit >= fixed + kMinBar) {
    size_t cells = std::min(kMaxBar, limit - fixed);
    size_t full = total == 0 ? cells : done * cells / total;
    return fmt::format("{}  [{}{}]  {}", head, std::string(full, '#'),
                       std::string(cells - full, '.'), tail);
  }
  std::string line = head + "  " + tail;
  cut_to(line, limit);
  return line;
}

ProgressBar::ProgressBar(const SharedOptions& options) : start_(std::chrono::steady_clock::now()) {
  const char* term = std::getenv("TERM");
  enabled_ = !options.quiet && ::isatty(STDERR_FILENO) != 0 &&
             !(term != nullptr && std::strcmp(term, "dumb") == 0);
  if (const char* delay = std::getenv("SAMKLANG_PROGRESS_DELAY_MS"); delay != nullptr) {
    std::string_view text(delay);
    unsigned ms = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), ms);
    if (ec == std::errc() && end == text.data() + text.size())
      delay_ = std::chrono::milliseconds(ms);
  }
}

ProgressBar::~ProgressBar() { finish(); }

void ProgressBar::attach(RunOptions& options) {
  if (!enabled_) return;
  options.progress = [this](size_t done, size_t total, std::string_view stage) {
    update(done, total, stage);
  };
}

void ProgressBar::update(size_t done, size_t total, std::string_view stage) {
  auto now = std::chrono::steady_clock::now();
  if (now - start_ < delay_) return;
  // Throttled within a stage; the first count of a new stage is always shown.
  if (drawn_ && stage == stage_ && now - last_draw_ < kRedraw) return;
  last_draw_ = now;
  stage_ = stage;
  drawn_ = true;
  // Clearing after the line removes what a longer line before it left.
  write_stderr("\r" + progress_line(stage, done, total, terminal_width()) + "\033[K");
}

void ProgressBar::finish() {
  if (!drawn_) return;
  drawn_ = false;
  write_stderr(kEraseLine);
}

}  // namespace samklang::cli
