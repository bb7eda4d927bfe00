"""Versions of one story (issue 20 item 2): precision and recall of the
grouping decision over the labelled pairs of ``evaluation/pairs.py``.

    python evaluation/versions.py [--split dev|heldout|all]

Each side of a pair is made an article file (its title, a blank line, its
text) and goes the way an imported file does: the first phase's structure
(``parse_structure``: body paragraphs, boilerplate it knows left out), the
second phase's sketch (``reader.extract.sketch``), and the store's decision
(``db.versions.linked``: the two share a band key, their sketches outside
quotations agree on at least ``THRESHOLD`` of the slots, and each whole
body holds enough of the other's: ``db.versions.versions``). Targets: precision 0.95,
recall 0.90. The pairs are built from ``../shared/corpora`` by another
hand; without the corpora this says so and stops.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from db.versions import HELD, THRESHOLD, linked, stored
from evaluation.pairs import near_duplicate_pairs
from reader.extract.sketch import sketch
from reader.extract.structure import parse_structure


def _slots(title: str, text: str) -> bytes | None:
    content = f"{title}\n\n{text}\n" if title else f"{text}\n"
    found = sketch(content, list(parse_structure(content).paragraphs))
    return stored(found.slots, found.whole, found.whole_shingles) if found else None


def decide(pair) -> bool:
    """Whether the store would group the two articles."""
    a, b = _slots(pair.a_title, pair.a_text), _slots(pair.b_title, pair.b_text)
    return a is not None and b is not None and linked(a, b)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=["dev", "heldout", "all"], default="all")
    args = parser.parse_args()
    pairs = [p for p in near_duplicate_pairs() if args.split in ("all", p.split)]
    if not pairs:
        print("no pairs: ../shared/corpora is absent (evaluation/pairs.py reads it)")
        return 1
    counts: Counter = Counter()
    by_kind: Counter = Counter()
    kinds: Counter = Counter()
    for pair in pairs:
        grouped = decide(pair)
        split = pair.split
        counts[(split, pair.same, grouped)] += 1
        kinds[(pair.same, pair.kind)] += 1
        by_kind[(pair.same, pair.kind)] += grouped
    print(
        f"threshold {THRESHOLD} (share of 64 slots outside quotations), each body"
        f" {HELD} held by the other; {len(pairs)} pairs"
    )
    print(f"{'split':<9} {'pairs':>6} {'precision':>10} {'recall':>8}  (targets 0.95, 0.90)")
    for split in sorted({s for s, _, _ in counts}) + (["all"] if args.split == "all" else []):

        def n(same: bool, grouped: bool, split: str = split) -> int:
            return sum(
                v
                for (s, sm, g), v in counts.items()
                if sm == same and g == grouped and split in ("all", s)
            )

        tp, fp, fn = n(True, True), n(False, True), n(True, False)
        total = tp + fp + fn + n(False, False)
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        print(f"{split:<9} {total:>6} {precision:>10.3f} {recall:>8.3f}")
    print("\nper kind: grouped / pairs")
    for (same, kind), total in sorted(kinds.items()):
        label = "same" if same else "different"
        print(f"  {label:<9} {kind:<22} {by_kind[(same, kind)]:>4} / {total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
