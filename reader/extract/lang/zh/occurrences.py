"""Where the body writes a word: the rules that judge a name by how the
article uses it (a place only ever opening a longer name, a word only ever
used as a predicate) look at every place it stands, not only where a stage
found it."""

from __future__ import annotations

from collections.abc import Sequence

from reader.extract.model import Span


def occurrences(text: str, word: str, paragraphs: Sequence[Span]) -> list[int]:
    """The start of every occurrence of ``word`` in ``paragraphs`` of
    ``text``, none overlapping the one before."""
    spots = []
    for start, end in paragraphs:
        i = text.find(word, start, end)
        while i >= 0:
            spots.append(i)
            i = text.find(word, i + len(word), end)
    return spots
