#!/usr/bin/env python3
"""Cross-validated accuracy of samklang's sentence aligner (for
scripts/bench-align-cv.sh; a benchmark, it asserts nothing).

Usage: cv_align.py --binary SAMKLANG --gold-dir DIR --work DIR [--doc dev]
                   [--folds 2,4] [--jobs 2] [--rounds 2]

The aligner's costs were tuned on the one gold document there is, so its
score there is optimistic. This splits the document pair into K contiguous
folds (only at gold-link boundaries, so every fold is a document pair with
its own gold links), and for each fold tunes the costs on the other folds
by coordinate descent (each cost in turn tried at x0.7 and x1.4 of its
current value, then x0.85 and x1.18; a change is kept when it raises the
objective) and scores the held-out fold with the costs it picked. The
objective, measured on the training folds only, is pooled strict F1 plus a
quarter of the 1-0 F1 on a copy of each training fold with one French
sentence in 12 of those linked 1-1 removed (as
scripts/bench/drop_sentences.py does), so that the tuning also weighs
false omissions. The held-out omission figures come
from copies of the held-out fold alone (one sentence in 25 of those linked
1-1 removed, five seeds).

Also printed: the defaults scored on every fold (optimistic: chosen on the
whole set), and a sensitivity table, strict F1 and drop 1-0 F1 on the whole
document with each cost x0.8 and x1.25 (a sharp optimum means overfitting).

The costs are passed through SAMKLANG_ALIGN_PARAMS (src/align/aligner.cc,
field_of); their defaults are read from aligner.cc. At most --jobs
aligner processes run at once.
"""

import argparse
import concurrent.futures
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from align_table import scorer  # noqa: E402
from drop_sentences import drop, write_beads  # noqa: E402

ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))

# SAMKLANG_ALIGN_PARAMS key -> how its default is written in aligner.cc's
# Params (a field name, or an array and an index).
KEYS = {
    "variance": ("variance", None),
    "skip": ("skip", None),
    "merge": ("merge", None),
    "double": ("double_merge", None),
    "triple": ("triple_merge", None),
    "quad": ("wide_merge", None),
    "ending": ("ending_mismatch", None),
    "sn": ("shared", 1),
    "sw": ("shared", 2),
    "sp": ("shared", 3),
    "mn": ("missing", 1),
    "mw": ("missing", 2),
    "mp": ("missing", 3),
    "unsure": ("unsure_gap", None),
    "short": ("short_gap", None),
    "evmin": ("evidence_min", None),
}
# Tied to another key: the floor of the measured variance moves with the
# prior variance.
TIED = {"minvar": "variance"}
DROP_WEIGHT = 0.25
TRAIN_SEEDS = (101,)
EVAL_SEEDS = (1, 2, 3, 4, 5)


def read_defaults():
    path = os.path.join(ROOT, "src", "align", "aligner.cc")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    body = text[text.index("struct Params {"):]
    body = body[:body.index("\n};")]
    defaults = {}
    for key, (field, index) in KEYS.items():
        if index is None:
            m = re.search(r"double " + field + r" = ([0-9.]+);", body)
            if not m:
                sys.exit(f"cv_align: error: no default for '{field}' in {path}")
            defaults[key] = float(m.group(1))
        else:
            m = re.search(r"std::array<double, \d+> " + field + r"\{([^}]*)\};", body)
            if not m:
                sys.exit(f"cv_align: error: no default for '{field}' in {path}")
            defaults[key] = float(m.group(1).split(",")[index])
    return defaults


def env_string(params):
    full = dict(params)
    for key, source in TIED.items():
        full[key] = params[source]
    return ",".join(f"{k}={v:.6g}" for k, v in sorted(full.items()))


# ---------------------------------------------------------------------------
# Folds.

