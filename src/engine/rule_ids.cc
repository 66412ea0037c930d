#include "engine/rule_ids.h"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "checks/registry.h"

namespace samklang {

namespace {

// Levenshtein distance over bytes: rule ids are ASCII.
size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace

std::string closest_rule(std::string_view id) {
  std::string best;
  size_t best_distance = 3;
  for (const CheckDef* def : all_checks()) {
    size_t distance = edit_distance(id, def->info.id);
    if (distance < best_distance && distance * 2 < id.size()) {
      best = def->info.id;
      best_distance = distance;
    }
  }
  return best;
}

std::optional<Error> unknown_rule(std::string_view id, const Location& where) {
  if (find_check(id)) return std::nullopt;
  std::string near = closest_rule(id);
  if (!near.empty())
    return Error{where, fmt::format("unknown rule '{}' (did you mean '{}'?)", id, near)};
  return Error{where, fmt::format("unknown rule '{}'; 'samklang explain' lists the rules", id)};
}

}  // namespace samklang
