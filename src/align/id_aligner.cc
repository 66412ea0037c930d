#include <unordered_map>

#include "align/aligner.h"

namespace samklang {

Alignment align_by_id(const std::vector<std::string_view>& source_ids,
                      const std::vector<std::string_view>& target_ids) {
  std::unordered_map<std::string_view, uint32_t> target_of;
  for (uint32_t t = 0; t < target_ids.size(); ++t) target_of.emplace(target_ids[t], t);
  std::vector<bool> used(target_ids.size(), false);
  Alignment links;
  for (uint32_t s = 0; s < source_ids.size(); ++s) {
    Link link;
    link.src.push_back(s);
    if (auto it = target_of.find(source_ids[s]); it != target_of.end() && !used[it->second]) {
      link.tgt.push_back(it->second);
      used[it->second] = true;
    }
    links.push_back(std::move(link));
  }
  for (uint32_t t = 0; t < target_ids.size(); ++t)
    if (!used[t]) links.push_back(Link{{}, {t}, 1.0});
  return links;
}

}  // namespace samklang
