// A git repository built with libgit2 in a test's temporary folder, for the
// tests of source_commit. Header-only: the test binary links libgit2.
#pragma once

#include <git2.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace samklang::testing {

class GitRepo {
 public:
  // `git init` in `dir`; ok() is false when libgit2 cannot (the test skips).
  explicit GitRepo(const std::filesystem::path& dir) : dir_(dir) {
    git_libgit2_init();
    if (git_repository_init(&repo_, dir.c_str(), 0) != 0) repo_ = nullptr;
  }
  ~GitRepo() {
    git_repository_free(repo_);
    git_libgit2_shutdown();
  }
  GitRepo(const GitRepo&) = delete;
  GitRepo& operator=(const GitRepo&) = delete;

  bool ok() const { return repo_ != nullptr; }
  std::string error() const {
    const git_error* e = git_error_last();
    return e != nullptr && e->message != nullptr ? e->message : "libgit2 failed";
  }

  // Writes a file of the working tree (creating folders).
  void write(const std::string& relative, const std::string& bytes) const {
    std::filesystem::path file = dir_ / relative;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << bytes;
  }

  // Stages `files` as they are in the working tree and commits them on HEAD;
  // returns the commit's full id, or "" on failure.
  std::string commit(const std::string& message, const std::vector<std::string>& files) {
    git_index* index = nullptr;
    if (!ok() || git_repository_index(&index, repo_) != 0) return "";
    bool staged = true;
    for (const std::string& file : files)
      staged = staged && git_index_add_bypath(index, file.c_str()) == 0;
    git_oid tree_id;
    staged = staged && git_index_write(index) == 0 && git_index_write_tree(&tree_id, index) == 0;
    git_index_free(index);
    if (!staged) return "";
    git_tree* tree = nullptr;
    git_signature* who = nullptr;
    git_commit* parent = nullptr;
    git_oid parent_id;
    if (git_reference_name_to_id(&parent_id, repo_, "HEAD") == 0)
      git_commit_lookup(&parent, repo_, &parent_id);
    const git_commit* parents[] = {parent};
    git_oid id;
    bool done = git_tree_lookup(&tree, repo_, &tree_id) == 0 &&
                git_signature_new(&who, "samklang tests", "tests@samklang.invalid",
                                  1700000000 + ++commits_, 0) == 0 &&
                git_commit_create(&id, repo_, "HEAD", who, who, nullptr, message.c_str(), tree,
                                  parent != nullptr ? 1 : 0, parents) == 0;
    git_commit_free(parent);
    git_signature_free(who);
    git_tree_free(tree);
    if (!done) return "";
    char hex[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(hex, sizeof hex, &id);
    return hex;
  }

 private:
  std::filesystem::path dir_;
  git_repository* repo_ = nullptr;
  int commits_ = 0;
};

}  // namespace samklang::testing
