#include "project/git_source.h"

#include <dlfcn.h>
#include <fmt/format.h>
#include <git2.h>

#include <filesystem>
#include <memory>

namespace samklang {

namespace {

namespace fs = std::filesystem;

// libgit2 is opened on first use (dlopen), not linked: it brings a dozen
// libraries (TLS, Kerberos, SSH) whose loading and relocation would cost
// every samklang process some 8 ms, and only source history needs it. The
// declarations of <git2.h> type each pointer.
#define SAMKLANG_GIT_FUNCTIONS(X)                                                                \
  X(git_libgit2_init)                                                                            \
  X(git_libgit2_shutdown) X(git_error_last) X(git_repository_open_ext) X(git_repository_workdir) \
      X(git_repository_free) X(git_oid_fromstrn) X(git_oid_tostr) X(git_object_lookup_prefix)    \
          X(git_object_type) X(git_object_type2string) X(git_object_peel) X(git_object_free)     \
              X(git_tree_entry_bypath) X(git_tree_entry_type) X(git_tree_entry_id)               \
                  X(git_tree_entry_free) X(git_blob_lookup) X(git_blob_rawcontent)               \
                      X(git_blob_rawsize) X(git_blob_free) X(git_reference_name_to_id)           \
                          X(git_status_file)

struct GitApi {
#define SAMKLANG_GIT_POINTER(name) decltype(&::name) name = nullptr;
  SAMKLANG_GIT_FUNCTIONS(SAMKLANG_GIT_POINTER)
#undef SAMKLANG_GIT_POINTER
  std::string error;  // why libgit2 could not be opened; empty when it was
};

const GitApi& git() {
  static const GitApi api = [] {
    GitApi out;
    // The library this build was compiled against first, then any libgit2.so.
    void* handle = nullptr;
    for (const char* name : {SAMKLANG_LIBGIT2_SONAME, "libgit2.so"})
      if ((handle = ::dlopen(name, RTLD_NOW | RTLD_LOCAL)) != nullptr) break;
    if (handle == nullptr) {
      const char* why = ::dlerror();
      out.error = fmt::format("cannot load libgit2 ({}): {}", SAMKLANG_LIBGIT2_SONAME,
                              why != nullptr ? why : "not found");
      return out;
    }
#define SAMKLANG_GIT_SYMBOL(name)                                         \
  out.name = reinterpret_cast<decltype(&::name)>(::dlsym(handle, #name)); \
  if (out.name == nullptr && out.error.empty())                           \
    out.error = fmt::format("libgit2 ({}) lacks {}", SAMKLANG_LIBGIT2_SONAME, #name);
    SAMKLANG_GIT_FUNCTIONS(SAMKLANG_GIT_SYMBOL)
#undef SAMKLANG_GIT_SYMBOL
    return out;
  }();
  return api;
}

// libgit2 counts its initialisations; one per call keeps it thread-safe.
struct Libgit2 {
  Libgit2() { git().git_libgit2_init(); }
  ~Libgit2() { git().git_libgit2_shutdown(); }
  Libgit2(const Libgit2&) = delete;
  Libgit2& operator=(const Libgit2&) = delete;
};

struct GitFree {
  void operator()(git_repository* p) const { git().git_repository_free(p); }
  void operator()(git_object* p) const { git().git_object_free(p); }
  void operator()(git_tree_entry* p) const { git().git_tree_entry_free(p); }
  void operator()(git_blob* p) const { git().git_blob_free(p); }
};
using RepoPtr = std::unique_ptr<git_repository, GitFree>;
using ObjectPtr = std::unique_ptr<git_object, GitFree>;
using EntryPtr = std::unique_ptr<git_tree_entry, GitFree>;
using BlobPtr = std::unique_ptr<git_blob, GitFree>;

std::string last_git_error() {
  const git_error* error = git().git_error_last();
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
  if (git().git_repository_open_ext(&raw, file.parent_path().c_str(), 0, nullptr) != 0)
    return std::unexpected(
        Error{{path, 0, 0},
              fmt::format("'{}' is in no git repository, so its history is unknown", path)});
  Located out{RepoPtr(raw), ""};
  const char* workdir = git().git_repository_workdir(raw);
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
  if (!git().error.empty()) return std::unexpected(Error{{path, 0, 0}, git().error});
  Libgit2 libgit2;
  auto located = locate(path);
  if (!located) return std::unexpected(located.error());
  git_repository* repo = located->repo.get();
  auto fail = [&](std::string message) { return std::unexpected(Error{{path, 0, 0}, message}); };

  git_oid oid;
  if (commit.empty() || commit.size() > GIT_OID_HEXSZ ||
      git().git_oid_fromstrn(&oid, commit.data(), commit.size()) != 0)
    return fail(fmt::format("'{}' is not a commit id", commit));
  git_object* raw = nullptr;
  int code = git().git_object_lookup_prefix(&raw, repo, &oid, commit.size(), GIT_OBJECT_ANY);
  ObjectPtr object(raw);
  if (code == GIT_EAMBIGUOUS)
    return fail(fmt::format(
        "commit id '{}' is ambiguous in the repository of '{}'; give more digits", commit, path));
  if (code != 0)
    return fail(fmt::format("commit '{}' is not in the repository of '{}'", commit, path));
  if (git().git_object_type(raw) != GIT_OBJECT_COMMIT)
    return fail(fmt::format("'{}' names a {}, not a commit", commit,
                            git().git_object_type2string(git().git_object_type(raw))));

  git_object* tree_raw = nullptr;
  if (git().git_object_peel(&tree_raw, raw, GIT_OBJECT_TREE) != 0)
    return fail(fmt::format("cannot read commit '{}': {}", commit, last_git_error()));
  ObjectPtr tree_object(tree_raw);
  git_tree_entry* entry_raw = nullptr;
  if (git().git_tree_entry_bypath(&entry_raw, reinterpret_cast<git_tree*>(tree_raw),
                                  located->relative.c_str()) != 0)
    return fail(fmt::format("'{}' is not in commit '{}'; was it added or renamed after it?",
                            located->relative, commit));
  EntryPtr entry(entry_raw);
  if (git().git_tree_entry_type(entry_raw) != GIT_OBJECT_BLOB)
    return fail(fmt::format("'{}' is not a file in commit '{}'", located->relative, commit));
  git_blob* blob_raw = nullptr;
  if (git().git_blob_lookup(&blob_raw, repo, git().git_tree_entry_id(entry_raw)) != 0)
    return fail(fmt::format("cannot read '{}' at commit '{}': {}", located->relative, commit,
                            last_git_error()));
  BlobPtr blob(blob_raw);
  const auto* data = static_cast<const char*>(git().git_blob_rawcontent(blob_raw));
  return std::string(data, static_cast<size_t>(git().git_blob_rawsize(blob_raw)));
}

std::expected<HeadCommit, Error> head_commit(const std::string& path) {
  if (!git().error.empty()) return std::unexpected(Error{{path, 0, 0}, git().error});
  Libgit2 libgit2;
  auto located = locate(path);
  if (!located) return std::unexpected(located.error());
  git_oid oid;
  if (git().git_reference_name_to_id(&oid, located->repo.get(), "HEAD") != 0)
    return std::unexpected(
        Error{{path, 0, 0}, fmt::format("the git repository of '{}' has no commit yet", path)});
  HeadCommit out;
  char hex[GIT_OID_HEXSZ + 1] = {};
  git().git_oid_tostr(hex, sizeof hex, &oid);
  out.id = hex;
  unsigned int flags = 0;
  if (git().git_status_file(&flags, located->repo.get(), located->relative.c_str()) == 0)
    out.file_changed = flags != GIT_STATUS_CURRENT && (flags & GIT_STATUS_IGNORED) == 0;
  return out;
}

}  // namespace samklang
