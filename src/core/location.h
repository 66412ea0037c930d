// Places in input files and the errors that point at them.
#pragma once

#include <string>

namespace samklang {

// A place in a file. Lines and columns are 1-based; columns count Unicode
// code points. line == 0 means "the file as a whole".
struct Location {
  std::string file;
  int line = 0;
  int column = 0;
};

// An error that is a value: where it happened and what is wrong.
struct Error {
  Location where;
  std::string message;
};

// "path:line:col: error: message" (line and column left out when unknown).
std::string format_error(const Error& error);

}  // namespace samklang
