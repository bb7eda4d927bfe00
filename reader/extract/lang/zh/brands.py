"""Makers and brands that jieba's dictionary tags as people's names
(`克莱斯勒`, `欧宝`): where the article writes the word as a brand, it is
an organisation.

Chinese says a brand by the word for one right after it (`X品牌`, `X车型`:
its models) or by a label before it (`品牌：X`, as a list of dealers
writes); a person's name takes none of them. Any of them where the article
writes the name makes every mention of that name the organisation's, so
only these words count: Latin capitals after a name are as often an
event's or a body's (`X FINA听证会`) as a model's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.extract.lang.zh.occurrences import occurrences
from reader.extract.model import EntityMention, Span

_AFTER = re.compile(r"品牌|车型")
_BEFORE = re.compile(r"品牌[：:]\s*$")
# How far back the label is looked for.
_REACH = 4


def as_brands(
    text: str, paragraphs: Sequence[Span], entities: Sequence[EntityMention]
) -> list[EntityMention]:
    """``entities`` with the people whose name the article writes as a
    brand's made organisations."""
    brands = {
        name
        for name in {m.text for m in entities if m.type == "PER"}
        if any(_brand_at(text, i, i + len(name)) for i in occurrences(text, name, paragraphs))
    }
    if not brands:
        return list(entities)
    return [replace(m, type="ORG") if m.type == "PER" and m.text in brands else m for m in entities]


def _brand_at(text: str, start: int, end: int) -> bool:
    return _AFTER.match(text, end) is not None or (
        _BEFORE.search(text, max(0, start - _REACH), start) is not None
    )
