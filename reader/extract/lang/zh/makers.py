"""Carmakers and their joint ventures, named as Chinese writes them.

A Chinese joint venture is named by its Chinese partner and its foreign
maker written together (`北京现代`, `广州丰田`, `东风本田`, `一汽大众`): a place
or a maker, then a maker, one company. A maker whose name is also a common
word (`现代`, modern; `大众`, the public; ``makers.txt``) is a name where the
writing says a company: before its trade (`吉利汽车`), or after a partner in
a sentence about cars (`南宁现代的销量`; not `欧洲现代艺术`, `北京大众普遍
关注`); an article that names it so means the company when it writes the
short name alone again (`…吉利的新车`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from itertools import pairwise

from reader.extract.lang import home_words
from reader.extract.lang.zh.occurrences import occurrences
from reader.extract.model import EntityMention, Span
from reader.extract.names import entity_key

# Characters cut into words on each side of a maker to find its edges.
_AROUND = 8
# The jieba tags of a venture's Chinese partner: a place (`北京`, `广州`,
# `德国`), an abbreviation (`一汽`, j) or a proper noun (`华晨`, nz).
_PARTNER_TAGS = frozenset(("ns", "j", "nz", "nt"))
# A venture is named by its partner, a company or a city, never by China
# itself: `中国` before a maker's common word is "Chinese" (`中国现代文学`,
# `中国大众`, the Chinese public).
_NO_PARTNERS = frozenset(("中国", "我国", "国内", "全国"))
_HAN = re.compile(r"[\u4e00-\u9fff]")
# A maker's trade written after its name (`吉利汽车`, `丰田汽车公司`).
_TRADE = re.compile(r"汽车(?:集团|公司)?")
# A count of vehicles after the trade makes the maker's word a verb of
# output and the trade its object (`日产汽车300辆`, makes 300 cars a day).
_COUNTED = re.compile(r"[\d０-９零〇一二三四五六七八九十百千万两几多余]+[辆台部]")
# What says a company in a sentence about cars: its products, its sales,
# its dealers (`新车`, `销量`, `4S店`). A place before a maker's common word
# (``makers.txt``) is a venture only in such a sentence: elsewhere it is
# the word's common sense (`欧洲现代艺术`, `北京大众`, the Beijing public;
# `河北长城`, the Great Wall).
_CAR_WORDS = re.compile(
    r"汽车|轿车|赛车|卡车|客车|重卡|新车|车型|车展|车企|厂商|制造商|销量|经销商|4S店|上市|召回|合资|SUV",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[。！？!?；;]")


@cache
def _makers() -> frozenset[str]:
    return home_words("zh", "makers")


@cache
def _pattern() -> re.Pattern:
    names = sorted(home_words("zh", "companies") | _makers(), key=len, reverse=True)
    return re.compile("|".join(re.escape(n) for n in names))


def _partner(text: str, word: tuple[int, int]) -> bool:
    """Whether a word names a venture's Chinese partner: a maker of
    ``makers.txt`` or a word of the partner's tags, no foreign company of
    ``companies.txt`` (`法拉利` `玛莎拉蒂`, `奥迪` `奥迪` are two), not China
    (``_NO_PARTNERS``)."""
    from reader.extract.lang.zh.morphology import word_tags

    name = text[word[0] : word[1]]
    return (
        len(name) >= 2
        and name not in _NO_PARTNERS
        and name not in home_words("zh", "companies")
        and (name in _makers() or word_tags().get(name) in _PARTNER_TAGS)
    )


def _noun(word: str) -> bool:
    """Whether jieba reads a maker's name as a noun or an abbreviation
    (`吉利`, `一汽`), so that its trade after it names a company; not as a
    word of time or a verb (`现代汽车`, modern cars; `通用汽车`)."""
    from reader.extract.lang.zh.morphology import word_tags

    tag = word_tags().get(word, "x")
    return tag.startswith("n") or tag == "j"


def find_makers(text: str, paragraphs: Sequence[Span], lang: str) -> list[EntityMention]:
    """ORG mentions of joint ventures (`北京现代`), of makers named with
    their trade (`吉利汽车`), and of those makers' short names wherever the
    article writes them alone on a word's edges."""
    from reader.extract.lang.zh.morphology import word_edges

    out = []
    unsure = []
    named = set()
    pattern = _pattern()
    for start, end in paragraphs:
        for match in pattern.finditer(text, start, end):
            s, e = match.span()
            maker = match.group()
            trade = _TRADE.match(text, e)
            if trade is not None and (
                not (maker in _makers() and _noun(maker))
                or _COUNTED.match(text, trade.end()) is not None
            ):
                trade = None  # a trade names the maker ``_noun`` says
            if trade is None and (s == start or not _HAN.match(text, s - 1)):
                continue  # no partner before it, no trade after it
            lo = max(start, s - _AROUND)
            words = list(pairwise(word_edges(text, lo, min(end, e + _AROUND))))
            before = next((w for w in words if w[1] == s), None)
            if (before is None and s != lo) or not any(w[1] == e for w in words):
                continue  # inside a longer word
            if before is not None and _partner(text, before):
                s = before[0]
            elif trade is None:
                continue
            if trade is not None:
                e = trade.end()
            name = text[s:e]
            mention = EntityMention(name, "ORG", s, e, entity_key(name))
            if trade is None and _common_word(maker) and not _about_cars(text, start, end, s, e):
                unsure.append(mention)
                continue
            out.append(mention)
            if maker in _makers():
                named.add(maker)
    # A venture the article names in a sentence about cars is one in its
    # other sentences too.
    sure = {m.text for m in out}
    for mention in unsure:
        if mention.text in sure:
            out.append(mention)
            named.add(next(mk for mk in _makers() if mention.text.endswith(mk)))
    out += _short_names(text, paragraphs, named, out)
    return sorted(out, key=lambda m: m.start)


