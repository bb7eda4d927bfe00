"""The gold projection of ``evaluation/train_ner.py --gold``: a name's
variants labelled where the article writes them, as extraction tokenizes it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from evaluation.train_ner import project

REPO = Path(__file__).resolve().parent.parent

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


def test_overlapping_variants_of_one_length_label_the_same_in_every_run():
    """Which of two overlapping variants wins must not follow a set's order,
    which changes with the hash seed from one run to the next."""
    script = (
        "from evaluation.train_ner import project\n"
        "ents = [{'type': 'LOC', 'variants': ['Port Halden', 'Orvik']},\n"
        "        {'type': 'ORG', 'variants': ['Halden Marine', 'Orvik']}]\n"
        "text = 'Workers at Port Halden Marine met in Orvik on Monday.'\n"
        "print([tags for _, tags in project(text, ents, frozenset())])\n"
    )
    seen = {
        subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            cwd=REPO,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in range(4)
    }
    assert len(seen) == 1
