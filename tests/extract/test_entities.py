"""Entity extraction: roles, acronyms, short names, junk, languages, offsets."""

from __future__ import annotations

import sys
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.extract.entities import find_entities, tokenize

REPO = Path(__file__).resolve().parents[2]
CORPORA = REPO.parent / "shared" / "corpora"


def entities(text: str, lang: str = "id"):
    return find_entities(text, [(0, len(text))], lang)


def by_text(text: str, lang: str = "id"):
    return {m.text: m for m in entities(text, lang)}


def test_title_is_the_role_not_part_of_the_name():
    found = by_text(
        "Presiden Joko Widodo bertemu Menteri Dalam Negeri Tito Karnavian "
        "di Istana Merdeka, Jakarta."
    )
    assert found["Joko Widodo"].type == "PER"
    assert found["Joko Widodo"].role == "Presiden"
    assert found["Tito Karnavian"].role == "Menteri Dalam Negeri"
    assert found["Jakarta"].type == "LOC"
    assert not any("Presiden" in t or "Menteri" in t for t in found)


def test_honorific_role_in_english():
    found = by_text("Mr Smith met Dr Jane Goodall in London on Tuesday.", "en")
    assert found["Smith"].role == "Mr"
    assert found["Jane Goodall"].role == "Dr"


def test_acronym_takes_the_long_form_and_its_key_everywhere():
    text = (
        "Badan Pusat Statistik (BPS) mencatat inflasi 2 persen. Menurut data BPS, harga beras naik."
    )
    mentions = entities(text)
    bps = [m for m in mentions if m.text == "BPS"]
    long_form = [m for m in mentions if m.text == "Badan Pusat Statistik"]
    assert len(bps) == 2
    assert long_form
    assert {m.long_form for m in bps} == {"Badan Pusat Statistik"}
    assert {m.key for m in bps} == {long_form[0].key}


def test_name_after_a_title_in_brackets_is_not_an_acronym():
    found = by_text("Pak Menkeu (Purbaya) datang ke kantor DPR di Jakarta.")
    assert all(m.long_form is None for m in found.values())


def test_surname_alone_takes_the_full_name_key():
    mentions = entities("Prabowo Subianto tiba di Bandung. Setelah itu Prabowo bertemu warga.")
    keys = {m.text: m.key for m in mentions}
    assert keys["Prabowo"] == keys["Prabowo Subianto"]


def test_days_months_pronouns_and_sentence_openers_are_not_entities():
    text = (
        "Pada Senin (21/10/2025), Dia datang. Namun, Kami menolak. "
        "Dalam rapat Oktober lalu, Bapak itu diam. Selasa, 5 Maret 2024."
    )
    names = {m.text for m in entities(text)}
    assert not names & {"Senin", "Dia", "Namun", "Kami", "Dalam", "Oktober", "Selasa", "Maret"}


def test_offsets_point_into_the_text_and_only_into_paragraphs():
    title = "Jokowi ke Surabaya\n\n"
    body = "Joko Widodo berkunjung ke Surabaya bersama Gibran Rakabuming."
    text = title + body
    mentions = find_entities(text, [(len(title), len(text))], "id")
    assert mentions
    for m in mentions:
        assert text[m.start : m.end] == m.text
        assert m.start >= len(title)
    starts = [m.start for m in mentions]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in pairwise(mentions))


def test_german_is_conservative():
    names = {m.text for m in entities("Die Regierung hat am Montag die Steuer erhöht.", "de")}
    assert names == set()
    found = by_text("Am Montag traf Kanzlerin Angela Merkel in Berlin ein.", "de")
    assert "Angela Merkel" in found


def test_cjk_text_yields_only_latin_names():
    mentions = entities("삼성전자는 서울에서 Samsung Galaxy 신제품을 발표했다.", "ko")
    assert [m.text for m in mentions] == ["Samsung Galaxy"]


def test_tokens_split_hyphens_and_keep_sentence_starts():
    tokens = tokenize("Lee Soo-man datang. Ia pergi.")
    assert [t.text for t in tokens][:4] == ["Lee", "Soo", "-", "man"]
    assert [t.text for t in tokens if t.first] == ["Lee", "Ia"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_any_text_gives_valid_mentions(text):
    mentions = find_entities(text, [(0, len(text))], "id")
    for m in mentions:
        assert text[m.start : m.end] == m.text
        assert m.type in {"PER", "ORG", "LOC", "MISC"}
    assert all(a.end <= b.start for a, b in pairwise(mentions))


@pytest.mark.skipif(not (CORPORA / "ner").is_dir(), reason="../shared corpora absent")
def test_nergrit_valid_typed_f1_stays_above_floor():
    sys.path.insert(0, str(REPO))
    from evaluation.entities import gold_spans
    from evaluation.train_ner import read_bio

    tp = n_pred = n_gold = 0
    for sentence in read_bio(CORPORA / "ner" / "nergrit_valid.txt"):
        text, gold = gold_spans(sentence)
        pred = {(m.start, m.end, m.type) for m in entities(text)}
        tp += len(pred & gold)
        n_pred += len(pred)
        n_gold += len(gold)
    f1 = 2 * tp / (n_pred + n_gold)
    assert f1 >= 0.68


@pytest.mark.skipif(not (CORPORA / "id" / "detik").is_dir(), reason="../shared corpora absent")
def test_frequent_detik_entities_are_not_junk():
    from collections import Counter

    from reader.extract import extract
    from reader.extract.entities import word_list

    keys: Counter[str] = Counter()
    for path in sorted((CORPORA / "id" / "detik").glob("*.txt"))[:200]:
        text = path.read_text(encoding="utf-8")
        article = extract(text)
        keys.update(m.key for m in find_entities(text, article.paragraphs, "id"))
    junk = word_list("stop_names") | word_list("roles") | word_list("common_id")
    top = [k for k, _ in keys.most_common(100)]
    assert not [k for k in top if k in junk]
