// JSON translation catalogs, one file per language, as web and app
// frameworks write them: i18next (nested objects or flat "a.b" keys), Flutter
// ARB and WebExtension messages.json. Every string becomes a keyed unit with
// exact positions; the shape is told from the content.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <map>
#include <optional>

#include "core/line_index.h"
#include "formats/json.h"
#include "formats/reader.h"

namespace samklang {

namespace {

enum class Shape { i18next, arb, webextension };

// The key paths of a catalog may add up to this many times the file's size
// (plus a little): a guard against a file of deep, long keys over many tiny
// values, whose full ids would need memory far beyond the file's.
constexpr size_t kIdBytesPerFileByte = 16;
constexpr size_t kIdBytesSlack = size_t{1} << 20;

bool webextension_field(std::string_view key) {
  return key == "message" || key == "description" || key == "placeholders";
}

// Reads the first two levels to tell the shape: ARB has "@@locale" or
// "@key" metadata objects; in a WebExtension catalog every member is an
// object with a string "message" and at most a description and placeholders.
class ShapeProbe final : public JsonHandler {
 public:
  std::optional<std::pair<uint32_t, std::string>> not_object;  // offset, what was found
  bool arb = false;
  size_t members = 0;
  size_t webextension_members = 0;
  size_t strings = 0;  // string values, an upper bound of the units

  void begin_object(uint32_t) override {
    seen_top_ = true;
    if (depth_ == 1) {
      member_is_object_ = true;
      if (key1_.starts_with('@')) arb = true;  // ARB metadata: "@key": {...}
    }
    ++depth_;
  }
  void end_object() override {
    --depth_;
    if (depth_ == 1 && member_is_object_ && member_has_message_ && member_only_fields_)
      ++webextension_members;
  }
  void begin_array(uint32_t offset) override {
    top_value(offset, "an array");
    ++depth_;
  }
  void end_array() override { --depth_; }
  void key(const JsonString& key) override {
    if (depth_ == 1) {
      ++members;
      key1_ = key.text;
      if (key1_.starts_with("@@")) arb = true;
      member_is_object_ = member_has_message_ = false;
      member_only_fields_ = true;
    } else if (depth_ == 2) {
      key2_ = key.text;
      if (!webextension_field(key2_)) member_only_fields_ = false;
    }
  }
  void string(const JsonString& value) override {
    ++strings;
    top_value(value.offset, "a string");
    if (depth_ == 2 && key2_ == "message") member_has_message_ = true;
  }
  void scalar(JsonScalar kind, uint32_t offset) override {
    top_value(offset, kind == JsonScalar::number    ? "a number"
                      : kind == JsonScalar::boolean ? "true or false"
                                                    : "null");
  }

 private:
  void top_value(uint32_t offset, const char* what) {
    if (depth_ == 0 && !seen_top_) not_object.emplace(offset, what);
    seen_top_ = true;
  }

  int depth_ = 0;
  bool seen_top_ = false;
  std::string key1_;
  std::string key2_;
  bool member_is_object_ = false;
  bool member_has_message_ = false;
  bool member_only_fields_ = true;
};

// Builds the units of one shape. Ids join the key path with '.' (array
// items by their index), so nested {"common": {"save": ...}} and flat
// {"common.save": ...} both give "common.save".
class CatalogBuilder final : public JsonHandler {
 public:
  CatalogBuilder(Shape shape, Document& doc)
      : shape_(shape),
        doc_(doc),
        id_budget_(kIdBytesPerFileByte * doc.content.size() + kIdBytesSlack) {}

  std::optional<std::pair<uint32_t, std::string>> error;  // offset, message

  void begin_object(uint32_t) override { enter(); }
  void end_object() override { leave(); }
  void begin_array(uint32_t) override {
    enter();
    frames_.back().array = true;
  }
  void end_array() override { leave(); }
  void key(const JsonString& key) override {
    pending_key_ = key.text;
    pending_key_offset_ = key.offset;
  }
  // Numbers, booleans and null are not text, but they count as array items.
  void scalar(JsonScalar, uint32_t) override {
    if (push_component()) pop_component();
  }
  void string(const JsonString& value) override {
    if (!push_component()) return;  // a top-level string: the probe reports it
    take(value);
    pop_component();
  }

  // After the scan: an id given twice (a nested and a flat key naming the
  // same entry) is an error at its second place; else each unit gets the
  // description met for it anywhere in the file as its note. Sorting unit
  // indices by id costs far less memory than a map of a million ids.
  void finish() {
    if (error) return;
    std::vector<uint32_t> by_id(doc_.units.size());
    for (uint32_t i = 0; i < by_id.size(); ++i) by_id[i] = i;
    auto id_of = [&](uint32_t i) -> const std::string& { return doc_.units[i].id; };
    std::stable_sort(by_id.begin(), by_id.end(),
                     [&](uint32_t a, uint32_t b) { return id_of(a) < id_of(b); });
    std::optional<std::pair<uint32_t, uint32_t>> twice;  // (first, second) unit, second earliest
    for (size_t k = 1; k < by_id.size(); ++k) {
      if (id_of(by_id[k]) != id_of(by_id[k - 1])) continue;
      size_t first = k - 1;
      while (first > 0 && id_of(by_id[first - 1]) == id_of(by_id[k])) --first;
      if (!twice || by_id[k] < twice->second) twice = {by_id[first], by_id[k]};
    }
    if (twice) {
      LineColumn lc = doc_.lines.at(doc_.content, key_offsets_[twice->first]);
      error.emplace(key_offsets_[twice->second],
                    fmt::format("key '{}' given twice (first at line {}): a nested and a flat "
                                "key name the same entry; keep only one of them",
                                id_of(twice->second), lc.line));
      return;
    }
    for (auto& [id, note] : notes_) {
      auto it =
          std::lower_bound(by_id.begin(), by_id.end(), id,
                           [&](uint32_t i, const std::string& key) { return id_of(i) < key; });
      if (it != by_id.end() && id_of(*it) == id) doc_.units[*it].note = std::move(note);
    }
  }

