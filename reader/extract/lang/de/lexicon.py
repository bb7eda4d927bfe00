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
from collections.abc import Sequence
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
def _lexicon() -> tuple[
    frozenset[str], dict[str, str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]
]:
    """Every form of the common nouns, the proper nouns that are no common
    noun with their type, every given name, the places that are a common
    noun too (``China``, ``Paris``, ``Essen``), and every form of the nouns
    that are adjectives (``adjektivische Deklination``: ``der Neue``, ``die
    Toten``), which are the forms of those adjectives too, and the common
    nouns' lemmas (their nominative singular)."""
    import german_nouns

    path = Path(next(iter(german_nouns.__path__))) / "nouns.csv"
    common: set[str] = set()
    proper: dict[str, str] = {}
    given: set[str] = set()
    adjectives: set[str] = set()
    lemmas: set[str] = set()
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
                lemmas.add(row[0])
                common.update(form for form in row[_FIRST_FORM:] if form)
                if "adjektivische Deklination" in kinds:
                    adjectives.update(form for form in row[_FIRST_FORM:] if form)
    # A word that is both (`Steuer`, `Montag` are family names too) is read
    # as the noun: alone it names nobody; after a given name or a title it
    # is still kept as a name (``entities._after_given``).
    places_too = frozenset(w for w, t in proper.items() if t == PLACE and w in common)
    proper = {w: t for w, t in proper.items() if w not in common}
    return (
        frozenset(common),
        proper,
        frozenset(given),
        places_too,
        frozenset(adjectives),
        frozenset(lemmas),
    )


@lru_cache(maxsize=20_000)
def is_common_noun(word: str, compounds: bool = True) -> bool:
    """Whether ``word`` is a common noun and no name; with ``compounds``,
    also a word the lexicon lacks that is made of nouns it has. A prefixed
    verb's infinitive written as a noun (``Anfassen``) is one only where the
    words around it make it one (``infinitive_as_noun``)."""
    common, proper = _lexicon()[:2]
    if word in common:
        return True
    return word not in proper and compounds and (_compound(word) or _participle_noun(word))


# The prefixes a German verb is split from (``an|fassen``, ``nach|gehen``,
# ``aus|harren``), whose infinitive, written as a noun (``unaufgefordertes
# Anfassen``, ``zehn Tage Ausharren``), the lexicon seldom lists: every verb
# makes one. Inseparable prefixes (``be``, ``ver``, ``er``) are left out:
# family names begin so (``Berben``, ``Verstappen``).
_SEPARABLE_PREFIXES = (
    "ab",
    "an",
    "auf",
    "aus",
    "bei",
    "ein",
    "mit",
    "nach",
    "vor",
    "zu",
    "zurück",
    "weg",
    "durch",
    "hin",
    "her",
    "los",
    "fest",
    "zusammen",
)
_INFINITIVE_ENDINGS = ("en", "ern", "eln")
# A verb's stem after its prefix is so long at least (`fassen`, `gehen`).
_SHORTEST_VERB = 5
# No infinitive: the places made of such a prefix and a place's last part
# (`Aufhausen`, `Einkirchen`), and the adjectives so begun (`Aus|wärtigen`,
# `Zu|ständigen`, `Aus|ländischen`), which end in their suffix and their
# inflection. Nor are the family names of Northern Europe that end in
# ``sen`` (`Hinrichsen`): no verb ends so, save in ``ssen`` (`anfassen`).
_NO_INFINITIVE_ENDINGS = (
    *("hausen", "hofen", "kirchen", "ingen", "felden", "leben", "hagen"),
    *("igen", "ischen", "lichen"),
)


