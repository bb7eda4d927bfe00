"""Names from a morphological analyser's proper nouns (Japanese, Korean, Chinese).

Each of those languages has an analyser that cuts text into words and tags
proper nouns, some with a type (a person's family or given name, a place);
``lang/<code>/morphology.py`` turns its output into ``Morpheme``s of a few
kinds, and this module makes names of them the same way for all three: a run
of proper nouns is one name (a family and a given name, ``北海道日本ハム``),
a suffix the language lists closes it and decides its type (``大学`` makes an
organisation of ``東京``, ``시`` a place of ``부산``), and what follows it can
still say it is no name at all (``日本人``, a nationality; ``数子`` alone, a
given name nobody is called by without an honorific).

Measured alone on the blind gold, the analysers' proper nouns find about half
of the Japanese, Korean and Chinese names, with precision near one half
(``python evaluation/analysers.py``); the rules here and the kinds each
language gives are what raise precision. The older anchored rules
(``cjk_names``, ``korean_orgs``, ``cjk_places``) go first, and a name found
here is added only where none of theirs overlaps it (``with_analysed``). The
analyser hangs on the language's rules (``rules_for(lang).analyser``) and is
loaded the first time a process meets the language.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reader.extract.cjk_names import add_mentions
from reader.extract.lang import rules_for
from reader.extract.model import EntityMention, Span
from reader.extract.names import entity_key

# Kinds of morpheme.
PER = "PER"  # a person's name or part of one (family, given, foreign)
GIVEN = "GIVEN"  # a given name: a name alone only beside an honorific
LOC = "LOC"  # a place name
ORG = "ORG"  # an organisation's name
NAME = "NAME"  # a proper noun of no known type
ORG_END = "ORG_END"  # a word that closes an organisation's name (大学, 전자, 公司)
LOC_END = "LOC_END"  # a word that closes a place's name (市, 시, 省)
HONORIFIC = "HONORIFIC"  # a word after a person's name (さん, 씨, 先生)
NOT_NAME = "NOT_NAME"  # a word that makes the run before it no name (人, 语, 製)
JOIN = "JOIN"  # a mark inside one name (・ between the parts of a foreign name)
NOUN = "NOUN"  # a common noun: inside an organisation's name before its suffix
LATIN = "LATIN"  # Latin letters, a name's part only glued to one (`DJI코리아`)
OTHER = "OTHER"

_PROPER = frozenset((PER, GIVEN, LOC, ORG, NAME, LATIN))


@dataclass(slots=True)
class Morpheme:
    """One word of the analysed text: offsets into the article and its kind.

    Not frozen: a frozen dataclass is built through ``object.__setattr__``,
    three times slower, and an article makes one per word (about 800 of a
    Chinese one; 0.4 ms of its 7)."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True, slots=True)
class NameWords:
    """A language's words around names, by the kind they give a word."""

    honorifics: frozenset[str] = frozenset()
    org_ends: frozenset[str] = frozenset()
    loc_ends: frozenset[str] = frozenset()
    not_name: frozenset[str] = frozenset()

    def kind(self, surface: str) -> str | None:
        """``HONORIFIC``, ``ORG_END``, ``LOC_END`` or ``NOT_NAME`` for a word
        of the lists, in that order; None for any other."""
        if surface in self.honorifics:
            return HONORIFIC
        if surface in self.org_ends:
            return ORG_END
        if surface in self.loc_ends:
            return LOC_END
        if surface in self.not_name:
            return NOT_NAME
        return None


@dataclass(frozen=True, slots=True)
class Analyser:
    """What a language's analyser gives and how its names are written.

    ``morphemes(text, start, end)`` analyses one paragraph; ``untyped`` is
    the type a run of proper nouns of no known type takes (None: no name);
    ``gap`` the characters that may stand between a person's names (a space
    in Korean: ``마이클 존슨``); ``untyped_opens`` whether such a run may
    still open an organisation's name before its suffix (``トレンダーズ``
    ``株式会社``; jieba's untyped words are common ones: ``英语`` ``教学``);
    ``apart_ends`` the organisation's suffixes that may stand after the gap
    (``하버드 대학``, ``서울대 공대``: Korean writes a university apart);
    ``parts(text, mention)`` the names a run found as one holds, where the
    language writes several together (a Chinese address, ``北京市海淀区``:
    a city and its district), None where a run is one name;
    ``one_character_given`` whether a given name of one character before an
    honorific names a person (Japanese `綾さん`: the dictionary types the
    kanji a given name there; Korean's types the surname before `씨` so,
    and `김 씨` is an anonymous Mr Kim, no one to key by a syllable).
    """

    morphemes: Callable[[str, int, int], list[Morpheme]]
    untyped: str | None
    gap: str = ""
    untyped_opens: bool = True
    apart_ends: frozenset[str] = frozenset()
    parts: Callable[[str, EntityMention], list[EntityMention]] | None = None
    one_character_given: bool = False


