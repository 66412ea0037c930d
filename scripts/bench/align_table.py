#!/usr/bin/env python3
"""The comparison table of scripts/bench-align.sh (not meant to be run alone).

Usage: align_table.py GOLD_DIR RUN_DIR ALIGNER... -- DOC...

For every aligner and document, RUN_DIR/ALIGNER/DOC.beads holds the links it
printed and RUN_DIR/ALIGNER/DOC.time "SECONDS KIB" (KIB may be "n/a"), or
RUN_DIR/ALIGNER/DOC.failed exists when the aligner failed. Each run is
scored against GOLD_DIR/DOC.defr with scripts/score-beads.py. With more than
one document a total follows: the links of all documents pooled (indices
shifted so that documents cannot match each other), times summed, the
largest peak memory.

Prints Markdown tables on stdout.
"""

import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def load_scorer():
    path = os.path.join(HERE, "..", "score-beads.py")
    spec = importlib.util.spec_from_file_location("score_beads", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


scorer = load_scorer()

TYPES = ("0-1", "1-0", "1-1", "1-2", "2-1")
# Precision of omissions and additions: the false alarms of segment-missing
# and segment-extra.
PRECISION_TYPES = ("0-1", "1-0")
HEADER = (["aligner", "strict P", "strict R", "strict F1", "lax F1"]
          + [f"R {t}" for t in TYPES] + [f"P {t}" for t in PRECISION_TYPES]
          + ["seconds", "peak MiB"])


def shifted(links, src_offset, tgt_offset):
    return [(tuple(i + src_offset for i in src), tuple(j + tgt_offset for j in tgt))
            for src, tgt in links]


def extent(links):
    """One past the largest source and target index used."""
    src = max((i + 1 for s, _ in links for i in s), default=0)
    tgt = max((j + 1 for _, t in links for j in t), default=0)
    return src, tgt


def cell(value, digits=3):
    return "n/a" if value is None else f"{value:.{digits}f}"


def read_time(path):
    with open(path, encoding="utf-8") as f:
        fields = f.read().split()
    seconds = float(fields[0])
    kib = None if len(fields) < 2 or fields[1] == "n/a" else int(fields[1])
    return seconds, kib


def row(name, result, seconds, kib):
    if result is None:
        return [name, "failed"] + [""] * (len(HEADER) - 2)
    recall = {e["type"]: e["recall"] for e in result["types"]}
    precision = {e["type"]: e["precision"] for e in result["types"]}
    return ([name, cell(result["strict"]["precision"]), cell(result["strict"]["recall"]),
             cell(result["strict"]["f1"]), cell(result["lax"]["f1"])]
            + [cell(recall.get(t)) for t in TYPES]
            + [cell(precision.get(t)) for t in PRECISION_TYPES]
            + [f"{seconds:.2f}", "n/a" if kib is None else f"{kib / 1024:.1f}"])


def table(rows):
    lines = ["| " + " | ".join(HEADER) + " |",
             "|" + "|".join(["---"] + ["---:"] * (len(HEADER) - 1)) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def describe_gold(gold):
    counts = {}
    for link in gold:
        counts[scorer.link_type(link)] = counts.get(scorer.link_type(link), 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return f"{len(gold)} gold links: " + ", ".join(f"{t} {n}" for t, n in ranked)


def main(argv):
    if "--" not in argv or len(argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    cut = argv.index("--")
    gold_dir, run_dir, aligners, docs = argv[0], argv[1], argv[2:cut], argv[cut + 1:]

    golds = {doc: scorer.read_beads(os.path.join(gold_dir, doc + ".defr")) for doc in docs}
    runs = {}  # (aligner, doc) -> (links, seconds, kib) or None when failed
    for aligner in aligners:
        for doc in docs:
            base = os.path.join(run_dir, aligner, doc)
            if os.path.exists(base + ".failed"):
                runs[aligner, doc] = None
                continue
            seconds, kib = read_time(base + ".time")
            runs[aligner, doc] = (scorer.read_beads(base + ".beads"), seconds, kib)

    for doc in docs:
        print(f"## {doc} ({describe_gold(golds[doc])})\n")
        rows = []
        for aligner in aligners:
            run = runs[aligner, doc]
            if run is None:
                rows.append(row(aligner, None, 0, None))
            else:
                rows.append(row(aligner, scorer.score(golds[doc], run[0]), run[1], run[2]))
        print(table(rows) + "\n")

    if len(docs) > 1:
        # Pool: shift every document past the indices of the ones before it,
        # on both sides, by the largest index any file of it uses.
        offsets = {}
        src_at = tgt_at = 0
        for doc in docs:
            offsets[doc] = (src_at, tgt_at)
            files = [golds[doc]] + [runs[a, doc][0] for a in aligners if runs[a, doc]]
            src_end, tgt_end = src_at, tgt_at
            for links in files:
                s, t = extent(links)
                src_end, tgt_end = max(src_end, src_at + s), max(tgt_end, tgt_at + t)
            src_at, tgt_at = src_end, tgt_end
        gold = [link for doc in docs for link in shifted(golds[doc], *offsets[doc])]
        print(f"## total, {len(docs)} documents ({describe_gold(gold)})\n")
        rows = []
        for aligner in aligners:
            if any(runs[aligner, doc] is None for doc in docs):
                rows.append(row(aligner, None, 0, None))
                continue
            test = [link for doc in docs for link in shifted(runs[aligner, doc][0], *offsets[doc])]
            seconds = sum(runs[aligner, doc][1] for doc in docs)
            kibs = [runs[aligner, doc][2] for doc in docs]
            kib = None if None in kibs else max(kibs)
            rows.append(row(aligner, scorer.score(gold, test), seconds, kib))
        print(table(rows) + "\n")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except scorer.BeadError as e:
        print(e, file=sys.stderr)
        sys.exit(2)