@lru_cache(maxsize=20_000)
def is_prefixed_infinitive(word: str) -> bool:
    """Whether ``word`` has the shape of the infinitive of a verb with a
    separable prefix (``Anfassen``, ``Nachgehen``). The shape alone names
    no word class: places and family names have it too (``aus Eindhoven``,
    ``nach Einsiedeln``, ``Marc Andreessen``), so it is read as a noun only
    where the words around it make it one (``infinitive_as_noun``)."""
    low = word.lower()
    return (
        low.startswith(_SEPARABLE_PREFIXES)
        and low.endswith(_INFINITIVE_ENDINGS)
        and not low.endswith(_NO_INFINITIVE_ENDINGS)
        and not (low.endswith("sen") and not low.endswith("ssen"))
        and any(
            low.startswith(p) and len(low) - len(p) >= _SHORTEST_VERB for p in _SEPARABLE_PREFIXES
        )
        and not word.isupper()
        and word not in _lexicon()[2]
        # A compound's plural is a noun already, of its own kind
        # (`Zucker|fabrikanten`), not the infinitive that `zu` opens.
        and not ends_in_long_noun(word)
        and not _compound(word)
    )


# The units of time a span of waiting or doing is counted in, which a
# verb's infinitive written as a noun follows with no article (``zehn Tage
# Ausharren``, ``nach 20 Minuten Warten``).
_TIME_UNITS = frozenset(
    ("Minuten", "Stunden", "Tage", "Tagen", "Wochen", "Monate", "Monaten", "Jahre", "Jahren")
)
# The articles of the neuter, the gender of every infinitive written as a
# noun, alone or in a preposition (``das Anfassen``, ``beim Warten``).
_NEUTER_ARTICLES = frozenset(
    ("das", "des", "dem", "ein", "eines", "einem", "kein", "keines", "keinem")
) | frozenset(("im", "am", "vom", "zum", "beim", "ins", "dieses", "diesem", "jedes", "jedem"))
# The marks and words that join the items of a list (``Anfassen, Nachgehen
# oder Beschimpfen``), which are read alike.
_LIST_JOINERS = frozenset((",", "und", "oder", "sowie"))
# So many items of a list are looked at on each side.
_LIST_REACH = 4


def infinitive_as_noun(words: Sequence[str], k: int) -> bool:
    """Whether ``words[k]``, a prefixed verb's infinitive by its shape, is
    written as a noun there: after an article of the neuter, alone or
    with a word between (``das Anfassen``, ``das lange Ausharren``), an
    adjective in the neuter's ``es`` (``unaufgefordertes Anfassen``), a
    count of time (``zehn Tage Ausharren``, ``nach 20 Minuten Warten``),
    or in a list with an infinitive that is plainly a noun (``Anfassen,
    Nachgehen oder Beschimpfen``). A name of a place or a person has the
    shape too (``aus Eindhoven``, ``nach Einsiedeln``), but stands after a
    preposition or a given name and is listed with other names."""
    if not is_prefixed_infinitive(words[k]):
        return False
    before = words[k - 1] if k else ""
    if (
        before.isdigit()
        or before in _TIME_UNITS
        or before.lower() in _NEUTER_ARTICLES
        or (before.islower() and before.endswith("es"))
        or (before.islower() and k > 1 and words[k - 2].lower() in _NEUTER_ARTICLES)
    ):
        return True
    return _listed_with_a_verbal_noun(words, k, 1) or _listed_with_a_verbal_noun(words, k, -1)


def _listed_with_a_verbal_noun(words: Sequence[str], k: int, step: int) -> bool:
    """Whether the list ``words[k]`` is in has, on the side ``step`` goes
    to, an infinitive that is a noun: one the lexicon lists as a lemma
    (``Beschimpfen``), or one after an adjective in the neuter's ``es``
    (``unaufgefordertes Begleiten``), the gender of every infinitive
    written as a noun. Another word of the prefixed shape is passed over:
    it is what is asked."""
    lemmas = _lexicon()[5]
    n = len(words)
    for _ in range(_LIST_REACH):
        joiner = k + step
        if not 0 <= joiner < n or words[joiner] not in _LIST_JOINERS:
            return False
        k = joiner + step
        if step > 0 and k < n - 1 and words[k].islower():
            k += 1
        if not 0 <= k < n:
            return False
        word = words[k]
        neuter = k > 0 and words[k - 1].islower() and words[k - 1].endswith("es")
        if word.endswith(_INFINITIVE_ENDINGS) and (
            neuter or (word in lemmas and not is_place_too(word))
        ):
            return True
        if not is_prefixed_infinitive(word):
            return False
    return False


