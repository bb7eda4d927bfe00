"""National bodies of the Chinese state, named from ``国家`` to their kind.

``国家质量监督检验检疫总局``, ``国家标准化管理委员会``, ``国家发改委``: jieba
cuts them into common words (``国家`` ``质量`` ``监督`` … ``总局``) and tags at
most their tail as an organisation (``药品监督管理局``), so the analyser finds
none in full. Written as one word from ``国家`` to a body's kind, with no
punctuation or conjunction inside, they are one organisation's name; ``国家有关
部门`` (the relevant departments) names none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.extract.model import EntityMention, Span
from reader.extract.names import entity_key

_BODY = re.compile(
    r"国家(?P<inside>[\u4e00-\u9fff]{2,12}?)"
    r"(?:总局|管理局|委员会|监督局|办公室|局|委|部|署)(?![门分长员会局])"
)
# What a name does not hold: a clause's words (`国家有关部门`, `国家和地方`).
_NOT_INSIDE = re.compile(r"[的和与及或、有在对将是为]")


def find_national_bodies(text: str, paragraphs: Sequence[Span], lang: str) -> list[EntityMention]:
    """``国家…局`` and its kind as ORG mentions, sorted by start."""
    out = []
    for start, end in paragraphs:
        for match in _BODY.finditer(text, start, end):
            if _NOT_INSIDE.search(match.group("inside")):
                continue
            name = match.group(0)
            out.append(EntityMention(name, "ORG", match.start(), match.end(), entity_key(name)))
    return out