 private:
  struct Frame {
    bool array = false;
    uint32_t next_index = 0;
    bool keyed = false;  // the container added a component to the id
  };
  static constexpr uint32_t kNoKey = UINT32_MAX;  // an array item's component

  struct Component {
    size_t before;  // id_ length before it (and its '.')
    size_t begin;   // where its text starts in id_
  };

  void enter() {
    bool keyed = push_component();
    frames_.push_back({false, 0, keyed});
  }
  void leave() {
    bool keyed = frames_.back().keyed;
    frames_.pop_back();
    if (keyed) pop_component();
  }

  // Adds the current value's key (or array index) to the id; false for the
  // top-level value, which has none.
  bool push_component() {
    if (frames_.empty()) return false;
    size_t before = id_.size();
    if (!components_.empty()) id_ += '.';
    size_t begin = id_.size();
    Frame& frame = frames_.back();
    if (frame.array)
      id_ += std::to_string(frame.next_index++);
    else
      id_ += pending_key_;
    components_.push_back({before, begin});
    offsets_.push_back(frame.array ? kNoKey : pending_key_offset_);
    return true;
  }
  void pop_component() {
    id_.resize(components_.back().before);
    components_.pop_back();
    offsets_.pop_back();
  }

  std::string_view component(size_t i) const {
    size_t end = i + 1 < components_.size() ? components_[i + 1].before : id_.size();
    return std::string_view(id_).substr(components_[i].begin, end - components_[i].begin);
  }

  void take(const JsonString& value) {
    size_t depth = components_.size();
    if (depth == 0 || error) return;
    std::string_view top = component(0);
    switch (shape_) {
      case Shape::i18next:
        add_unit(id_, value, here(value));
        return;
      case Shape::arb:
        if (depth == 1 && top == "@@locale") doc_.declared_lang = value.text;
        if (depth == 2 && top.starts_with('@') && !top.starts_with("@@") &&
            component(1) == "description")
          notes_[std::string(top.substr(1))] = value.text;
        if (top.starts_with('@')) return;  // metadata, not text
        add_unit(id_, value, here(value));
        return;
      case Shape::webextension:
        if (depth != 2) return;  // placeholders' content and examples are not text
        if (component(1) == "message") add_unit(std::string(top), value, offsets_.front());
        if (component(1) == "description") notes_[std::string(top)] = value.text;
        return;
    }
  }

  // Where an error about the current value points: its key, or itself in an array.
  uint32_t here(const JsonString& value) const {
    return offsets_.back() == kNoKey ? value.offset : offsets_.back();
  }

  void add_unit(const std::string& id, const JsonString& value, uint32_t key_offset) {
    // An empty array item is kept out: it has no key to point a missing
    // translation at, and a file of "" items would cost far more than its size.
    if (key_offset == value.offset && value.text.empty()) return;
    id_bytes_ += id.size();
    if (id_bytes_ > id_budget_) {
      error.emplace(key_offset,
                    "the catalog's key paths are too long for its size; flatten the nesting");
      return;
    }
    Unit unit;
    unit.id = id;
    unit.kind = UnitKind::paragraph;
    unit.text = value.text;
    unit.spans = value.spans;
    doc_.units.push_back(std::move(unit));
    key_offsets_.push_back(key_offset);
  }

  Shape shape_;
  Document& doc_;
  std::vector<Frame> frames_;
  std::vector<Component> components_;
  std::vector<uint32_t> offsets_;  // per component: its key's offset
  std::string id_;
  std::string pending_key_;
  uint32_t pending_key_offset_ = 0;
  std::vector<uint32_t> key_offsets_;  // per unit
  std::map<std::string, std::string> notes_;
  size_t id_bytes_ = 0;
  size_t id_budget_;
};

bool has_extension(std::string_view path, std::string_view extension) {
  if (path.size() < extension.size()) return false;
  std::string tail(path.substr(path.size() - extension.size()));
  for (char& c : tail) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return tail == extension;
}

}  // namespace

std::expected<Document, Error> parse_json(const std::string& path, const Lang& lang,
                                          std::string content) {
  Document doc = Document::with_content(path, lang, "json", std::move(content));
  doc.keyed = true;
  auto error_at = [&](uint32_t offset, std::string message) {
    LineColumn lc = doc.lines.at(doc.content, offset);
    return std::unexpected(Error{{path, lc.line, lc.column}, std::move(message)});
  };
  ShapeProbe probe;
  auto scanned = scan_json(path, doc.content, probe);
  if (probe.not_object)
    return error_at(probe.not_object->first,
                    fmt::format("the top level of a JSON catalog must be an object of keys and "
                                "strings ('{{...}}'), not {}",
                                probe.not_object->second));
  if (!scanned) return std::unexpected(scanned.error());
  Shape shape = Shape::i18next;
  if (probe.arb || has_extension(path, ".arb"))
    shape = Shape::arb;
  else if (probe.members > 0 && probe.webextension_members == probe.members)
    shape = Shape::webextension;
  doc.units.reserve(probe.strings);
  CatalogBuilder builder(shape, doc);
  if (auto built = scan_json(path, doc.content, builder); !built)
    return std::unexpected(built.error());
  builder.finish();
  if (builder.error) return error_at(builder.error->first, builder.error->second);
  return doc;
}

}  // namespace samklang