# A present participle written as a noun for the people who do something
# (``Radfahrende``, ``die Gewerbetreibenden``, ``ein Studierender``,
# ``Pendelnde``): the lexicon lists only the commonest (``Reisende``), but
# the ending makes them all; no name is so long and ends so (``Ostende`` is
# in the lexicon).
_PARTICIPLE_NOUN_ENDINGS = tuple(
    stem + ending for stem in ("end", "elnd", "ernd") for ending in ("e", "en", "er", "es", "em")
)
_PARTICIPLE_NOUN_SHORTEST = 9


def _participle_noun(word: str) -> bool:
    """Whether ``word`` is a present participle written as a noun."""
    return (
        len(word) >= _PARTICIPLE_NOUN_SHORTEST
        and word.endswith(_PARTICIPLE_NOUN_ENDINGS)
        and word not in _lexicon()[2]
    )


# A preposition and the neuter article in one word (``beim``, ``zum``): a
# verb written as a noun follows them (``beim Sichern``, ``zum Mitnehmen``),
# never a person's name, which takes no article.
_CONTRACTED_ARTICLES = frozenset(("beim", "zum", "vom", "im", "am", "ins"))


def is_verbal_noun(word: str, before: str) -> bool:
    """Whether ``word``, after the word ``before``, is an infinitive written
    as a noun (``beim Sichern von Containern``), which the lexicon does not
    list: a word it does not know, ending as an infinitive, after a
    preposition with the article in it."""
    return (
        before.lower() in _CONTRACTED_ARTICLES
        and word.endswith(("en", "ern", "eln"))
        and is_unknown(word)
    )


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


# The endings of German adjectives before their inflection (``arab|isch|en``,
# ``freund|lich|e``, ``wicht|ig|er``): nouns seldom end so (``Fisch``,
# ``König``, which the lexicon knows).
_ADJECTIVE_STEMS = ("isch", "lich", "ig")
_INFLECTIONS = ("en", "er", "es", "em", "e")


def is_adjective(word: str) -> bool:
    """Whether a capitalised ``word`` is an inflected adjective
    (``Obersten``, ``Arabischen``, ``Vereinten``): a form of an adjective the
    lexicon lists as a noun too (``der Neue``, ``die Toten``), or an
    inflected word ending in an adjective's suffix, or a participle the
    lexicon does not know at all, that is no noun in the lexicon
    (``Bürgern`` is a noun)."""
    if not word.endswith(_INFLECTIONS) or len(word) < 4:
        return False
    if word in _lexicon()[4]:
        return True
    if is_common_noun(word, compounds=False) or name_type(word) is not None:
        return False
    if is_given_name(word):
        return False
    stem = (word[:-2] if word.endswith(_INFLECTIONS[:4]) else word[:-1]).lower()
    # A participle or a superlative the lexicon does not know (`Vereinten`,
    # `Vereinigten`), not any unknown word (`Theaster`, `Ausseer`).
    participle = stem.endswith("t") and word.endswith(("te", "ten"))
    return stem.endswith(_ADJECTIVE_STEMS) or (participle and not is_common_noun(word))


# More adjective endings than ``_ADJECTIVE_STEMS`` (``internation|al``,
# ``ministeri|ell``, ``militär``, ``unabsetz|bar``, ``gemein|sam``) and the
# superlatives and the ordinal that open bodies' names (``Oberster
# Gerichtshof``, ``Höchstes Gericht``, ``Erste Bank``): read as an adjective
# only before the noun of a kind of body (``entities._adjective_bodies``).
_BODY_ADJECTIVE_STEMS = (*_ADJECTIVE_STEMS, "al", "ell", "är", "bar", "sam")
_BODY_SUPERLATIVES = frozenset(("oberst", "höchst", "erst"))


