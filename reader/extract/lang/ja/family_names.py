"""A person named again by a family name of one kanji and a title: ``孫社長``.

News names a person in full once (``孫正義``) and then by the family name
and a title or an honorific (``孫社長``, ``堺さん``). A family name of two
kanji or more the analyser knows alone; one of a single kanji is as often a
common word (``孫``, a grandchild; ``森``, a wood) and is no name alone. It
is the person's where the article named someone in full with it, the
analyser reading that kanji as the family name there, and a title or an
honorific follows it: such a mention takes the full name's key. Not where
the kanji is the end of a word before it: a kanji or a polite prefix in
hiragana (`お孫さん`, `ご…`, `ひ孫`); nor where the title opens a longer
word (`韓大統領府`, the office, `林社長室`); and a kanji that alone is a
common noun (`孫`, `林`) only with a role or `氏`, as `さん` or `ちゃん`
follows the common noun too (`孫さんと遊んだ`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from reader.extract.cjk_names import add_mentions
from reader.extract.model import EntityMention, Span

# Honorifics said of a common noun as well as of a person (`孫さん`, a
# grandchild).
_FAMILIAR = frozenset(("さん", "ちゃん", "くん", "君"))
_KANJI = re.compile(r"[\u4e00-\u9fff々]")


@cache
def _titles() -> str:
    from reader.extract.lang.ja.words import JA_HONORIFICS, JA_ROLES

    words = {*JA_HONORIFICS.split(), *JA_ROLES.split(), "ちゃん", "くん", "君"}
    return "|".join(sorted(words, key=len, reverse=True))


def one_kanji_family_names(
    text: str, paragraphs: Sequence[Span], entities: Sequence[EntityMention]
) -> list[EntityMention]:
    """``entities`` with the people named again by a one-kanji family name."""
    from reader.extract.lang.ja.morphology import common_noun, one_kanji_family

    keys: dict[str, str] = {}
    for m in entities:
        if (
            m.type == "PER"
            and len(m.text) >= 2
            and m.text[0] not in keys
            and one_kanji_family(m.text)
        ):
            keys[m.text[0]] = m.key
    if not keys:
        return list(entities)
    again = re.compile(rf"(?<![\u4e00-\u9fff々おごひ御])([{''.join(keys)}])({_titles()})")
    found = [
        EntityMention(match.group(1), "PER", match.start(), match.end(1), keys[match.group(1)])
        for start, end in paragraphs
        for match in again.finditer(text, start, end)
        if not _KANJI.match(text, match.end())
        and not (match.group(2) in _FAMILIAR and common_noun(match.group(1)))
    ]
    return add_mentions(entities, found)
