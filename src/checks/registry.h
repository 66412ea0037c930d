// The table of every rule, from checks.def.
#pragma once

#include <span>
#include <string_view>

#include "checks/check.h"

namespace samklang {

// Every rule, sorted by id.
std::span<const CheckDef* const> all_checks();

// The rule with this id, or nullptr.
const CheckDef* find_check(std::string_view id);

}  // namespace samklang