def _common_word(maker: str) -> bool:
    """Whether a maker of ``makers.txt`` is a common word (`现代`, `大众`,
    `长城`): not one of the makers abbreviated with `汽` for `汽车` (`一汽`,
    `上汽`, `重汽`), which name the company alone."""
    return maker in _makers() and not maker.endswith("汽")


def _about_cars(text: str, start: int, end: int, s: int, e: int) -> bool:
    """Whether the sentence of ``text[s:e]``, inside the paragraph
    ``start``..``end``, writes a word of cars' trade (``_CAR_WORDS``) or
    names another carmaker of ``companies.txt`` (`奇瑞、吉利…韩国现代`)."""
    lo = max((m.end() for m in _SENTENCE_END.finditer(text, start, s)), default=start)
    stop = _SENTENCE_END.search(text, e, end)
    hi = stop.start() if stop else end
    if _CAR_WORDS.search(text, lo, hi) is not None:
        return True
    companies = home_words("zh", "companies")
    return any(
        m.group() in companies and (m.end() <= s or e <= m.start())
        for m in _pattern().finditer(text, lo, hi)
    )


def _short_names(
    text: str, paragraphs: Sequence[Span], makers: set[str], found: list[EntityMention]
) -> list[EntityMention]:
    from reader.extract.lang.zh.morphology import word_edges

    out = []
    for maker in makers:
        for s in occurrences(text, maker, paragraphs):
            e = s + len(maker)
            if any(m.start < e and s < m.end for m in found):
                continue
            lo, hi = _paragraph(paragraphs, s)
            edges = word_edges(text, max(lo, s - _AROUND), min(hi, e + _AROUND))
            if (s, e) in pairwise(edges):
                out.append(EntityMention(maker, "ORG", s, e, entity_key(maker)))
    return out


def _paragraph(paragraphs: Sequence[Span], at: int) -> Span:
    return next((p for p in paragraphs if p[0] <= at < p[1]), (at, at))


# A price quoted right after a word (`…报价`, `…(报价`, `…详细报价`): auto
# news writes it after a car's model, a product (`夏利报价`, `蒙迪欧(报价`),
# never after a person or a place.
_PRICED = re.compile(r"[（(]?(?:详细|全新)?报价")


@cache
def _after_maker() -> re.Pattern:
    return re.compile(f"(?:{_pattern().pattern})$")


def _model_at(text: str, start: int, end: int) -> bool:
    """Whether a name stands as a car's model: before a price, or right
    after its maker's name (`三菱欧蓝德`, `一汽夏利`), as Chinese writes a
    make and its model. After a maker, only a word of the dictionary, no
    known place: a market (`大众中国`) or a person named after the company
    (`通用沈俊林`, whose name no dictionary has) is none."""
    from reader.extract.lang.zh.morphology import dictionary_count, known_place

    if _PRICED.match(text, end) is not None:
        return True
    name = text[start:end]
    return (
        _after_maker().search(text, max(0, start - 5), start) is not None
        and dictionary_count(name) > 0
        and not known_place(name)
    )


def _made(name: str) -> list[str]:
    """The maker a company's name opens with, when what follows it is a
    word jieba reads as a proper noun (`三菱` `欧蓝德`); none when it is a
    trade, a body's word or a maker (`丰田汽车`, `丰田公司`, `东风本田`)."""
    from reader.extract.lang.zh.morphology import word_tags

    match = _pattern().match(name)
    if match is None or match.end() == len(name):
        return []
    rest = name[match.end() :]
    if _pattern().fullmatch(rest):
        # Two makers: a joint venture (`东风本田`).
        return []
    return [match.group()] if word_tags().get(rest) in ("nr", "nrt", "ns", "nz") else []


def without_models(
    text: str, paragraphs: Sequence[Span], entities: Sequence[EntityMention]
) -> list[EntityMention]:
    """``entities`` without the cars' models that jieba reads as people or
    places (`夏利`, `蒙迪欧`): a name the article writes as a model anywhere
    (``_model_at``) is a product, no entity wherever it stands; a maker
    written before it stays a company (`三菱欧蓝德`: `三菱`)."""
    makers = home_words("zh", "companies") | _makers()
    names = {m.text for m in entities if m.type in ("PER", "LOC")}
    # A maker and its model read as one company (`三菱欧蓝德`): the model
    # is what follows the maker.
    names |= {m.text[len(mk) :] for m in entities if m.type == "ORG" for mk in _made(m.text)}
    models = {
        name
        for name in names
        if any(_model_at(text, i, i + len(name)) for i in occurrences(text, name, paragraphs))
    }
    if not models:
        return list(entities)
    out = []
    for m in entities:
        if m.text in models:
            continue
        model = next((x for x in models if m.text.endswith(x)), None)
        maker = m.text[: -len(model)] if model else ""
        if m.type == "ORG" and maker in makers:
            m = EntityMention(maker, "ORG", m.start, m.start + len(maker), entity_key(maker))
        out.append(m)
    return out
