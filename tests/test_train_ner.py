"""The gold projection of ``evaluation/train_ner.py --gold``: a name's
variants labelled where the article writes them, as extraction tokenizes it."""

from __future__ import annotations

from evaluation.train_ner import project

ENTITIES = [
    {"name": "Corvane Securities", "type": "ORG", "variants": ["Corvane Securities", "Corvane"]},
    {"name": "Mira Tolland", "type": "PER", "variants": ["Mira Tolland", "Tolland"]},
    {"name": "Ravenport", "type": "LOC", "variants": ["Ravenport"]},
]


def _tagged(text: str, entities: list[dict], common: frozenset[str] = frozenset()) -> list:
    return [
        [(t.text, tag) for t, tag in zip(tokens, tags, strict=True) if tag != "O"]
        for tokens, tags in project(text, entities, common)
    ]


def test_every_occurrence_longest_variant_first_possessive_apart():
    text = (
        "Corvane Securities opened an office in Ravenport.\n"
        "no capital letter here\n"
        "Tolland's team at Corvane said Mira Tolland would stay."
    )
    assert _tagged(text, ENTITIES) == [
        [("Corvane", "B-ORG"), ("Securities", "I-ORG"), ("Ravenport", "B-LOC")],
        [("Tolland", "B-PER"), ("Corvane", "B-ORG"), ("Mira", "B-PER"), ("Tolland", "I-PER")],
    ]


def test_variant_only_as_whole_tokens_and_as_written():
    entities = [{"name": "Ash", "type": "PER", "variants": ["Ash"]}]
    assert _tagged("Ashford said ash fell on Ash.", entities) == [[("Ash", "B-PER")]]


def test_paragraph_with_a_one_word_variant_that_is_a_common_word_is_left_out():
    entities = [{"name": "Bloom", "type": "ORG", "variants": ["Bloom"]}]
    text = "Bloom hired staff.\nThe shares of Corvane rose."
    assert _tagged(text, entities, frozenset({"bloom"})) == [[]]
