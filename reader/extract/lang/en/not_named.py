"""English words a speaker cue may pick up that name nobody.

A cue's speaker is read from capitals, and English capitalises more than
names: the first word of a sentence (`However, …`, `It added that …`), an
adjective of origin or place (`the European ministers said`, `said one
London-based broker`, `the Uruguayan-born researcher added`) and a name in
the possessive, whose owner is not who speaks (`said Ana Ruiz's lawyer`).
Such a speaker is kept as written, and the article's own names may still be
it: a word English also writes in lowercase is many a body's head noun or
a surname (`Customs said` of the Vorsk Customs, `Young said` of Tom Young,
`Mrs May` of Delia May), so the linker reads the article's names first
(``db.identity.EntityLinker.speaker``) and only makes no entity of its own:
it would list a "person" named `However`, `One` or `October` that no
article mentions. A gazetteer of given names is no way out: it lists `one`,
`the` and the months.
"""

from __future__ import annotations

import re
from functools import cache

from reader.extract.lang import home_words

# A compound of a capitalised word and lowercase ones: an adjective
# (`London-based`, `Uruguayan-born`, `state-owned`, `Video-on-demand`), no name;
# a name's hyphenated parts are capitalised (`Jean-Luc`, `Smith-Jones`).
_COMPOUND = re.compile(r"[A-Z][\w.]*(?:-[a-z]+)+")
# A name in the possessive: `Ruiz's`, `Ana Ruiz's`, `the Times'`.
_POSSESSIVE = re.compile(r".*(?:['’]s|s['’])")


@cache
def _words() -> frozenset[str]:
    """Words English writes in lowercase inside a sentence (``common``,
    ``lowercase_words``), words never a name alone (``stop_names``: days,
    months, pronouns), sentence adverbs (``function_words``) and
    nationality adjectives (``demonyms``): capitalised, they open a
    sentence or say where someone is from."""
    kinds = ("common", "lowercase_words", "stop_names", "function_words", "demonyms")
    return frozenset().union(*(home_words("en", kind) for kind in kinds))


def not_a_name(speaker: str) -> bool:
    """Whether a speaker written in capitals names nobody of its own: one
    word English writes in lowercase or as an adjective (`However`, `It`,
    `European`, `May`: the article's May may still be it), a lowercase
    compound (`London-based`) or a name in the possessive (`Ana Ruiz's`)."""
    if _POSSESSIVE.fullmatch(speaker):
        return True
    if " " in speaker:
        return False
    low = speaker.lower()
    return (
        _COMPOUND.fullmatch(speaker) is not None
        or low in _words()
        or low.removesuffix("s") in home_words("en", "demonyms")  # `Mexicans`
    )
