"""Entity extraction against Indonesian NER gold: ``python evaluation/entities.py``.

Each gold sentence becomes one paragraph of text (its tokens joined by
spaces) and goes through ``find_entities`` exactly as an article body would;
predicted and gold mentions are compared as character spans. Prints
precision, recall and F1 for typed and untyped exact-span match, per type,
and the extraction time per 1,000 tokens. The gold has no MISC class, so
MISC predictions are left out of the comparison.

The corpora are looked for in ``<repo>/../shared/corpora/ner``; without
them the script says so and exits cleanly.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from evaluation.train_ner import read_bio  # noqa: E402
from reader.extract.entities import find_entities, load_model  # noqa: E402

NER_DIR = REPO.parent / "shared" / "corpora" / "ner"
SETS = ("nergrit_valid.txt", "nerui_dev.tsv")
TYPES = ("PER", "ORG", "LOC")

Span = tuple[int, int, str]


def gold_spans(sentence: list[tuple[str, str]]) -> tuple[str, set[Span]]:
    """The sentence text and its gold (start, end, type) character spans."""
    text = " ".join(t for t, _ in sentence)
    spans: set[Span] = set()
    pos = 0
    current: list = []
    for token, tag in sentence:
        start, end = pos, pos + len(token)
        pos = end + 1
        if tag.startswith("I-") and current and current[2] == tag[2:]:
            current[1] = end
            continue
        if current:
            spans.add(tuple(current))
        current = [start, end, tag[2:]] if tag != "O" else []
    if current:
        spans.add(tuple(current))
    return text, spans


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(path: Path) -> None:
    """Print the scores of one gold file."""
    sentences = list(read_bio(path))
    pred_all: list[set[Span]] = []
    gold_all: list[set[Span]] = []
    tokens = 0
    elapsed = 0.0
    for sentence in sentences:
        text, gold = gold_spans(sentence)
        tokens += len(sentence)
        t0 = time.perf_counter()
        found = find_entities(text, [(0, len(text))], "id")
        elapsed += time.perf_counter() - t0
        pred_all.append({(m.start, m.end, m.type) for m in found if m.type != "MISC"})
        gold_all.append(gold)
    print(f"\n{path.name}: {len(sentences)} sentences, {tokens} tokens")
    print(f"{'':10} {'P':>6} {'R':>6} {'F1':>6} {'pred':>6} {'gold':>6}")
    rows = [("typed", lambda s: s), ("untyped", lambda s: {(a, b) for a, b, _ in s})]
    rows += [(t, lambda s, t=t: {x for x in s if x[2] == t}) for t in TYPES]
    for name, view in rows:
        tp = n_pred = n_gold = 0
        for pred, gold in zip(pred_all, gold_all, strict=True):
            p, g = view(pred), view(gold)
            tp += len(p & g)
            n_pred += len(p)
            n_gold += len(g)
        p, r, f = prf(tp, n_pred, n_gold)
        print(f"{name:10} {p:6.3f} {r:6.3f} {f:6.3f} {n_pred:6} {n_gold:6}")
    confusion = Counter()
    for pred, gold in zip(pred_all, gold_all, strict=True):
        gold_types = {(a, b): t for a, b, t in gold}
        for a, b, t in pred:
            if (a, b) in gold_types and gold_types[(a, b)] != t:
                confusion[(gold_types[(a, b)], t)] += 1
    if confusion:
        print("type confusions (gold->pred):", dict(confusion.most_common(6)))
    print(f"extraction time: {1000 * elapsed / tokens * 1000:.2f} ms per 1000 tokens")


def main() -> int:
    if not NER_DIR.is_dir():
        print(f"NER gold not found at {NER_DIR}; skipping the entity evaluation.")
        return 0
    load_model()
    for name in SETS:
        path = NER_DIR / name
        if path.exists():
            evaluate(path)
        else:
            print(f"{name}: not found, skipped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
