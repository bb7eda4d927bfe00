"""Lookups by position that attribution makes around every quotation: the
same answers as a scan of the whole article, found by bisection."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.extract.cjk_names import _Taken
from reader.extract.model import EntityMention, Mentions

_SPANS = st.lists(
    st.tuples(st.integers(0, 300), st.integers(1, 30)).map(lambda p: (p[0], p[0] + p[1])),
    max_size=40,
)
_QUERY = st.tuples(st.integers(0, 330), st.integers(0, 40)).map(lambda p: (p[0], p[0] + p[1]))


@given(_SPANS, _QUERY)
def test_mentions_overlapping_a_span_are_those_a_scan_finds(spans, query):
    mentions = Mentions(
        EntityMention(f"m{n}", "PER", s, e, f"k{n % 3}") for n, (s, e) in enumerate(spans)
    )
    start, end = query
    scanned = [
        m for m in sorted(mentions, key=lambda m: m.start) if m.start < end and start < m.end
    ]
    assert sorted(mentions.overlapping(start, end), key=id) == sorted(scanned, key=id)
    assert [m.start for m in mentions] == sorted(s for s, _ in spans)


def test_full_names_are_the_longest_spelling_of_each_person():
    mentions = Mentions(
        [
            EntityMention("Budi", "PER", 40, 44, "budi santoso"),
            EntityMention("Budi Santoso", "PER", 0, 12, "budi santoso"),
            EntityMention("BPS", "ORG", 20, 23, "bps"),
        ]
    )
    assert mentions.full_names == {"budi santoso": "Budi Santoso"}
    assert mentions.people == {"Budi Santoso": "budi santoso", "Budi": "budi santoso"}


@given(_SPANS, _SPANS, _QUERY)
def test_taken_spans_overlap_as_a_scan_says(first, more, query):
    taken = _Taken(first)
    for s, e in more:
        taken.add(s, e)
    start, end = query
    assert taken.overlaps(start, end) == any(s < end and start < e for s, e in first + more)
