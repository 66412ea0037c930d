#include "terms/tbx.h"

#include <fmt/format.h>

#include <fstream>
#include <pugixml.hpp>
#include <sstream>

#include "core/line_index.h"
#include "text/utf8.h"

namespace samklang {

namespace {

bool is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// The element name without its namespace prefix ("basic:definition" -> "definition").
std::string_view local_name(const pugi::xml_node& node) {
  std::string_view name = node.name();
  if (size_t colon = name.find(':'); colon != std::string_view::npos) name.remove_prefix(colon + 1);
  return name;
}

void append_text(const pugi::xml_node& node, std::string& out) {
  for (pugi::xml_node child : node.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata)
      out += child.value();
    else if (child.type() == pugi::node_element)
      append_text(child, out);
  }
}

// All text below `node`, runs of XML white space collapsed to one space, trimmed.
std::string text_of(const pugi::xml_node& node) {
  std::string raw;
  append_text(node, raw);
  std::string out;
  bool space = false;
  for (char c : raw) {
    if (is_xml_space(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// "doNotTranslate", "do not translate", "do-not-translate", any case.
bool says_do_not_translate(std::string_view text) {
  std::string squeezed;
  for (char c : lower_ascii(text))
    if (!is_xml_space(c) && c != '-' && c != '_') squeezed += c;
  return squeezed == "donottranslate";
}

std::optional<TermStatus> administrative_status(std::string_view value) {
  std::string name = lower_ascii(value);
  if (name.ends_with("-admn-sts")) name.resize(name.size() - 9);
  if (name.ends_with("term")) name.resize(name.size() - 4);
  if (name == "preferred") return TermStatus::preferred;
  if (name == "admitted") return TermStatus::admitted;
  if (name == "deprecated" || name == "superseded") return TermStatus::forbidden;
  return std::nullopt;
}

// The data category an element carries: the type of a termNote, descrip,
// admin or note ("administrativeStatus"), or the element's own name in the
// TBX v3 DCT style (<basic:administrativeStatus>).
std::string_view category_of(const pugi::xml_node& node) {
  std::string_view name = local_name(node);
  if (name == "termNote" || name == "descrip" || name == "admin" || name == "note") {
    std::string_view type = node.attribute("type").value();
    return type.empty() ? name : type;
  }
  return name;
}

// The definition given directly at one level (entry, language or term).
std::string definition_in(const pugi::xml_node& level) {
  for (pugi::xml_node child : level.children()) {
    if (child.type() != pugi::node_element) continue;
    if (local_name(child) == "descripGrp") {
      if (std::string inner = definition_in(child); !inner.empty()) return inner;
    } else if (category_of(child) == "definition") {
      return text_of(child);
    }
  }
  return {};
}

struct Context {
  std::string concept_id;
  Lang lang;
  std::string definition;  // inherited from the language or entry
};

class TbxReader {
 public:
  TbxReader(std::string_view content, const std::string& path)
      : content_(content), path_(path), lines_(content) {}

  std::expected<Termbase, Error> read();

 private:
  Error error_at(size_t offset, std::string message) const {
    LineColumn at = lines_.at(content_, static_cast<uint32_t>(offset));
    return Error{Location{path_, at.line, at.column}, std::move(message)};
  }
  // The place of an element's "<" (pugixml gives the offset of its name).
  Location location_of(const pugi::xml_node& node) const {
    ptrdiff_t offset = node.offset_debug();
    if (offset <= 0) return Location{path_, 0, 0};
    LineColumn at = lines_.at(content_, static_cast<uint32_t>(offset - 1));
    return Location{path_, at.line, at.column};
  }
  Error error_at(const pugi::xml_node& node, std::string message) const {
    return Error{location_of(node), std::move(message)};
  }

  std::optional<Error> refuse_entities() const;
  std::expected<void, Error> read_entry(const pugi::xml_node& entry, size_t number);
  std::expected<void, Error> read_term(const pugi::xml_node& group, const Context& context);
  std::expected<void, Error> read_detail(const pugi::xml_node& node, Term& term, bool& dnt,
                                         std::optional<TermStatus>& own_status);

  std::string_view content_;
  const std::string& path_;
  LineIndex lines_;
  Termbase termbase_;
};

// pugixml never expands entities declared in a DTD, but a termbase has no
// use for them: refuse any DOCTYPE that declares one instead of reading a
// file whose meaning depends on them.
std::optional<Error> TbxReader::refuse_entities() const {
  size_t doctype = content_.find("<!DOCTYPE");
  if (doctype == std::string_view::npos) return std::nullopt;
  // The internal subset ends before the root element, the first "<" that
  // does not start a declaration, comment or processing instruction.
  size_t end = doctype + 1;
  while ((end = content_.find('<', end)) != std::string_view::npos) {
    if (end + 1 < content_.size() && content_[end + 1] != '!' && content_[end + 1] != '?') break;
    ++end;
  }
  size_t entity = content_.substr(0, end).find("<!ENTITY", doctype);
  if (entity == std::string_view::npos) return std::nullopt;
  return error_at(entity,
                  "entity declarations are not allowed in a termbase; remove the DOCTYPE's "
                  "'<!ENTITY' declarations and write the text out");
}

std::expected<Termbase, Error> TbxReader::read() {
  if (size_t bad = utf8_invalid_offset(content_); bad != std::string_view::npos)
    return std::unexpected(error_at(bad, "invalid UTF-8; save the termbase as UTF-8"));
  if (auto refused = refuse_entities()) return std::unexpected(*refused);

  pugi::xml_document document;
  pugi::xml_parse_result parsed = document.load_buffer(content_.data(), content_.size(),
                                                       pugi::parse_default, pugi::encoding_utf8);
  if (!parsed) {
    std::string what = lower_ascii(std::string_view(parsed.description()).substr(0, 1)) +
                       std::string(parsed.description()).substr(1);
    return std::unexpected(error_at(static_cast<size_t>(std::max<ptrdiff_t>(0, parsed.offset)),
                                    "invalid XML: " + what));
  }
  pugi::xml_node root = document.document_element();
  std::string_view root_name = local_name(root);
  if (root_name != "martif" && root_name != "tbx")
    return std::unexpected(error_at(
        root, fmt::format("root element '{}' is not TBX; expected 'martif' (TBX-Basic) or 'tbx' "
                          "(TBX v3)",
                          root.name())));

  // Entries in document order, wherever the body puts them.
  size_t number = 0;
  std::optional<Error> failed;
  auto visit = [&](auto& self, const pugi::xml_node& node) -> void {
    for (pugi::xml_node child : node.children()) {
      if (failed || child.type() != pugi::node_element) continue;
      std::string_view name = local_name(child);
      if (name == "termEntry" || name == "conceptEntry") {
        if (auto entry = read_entry(child, ++number); !entry) failed = entry.error();
      } else {
        self(self, child);
      }
    }
  };
  visit(visit, root);
  if (failed) return std::unexpected(*failed);
  return std::move(termbase_);
}

std::expected<void, Error> TbxReader::read_entry(const pugi::xml_node& entry, size_t number) {
  Context entry_context;
  entry_context.concept_id = entry.attribute("id").value();
  if (entry_context.concept_id.empty())
    entry_context.concept_id = entry.attribute("xml:id").value();
  if (entry_context.concept_id.empty()) entry_context.concept_id = fmt::format("entry-{}", number);
  entry_context.definition = definition_in(entry);

  for (pugi::xml_node lang_set : entry.children()) {
    std::string_view name = local_name(lang_set);
    if (name != "langSet" && name != "langSec") continue;
    std::string_view tag = lang_set.attribute("xml:lang").value();
    if (tag.empty())
      return std::unexpected(error_at(
          lang_set, fmt::format("{} has no xml:lang; add one, e.g. xml:lang=\"en\"", name)));
    if (!lang_is_plausible(tag))
      return std::unexpected(error_at(lang_set, fmt::format("invalid language tag '{}'", tag)));
    Context context = entry_context;
    context.lang = lang_canonical(tag);
    if (std::string definition = definition_in(lang_set); !definition.empty())
      context.definition = std::move(definition);
    for (pugi::xml_node group : lang_set.children()) {
      std::string_view group_name = local_name(group);
      if (group_name != "tig" && group_name != "ntig" && group_name != "termSec") continue;
      if (auto term = read_term(group, context); !term) return term;
    }
  }
  return {};
}

std::expected<void, Error> TbxReader::read_term(const pugi::xml_node& group,
                                                const Context& context) {
  pugi::xml_node term_node =
      group.find_node([](const pugi::xml_node& n) { return local_name(n) == "term"; });
  if (!term_node)
    return std::unexpected(
        error_at(group, fmt::format("{} without a <term>; add the term", local_name(group))));
  Term term;
  term.concept_id = context.concept_id;
  term.lang = context.lang;
  term.text = text_of(term_node);
  term.where = location_of(term_node);
  if (term.text.empty()) return std::unexpected(Error{term.where, "empty term"});

  bool dnt = false;
  std::optional<TermStatus> own_status;  // x-samklang-status
  std::optional<Error> failed;
  auto visit = [&](auto& self, const pugi::xml_node& node) -> void {
    for (pugi::xml_node child : node.children()) {
      if (failed || child.type() != pugi::node_element || child == term_node) continue;
      if (auto detail = read_detail(child, term, dnt, own_status); !detail)
        failed = detail.error();
      else
        self(self, child);
    }
  };
  visit(visit, group);
  if (failed) return std::unexpected(*failed);

  if (own_status)
    term.status = *own_status;
  else if (dnt)
    term.status = TermStatus::dnt;
  if (term.definition.empty()) term.definition = context.definition;
  termbase_.terms.push_back(std::move(term));
  return {};
}

std::expected<void, Error> TbxReader::read_detail(const pugi::xml_node& node, Term& term, bool& dnt,
                                                  std::optional<TermStatus>& own_status) {
  std::string_view name = local_name(node);
  std::string_view category = category_of(node);
  std::string value = text_of(node);
  if (category == "administrativeStatus") {
    auto status = administrative_status(value);
    if (!status)
      return std::unexpected(error_at(
          node, fmt::format("unknown administrativeStatus '{}'; expected preferredTerm-admn-sts, "
                            "admittedTerm-admn-sts, deprecatedTerm-admn-sts or "
                            "supersededTerm-admn-sts",
                            value)));
    term.status = *status;
  } else if (category == "x-samklang-status") {
    own_status = parse_term_status(value);
    if (!own_status)
      return std::unexpected(error_at(
          node, fmt::format("unknown x-samklang-status '{}'; expected preferred, admitted, "
                            "forbidden or dnt",
                            value)));
  } else if (category == "partOfSpeech") {
    term.part_of_speech = value;
  } else if (category == "definition") {
    term.definition = value;
  } else if (says_do_not_translate(category)) {
    std::string answer = lower_ascii(value);
    if (answer != "no" && answer != "false" && answer != "0") dnt = true;
  } else if ((name == "descrip" || name == "note") && says_do_not_translate(value)) {
    dnt = true;
  } else if (name == "note" && !value.empty()) {
    term.note += (term.note.empty() ? "" : "; ") + value;
  }
  return {};
}

}  // namespace

std::expected<Termbase, Error> load_termbase_tbx(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::unexpected(Error{Location{path, 0, 0}, "cannot open termbase"});
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) return std::unexpected(Error{Location{path, 0, 0}, "cannot read termbase"});
  return parse_termbase_tbx(content.str(), path);
}

std::expected<Termbase, Error> parse_termbase_tbx(std::string_view content,
                                                  const std::string& path) {
  return TbxReader(content, path).read();
}

}  // namespace samklang
