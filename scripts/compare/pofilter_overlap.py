"""Entries flagged by pofilter and by samklang, check by check.

pofilter writes each flagged entry into a copy of its catalog with a
'# (pofilter) TEST: ...' comment; samklang's JSON names the source unit,
whose id is msgctxt + U+0004 + msgid (plural forms with '[N]'). Both become
(catalog, msgctxt, msgid) keys.
Usage: pofilter_overlap.py POFILTER_DIR SAMKLANG_JSON EXAMPLES
"""
import collections
import json
import os
import random
import re
import sys

PAIRS = [  # pofilter tests -> samklang rule
    ({"numbers"}, "number-mismatch"),
    ({"variables", "printf", "pythonbraceformat"}, "placeholder-mismatch"),
    ({"unchanged"}, "untranslated"),
    ({"untranslated"}, "segment-missing"),
    ({"endpunc"}, "punctuation"),
]


def unquote(line):
    body = line[line.index('"') + 1:line.rindex('"')]
    return re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), body)


def pofilter_flags(folder):
    flags = collections.defaultdict(set)
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".po"):
            continue
        tests, field, ctxt, msgid = [], None, "", ""
        for line in open(os.path.join(folder, name), encoding="utf-8"):
            line = line.rstrip("\n")
            if line.startswith("# (pofilter) "):
                tests.append(line[13:].split(":")[0])
            elif line.startswith("msgctxt "):
                field, ctxt = "ctxt", unquote(line)
            elif line.startswith("msgid "):
                field, msgid = "id", unquote(line)
            elif line.startswith('"') and field == "id":
                msgid += unquote(line)
            elif line.startswith('"') and field == "ctxt":
                ctxt += unquote(line)
            elif line.startswith("msgid_plural") or line.startswith("msgstr"):
                field = None
            elif not line.strip():
                for test in tests:
                    flags[test].add((name, ctxt, msgid))
                tests, field, ctxt, msgid = [], None, "", ""
        for test in tests:
            flags[test].add((name, ctxt, msgid))
    return flags


def samklang_flags(path):
    flags = collections.defaultdict(set)
    report = json.load(open(path, encoding="utf-8"))
    for f in report["findings"]:
        place = f.get("source") or f.get("target")
        if not place:
            continue
        unit = re.sub(r"\[\d+\]$", "", place.get("unit") or "")
        ctxt, _, msgid = unit.rpartition("\x04")
        flags[f["rule"]].add((os.path.basename(place["file"]), ctxt, msgid))
    return flags


def main():
    pofilter = pofilter_flags(sys.argv[1])
    samklang = samklang_flags(sys.argv[2])
    examples = int(sys.argv[3])
    rng = random.Random(1)
    print(f"{'pofilter':>32} | {'samklang':<20} {'both':>6} {'pofilter only':>14} {'samklang only':>14}")
    for tests, rule in PAIRS:
        p = set().union(*(pofilter[t] for t in tests))
        s = samklang[rule]
        print(f"{'+'.join(sorted(tests)):>32} | {rule:<20} {len(p & s):6d} {len(p - s):14d} {len(s - p):14d}")
        for label, only in (("pofilter only", p - s), ("samklang only", s - p)):
            for key in rng.sample(sorted(only), min(examples, len(only))):
                print(f"    {label}: {key[0]}: {key[2][:90]!r}")


main()
