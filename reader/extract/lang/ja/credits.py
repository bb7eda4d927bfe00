"""The writer and the agency a Japanese article credits at its end.

Web magazines close a piece with who made it, in brackets, the production
agency first and the writer after a slash: ``（オフィスエムツー／佐藤ゆう）``,
``（編集部／ミナミ）``; or the work first (``（文・写真／矢沢隆則）``). The
writer is a person, whatever the dictionary makes of a pen name in katakana;
the agency an organisation, unless the part names a kind of work or the
staff (``文``, ``写真``, ``編集部``). A reader's signature in the same shape
(``（真美／32歳）``) carries an age, and is no credit. A writer credited
alone, in Latin letters, fills the paragraph with the brackets.

A product's box credits the company that makes, sells or runs it in a
field of its own (``販売元：Example.co.jp``, ``開発者：NOVA Soft``): the
field's whole value is that organisation, written as its domain or in
several Latin words, which the tagger would cut or drop.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.extract.model import EntityMention, Span
from reader.extract.names import entity_key

_NAME = r"[\u4e00-\u9fff々\u3041-\u3096\u30a1-\u30faー・]"
# A credit closes its paragraph (or its line).
_CREDIT = re.compile(
    rf"[（(](?P<agency>{_NAME}{{2,20}})[／/](?P<writer>{_NAME}{{2,10}})[）)][ \t　]*(?=\n|$)"
)
# Or the writer alone, in Latin capitals (`（KENJI MORI）`, `（Aya Ito）`):
# the tagger, reading capitals, takes each word for a name of its own.
_LATIN_CREDIT = re.compile(r"[（(](?P<writer>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){1,2})[）)]")
# A field that names who makes, sells, runs or publishes a product.
_FIELD = re.compile(
    r"(?:販売元|発売元|開発元|提供元|製造元|発行元|開発者|開発会社|運営会社)[ \t　]*[：:][ \t　]*"
    r"(?P<name>[^\s：:（）()「」、。][^\n：:（）()「」、。]{1,38}?)[ \t　]*$"
)
# A credit is this long at most, brackets and slash included.
_LONGEST = 34
# Parts that say what was done or by whom in general, not an agency.
_WORK = re.compile(r"文|写真|撮影|取材|構成|編集|イラスト|インタビュー|協力|監修")


def find_credits(text: str, paragraphs: Sequence[Span], lang: str) -> list[EntityMention]:
    """The writer (PER) and agency (ORG) of each closing credit, and the
    organisation (ORG) of each product's field."""
    out: list[EntityMention] = []
    for start, end in paragraphs:
        field = _FIELD.match(text, start, end)
        if field is not None:
            name = field.group("name")
            out.append(EntityMention(name, "ORG", *field.span("name"), entity_key(name)))
            continue
        # A credit is written last: only a paragraph that ends on a bracket
        # is read.
        while end > start and text[end - 1].isspace():
            end -= 1
        if end <= start or text[end - 1] not in "）)":
            continue
        match = _CREDIT.search(text, max(start, end - _LONGEST), end)
        if match is None:
            alone = _LATIN_CREDIT.fullmatch(text, start, end)
            if alone is not None:
                name = alone.group("writer")
                out.append(EntityMention(name, "PER", *alone.span("writer"), entity_key(name)))
            continue
        agency, writer = match.span("agency"), match.span("writer")
        name = text[agency[0] : agency[1]]
        if _WORK.search(name) is None:
            out.append(EntityMention(name, "ORG", *agency, entity_key(name)))
        name = text[writer[0] : writer[1]]
        out.append(EntityMention(name, "PER", *writer, entity_key(name)))
    return out
