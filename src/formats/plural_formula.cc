// A recursive-descent parser and evaluator for gettext plural formulas.
#include "formats/plural_formula.h"

#include <cctype>
#include <string>

namespace samklang {

struct PluralFormula::Node {
  enum Kind { number, variable, unary, binary, choice } kind = number;
  std::string op;  // "!", "-", "+", "==", "&&", ...
  uint64_t value = 0;
  std::unique_ptr<Node> a, b, c;
};

namespace {

using Node = PluralFormula::Node;

constexpr int kMaxDepth = 64;  // formulas are short; a deep one is damage

class FormulaParser {
 public:
  explicit FormulaParser(std::string_view text) : text_(text) {}

  // The whole text as one expression, or null.
  std::unique_ptr<Node> parse() {
    auto node = ternary(0);
    skip_space();
    if (!node || at_ != text_.size()) return nullptr;
    return node;
  }

 private:
  // Binary operators by precedence, lowest first, as in C.
  static constexpr std::string_view kLevels[][4] = {
      {"||"}, {"&&"}, {"==", "!="}, {"<=", ">=", "<", ">"}, {"+", "-"}, {"*", "/", "%"}};

  std::unique_ptr<Node> ternary(int depth) {
    if (depth > kMaxDepth) return nullptr;
    auto condition = binary(0, depth + 1);
    if (!condition || !eat("?")) return condition;
    auto yes = ternary(depth + 1);
    if (!yes || !eat(":")) return nullptr;
    auto no = ternary(depth + 1);
    if (!no) return nullptr;
    auto node = std::make_unique<Node>();
    node->kind = Node::choice;
    node->a = std::move(condition);
    node->b = std::move(yes);
    node->c = std::move(no);
    return node;
  }

  std::unique_ptr<Node> binary(size_t level, int depth) {
    if (level == std::size(kLevels)) return unary(depth);
    auto left = binary(level + 1, depth);
    while (left) {
      std::string_view op = match(kLevels[level]);
      if (op.empty()) break;
      auto right = binary(level + 1, depth);
      if (!right) return nullptr;
      auto node = std::make_unique<Node>();
      node->kind = Node::binary;
      node->op = op;
      node->a = std::move(left);
      node->b = std::move(right);
      left = std::move(node);
    }
    return left;
  }

  std::unique_ptr<Node> unary(int depth) {
    if (depth > kMaxDepth) return nullptr;
    skip_space();
    if (at_ < text_.size() && (text_[at_] == '!' || text_[at_] == '-') &&
        !text_.substr(at_).starts_with("!=")) {
      auto node = std::make_unique<Node>();
      node->kind = Node::unary;
      node->op = text_[at_++];
      node->a = unary(depth + 1);
      return node->a ? std::move(node) : nullptr;
    }
    if (eat("(")) {
      auto inner = ternary(depth + 1);
      return inner && eat(")") ? std::move(inner) : nullptr;
    }
    auto node = std::make_unique<Node>();
    if (at_ < text_.size() && text_[at_] == 'n') {
      ++at_;
      node->kind = Node::variable;
      return node;
    }
    size_t start = at_;
    while (at_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[at_])) &&
           at_ - start < 18)
      node->value = node->value * 10 + static_cast<uint64_t>(text_[at_++] - '0');
    return at_ > start ? std::move(node) : nullptr;
  }

  // The first of `ops` at the cursor (longest listed first), consumed.
  std::string_view match(const std::string_view (&ops)[4]) {
    skip_space();
    for (std::string_view op : ops) {
      if (op.empty() || !text_.substr(at_).starts_with(op)) continue;
      // "<" must not take the start of "<=", nor "!" of "!=" (handled above).
      at_ += op.size();
      return op;
    }
    return {};
  }

  bool eat(std::string_view token) {
    skip_space();
    if (!text_.substr(at_).starts_with(token)) return false;
    at_ += token.size();
    return true;
  }

  void skip_space() {
    while (at_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[at_]))) ++at_;
  }

  std::string_view text_;
  size_t at_ = 0;
};

uint64_t evaluate(const Node& node, uint64_t n) {
  switch (node.kind) {
    case Node::number:
      return node.value;
    case Node::variable:
      return n;
    case Node::unary: {
      uint64_t a = evaluate(*node.a, n);
      return node.op == "!" ? (a == 0) : (0 - a);
    }
    case Node::choice:
      return evaluate(*node.a, n) != 0 ? evaluate(*node.b, n) : evaluate(*node.c, n);
    case Node::binary:
      break;
  }
  uint64_t a = evaluate(*node.a, n);
  const std::string& op = node.op;
  if (op == "&&") return a != 0 && evaluate(*node.b, n) != 0;
  if (op == "||") return a != 0 || evaluate(*node.b, n) != 0;
  uint64_t b = evaluate(*node.b, n);
  if (op == "==") return a == b;
  if (op == "!=") return a != b;
  if (op == "<") return a < b;
  if (op == "<=") return a <= b;
  if (op == ">") return a > b;
  if (op == ">=") return a >= b;
  if (op == "+") return a + b;
  if (op == "-") return a - b;
  if (op == "*") return a * b;
  if (op == "/") return b == 0 ? 0 : a / b;
  return b == 0 ? 0 : a % b;  // "%"
}

// The text after "name=" up to the next ';' (or the end), trimmed.
std::optional<std::string_view> field(std::string_view value, std::string_view name) {
  size_t at = 0;
  while (at < value.size()) {
    size_t end = value.find(';', at);
    if (end == std::string_view::npos) end = value.size();
    std::string_view part = value.substr(at, end - at);
    while (!part.empty() && std::isspace(static_cast<unsigned char>(part.front())))
      part.remove_prefix(1);
    if (part.starts_with(name)) {
      std::string_view rest = part.substr(name.size());
      while (!rest.empty() && std::isspace(static_cast<unsigned char>(rest.front())))
        rest.remove_prefix(1);
      if (rest.starts_with('=')) {
        rest.remove_prefix(1);
        while (!rest.empty() && std::isspace(static_cast<unsigned char>(rest.back())))
          rest.remove_suffix(1);
        return rest;
      }
    }
    at = end + 1;
  }
  return std::nullopt;
}

constexpr uint64_t kProbe = 1000;  // numbers tried to see which forms take which

}  // namespace

std::optional<PluralFormula> PluralFormula::parse(std::string_view value) {
  auto count = field(value, "nplurals");
  auto formula = field(value, "plural");
  if (!count || !formula || count->empty() || count->size() > 2) return std::nullopt;
  int n = 0;
  for (char c : *count) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
    n = n * 10 + (c - '0');
  }
  if (n < 1 || n > 20) return std::nullopt;
  auto tree = FormulaParser(*formula).parse();
  if (!tree) return std::nullopt;
  PluralFormula out;
  out.count_ = n;
  out.formula_ = std::move(tree);
  out.takers_.assign(static_cast<size_t>(n), 0);
  for (uint64_t k = 0; k <= kProbe; ++k) ++out.takers_[static_cast<size_t>(out.form(k))];
  return out;
}

int PluralFormula::form(uint64_t n) const {
  uint64_t index = formula_ ? evaluate(*formula_, n) : 0;
  return index >= static_cast<uint64_t>(count_) ? count_ - 1 : static_cast<int>(index);
}

bool PluralFormula::single_number(int index) const {
  return index >= 0 && index < count_ && takers_[static_cast<size_t>(index)] == 1;
}

}  // namespace samklang
