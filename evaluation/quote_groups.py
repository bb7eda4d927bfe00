"""Same statement or not: precision and recall of the quote groups'
decision (issue 20 item 1) on fixed pairs of real quotations.

Run ``python evaluation/quote_groups.py [--errors N]`` from the repository.
The pairs come from ``evaluation.pairs.quote_pairs()``, built from the
corpora by a fixed recipe that another helper wrote without seeing this
decision: variants of one quotation (trimmed at either end, re-punctuated,
quote marks changed, a word changed, the speaker spelt otherwise) and pairs
of different quotations that share their first words. A pair is judged as
the store judges it (``db.quote_groups``): the two wordings share a
fingerprint, so that one finds the other, and ``same_statement`` holds.
Figures per split (dev, held out), kind and language; the target is recall
≥ 0.90 and precision ≥ 0.98. ``--errors N`` prints N misjudged dev pairs
(never held-out ones, whose errors are not read while tuning).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from db.statements import fingerprints, same_statement, statement_words, word_hashes


def judged(a: str, b: str) -> bool:
    """The store's decision on two quotations."""
    x, y = (word_hashes(statement_words(text)) for text in (a, b))
    return bool(fingerprints(x) & fingerprints(y)) and same_statement(x, y)


def scores(pairs: list) -> dict:
    tp = sum(p.same and judged(p.a_text, p.b_text) for p in pairs)
    fp = sum(not p.same and judged(p.a_text, p.b_text) for p in pairs)
    positives = sum(p.same for p in pairs)
    return {
        "pairs": len(pairs),
        "positives": positives,
        "joined_wrongly": fp,
        "precision": tp / (tp + fp) if tp + fp else float("nan"),
        "recall": tp / positives if positives else float("nan"),
    }


def line(name: str, s: dict) -> str:
    if not s["positives"]:  # a kind of different statements only
        return f"{name:<34} {s['pairs']:>6}  different: {s['joined_wrongly']} joined wrongly"
    return f"{name:<34} {s['pairs']:>6}  P {s['precision']:.3f}  R {s['recall']:.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--errors", type=int, default=0, metavar="N")
    args = parser.parse_args(argv)
    try:
        from evaluation.pairs import quote_pairs
    except ImportError:
        print("evaluation/pairs.py has no quote_pairs() yet: nothing to measure")
        return 0
    pairs = quote_pairs()
    if not pairs:
        print("no pairs: the corpora (../shared/corpora) are absent")
        return 0
    print(line("all", scores(pairs)))
    for split in sorted({p.split for p in pairs}):
        chosen = [p for p in pairs if p.split == split]
        print(line(f"{split}", scores(chosen)))
        for kind in sorted({p.kind for p in chosen}):
            print(line(f"  {kind}", scores([p for p in chosen if p.kind == kind])))
        langs = Counter(p.lang for p in chosen)
        for lang in sorted(langs):
            print(line(f"  lang {lang}", scores([p for p in chosen if p.lang == lang])))
    wrong = [p for p in pairs if p.split == "dev" and p.same != judged(p.a_text, p.b_text)][
        : args.errors
    ]
    for p in wrong:
        print(f"\n{'missed' if p.same else 'wrongly joined'} ({p.kind}, {p.lang}):")
        print(f"  a: {p.a_text}")
        print(f"  b: {p.b_text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
