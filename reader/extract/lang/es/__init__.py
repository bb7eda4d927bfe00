"""Spanish."""

import re

from reader.extract.lang import LanguageRules, home_words
from reader.extract.lang.es.cues import HEAD, TAIL

# A plural noun and the adjective after it agree, both ending in ``s``
# (`Colectivos vecinales`, `Fuentes oficiales`); a name opening a sentence is
# followed by its verb, whose third person never ends so (`Navarro aseguró`,
# `Pérez dijo`, `Madrid prevé`).
_PLURAL_NOUN = re.compile(r"[^\W\d_]{3,}s")
_PLURAL_AFTER = re.compile(r" ([a-záéíóúñü]{3,}s)\b")
# Words ending in ``s`` that follow a name as well as a noun.
_NOT_ADJECTIVES = frozenset(
    ("además", "después", "antes", "entonces", "apenas", "jamás", "nunca", "quizás", "menos", "más")
)


def plural_opener(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` is a plural noun by the plural
    adjective right after it (`Colectivos vecinales de Pinedo…`)."""
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    after = _PLURAL_AFTER.match(text, end)
    return (
        _PLURAL_NOUN.fullmatch(text, start, end) is not None
        and after is not None
        and after.group(1) not in _NOT_ADJECTIVES
        and after.group(1) not in home_words("es", "function_words")
    )


RULES = LanguageRules(
    code="es", tail=tuple(TAIL), head=tuple(HEAD), homes=("es",), plural_opener=plural_opener
)
