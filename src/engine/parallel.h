// Runs fn(0..n-1) on up to `jobs` threads (0 = one per core).
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace samklang {

template <typename Fn>
void parallel_for(size_t n, unsigned jobs, Fn&& fn) {
  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
  size_t workers = std::min<size_t>(jobs, n);
  if (workers <= 1) {
    for (size_t i = 0; i < n; ++i) fn(i);
    return;
  }
  std::atomic<size_t> next{0};
  std::vector<std::jthread> threads;
  for (size_t w = 0; w < workers; ++w) {
    threads.emplace_back([&] {
      for (size_t i; (i = next.fetch_add(1)) < n;) fn(i);
    });
  }
}

}  // namespace samklang
