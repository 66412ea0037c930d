#!/usr/bin/env python3
"""Scores a sentence alignment (bead file) against a gold one.

Usage: scripts/score-beads.py GOLD TEST [--json]

A bead file holds one link per line, `[i, j]:[k]`: the 0-based indices of
the source sentences, then those of the target sentences (`[]:[k]` is a 0-1
link, `[i]:[]` a 1-0 link). Blank lines and surrounding whitespace are
ignored. This is the format of `samklang align --format beads`.

Reported:
  strict  a test link is correct when the very same link (same source and
          same target indices) is in the gold; a gold link is found when it
          is in the test. 0-1 and 1-0 links count like any other.
  lax     a test link also counts as correct when one of its source
          sentences is linked in the gold (in one gold link) to one of its
          target sentences; a gold link counts as found when some test link
          pairs one of its source sentences with one of its target
          sentences. An exact match always counts, so 0-1 and 1-0 links are
          only ever right when they are exact.
  types   per link type ("1-2" = one source, two target sentences): gold
          links, those found exactly (recall), test links, those exactly
          right (precision).

A ratio with nothing to divide by (no test links of a type, say) is "n/a"
in the text output and null in JSON.

Exit codes: 0 scored; 2 a file is unreadable or malformed, reported as
`path:line:col: error: ...` on stderr.
"""

import argparse
import json
import sys


class BeadError(Exception):
    def __init__(self, path, line, col, message):
        super().__init__(message)
        self.path = path
        self.line = line
        self.col = col
        self.message = message

    def __str__(self):
        if self.line is None:
            return f"{self.path}: error: {self.message}"
        return f"{self.path}:{self.line}:{self.col}: error: {self.message}"


class LineParser:
    """Reads one `[...]:[...]` link; columns are 1-based code points."""

    def __init__(self, path, number, text):
        self.path = path
        self.number = number
        self.text = text
        self.pos = 0

    def fail(self, message, pos=None):
        raise BeadError(self.path, self.number, (self.pos if pos is None else pos) + 1, message)

    def skip_space(self):
        while self.pos < len(self.text) and self.text[self.pos] in " \t\r\f\v":
            self.pos += 1

    def peek(self):
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def describe(self):
        c = self.peek()
        return "end of line" if c == "" else repr(c)

    def expect(self, char):
        self.skip_space()
        if self.peek() != char:
            self.fail(f"expected '{char}', found {self.describe()}")
        self.pos += 1

    def index_list(self, side):
        self.expect("[")
        indices = []
        self.skip_space()
        if self.peek() == "]":
            self.pos += 1
            return tuple(indices)
        while True:
            self.skip_space()
            start = self.pos
            while self.pos < len(self.text) and self.text[self.pos] in "0123456789":
                self.pos += 1
            if start == self.pos:
                self.fail(f"expected a sentence index (a number >= 0), found {self.describe()}")
            value = int(self.text[start:self.pos])
            if value in indices:
                self.fail(f"{side} sentence {value} appears twice in one link", start)
            indices.append(value)
            self.skip_space()
            if self.peek() == ",":
                self.pos += 1
                continue
            if self.peek() == "]":
                self.pos += 1
                return tuple(indices)
            self.fail(f"expected ',' or ']', found {self.describe()}")

    def link(self):
        self.skip_space()
        start = self.pos
        src = self.index_list("source")
        self.expect(":")
        tgt = self.index_list("target")
        self.skip_space()
        if self.pos != len(self.text):
            self.fail(f"unexpected {self.describe()} after the link")
        if not src and not tgt:
            self.fail("a link needs at least one sentence ([]:[] is empty)", start)
        return (src, tgt)


def read_beads(path):
    try:
        with open(path, encoding="utf-8", newline="") as f:
            content = f.read()
    except OSError as e:
        raise BeadError(path, None, None, f"cannot read: {e.strerror or e}") from None
    except UnicodeDecodeError as e:
        raise BeadError(path, None, None, f"not UTF-8 (byte {e.start})") from None
    if content.startswith("\ufeff"):
        content = content[1:]
    links = []
    # Only \n (and \r\n) end a line; str.splitlines would also split on
    # form feeds and other separators, which would shift line numbers.
    for number, raw in enumerate(content.split("\n"), start=1):
        if raw.strip() == "":
            continue
        links.append(LineParser(path, number, raw).link())
    return links


