#include "engine/engine.h"

#include <fmt/format.h>

#include <filesystem>
#include <mutex>
#include <set>

#include "align/aligner.h"
#include "checks/registry.h"
#include "checks/signoff.h"
#include "checks/term_tally.h"
#include "engine/inline_suppression.h"
#include "engine/parallel.h"
#include "engine/prepare.h"
#include "engine/rule_ids.h"
#include "engine/source_history.h"
#include "engine/suppress.h"
#include "terms/load_termbase.h"
#include "terms/termbase.h"
#include "text/punctuation_rules.h"
#include "text/words.h"

namespace samklang {

namespace {

namespace fs = std::filesystem;

// The lockfile's name for a document: its source file relative to the
// lockfile's folder, so that it does not depend on the working folder.
std::string document_key(const std::string& source_path, const std::string& lockfile) {
  fs::path file(source_path);
  if (lockfile.empty()) return file.lexically_normal().generic_string();
  std::error_code ec;
  fs::path absolute = fs::absolute(file, ec);
  fs::path folder = fs::absolute(fs::path(lockfile), ec).parent_path();
  if (ec) return file.lexically_normal().generic_string();
  fs::path relative = absolute.lexically_normal().lexically_relative(folder.lexically_normal());
  return relative.empty() ? absolute.generic_string() : relative.generic_string();
}

struct ActiveCheck {
  const CheckDef* def;
  Severity severity;
  std::unique_ptr<Check> check;
};

std::expected<std::vector<ActiveCheck>, Error> active_checks(const RunOptions& options) {
  for (const auto& [id, setting] : options.rules)
    if (auto error = unknown_rule(id, setting.where)) return std::unexpected(*error);
  for (const auto& [lang, ignores] : options.language_ignores)
    for (const RuleRef& rule : ignores)
      if (auto error = unknown_rule(rule.id, rule.where)) return std::unexpected(*error);
  std::vector<ActiveCheck> out;
  for (const CheckDef* def : all_checks()) {
    Severity severity = def->info.default_severity;
    if (auto it = options.rules.find(def->info.id); it != options.rules.end()) {
      if (!it->second.enabled) continue;
      if (it->second.severity) severity = *it->second.severity;
    }
    out.push_back({def, severity, def->make()});
  }
  return out;
}

Finding load_error(const Error& error, Severity severity, const Lang& source_lang,
                   const Lang& target_lang) {
  Finding f;
  f.rule = "load-error";
  f.severity = severity;
  f.message = error.message;
  f.source_lang = source_lang;
  f.target_lang = target_lang;
  f.target = Place{error.where.file, std::max(1, error.where.line), std::max(1, error.where.column),
                   "", ""};
  return f;
}

// The suppression comments of every file read, by path. A bilingual
// catalog's target side has the notes, so it wins over the source side.
std::map<std::string, FileSuppressions> scan_all(
    const std::vector<std::expected<PreparedDocument, Error>>& prepared) {
  std::map<std::string, const Document*> docs;
  for (const auto& p : prepared)
    if (p) docs[p->document->path] = p->document.get();
  std::map<std::string, FileSuppressions> out;
  for (const auto& [path, doc] : docs) out.emplace(path, scan_suppressions(*doc));
  return out;
}

// Each segment of a document as a place: where it starts, its unit, its text.
std::vector<Place> segment_places(const SegmentedDocument& doc) {
  std::vector<Place> out;
  out.reserve(doc.segments.size());
  for (const Segment& segment : doc.segments) {
    const Unit& unit = doc.document->units[segment.unit];
    Location at = doc.document->locate(unit, segment.begin);
    out.push_back(Place{at.file, at.line, at.column, unit.id, segment.text});
  }
  return out;
}

// Tells RunOptions::progress of one stage: done 0 at the start, then each
// unit done, one call at a time whichever thread finished it.
class StageProgress {
 public:
  StageProgress(const ProgressFn& fn, size_t total, std::string_view stage)
      : fn_(fn), total_(total), stage_(stage) {
    if (fn_) fn_(0, total_, stage_);
  }
  void unit_done() {
    if (!fn_) return;
    std::lock_guard lock(mutex_);
    fn_(++done_, total_, stage_);
  }

