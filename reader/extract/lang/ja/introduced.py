"""Japanese people introduced by their occupation: ``女優の早見ゆかり``.

Entertainment and sports news names a person after what they do, joined by
``の`` or ``・`` (``タレントのベッキー``, ``女優・サエコ``): the small Sudachi
dictionary knows few stage names, cuts a kanji surname and a given name in
hiragana into common nouns (``早見`` ``ゆかり``) and calls a name in katakana
alone a given name, no name by itself. After an occupation, the words up to
a particle, an honorific or a mark are the person's name when the analyser
calls one of them a name, or when they are written as a name is: a kanji
surname and a hiragana given name. A common noun in kanji there is what the
occupation has (``女優の仕事``), no name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from reader.extract import morphology as kinds
from reader.extract.model import EntityMention, Span
from reader.extract.names import entity_key

JA_OCCUPATIONS = """
    女優 俳優 タレント モデル 歌手 アイドル 芸人 お笑い芸人 アナウンサー 声優 作家 小説家 漫画家
    映画監督 ミュージシャン 落語家 棋士 評論家 ジャーナリスト 司会者 グラビアアイドル 写真家
    デザイナー 脚本家 演出家 振付師 料理研究家 タレント 弁護士 解説者
"""
# Words read after the occupation, at most.
_REACH = 16
_PROPER = frozenset((kinds.PER, kinds.GIVEN, kinds.NAME))
# What a name is made of: proper nouns, and common nouns the analyser cut
# it into, kana or the first word's kanji.
_PARTS = _PROPER | {kinds.NOUN, kinds.JOIN}
_WRITTEN_AS_NAME = re.compile(r"[\u4e00-\u9fff々]{1,3}[\u3041-\u3096]{2,4}")
_KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u30fc・]+")


@cache
def _anchor() -> re.Pattern:
    words = "|".join(sorted(set(JA_OCCUPATIONS.split()), key=len, reverse=True))
    return re.compile(rf"(?:{words})[の・]")


def find_introduced(text: str, paragraphs: Sequence[Span], lang: str) -> list[EntityMention]:
    """PER mentions of the people named right after their occupation."""
    from reader.extract.lang.ja.morphology import morphemes

    out = []
    for start, end in paragraphs:
        for match in _anchor().finditer(text, start, end):
            at = match.end()
            items = morphemes(text, at, min(end, at + _REACH))
            name_end = _name_end(text, items)
            if name_end is None:
                continue
            name = text[at:name_end]
            if 2 <= len(name) <= 10:
                out.append(EntityMention(name, "PER", at, name_end, entity_key(name)))
    return out


def _name_end(text: str, items: Sequence[kinds.Morpheme]) -> int | None:
    """Where the name that opens ``items`` ends; None when they open none."""
    taken: list[kinds.Morpheme] = []
    for m in items:
        word = text[m.start : m.end]
        if m.kind not in _PARTS or (m.kind == kinds.NOUN and taken and not _KANA.fullmatch(word)):
            break
        taken.append(m)
    if not taken or len(taken) == len(items) or taken[-1].kind == kinds.JOIN:
        # No word after it to say the name ended there.
        return None
    name = text[taken[0].start : taken[-1].end]
    if any(m.kind in _PROPER for m in taken) or _WRITTEN_AS_NAME.fullmatch(name):
        return taken[-1].end
    return None
