"""Words jieba's dictionary tags as people's names that an article uses as
what they also are, adjectives and verbs (`很冷清`, `越来越默契`, `非常温顺`,
`多达6万`): where a word stands says whether it names someone.

A name is a noun: it takes no degree adverb before it (`很`, `太`, `一向`),
no aspect particle closing a clause after it (`了。`), and no count follows
it as one follows `多达` (up to). A word the dictionary knows, tagged a name, that
stands so wherever the article writes it, is no person there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.extract.lang.zh.occurrences import occurrences
from reader.extract.model import EntityMention, Span

# Adverbs of degree, manner and time that go before a predicate, never
# before a name (`太冷清了`, `越来越默契`, `非常温顺`, `显得冷清`).
_BEFORE = re.compile(
    r"(?:很|太|非常|十分|挺|更|最|越来越|越发|渐渐|逐渐|日益|一向|一片|比较|相当|特别|多么|如此|那么|这么|有些|有点|显得|变得)$"
)
# An aspect particle closing the clause right after it (`冷清了。`; not
# the 了 that opens 了解 in `姚明了解到`), or a count right after it, a
# number with a magnitude or a counter (`多达6万`, `多达300人`, `多达10款`,
# `多达到2000元`: 最多达到, at most reaching). A bare
# number is no cue: a date or time follows a speaker's name in every news
# report (`姚明3日在上海表示`, `12月5日`), a score or an age follows a player's.
_AFTER = re.compile(
    r"了(?=[，。！？、；：”’」』）)\s]|$)"
    r"|到?[0-9０-９.．一二三四五六七八九十百千两]+"
    r"(?:万|亿|千|百|余|多|人|名|个|元|%|％|分|款|家|辆|种|项|倍|次|位)"
)
# How far back the adverb is looked for.
_REACH = 3


def without_predicates(
    text: str, paragraphs: Sequence[Span], entities: Sequence[EntityMention]
) -> list[EntityMention]:
    """``entities`` without the people whose two-character name is a word of
    the dictionary that the article uses as a predicate wherever it writes
    it (a degree adverb before, a clause-closing aspect particle or a count
    after)."""
    from reader.extract.lang.zh.morphology import dictionary_count

    words = {
        m.text
        for m in entities
        if m.type == "PER" and len(m.text) == 2 and dictionary_count(m.text)
    }
    predicates = set()
    for word in words:
        spots = occurrences(text, word, paragraphs)
        if spots and all(_predicate(text, i, i + len(word)) for i in spots):
            predicates.add(word)
    if not predicates:
        return list(entities)
    return [m for m in entities if not (m.type == "PER" and m.text in predicates)]


def _predicate(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - _REACH - 1) : start]
    return _BEFORE.search(before) is not None or _AFTER.match(text, end) is not None
