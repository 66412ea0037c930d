#!/usr/bin/env python3
"""Makes an omission test set from a gold set (for scripts/bench-align.sh).

Usage: drop_sentences.py GOLD_DIR DOC OUT_DIR NAME SEED COUNT

Reads GOLD_DIR/DOC.{de,fr,defr}, removes COUNT French sentences that the
gold links one to one (chosen by SEED), and writes OUT_DIR/NAME.fr and
OUT_DIR/NAME.defr, where each of those links has become a 1-0 link and the
French indices are renumbered; OUT_DIR/NAME.de links to the original. The
sentences are real, only their translations are gone: a measure of how well
an aligner finds omissions, which the gold sets themselves hold few of.
"""

import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from align_table import scorer  # noqa: E402  (the bead reader of score-beads.py)


def main(argv):
    if len(argv) != 7:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    gold_dir, doc, out_dir, name = argv[1:5]
    seed, count = int(argv[5]), int(argv[6])
    base = os.path.join(gold_dir, doc)
    links = scorer.read_beads(base + ".defr")
    with open(base + ".fr", encoding="utf-8") as f:
        french = f.read().splitlines()
    one_to_one = [k for k, (src, tgt) in enumerate(links) if len(src) == 1 and len(tgt) == 1]
    chosen = set(random.Random(seed).sample(one_to_one, min(count, len(one_to_one))))
    gone = {links[k][1][0] for k in chosen}
    renumbered = {}
    kept = []
    for j, line in enumerate(french):
        if j in gone:
            continue
        renumbered[j] = len(kept)
        kept.append(line)
    os.makedirs(out_dir, exist_ok=True)
    out = os.path.join(out_dir, name)
    with open(out + ".fr", "w", encoding="utf-8") as f:
        f.write("\n".join(kept) + "\n")
    with open(out + ".defr", "w", encoding="utf-8") as f:
        for src, tgt in links:
            kept_tgt = [renumbered[j] for j in tgt if j in renumbered]
            f.write("[{}]:[{}]\n".format(", ".join(map(str, src)),
                                         ", ".join(map(str, kept_tgt))))
    if os.path.lexists(out + ".de"):
        os.remove(out + ".de")
    os.symlink(os.path.abspath(base + ".de"), out + ".de")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
