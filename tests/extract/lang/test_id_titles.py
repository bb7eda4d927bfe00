"""A first name the tagger left with the title joins the name (Indonesian)."""

import pytest


def _joined(text: str, first: int) -> list[str]:
    """The names after ``_first_names_after_titles``, given a PER chunk that
    starts at token ``first`` (as the tagger left it)."""
    from reader.extract.entities import _first_names_after_titles
    from reader.extract.lang import rules_for
    from reader.extract.tagger import tokenize

    tokens = tokenize(text)
    end = next(k for k in range(first, len(tokens)) if tokens[k].text[0].islower())
    chunks = _first_names_after_titles(tokens, [(first, end, "PER", None)], rules_for("id"))
    return [" ".join(t.text for t in tokens[i:j]) for i, j, *_ in chunks]


def test_a_first_name_left_with_the_title_joins_the_name():
    # The tagger took `Warsiyah` for part of the title.
    assert _joined("Menteri Keuangan Warsiyah Dwi Lestari mengatakan hal itu.", 3) == [
        "Warsiyah Dwi Lestari"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Wali Kota Bandung Rahmat Hidayat hadir.",  # a place stays with the title
        "Menteri Urusan BUMN Rahmat Hidayat hadir.",  # an acronym too
        "Menteri Dalam Negeri Rahmat Hidayat hadir.",  # an institution word too
        "Ketua The Fed Rahmat Hidayat hadir.",  # a name after an article
    ],
)
def test_what_belongs_to_the_title_stays_there(text):
    assert _joined(text, 3) == ["Rahmat Hidayat"]


def test_a_short_abbreviation_stays_with_the_title():
    assert _joined("Kombes Pol Rahmat Hidayat hadir.", 2) == ["Rahmat Hidayat"]


def test_outside_indonesian_nothing_joins():
    from reader.extract.entities import _first_names_after_titles
    from reader.extract.lang import rules_for
    from reader.extract.tagger import tokenize

    tokens = tokenize("Trade between Egypt and El Salvador grew.")
    chunk = [(5, 6, "PER", None)]  # `Salvador`, after `and El`
    assert _first_names_after_titles(tokens, chunk, rules_for("en")) == chunk
