"""Multilingual relevance: for each language of ../shared/corpora, queries
with known answers and the article that must come first.

Each query exercises one thing search must get right in that language: a
word from inside an unspaced CJK run, a folded accent, a phrase, a prefix,
a filter. The corpora are others' text, so they are read from ../shared,
never copied; without them these tests skip.
"""

from __future__ import annotations

import pytest

from reader.library import Library
from tests.conftest import CORPORA, needs_corpora

CASES = [
    # (query, file that must rank first, what it exercises)
    ("既婚", "ja/dokujo-tsushin-4809277.txt", "Japanese word inside a run"),
    ("レノボ 契約", "ja/it-life-hack-6295722.txt", "katakana + kanji words"),
    ("고양이", "ko/naver_scinews_11.txt", "Korean word with a particle after it"),
    ('"김문주 박사"', "ko/naver_scinews_25.txt", "Korean phrase"),
    ("标致雪铁龙 lang:zh", "zh/sogou_auto_018.txt", "Chinese run + language filter"),
    ("裁员", "zh/sogou_auto_018.txt", "two-character Chinese term"),
    ("Bohmermann Dopfner", "de/10kgnad_etat_18.txt", "German umlauts folded"),
    ("Außenministerium Verbalnote", "de/10kgnad_etat_18.txt", "German ß"),
    ('"Illva Saronno"', "en/bbc/business/039.txt", "English phrase"),
    ("Changy*", "en/bbc/business/039.txt", "English prefix"),
    ("Islandia pajak turis", "id/detik/detik_0039.txt", "Indonesian words, title first"),
    ("islandia lang:id", "id/detik/detik_0039.txt", "Indonesian with filter"),
]


@pytest.fixture(scope="module")
def corpora(tmp_path_factory):
    """The listed articles plus the rest of their folders, as competition."""
    folders = {case[1].rsplit("/", 1)[0] for case in CASES}
    with Library(tmp_path_factory.mktemp("relevance") / "reader.db") as library:
        paths = [str(CORPORA / folder) for folder in sorted(folders)]
        list(library.run_import(library.plan_import(paths)))
        yield library


@needs_corpora
@pytest.mark.parametrize(("query", "expected", "why"), CASES, ids=[c[2] for c in CASES])
def test_known_answer_ranks_first(corpora, query, expected, why):
    hits = corpora.search(query, limit=5)
    assert hits, f"{query!r} found nothing"
    assert hits[0].path.endswith(expected), [h.path for h in hits]
