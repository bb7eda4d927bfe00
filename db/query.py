"""The search language: forgiving parsing of what a person types.

Words, "quoted phrases", ``prefix*``, ``OR`` between terms, ``-word`` to
exclude, and ``field:value`` filters. Nothing is a syntax error: anything
the grammar does not recognise is read as literal words, and every term is
handed to FTS5 as a quoted string so that no character can reach its own
query syntax.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from db import cjk

MAX_QUERY_CHARS = 1000
MAX_TERMS = 32

# A token char as FTS5's unicode61 tokenizer sees it: letters, numbers, and
# marks (which ride on the letter before them).
TOKEN = re.compile(r"[^\W_]+(?:[\u0300-\u036f][^\W_]*)*")
_PIECE = re.compile(r'(-?)(?:(\w+):)?(?:"([^"]*)"?|(\S+))')
FILTER_FIELDS = {"lang", "tag", "entity", "speaker", "source", "date", "is", "quote"}
IS_VALUES = {"read", "unread", "starred"}
_DATE = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
# An ISO time of day after a full date (2025-06-01T10:00) is read and left
# out: an article's date is a day, so the day is what the person means.
_TIME = r"(?:T\d{2}(?::\d{2}(?::\d{2})?)?)?"
_DATE_RANGE = re.compile(rf"^(?:(?P<start>{_DATE}){_TIME})?(?:\.\.(?:(?P<end>{_DATE}){_TIME})?)?$")


@dataclass(frozen=True, slots=True)
class Filter:
    """``field:value`` narrowing the results; ``negated`` for ``-field:value``."""

    field: str
    value: str
    negated: bool = False

    def date_range(self) -> tuple[str | None, str | None]:
        """(first, last) date prefixes of a ``date:`` filter, either may be open."""
        match = _DATE_RANGE.match(self.value)
        if not match:
            return None, None
        start, end = match.group("start"), match.group("end")
        if ".." not in self.value:
            end = start
        return start, end


def _valid_filter(name: str, value: str) -> bool:
    if not value:
        return False
    if name == "is":
        return value.lower() in IS_VALUES
    if name == "date":
        return date_problem(value) is None
    if name == "quote":
        return bool(words_of(value))
    return True


DATE_SHAPES = "a date is 2025, 2025-06 or 2025-06-01, a range 2025-06..2025-07"


def date_problem(value: str) -> str | None:
    """What is wrong with a ``date:`` value, None when nothing is: one that
    is no date of the calendar (``2025-13-01``, ``2025-02-30``) or a range
    that ends before it starts would match no article, and a person reading
    "no articles match" takes it for the collection's answer, not a typo's."""
    match = _DATE_RANGE.match(value)
    if not match or value == "..":
        return DATE_SHAPES
    start, end = match.group("start"), match.group("end")
    for part in (start, end):
        if part and not _on_calendar(part):
            return "no such date" if part == value else f"{part}: no such date"
    # The end counts at its own precision (2025 is all of 2025), so only
    # the start's part as long as the end is compared: 2025-07..2025 is
    # July to December, 2025-06-15..2025-06 the rest of June.
    if start and end and start[: len(end)] > end:
        return "the range ends before it starts"
    return None


def _on_calendar(prefix: str) -> bool:
    """Whether a year, year-month or full date prefix is a real one."""
    year, month, day = [*prefix.split("-"), "01", "01"][:3]
    try:
        date(int(year), int(month), int(day))
    except ValueError:
        return False
    return True


def filter_problem(name: str, value: str) -> str | None:
    """Why ``name:value`` can match nothing, for the fields whose values are
    a closed set (``date:``, ``is:``), None when it can: said to the user
    instead of a quiet empty list. Other fields take any value (a source
    or tag nobody has is an answer)."""
    if name == "date" and value:
        problem = date_problem(value)
        return f"date:{value}: {problem}" if problem else None
    if name == "is" and value and value.lower() not in IS_VALUES:
        return f"is:{value}: is: takes read, unread or starred"
    return None


@dataclass(frozen=True, slots=True)
class Term:
    """One thing to look for: its words, in order."""

    words: tuple[str, ...]
    prefix: bool = False
    column: str | None = None

    def fts(self, cjk_columns: str = "{cjk_title cjk_text}") -> str:
        """This term as an FTS5 expression, quoted so nothing is syntax.

        Runs of unspaced scripts are looked up in the bigram columns (see
        ``db.cjk``), ``cjk_columns`` of the index searched; the rest of the
        term in the word columns.
        """
        if not any(cjk.has_cjk(word) for word in self.words):
            return self._phrase(self.words, self.prefix, self.column)
        # Split the words at each unspaced-script run: the words between
        # runs stay a phrase, each run becomes the phrase of its bigrams.
        if self.column == "title":
            cjk_columns = "cjk_title"
        segments: list[tuple[tuple[str, ...], str | None, bool]] = []
        latin: list[str] = []
        for word in self.words:
            if not cjk.has_cjk(word):
                latin.append(word)
                continue
            # The index holds a mixed word like `Android向け` as one token, so
            # only its runs can be looked up; its Latin part is left out.
            if latin:
                segments.append((tuple(latin), self.column, False))
                latin = []
            for run in cjk.runs(word):
                segments.append((tuple(cjk.pairs(run)), cjk_columns, len(run) == 1))
        if latin:
            segments.append((tuple(latin), self.column, False))
        words, column, prefix = segments[-1]
        segments[-1] = (words, column, prefix or self.prefix)
        parts = [self._phrase(w, p, c) for w, c, p in segments]
        return parts[0] if len(parts) == 1 else "(" + " AND ".join(parts) + ")"

    @staticmethod
    def _phrase(words: tuple[str, ...], prefix: bool, column: str | None) -> str:
        phrase = '"' + " ".join(words).replace('"', '""') + '"'
        if prefix:
            phrase += "*"
        return f"{column} : {phrase}" if column else phrase


@dataclass(slots=True)
class Query:
    """A parsed query: every group must match (a group is terms joined by OR),
    no excluded term may match, and every filter holds."""

    groups: list[list[Term]] = field(default_factory=list)
    excluded: list[Term] = field(default_factory=list)
    filters: list[Filter] = field(default_factory=list)
    # What is wrong with a filter that can match nothing (``filter_problem``):
    # it is read as words, as before, and the CLI and TUI say why.
    problems: list[str] = field(default_factory=list)

    def values(self, name: str, *, negated: bool = False) -> list[str]:
        """The values of the ``name`` filters (the negated ones if asked)."""
        return [f.value for f in self.filters if f.field == name and f.negated == negated]

    def phrase(self) -> Term | None:
        """All the query's words as one phrase, when it is two or more plain words."""
        if len(self.groups) < 2 or any(len(g) > 1 for g in self.groups):
            return None
        terms = [g[0] for g in self.groups]
        if any(t.prefix or t.column or len(t.words) > 1 for t in terms):
            return None
        return Term(tuple(t.words[0] for t in terms))

    @property
    def terms(self) -> list[Term]:
        """The terms whose hits are highlighted."""
        return [term for group in self.groups for term in group]

    def fts(self) -> str | None:
        """The FTS5 MATCH expression, or None when only filters (or nothing) apply."""
        if not self.groups:
            return None
        parts = []
        for group in self.groups:
            alternatives = " OR ".join(term.fts() for term in group)
            parts.append(f"({alternatives})" if len(group) > 1 else alternatives)
        expression = " AND ".join(parts)
        for term in self.excluded:
            expression = f"({expression}) NOT {term.fts()}"
        return expression

    def describe(self) -> str:
        """How the query was understood, in words a person can check."""
        pieces = []
        for group in self.groups:
            pieces.append(" or ".join(_describe_term(t) for t in group))
        pieces += [f"not {_describe_term(t)}" for t in self.excluded]
        # Filters on one field are alternatives (``search._where``).
        fields = dict.fromkeys(f.field for f in self.filters if not f.negated)
        pieces += [
            " or ".join(
                f"{f.field}:{f.value}" for f in self.filters if f.field == name and not f.negated
            )
            for name in fields
        ]
        pieces += [f"not {f.field}:{f.value}" for f in self.filters if f.negated]
        return "; ".join(pieces) or "everything"


