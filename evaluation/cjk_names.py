"""The people found in Korean, Chinese and Japanese articles, to read for junk.

``python evaluation/cjk_names.py [LANG ...] [--sample N] [--quotes]`` extracts
every ``.txt`` article in ``<repo>/../shared/corpora/{ko,zh,ja}`` (or those
of the LANGs given) and prints, per corpus, each PER name in those scripts found with its
count and the roles it was written with, then N (default 100) mentions drawn
at random (seeded) with the text around them, to be read for precision: a
mention is right when it is a person's name with both edges where the name's
are. ``--quotes`` also prints each quotation's speaker and the phrase it was
taken from. The summary lines give mentions, quotations with a speaker
linked to a person, and milliseconds per article for the whole pipeline.

There is no gold for these languages; reading the sample is the measure.
"""

from __future__ import annotations

import random
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from reader.extract import extract  # noqa: E402
from reader.extract.cjk_names import find_cjk_names  # noqa: E402

CORPORA = REPO.parent / "shared" / "corpora"
LANGS = ("ko", "zh", "ja")


def _articles(lang: str) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((CORPORA / lang).glob("*.txt"))]


def report(lang: str, sample: int, quotes: bool) -> None:
    texts = _articles(lang)
    extract(texts[0])  # loads the models, which is no part of the cost per article
    t0 = time.perf_counter()
    articles = [extract(text) for text in texts]
    per_article = 1000 * (time.perf_counter() - t0) / max(len(texts), 1)
    names: Counter[str] = Counter()
    roles: dict[str, Counter[str]] = {}
    mentions = []
    linked = said = 0
    for text, article in zip(texts, articles, strict=True):
        people = {m.key for m in article.entities if m.type == "PER"}
        for m in find_cjk_names(text, article.paragraphs, article.lang):
            if m.type == "PER":
                names[m.text] += 1
                roles.setdefault(m.text, Counter())[m.role or "-"] += 1
                mentions.append((text, m))
        for q in article.quotes:
            said += q.speaker is not None
            linked += q.speaker_key in people
            if quotes:
                print(f"  quote  {q.speaker!s:12} <- {text[max(0, q.start - 25) : q.start]!r}")
    print(f"== {lang}: {len(texts)} articles, {len(mentions)} PER mentions, {len(names)} names")
    for name, count in names.most_common():
        print(f"{count:4}  {name}  {dict(roles[name].most_common(3))}")
    print(f"-- {min(sample, len(mentions))} mentions drawn at random:")
    for i, (text, m) in enumerate(random.Random(7).sample(mentions, min(sample, len(mentions)))):
        context = (
            text[max(0, m.start - 12) : m.start] + "[" + m.text + "]" + text[m.end : m.end + 8]
        )
        print(f"{i + 1:3}  {context.replace(chr(10), ' ')}")
    total = sum(len(a.quotes) for a in articles)
    print(
        f"-- {lang}: quotations {total}, with a speaker {said}, speaker is a person found {linked}"
    )
    print(f"-- {lang}: extract {per_article:.2f} ms per article\n")


def main(argv: list[str]) -> int:
    quotes = "--quotes" in argv
    sample = int(argv[argv.index("--sample") + 1]) if "--sample" in argv else 100
    langs = [a for a in argv[1:] if a in LANGS] or list(LANGS)
    if not CORPORA.is_dir():
        print(f"{CORPORA} not found; skipping.")
        return 0
    for lang in langs:
        report(lang, sample, quotes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
