"""Normalised keys for entity names, and the grouping of their variants.

``Lee Soo Man``, ``Lee Soo-man`` and ``LEE SOO MAN`` share one key; this is
the first, cheap step of grouping variants across the collection. The second
step, ``AliasIndex``, decides which known entity a new key joins: the same
letters with the spaces taken out (``Lee Sooman``), or, for longer names, a
near-identical spelling by rapidfuzz, or the same Korean name in the other
script (``Park Ji-hoon``, ``박지훈``). Within one article the extractor has
already given a surname alone or an acronym the key of the full name it
stands for, so the index only has to bridge spellings between articles.
"""

from __future__ import annotations

import math
import re
import sqlite3
import unicodedata
import weakref
from collections import Counter
from collections.abc import Callable, Iterable
from functools import cache, lru_cache
from typing import Protocol

from rapidfuzz import fuzz, process

from reader.extract import romanized
from reader.extract.lexicon import word_list

_SEPARATORS = re.compile(r"[\s\-‐‑‒–—_.·・]+")
_DIGITS = re.compile(r"\d+")
_WORDS = re.compile(r"[^\W_]+")

FUZZY_CUTOFF = 93.0
FUZZY_MIN_LENGTH = 8
# Added keys whose entity AliasIndex remembers in memory (about 200 bytes each).
_ADDED_CACHE = 16384


# Keys kept of the names last asked about: an article repeats its names,
# and each stage that makes a mention asks again (130,000 calls in 2,000
# articles, most of them a name asked before); bounded across a worker's life.
_KEYS_KEPT = 8192


@lru_cache(maxsize=_KEYS_KEPT)
def entity_key(name: str) -> str:
    """Case-, accent- and hyphen-insensitive key of an entity name."""
    decomposed = unicodedata.normalize("NFKD", name)
    # ASCII holds no combining marks: most names skip the walk over their letters.
    if not decomposed.isascii():
        decomposed = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SEPARATORS.sub(" ", decomposed).strip().casefold()


def short_form(mention) -> str | None:
    """The key of ``mention`` as written when its article used it as a short
    form of the longer name whose key it carries: some of its words
    (``Mulyani`` for ``Sri Mulyani``), the start of a name written without
    spaces (``山田`` for ``山田太郎``), or an acronym paired with its long
    form (``BPS``), or a clip of it (``Man Utd``: ``clips``); None for a
    name written in full."""
    written = entity_key(mention.text)
    if written == mention.key or not written:
        return None
    if mention.long_form or set(written.split()) < set(mention.key.split()):
        return written
    if " " not in mention.key and mention.key.startswith(written):
        return written
    if clips(written.split(), mention.key.split()):
        return written
    return None


_VOWELS = frozenset("aeiouy")


def clips(short: list[str], full: list[str]) -> bool:
    """Whether the words of ``short`` (lowercase) clip those of ``full``, a
    name of several words, as the press shortens a name it has written out:
    word by word, each the word itself, its start and then consonants of it
    in order (``Utd`` for ``United``, ``Natl``, ``Govt``) or, but for the
    last word, its start, at most half of it (``Man`` for ``Manchester``),
    at least one of them shorter. A longer start is left alone, and so are
    a start of the last word (``West Ham`` is no ``West Hampshire``) and a
    single word: a subsidiary is often named by its parent's name and a few
    letters more (``Telkom`` and ``Telkomsel``). Every word of a clip keeps
    its first letter (``initials``)."""
    if len(short) < 2 or len(short) != len(full) or short == full:
        return False
    last = len(short) - 1
    return all(
        w == v or (n < last and _started(w, v)) or _consonants(w, v)
        for n, (w, v) in enumerate(zip(short, full, strict=True))
    )


def initials(words: list[str]) -> str:
    """The first letters of a name's words, which a clip of it keeps."""
    return "".join(w[:1] for w in words)


def _started(word: str, of: str) -> bool:
    return len(word) >= 3 and 2 * len(word) <= len(of) and of.startswith(word)


def _consonants(word: str, of: str) -> bool:
    """``Utd`` of ``United``, ``Natl`` of ``National``: the word's start,
    then only consonants, found in order in the rest of it."""
    if len(word) < 3 or of.startswith(word) or not word.isalpha():
        return False
    for cut in range(1, len(word)):
        if not of.startswith(word[:cut]):
            return False
        rest = word[cut:]
        if not _VOWELS.intersection(rest):
            letters = iter(of[cut:])
            return all(c in letters for c in rest)
    return False


