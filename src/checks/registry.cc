#include "checks/registry.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace samklang {

#define SAMKLANG_CHECK(name) extern const CheckDef name;
#include "checks/checks.def"
#undef SAMKLANG_CHECK

namespace {

#define SAMKLANG_CHECK(name) &name,
const std::array kChecks = {
#include "checks/checks.def"
};
#undef SAMKLANG_CHECK

}  // namespace

std::span<const CheckDef* const> all_checks() { return kChecks; }

const CheckDef* find_check(std::string_view id) {
  auto it = std::find_if(kChecks.begin(), kChecks.end(),
                         [&](const CheckDef* def) { return id == def->info.id; });
  return it == kChecks.end() ? nullptr : *it;
}

}  // namespace samklang