def _describe_term(term: Term) -> str:
    text = '"' + " ".join(term.words) + '"' + ("*" if term.prefix else "")
    return f"{term.column}:{text}" if term.column else text


def normalise(text: str) -> str:
    """NFC, the form both stored text and queries are compared in."""
    return unicodedata.normalize("NFC", text)


def words_of(text: str) -> tuple[str, ...]:
    return tuple(match.group() for match in TOKEN.finditer(text))


def parse(text: str) -> Query:
    """Read ``text`` as a query; never raises."""
    text = normalise(text[:MAX_QUERY_CHARS])
    query = Query()
    join_next = after_filter = False
    pieces = list(_PIECE.finditer(text))
    for at, match in enumerate(pieces):
        if len(query.groups) + len(query.excluded) >= MAX_TERMS:
            break
        negated, column, quoted, bare = match.groups()
        if bare == "OR" and not negated and not column and after_filter:
            # Never a word after a filter: `source:a OR source:b` are
            # alternatives already (filters on one field are), and
            # `banjir source:a OR gempa` joins the words around it.
            join_next = bool(query.groups) and not (
                at + 1 < len(pieces) and _filter_of(pieces[at + 1])
            )
            continue
        after_filter = False
        if bare == "OR" and not negated and not column and query.groups:
            join_next = True
            continue
        if column:
            found = _filter_of(match)
            if found:
                query.filters.append(found)
                after_filter = True
                continue
            column = column.lower()
            problem = filter_problem(column, (quoted if quoted is not None else bare).strip())
            if problem:
                query.problems.append(problem)
            if column != "title":
                # Not a field we know: the whole piece is literal words.
                quoted, bare, column = None, match.group().lstrip("-"), None
        prefix = False
        if quoted is None:
            prefix = bare.endswith("*") and bool(TOKEN.search(bare))
        words = words_of(quoted if quoted is not None else bare)
        if not words:
            join_next = False
            continue
        term = Term(words, prefix=prefix, column=column)
        if negated:
            query.excluded.append(term)
        elif join_next:
            query.groups[-1].append(term)
        else:
            query.groups.append([term])
        join_next = False
    return query


