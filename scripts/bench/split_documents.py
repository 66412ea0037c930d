#!/usr/bin/env python3
"""Cuts a gold set into documents (for scripts/bench-align-speed.sh).

Usage: split_documents.py GOLD_DIR DOC OUT_DIR REPEAT PIECES

Reads GOLD_DIR/DOC.{de,fr,defr}, takes the document REPEAT times in a row
and cuts the result into PIECES documents of about the same number of gold
links, at link boundaries: OUT_DIR/piece1.{de,fr,defr} ... with the indices
of each piece's gold renumbered from 0. With PIECES 1 it writes the whole
repeated document: the input of a memory-growth measure.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from align_table import scorer  # noqa: E402  (the bead reader of score-beads.py)


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return f.read().splitlines()


def main(argv):
    if len(argv) != 6:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    gold_dir, doc, out_dir = argv[1:4]
    repeat, pieces = int(argv[4]), int(argv[5])
    base = os.path.join(gold_dir, doc)
    german, french = read_lines(base + ".de"), read_lines(base + ".fr")
    gold = scorer.read_beads(base + ".defr")
    # The document REPEAT times: the links of copy r shifted by r lengths.
    links = []
    for r in range(repeat):
        for src, tgt in gold:
            links.append(([s + r * len(german) for s in src], [t + r * len(french) for t in tgt]))
    german, french = german * repeat, french * repeat
    os.makedirs(out_dir, exist_ok=True)
    begin = 0
    src_next, tgt_next = 0, 0
    for p in range(pieces):
        end = len(links) * (p + 1) // pieces
        chunk = links[begin:end]
        # A piece holds every sentence up to its last link's, so that
        # sentences no gold link names stay in some piece.
        src_end = max([s + 1 for src, _ in chunk for s in src] + [src_next])
        tgt_end = max([t + 1 for _, tgt in chunk for t in tgt] + [tgt_next])
        if p == pieces - 1:
            src_end, tgt_end = len(german), len(french)
        out = os.path.join(out_dir, "piece{}".format(p + 1))
        with open(out + ".de", "w", encoding="utf-8") as f:
            f.write("".join(line + "\n" for line in german[src_next:src_end]))
        with open(out + ".fr", "w", encoding="utf-8") as f:
            f.write("".join(line + "\n" for line in french[tgt_next:tgt_end]))
        with open(out + ".defr", "w", encoding="utf-8") as f:
            for src, tgt in chunk:
                f.write("[{}]:[{}]\n".format(", ".join(str(s - src_next) for s in src),
                                             ", ".join(str(t - tgt_next) for t in tgt)))
        begin, src_next, tgt_next = end, src_end, tgt_end
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
