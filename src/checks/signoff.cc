#include "checks/signoff.h"

#include <algorithm>
#include <map>

#include "formats/catalog_state.h"
#include "text/signoff_key.h"

namespace samklang {

namespace {

std::vector<std::string> fingerprints(const SegmentedDocument& doc,
                                      const std::vector<uint32_t>& segments) {
  std::vector<std::string> out;
  for (uint32_t s : segments) out.push_back(signoff_fingerprint(signoff_key(doc.segments[s].text)));
  return out;
}

std::string joined_text(const SegmentedDocument& doc, const std::vector<uint32_t>& segments) {
  std::string out;
  for (uint32_t s : segments) out += (out.empty() ? "" : " ") + doc.segments[s].text;
  return out;
}

// The catalog's word on a keyed entry, if it has one.
std::optional<LinkReview> catalog_review(const Bitext& bitext, const Link& link) {
  if (!bitext.target.document->keyed) return std::nullopt;
  for (uint32_t t : link.tgt) {
    const Unit& unit = bitext.target.document->units[bitext.target.segments[t].unit];
    switch (catalog_state(unit.state)) {
      case CatalogState::translated:
        break;
      case CatalogState::untranslated:
        return LinkReview{LinkStatus::catalog_missing, "", unit.state};
      case CatalogState::needs_review:
        return LinkReview{LinkStatus::catalog_outdated, previous_source(unit), unit.state};
    }
  }
  return std::nullopt;
}

// Compares a link with the sign-off. The pairs signed off with any of the
// link's target segments are the ones it was translated as; their sources
// together are what it was translated from. Comparing those, not single
// positions, keeps a moved, merged or split sentence current when its text
// did not change.
class SignOffIndex {
 public:
  explicit SignOffIndex(const SignOffView& view) : view_(view) {
    for (size_t i = 0; i < view.pairs.size(); ++i) {
      for (const std::string& fp : view.pairs[i]->target) by_target_[fp].push_back(i);
      by_source_[view.pairs[i]->source].push_back(i);
    }
  }

  LinkReview review(const Bitext& bitext, const Link& link) const {
    std::vector<std::string> source = fingerprints(bitext.source, link.src);
    std::vector<std::string> target = fingerprints(bitext.target, link.tgt);
    std::vector<size_t> hits;
    for (const std::string& fp : target) {
      auto it = by_target_.find(fp);
      if (it == by_target_.end()) continue;
      for (size_t i : it->second)
        if (std::find(hits.begin(), hits.end(), i) == hits.end()) hits.push_back(i);
    }
    if (hits.empty()) {
      // A new translation of a source that was signed off with another one.
      if (by_source_.contains(source)) return {LinkStatus::target_changed, "", ""};
      return {};
    }
    std::sort(hits.begin(), hits.end());
    std::vector<std::string> then;
    std::string then_text;
    for (size_t i : hits) {
      const SignedPair& pair = *view_.pairs[i];
      then.insert(then.end(), pair.source.begin(), pair.source.end());
      then_text += (then_text.empty() ? "" : " ") + pair.text;
    }
    bool same = then == source;
    if (same && (!view_.typography || then_text == joined_text(bitext.source, link.src)))
      return {LinkStatus::current, "", ""};
    // Both texts signed off, with other partners: the alignment paired them
    // differently (a paragraph moved on one side only); the alignment rules
    // report that, no text changed.
    if (!same && by_source_.contains(source)) return {};
    return {LinkStatus::outdated, then_text, ""};
  }

 private:
  const SignOffView& view_;
  std::map<std::string, std::vector<size_t>> by_target_;
  std::map<std::vector<std::string>, std::vector<size_t>> by_source_;
};

}  // namespace

std::vector<LinkReview> review_links(const Bitext& bitext) {
  std::vector<LinkReview> out(bitext.alignment.size());
  std::optional<SignOffIndex> index;
  if (bitext.signoff && !bitext.signoff->pairs.empty()) index.emplace(*bitext.signoff);
  for (size_t i = 0; i < bitext.alignment.size(); ++i) {
    const Link& link = bitext.alignment[i];
    if (link.src.empty() || link.tgt.empty()) continue;
    if (auto catalog = catalog_review(bitext, link)) {
      out[i] = std::move(*catalog);
      continue;
    }
    if (index) out[i] = index->review(bitext, link);
  }
  return out;
}

SignedPair sign_off(const Bitext& bitext, const Link& link, const std::string& document) {
  SignedPair out;
  out.document = document;
  out.lang = bitext.target.document->lang;
  out.source = fingerprints(bitext.source, link.src);
  out.target = fingerprints(bitext.target, link.tgt);
  out.text = joined_text(bitext.source, link.src);
  return out;
}

}  // namespace samklang
