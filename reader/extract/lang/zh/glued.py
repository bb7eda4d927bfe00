"""English written without its spaces in Chinese pages.

Some Chinese sites print English phrases and sentences with their spaces
taken out (``DearFather,Mother,Imissyou``, ``Thedevilisinthedetails``): the
Latin-script tagger reads each capitalised run as an organisation. A run is
such English, no name, when it splits wholly into English words the
lexicon knows, two or more (``imissyou``: i, miss, you), or runs to a length
no name without a capital inside it has.
"""

from __future__ import annotations

from functools import cache

from reader.extract.lang import home_words
from reader.extract.lexicon import common_words, word_stats

# Letters of a run without a capital after its first that no name has.
_LONGEST_PLAIN = 12
# Words of one letter English writes.
_ONE_LETTER = frozenset("ai")


@cache
def _lexicon() -> frozenset[str]:
    return frozenset(common_words("en") | {w for w in word_stats() if w.isalpha()})


def _splits(word: str) -> bool:
    """Whether ``word`` (lowercase) is two or more known English words."""
    lexicon = _lexicon()
    # parts[i]: the fewest words that make word[:i], or None.
    parts: list[int | None] = [0] + [None] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 20), end):
            piece = word[start:end]
            if parts[start] is not None and (
                piece in _ONE_LETTER if len(piece) == 1 else piece in lexicon
            ):
                count = parts[start] + 1
                if parts[end] is None or count < parts[end]:
                    parts[end] = count
    return parts[-1] is not None and parts[-1] >= 2


def glued_english(text: str, start: int, end: int) -> bool:
    """Whether the Latin name at ``text[start:end]`` is English written
    without spaces (see the module's docstring)."""
    name = text[start:end]
    if " " in name or not name.isalpha() or name.lower() in home_words("xx", "outlets"):
        return False
    if name.isupper():
        # An acronym's letters make words by chance (`SFDA`).
        return False
    plain = not any(c.isupper() for c in name[1:])
    return (plain and len(name) >= _LONGEST_PLAIN) or _splits(name.lower())
