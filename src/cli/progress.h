// The progress bar of check, status and accept: on stderr, only when stderr
// is a terminal, only once a run has taken longer than a second, erased
// before the report is printed. The engine tells how far it has come
// (RunOptions::progress); this draws it.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>

#include "cli/options.h"
#include "engine/engine.h"

namespace samklang::cli {

// One line of the bar, at most `width - 1` columns so that the terminal never
// wraps it: "checking  37/120 documents  [#######.............]  31%". A
// narrow terminal loses the bar, then the end of the line.
std::string progress_line(std::string_view stage, size_t done, size_t total, size_t width);

// What erases the line drawn: carriage return, then clear to the end of it.
constexpr std::string_view kEraseLine = "\r\033[K";

class ProgressBar {
 public:
  // Shown when stderr is a terminal, TERM is not "dumb" and --quiet is not
  // given. SAMKLANG_PROGRESS_DELAY_MS replaces the one-second delay (for the
  // tests).
  explicit ProgressBar(const SharedOptions& options);
  ~ProgressBar();
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  // Sets options.progress when the bar is shown; leaves it empty otherwise.
  void attach(RunOptions& options);
  // Erases the bar if it was drawn; call before printing anything.
  void finish();

 private:
  void update(size_t done, size_t total, std::string_view stage);

  bool enabled_ = false;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
  std::string stage_;  // of the last line drawn
  std::chrono::milliseconds delay_{1000};
};

}  // namespace samklang::cli
