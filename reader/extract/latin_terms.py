"""Latin-script words in Chinese, Japanese and Korean articles.

The tagger finds names in Latin script by their capitals, and in a language
written in another script every capitalised Latin word is a candidate. In
Japanese, Korean and Chinese news those words are mostly products, model
numbers and technical terms (``Android``, ``IPX5``, ``CPU``, ``Bluetooth``):
on the blind Japanese gold 24 of 134 were names. A candidate is dropped when
it holds a digit (a model or a standard), is a word English writes in lower
case (``Web``, ``Off``), a technical term (``lang/xx/latin_terms.txt``) or an
abbreviation of two letters (``OS``, ``PC``); one that runs on into the
article's own script (``JRAが``, the tagger cuts at spaces) keeps only its
Latin part, in full-width letters too (``ＪＲＡが``), unless what follows is
the rest of one word (``DJI코리아``, ``SK텔레콤``: a finder's organisation). Where it stands says
more: a Latin name that fills a pair of corner marks alone is a product, an
app or a programme the article names (``「Desktop Clock」``), one followed by
digits a model (``ARROWS X F-05D``, also a few Latin words or a bracket
before them: ``AQUOS PHONE THE HYBRID 007SH``, ``TFT WVGA（800×480）``), one
in a web address none (``WWW.EXAMPLE.EDU.CN``), one in a name field a product (``アプリ名：NumberLink``, ``開発コード名：Froyo``),
and one that opens a line before a colon a field's label (``TEL：``,
``App Store：http…``), and one in brackets right
after a word of the article's script the original of that word, a gloss
(``페로브스카이트(Perovskite)``, ``'증강'(Augment)``): a term, unless its
capitals, an organisation's last word or a given name say it is a name
(``ISS``, ``VIV Labs``, ``Peter Lee``). The tagger's type, learnt on English and Indonesian sentences,
says little here: what stays is an organisation (``S-MAX``, ``KDDI``), unless
its first word is a known given name and more follows, not an organisation's
last word (a person), or it is
a country or capital (a place); one after a byline's label a person, its
digits and all (``記事執筆：memn0ck``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache

from reader.extract.lang import home_words
from reader.extract.lexicon import common_words, gazetteer
from reader.extract.model import EntityMention
from reader.extract.names import entity_key

_LATIN_HEAD = re.compile(r"[A-Za-z][\w.&'\- ]*?(?=[^\x00-\x7f]|$)")


@cache
def _terms() -> frozenset[str]:
    return home_words("xx", "latin_terms") | common_words("en")


def _term(name: str) -> bool:
    if any(c.isdigit() for c in name):
        return True
    words = name.lower().split()
    terms = _terms()
    if len(words) == 1:
        return len(words[0]) <= 2 or words[0] in terms
    return all(w in terms for w in words)


def _type(name: str) -> str:
    low = name.lower()
    if gazetteer("places").get(low) in ("0", "1"):
        return "LOC"
    words = low.split()
    # An organisation's last word outweighs a given name before it (`Nuri Labs`).
    if len(words) > 1 and words[0] in gazetteer("given_names") and words[-1] not in _org_words():
        return "PER"
    return "ORG"


def without_latin_terms(
    text: str,
    entities: Sequence[EntityMention],
    not_name: Callable[[str, int, int], bool] | None = None,
    *,
    person: Callable[[str, int, int], bool] | None = None,
) -> list[EntityMention]:
    """``entities`` of a Chinese, Japanese or Korean article, with the Latin
    ones that are terms left out and the rest cut and typed as above; and
    those the language's ``not_name`` says are none where they stand. Words
    typed a person by their given name are left out where the language's
    ``person`` says they are none there (Japanese: a product or a shop,
    ``Nero Vision``, unless a title follows); a byline's name stays a person."""
    out = []
    named = {m.start for m in entities if m.type in ("PER", "LOC")} if not_name else set()
    products = _products(text, entities)
    for m in entities:
        # Full-width letters are Latin ones (one character for one).
        plain = unicodedata.normalize("NFKC", m.text)
        if not plain[:1].isascii() or len(plain) != len(m.text) or _pseudonym(m, plain):
            out.append(m)
            continue
        head = _LATIN_HEAD.match(plain)
        if head is None:
            continue
        cut = len(head.group().rstrip(" .-'"))
        if _one_word(m.text[cut:]):
            out.append(m)
            continue
        if _BYLINE.search(text, max(0, m.start - 12), m.start):
            # A byline names a person, whatever the letters (`執筆：memn0ck`).
            out.append(replace(m, type="PER"))
            continue
        name = plain[:cut]
        if (
            _term(name)
            or name.lower() in products
            or _named_thing(text, m.start, m.start + cut)
            or _common_gloss(text, m.start, m.start + cut, name)
        ):
            continue
        if (
            not_name is not None
            and m.start + cut not in named
            and not_name(text, m.start, m.start + cut)
        ):
            # Not before a person or a place it qualifies (`NHK堀潤アナ`).
            continue
        if cut != len(m.text):
            written = m.text[:cut]
            m = replace(m, text=written, end=m.start + cut, key=entity_key(written))
        type_ = _type(name)
        if type_ == "PER" and person is not None and not person(text, m.start, m.start + cut):
            continue
        out.append(replace(m, type=type_))
    return out


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]")
# One capital letter and one kanji: how a Japanese article names someone it
# keeps anonymous (`Ａ子`, `K子`).
_PSEUDONYM = re.compile(r"[A-Z][\u4e00-\u9fff]")


