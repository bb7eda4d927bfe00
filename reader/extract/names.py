"""Normalised keys for entity names, and the grouping of their variants.

``Lee Soo Man``, ``Lee Soo-man`` and ``LEE SOO MAN`` share one key; this is
the first, cheap step of grouping variants across the collection. The second
step, ``AliasIndex``, decides which known entity a new key joins: the same
letters with the spaces taken out (``Lee Sooman``), or, for longer names, a
near-identical spelling by rapidfuzz. Within one article the extractor has
already given a surname alone or an acronym the key of the full name it
stands for, so the index only has to bridge spellings between articles.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

from rapidfuzz import fuzz, process

_SEPARATORS = re.compile(r"[\s\-‐‑‒–—_.·・]+")
_DIGITS = re.compile(r"\d+")

FUZZY_CUTOFF = 93.0
FUZZY_MIN_LENGTH = 8


def entity_key(name: str) -> str:
    """Case-, accent- and hyphen-insensitive key of an entity name."""
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SEPARATORS.sub(" ", stripped).strip().casefold()


def compact_key(key: str) -> str:
    """A key without its spaces: ``lee soo man`` and ``lee sooman`` meet."""
    return key.replace(" ", "")


class AliasIndex:
    """The keys known so far, each pointing at the key of its entity.

    The storage layer keeps one index per collection (filled from the stored
    aliases) and asks ``resolve`` for each new mention's key: an exact or
    compact match costs a dict lookup, and the fuzzy match only compares
    against known keys of the same type that start with the same letters,
    so resolving a whole article stays well under a millisecond.
    """

    def __init__(self) -> None:
        self._compact: dict[tuple[str, str], str] = {}
        self._blocks: dict[tuple[str, str], list[str]] = {}
        # Person names of two or more words, by first word: for a name that
        # is a shorter or longer form of one known person.
        self._people: dict[str, dict[str, str]] = {}

    def add(self, key: str, type: str, entity: str | None = None) -> str:
        """Record ``key`` as an alias of ``entity`` (itself by default)."""
        entity = entity or key
        compact = compact_key(key)
        if (compact, type) not in self._compact:
            self._compact[(compact, type)] = entity
            self._blocks.setdefault((type, compact[:3]), []).append(compact)
        words = key.split()
        if type == "PER" and len(words) >= 2:
            self._people.setdefault(words[0], {}).setdefault(key, entity)
        return entity

    def resolve(self, key: str, type: str) -> str | None:
        """The entity key that ``key`` is a variant of, or ``None`` if new.

        Fuzzy matches need names of some length and the same numbers, so
        that ``BPS``/``BPK`` and ``SMAN 6``/``SMAN 8`` stay apart.
        """
        compact = compact_key(key)
        hit = self._compact.get((compact, type))
        if hit is None and type == "PER":
            hit = self._same_person(key)
        if hit is not None or len(compact) < FUZZY_MIN_LENGTH:
            return hit
        block = self._blocks.get((type, compact[:3]), [])
        digits = _DIGITS.findall(compact)
        best = process.extractOne(
            compact,
            [c for c in block if _DIGITS.findall(c) == digits],
            scorer=fuzz.ratio,
            score_cutoff=FUZZY_CUTOFF,
        )
        return None if best is None else self._compact[(best[0], type)]

    def _same_person(self, key: str) -> str | None:
        """The one known person whose name this is a shorter or longer form of.

        ``Sri Mulyani`` and ``Sri Mulyani Indrawati`` are one person; two
        words at least on both sides, and only when a single person fits, so
        ``Muhammad Ali`` does not pick one of several ``Muhammad Ali ...``.
        """
        words = key.split()
        if len(words) < 2:
            return None
        known = self._people.get(words[0], {})
        fits = {
            entity
            for other, entity in known.items()
            if other != key and (other.startswith(key + " ") or key.startswith(other + " "))
        }
        return fits.pop() if len(fits) == 1 else None


def group_variants(names: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """Group (name, type) pairs into entities: each pair's entity key.

    The most frequent spelling of a group names it, so the order the names
    come in does not matter.
    """
    counts = Counter((entity_key(name), type) for name, type in names)
    index = AliasIndex()
    out: dict[tuple[str, str], str] = {}
    for (key, type), _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        out[(key, type)] = index.resolve(key, type) or index.add(key, type)
    return out
