"""Korean names written in Hangul and in Latin letters: is it one person?

An English or Indonesian story writes ``Park Ji-hoon`` or ``Park Jihoon``
where a Korean one writes ``박지훈``. No one romanisation is used: the
official one gives ``Bak Ji-hun``, people and papers write ``Park``,
``Jihoon``, ``Ji Hoon``, ``Hyun`` for ``Hyeon``, ``Kyung`` for ``Gyeong``.
So a Hangul name is spelled out syllable by syllable with each sound's usual
spellings, surnames from a table of their customary forms, and a Latin name
is the same person when its given name can be read as those syllables in
order and its surname (first or last) is one of those forms.

Blocks of keys make lookups cheap: ``blocks`` gives, for either script,
keys under which a name and all its spellings in the other script fall (the
surname and the given name's consonants, vowels dropped); ``same_name``
then checks one pair exactly.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Customary Latin forms of common Korean surnames (the official
# romanisation first where people use it).
SURNAMES: dict[str, tuple[str, ...]] = {
    "김": ("kim", "gim"),
    "이": ("lee", "yi", "rhee", "ri", "i"),
    "박": ("park", "pak", "bak"),
    "최": ("choi", "choe", "chey"),
    "정": ("jung", "jeong", "chung", "jong", "cheong"),
    "강": ("kang", "gang"),
    "조": ("cho", "jo", "joe"),
    "윤": ("yoon", "yun"),
    "장": ("jang", "chang"),
    "임": ("lim", "im", "yim", "rim"),
    "한": ("han",),
    "오": ("oh", "o"),
    "서": ("seo", "suh", "so"),
    "신": ("shin", "sin"),
    "권": ("kwon", "gwon"),
    "황": ("hwang",),
    "안": ("ahn", "an"),
    "송": ("song",),
    "류": ("ryu", "yoo", "yu", "ryoo"),
    "유": ("yoo", "yu", "you"),
    "전": ("jeon", "jun", "chun", "chon"),
    "홍": ("hong",),
    "고": ("ko", "go", "koh"),
    "문": ("moon", "mun"),
    "양": ("yang",),
    "손": ("son", "sohn"),
    "배": ("bae", "pae"),
    "백": ("baek", "paik", "baik", "back"),
    "허": ("heo", "huh", "hur"),
    "남": ("nam",),
    "심": ("shim", "sim"),
    "노": ("noh", "roh", "no", "ro"),
    "하": ("ha",),
    "곽": ("kwak", "gwak"),
    "성": ("sung", "seong"),
    "차": ("cha",),
    "주": ("joo", "ju", "chu"),
    "우": ("woo", "wu", "u"),
    "구": ("koo", "ku", "gu"),
    "민": ("min",),
    "나": ("na", "ra"),
    "진": ("jin", "chin"),
    "지": ("ji", "chi"),
    "엄": ("eom", "um", "uhm"),
    "채": ("chae",),
    "원": ("won",),
    "천": ("cheon", "chun", "chon"),
    "방": ("bang",),
    "공": ("kong", "gong"),
    "현": ("hyun", "hyeon"),
    "함": ("ham",),
    "변": ("byun", "byeon", "pyun"),
    "염": ("yeom", "yum"),
    "여": ("yeo", "yuh"),
    "추": ("choo", "chu"),
    "도": ("do", "doh"),
    "석": ("seok", "suk"),
    "선": ("sun", "seon"),
    "설": ("seol", "sul"),
    "마": ("ma",),
    "길": ("gil", "kil"),
    "연": ("yeon", "yun"),
    "표": ("pyo",),
    "명": ("myung", "myeong"),
    "기": ("ki", "gi"),
    "반": ("ban",),
    "왕": ("wang",),
    "금": ("keum", "geum"),
    "옥": ("ok",),
    "인": ("in",),
    "탁": ("tak",),
    "국": ("kook", "guk"),
    "은": ("eun",),
    "봉": ("bong",),
    "황보": ("hwangbo",),
    "남궁": ("namgoong", "namgung"),
    "제갈": ("jegal",),
    "선우": ("sunwoo", "seonu"),
    "독고": ("dokgo",),
    "사공": ("sagong",),
}
_BY_LATIN: dict[str, tuple[str, ...]] = {}
for _hangul, _forms in SURNAMES.items():
    for _form in _forms:
        _BY_LATIN[_form] = (*_BY_LATIN.get(_form, ()), _hangul)

# Usual spellings of each sound of a syllable: initial consonant, vowel,
# final consonant, in the order of Unicode's Hangul block.
_INITIALS = (
    ("g", "k"), ("kk", "gg", "k"), ("n",), ("d", "t"), ("tt", "dd"), ("r", "l"), ("m",),
    ("b", "p"), ("pp", "bb"), ("s", "sh"), ("ss", "s"), ("",), ("j", "ch"), ("jj", "ch"),
    ("ch", "c"), ("k",), ("t",), ("p",), ("h",),
)  # fmt: skip
_VOWELS = (
    ("a", "ah"), ("ae", "e", "ai"), ("ya",), ("yae",), ("eo", "u", "o", "uh"), ("e",),
    ("yeo", "yu", "yo"), ("ye",), ("o", "oh"), ("wa",), ("wae",), ("oe", "oi", "we"), ("yo",),
    ("u", "oo", "woo", "wu"), ("wo", "weo"), ("we",), ("wi", "wee"), ("yu", "yoo"),
    ("eu", "u", "e"), ("ui", "eui", "ee", "i"), ("i", "ee", "y"),
)  # fmt: skip
_FINALS = (
    ("",), ("k", "g"), ("k", "kk"), ("k",), ("n",), ("n",), ("n",), ("t", "d"), ("l", "r"),
    ("k",), ("m",), ("l",), ("l",), ("l",), ("p",), ("l",), ("m",),
    ("p", "b"), ("p",), ("t",), ("t",), ("ng",), ("t",), ("t",), ("k",), ("t",), ("p",), ("t",),
)  # fmt: skip
_HANGUL = re.compile(r"[가-힣]{2,5}")
# Consonant classes whose spellings vary (g/k, d/t, b/p, j/ch, r/l, s/sh);
# vowels and the glides w and y are dropped.
_CLASSES = str.maketrans({"g": "k", "d": "t", "b": "p", "r": "l", "c": "j"})
_DROPPED = re.compile(r"[aeiouwy]+")
# An h after a vowel that no vowel follows only lengthens it (``Yun-ah``, ``Ahn``).
_LENGTHENING = re.compile(r"(?<=[aeiou])h(?![aeiouwy])")
_REPEATS = re.compile(r"(.)\1+")


@lru_cache(maxsize=4096)
def _spellings(syllable: str) -> tuple[str, ...]:
    """Every usual Latin spelling of one Hangul syllable."""
    code = ord(syllable) - 0xAC00
    initial, rest = divmod(code, 588)
    vowel, final = divmod(rest, 28)
    return tuple(
        f"{i}{v}{f}"
        for i in _INITIALS[initial]
        for v in _VOWELS[vowel]
        for f in _FINALS[final]
        if not i or v not in ("woo", "wu")  # 우 is woo, 구 not gwoo
    )


def _skeleton(latin: str) -> str:
    """The consonants of a spelling, by class: ``jihoon``, ``jihun`` and
    ``chihun`` are all ``jhn``."""
    latin = _LENGTHENING.sub("", latin)
    latin = latin.replace("ch", "j").replace("sh", "s").translate(_CLASSES)
    return _REPEATS.sub(r"\1", _DROPPED.sub("", latin))


def _hangul_parts(key: str) -> tuple[str, str] | None:
    """(surname, given name) of a Hangul person key such as ``박지훈``
    (entity keys are decomposed: their syllables are composed again)."""
    if key.isascii():
        return None
    key = unicodedata.normalize("NFC", key)
    if not _HANGUL.fullmatch(key):
        return None
    if len(key) >= 4 and key[:2] in SURNAMES:
        return key[:2], key[2:]
    if key[0] in SURNAMES and 2 <= len(key) <= 4:
        return key[0], key[1:]
    return None


def _latin_parts(key: str) -> list[tuple[str, str]]:
    """(Hangul surname, given name letters) readings of a Latin person key:
    the surname first (``park ji hoon``) or last (``jihoon park``)."""
    words = key.split()
    if not 2 <= len(words) <= 4 or not all(word.isascii() and word.isalpha() for word in words):
        return []
    readings = []
    for surname, given in ((words[0], words[1:]), (words[-1], words[:-1])):
        for hangul in _BY_LATIN.get(surname, ()):
            readings.append((hangul, "".join(given)))
    return readings


def _hangul_skeleton(given: str) -> str:
    return _skeleton("".join(_spellings(syllable)[0] for syllable in given))


def blocks(key: str) -> list[str]:
    """Lookup keys shared by a name and its spellings in the other script;
    empty for a name that cannot be Korean."""
    parts = _hangul_parts(key)
    if parts is not None:
        surname, given = parts
        return [f"{surname}:{_hangul_skeleton(given)}"]
    return [f"{hangul}:{_skeleton(given)}" for hangul, given in _latin_parts(key)]


def same_name(hangul_key: str, latin_key: str) -> bool:
    """Whether the Latin name is a spelling of the Hangul one."""
    parts = _hangul_parts(hangul_key)
    if parts is None:
        return False
    surname, given = parts
    return any(
        hangul == surname and _reads_as(letters, given)
        for hangul, letters in _latin_parts(latin_key)
    )


def is_hangul(key: str) -> bool:
    return _hangul_parts(key) is not None


@lru_cache(maxsize=4096)
def _reads_as(letters: str, syllables: str) -> bool:
    """Whether ``letters`` spell ``syllables`` one after another."""
    if not syllables:
        return not letters
    return any(
        letters.startswith(spelling) and _reads_as(letters[len(spelling) :], syllables[1:])
        for spelling in _spellings(syllables[0])
        if spelling
    )


@lru_cache(maxsize=1)
def _syllable_spellings() -> frozenset[str]:
    """Every usual Latin spelling of every Hangul syllable."""
    return frozenset(s for code in range(0xAC00, 0xD7A4) for s in _spellings(chr(code)) if s)


@lru_cache(maxsize=4096)
def is_korean_name(surname: str, given: str) -> bool:
    """Whether ``surname`` and ``given``, written in Latin letters, read as a
    Korean name in its own order: a customary surname, then a given name of
    two syllables, joined (``Park Jihoon``) or hyphened (``Kim Min-seo``).
    German takes ``Park`` or ``Moon`` for a noun, and so cut it off."""
    if surname.lower() not in _BY_LATIN or not given[:1].isupper():
        return False
    spellings = _syllable_spellings()
    parts = given.lower().split("-")
    if len(parts) == 2:
        return all(p in spellings for p in parts)
    letters = parts[0]
    return any(
        letters[:k] in spellings and letters[k:] in spellings for k in range(1, len(letters))
    )
