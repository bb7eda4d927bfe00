"""What a capitalised German word is: a common noun or a name.

German capitalises every noun, so capitals say little: ``Verteidiger`` and
``Prückler`` look alike. The answer comes from a lexicon made for the job:
``german-nouns``, about 100,000 nouns of the German Wiktionary with every
inflected form and whether the word is a place (``Toponym``), a given name
or a family name. Read once, the first time a process meets German (0.6 s,
about 35 MB); before it, single-word names were dropped wholesale and
recall on the blind German gold was 0.37.

A word the lexicon does not know is still a common noun when it ends in one
it knows (``Presse`` + ``rat``: German writes compounds as one word).
"""

from __future__ import annotations

import csv
from functools import cache, lru_cache
from pathlib import Path

PLACE = "LOC"
PERSON = "PER"

# The lexicon's columns: lemma, kinds (``Substantiv,Toponym``), then genders
# and the inflected forms.
_FIRST_FORM = 7
_PROPER = {"Toponym": PLACE, "Vorname": PERSON, "Nachname": PERSON}
# The parts of a compound are nouns of at least this many letters (``rat``).
_SHORTEST = 3
# Suffixes that make a noun of a verb or an adjective (``Rückstellung``,
# ``Sicherheit``): a compound's first part that ends in one and its linking
# ``s`` is a noun whether the lexicon lists it or not, and a word that ends
# in one's plural (``Umschichtungen``) is a noun. No name ends so.
_DERIVED = ("ung", "heit", "keit", "schaft", "tion", "tät")
_DERIVED_PLURALS = ("ungen", "heiten", "keiten", "schaften", "tionen", "täten")


@cache
def _lexicon() -> tuple[frozenset[str], dict[str, str], frozenset[str], frozenset[str]]:
    """Every form of the common nouns, the proper nouns that are no common
    noun with their type, every given name, and the places that are a
    common noun too (``China``, ``Paris``, ``Essen``)."""
    import german_nouns

    path = Path(next(iter(german_nouns.__path__))) / "nouns.csv"
    common: set[str] = set()
    proper: dict[str, str] = {}
    given: set[str] = set()
    with path.open(encoding="utf-8", newline="") as f:
        rows = csv.reader(f)
        next(rows)
        for row in rows:
            kinds = row[1].split(",")
            named = [_PROPER[k] for k in kinds if k in _PROPER]
            if "Vorname" in kinds:
                given.add(row[0])
            if named:
                # A place before a person: `Berlin` is both in the lexicon.
                proper.setdefault(row[0], PLACE if PLACE in named else PERSON)
            elif "Substantiv" in kinds:
                common.add(row[0])
                common.update(form for form in row[_FIRST_FORM:] if form)
    # A word that is both (`Steuer`, `Montag` are family names too) is read
    # as the noun: alone it names nobody; after a given name or a title it
    # is still kept as a name (``entities._after_given``).
    places_too = frozenset(w for w, t in proper.items() if t == PLACE and w in common)
    proper = {w: t for w, t in proper.items() if w not in common}
    return frozenset(common), proper, frozenset(given), places_too


@lru_cache(maxsize=20_000)
def is_common_noun(word: str, compounds: bool = True) -> bool:
    """Whether ``word`` is a common noun and no name; with ``compounds``,
    also a word the lexicon lacks that is made of nouns it has."""
    common, proper = _lexicon()[:2]
    if word in common:
        return True
    return word not in proper and compounds and _compound(word)


@lru_cache(maxsize=20_000)
def _compound(word: str) -> bool:
    """Whether ``word`` is nouns written together (``Presse|rat``,
    ``Landes|fach|bereichs|leiterin``, ``Rückstellungs|anträge``), a linking
    ``s``, ``n`` or ``es`` between them, or a derived noun in the plural. Both halves must be nouns: a family name often ends in
    one (``Brückel|meier``) but seldom begins with one."""
    common = _lexicon()[0]
    if len(word) >= 8 and word.endswith(_DERIVED_PLURALS):
        return True
    for k in range(_SHORTEST, len(word) - _SHORTEST + 1):
        tail = word[k:].capitalize()
        if tail not in common:
            continue
        head = word[:k]
        for link in ("", "s", "n", "es", "en"):
            if link and not head.endswith(link):
                continue
            stem = head[: len(head) - len(link)] if link else head
            if len(stem) >= _SHORTEST and (
                stem.capitalize() in common
                or (link == "s" and stem.endswith(_DERIVED))
                or _compound(stem)
            ):
                return True
    return False


def name_type(word: str) -> str | None:
    """``LOC`` or ``PER`` for a word the lexicon knows as a place or a
    person's name (``Wien``, ``Hofmann``); None otherwise."""
    return _lexicon()[1].get(word)


def is_given_name(word: str) -> bool:
    """Whether ``word`` is a given name (``Klaus``), even one that is also a
    noun: what follows it is a family name, whatever else it is."""
    return word in _lexicon()[2]


def is_place_too(word: str) -> bool:
    """Whether ``word`` is a place the lexicon also lists as a common noun
    (``China``, ``Paris``, ``Ungarn``, ``Essen``): which one it is, the
    words around it tell (``entities._german_place``)."""
    return word in _lexicon()[3]


def is_unknown(word: str) -> bool:
    """Whether the lexicon knows ``word`` neither as a noun nor as a name,
    nor as the end of a compound: a name it has not heard of (``Prückler``)."""
    return name_type(word) is None and not is_common_noun(word)
