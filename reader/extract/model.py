"""The structured article that extraction produces.

Every offset is a character (code point) offset into the article's decoded,
line-ending-normalised text: the same string that is stored as ``text`` and
shown by the reader, so a span can be highlighted without re-parsing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

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