def _pseudonym(m: EntityMention, plain: str) -> bool:
    """Whether a mention is a pseudonym the language's analyser typed a
    person (``lang/ja/morphology.py``): a name, not a Latin term."""
    return m.type == "PER" and _PSEUDONYM.fullmatch(plain) is not None


# Digits, a trade mark or a model's hyphen and digits right after a name.
# Digits after a few more Latin words on its line, or after a bracket, make
# a model or a specification of it (`ARROWS X LTE F-05D`, `TFT WVGA（800×480）`).
_MODEL = re.compile(
    r"[ \t]?-?[0-9０-９]|\((?:TM|R)\)|[™®]"
    r"|(?:[ \t　]+[A-Za-z]+){1,3}[ \t　]+[A-Za-z]{0,2}-?[0-9]|[（(][0-9０-９]"
)

# A model's number or version after a name, not a year, a date or a count
# (`PowerDirector 9`, `EOS Kiss X4`; not `KDDI 2012年`).
_VERSION = re.compile(
    r"(?:[ \t　]+[A-Z][A-Za-z]*){0,2}[ \t　]*[A-Z]{0,3}-?[0-9０-９]{1,3}[A-Za-z]{0,3}"
    r"(?![0-9０-９年月日歳時分％%万億円人件回個台枚])"
)

_LABEL = re.compile(r"[ \t]*[：:]")
# A byline's label right before a name: the writer (`記事執筆：`, `文：`).
_BYLINE = re.compile(r"(?:執筆|筆者|著者|ライター|取材・文|文|作者|记者|編集)[ \t]*[：:][ \t]*$")
_DOMAIN_AFTER = re.compile(r"\.[A-Za-z]")
_DOMAIN_BEFORE = re.compile(r"[A-Za-z/]\.$")
_MARKS = {"「": "」", "『": "』"}
_MARKS_NEAR = 60


def _products(text: str, entities: Sequence[EntityMention]) -> frozenset[str]:
    """The Latin names the article writes with a model's number or version
    somewhere (`PowerDirector 9`): products, wherever written alone; and
    those of several words opened by a name the article also writes alone
    (`Google Drive` beside `Google`, `Amazon Kindle` beside `Amazon`): the
    company's product or service, unless an organisation's word or a
    country closes them (`Nuri Labs`, `Example Japan`: the company's arm)."""
    out = set()
    alone = {m.text.lower() for m in entities if m.text.isascii() and " " not in m.text}
    for m in entities:
        if not m.text.isascii():
            continue
        words = m.text.lower().split()
        if _VERSION.match(text, m.end) or (
            len(words) > 1
            and words[0] in alone
            and not any(w in _org_words() for w in words[1:])
            and gazetteer("places").get(words[-1]) is None
        ):
            out.add(m.text.lower())
    return frozenset(out)


def _named_thing(text: str, start: int, end: int) -> bool:
    """Whether the Latin name at ``text[start:end]`` names a product, a
    model or a field by where it stands (see the module's docstring)."""
    if _MODEL.match(text, end) or (
        (start == 0 or text[start - 1] == "\n") and _LABEL.match(text, end)
    ):
        return True
    if _DOMAIN_AFTER.match(text, end) or _DOMAIN_BEFORE.search(text, max(0, start - 2), start):
        # A part of an address (`ZHAOSHENG.EXAMPLE.EDU.CN`, `www.`).
        return True
    line_start = text.rfind("\n", 0, start) + 1
    if _after_name_field(text, line_start, start):
        return True
    for opening, closing in _MARKS.items():
        left = text.rfind(opening, max(line_start, start - _MARKS_NEAR), start)
        if left < 0 or closing in text[left:start]:
            continue
        right = text.find(closing, end, end + _MARKS_NEAR)
        if right >= 0 and opening not in text[end:right] and "\n" not in text[end:right]:
            return _CJK.search(text, left + 1, right) is None
    return False