def link_type(link):
    return f"{len(link[0])}-{len(link[1])}"


def ratio(num, den):
    return num / den if den else None


def f1(p, r):
    if p is None or r is None:
        return None
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def pairs(links):
    """Every (source, target) sentence pair that some link joins."""
    return {(s, t) for src, tgt in links for s in src for t in tgt}


def score(gold, test):
    gold_set = set(gold)
    test_set = set(test)
    gold_pairs = pairs(gold)
    test_pairs = pairs(test)

    def lax_hit(link, exact, other_pairs):
        return link in exact or any((s, t) in other_pairs for s in link[0] for t in link[1])

    strict_correct = sum(1 for link in test if link in gold_set)
    strict_found = sum(1 for link in gold if link in test_set)
    lax_correct = sum(1 for link in test if lax_hit(link, gold_set, gold_pairs))
    lax_found = sum(1 for link in gold if lax_hit(link, test_set, test_pairs))

    def block(correct, found):
        p = ratio(correct, len(test))
        r = ratio(found, len(gold))
        return {"correct": correct, "found": found, "precision": p, "recall": r, "f1": f1(p, r)}

    types = {}

    def entry(name):
        return types.setdefault(name, {"type": name, "gold": 0, "found": 0, "test": 0, "correct": 0})

    # 0-1 and 1-0 always show: an omission detector's misses and false
    # alarms are what this scorer is mostly for.
    entry("1-0")
    entry("0-1")
    for link in gold:
        e = entry(link_type(link))
        e["gold"] += 1
        e["found"] += link in test_set
    for link in test:
        e = entry(link_type(link))
        e["test"] += 1
        e["correct"] += link in gold_set
    for e in types.values():
        e["recall"] = ratio(e["found"], e["gold"])
        e["precision"] = ratio(e["correct"], e["test"])

    def order(e):
        src, tgt = (int(n) for n in e["type"].split("-"))
        return (-e["gold"], -e["test"], src + tgt, src)

    return {
        "strict": block(strict_correct, strict_found),
        "lax": block(lax_correct, lax_found),
        "types": sorted(types.values(), key=order),
    }


def fmt(value):
    return "n/a" if value is None else f"{value:.4f}"


def render_text(result):
    gold, test = result["gold"], result["test"]
    lines = [
        f"gold: {gold['links']} links  {gold['path']}",
        f"test: {test['links']} links  {test['path']}",
        "",
        f"{'':8}{'precision':>10}{'recall':>10}{'F1':>10}{'correct':>9}{'found':>7}",
    ]
    for name in ("strict", "lax"):
        b = result[name]
        lines.append(
            f"{name:8}{fmt(b['precision']):>10}{fmt(b['recall']):>10}{fmt(b['f1']):>10}"
            f"{b['correct']:>9}{b['found']:>7}"
        )
    lines += ["", f"{'type':8}{'gold':>6}{'found':>7}{'recall':>9}{'test':>7}{'correct':>9}{'precision':>11}"]
    for e in result["types"]:
        lines.append(
            f"{e['type']:8}{e['gold']:>6}{e['found']:>7}{fmt(e['recall']):>9}"
            f"{e['test']:>7}{e['correct']:>9}{fmt(e['precision']):>11}"
        )
    return "\n".join(lines) + "\n"


def main(argv):
    parser = argparse.ArgumentParser(
        description="Score a bead file (sentence alignment) against a gold bead file.")
    parser.add_argument("gold", metavar="GOLD", help="gold bead file")
    parser.add_argument("test", metavar="TEST", help="bead file to score")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)

    try:
        gold = read_beads(args.gold)
        test = read_beads(args.test)
    except BeadError as e:
        print(e, file=sys.stderr)
        return 2

    result = {
        "gold": {"path": args.gold, "links": len(gold)},
        "test": {"path": args.test, "links": len(test)},
    }
    result.update(score(gold, test))
    if args.json:
        print(json.dumps(result, indent=None))
    else:
        sys.stdout.write(render_text(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
