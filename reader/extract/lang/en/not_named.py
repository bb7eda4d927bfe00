"""English words a speaker cue may pick up that name nobody.

A cue's speaker is read from capitals, and English capitalises more than
names: the first word of a sentence (`However, …`, `It added that …`), an
adjective of origin or place (`the European ministers said`, `said one
London-based broker`, `the Uruguayan-born researcher added`) and a name in
the possessive, whose owner is not who speaks (`said Ana Ruiz's lawyer`).
Such a speaker is kept as written, and the article's own names may still be
it (`Customs said` of the Vorsk Customs, `Young said` of Tom Young), but no
entity is made of its words (``db.identity.EntityLinker.speaker``): it would
list a "person" named `However` or `London-based` that no article mentions.
A common word that is also a given name (`May`, `Hope`, `Young`, `Hunt`, the
gazetteer's) is a name: English news calls people so (`Mrs May said`).
"""

from __future__ import annotations

import re
from functools import cache

from reader.extract.lang import home_words
from reader.extract.lexicon import gazetteer

# A compound of a capitalised word and lowercase ones: an adjective
# (`London-based`, `Uruguayan-born`, `state-owned`, `Video-on-demand`), no name;
# a name's hyphenated parts are capitalised (`Jean-Luc`, `Smith-Jones`).
_COMPOUND = re.compile(r"[A-Z][\w.]*(?:-[a-z]+)+")
# A name in the possessive: `Ruiz's`, `Ana Ruiz's`, `the Times'`.
_POSSESSIVE = re.compile(r".*(?:['’]s|s['’])")


@cache
def _words() -> frozenset[str]:
    """Words English writes in lowercase inside a sentence (``common``,
    ``lowercase_words``) and words never a name alone (``stop_names``: days,
    months, pronouns): capitalised, they open a sentence, unless a given
    name too (``_never_names`` holds those that are never one)."""
    kinds = ("common", "lowercase_words", "stop_names")
    return frozenset().union(*(home_words("en", kind) for kind in kinds))


@cache
def _never_names() -> frozenset[str]:
    """Sentence adverbs (``function_words``) and nationality adjectives
    (``demonyms``): no one's name even where a gazetteer lists the word."""
    kinds = ("function_words", "demonyms")
    return frozenset().union(*(home_words("en", kind) for kind in kinds))


def not_a_name(speaker: str) -> bool:
    """Whether a speaker written in capitals names nobody: one word English
    writes in lowercase (`However`, `It`, `Prosecutors`) and no given name
    (not `May`, `Young`), an adjective of origin (`European`), a lowercase
    compound (`London-based`) or a name in the possessive (`Ana Ruiz's`)."""
    if _POSSESSIVE.fullmatch(speaker):
        return True
    if " " in speaker:
        return False
    low = speaker.lower()
    return (
        _COMPOUND.fullmatch(speaker) is not None
        or low in _never_names()
        or low.removesuffix("s") in home_words("en", "demonyms")  # `Mexicans`
        or (low in _words() and low not in gazetteer("given_names"))
    )