# Brackets around a gloss, and the quote marks a glossed word may stand in
# before them (`'증강'(Augment)`).
_GLOSS_OPEN = "(（"
_GLOSS_CLOSE = ")）"
_GLOSSED_QUOTES = "'\"’”」』"


@cache
def _org_words() -> frozenset[str]:
    return home_words("en", "org_tails") | home_words("en", "org_heads")


def _common_gloss(text: str, start: int, end: int, name: str) -> bool:
    """Whether the Latin name at ``text[start:end]`` is the original of the
    word before its brackets and no name by its own shape: not an
    acronym, no organisation's word, not opened by a given name."""
    if start < 2 or text[start - 1] not in _GLOSS_OPEN or text[end : end + 1] not in _GLOSS_CLOSE:
        return False
    before = start - 2
    if text[before] in _GLOSSED_QUOTES and before > 0:
        before -= 1
    if not _CJK.match(text, before):
        return False
    words = name.split()
    if name.isupper() or any(w.lower() in _org_words() for w in words):
        return False
    return not (len(words) > 1 and words[0].lower() in gazetteer("given_names"))


def _after_name_field(text: str, line_start: int, start: int) -> bool:
    """Whether the name stands in the value of a name field, at its start or
    after Latin words (`アプリ名：Numbers`, `開発コード名：Cupcake`): a
    product, an app or its code name."""
    colon = max(text.rfind("：", line_start, start), text.rfind(":", line_start, start))
    return colon > line_start and text[colon - 1] == "名" and text[colon + 1 : start].isascii()


_HANGUL_OR_KATAKANA = re.compile(r"[\uac00-\ud7a3\u30a1-\u30fa\u30fc]{2,}")


def _one_word(rest: str) -> bool:
    """Whether a name's part after its Latin letters is the rest of one
    word, not a particle (``DJI코리아``, ``SK텔레콤``; not ``JRAが``, ``LG는``):
    two characters or more of Hangul or katakana, and no particle; kanji
    after Latin letters are as often a common noun (``CT检查``, a scan)."""
    return bool(_HANGUL_OR_KATAKANA.fullmatch(rest)) and rest not in _ko_particles()


@cache
def _ko_particles() -> frozenset[str]:
    from reader.extract.lang.ko.words import KO_PARTICLES

    return frozenset(KO_PARTICLES.split())


def without_latin_inside(
    entities: Sequence[EntityMention], found: Sequence[EntityMention]
) -> list[EntityMention]:
    """``entities`` less the Latin-script ones inside a longer organisation
    ``found`` in the article's script: the tagger took the Latin part of
    one word for a name of its own (``ICT`` in ``바른ICT연구소``, ``DJI`` in
    ``DJI코리아``); or inside a longer Latin name a finder found by where it
    stands (a writer's credit, ``（MIYUKI KOMATSU）``; a seller's field,
    ``販売元：Example.co.jp``): the tagger, reading capitals, took a word
    of it for a name."""
    spans = [
        (m.start, m.end)
        for m in found
        if (m.type == "ORG" and _CJK.search(m.text)) or m.text.isascii()
    ]
    if not spans:
        return list(entities)
    return [
        m
        for m in entities
        if not (
            m.text.isascii()
            and any(s <= m.start and m.end <= e and e - s > m.end - m.start for s, e in spans)
        )
    ]


def without_terms(entities: Sequence[EntityMention]) -> list[EntityMention]:
    """``entities`` of an article in any language less the ones that are a
    technical term of the list, alone or in the plural (``DVDs``, ``HDTV``,
    ``PC``): formats and kinds of device, named in capitals, not names. A
    person stays: initials the text says are someone's (``berinisial IP``)."""
    terms = home_words("xx", "latin_terms")
    return [m for m in entities if m.type == "PER" or _plain(m.text) not in terms]


def _plain(name: str) -> str:
    low = name.lower()
    return low[:-1] if low.endswith("s") and low[:-1] in home_words("xx", "latin_terms") else low
