"""Korean words and their kinds, from MeCab with mecab-ko-dic (``python-mecab-ko``).

Chosen by measurement on the blind gold (``evaluation/analysers.py``): its
proper nouns (NNP) alone find 0.49 of the Korean names at about 10 ms an
article and 100 MB resident; Kiwi (``kiwipiepy``) finds 0.62 but holds over
500 MB resident and takes 3.4 s to load, past the memory budget on its own.
mecab-ko-dic types many proper nouns as persons (``인명``) or places
(``지명``); an untyped one is an organisation when a suffix says so
(``서울대``, ``삼성전자``), and otherwise one too: in Korean news a proper
noun that is no person and no place is mostly a company or an institution.
"""

from __future__ import annotations

from functools import cache, lru_cache

from reader.extract import morphology as kinds

_ORG_ENDS = frozenset(
    [
        "대학교",
        "대학",
        "대학원",
        "대",
        "의대",
        "공대",
        "연구소",
        "연구원",
        "연구단",
        "연구센터",
        "센터",
        "재단",
        "협회",
        "학회",
        "위원회",
        "공사",
        "공단",
        "그룹",
        "전자",
        "은행",
        "증권",
        "보험",
        "병원",
        "의료원",
        "학교",
        "고등학교",
        "중학교",
        "초등학교",
        "기업",
        "회사",
        "방송",
        "신문",
        "신문사",
        "일보",
        "통신",
        "뉴스",
        "부",
        "청",
        "처",
        "원",
        "당",
        "군",
        "연합",
        "기구",
        "협의회",
        "조합",
        "랩",
        "랩스",
        "재단법인",
    ]
)
_LOC_ENDS = frozenset(
    ["시", "도", "군", "구", "읍", "면", "동", "리", "섬", "산", "강", "역", "공항", "항"]
)
_HONORIFICS = frozenset(["씨", "님", "선생", "선생님"])
# Roles that are more often another word after a name: `시장` a market
# (`드론 시장`) more than a mayor.
_NOT_TITLES = frozenset(["시장"])
# After a place, these make a word of it, not a name (미국인, 한국어).
_NOT_NAME_AFTER = frozenset(["인", "어", "계", "산", "식", "풍", "제"])
_WORDS = kinds.NameWords(
    honorifics=_HONORIFICS,
    org_ends=_ORG_ENDS,
    loc_ends=_LOC_ENDS,
    not_name=_NOT_NAME_AFTER,
)


@cache
def _tagger():
    import mecab

    return mecab.MeCab()._tagger


@cache
def _surnames() -> frozenset[str]:
    from reader.extract.lang.ko.words import KO_SURNAMES

    return frozenset(KO_SURNAMES.split())


@cache
def _roles() -> frozenset[str]:
    from reader.extract.lang.ko.words import KO_ROLES

    return frozenset(KO_ROLES.split())


# What a proper noun of no known type may end in to be an organisation
# written as one word (`서울대`, `도쿄대`, `한빛전자`): the analyser keeps them
# whole, so the suffix is inside the word, with two syllables or more before it.
_NAME_ENDS = ("대", "대학", "대학교", "대학원", "연구소", "연구원", "전자", "그룹", "재단", "병원")
# Suffixes written apart after the name they close (`하버드 대학`, `서울대 공대`).
_APART_ENDS = frozenset(["대학", "대학교", "대학원", "의대", "공대"])


# Cached, as news repeats its words (Japanese's ``_kind_of`` likewise): the
# checks on a word's ending and the word lists cost a tenth of the analysis
# when made for each of an article's words.
@lru_cache(maxsize=50_000)
def _kind(pos: str, semantic: str, surface: str) -> str:
    if pos == "NNP" and semantic not in ("인명", "지명") and _org_word(surface):
        return kinds.ORG
    if pos == "NNP":
        if semantic == "인명":
            # mecab-ko-dic calls some words persons (`드론`, a drone): a name
            # alone is a person when it is written as a Korean one (a family
            # name and one or two syllables), else only beside another part
            # of a name (`마이클 존슨`), an honorific or a title.
            return kinds.PER if _korean_shaped(surface) else kinds.GIVEN
        if semantic == "지명":
            return kinds.LOC
        return kinds.NAME
    if pos == "SL":
        return kinds.LATIN
    if pos in ("NNG", "XSN", "NNB", "NNBC", "XPN"):
        if surface in _roles() and surface not in _NOT_TITLES:
            return kinds.HONORIFIC
        return _WORDS.kind(surface) or kinds.NOUN
    return kinds.OTHER


