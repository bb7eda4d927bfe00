"""A quoted phrase copied from an imported article finds that article first."""

from __future__ import annotations

import random

import pytest

from reader.library import Library
from tests.conftest import CORPORA, needs_corpora

FOLDERS = ["en/bbc", "id/detik", "ja", "zh", "ko", "de"]


@pytest.fixture(scope="module")
def corpora_library(tmp_path_factory):
    with Library(tmp_path_factory.mktemp("corpora") / "reader.db") as library:
        sample = []
        rng = random.Random(7)
        for folder in FOLDERS:
            files = sorted(str(p) for p in (CORPORA / folder).rglob("*.txt"))
            sample += rng.sample(files, min(25, len(files)))
        list(library.run_import(library.plan_import(sample)))
        yield library


@needs_corpora
def test_phrase_from_each_article_finds_it_first(corpora_library):
    rng = random.Random(11)
    misses = []
    rows = corpora_library.articles()
    assert len(rows) > 100
    for row in rows:
        detail = corpora_library.article(row.id)
        body = detail.body
        words = body.split()
        if len(words) >= 12:
            start = rng.randrange(0, len(words) - 6)
            phrase = " ".join(words[start : start + 6])
        else:  # unspaced scripts: a run of characters from the middle
            middle = len(body) // 2
            phrase = body[middle : middle + 12].split("\n")[0]
        hits = corpora_library.search(f'"{phrase}"', limit=3)
        same_text = {h.id for h in hits if corpora_library.article(h.id).text == detail.text}
        if not hits or hits[0].id not in same_text | {row.id}:
            misses.append((row.id, phrase))
    assert misses == []