# Words an organisation's name may run through before its suffix
# (`上海` `市` `第一` `中级法院`, `日本` `ネイリスト` `協会`), and how many.
_INSIDE = frozenset((NOUN, LOC_END, ORG_END)) | _PROPER
_LONGEST = 6


def names_from(text: str, items: Sequence[Morpheme], analyser: Analyser) -> list[EntityMention]:
    """Mentions for the runs of proper nouns in ``items`` (in text order)."""
    out: list[EntityMention] = []
    i = 0
    while i < len(items):
        if items[i].kind not in _PROPER:
            i += 1
            continue
        j = _run_end(text, items, i, analyser.gap)
        k = _suffix_end(items, j, analyser.untyped_opens or items[i].kind != NAME)
        if k:
            j = k
        elif _closes(items, j) or _apart_end(text, items, j, analyser):
            j += 1
        after = items[j] if j < len(items) and _touch(items, j) else None
        if after is None and j < len(items) and analyser.gap and items[j].kind == HONORIFIC:
            # A title written apart after the name (`트럼프 대통령`).
            between = text[items[j - 1].end : items[j].start]
            after = items[j] if between and not between.strip(analyser.gap) else None
        mention = _mention(text, items[i:j], after, analyser)
        if mention is not None and mention.type == PER and _inside_a_word(text, items, i, analyser):
            mention = None
        if mention is not None and mention.type in (PER, LOC) and _opens_a_word(items, j, analyser):
            mention = None
        if mention is not None:
            out.append(mention)
        i = j
    return out


def _inside_a_word(text: str, items: Sequence[Morpheme], i: int, analyser: Analyser) -> bool:
    """Whether a person's name would open inside a word, in a language that
    writes words apart (``gap``): the analyser cut a loanword (``어플`` +
    ``라이드``), for a name opens its word (particles follow it)."""
    return bool(analyser.gap) and i > 0 and _touch(items, i) and items[i - 1].kind not in _PROPER


def _opens_a_word(items: Sequence[Morpheme], j: int, analyser: Analyser) -> bool:
    """Whether a person's or a place's name would end inside a word, in a
    language that writes words apart (``gap``): a common noun glued after it
    makes a compound of it (``지카바이러스``, a virus; ``신촌캠퍼스``), where a
    name takes only particles."""
    return bool(analyser.gap) and j < len(items) and _touch(items, j) and items[j].kind == NOUN


def _closes(items: Sequence[Morpheme], j: int) -> bool:
    """Whether ``items[j]`` is an organisation's or a place's suffix written
    right after the name (``부산`` ``시``)."""
    return j < len(items) and items[j].kind in (ORG_END, LOC_END) and _touch(items, j)


def _apart_end(text: str, items: Sequence[Morpheme], j: int, analyser: Analyser) -> bool:
    """Whether ``items[j]`` is an organisation's suffix the language writes
    apart from the name it closes (``하버드`` ``대학``)."""
    if j >= len(items) or items[j].kind != ORG_END:
        return False
    between = text[items[j - 1].end : items[j].start]
    return (
        bool(between)
        and not between.strip(analyser.gap)
        and text[items[j].start : items[j].end] in analyser.apart_ends
    )


def _touch(items: Sequence[Morpheme], j: int) -> bool:
    """Whether ``items[j]`` is written right after the word before it."""
    return items[j - 1].end == items[j].start


def _run_end(text: str, items: Sequence[Morpheme], i: int, gap: str) -> int:
    """The end of the run of proper nouns that opens at ``items[i]``."""
    j = i + 1
    while j < len(items):
        between = text[items[j - 1].end : items[j].start]
        # Only a person's names stand apart; the parts of any other name
        # are written together.
        spaced = {items[j - 1].kind, items[j].kind} <= {PER, GIVEN}
        if between and (not spaced or between.strip(gap)):
            break
        if items[j].kind in _PROPER:
            j += 1
        elif items[j].kind == JOIN and j + 1 < len(items) and items[j + 1].kind in _PROPER:
            j += 2
        else:
            break
    return j


def _suffix_end(items: Sequence[Morpheme], j: int, opens: bool) -> int:
    """One past the furthest organisation's suffix that the words from
    ``items[j]`` on reach, written together; 0 when there is none."""
    if not opens:
        return 0
    found = 0
    for k in range(j, min(j + _LONGEST, len(items))):
        if not _touch(items, k) or items[k].kind not in _INSIDE:
            break
        if items[k].kind == ORG_END or (items[k].kind == ORG and k > j):
            # An institution named within its parent's name closes it too
            # (`复旦大学` `附属` `儿科医院`).
            found = k + 1
    return found