def _korean_shaped(surface: str) -> bool:
    """Whether a word the dictionary calls a person is written as a Korean
    full name: a family name and a given name of two syllables (`김민준`;
    `남궁민수`), none of them a syllable of transliterated names (`위스`,
    `노벨`, `지카` are a surname syllable and one more: a loanword's shape),
    and not a common word of that shape (`이용자`, `최신호`: KO_WORDS)."""
    surnames = _surnames()
    if surface in _words():
        return False
    if len(surface) == 4:
        return surface[:2] in _double_surnames() and _given(surface[2:])
    return len(surface) == 3 and surface[0] in surnames and _given(surface[1:])


def _given(syllables: str) -> bool:
    return not any(c in _foreign() for c in syllables)


@cache
def _words() -> frozenset[str]:
    from reader.extract.lang.ko.words import KO_WORDS

    return frozenset(KO_WORDS.split())


@cache
def _double_surnames() -> frozenset[str]:
    from reader.extract.lang.ko.words import KO_SURNAMES_2

    return frozenset(KO_SURNAMES_2.split())


@cache
def _foreign() -> frozenset[str]:
    from reader.extract.lang.ko.words import KO_FOREIGN

    return frozenset(KO_FOREIGN.split())


def _org_word(surface: str) -> bool:
    return any(surface.endswith(e) and len(surface) - len(e) >= 2 for e in _NAME_ENDS)


def morphemes(text: str, start: int, end: int) -> list[kinds.Morpheme]:
    """The words of ``text[start:end]`` with their kinds.

    The lattice is read as MeCab's own text output, one line a word, each
    word found in the paragraph after the one before (MeCab keeps the text's
    characters, dropping only the spaces between words): asking the lattice
    for each node's span, surface and feature costs three Python objects a
    word, which took twice as long (``MeCab.parse`` builds more still, 8 ms
    of a 1,300-character article)."""
    from mecab.utils import create_lattice

    lattice = create_lattice(text[start:end])
    if not _tagger().parse(lattice):
        return []
    out: list[kinds.Morpheme] = []
    at = start
    find = text.find
    after_particle = -1
    for line in lattice.to_string().split("\n"):
        surface, tab, feature = line.partition("\t")
        if not tab:
            continue  # the closing EOS
        s = find(surface, at, end)
        e = s + len(surface)
        at = e
        pos, semantic, _ = feature.split(",", 2)
        kind = _kind(pos, semantic, surface)
        if s == after_particle and kind in _NAMES:
            # A particle closes its word: a name never follows one within
            # a word, and one the dictionary finds there is a piece of a
            # word it cut wrongly (`생리의학상`: `생리` `의` `학상`).
            kind = kinds.NOUN
        after_particle = e if pos.startswith("J") else -1
        if (
            kind in _PIECES
            and out
            and out[-1].end == s
            and {kind, out[-1].kind} <= _PIECES
            and kinds.GIVEN in (kind, out[-1].kind)
        ):
            # Korean writes a foreign name's parts apart (`마이클 존슨`): two
            # glued are one loanword the dictionary cut (`웨어` `러블`,
            # `레스타` `리`), a person's name part when either piece is one.
            out[-1].end = e
            out[-1].kind = kinds.GIVEN
            continue
        out.append(kinds.Morpheme(s, e, kind))
    return _without_glued_particles(text, out)


# The kinds of a name's words.
_NAMES = frozenset((kinds.PER, kinds.GIVEN, kinds.LOC, kinds.ORG, kinds.NAME))
# A proper noun's kinds that a loanword cut in two may come out as.
_PIECES = frozenset((kinds.GIVEN, kinds.NAME))
# Particles of one syllable that join a noun to the next (`A와 B`, `A과 B`,
# `A의 B`): the dictionary glues them onto a loanword it does not know
# (`카라` `왕과`: 카라왕 and 과).
_JOINING_PARTICLES = frozenset("과와의")


def _without_glued_particles(text: str, out: list[kinds.Morpheme]) -> list[kinds.Morpheme]:
    """Morphemes with a joining particle cut off the end of a loanword name
    the dictionary pieced together, where the word ends (a space follows)."""
    for m in out:
        if (
            m.kind == kinds.GIVEN
            and m.end - m.start >= 3
            and text[m.end - 1] in _JOINING_PARTICLES
            and text[m.end : m.end + 1] == " "
        ):
            m.end -= 1
    return out


def is_common_noun(word: str) -> bool:
    """Whether mecab-ko-dic reads ``word`` as one common noun (`연구`, `로봇`)."""
    from mecab.utils import create_lattice

    lattice = create_lattice(word)
    if not _tagger().parse(lattice):
        return False
    nodes = [node for _, node in lattice]
    return len(nodes) == 1 and nodes[0].feature.startswith("NNG")


ANALYSER = kinds.Analyser(
    morphemes, untyped=None, gap=" ", untyped_opens=True, apart_ends=_APART_ENDS
)
