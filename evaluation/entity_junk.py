"""The most frequent entities of a real collection, to read for junk.

``python evaluation/entity_junk.py [FOLDER] [N]`` extracts entities from every
``.txt`` article in FOLDER (default: the Detik articles in
``<repo>/../shared/corpora/id/detik``) and prints the N (default 100) most
frequent entity keys with their counts, types and a spelling. A user should
find no common word, day, month or role alone among them. It also prints the
extraction time per article.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from reader.extract import extract  # noqa: E402
from reader.extract.entities import find_entities, load_model  # noqa: E402

DETIK = REPO.parent / "shared" / "corpora" / "id" / "detik"


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else DETIK
    top = int(argv[2]) if len(argv) > 2 else 100
    if not folder.is_dir():
        print(f"{folder} not found; skipping the junk check.")
        return 0
    load_model()
    keys: Counter[str] = Counter()
    types: dict[str, Counter[str]] = {}
    names: dict[str, Counter[str]] = {}
    elapsed = 0.0
    chars = 0
    paths = sorted(folder.glob("*.txt"))
    for path in paths:
        text = path.read_bytes().decode("utf-8", errors="replace")
        article = extract(text)
        t0 = time.perf_counter()
        mentions = find_entities(text, article.paragraphs, article.lang)
        elapsed += time.perf_counter() - t0
        chars += sum(e - s for s, e in article.paragraphs)
        for m in mentions:
            keys[m.key] += 1
            types.setdefault(m.key, Counter())[m.type] += 1
            names.setdefault(m.key, Counter())[m.text] += 1
    for rank, (key, count) in enumerate(keys.most_common(top), 1):
        typ = types[key].most_common(1)[0][0]
        name = names[key].most_common(1)[0][0]
        print(f"{rank:3} {count:5} {typ:4} {key:40} {name}")
    per_article = 1000 * elapsed / max(len(paths), 1)
    print(f"\n{len(paths)} articles, {chars / max(len(paths), 1):.0f} body chars on average;")
    print(f"find_entities: {per_article:.2f} ms per article")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
