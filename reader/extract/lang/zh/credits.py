"""The outlet an article credits, as one of the organisations it names.

A reprinted page closes with its source (``来源：光明日报``, ``（来源：新华网深圳）``,
``据《羊城晚报》报道``), and a dispatch opens with it (``中新社北京四月十二日电``):
the structure takes the outlet for the article's source, and it is an
organisation the article names too, without the bureau's city (``新华网``,
not ``新华网深圳``; ``中新社``, not ``中新社北京``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from reader.extract.lang.zh import words
from reader.extract.lang.zh.datelines import CREDITS, DATELINES, outlet
from reader.extract.model import EntityMention, Span
from reader.extract.names import entity_key


def find_credited_outlets(text: str, paragraphs: Sequence[Span], lang: str) -> list[EntityMention]:
    """The outlets credited at a paragraph's end or in the dateline that
    opens the body, as ORG mentions by start."""
    out = []
    if paragraphs:
        # A dateline opens the body's first paragraph.
        start, end = paragraphs[0]
        for pattern in DATELINES:
            match = pattern.match(text, start, end)
            name = outlet(match.group("source")) if match else None
            if name:
                at = match.start("source")
                out.append(EntityMention(name, "ORG", at, at + len(name), entity_key(name)))
                break
    for start, end in paragraphs:
        for pattern in CREDITS:
            match = pattern.search(text, start, end)
            if match is None:
                continue
            name = outlet(match.group("source"))
            if name:
                at = match.start("source")
                out.append(EntityMention(name, "ORG", at, at + len(name), entity_key(name)))
            break
    return sorted(out, key=lambda m: m.start)


# Where a credit's names end: what the people did (`摄`, `摄影报道`), a
# closing bracket, the paragraph's end, or the next credit's word.
_CREDIT_ENDS = ("摄影报道", "摄影", "摄", "报道", "報道", "）", ")", "】")
_HAN = re.compile(r"[\u4e00-\u9fff]{2,12}")
# A photo's credit closing a paragraph with no credit's word (`…交易。张迪摄`).
_PHOTO = re.compile(r"(?:^|(?<=[。！？!?\s]))(?P<names>[\u4e00-\u9fff]{2,6}?)(?:摄影|摄|攝)\s*$")


@cache
def _credit_word() -> re.Pattern:
    return re.compile(
        "(?:" + "|".join(sorted(words.ZH_CREDITS.split(), key=len, reverse=True)) + r")[：:]?\s*"
    )


def find_credited_people(text: str, paragraphs: Sequence[Span], lang: str) -> list[EntityMention]:
    """The people an article credits as its reporters and photographers,
    several names written one after another with nothing between them
    (``（记者：林海清王丹）``, ``记者林涛陈岚许文哲摄影报道``,
    ``（记者闫文博实习生田小雨摄影报道）``, ``…交易。张蕾摄``): after a
    credit's word, a run of characters that ends where the credit does
    (what they did, a bracket, the paragraph's end, the next credit) and
    splits whole into Chinese names, each a surname and one or two more
    characters of no dictionary word. PER mentions by start."""
    from reader.extract.lang.zh.names import split_names

    out = []
    for start, end in paragraphs:
        runs = []
        for word in _credit_word().finditer(text, start, end):
            run = _HAN.match(text, word.end(), end)
            if run is not None:
                runs.append(_credit_run(text, run.start(), run.end(), end))
        photo = _PHOTO.search(text, max(start, end - 12), end)
        if photo is not None:
            runs.append(photo.span("names"))
        for s, e in runs:
            if e <= s:
                continue
            at = s
            for name in split_names(text[s:e]) or ():
                out.append(EntityMention(name, "PER", at, at + len(name), entity_key(name)))
                at += len(name)
    return sorted(out, key=lambda m: m.start)


def _credit_run(text: str, start: int, end: int, stop: int) -> tuple[int, int]:
    """The names' span of a run of characters after a credit's word: up
    to where the credit ends, or empty when it goes on as a sentence
    (``记者了解到，…``)."""
    cut = end
    for ending in _CREDIT_ENDS:
        i = text.find(ending, start, end)
        if 0 <= i < cut:
            cut = i
    word = _credit_word().search(text, start, end)
    if word is not None and word.start() < cut:
        cut = word.start()
    if cut == end and not (
        end >= stop or text[end] in "）)】 \t\n" or text.startswith(_CREDIT_ENDS, end)
    ):
        return start, start
    return start, cut


# A newspaper's or a magazine's title in title marks (`《保定晚报》`,
# `《新京报》`, `《汽车杂志》`): Chinese sets off every title so, a book's and
# a film's too, but a title that ends in a paper's word is a paper, an
# outlet, and its title is its name.
_PAPER = re.compile(
    r"《(?P<name>[^《》\s，。、]{1,16}?(?:日报|晚报|早报|周报|时报|商报|导报|报|杂志|周刊|日報|晚報|週報|時報|報|雜誌|週刊))》"
)


def find_titled_outlets(text: str, paragraphs: Sequence[Span], lang: str) -> list[EntityMention]:
    """The newspapers and magazines named in title marks, as ORG mentions by start."""
    out = []
    for start, end in paragraphs:
        if "《" not in text[start:end]:
            continue
        for match in _PAPER.finditer(text, start, end):
            name = match.group("name")
            at = match.start("name")
            out.append(EntityMention(name, "ORG", at, at + len(name), entity_key(name)))
    return out
