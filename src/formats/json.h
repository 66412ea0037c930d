// A strict RFC 8259 JSON scanner that keeps where everything is: the byte
// offset of every value and key, and for strings a map from the decoded text
// back to the file, across escapes (nlohmann-json keeps no positions). It
// calls a handler per event instead of building a tree, so that memory stays
// what the handler keeps, whatever the input.
#pragma once

#include <cstdint>
#include <expected>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/location.h"

namespace samklang {

// A decoded string (key or value) and where its text is in the file.
struct JsonString {
  std::string text;
  std::vector<SourceSpan> spans;  // as Unit::spans: each escape starts a span of its own
  uint32_t offset = 0;            // the opening '"'
};

enum class JsonScalar : uint8_t { number, boolean, null };

// The events of one scan, in file order. A member's key() comes right
// before its value's events.
class JsonHandler {
 public:
  virtual ~JsonHandler() = default;
  virtual void begin_object(uint32_t offset) = 0;
  virtual void end_object() = 0;
  virtual void begin_array(uint32_t offset) = 0;
  virtual void end_array() = 0;
  virtual void key(const JsonString& key) = 0;
  virtual void string(const JsonString& value) = 0;
  virtual void scalar(JsonScalar kind, uint32_t offset) = 0;
};

// The deepest nesting of objects and arrays scan_json accepts.
inline constexpr int kJsonMaxDepth = 200;

// Scans `content` (valid UTF-8, as decode_text gives it) as one JSON value.
// Errors name the exact line:column (columns in code points) and say what
// to do: a duplicate key in an object (at the second one, naming the first's
// line), a trailing or missing comma, a missing colon, an unterminated
// string, an unknown escape, a lone surrogate in \u escapes, a control
// character in a string, a comment, a bad number or literal, text after the
// value, nesting deeper than kJsonMaxDepth, an empty input. The handler has
// seen the events up to the error. `path` is used in errors only.
std::expected<void, Error> scan_json(const std::string& path, std::string_view content,
                                     JsonHandler& handler);

}  // namespace samklang