 private:
  const ProgressFn& fn_;
  size_t total_;
  std::string_view stage_;
  std::mutex mutex_;
  size_t done_ = 0;
};

struct FileRef {
  size_t set;   // index into RunOptions::documents
  size_t file;  // index into DocumentSet::files
};

// Every file read and segmented, in parallel. A bilingual catalog is read
// once, by the task of its source side, which fills both entries.
std::vector<std::expected<PreparedDocument, Error>> prepare_all(const RunOptions& options,
                                                                const std::vector<FileRef>& files,
                                                                const Termbase& termbase) {
  std::vector<std::expected<PreparedDocument, Error>> prepared;
  prepared.reserve(files.size());
  for (size_t i = 0; i < files.size(); ++i) prepared.emplace_back(std::unexpected(Error{}));
  auto prepare_one = [&](size_t i) {
    const DocumentSet& set = options.documents[files[i].set];
    const DocumentFile& file = set.files[files[i].file];
    if (file.side == DocumentFile::Side::target && set.files.front().path == file.path) return;
    if (file.side == DocumentFile::Side::source && set.files.size() == 2 &&
        set.files[1].path == file.path) {
      auto both = prepare_bilingual(file.path, file.lang, set.files[1].lang, termbase,
                                    options.segmentation_dir);
      if (!both) {
        prepared[i] = std::unexpected(both.error());
        prepared[i + 1] = std::unexpected(both.error());
        return;
      }
      prepared[i] = std::move(both->first);
      prepared[i + 1] = std::move(both->second);
      return;
    }
    prepared[i] = prepare_document(file, termbase, options.segmentation_dir);
  };
  StageProgress progress(options.progress, files.size(), "reading");
  parallel_for(files.size(), options.jobs, [&](size_t i) {
    prepare_one(i);
    progress.unit_done();
  });
  return prepared;
}

}  // namespace

std::expected<AlignedPair, Error> align_pair(const DocumentFile& source, const DocumentFile& target,
                                             const std::vector<std::string>& termbases,
                                             const std::string& segmentation_dir) {
  auto termbase = load_termbases(termbases);
  if (!termbase) return std::unexpected(termbase.error());
  auto src = prepare_document(source, *termbase, segmentation_dir);
  if (!src) return std::unexpected(src.error());
  auto tgt = prepare_document(target, *termbase, segmentation_dir);
  if (!tgt) return std::unexpected(tgt.error());
  AlignedPair pair;
  for (const Segment& s : src->segmented.segments) pair.source.push_back(s.text);
  for (const Segment& s : tgt->segmented.segments) pair.target.push_back(s.text);
  pair.links = align_prepared(*src, *tgt);
  return pair;
}

std::expected<RunResult, Error> run(const RunOptions& options) {
  auto termbase_or = load_termbases(options.termbases);
  if (!termbase_or) return std::unexpected(termbase_or.error());
  const Termbase& termbase = *termbase_or;
  auto punctuation = load_punctuation_rules(options.punctuation_rules);
  if (!punctuation) return std::unexpected(punctuation.error());
  auto checks = active_checks(options);
  if (!checks) return std::unexpected(checks.error());
  auto load_check = std::find_if(checks->begin(), checks->end(), [](const ActiveCheck& c) {
    return c.def->info.id == std::string_view("load-error");
  });
  Severity load_severity = load_check != checks->end() ? load_check->severity : Severity::error;
  std::optional<Lockfile> lock;
  if (!options.lockfile.empty()) {
    auto loaded = load_lockfile(options.lockfile);
    if (!loaded) return std::unexpected(loaded.error());
    lock = std::move(*loaded);
  }
  std::optional<Baseline> baseline;
  if (!options.baseline.empty()) {
    auto loaded = load_baseline(options.baseline);
    if (!loaded) return std::unexpected(loaded.error());
    baseline = loaded->value_or(Baseline{});
    for (const BaselineEntry& entry : baseline->entries)
      if (auto error = unknown_rule(entry.rule, entry.rule_at)) return std::unexpected(*error);
  }

  // Read and segment every file in parallel; files are in set order.
  std::vector<FileRef> files;
  for (size_t s = 0; s < options.documents.size(); ++s)
    for (size_t f = 0; f < options.documents[s].files.size(); ++f) files.push_back({s, f});
  auto prepared = prepare_all(options, files, termbase);

  // Align and check every target against its source in parallel.
  struct PairRef {
    size_t source;  // index into prepared
    size_t target;
  };
  std::vector<PairRef> pairs;
  RunResult result;
  std::vector<std::vector<Finding>> found(files.size());
  size_t set_start = 0;  // index in `files` of the current set's source
  for (const DocumentSet& set : options.documents) {
    if (set.files.empty()) continue;
    const Lang& source_lang = set.files.front().lang;
    const auto& source = prepared[set_start];
    if (!source && load_check != checks->end())
      found[set_start].push_back(load_error(source.error(), load_severity, source_lang, ""));
    for (size_t f = 1; f < set.files.size(); ++f) {
      size_t t = set_start + f;
      if (prepared[t] && source) {
        pairs.push_back({set_start, t});
        continue;
      }
      // A catalog that declares its own language may not have said it yet.
      const Lang& lang = prepared[t] ? prepared[t]->document->lang : set.files[f].lang;
      // A bilingual catalog that cannot be read is reported once, by its source side.
      bool same_file = set.files[f].path == set.files.front().path;
      if (!prepared[t] && load_check != checks->end() && !(same_file && !source))
        found[t].push_back(load_error(prepared[t].error(), load_severity, source_lang, lang));
      if (source && !lang.empty()) {  // nothing of the source is translated
        LangSummary& summary = result.summary[lang];
        auto count = static_cast<int>(source->segmented.segments.size());
        summary.segments += count;
        summary.missing += count;
      }
    }
    set_start += set.files.size();
  }

  // Each pair's document name and its part of the sign-off.
  result.pairs.resize(pairs.size());
  std::vector<SignOffView> views(pairs.size());
  for (size_t p = 0; p < pairs.size(); ++p) {
    const DocumentSet& set = options.documents[files[pairs[p].source].set];
    PairResult& pair = result.pairs[p];
    pair.set = set.name;
    pair.source_path = set.files.front().path;
    pair.target_path = set.files[files[pairs[p].target].file].path;
    pair.document = document_key(set.files.front().path, options.lockfile);
    pair.lang = prepared[pairs[p].target]->document->lang;
    views[p].typography = options.outdated_typography;
    if (!lock) continue;
    for (const SignedPair& signed_pair : lock->pairs)
      if (signed_pair.document == pair.document && signed_pair.lang == pair.lang)
        views[p].pairs.push_back(&signed_pair);
  }

  std::vector<Alignment> alignments(pairs.size());
  std::vector<std::unique_ptr<Bitext>> bitexts(pairs.size());
  std::vector<std::vector<LinkReview>> reviews(pairs.size());
  std::vector<std::vector<SignedPair>> history(pairs.size());  // implied by source_commit
  StageProgress progress(options.progress, pairs.size(), "checking");
  parallel_for(pairs.size(), options.jobs, [&](size_t p) {
    const PreparedDocument& source = *prepared[pairs[p].source];
    const PreparedDocument& target = *prepared[pairs[p].target];
    alignments[p] = align_prepared(source, target);
    // The lockfile is the finer record: source_commit counts only without it.
    const FrontMatterField* commit = target.document->field("source_commit");
    const DocumentFile& source_file = options.documents[files[pairs[p].source].set].files.front();
    if (views[p].pairs.empty() && commit != nullptr && !commit->value.empty() &&
        source_file.side == DocumentFile::Side::whole) {
      auto implied =
          signoff_at_commit(commit->value, source_file, source, target, alignments[p],
                            result.pairs[p].document, termbase, options.segmentation_dir);
      if (implied) {
        history[p] = std::move(*implied);
        for (const SignedPair& signed_pair : history[p]) views[p].pairs.push_back(&signed_pair);
        views[p].source_commit = commit->value;
      } else if (load_check != checks->end()) {
        found[pairs[p].target].push_back(load_error(implied.error(), load_severity,
                                                    source.document->lang, target.document->lang));
      }
    }
    bitexts[p] =
        std::make_unique<Bitext>(Bitext{source.segmented, target.segmented, alignments[p], termbase,
                                        &views[p], &options.untranslated_keep, &*punctuation});
    for (const ActiveCheck& active : *checks) {
      Emitter emitter(*bitexts[p], active.def->info, active.severity, found[pairs[p].target]);
      active.check->run(*bitexts[p], emitter);
    }
    reviews[p] = review_links(*bitexts[p]);
    PairResult& pair = result.pairs[p];
    pair.source_segments = segment_places(source.segmented);
    pair.target_segments = segment_places(target.segmented);
    pair.alignment = alignments[p];
    WordBreaker words(source.document->lang);
    for (const Segment& segment : source.segmented.segments)
      pair.status.words += static_cast<int>(words.words(segment.text).size());
    for (size_t l = 0; l < alignments[p].size(); ++l) {
      const Link& link = alignments[p][l];
      auto n = static_cast<int>(link.src.size());
      DocumentStatus& status = pair.status;
      status.segments += n;
      if (link.tgt.empty() || reviews[p][l].status == LinkStatus::catalog_missing) {
        status.missing += n;
        continue;
      }
      status.translated += n;
      if (reviews[p][l].status == LinkStatus::outdated) status.outdated += n;
      if (reviews[p][l].status == LinkStatus::catalog_outdated) status.fuzzy += n;
      if (!link.src.empty()) pair.signoff.push_back(sign_off(*bitexts[p], link, pair.document));
    }
    progress.unit_done();
  });
  // Corpus-wide rules, once over every pair.
  std::vector<const Bitext*> all;
  for (const auto& b : bitexts) all.push_back(b.get());
  for (const ActiveCheck& active : *checks) {
    std::vector<Emitter> emitters;
    emitters.reserve(pairs.size());
    for (size_t p = 0; p < pairs.size(); ++p)
      emitters.emplace_back(*bitexts[p], active.def->info, active.severity, found[pairs[p].target]);
    active.check->run_corpus(all, emitters);
  }

  for (size_t p = 0; p < pairs.size(); ++p) {
    const std::string& document = options.documents[files[pairs[p].source].set].name;
    const Lang& lang = prepared[pairs[p].target]->document->lang;
    for (const Link& link : alignments[p]) {
      if (link.src.empty() || link.tgt.empty()) continue;
      for (const auto& [concept_id, tally] : tally_terms(*bitexts[p], link)) {
        if (tally.source.empty()) continue;
        ConceptRendering& row = result.concepts[document][concept_id][lang];
        row.source += static_cast<int>(tally.source.size());
        row.approved += static_cast<int>(tally.approved.size());
        row.forbidden += static_cast<int>(tally.forbidden.size());
        for (const TermHit& hit : tally.approved)
          row.written[termbase.terms[hit.match->term].text]++;
        for (const TermHit& hit : tally.forbidden)
          row.written[termbase.terms[hit.match->term].text]++;
      }
    }
    LangSummary& summary = result.summary[lang];
    const DocumentStatus& status = result.pairs[p].status;
    summary.segments += status.segments;
    summary.translated += status.translated;
    summary.missing += status.missing;
    summary.outdated += status.outdated + status.fuzzy;
  }
  // Suppress: what a language ignores, what comments in the files silence,
  // what the baseline accepts.
  std::vector<Finding> findings;
  for (auto& list : found)
    for (Finding& f : list) findings.push_back(std::move(f));
  drop_ignored(findings, options.language_ignores);
  auto suppressions = scan_all(prepared);
  result.silenced = drop_silenced(findings, suppressions);
  // Files with a load-error are not fully checked: their entries in the
  // baseline are neither stale nor pruned.
  std::set<std::string> unreadable;
  for (const Finding& f : findings)
    if (f.rule == "load-error" && primary_place(f)) unreadable.insert(primary_place(f)->file);
  if (load_check != checks->end()) {
    for (const auto& [path, file] : suppressions)
      for (const Error& error : file.errors)
        findings.push_back(load_error(error, load_severity, options.source_lang, ""));
  }
  for (Finding& f : findings) {
    const Place* place = primary_place(f);
    f.fingerprint =
        finding_fingerprint(f, document_key(place ? place->file : "", options.lockfile));
  }
  sort_findings(findings);
  if (baseline) {
    std::vector<std::string> checked;
    for (const DocumentSet& set : options.documents) {
      if (std::any_of(set.files.begin(), set.files.end(),
                      [&](const DocumentFile& file) { return unreadable.count(file.path) > 0; }))
        continue;
      for (const DocumentFile& file : set.files)
        checked.push_back(document_key(file.path, options.baseline));
    }
    std::vector<BaselineEntry> now;
    for (const Finding& f : findings) {
      const Place* place = primary_place(f);
      now.push_back(baseline_entry(f, document_key(place ? place->file : "", options.baseline)));
    }
    result.updated_baseline = update_baseline(*baseline, std::move(now), checked);
    BaselineSplit split = split_by_baseline(std::move(findings), *baseline, checked);
    findings = std::move(split.reported);
    result.baselined = std::move(split.baselined);
    result.stale = std::move(split.stale);
  }
  for (const Finding& f : findings)
    if (!f.target_lang.empty()) result.summary[f.target_lang].findings++;
  result.findings = std::move(findings);
  return result;
}

}  // namespace samklang
