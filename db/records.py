"""Plain records that cross the boundary between the store and its callers.

The store does not know how articles are parsed; the import layer turns an
extraction into these records, and reads come back as them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import NamedTuple


# Mentions and quotes are named tuples, not frozen dataclasses: an import's
# workers send every record back to the writer pickled, thirty-odd of these
# an article, and a frozen dataclass pickles and unpickles through Python
# (``__getstate__``/``__setstate__`` walking its fields). That cost 0.2 ms
# of CPU an article, most of it in the writer's process; tuples take 0.1.
class Outcome(Enum):
    """What storing an article did (``db.writer.store_articles``); here,
    not beside the writer, so that opening a store does not import it."""

    ADDED = "added"
    UPDATED = "updated"
    UNCHANGED = "unchanged"  # the same text and given fields, at the same path
    DUPLICATE = "duplicate"  # the same text, stored from elsewhere
    DELETED = "deleted"  # its path or text was deleted (``db.trash``): skipped


class MentionRecord(NamedTuple):
    """A mention; ``joins`` names a known alias key whose entity a new
    variant belongs to (decided by the caller, which knows about names);
    ``short`` is the key of the mention as written when the article used it
    as a short form of a longer name (``Mulyani`` for ``Sri Mulyani``, an
    acronym for its long form): evidence that the press calls the entity so.
    ``parts`` are keys a reader may type alone for a person whose name has
    no spaces to take it apart by (``真央`` for ``浅田真央``)."""

    key: str
    type: str
    name: str
    start: int
    end: int
    role: str | None = None
    joins: str | None = None
    short: str | None = None
    parts: tuple[str, ...] = ()


class QuoteRecord(NamedTuple):
    start: int
    end: int
    speaker: str | None = None
    speaker_key: str | None = None
    cue: str | None = None
    # Its words as ``db.statements.statement_words`` gives them, worked out
    # where the quotation is found, so that the writer stores it keyed for
    # its group at once; None: keyed after it is stored, from the text.
    words: list[str] | None = None
    # The speaker's words hold no name, as the language's rules say
    # (``LanguageRules.not_a_name``: a sentence opener taken for one,
    # `However`): the article's names may still be it, but no entity is
    # made of the words (``db.identity.EntityLinker.speaker``).
    nameless: bool = False


@dataclass(slots=True)
class ArticleRecord:
    """An article ready to be stored and searched (an import's first
    phase); ``text`` is kept exactly. Its names and quotes come later, as an
    ``UnderstoodRecord``."""

    path: str | None
    text: str
    encoding: str
    content_hash: str
    title: str
    lang: str = "und"
    source: str | None = None
    date: str | None = None
    caption: str | None = None
    byline: str | None = None
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    url: str | None = None
    author: str | None = None
    # The fields the file stated (a metadata file, the page, a dataset row),
    # which win over extraction now and at every reindex.
    given: dict[str, str] = field(default_factory=dict)
    # The file as saved, when it is kept beside the text (a web page).
    original: bytes | None = None
    original_kind: str | None = None
    # The costly part of storing it, done where the record was made (an
    # import's worker process): see ``db.writer.prepare``.
    prepared: Prepared | None = None


class Prepared(NamedTuple):
    """An article's text compressed and its paragraphs as stored, and what
    the full-text index's triggers will ask of them (``db.functions``)."""

    text_z: bytes
    paragraphs: str
    ahead: dict[tuple, object]


class StructureRecord(NamedTuple):
    """An article's structure worked out again from its stored text (``reindex``)."""

    title: str
    lang: str
    source: str | None
    date: str | None
    caption: str | None
    byline: str | None
    paragraphs: list[tuple[int, int]]
    tags: list[str]


@dataclass(slots=True)
class UnderstoodRecord:
    """What the second phase found in a stored article: its names and
    quotes, and its structure when that was asked for again."""

    article_id: int
    mentions: list[MentionRecord] = field(default_factory=list)
    quotes: list[QuoteRecord] = field(default_factory=list)
    structure: StructureRecord | None = None
    # The body's near-duplicate sketch (``reader.extract.sketch``, packed):
    # None when the body outside quotations is too short to tell.
    sketch: bytes | None = None
    # Extraction failed on this article: it is stored with no names, so
    # that one bad text never holds up the queue (the caller reports it).
    failed: bool = False

    def __reduce__(self) -> tuple:
        """Pickled with its mentions and quotes as plain tuples: a worker
        sends every record to the one writer, and a named tuple pickles
        and unpickles through a Python call each (its ``__getnewargs__``
        and ``__new__``), thirty-odd an article. Plain tuples halved the
        cost, 0.10 ms an article, mostly the writer's."""
        return _understood, (
            self.article_id,
            [tuple(m) for m in self.mentions],
            [tuple(q) for q in self.quotes],
            self.structure,
            self.sketch,
            self.failed,
        )


