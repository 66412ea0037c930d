#!/usr/bin/env python3
"""Makes an omission test set from a gold set (for scripts/bench-align.sh).

Usage: drop_sentences.py GOLD_DIR DOC OUT_DIR NAME SEED COUNT

Reads GOLD_DIR/DOC.{de,fr,defr}, removes COUNT French sentences that the
gold links one to one (chosen by SEED), and writes OUT_DIR/NAME.fr and
OUT_DIR/NAME.defr, where each of those links has become a 1-0 link and the
French indices are renumbered; OUT_DIR/NAME.de links to the original. The
sentences are real, only their translations are gone: a measure of how well
an aligner finds omissions, which the gold sets themselves hold few of.
scripts/bench/cv_align.py uses drop() on the folds of its cross-validation.
"""

import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from align_table import scorer  # noqa: E402  (the bead reader of score-beads.py)


def drop(links, french, seed, count):
    """Removes `count` French sentences linked one to one, chosen by `seed`.

    links: gold links, (source indices, target indices) each; french: the
    French sentences. Returns (kept French sentences, new links), where each
    removed sentence's link is now a 1-0 link and French indices are
    renumbered.
    """
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
    new_links = [(tuple(src), tuple(renumbered[j] for j in tgt if j in renumbered))
                 for src, tgt in links]
    return kept, new_links


def write_beads(path, links):
    with open(path, "w", encoding="utf-8") as f:
        for src, tgt in links:
            f.write("[{}]:[{}]\n".format(", ".join(map(str, src)), ", ".join(map(str, tgt))))


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
    kept, new_links = drop(links, french, seed, count)
    os.makedirs(out_dir, exist_ok=True)
    out = os.path.join(out_dir, name)
    with open(out + ".fr", "w", encoding="utf-8") as f:
        f.write("\n".join(kept) + "\n")
    write_beads(out + ".defr", new_links)
    if os.path.lexists(out + ".de"):
        os.remove(out + ".de")
    os.symlink(os.path.abspath(base + ".de"), out + ".de")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