class Doc:
    """A document pair with gold links, written to WORK/NAME.{de,fr,defr}."""

    def __init__(self, path, de, fr, links):
        self.path = path
        self.de = de
        self.fr = fr
        self.links = links

    def write(self):
        os.makedirs(os.path.dirname(self.path), exist_ok=True)
        for ext, lines in (("de", self.de), ("fr", self.fr)):
            with open(f"{self.path}.{ext}", "w", encoding="utf-8") as f:
                f.write("\n".join(lines) + "\n")
        write_beads(self.path + ".defr", self.links)
        return self


def split(links, k):
    """K runs of consecutive gold links of about equal size in sentences."""
    weight = [len(s) + len(t) for s, t in links]
    total = sum(weight)
    folds, start, acc = [], 0, 0
    for i, w in enumerate(weight):
        acc += w
        if len(folds) < k - 1 and acc >= total * (len(folds) + 1) / k:
            folds.append((start, i + 1))
            start = i + 1
    folds.append((start, len(links)))
    return folds


def fold_doc(path, de, fr, links, s0, t0, last):
    """The sentences of `links` (consecutive gold links), renumbered from 0.

    s0, t0: the first source and target sentence of the fold (the end of the
    previous fold); the fold ends after its links' last sentences, or at the
    end of the document when it is the last: a sentence that no gold link
    holds (two French ones) stays in the fold it falls in.
    """
    s1 = len(de) if last else max(i for s, _ in links for i in s) + 1
    t1 = len(fr) if last else max(j for _, t in links for j in t) + 1
    for s, t in links:
        if any(not s0 <= i < s1 for i in s) or any(not t0 <= j < t1 for j in t):
            sys.exit("cv_align: error: a gold link crosses the border of its fold")
    renumbered = [(tuple(i - s0 for i in s), tuple(j - t0 for j in t)) for s, t in links]
    return Doc(path, de[s0:s1], fr[t0:t1], renumbered), s1, t1


def drop_copies(doc, seeds, suffix, every=25):
    """Copies of `doc` with one French sentence in `every` of the 1-1 ones removed."""
    ones = sum(1 for s, t in doc.links if len(s) == 1 and len(t) == 1)
    count = max(1, round(ones / every))
    out = []
    for seed in seeds:
        fr, links = drop(doc.links, doc.fr, seed, count)
        out.append(Doc(f"{doc.path}-{suffix}{seed}", doc.de, fr, links).write())
    return out


# ---------------------------------------------------------------------------
# Running and scoring.

class Runner:
    def __init__(self, binary, jobs):
        self.binary = binary
        self.pool = concurrent.futures.ThreadPoolExecutor(max_workers=jobs)
        self.cache = {}
        self.runs = 0

    def _run(self, doc, env_value):
        env = dict(os.environ, SAMKLANG_ALIGN_PARAMS=env_value)
        proc = subprocess.run(
            [self.binary, "align", "--input-format", "lines", f"de={doc.path}.de",
             f"fr={doc.path}.fr", "--format", "beads"],
            env=env, capture_output=True, text=True)
        if proc.returncode != 0:
            raise RuntimeError(f"samklang align failed on {doc.path}: {proc.stderr.strip()}")
        test = [scorer.LineParser(doc.path, n, line).link()
                for n, line in enumerate(proc.stdout.split("\n"), 1) if line.strip()]
        return scorer.score(doc.links, test) | {"gold_links": len(doc.links),
                                                "test_links": len(test)}

    def scores(self, docs, params):
        """Each doc's score dict, aligned with `params` (cached)."""
        value = env_string(params)
        todo = {}
        for doc in docs:
            key = (doc.path, value)
            if key not in self.cache and key not in todo:
                todo[key] = self.pool.submit(self._run, doc, value)
        for key, future in todo.items():
            self.cache[key] = future.result()
            self.runs += 1
        return [self.cache[(doc.path, value)] for doc in docs]


def ratio(a, b):
    return a / b if b else None


def f1(p, r):
    if p is None or r is None:
        return None
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