def is_body_adjective(word: str) -> bool:
    """Whether a capitalised ``word`` is an inflected adjective that opens a
    body's name (``Internationalen``, ``Obersten``, ``Europäische``): one
    ``is_adjective`` takes for one, or an inflected word whose stem ends in
    an adjective's suffix or is a superlative of place or rank. The lexicon
    takes ``Obersten`` for a colonel's plural, which no name of a body is
    made of."""
    if is_adjective(word):
        return True
    if not word.endswith(_INFLECTIONS) or len(word) < 5 or name_type(word) is not None:
        return False
    stem = (word[:-2] if word.endswith(_INFLECTIONS[:4]) else word[:-1]).lower()
    return stem in _BODY_SUPERLATIVES or (
        stem.endswith(_BODY_ADJECTIVE_STEMS) and not is_common_noun(word, compounds=False)
    )


# The endings of an adjective written as a noun (``etwas Schlimmeres``,
# ``nichts Unfreundliches``, ``sowohl Experimentelles``, ``das
# Unscheinbarste``): a comparative or an adjective's suffix and the neuter's
# ``es``, or a superlative's ``ste``. Names seldom end so.
_ADJECTIVE_NOUN_ENDINGS = ("liches", "isches", "iges", "eres", "elles", "rste", "nste", "bste")
# A shorter word so ending is a name as often (`Ceres`).
_ADJECTIVE_NOUN_LONGEST_NAME = 7


def is_adjective_noun(word: str) -> bool:
    """Whether ``word``, which the lexicon does not know, is an adjective
    written as a noun (``Schlimmeres``, ``Unscheinbarste``), no name."""
    return (
        len(word) > _ADJECTIVE_NOUN_LONGEST_NAME
        and word.endswith(_ADJECTIVE_NOUN_ENDINGS)
        and is_unknown(word)
    )


def genitive_stem(word: str) -> str | None:
    """``word`` without the genitive ending of a masculine or neuter noun
    (``Gerichtshofs``: ``Gerichtshof``, ``Krieges``: ``Krieg``,
    ``Gewerkschaftsbunds``: ``Gewerkschaftsbund``), or None: the noun it
    ends in, without the ending, is a lemma of the lexicon and, with it, is
    none (``Fonds``, ``Kurs`` end in ``s`` in the nominative)."""
    if len(word) < 4 or not word.endswith("s") or word.endswith("ss"):
        return None
    lemmas = _lexicon()[5]
    for cut in (2, 1) if word.endswith("es") else (1,):
        stem = word[:-cut]
        tail = next(
            (
                stem[k:].capitalize()
                for k in range(len(stem) - _SHORTEST + 1)
                if stem[k:].capitalize() in lemmas
            ),
            None,
        )
        if tail is not None:
            return stem if tail + word[-cut:] not in lemmas else None
    return None


def ends_in_noun(word: str) -> bool:
    """Whether ``word`` ends in a common noun of four letters or more in any
    form (``Werbeverbots``: ``Verbots``), as a compound the lexicon cannot
    split does; a name seldom does (``Schwenningen``, ``Waldner``)."""
    common = _lexicon()[0]
    return any(word[k:].capitalize() in common for k in range(len(word) - 3))


# A compound's head and its last noun at least so long (``Billig|spielzeug``).
_LONG_HEAD, _LONG_TAIL = 4, 6


def ends_in_long_noun(word: str) -> bool:
    """Whether ``word`` is something of four letters or more and then a
    common noun of six or more (``Billig|spielzeug``, ``Jodel|lizenz``,
    ``Bekannt|werden``): German compounds end in the noun they are, while
    a name seldom ends in so long a one (``Rosen|berg``, ``Hof|mann``)."""
    common = _lexicon()[0]
    return any(
        word[k:].capitalize() in common for k in range(_LONG_HEAD, len(word) - _LONG_TAIL + 1)
    )