def _mention(
    text: str, run: Sequence[Morpheme], after: Morpheme | None, analyser: Analyser
) -> EntityMention | None:
    untyped = analyser.untyped
    while run and run[-1].kind == JOIN:
        run = run[:-1]
    if not run or (after is not None and after.kind == NOT_NAME):
        return None
    kinds = [m.kind for m in run]
    last = kinds[-1]
    parts = set(kinds) - {JOIN, NOUN}
    honoured = after is not None and after.kind == HONORIFIC
    if last == ORG_END or (LATIN in parts and len(parts) > 1):
        # Latin letters glued to a name make a company's (`SK텔레콤`).
        type_ = ORG
    elif last == LOC_END:
        # A place's suffix after a place (`부산시`, `徳島市`); after another
        # name it is still a place named for it (`서초구`).
        type_ = LOC if parts - {LOC_END} <= {LOC, NAME} else ORG
    elif parts <= {PER, GIVEN}:
        # A given name alone (`数子`) is a name only beside an honorific;
        # two joined (`チャン・グンソク`) are a foreign name in full.
        if parts == {GIVEN} and not honoured and kinds.count(GIVEN) < 2:
            return None
        type_ = PER
    elif parts == {LOC}:
        type_ = LOC
    elif ORG in parts or (LOC in parts and NAME in parts):
        type_ = ORG
    elif parts == {NAME}:
        if honoured:
            type_ = PER
        elif untyped is None:
            return None
        else:
            type_ = untyped
    else:
        type_ = ORG
    start, end = run[0].start, run[-1].end
    name = text[start:end]
    one_given = analyser.one_character_given and honoured and kinds == [GIVEN]
    if (end - start < 2 and not one_given) or not any(c.isalpha() for c in name) or name.isascii():
        # One character names nobody, but, where the analyser says so, a
        # given name of one kanji before an honorific (Japanese `綾さん`,
        # `香ちゃん`); Latin-script names are the tagger's.
        return None
    return EntityMention(name, type_, start, end, entity_key(name))


def find_analysed_names(text: str, paragraphs: Sequence[Span], lang: str) -> list[EntityMention]:
    """Names in ``paragraphs`` of ``text`` from the language's analyser
    (Japanese, Korean, Chinese); [] for a language without one."""
    analyser = rules_for(lang).analyser
    if analyser is None:
        return []
    out: list[EntityMention] = []
    for start, end in paragraphs:
        out.extend(names_from(text, analyser.morphemes(text, start, end), analyser))
    if analyser.parts is not None:
        out = [part for m in out for part in analyser.parts(text, m)]
    return out


def _place_with_suffix(found: EntityMention, place: EntityMention) -> bool:
    """Whether ``found`` is ``place`` with its suffix (``上海市``), not two
    places joined (``神戸・大阪``)."""
    return found.type == LOC and found.start == place.start and "・" not in found.text


def _replaces(found: EntityMention, m: EntityMention, entities: Sequence[EntityMention]) -> bool:
    """Whether the analysed name ``found`` (the last to start where ``m``
    does or before) holds ``m`` and is the name to keep: an organisation
    around a place, a place with its suffix, or a unit that opens with its
    parent organisation's name; not where the word lists found another
    name right after the parent's (a credited outlet and its city,
    `中新网广州`; two bodies written together, `中共中央国务院`)."""
    if found.end < m.end or found.end - found.start <= m.end - m.start:
        return False
    if m.type == LOC:
        return found.type == ORG or _place_with_suffix(found, m)
    return (
        m.type == ORG
        and found.type == ORG
        and found.start == m.start
        and not any(e.start == m.end and e.end <= found.end for e in entities)
    )


def with_analysed(
    entities: Sequence[EntityMention], found: Sequence[EntityMention]
) -> list[EntityMention]:
    """``entities`` with the analysed names ``found`` added where none of
    theirs overlaps, and an organisation or a place found in full replacing
    the places the word lists found inside it (``北京`` in ``北京师范大学``,
    ``上海`` in ``上海市``), and the organisation it opens with, its parent
    (``国家体育总局`` in ``国家体育总局自行车中心``, ``复旦大学`` in
    ``复旦大学成人教育学院``): the unit's name is the longer one."""
    found = sorted(found, key=lambda m: m.start)
    starts = [m.start for m in found]
    replaced: set[int] = set()
    for index, m in enumerate(entities):
        k = bisect.bisect_right(starts, m.start) - 1
        if k >= 0 and _replaces(found[k], m, entities):
            replaced.add(index)
    kept = [m for index, m in enumerate(entities) if index not in replaced]
    return add_mentions(kept, found)
