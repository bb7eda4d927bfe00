"""Structure figures over the shared corpora, for eyeballing the rules.

Run ``python evaluation/structure.py``: per collection, how many articles got
a title, a date, a source, a caption, a byline and tags, how many lines went
to chrome, and the chrome lines seen most often (fixed rules plus what
``find_chrome`` learnt from the collection). There is no gold for structure;
a wrong rule shows up as a surprising count or chrome line.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from evaluation.quotes import CORPORA, read_text  # noqa: E402
from reader.extract.boilerplate import find_chrome  # noqa: E402
from reader.extract.structure import parse_structure  # noqa: E402

COLLECTIONS = ["id/detik", "en/bbc", "ja", "zh", "ko", "de"]


def main() -> int:
    if not CORPORA.exists():
        print(f"corpora not found at {CORPORA}: nothing to show")
        return 0
    samples = [("project samples", sorted((REPO / "sample_articles").glob("*.txt")))]
    samples += [(name, sorted((CORPORA / name).rglob("*.txt"))) for name in COLLECTIONS]
    for name, paths in samples:
        texts = [read_text(p) for p in paths if p.name != "README.TXT"]
        if not texts:
            continue
        chrome = find_chrome(texts)
        counts: Counter[str] = Counter()
        lines: Counter[str] = Counter()
        for text in texts:
            article = parse_structure(text, chrome=chrome)
            for field in ("title", "date", "source", "caption", "byline"):
                counts[field] += bool(getattr(article, field))
            counts["tags"] += bool(article.tags)
            counts["chrome lines"] += len(article.boilerplate)
            lines.update(text[s:e][:50] for s, e in article.boilerplate)
        figures = "  ".join(f"{k} {v}" for k, v in counts.items())
        print(f"{name:<16} articles {len(texts):>4}  {figures}")
        print(f"{'':16} learnt chrome: {sorted(chrome)[:5]}")
        print(f"{'':16} top chrome: {[line for line, _ in lines.most_common(5)]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
