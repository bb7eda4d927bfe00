"""People an interview gives its turns to: ``鼠先輩：善も悪もなく、…。``.

A transcript opens each answer with who gives it and a colon. A label that
opens two lines or more of sentences is a person's name (an honorific
after it aside: ``土屋さん：``); a field's label opens one line, or lines of
a word or two (``価格：無料``, ``カテゴリ：ゲーム``), and stays none. The
name is found again where the article names the person in its prose.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from reader.extract.model import EntityMention, Span
from reader.extract.names import entity_key

_TURN = re.compile(
    r"^(?P<label>[^\s：:「」『』（）()、。!！?？]{1,12}?)(?:さん|氏|先生)?[：:][ \u3000]*"
    r"(?P<said>[^\n]{20,}?[。！？])",
    re.M,
)
# How many turns make a label a speaker's.
_TURNS = 2
_EDGE = re.compile(r"[\u4e00-\u9fff々\u30a1-\u30faー]")


def find_turn_speakers(text: str, paragraphs: Sequence[Span], lang: str) -> list[EntityMention]:
    """The people whose turns an interview gives, as PER mentions by start."""
    counts: Counter[str] = Counter()
    for start, end in paragraphs:
        for match in _TURN.finditer(text, start, end):
            counts[match.group("label")] += 1
    names = [name for name, n in counts.items() if n >= _TURNS]
    out = []
    for name in names:
        for start, end in paragraphs:
            i = text.find(name, start, end)
            while i >= 0:
                j = i + len(name)
                edges = (i == 0 or not _EDGE.match(text, i - 1)) and not _EDGE.match(text, j)
                if edges:
                    out.append(EntityMention(name, "PER", i, j, entity_key(name)))
                i = text.find(name, j, end)
    return sorted(out, key=lambda m: m.start)
