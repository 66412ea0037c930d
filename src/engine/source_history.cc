#include "engine/source_history.h"

#include <fmt/format.h>

#include <algorithm>

#include "checks/signoff.h"
#include "formats/reader.h"
#include "project/git_source.h"

namespace samklang {

namespace {

// The place of the source_commit value in the target, for errors.
Location commit_place(const Document& target) {
  const FrontMatterField* field = target.field("source_commit");
  if (field == nullptr) return {target.path, 0, 0};
  LineColumn at = target.lines.at(target.content, field->value_offset);
  return {target.path, at.line, at.column};
}

}  // namespace

std::expected<std::vector<SignedPair>, Error> signoff_at_commit(
    const std::string& commit, const DocumentFile& source_file, const PreparedDocument& source,
    const PreparedDocument& target, const Alignment& alignment, const std::string& document,
    const Termbase& termbase, const std::string& segmentation_dir) {
  auto fail = [&](const Error& error) {
    return std::unexpected(
        Error{commit_place(*target.document), fmt::format("source_commit: {}", error.message)});
  };
  auto bytes = read_file_at_commit(source_file.path, commit);
  if (!bytes) return fail(bytes.error());
  std::string name = fmt::format("{}@{}", source_file.path, commit);
  auto text = decode_text(*bytes, name);
  if (!text) return fail({{}, fmt::format("{} at commit {}", text.error().message, commit)});
  auto old_doc =
      parse_document(source_file.path, source.document->lang, source.document->format, *text);
  if (!old_doc) return fail({{}, fmt::format("{} at commit {}", old_doc.error().message, commit)});
  PreparedDocument old = segment_document(std::move(*old_doc), termbase, segmentation_dir);

  // Which old segments each segment now came from.
  Alignment history = align_prepared(old, source);
  std::vector<std::vector<uint32_t>> came_from(source.segmented.segments.size());
  for (const Link& link : history)
    for (uint32_t now : link.tgt) came_from[now] = link.src;

  // The old source and the target as one bitext: a link of old segments to
  // target segments is signed off as accept would have signed it then.
  Bitext then{old.segmented, target.segmented, history, termbase, nullptr};
  std::vector<SignedPair> out;
  for (const Link& link : alignment) {
    if (link.src.empty() || link.tgt.empty()) continue;
    Link was;
    for (uint32_t now : link.src)
      was.src.insert(was.src.end(), came_from[now].begin(), came_from[now].end());
    std::sort(was.src.begin(), was.src.end());
    was.src.erase(std::unique(was.src.begin(), was.src.end()), was.src.end());
    // Sources that are all new since the commit: a translation made after
    // it, not signed off, as a pair missing from the lockfile.
    if (was.src.empty()) continue;
    was.tgt = link.tgt;
    out.push_back(sign_off(then, was, document));
  }
  return out;
}

}  // namespace samklang