def without_legal_form(key: str, prefixes: frozenset[str], suffixes: frozenset[str]) -> str | None:
    """An organisation's ``key`` without the legal forms its language writes
    before and after a company's name (``pt bank mandiri (persero) tbk`` ->
    ``bank mandiri``), None when it has none: the press names a company
    with or without them. A bare name of one short word (``PT PPI``,
    ``PT MA``) is None: such initials are many bodies' acronyms."""
    words = key.split()
    while len(words) > 1 and words[0].strip("().,") in prefixes:
        words.pop(0)
    while len(words) > 1 and words[-1].strip("().,") in suffixes:
        words.pop()
    bare = " ".join(words)
    if bare == key or (len(words) == 1 and len(bare) < 5):
        return None
    return bare


def without_administrative_suffix(key: str, suffixes: frozenset[str]) -> str | None:
    """A place's ``key`` written without spaces, as Chinese, Japanese and
    Korean write places, without its administrative suffix (``北京市`` ->
    ``北京``, ``福岡県`` -> ``福岡``), or with the shorter suffix the press
    writes for it (``서울특별시`` -> ``서울시``: a line ``특별시 시`` of the
    language's ``admin_suffixes``); None when it has none. The press names
    a place with or without the suffix, and the collection decides with
    the short form (``db.identity``) whether the bare name alone is that
    place: ``福岡`` beside both ``福岡県`` and ``福岡市`` (a prefecture and a
    city) is neither. The longest suffix is taken, and a name of one
    character left (``市`` alone, ``北区``'s ``北``) is no place's name."""
    if " " in key or not key or key.isascii():
        return None
    for suffix, kept in _suffix_keys(suffixes):
        rest = key[: -len(suffix)]
        if key.endswith(suffix) and len(unicodedata.normalize("NFC", rest)) >= 2:
            return rest + kept
    return None


@lru_cache(maxsize=16)
def _suffix_keys(suffixes: frozenset[str]) -> tuple[tuple[str, str], ...]:
    """Each line's suffix and the shorter one kept, as keys are written
    (Hangul in its letters), the longest suffix first."""
    pairs = [
        (entity_key(suffix), entity_key(kept) if kept else "")
        for suffix, _, kept in (line.partition(" ") for line in suffixes)
    ]
    return tuple(sorted(pairs, key=lambda pair: (-len(pair[0]), pair)))


def known_forms(lines: frozenset[str], key_of: Callable[[str], str]) -> dict[str, tuple[str, str]]:
    """The forms a language's press writes a place by that no rule derives
    (``US``, ``U.S.``, ``USA`` for the United States), from lines
    ``Name|form|form``: each form's key -> (the name's key, the name)."""
    forms = {}
    for line in lines:
        name, *others = line.split("|")
        for other in others:
            forms[key_of(other)] = (key_of(name), name)
    return forms


# A name written without spaces in Chinese characters or Hangul, as Chinese,
# Japanese and Korean write people's names.
_UNSPACED_NAME = re.compile(r"[\u4e00-\u9fff\uac00-\ud7a3]{2,4}")


def unspaced_parts(key: str) -> tuple[str, ...]:
    """The keys a reader may type alone for a person whose name is written
    without spaces (``浅田真央``, ``김정훈``): a family name of one or two
    characters first (``浅田``, ``孫``, ``김``) and a given name of the last
    two (``真央``, ``정훈``), as the press calls such a person by either.
    Where the name splits is not known here, so every likely split is
    kept; the others are strings nobody types. () for other names, whose
    words the store takes apart itself."""
    name = unicodedata.normalize("NFC", key)
    if not _UNSPACED_NAME.fullmatch(name):
        return ()
    parts = {name[:1]}
    if len(name) >= 3:
        parts |= {name[:2], name[-2:]}
    return tuple(sorted(entity_key(part) for part in parts))


def compact_key(key: str) -> str:
    """A key without its spaces: ``lee soo man`` and ``lee sooman`` meet."""
    return key.replace(" ", "")


