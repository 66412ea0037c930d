// Reading one document and cutting it into segments with their terms.
#pragma once

#include <expected>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "align/aligner.h"
#include "checks/bitext.h"
#include "core/document.h"
#include "project/discover.h"
#include "terms/termbase.h"

namespace samklang {

struct PreparedDocument {
  std::unique_ptr<Document> document;  // stable address for SegmentedDocument::document
  SegmentedDocument segmented;
  std::vector<AlignItem> align_items;
};

// Reads, segments (headings stay whole; a keyed catalog's entries are one
// segment each), finds terms, and lists anchors.
std::expected<PreparedDocument, Error> prepare_document(const DocumentFile& file,
                                                        const Termbase& termbase,
                                                        const std::string& segmentation_dir);

// Both sides of a bilingual catalog from one reading of the file.
std::expected<std::pair<PreparedDocument, PreparedDocument>, Error> prepare_bilingual(
    const std::string& path, const Lang& source_lang, const Lang& target_lang,
    const Termbase& termbase, const std::string& segmentation_dir);

// Segments a document that is already read.
PreparedDocument segment_document(Document document, const Termbase& termbase,
                                  const std::string& segmentation_dir);

// Aligns two prepared documents: keyed catalogs pair entries by id,
// documents pair by structure and length.
Alignment align_prepared(const PreparedDocument& source, const PreparedDocument& target);

}  // namespace samklang
