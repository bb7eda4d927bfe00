"""The structured article that extraction produces.

Every offset is a character (code point) offset into the article's decoded,
line-ending-normalised text: the same string that is stored as ``text`` and
shown by the reader, so a span can be highlighted without re-parsing.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class EntityMention:
    """One occurrence of a named entity in the text.

    ``type`` is one of ``PER``, ``ORG``, ``LOC``, ``MISC``. ``role`` holds a
    title or function that preceded the name (``Presiden``, ``CEO``, ``Dr``)
    and is never part of ``text``. ``key`` is the normalised name used to
    group variants of one entity across articles; ``long_form`` links an
    acronym to the long form the article paired it with.
    """

    text: str
    type: str
    start: int
    end: int
    key: str
    role: str | None = None
    long_form: str | None = None


class Mentions(Sequence[EntityMention]):
    """An article's entity mentions in text order, and those around a span
    found by bisection: attribution looks at the mentions near every
    quotation, and scanning the whole list each time made an article of
    thousands of quotations quadratic (50 s for 16,000 of them)."""

    def __init__(self, mentions: Iterable[EntityMention]) -> None:
        self._items = sorted(mentions, key=lambda m: m.start)
        self._starts = [m.start for m in self._items]
        self._longest = max((m.end - m.start for m in self._items), default=0)

    def __getitem__(self, index):
        return self._items[index]

    def __iter__(self) -> Iterator[EntityMention]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def overlapping(self, start: int, end: int) -> list[EntityMention]:
        """The mentions that overlap ``[start, end)``, in text order."""
        lo = bisect_left(self._starts, start - self._longest)
        hi = bisect_left(self._starts, end)
        return [m for m in self._items[lo:hi] if m.end > start]

    @cached_property
    def people(self) -> dict[str, str]:
        """Each spelling of a person in the article -> its key."""
        return {m.text: m.key for m in self._items if m.type == "PER"}

    @cached_property
    def full_names(self) -> dict[str, str]:
        """A person's key -> its longest spelling in the article (the full name)."""
        out: dict[str, str] = {}
        for m in self._items:
            if m.type == "PER" and len(m.text) > len(out.get(m.key, "")):
                out[m.key] = m.text
        return out


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation: ``text`` is the content inside the quote marks.

    ``start``/``end`` cover the content (without the marks). ``speaker`` is
    the name of the person or body it is attributed to (resolved from a
    pronoun or ``-nya`` form when needed) and ``speaker_key`` the entity key
    it links to; ``cue`` is the attribution verb or phrase.
    """

    text: str
    start: int
    end: int
    speaker: str | None = None
    speaker_key: str | None = None
    cue: str | None = None


@dataclass(slots=True)
class Extraction:
    """Everything the pipeline found in one article."""

    title: str
    lang: str = "und"
    source: str | None = None
    date: str | None = None
    caption: str | None = None
    byline: str | None = None
    paragraphs: list[Span] = field(default_factory=list)
    boilerplate: list[Span] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    entities: list[EntityMention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    def body(self, text: str) -> str:
        """The article body: its paragraphs joined by blank lines."""
        return "\n\n".join(text[s:e] for s, e in self.paragraphs)