class AliasIndex:
    """The keys known so far, each pointing at the key of its entity.

    An import asks ``resolve`` for each new mention's key, against a
    library's stored aliases (``library``, looked up by key in the library's
    own indexes: ``reader.understanding.known_names``) and the keys added
    here since (a group's new names, not stored yet): an exact or compact
    match costs one indexed lookup, and the fuzzy match only compares
    against known keys of the same type that start with the same letters
    and hold the same numbers, so resolving a whole article stays around a
    millisecond.

    Added keys live in a private SQLite database on disk, which SQLite
    deletes when it is closed: held in dicts, the keys of a large grouping
    (``group_variants``) would cost hundreds of megabytes, while this costs
    SQLite's page cache, however many keys there are.
    """

    _SCHEMA = """
        PRAGMA journal_mode = OFF;
        PRAGMA synchronous = OFF;
        -- Each compact key with the entity of the first key that had it; the
        -- rowid keeps the order keys came in, which decides fuzzy ties.
        CREATE TABLE known (
            compact TEXT NOT NULL,
            type    TEXT NOT NULL,
            entity  TEXT NOT NULL,
            key     TEXT NOT NULL,  -- the key as added, for the fuzzy checks
            prefix  TEXT NOT NULL,  -- the first three letters of compact
            digits  TEXT NOT NULL,  -- its numbers, space-separated
            size    INTEGER NOT NULL,  -- len(compact)
            UNIQUE (compact, type)
        );
        -- The fuzzy block's columns are in the index: a block is a few
        -- hundred keys at 100,000 articles, and reading each from the table
        -- was a page the small cache rarely held (0.5 ms an unknown name).
        CREATE INDEX known_block ON known (type, prefix, digits, size, compact, entity, key);
        -- Person names of two or more words, by first word: for a name that
        -- is a shorter or longer form of one known person.
        CREATE TABLE people (
            first  TEXT NOT NULL,
            key    TEXT NOT NULL,
            entity TEXT NOT NULL,
            PRIMARY KEY (first, key)
        ) WITHOUT ROWID;
        -- Person names that may be Korean, by romanized.blocks: a Hangul
        -- name and its Latin spellings share a block.
        CREATE TABLE korean (
            block  TEXT NOT NULL,
            hangul INTEGER NOT NULL,  -- 1 for a name in Hangul
            key    TEXT NOT NULL,
            entity TEXT NOT NULL,
            PRIMARY KEY (block, key)
        ) WITHOUT ROWID;
    """

    def __init__(self, library: LibraryKeys | None = None) -> None:
        # Keys stored in a library, looked up by key: asked before the keys
        # added here, which came after them. A library's millions of aliases
        # are never copied in (reading them all cost 3.8-5.8 s of CPU at a
        # million articles); added keys are only those not stored yet.
        self.library = library
        # "" is SQLite's name for a private, temporary database on disk.
        # Used by one thread at a time, but closed by whichever thread drops
        # the index last (a TUI import runs in a worker thread).
        self._db = sqlite3.connect("", isolation_level=None, check_same_thread=False)
        self._db.executescript(self._SCHEMA)
        # One transaction for the index's life: nothing needs to be durable,
        # and committing after each key would write pages out each time.
        self._db.execute("BEGIN")
        weakref.finalize(self, self._db.close)
        # Keys added, each with the entity its compact key points at: that
        # never changes, and most mentions are of names seen many times.
        self._added: dict[tuple[str, str], str] = {}

    def add(self, key: str, type: str, entity: str | None = None) -> str:
        """Record ``key`` as an alias of ``entity`` (itself by default)."""
        entity = entity or key
        if (key, type) in self._added:
            return entity  # adding a key again changes nothing: the first entity stays
        compact = compact_key(key)
        inserted = self._db.execute(
            "INSERT OR IGNORE INTO known VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                compact,
                type,
                entity,
                key,
                compact[:3],
                " ".join(_DIGITS.findall(compact)),
                len(compact),
            ),
        ).rowcount
        words = key.split()
        if type == "PER" and len(words) >= 2:
            self._db.execute(
                "INSERT OR IGNORE INTO people VALUES (?, ?, ?)", (words[0], key, entity)
            )
        if type == "PER":
            hangul = romanized.is_hangul(key)
            self._db.executemany(
                "INSERT OR IGNORE INTO korean VALUES (?, ?, ?, ?)",
                [(block, hangul, key, entity) for block in romanized.blocks(key)],
            )
        if len(self._added) >= _ADDED_CACHE:
            self._added.clear()
        self._added[(key, type)] = entity if inserted else self._known(compact, type)
        return entity

    def resolve(self, key: str, type: str) -> str | None:
        """The entity key that ``key`` is a variant of, or ``None`` if new.

        The same spelling is one entity whatever type the tagger gave it in
        each article (``Purbaya`` tagged LOC in one story, PER in another).
        Fuzzy matches need names of some length and the same numbers, so
        that ``BPS``/``BPK`` and ``SMAN 6``/``SMAN 8`` stay apart, and must
        agree beyond a shared head word and on each word's first letter, so
        that ``Kabupaten Badung``/``Kabupaten Bandung`` and ``Prasetyo
        Adi``/``Prasetyo Hadi`` stay apart too.
        """
        compact = compact_key(key)
        spelt = self.library.spelt(compact) if self.library else []
        hit = next((k for k, t, _ in spelt if t == type), None)
        if hit is None:
            hit = self._added.get((key, type)) or self._known(compact, type)
        if hit is None and type == "PER":
            hit = self._same_person(key) or self._other_script(key)
        if hit is None:
            hit = next((k for k, t, _ in spelt if t != type), None)
        if hit is None:
            hit = self._known_as_other_type(compact, type)
        distinct = _distinctive(key)
        if hit is not None or len(distinct) < FUZZY_MIN_LENGTH:
            return hit
        # Only lengths that can reach the cutoff: a ratio of c needs the
        # other length within [l * c / (2 - c), l * (2 - c) / c].
        cut, size = FUZZY_CUTOFF / 100, len(compact)
        low, high = math.floor(size * cut / (2 - cut)), math.ceil(size * (2 - cut) / cut)
        digits = " ".join(_DIGITS.findall(compact))
        # (spaceless key, the entity it gives, key, the order it came in).
        block = [
            (c, other, other, (0, entity, other))
            for c, other, entity in (
                self.library.block(type, compact[:3], low, high) if self.library else ()
            )
        ]
        block += [
            (c, entity, other, (1, order))
            for c, entity, other, order in self._db.execute(
                "SELECT compact, entity, key, rowid FROM known WHERE type = ? AND prefix = ?"
                " AND digits = ? AND size BETWEEN ? AND ?",
                (type, compact[:3], digits, low, high),
            )
        ]
        initials = _initials(key)
        # The block is not in the order keys came in, nor narrowed to the
        # same numbers (no index of the library holds them) and to one key a
        # spelling (the first, as the UNIQUE constraint of ``known`` keeps
        # it): the matches are, best first and then in that order, which
        # leaves the five that a block so narrowed and ordered gives.
        matches = process.extract(
            compact,
            [c for c, *_ in block],
            scorer=fuzz.ratio,
            score_cutoff=FUZZY_CUTOFF,
            limit=None,
        )
        seen: set[str] = set()
        best = []
        for spelt, _, at in sorted(matches, key=lambda m: (-m[1], block[m[2]][3])):
            if spelt not in seen and " ".join(_DIGITS.findall(spelt)) == digits:
                best.append(at)
                if len(best) == 5:
                    break
            seen.add(spelt)
        for at in best:
            _, entity, other, _ = block[at]
            if (
                _initials(other) == initials
                and fuzz.ratio(_distinctive(other), distinct) >= FUZZY_CUTOFF
            ):
                return entity
        return None

    def _known_as_other_type(self, compact: str, type: str) -> str | None:
        row = self._db.execute(
            "SELECT entity FROM known WHERE compact = ? AND type != ? ORDER BY rowid LIMIT 1",
            (compact, type),
        ).fetchone()
        return row[0] if row else None

    def _known(self, compact: str, type: str) -> str | None:
        row = self._db.execute(
            "SELECT entity FROM known WHERE compact = ? AND type = ?", (compact, type)
        ).fetchone()
        return row[0] if row else None

    def _same_person(self, key: str) -> str | None:
        """The one known person whose name this is a shorter or longer form of.

        ``Sri Mulyani`` and ``Sri Mulyani Indrawati`` are one person; two
        words at least on both sides, and only when a single person fits, so
        ``Muhammad Ali`` does not pick one of several ``Muhammad Ali ...``.
        """
        words = key.split()
        if len(words) < 2:
            return None
        # Longer forms start with ``key + " "``: they sort from there up to
        # ``key + "!"``. Shorter forms are ``key`` up to one of its spaces.
        shorter = [key[:i] for i, c in enumerate(key) if c == " "]
        # One person a stored entity, however many of its aliases fit; a
        # key added here counts as the stored entity it joined, if any.
        fits = _entities(self.library.people(key, shorter) if self.library else [])
        for (entity,) in self._db.execute(
            "SELECT DISTINCT entity FROM people WHERE first = ? AND"
            f" (key >= ? AND key < ? OR key IN ({', '.join('?' * len(shorter))}))",
            (words[0], key + " ", key + "!", *shorter),
        ):
            fits.setdefault(self._stored_as(entity), entity)
        return next(iter(fits.values())) if len(fits) == 1 else None

    def _stored_as(self, entity: str) -> object:
        """The library's entity of a key that names were added under here
        (its id, as the library's rows carry it), or the key itself when it
        is not stored: one person counts once, whichever side names it."""
        spelt = self.library.spelt(compact_key(entity)) if self.library else []
        rows = [(t, e) for k, t, e in spelt if k == entity]
        # Its row as a person first: only persons are asked about here.
        return next((e for t, e in rows if t == "PER"), rows[0][1] if rows else entity)

    def _other_script(self, key: str) -> str | None:
        """The one known person this Korean name is in the other script:
        ``박지훈`` for ``park ji hoon``, and the other way round."""
        blocks = romanized.blocks(key)
        if not blocks:
            return None
        hangul = romanized.is_hangul(key)
        rows: list[tuple[str, object, int]] = []
        if self.library:
            # The library's persons whose surname one of the blocks names:
            # in Hangul (the block's first part), or spelt in Latin letters
            # first or last in the name; each kept if it shares a block.
            surnames = {block.split(":")[0] for block in blocks}
            spellings = {form for name in surnames for form in romanized.SURNAMES[name]}
            rows = [
                (other, entity, int(romanized.is_hangul(other)))
                for other, entity in self.library.surnamed(surnames, spellings if hangul else ())
                if set(romanized.blocks(other)) & set(blocks)
            ]
        named = _entities((other, entity) for other, entity, _ in rows)
        for other, entity, script in self._db.execute(
            f"SELECT key, entity, hangul FROM korean WHERE block IN ({', '.join('?' * len(blocks))})",
            blocks,
        ):
            stored = self._stored_as(entity)
            named.setdefault(stored, entity)
            rows.append((other, stored, script))
        fits = {
            entity
            for other, entity, script in rows
            if script != hangul
            and (romanized.same_name(key, other) if hangul else romanized.same_name(other, key))
        }
        if hangul:
            # One Latin spelling can fit two Hangul names (``Lee Jun``: 이준
            # and 이전, in one block); a person who has one is not the other.
            fits -= {entity for other, entity, script in rows if script and other != key}
        return named[fits.pop()] if len(fits) == 1 else None


