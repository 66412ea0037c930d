// XLIFF 1.2 and 2.x reader: translation units (segments) become keyed units
// in a source and a target Document, with exact positions of their text.
#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "formats/bilingual.h"
#include "formats/xml_text.h"

namespace samklang {

namespace {

// Inline codes whose content is markup, not text: left out of a unit's text.
// <g>, <pc> and <mrk> only wrap text and keep it.
constexpr std::string_view kCodes[] = {"x",  "bx", "ex", "ph", "bpt", "ept",
                                       "it", "sc", "ec", "sm", "em"};

// The inline codes of XLIFF 1.2 and 2.x; <mrk>, <sm> and <em> are annotations.
std::optional<InlineKind> code_kind(const pugi::xml_node& element) {
  std::string_view name = local_name(element);
  if (name == "g" || name == "pc") return InlineKind::paired_tag;
  if (name == "x" || name == "ph") return InlineKind::standalone_tag;
  if (name == "bx" || name == "bpt" || name == "sc") return InlineKind::open_tag;
  if (name == "ex" || name == "ept" || name == "ec") return InlineKind::close_tag;
  if (name == "it")
    return std::string_view(element.attribute("pos").value()) == "close" ? InlineKind::close_tag
                                                                         : InlineKind::open_tag;
  return std::nullopt;
}

bool is_element(const pugi::xml_node& node, std::string_view name) {
  return node.type() == pugi::node_element && local_name(node) == name;
}

// The segment markers (<mrk mtype="seg">) below `node`, in document order.
void segment_markers(const pugi::xml_node& node, std::vector<pugi::xml_node>& out) {
  for (pugi::xml_node child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    if (local_name(child) == "mrk" && std::string_view(child.attribute("mtype").value()) == "seg")
      out.push_back(child);
    else
      segment_markers(child, out);
  }
}

class XliffReader {
 public:
  XliffReader(const std::string& path, std::string_view content) : xml_(path, content) {}

  std::expected<BilingualDocument, Error> read(std::string& source_lang, std::string& target_lang) {
    if (auto loaded = xml_.load("XLIFF"); !loaded) return std::unexpected(loaded.error());
    pugi::xml_node root = xml_.root();
    if (local_name(root) != "xliff")
      return std::unexpected(xml_.error_at(
          root, fmt::format("root element '{}' is not XLIFF; expected 'xliff'", root.name())));
    // Without a namespace the file is read as XLIFF; with another one it is
    // some other vocabulary that happens to name its root 'xliff'.
    std::string_view root_name = root.name();
    size_t colon = root_name.find(':');
    std::string ns_attribute = colon == std::string_view::npos
                                   ? "xmlns"
                                   : "xmlns:" + std::string(root_name.substr(0, colon));
    std::string_view ns = root.attribute(ns_attribute.c_str()).value();
    if (!ns.empty() && !ns.starts_with("urn:oasis:names:tc:xliff:document:"))
      return std::unexpected(
          xml_.error_at(root, fmt::format("namespace '{}' is not XLIFF's; expected "
                                          "'urn:oasis:names:tc:xliff:document:1.2' or '...:2.0'",
                                          ns)));
    bool v2 = std::string_view(root.attribute("version").value()).starts_with("2");
    if (v2) {
      source_lang = root.attribute("srcLang").value();
      target_lang = root.attribute("trgLang").value();
    }
    size_t files = 0;
    for (pugi::xml_node file : root.children())
      if (is_element(file, "file")) ++files;
    size_t number = 0;
    for (pugi::xml_node file : root.children()) {
      if (!is_element(file, "file")) continue;
      ++number;
      std::string name = file.attribute(v2 ? "id" : "original").value();
      if (name.empty()) name = fmt::format("file{}", number);
      std::string prefix = files > 1 ? name + "/" : "";
      if (!v2) {
        if (source_lang.empty()) source_lang = file.attribute("source-language").value();
        if (target_lang.empty()) target_lang = file.attribute("target-language").value();
      }
      walk(file, prefix, v2);
    }
    return std::move(out_);
  }

 private:
  void walk(const pugi::xml_node& node, const std::string& prefix, bool v2) {
    for (pugi::xml_node child : node.children()) {
      if (child.type() != pugi::node_element) continue;
      std::string_view name = local_name(child);
      if (std::string_view(child.attribute("translate").value()) == "no") continue;
      // A PO header converted to XLIFF (po2xliff) is metadata, not text.
      if (std::string_view(child.attribute("restype").value()) == "x-gettext-domain-header")
        continue;
      if (!v2 && name == "trans-unit")
        trans_unit(child, prefix + child.attribute("id").value());
      else if (v2 && name == "unit")
        unit(child, prefix + child.attribute("id").value());
      else if (name == "body" || name == "group")
        walk(child, prefix, v2);
    }
  }

