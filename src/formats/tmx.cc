// TMX reader: translation units become keyed units in a source and a target
// Document, one language pair chosen from the memory.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <optional>

#include "formats/bilingual.h"
#include "formats/xml_text.h"

namespace samklang {

namespace {

// Inline codes whose content is markup: left out. <hi> wraps text and keeps it.
constexpr std::string_view kCodes[] = {"bpt", "ept", "ph", "it", "ut"};

// The inline codes of TMX 1.4; <sub> holds text of a code, not a code.
std::optional<InlineKind> code_kind(const pugi::xml_node& element) {
  std::string_view name = local_name(element);
  if (name == "hi") return InlineKind::paired_tag;
  if (name == "ph" || name == "ut") return InlineKind::standalone_tag;
  if (name == "bpt") return InlineKind::open_tag;
  if (name == "ept") return InlineKind::close_tag;
  if (name == "it")
    return std::string_view(element.attribute("pos").value()) == "end" ? InlineKind::close_tag
                                                                       : InlineKind::open_tag;
  return std::nullopt;
}

bool is_element(const pugi::xml_node& node, std::string_view name) {
  return node.type() == pugi::node_element && local_name(node) == name;
}

Lang lang_of(const pugi::xml_node& tuv) {
  std::string_view lang = tuv.attribute("xml:lang").value();
  if (lang.empty()) lang = tuv.attribute("lang").value();  // TMX 1.1
  return lang_is_plausible(lang) ? lang_canonical(lang) : Lang{};
}

// The <tuv> of `lang`: the exact tag, else the only one with the same base language.
pugi::xml_node tuv_of(const pugi::xml_node& tu, const Lang& lang) {
  pugi::xml_node by_base;
  int bases = 0;
  for (pugi::xml_node tuv : tu.children()) {
    if (!is_element(tuv, "tuv")) continue;
    Lang own = lang_of(tuv);
    if (own == lang) return tuv;
    if (lang_base(own) == lang_base(lang)) {
      by_base = tuv;
      ++bases;
    }
  }
  return bases == 1 ? by_base : pugi::xml_node{};
}

bool has_lang(const std::vector<Lang>& langs, const Lang& lang) {
  return std::any_of(langs.begin(), langs.end(),
                     [&](const Lang& l) { return l == lang || lang_base(l) == lang_base(lang); });
}

}  // namespace

std::expected<BilingualDocument, Error> parse_tmx(const std::string& path, const Lang& source_lang,
                                                  const Lang& target_lang, std::string content) {
  XmlFile xml(path, content);
  if (auto loaded = xml.load("TMX"); !loaded) return std::unexpected(loaded.error());
  pugi::xml_node root = xml.root();
  if (local_name(root) != "tmx")
    return std::unexpected(xml.error_at(
        root, fmt::format("root element '{}' is not TMX; expected 'tmx'", root.name())));
  std::vector<pugi::xml_node> units;
  std::vector<Lang> langs;  // in order of first use
  for (pugi::xml_node tu : child_named(root, "body").children()) {
    if (!is_element(tu, "tu")) continue;
    units.push_back(tu);
    for (pugi::xml_node tuv : tu.children()) {
      Lang lang = is_element(tuv, "tuv") ? lang_of(tuv) : Lang{};
      if (!lang.empty() && std::find(langs.begin(), langs.end(), lang) == langs.end())
        langs.push_back(lang);
    }
  }

  Lang source = source_lang;
  if (source.empty() || !has_lang(langs, source)) {
    std::string_view declared = child_named(root, "header").attribute("srclang").value();
    if (lang_is_plausible(declared)) source = lang_canonical(declared);
  }
  if (source.empty())
    return std::unexpected(
        xml.error_at(root,
                     "the memory does not name its source language (header 'srclang' is '*all*' or "
                     "missing); give it with --source-lang"));
  Lang target = target_lang;
  if (target.empty()) {
    std::vector<Lang> others;
    for (const Lang& lang : langs)
      if (lang != source && lang_base(lang) != lang_base(source)) others.push_back(lang);
    if (others.size() != 1)
      return std::unexpected(xml.error_at(
          root, others.empty()
                    ? fmt::format("the memory has no language besides the source '{}'", source)
                    : fmt::format("the memory holds several target languages ({}); choose one: "
                                  "give it as LANG={}",
                                  fmt::join(others, ", "), path)));
    target = others.front();
  }

  BilingualDocument out;
  for (size_t i = 0; i < units.size(); ++i) {
    const pugi::xml_node& tu = units[i];
    pugi::xml_node source_tuv = tuv_of(tu, source);
    if (!source_tuv) continue;  // nothing to translate from
    std::string id = tu.attribute("tuid").value();
    if (id.empty()) id = std::to_string(i + 1);
    pugi::xml_node target_tuv = tuv_of(tu, target);
    std::string note;
    for (const pugi::xml_node& holder : {tu, target_tuv})
      for (pugi::xml_node child : holder.children())
        if (is_element(child, "note"))
          if (std::string text = xml.text_of(child, {}).text; !text.empty())
            note += (note.empty() ? "" : "; ") + text;
    XmlText from = xml.text_of(child_named(source_tuv, "seg"), kCodes, code_kind);
    pugi::xml_node target_seg = child_named(target_tuv, "seg");
    XmlText to = target_seg ? xml.text_of(target_seg, kCodes, code_kind) : xml.empty_at(tu);
    out.source.units.push_back(Unit{id, UnitKind::paragraph, 0, std::move(from.text),
                                    std::move(from.spans), "", "", std::move(from.codes), false});
    out.target.units.push_back(Unit{id, UnitKind::paragraph, 0, std::move(to.text),
                                    std::move(to.spans), "", std::move(note), std::move(to.codes),
                                    false});
  }
  finish_bilingual(out, path, "tmx", source, target, std::move(content));
  return out;
}

}  // namespace samklang