class LibraryKeys(Protocol):
    """A library's alias keys looked up by key (``AliasIndex.library``);
    each look-up gives (key, entity) pairs in the order the keys came in,
    an entity being whatever tells two apart (an id)."""

    def spelt(self, compact: str) -> list[tuple[str, str, object]]:
        """(key, type, entity) of every key of this spaceless spelling."""
        ...

    def block(self, type: str, prefix: str, low: int, high: int) -> list[tuple[str, str, int]]:
        """(spaceless spelling, key, entity) of the keys of a type whose
        spaceless spelling starts with ``prefix`` and is ``low`` to
        ``high`` long, in any order; an entity's number orders them."""
        ...

    def people(self, key: str, shorter: list[str]) -> list[tuple[str, object]]:
        """Person keys of two words or more that start with ``key + " "``
        or are one of ``shorter``."""
        ...

    def surnamed(self, hangul: Iterable[str], latin: Iterable[str]) -> list[tuple[str, object]]:
        """Person keys that start with one of the ``hangul`` surnames, or
        whose first or last word is one of the ``latin`` ones."""
        ...


def _entities(rows: Iterable[tuple[str, object]]) -> dict[object, str]:
    """Each entity of ``rows`` with its first key, in order."""
    out: dict[object, str] = {}
    for key, entity in rows:
        out.setdefault(entity, key)
    return out


def _initials(key: str) -> str:
    return "".join(word[0] for word in _WORDS.findall(key))


@cache
def _heads() -> frozenset[str]:
    return word_list("loc_heads") | word_list("org_heads") | word_list("place_heads")


def _distinctive(key: str) -> str:
    """``key`` compacted without the head words many names share
    (``kabupaten``, ``universitas``, ``pt``): what tells two names apart."""
    return "".join(word for word in _WORDS.findall(key) if word not in _heads())


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