def _filter_of(piece: re.Match) -> Filter | None:
    """The filter a piece of the query is (``source:kompas``), None when it
    is words or a field this language does not know."""
    negated, column, quoted, bare = piece.groups()
    if not column:
        return None
    column = column.lower()
    value = (quoted if quoted is not None else bare).strip()
    if column not in FILTER_FIELDS or not _valid_filter(column, value):
        return None
    if column in ("lang", "is"):
        value = value.lower()
    return Filter(column, value, bool(negated))


@dataclass(frozen=True, slots=True)
class QuoteMatch:
    """What to look for in the quotation index (``quotes_fts``) for the
    words of a ``quote:`` filter or a quotation search: all of them in one
    quotation, and, for several whole words, the exact phrase, which ranks
    first (a phrase ending in a prefix merges every word the prefix begins
    with their positions: half a second at 100,000 quotes). Punctuation
    and quote marks are no words, so they are ignored."""

    every: str
    phrase: str | None
    terms: tuple[Term, ...]


_QUOTE_CJK = "cjk_text"


def quote_match(text: str) -> QuoteMatch | None:
    """``text`` as a ``QuoteMatch``; a last word ending in ``*`` is a
    prefix (``harg*``), as in the search language. None when ``text``
    holds no word."""
    text = normalise(text[:MAX_QUERY_CHARS])
    words = words_of(text)[:MAX_TERMS]
    if not words:
        return None
    prefix = text.rstrip().endswith("*")
    terms = tuple(
        Term((word,), prefix=prefix and at == len(words) - 1) for at, word in enumerate(words)
    )
    every = " AND ".join(term.fts(_QUOTE_CJK) for term in terms)
    phrase = Term(words).fts(_QUOTE_CJK) if len(words) > 1 and not prefix else None
    return QuoteMatch(every, phrase, terms)
