"""A speaker's one-word name expanded to the full name the article used."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from reader.extract.model import Mentions
from reader.extract.speaker_names import _word_in, full_name

# Word characters of several kinds (letters with and without accents, a
# combining mark, digits of other scripts, a superscript, the underscore,
# a CJK character) and marks that are none.
_ALPHABET = "ab_1é\u0301²٣漢K .'-’"


@given(st.text(_ALPHABET, max_size=12), st.text(_ALPHABET, min_size=1, max_size=4))
def test_a_word_is_found_where_the_bounded_pattern_finds_it(run, name):
    match = re.search(rf"\b{re.escape(name)}\b", run)
    assert _word_in(run, name) == (match.start() if match else -1)


def test_a_word_inside_a_longer_word_is_passed_over():
    assert _word_in("Budiman dan Budi Harjono", "Budi") == 12
    assert _word_in("Budiman", "Budi") == -1
    assert _word_in("Budi_Harjono Budi", "Budi") == 13
    # A name that ends in a mark is bounded by the word after it.
    assert _word_in("Harjono Jr. datang", "Jr.") == -1
    assert _word_in("Harjono Jr.datang", "Jr.") == 8


def test_a_first_name_takes_the_full_name_the_article_gave_before():
    text = (
        "Direktur Budiman Sitompul meninjau sawah. Menteri Pertanian Budi Harjono"
        " datang juga. Sawah itu luas, kata Budi."
    )
    found = full_name(text, "Budi", 0, text.rfind("Budi"), "id", Mentions([]))
    assert found == "Budi Harjono"