  // XLIFF 1.2: one unit per <trans-unit>, or per segment of its <seg-source>.
  void trans_unit(const pugi::xml_node& tu, const std::string& id) {
    pugi::xml_node target = child_named(tu, "target");
    std::string state = target.attribute("state").value();
    if (state.empty() && std::string_view(tu.attribute("approved").value()) == "yes")
      state = "final";
    std::string note = notes_in(tu);
    std::vector<pugi::xml_node> sources;
    segment_markers(child_named(tu, "seg-source"), sources);
    if (sources.empty()) {
      add(id, xml_.text_of(child_named(tu, "source"), kCodes, code_kind),
          target ? xml_.text_of(target, kCodes, code_kind) : xml_.empty_at(tu), state, note);
      return;
    }
    std::vector<pugi::xml_node> targets;
    segment_markers(target, targets);
    for (const pugi::xml_node& mrk : sources) {
      std::string_view mid = mrk.attribute("mid").value();
      auto match = std::find_if(targets.begin(), targets.end(), [&](const pugi::xml_node& t) {
        return mid == t.attribute("mid").value();
      });
      add(fmt::format("{}#{}", id, mid), xml_.text_of(mrk, kCodes, code_kind),
          match != targets.end() ? xml_.text_of(*match, kCodes, code_kind)
                                 : xml_.empty_at(target ? target : tu),
          state, note);
    }
  }

  // XLIFF 2.x: one unit per <segment>; <ignorable> is left out.
  void unit(const pugi::xml_node& unit, const std::string& id) {
    std::string note = notes_in(child_named(unit, "notes"));
    std::vector<pugi::xml_node> segments;
    for (pugi::xml_node child : unit.children())
      if (is_element(child, "segment")) segments.push_back(child);
    for (size_t i = 0; i < segments.size(); ++i) {
      const pugi::xml_node& segment = segments[i];
      std::string segment_id = segment.attribute("id").value();
      if (segment_id.empty()) segment_id = std::to_string(i + 1);
      pugi::xml_node target = child_named(segment, "target");
      add(segments.size() > 1 ? id + "#" + segment_id : id,
          xml_.text_of(child_named(segment, "source"), kCodes, code_kind),
          target ? xml_.text_of(target, kCodes, code_kind) : xml_.empty_at(segment),
          segment.attribute("state").value(), note);
    }
  }

  std::string notes_in(const pugi::xml_node& node) const {
    std::string out;
    for (pugi::xml_node child : node.children()) {
      if (!is_element(child, "note")) continue;
      std::string text = xml_.text_of(child, {}).text;
      if (text.empty()) continue;
      out += (out.empty() ? "" : "; ") + text;
    }
    return out;
  }

  void add(const std::string& id, XmlText source, XmlText target, std::string state,
           std::string note) {
    out_.source.units.push_back(Unit{id, UnitKind::paragraph, 0, std::move(source.text),
                                     std::move(source.spans), "", "", std::move(source.codes),
                                     false});
    out_.target.units.push_back(Unit{id, UnitKind::paragraph, 0, std::move(target.text),
                                     std::move(target.spans), std::move(state), std::move(note),
                                     std::move(target.codes), false});
  }

  XmlFile xml_;
  BilingualDocument out_;
};

}  // namespace

std::expected<BilingualDocument, Error> parse_xliff(const std::string& path,
                                                    const Lang& source_lang,
                                                    const Lang& target_lang, std::string content) {
  std::string declared_source, declared_target;
  auto out = XliffReader(path, content).read(declared_source, declared_target);
  if (!out) return out;
  Lang target = target_lang;
  if (target.empty() && lang_is_plausible(declared_target))
    target = lang_canonical(declared_target);
  if (target.empty())
    return std::unexpected(
        Error{{path, 1, 1},
              "the catalog does not say its target language (no 'target-language' or 'trgLang'); "
              "give it as LANG=" +
                  path});
  Lang source = source_lang;
  if (source.empty() && lang_is_plausible(declared_source))
    source = lang_canonical(declared_source);
  finish_bilingual(*out, path, "xliff", source, target, std::move(content));
  return out;
}

}  // namespace samklang
