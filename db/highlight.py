"""Hit spans computed against the original text, and snippets around them.

FTS5 finds which articles match; where the words are in the text is found
here, with patterns that fold case and diacritics the way the index does but
report offsets into the stored text itself. Snippets are returned as plain
text plus spans, so no marker can ever collide with what an article contains.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

from db.cjk import has_cjk
from db.query import Term

SNIPPET_CHARS = 180
_BEFORE = 50
_COMBINING = "[\u0300-\u036f]*"
_EDGE_BEFORE = r"(?<![^\W_])"
_EDGE_AFTER = r"(?![^\W_])"


def fold(text: str) -> str:
    """Lower case without diacritics: how the index compares words."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=1)
def _variants() -> dict[str, str]:
    """Each base letter and the accented letters that fold to it."""
    table: dict[str, set[str]] = {}
    for code in (*range(0xC0, 0x250), *range(0x370, 0x530), *range(0x1E00, 0x1F00)):
        char = chr(code)
        base = fold(char)
        if len(base) == 1 and base != char.casefold():
            table.setdefault(base, set()).add(char)
    return {base: "".join(sorted(chars)) for base, chars in table.items()}


def _char_pattern(char: str) -> str:
    variants = _variants().get(char, "")
    if variants:
        return "[" + re.escape(char + variants) + "]" + _COMBINING
    return re.escape(char) + _COMBINING


def _word_pattern(word: str) -> list[str]:
    # Unspaced scripts are matched as written: NFKD would take Hangul
    # syllables apart into jamo that the stored text does not contain.
    return [
        re.escape(c) if has_cjk(c) else "".join(_char_pattern(f) for f in fold(c)) for c in word
    ]


def term_pattern(term: Term) -> str:
    """A regex for ``term`` in original text, insensitive to case and accents."""
    words = ["".join(_word_pattern(word)) for word in term.words]
    body = r"[\W_]+".join(words)
    # Unspaced scripts have no word edges: a CJK term matches inside a run.
    head = "" if has_cjk(term.words[0][0]) else _EDGE_BEFORE
    tail = "" if has_cjk(term.words[-1][-1]) else _EDGE_AFTER
    return head + body + (r"[^\W_]*" if term.prefix else tail)


@lru_cache(maxsize=64)
def _compiled(terms: tuple[Term, ...]) -> re.Pattern[str] | None:
    if not terms:
        return None
    return re.compile("|".join(f"(?:{term_pattern(t)})" for t in terms), re.IGNORECASE)


def iter_hits(text: str, terms: Sequence[Term], pos: int = 0) -> Iterator[tuple[int, int]]:
    """Non-overlapping (start, end) of the hits of any term in ``text`` from
    ``pos`` on, in order, found only as far as they are read."""
    pattern = _compiled(tuple(terms))
    if pattern is None:
        return
    for match in pattern.finditer(text, pos):
        if match.end() > match.start():
            yield match.span()


def find_hits(text: str, terms: Sequence[Term]) -> list[tuple[int, int]]:
    """Non-overlapping (start, end) of every hit of any term in ``text``."""
    return list(iter_hits(text, terms))


@dataclass(frozen=True, slots=True)
class Snippet:
    """A short excerpt on one line, with the hits inside it."""

    text: str
    hits: tuple[tuple[int, int], ...]

    def marked(self, open_mark: str, close_mark: str) -> str:
        """The snippet with each hit wrapped in the given marks."""
        out, pos = [], 0
        for start, end in self.hits:
            out += [self.text[pos:start], open_mark, self.text[start:end], close_mark]
            pos = end
        out.append(self.text[pos:])
        return "".join(out)


def snippet(text: str, hits: Iterable[tuple[int, int]], body_start: int = 0) -> Snippet:
    """An excerpt around the first hit at or after ``body_start``.

    Without a hit in the body the excerpt is the body's beginning. Newlines
    become spaces one for one, so the hit offsets stay true. ``hits`` must
    be in order, and is read no further than the excerpt's end: search
    passes ``iter_hits``, so the rest of a long article is never scanned.
    """
    hits = iter(hits)
    first = next((h for h in hits if h[0] >= body_start), None)
    anchor = first[0] if first else body_start
    start = max(body_start, anchor - _BEFORE)
    if start > body_start:
        space = text.find(" ", start, anchor)
        start = space + 1 if space != -1 else start
    end = min(len(text), start + SNIPPET_CHARS)
    if end < len(text):
        space = text.rfind(" ", max(anchor + 1, start + SNIPPET_CHARS // 2), end)
        end = space if space != -1 else end
    excerpt = text[start:end].replace("\n", " ").replace("\t", " ")
    lead = "…" if start > body_start else ""
    trail = "…" if end < len(text) else ""
    shift = len(lead) - start
    inside = []
    for s, e in chain([first] if first else [], hits):
        if s >= end:
            break
        if e > start:
            inside.append((max(s, start) + shift, min(e, end) + shift))
    return Snippet(lead + excerpt + trail, tuple(inside))