class Pooled:
    """Counts summed over documents."""

    def __init__(self, results):
        self.n = {}
        for r in results:
            for name in ("strict", "lax"):
                self.add(name + "_correct", r[name]["correct"])
                self.add(name + "_found", r[name]["found"])
            self.add("test", r["test_links"])
            self.add("gold", r["gold_links"])
            for e in r["types"]:
                for field in ("gold", "found", "test", "correct"):
                    self.add(f"{e['type']}_{field}", e[field])

    def add(self, key, value):
        self.n[key] = self.n.get(key, 0) + value

    def get(self, key):
        return self.n.get(key, 0)

    def f1(self, name):
        return f1(ratio(self.get(name + "_correct"), self.get("test")),
                  ratio(self.get(name + "_found"), self.get("gold")))

    def recall(self, kind):
        return ratio(self.get(kind + "_found"), self.get(kind + "_gold"))

    def precision(self, kind):
        return ratio(self.get(kind + "_correct"), self.get(kind + "_test"))

    def type_f1(self, kind):
        return f1(self.precision(kind), self.recall(kind))


def objective(runner, plain, dropped, params):
    strict = Pooled(runner.scores(plain, params)).f1("strict") or 0.0
    omissions = Pooled(runner.scores(dropped, params)).type_f1("1-0") or 0.0
    return strict + DROP_WEIGHT * omissions


def tune(runner, plain, dropped, start, rounds):
    best = dict(start)
    best_value = objective(runner, plain, dropped, best)
    steps = [(0.7, 1.4), (0.85, 1.18)]
    for r in range(rounds):
        for key in KEYS:
            for factor in steps[min(r, len(steps) - 1)]:
                trial = dict(best, **{key: round(best[key] * factor, 4)})
                value = objective(runner, plain, dropped, trial)
                if value > best_value + 1e-9:
                    best, best_value = trial, value
    return best, best_value


# ---------------------------------------------------------------------------
# Output.

def fmt(value):
    return "n/a" if value is None else f"{value:.3f}"


def row(cells):
    return "| " + " | ".join(cells) + " |"


def table_head(first):
    cols = [first, "links", "strict F1", "lax F1", "R 0-1", "P 0-1", "drop: 1-0",
            "R 1-0", "P 1-0", "F1 1-0"]
    return [row(cols), row(["---"] + ["---:"] * (len(cols) - 1))]


def score_row(label, plain, dropped):
    return row([label, str(plain.get("gold")), fmt(plain.f1("strict")), fmt(plain.f1("lax")),
                fmt(plain.recall("0-1")), fmt(plain.precision("0-1")),
                str(dropped.get("1-0_gold")), fmt(dropped.recall("1-0")),
                fmt(dropped.precision("1-0")), fmt(dropped.type_f1("1-0"))])


