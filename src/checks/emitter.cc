#include <algorithm>

#include "checks/check.h"

namespace samklang {

Emitter::Emitter(const Bitext& bitext, const CheckInfo& info, Severity severity,
                 std::vector<Finding>& out)
    : bitext_(bitext), info_(info), severity_(severity), out_(out) {}

Place Emitter::place(const SegmentedDocument& doc, Anchor anchor) const {
  const Segment& segment = doc.segments[anchor.segment];
  const Unit& unit = doc.document->units[segment.unit];
  Location at = doc.document->locate(unit, segment.begin + anchor.offset);
  return Place{at.file, at.line, at.column, unit.id, segment.text};
}

void Emitter::emit(std::optional<Anchor> source, std::optional<Anchor> target, Text message,
                   Text fix, std::optional<TermInfo> term) {
  Finding finding;
  finding.rule = info_.id;
  finding.severity = severity_;
  finding.message = std::move(message.english);
  finding.message_parts = std::move(message.parts);
  finding.fix = std::move(fix.english);
  finding.fix_parts = std::move(fix.parts);
  finding.source_lang = bitext_.source.document->lang;
  finding.target_lang = bitext_.target.document->lang;
  if (source) finding.source = place(bitext_.source, *source);
  if (target) finding.target = place(bitext_.target, *target);
  finding.term = std::move(term);
  out_.push_back(std::move(finding));
}

void Emitter::emit_change(Anchor source, Anchor target, Text message, Text fix,
                          SourceChange change) {
  emit(source, target, std::move(message), std::move(fix));
  out_.back().change = std::move(change);
}

void Emitter::note(std::optional<Anchor> source, std::optional<Anchor> target, Text message,
                   Text fix) {
  emit(source, target, std::move(message), std::move(fix));
  out_.back().severity = std::min(severity_, Severity::note);
}

void Emitter::emit_missing(Anchor source, std::optional<uint32_t> after_target, Text message,
                           Text fix, std::string_view expected_id) {
  emit(source, std::nullopt, std::move(message), std::move(fix));
  Finding& finding = out_.back();
  // Point into the target file where the translation belongs, with no text.
  const SegmentedDocument& target = bitext_.target;
  const Document& doc = *target.document;
  Place where{doc.path, 1, 1, "", ""};
  const Unit& source_unit =
      bitext_.source.document->units[bitext_.source.segments[source.segment].unit];
  auto keyed = std::find_if(doc.units.begin(), doc.units.end(), [&](const Unit& u) {
    return doc.keyed && expected_id.empty() && u.id == source_unit.id;
  });
  if (keyed != doc.units.end()) {
    // A catalog entry with an empty translation: point at it.
    Location at = doc.locate(*keyed, 0);
    where = Place{at.file, at.line, at.column, keyed->id, ""};
  } else if (after_target && *after_target < target.segments.size()) {
    const Segment& segment = target.segments[*after_target];
    const Unit& unit = doc.units[segment.unit];
    Location at = doc.locate(unit, segment.end);
    where = Place{at.file, at.line, at.column, unit.id, ""};
  }
  finding.target = where;
}

}  // namespace samklang

namespace samklang {

std::string excerpt(std::string_view text) {
  constexpr size_t kMax = 60;
  if (text.size() <= kMax) return std::string(text);
  size_t cut = kMax;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut)) + "…";
}

}  // namespace samklang
