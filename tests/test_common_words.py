"""A frequent one-word 'name' the collection writes mostly in lower case
mid-sentence is a common word: it leaves the lists; a name stays."""

from __future__ import annotations

import hashlib
import json

from db.records import ArticleRecord, MentionRecord
from db.store import Store
from tests.conftest import store_understood
from tests.test_cli import run


def _article(n: int, text: str, *names: str) -> tuple:
    """An article whose ``names`` are tagged where first written capitalised."""
    mentions = []
    for name in names:
        start = text.index(name)
        mentions.append(MentionRecord(name.lower(), "PER", name, start, start + len(name)))
    record = ArticleRecord(
        path=f"/x/{n}.txt",
        text=text,
        encoding="utf-8",
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        title=f"Kabar {n}",
    )
    return record, mentions, []


def _library(tmp_path, word_lower: bool):
    """Three articles open a sentence with 'Harapan', tagged a person; the
    others write it mid-sentence, in lower case or capitalised."""
    harapan = "harapan" if word_lower else "Harapan"
    records = [
        _article(n, f"Kabar {n}\n\nHarapan warga besar. Kata Wiranto Sulaksono hari ini.\n",
                 "Harapan", "Wiranto Sulaksono")
        for n in range(3)
    ]  # fmt: skip
    records += [
        _article(
            10 + n, f"Kabar {10 + n}\n\nWarga punya {harapan} baru, kata Sutanti.\n", "Sutanti"
        )
        for n in range(5)
    ]
    db = tmp_path / "r.db"
    with Store(db) as store:
        store_understood(store, records)
        marked = store.mark_common_words()
    return db, marked


def _listed(db) -> set[str]:
    return {e["name"] for e in json.loads(run("entities", "", "--json", db=db).stdout)}


def test_a_name_written_mostly_in_lower_case_mid_sentence_leaves_the_lists(tmp_path):
    db, marked = _library(tmp_path, word_lower=True)
    assert marked == ["Harapan"]
    assert _listed(db) == {"Wiranto Sulaksono", "Sutanti"}
    page = json.loads(run("entity", "show", "Wiranto Sulaksono", "--json", db=db).stdout)
    assert page["co_mentioned"] == []


def test_an_acronym_is_not_its_lower_case_word(tmp_path):
    records = [
        _article(n, f"Kabar {n}\n\nPesan dari RAKYAT, kata Sutanti. Kami dan rakyat, rakyat.\n",
                 "RAKYAT", "Sutanti")
        for n in range(3)
    ]  # fmt: skip
    with Store(tmp_path / "r.db") as store:
        store_understood(store, records)
        assert store.mark_common_words() == []


def test_a_name_written_capitalised_mid_sentence_stays(tmp_path):
    db, marked = _library(tmp_path, word_lower=False)
    assert marked == []
    assert _listed(db) == {"Harapan", "Wiranto Sulaksono", "Sutanti"}
