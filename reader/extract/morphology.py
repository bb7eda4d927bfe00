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
of the Japanese and Korean names and 60 % of the Chinese ones, with
precision near one half (``python evaluation/analysers.py``); the rules here
and the kinds each language gives are what raise precision. The older
anchored rules (``cjk_names``, ``korean_orgs``, ``cjk_places``) go first, and
a name found here is added only where none of theirs overlaps it.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

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
OTHER = "OTHER"

_PROPER = frozenset((PER, GIVEN, LOC, ORG, NAME))


@dataclass(frozen=True, slots=True)
class Morpheme:
    """One word of the analysed text: offsets into the article and its kind."""

    start: int
    end: int
    kind: str


def names_from(
    text: str, morphemes: Iterable[Morpheme], *, untyped: str | None, gap: str = ""
) -> list[EntityMention]:
    """Mentions for the runs of proper nouns in ``morphemes`` (in text order).

    ``untyped`` is the type a run of proper nouns of no known type takes
    (None: no name), and ``gap`` the characters that may stand between two
    parts of one name (a space in Korean: ``마이클 존슨``).
    """
    out: list[EntityMention] = []
    run: list[Morpheme] = []
    items = list(morphemes)
    i = 0
    while i < len(items):
        m = items[i]
        if m.kind not in _PROPER:
            i += 1
            continue
        run = [m]
        j = i + 1
        while j < len(items):
            nxt = items[j]
            between = text[run[-1].end : nxt.start]
            # Only a person's names stand apart (`마이클 존슨`); the parts of
            # any other name are written together.
            spaced = {run[-1].kind, nxt.kind} <= {PER, GIVEN}
            if between and (not spaced or between.strip(gap)):
                break
            if nxt.kind in _PROPER:
                run.append(nxt)
            elif nxt.kind == JOIN and j + 1 < len(items) and items[j + 1].kind in _PROPER:
                run.append(nxt)
            elif nxt.kind == NOUN and (k := _suffix_after_nouns(items, j)):
                # Common nouns between a name and an organisation's suffix are
                # part of its name (`日本` `ネイリスト` `協会`).
                run.extend(items[j : k + 1])
                j = k + 1
                break
            elif nxt.kind in (ORG_END, LOC_END):
                run.append(nxt)
                j += 1
                break
            else:
                break
            j += 1
        after = items[j] if j < len(items) else None
        if after is not None and text[run[-1].end : after.start]:
            after = None
        mention = _mention(text, run, after, untyped)
        if mention is not None:
            out.append(mention)
        i = j
    return out


def _suffix_after_nouns(items: Sequence[Morpheme], j: int) -> int:
    """The index of an organisation's suffix that follows at most two common
    nouns from ``items[j]`` on, written together; 0 when there is none."""
    for k in range(j, min(j + 3, len(items))):
        if k > j and items[k - 1].end != items[k].start:
            return 0
        if items[k].kind == ORG_END:
            return k if k > j else 0
        if items[k].kind != NOUN:
            return 0
    return 0


def _mention(
    text: str, run: Sequence[Morpheme], after: Morpheme | None, untyped: str | None
) -> EntityMention | None:
    while run and run[-1].kind == JOIN:
        run = run[:-1]
    if not run or (after is not None and after.kind == NOT_NAME):
        return None
    kinds = [m.kind for m in run]
    last = kinds[-1]
    parts = set(kinds) - {JOIN, NOUN}
    honoured = after is not None and after.kind == HONORIFIC
    if last == ORG_END:
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
    if end - start < 2 or not any(c.isalpha() for c in name) or name.isascii():
        # One character names nobody; Latin-script names are the tagger's.
        return None
    return EntityMention(name, type_, start, end, entity_key(name))


def analysed_names(
    text: str,
    paragraphs: Sequence[Span],
    analyse,
    *,
    untyped: str | None,
    gap: str = "",
) -> list[EntityMention]:
    """Names in ``paragraphs``, with ``analyse(text, start, end)`` giving the
    morphemes of one paragraph."""
    out: list[EntityMention] = []
    for start, end in paragraphs:
        out.extend(names_from(text, analyse(text, start, end), untyped=untyped, gap=gap))
    return out


# Per language: its analyser's module, the type of an untyped proper noun
# and what may stand between a person's names. Japanese news names companies
# that way (``シャープ``); mecab-ko's untyped proper nouns and jieba's ``nz``
# are as often products, terms and events (``드론``, ``인공지능``).
_LANGUAGES = {
    "ja": ("reader.extract.lang.ja.morphology", ORG, ""),
    "ko": ("reader.extract.lang.ko.morphology", None, " "),
    "zh": ("reader.extract.lang.zh.morphology", None, ""),
}


def find_analysed_names(text: str, paragraphs: Sequence[Span], lang: str) -> list[EntityMention]:
    """Names in the Japanese, Korean or Chinese ``paragraphs`` of ``text``
    from the language's analyser, loaded the first time the language is met;
    [] for other languages."""
    found = _LANGUAGES.get(lang.split("-")[0].lower())
    if found is None:
        return []
    module, untyped, gap = found
    analyse = importlib.import_module(module).morphemes
    return analysed_names(text, paragraphs, analyse, untyped=untyped, gap=gap)