_new = tuple.__new__


def _understood(
    article_id: int,
    mentions: list[tuple],
    quotes: list[tuple],
    structure: StructureRecord | None,
    sketch: bytes | None,
    failed: bool,
) -> UnderstoodRecord:
    """An ``UnderstoodRecord`` unpickled (see its ``__reduce__``)."""
    return UnderstoodRecord(
        article_id,
        [_new(MentionRecord, m) for m in mentions],
        [_new(QuoteRecord, q) for q in quotes],
        structure,
        sketch,
        failed,
    )


# What reads give back. Named tuples: they unpack like the plain tuples they
# replace (``for name, count in library.all_tags()``) and name their fields.


class ArticleTag(NamedTuple):
    """A tag on one article; ``origin`` is ``user`` or ``article`` (found
    in the file, replaced when the article is extracted again)."""

    name: str
    origin: str


class TagCount(NamedTuple):
    """A tag and how many articles carry it."""

    name: str
    articles: int


class SavedSearch(NamedTuple):
    name: str
    query: str


class RelatedEntity(NamedTuple):
    """An entity named in the same articles as another, and in how many."""

    id: int
    name: str
    type: str
    shared: int


class QuoteRow(NamedTuple):
    """A quote with its speaker and article, as lists and exports show it;
    ``_asdict()`` is its JSON and CSV row."""

    id: int
    article_id: int
    title: str
    speaker: str | None
    entity_id: int | None  # the speaker's entity
    entity: str | None  # that entity's name
    cue: str | None
    start: int
    end: int
    text: str
    date: str | None
    source: str | None
    path: str | None
    url: str | None  # the article's, where a page, a row or a metadata file gave it


class QuoteGroup(NamedTuple):
    """Quotations that are one statement, summed up (``db.quote_groups``);
    a quotation too short to group, or matched by no other, is a group of
    its own, with no ``id``."""

    id: int | None
    quote: QuoteRow  # the quotation whose text is shown: the fullest wording
    text: str
    speaker: str | None  # the vote's winner, as written
    entity_id: int | None
    entity: str | None
    articles: int  # how many articles carry it
    sources: list[str]
    first_seen: dict  # {date, source, article_id}
    variants: list[str]  # the other wordings, fullest first (as many as asked)
    wordings: int  # how many wordings it has, the shown one included
    disagreement: bool  # its quotations are attributed to more than one speaker
    speakers: list[dict]  # each attribution {speaker, entity_id, entity, quotes}, most first
    # How many speakers beyond those in ``speakers`` (the few quoted most).
    other_speakers: int = 0

    def as_json(self) -> dict:
        """The group as ``reader quotes --grouped --json`` gives it."""
        return {
            "id": self.id,
            # The quotation shown: an id every row has, a statement that only
            # one article carries (no group id) included.
            "quote_id": self.quote.id,
            "text": self.text,
            "speaker": self.speaker,
            "entity_id": self.entity_id,
            "entity": self.entity,
            "articles": self.articles,
            "sources": self.sources,
            "first_seen": self.first_seen,
            "variants": self.variants,
            "wordings": self.wordings,
            "disagreement": self.disagreement,
            "speakers": self.speakers,
            "article_id": self.quote.article_id,
            "title": self.quote.title,
        } | ({"other_speakers": self.other_speakers} if self.other_speakers else {})


class ArticleMention(NamedTuple):
    """Where a story names an entity, for its entities layer and panel."""

    entity_id: int
    name: str  # the entity's name, not the words at start:end
    type: str
    start: int
    end: int
    role: str | None


class ArticleQuote(NamedTuple):
    """A quote in a story, for its quotes layer and panel."""

    id: int
    start: int
    end: int
    speaker: str | None
    entity_id: int | None
    cue: str | None
    # The speaker's entity's name, which curation renames and merges: the
    # name a quotation is shown under (``speaker`` is the article's words).
    entity: str | None = None


class ArticleHighlight(NamedTuple):
    """A user's highlight in a story."""

    id: int
    start: int
    end: int
    text: str
    note: str


class HighlightRow(NamedTuple):
    """A highlight with its article, as the highlights list and exports
    show it; ``_asdict()`` is its JSON and CSV row. ``tags`` are the tags
    the user gave its article (``; `` between them, by name): a reader who
    sorts highlights in a spreadsheet sorts them by their own tags."""

    id: int
    article_id: int
    title: str
    start: int
    end: int
    text: str
    note: str
    created_at: str
    tags: str