def changes(params, defaults):
    moved = [f"{k} {defaults[k]:g}->{params[k]:g}" for k in KEYS if params[k] != defaults[k]]
    return ", ".join(moved) if moved else "defaults"


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--gold-dir", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--doc", default="dev")
    parser.add_argument("--folds", default="2,4")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--start", default="",
                        help="KEY=VALUE,... to start from instead of aligner.cc's defaults")
    args = parser.parse_args(argv)

    started = time.monotonic()
    base = os.path.join(args.gold_dir, args.doc)
    with open(base + ".de", encoding="utf-8") as f:
        de = f.read().splitlines()
    with open(base + ".fr", encoding="utf-8") as f:
        fr = f.read().splitlines()
    links = scorer.read_beads(base + ".defr")
    defaults = read_defaults()
    for item in filter(None, args.start.split(",")):
        key, _, value = item.partition("=")
        if key not in KEYS:
            sys.exit(f"cv_align: error: unknown cost '{key}' in --start; known: {', '.join(KEYS)}")
        defaults[key] = float(value)
    runner = Runner(os.path.abspath(args.binary), max(1, args.jobs))

    print(f"# Cross-validated sentence alignment, de-fr: {base}")
    print(f"defaults (src/align/aligner.cc{', ' + args.start if args.start else ''}): "
          f"{env_string(defaults)}")
    print(f"objective on the training folds: strict F1 + {DROP_WEIGHT} x drop-benchmark 1-0 F1")
    print()

    for k in (int(x) for x in args.folds.split(",")):
        work = os.path.join(args.work, f"k{k}")
        folds, s0, t0 = [], 0, 0
        for i, (a, b) in enumerate(split(links, k)):
            doc, s0, t0 = fold_doc(os.path.join(work, f"fold{i}"), de, fr, links[a:b], s0, t0,
                                   i == k - 1)
            folds.append(doc.write())
        # One copy with twice the omissions, not two copies: half the runs.
        train_drops = [drop_copies(d, TRAIN_SEEDS, "train", every=12) for d in folds]
        eval_drops = [drop_copies(d, EVAL_SEEDS, "drop") for d in folds]
        tuned_plain, tuned_drop, default_plain, default_drop = [], [], [], []
        picked = []
        for i, held in enumerate(folds):
            train = [d for j, d in enumerate(folds) if j != i]
            train_dropped = [c for j, copies in enumerate(train_drops) if j != i for c in copies]
            params, _ = tune(runner, train, train_dropped, defaults, args.rounds)
            picked.append(params)
            tuned_plain.append(runner.scores([held], params))
            tuned_drop.append(runner.scores(eval_drops[i], params))
            default_plain.append(runner.scores([held], defaults))
            default_drop.append(runner.scores(eval_drops[i], defaults))

        print(f"## K={k}: held-out folds, costs tuned on the other folds")
        print()
        print("\n".join(table_head("fold")))
        for i in range(k):
            print(score_row(f"{i + 1}", Pooled(tuned_plain[i]), Pooled(tuned_drop[i])))
        print(score_row("pooled", Pooled(sum(tuned_plain, [])), Pooled(sum(tuned_drop, []))))
        print()
        print(f"Defaults on the same folds (optimistic: tuned on the whole set):")
        print()
        print("\n".join(table_head("fold")))
        for i in range(k):
            print(score_row(f"{i + 1}", Pooled(default_plain[i]), Pooled(default_drop[i])))
        print(score_row("pooled", Pooled(sum(default_plain, [])),
                        Pooled(sum(default_drop, []))))
        print()
        print("Costs each fold picked (changes from the defaults):")
        print()
        for i, params in enumerate(picked):
            print(f"- fold {i + 1}: {changes(params, defaults)}")
        print()

    whole = Doc(os.path.join(args.work, "whole", args.doc), de, fr, links).write()
    whole_drops = drop_copies(whole, EVAL_SEEDS, "drop")
    print("## Sensitivity: the whole document, each cost scaled from its default")
    print()
    print(row(["cost", "default", "strict F1 x0.8", "x1", "x1.25",
               "drop 1-0 F1 x0.8", "x1", "x1.25"]))
    print(row(["---"] + ["---:"] * 7))
    base_strict = Pooled(runner.scores([whole], defaults)).f1("strict")
    base_drop = Pooled(runner.scores(whole_drops, defaults)).type_f1("1-0")
    for key in KEYS:
        cells = [key, f"{defaults[key]:g}"]
        strict, omission = [], []
        for factor in (0.8, 1.25):
            params = dict(defaults, **{key: defaults[key] * factor})
            strict.append(Pooled(runner.scores([whole], params)).f1("strict"))
            omission.append(Pooled(runner.scores(whole_drops, params)).type_f1("1-0"))
        cells += [fmt(strict[0]), fmt(base_strict), fmt(strict[1]),
                  fmt(omission[0]), fmt(base_drop), fmt(omission[1])]
        print(row(cells))
    print()
    print(f"{runner.runs} aligner runs in {time.monotonic() - started:.0f} s "
          f"(at most {args.jobs} at once)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
