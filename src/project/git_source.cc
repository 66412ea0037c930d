#include "project/git_source.h"

#include <fmt/format.h>
#include <git2.h>

#include <filesystem>
#include <memory>

namespace samklang {

namespace {

namespace fs = std::filesystem;

// libgit2 counts its initialisations; one per call keeps it thread-safe.
struct Libgit2 {
  Libgit2() { git_libgit2_init(); }
  ~Libgit2() { git_libgit2_shutdown(); }
  Libgit2(const Libgit2&) = delete;
  Libgit2& operator=(const Libgit2&) = delete;
};

template <typename T, void (*Free)(T*)>
struct Freer {
  void operator()(T* p) const { Free(p); }
};
using RepoPtr = std::unique_ptr<git_repository, Freer<git_repository, git_repository_free>>;
using ObjectPtr = std::unique_ptr<git_object, Freer<git_object, git_object_free>>;
using TreePtr = std::unique_ptr<git_tree, Freer<git_tree, git_tree_free>>;
using EntryPtr = std::unique_ptr<git_tree_entry, Freer<git_tree_entry, git_tree_entry_free>>;
using BlobPtr = std::unique_ptr<git_blob, Freer<git_blob, git_blob_free>>;

std::string last_git_error() {
  const git_error* error = git_error_last();
  return error != nullptr && error->message != nullptr ? error->message : "unknown libgit2 error";
}

// The repository holding `path` and the file's path inside its working tree.
struct Located {
  RepoPtr repo;
  std::string relative;  // with '/' separators, as git stores it
};

std::expected<Located, Error> locate(const std::string& path) {
  std::error_code ec;
  fs::path file = fs::weakly_canonical(fs::absolute(path, ec), ec);
  if (ec) return std::unexpected(Error{{path, 0, 0}, fmt::format("cannot resolve '{}'", path)});
  git_repository* raw = nullptr;
  if (git_repository_open_ext(&raw, file.parent_path().c_str(), 0, nullptr) != 0)
    return std::unexpected(
        Error{{path, 0, 0},
              fmt::format("'{}' is in no git repository, so its history is unknown", path)});
  Located out{RepoPtr(raw), ""};
  const char* workdir = git_repository_workdir(raw);
  if (workdir == nullptr)
    return std::unexpected(
        Error{{path, 0, 0}, fmt::format("the git repository of '{}' has no working tree", path)});
  fs::path root = fs::weakly_canonical(fs::path(workdir), ec);
  fs::path relative = file.lexically_relative(root);
  if (ec || relative.empty() || *relative.begin() == "..")
    return std::unexpected(Error{
        {path, 0, 0},
        fmt::format("'{}' is outside the working tree of its git repository '{}'", path, workdir)});
  out.relative = relative.generic_string();
  return out;
}

}  // namespace

std::expected<std::string, Error> read_file_at_commit(const std::string& path,
                                                      std::string_view commit) {
  Libgit2 libgit2;
  auto located = locate(path);
  if (!located) return std::unexpected(located.error());
  git_repository* repo = located->repo.get();
  auto fail = [&](std::string message) { return std::unexpected(Error{{path, 0, 0}, message}); };

  git_oid oid;
  if (commit.empty() || commit.size() > GIT_OID_HEXSZ ||
      git_oid_fromstrn(&oid, commit.data(), commit.size()) != 0)
    return fail(fmt::format("'{}' is not a commit id", commit));
  git_object* raw = nullptr;
  int code = git_object_lookup_prefix(&raw, repo, &oid, commit.size(), GIT_OBJECT_ANY);
  ObjectPtr object(raw);
  if (code == GIT_EAMBIGUOUS)
    return fail(fmt::format(
        "commit id '{}' is ambiguous in the repository of '{}'; give more digits", commit, path));
  if (code != 0)
    return fail(fmt::format("commit '{}' is not in the repository of '{}'", commit, path));
  if (git_object_type(raw) != GIT_OBJECT_COMMIT)
    return fail(fmt::format("'{}' names a {}, not a commit", commit,
                            git_object_type2string(git_object_type(raw))));

  git_object* tree_raw = nullptr;
  if (git_object_peel(&tree_raw, raw, GIT_OBJECT_TREE) != 0)
    return fail(fmt::format("cannot read commit '{}': {}", commit, last_git_error()));
  ObjectPtr tree_object(tree_raw);
  git_tree_entry* entry_raw = nullptr;
  if (git_tree_entry_bypath(&entry_raw, reinterpret_cast<git_tree*>(tree_raw),
                            located->relative.c_str()) != 0)
    return fail(fmt::format("'{}' is not in commit '{}'; was it added or renamed after it?",
                            located->relative, commit));
  EntryPtr entry(entry_raw);
  if (git_tree_entry_type(entry_raw) != GIT_OBJECT_BLOB)
    return fail(fmt::format("'{}' is not a file in commit '{}'", located->relative, commit));
  git_blob* blob_raw = nullptr;
  if (git_blob_lookup(&blob_raw, repo, git_tree_entry_id(entry_raw)) != 0)
    return fail(fmt::format("cannot read '{}' at commit '{}': {}", located->relative, commit,
                            last_git_error()));
  BlobPtr blob(blob_raw);
  const auto* data = static_cast<const char*>(git_blob_rawcontent(blob_raw));
  return std::string(data, static_cast<size_t>(git_blob_rawsize(blob_raw)));
}

std::expected<HeadCommit, Error> head_commit(const std::string& path) {
  Libgit2 libgit2;
  auto located = locate(path);
  if (!located) return std::unexpected(located.error());
  git_oid oid;
  if (git_reference_name_to_id(&oid, located->repo.get(), "HEAD") != 0)
    return std::unexpected(
        Error{{path, 0, 0}, fmt::format("the git repository of '{}' has no commit yet", path)});
  HeadCommit out;
  char hex[GIT_OID_HEXSZ + 1] = {};
  git_oid_tostr(hex, sizeof hex, &oid);
  out.id = hex;
  unsigned int flags = 0;
  if (git_status_file(&flags, located->repo.get(), located->relative.c_str()) == 0)
    out.file_changed = flags != GIT_STATUS_CURRENT && (flags & GIT_STATUS_IGNORED) == 0;
  return out;
}

}  // namespace samklang
