"""Chinese people named before what they say, or before an honorific
(``王丽萍女士``) or as an interview's speaker (``王丽萍：``), whatever their
given name; foreign people written by sound before what they say
(``达尔文说``).

``cjk_names`` reads a full name only where its given name is written in the
characters given names commonly use (``ZH_GIVEN``), as a surname opens many
common words (``高度``, ``方面``); ``沈思培认为``, ``袁春珍说`` were missed. Right
before a speech verb, at a clause's edge, a surname and one or two more
characters are a name when they make no word of jieba's dictionary
(``方面表示``, ``马上说``, ``曾多次表示`` are words); found so, the name is
found again wherever the article repeats it (``…的袁春珍不无遗憾``).

After a role (``医生王恪霖每个月…``), what follows the name need not say
where it ends: the dictionary does. A name it does not know, it cuts into
single characters (``王`` ``恪`` ``霖`` ``每个月``), so a surname and the one
or two single characters after it are the name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from reader.extract.cjk_names import add_mentions
from reader.extract.lang.zh import words
from reader.extract.lang.zh.morphology import cut_words, dictionary_count, word_edges
from reader.extract.model import EntityMention, Mentions, Span
from reader.extract.names import entity_key

# Where a clause starts: punctuation or a paragraph's start.
_EDGE = '，,。：:；;、！!？?（(）)“”"「」 \t'
# A name or its first two characters counted this often by the dictionary
# is a word (`方面` 26,963, `张家港` 69), not a person (`袁春珍` 0).
_NAME_WORD = 20
_WORD = 300


@cache
def _pattern() -> re.Pattern:
    one = "[" + "".join(words.ZH_SURNAMES.split()) + "]"
    two = "|".join(words.ZH_SURNAMES_2.split())
    verbs = "|".join(sorted((words.ZH_VERBS + words.ZH_HONORIFICS).split(), key=len, reverse=True))
    edge = re.escape(_EDGE)
    return re.compile(
        rf"(?:^|(?<=[{edge}]))(?P<name>(?:{two}|{one})[\u4e00-\u9fff]{{1,2}}?)"
        rf"(?={verbs})",
        re.M,
    )


@cache
def _foreign() -> re.Pattern:
    """A foreign name written by sound right before a speech verb, at a
    clause's edge (``达尔文说``, ``居里夫人说``): every character one of the
    transliteration table's; an adverb of time may stand before the verb
    (``达尔文曾经说过``)."""
    sounds = "".join(words.ZH_TRANSLITERATION.split())
    verbs = "|".join(sorted(words.ZH_VERBS.split(), key=len, reverse=True))
    edge = re.escape(_EDGE)
    return re.compile(
        rf"(?:^|(?<=[{edge}]))(?P<name>[{sounds}]{{2,5}}?)(?:夫人|先生)?(?:曾经|曾)?(?={verbs})",
        re.M,
    )


# A person's name in Latin letters: initials and a family name
# (`R.Rosenthal`, `J. K. Lin`), or two to four capitalised words that a
# given name opens (`Maria Lopez`; `_latin_person`).
_LATIN_INITIALS = re.compile(r"(?:[A-Z]\.\s?){1,3}[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?")
_LATIN_WORDS = re.compile(r"[A-Z][a-z]+(?:[ ·-][A-Z][a-z]+){1,3}")


def _latin_person(latin: str) -> bool:
    """Whether a Latin gloss names a person: initials and a family name, or
    a given name and more names, no body's word among them; a car
    (`Corolla Cross`) opens with no given name, a school or a firm
    (`Stanford University`, `Ford Motor`) has a body's word."""
    from reader.extract.lexicon import gazetteer

    if _LATIN_INITIALS.fullmatch(latin):
        return True
    words = re.split(r"[ ·-]", latin.lower())
    return (
        _LATIN_WORDS.fullmatch(latin) is not None
        and words[0] in gazetteer("given_names")
        and not any(w in _bodies() or w + "s" in _bodies() for w in words[1:])
    )


@cache
def _bodies() -> frozenset[str]:
    """Words that make an English name a body's (`University`, `Motors`)."""
    from reader.extract.lang import home_words

    return frozenset(("school", "college")).union(
        *(home_words("en", kind) for kind in ("org_tails", "org_heads", "institution_heads"))
    )


@cache
def _glossed() -> re.Pattern:
    """A foreign name written by sound and glossed by its original in
    brackets (``罗兰德（R.Roland）``, ``玛丽亚·洛佩斯（Maria Lopez）``):
    what the brackets hold says a person (``_latin_person``), not a place,
    a body or a thing."""
    sounds = "".join(words.ZH_TRANSLITERATION.split())
    return re.compile(
        rf"(?<![{sounds}])(?P<name>[{sounds}]{{2,6}}(?:[·・][{sounds}]{{1,6}})?)"
        rf"[（(]\s*(?P<latin>[^（）()]{{3,30}}?)\s*[）)]"
    )


# What joins a foreign person's names written by sound: the middle dot,
# and as pages and agencies also write it, a bullet or its HTML entity left
# in the text (``约翰&#8226;杜邦``); these join nothing else between two
# names written by sound.
_DOTS = ("·", "・", "•", "&#8226;")
# A full stop or a hyphen joins a person's names too (``约翰.杜邦``,
# ``约翰-杜邦``), but as often two sides or clubs (``阿森纳-切尔西的比赛``):
# a name joined by them is a person's only with a person's cue by it
# (``_person_cue``).
_STOPS = (".", "．", "-")
_JOINERS = _DOTS + _STOPS
_JOIN = "|".join(re.escape(j) for j in _JOINERS)
# The joiners of one character, for a character class.
_JOIN_CHARS = re.escape("".join(j for j in _JOINERS if len(j) == 1))
# A joiner between two Chinese characters: most full stops and hyphens
# stand in numbers and Latin words, and the paragraph is then not read.
_JOINED = re.compile(rf"[\u4e00-\u9fff](?:{_JOIN})[\u4e00-\u9fff]")


@cache
def _dotted() -> re.Pattern:
    """A foreign person's names written by sound and joined by a middle dot
    or another joiner (``_JOINERS``: ``何塞·莫列诺``, ``阿列克谢·彼得罗夫``):
    Chinese writes a foreign person's given and family names so, wherever
    the person stands; every character one of the transliteration table's,
    no more of them on either side (``瓦尔登堡·霍恩费尔德古堡`` is a
    castle's name) but 于, a preposition after the name (``…诺于1937年``),
    and no part a place (``巴西-阿根廷``: ``_dotted_person``)."""
    sounds = "".join(words.ZH_TRANSLITERATION.split())
    last = sounds.replace("于", "")
    return re.compile(
        rf"(?<![{sounds}《{_JOIN_CHARS}])(?P<name>[{sounds}]{{2,6}}(?:{_JOIN})[{sounds}]{{1,7}}[{last}])"
        rf"(?![{last}》{_JOIN_CHARS}])"
    )


def _dotted_person(text: str, match: re.Match) -> bool:
    """Whether a joined name is a person's: no part of it a place of the
    lists (``巴西-阿根廷``, ``中国·北京`` join two places; jieba's
    dictionary tags many foreign names' parts as places, so not by its
    tag), and when a full stop or a hyphen joins it, a person's cue by it
    (``_person_cue``)."""
    from reader.extract.lang.zh.morphology import known_place

    name = match.group("name")
    if any(known_place(p) for p in re.split(_JOIN, name) if p):
        return False
    return any(d in name for d in _DOTS) or _person_cue(text, *match.span("name"))


@cache
def _speech_after() -> re.Pattern:
    verbs = "|".join(sorted((words.ZH_VERBS + words.ZH_HONORIFICS).split(), key=len, reverse=True))
    adverbs = "".join(words.ZH_ADVERBS.split())
    return re.compile(rf"[{adverbs}]?(?:{verbs})")


@cache
def _person_before() -> re.Pattern:
    roles = sorted(
        set((words.ZH_ROLES + words.ZH_KIN + words.ZH_PEOPLE).split()), key=len, reverse=True
    )
    return re.compile(rf"(?:{'|'.join(roles)})\Z")


# How far back a role before a name is looked for: longer than the longest
# role (`首席执行官`).
_ROLE_REACH = 6


def _person_cue(text: str, start: int, end: int) -> bool:
    """Whether a joined name opens with a common Western given name
    (``约翰-杜邦``), a speech verb or an honorific follows it (``罗萨诺-杜邦表示``)
    or a role or a word for a person stands right before it (``球员罗萨诺.杜邦``):
    what two clubs or sides joined by a hyphen never take."""
    first = re.split(_JOIN, text[start:end], maxsplit=1)[0]
    return (
        first in _foreign_given()
        or _speech_after().match(text, end) is not None
        or _person_before().search(text, max(0, start - _ROLE_REACH), start) is not None
    )


@cache
def _foreign_given() -> frozenset[str]:
    return frozenset(words.ZH_FOREIGN_GIVEN.split())


def _glossed_people(text: str, start: int, end: int) -> list[str]:
    from reader.extract.lexicon import gazetteer

    out = []
    for match in _glossed().finditer(text, start, end):
        latin = match.group("latin")
        if _latin_person(latin) and latin.lower() not in gazetteer("places"):
            out.append(match.group("name"))
    return out


@cache
def _turn() -> re.Pattern:
    """A speaker's label opening a turn of an interview (``张骅：``): a
    surname and one or two more characters between a sentence's start and
    a colon."""
    one = "[" + "".join(words.ZH_SURNAMES.split()) + "]"
    two = "|".join(words.ZH_SURNAMES_2.split())
    return re.compile(
        rf"(?:^|(?<=[。？！?!]))(?P<name>(?:{two}|{one})[\u4e00-\u9fff]{{1,2}}?)[：:]", re.M
    )


@cache
def _not_names() -> frozenset[str]:
    return frozenset((words.ZH_WORDS + words.ZH_ROLES + words.ZH_PEOPLE + words.ZH_VERBS).split())


def split_names(run: str) -> list[str] | None:
    """``run``, a credit's names (where it stands says they are names),
    cut whole into Chinese names written one after another (``林海清王丹``:
    ``林海清``, ``王丹``), each a surname and one or two more characters, no
    word of the lists; of the cuts that make names of all of it, the one
    with fewest words of the dictionary among them (``陈浩`` ``许文静``, not
    ``陈浩许`` ``文静``, gentle), three characters before two. None when no
    cut does."""
    cuts = _cuts(run)
    if not cuts:
        return None
    return min(cuts, key=lambda cut: sum(dictionary_count(name) >= _NAME_WORD for name in cut))


def _cuts(run: str) -> list[list[str]]:
    if not run:
        return [[]]
    out = []
    for size in (3, 2):
        head = run[:size]
        if len(head) == size and _surname_opens(head) and head not in _not_names():
            out += [[head, *rest] for rest in _cuts(run[size:])]
    return out


def _surname_opens(name: str) -> bool:
    return name[:2] in _surnames() or name[:1] in _surnames()


def _is_name(name: str) -> bool:
    """Whether a surname and what follows it before a speech verb make a
    name: no title (``李校长``, ``陆总``) and none of the dictionary's words,
    whole or in its first or last two characters."""
    if name in _not_names() or name[1:] in _not_names() or name[-1] in _titles():
        return False
    if dictionary_count(name) >= _NAME_WORD:
        return False
    return len(name) == 2 or (
        dictionary_count(name[:2]) < _WORD and dictionary_count(name[1:]) < _WORD
    )


@cache
def _titles() -> frozenset[str]:
    return frozenset(words.ZH_SURNAME_TITLES.split())


@cache
def _adverbs() -> frozenset[str]:
    return frozenset(words.ZH_ADVERBS.split())


def _name(found: str) -> str:
    """The name without an adverb read into it (``张琰只`` before ``说``)."""
    return found[:-1] if len(found) == 3 and found[-1] in _adverbs() else found


@cache
def _after_role() -> re.Pattern:
    one = "[" + "".join(words.ZH_SURNAMES.split()) + "]"
    two = "|".join(words.ZH_SURNAMES_2.split())
    roles = "|".join(
        sorted(
            set((words.ZH_ROLES + words.ZH_KIN + words.ZH_CALLED).split()), key=len, reverse=True
        )
    )
    # An age before a name is as sure a sign of one (`今年47岁李某某`,
    # `48岁的李某某`). Each digit is its own alternative, not a class
    # (`[0-9０-９]岁`): when every alternative opens with a character,
    # ``re`` gathers them into a set and skips the text's other characters
    # instead of trying every role at each one: 20 times faster.
    ages = "|".join(f"{digit}岁的?" for digit in "0123456789０１２３４５６７８９")
    return re.compile(rf"(?P<before>{roles}|{ages})(?P<name>(?:{two}|{one})[\u4e00-\u9fff]{{1,2}})")


# Bare `叫` names (`班主任叫孙秀梅，`, `一个叫李明的人`) but is also "hail",
# "order" or "tell to" (`叫车后不久`, `叫车去机场`, `叫外卖`), and `车`, `田`
# or `马` are surnames: the name it gives ends its clause or describes the
# noun after `的`, and a word it calls for goes on.
_CALLED_END = re.compile(r"[的，,。！!？?；;、：:）)”\s]|$")


def _called(text: str, match: re.Match, name: str) -> bool:
    """Whether ``name``, found after the word before it in ``match``, is
    named so: always after a role or a longer word for naming, after bare
    ``叫`` only where the name closes its clause."""
    return match.group("before") != "叫" or bool(
        _CALLED_END.match(text, match.start("name") + len(name))
    )


# The last character of a word for a role or a trade (`组长`, `冠军`, `选手`,
# `教师`, `研究员`, `作家`, `法官`, `经纪人`, `功臣`): a word of the dictionary ending in one,
# right before a surname, is a role the lists need not hold.
_ROLE_ENDS = "长员师家军手官人臣"


@cache
def _after_role_word() -> re.Pattern:
    one = "[" + "".join(words.ZH_SURNAMES.split()) + "]"
    two = "|".join(words.ZH_SURNAMES_2.split())
    return re.compile(rf"(?<=[{_ROLE_ENDS}])(?P<name>(?:{two}|{one})[\u4e00-\u9fff]{{1,2}})")


def _role_word(text: str, at: int, start: int) -> bool:
    """Whether a word of the dictionary, two to four characters long, ends
    at ``at`` (`组长` in `教研组组长`), and the cut of the words around it
    ends one there: ``人`` also opens words (`注重` `人文性` holds `重人`)."""
    if not any(dictionary_count(text[i:at]) > 0 for i in range(max(start, at - 4), at - 1)):
        return False
    return text[at - 1] != "人" or at in word_edges(text, max(start, at - 4), at + 3)


def _cut_name(found: str) -> str | None:
    """A surname and the single characters the dictionary cuts after it,
    two at most (``王恪霖`` of ``王恪霖每``); None when a word follows the
    surname at once (``王国``)."""
    words_ = cut_words(found)
    if _known_name(words_[0]):
        return words_[0]
    surname = words_[0]
    if surname not in _surnames():
        return None
    given = ""
    for word in words_[1:3]:
        if len(word) != 1 or not "\u4e00" <= word <= "\u9fff" or word in _not_given():
            break
        given += word
    return surname + given if given else None


def _known_name(word: str) -> bool:
    """Whether jieba's dictionary has the name whole, as a person's
    (``邹春兰``), as the analyser reads it: no common word."""
    from reader.extract.lang.zh.morphology import is_person_word

    return len(word) in (2, 3) and is_person_word(word)


@cache
def _surnames() -> frozenset[str]:
    return frozenset((words.ZH_SURNAMES + words.ZH_SURNAMES_2).split())


@cache
def _not_given() -> frozenset[str]:
    """Single characters that follow a name, no part of it: a verb, an
    adverb, a particle, a demonstrative (``王珂又向``, ``牛犇在``, ``王跃这``;
    ``张涛摄``: a photo's credit)."""
    after = (words.ZH_AFTER + words.ZH_ADVERBS + words.ZH_VERBS).split()
    return frozenset(w for w in after if len(w) == 1) | frozenset("摄和等这那")


# What follows a person's name as its title or honorific (`孟明远教授`,
# `段立群先生`, `朱文君研究员`), wherever the name stands: after the body
# it belongs to (`研究中心孟明远教授`) or its trade (`物理学家段立群先生`),
# with no clause's edge before it.
_TITLES_AFTER = ("研究员", "同志", "老人")


@cache
def _before_title() -> re.Pattern:
    one = "[" + "".join(words.ZH_SURNAMES.split()) + "]"
    two = "|".join(words.ZH_SURNAMES_2.split())
    titles = "|".join(sorted({*words.ZH_HONORIFICS.split(), *_TITLES_AFTER}, key=len, reverse=True))
    return re.compile(rf"(?P<name>(?:{two}|{one})[\u4e00-\u9fff]{{1,2}}?)(?P<title>{titles})")


def _titled(text: str, start: int, end: int) -> list[str]:
    """People named right before their title or honorific, the name on a
    word's edge of the words before it (`中心` `孟明远教授`; not `全体教授`,
    a word, nor `中心孟` of `研究中心孟明远`): a title says where a name ends,
    the dictionary where the word before it does."""
    out = []
    for match in _before_title().finditer(text, start, end):
        s, e = match.span("name")
        if (s == start or text[s - 1] in _EDGE) and match.group("title") not in _TITLES_AFTER:
            continue  # at a clause's edge before an honorific: ``_pattern``'s
        name = match.group("name")
        if len(name) >= 2 and s in word_edges(text, max(start, s - 6), e) and _is_name(name):
            out.append(name)
    return out


@cache
def _surname_and_mou() -> re.Pattern:
    one = "[" + "".join(words.ZH_SURNAMES.split()) + "]"
    two = "|".join(words.ZH_SURNAMES_2.split())
    return re.compile(rf"(?P<name>(?:{two}|{one})某某?)")


def _withheld(text: str, start: int, end: int) -> list[str]:
    """People the article does not name in full, a surname and 某 (`赵某`,
    `李某某`): Chinese news writes a suspect, a victim or a passer-by so, and
    that is the name it gives them. The dictionary must cut the surname
    and 某 as words of their own, and no noun may follow (`向某公司`, to a
    certain company; `某些`, `某人` are words), nor may the surname be an
    adverb or a preposition (``ZH_SURNAME_ADVERBS``)."""
    from reader.extract.lang.zh.morphology import word_tags

    out = []
    for match in _surname_and_mou().finditer(text, start, end):
        s, e = match.span()
        if text[s] in words.ZH_SURNAME_ADVERBS.split():
            continue
        edges = word_edges(text, max(start, s - 4), min(end, e + 4))
        after = text[e : min(end, e + 4)]
        following = cut_words(after)[0] if after else ""
        if s in edges and e in edges and not word_tags().get(following, "").startswith("n"):
            out.append(match.group("name"))
    return out


def find_speaking_names(text: str, paragraphs: Sequence[Span], lang: str) -> list[EntityMention]:
    """People named right before a speech verb or right after a role, and
    where the article repeats their names of three characters, as PER
    mentions sorted by start."""
    pattern = _pattern()
    found: dict[str, None] = {}
    for start, end in paragraphs:
        for match in pattern.finditer(text, start, end):
            name = _name(match.group("name"))
            if _is_name(name):
                found[name] = None
        for match in _foreign().finditer(text, start, end):
            found[match.group("name")] = None
        if _JOINED.search(text, start, end):
            found.update(
                dict.fromkeys(
                    m.group("name")
                    for m in _dotted().finditer(text, start, end)
                    if _dotted_person(text, m)
                )
            )
        if "（" in text[start:end] or "(" in text[start:end]:
            found.update(dict.fromkeys(_glossed_people(text, start, end)))
        if "某" in text[start:end]:
            found.update(dict.fromkeys(_withheld(text, start, end)))
        found.update(dict.fromkeys(_titled(text, start, end)))
        for match in _turn().finditer(text, start, end):
            if _is_name(match.group("name")):
                found[match.group("name")] = None
        for match in _after_role().finditer(text, start, end):
            cut = _cut_name(text[match.start("name") : match.end("name") + 2])
            if cut is not None and _is_name(cut) and _called(text, match, cut):
                found[cut] = None
        for match in _after_role_word().finditer(text, start, end):
            if not _role_word(text, match.start(), start):
                continue
            cut = _cut_name(text[match.start("name") : match.end("name") + 2])
            if cut is not None and _is_name(cut):
                found[cut] = None
    out = []
    for name in found:
        for start, end in paragraphs:
            i = text.find(name, start, end)
            while i >= 0:
                out.append(EntityMention(name, "PER", i, i + len(name), entity_key(name)))
                i = text.find(name, i + len(name), end)
    return sorted(out, key=lambda m: m.start)


def more_people(
    text: str, paragraphs: Sequence[Span], entities: Sequence[EntityMention]
) -> list[EntityMention]:
    """``entities`` with the people named in a list of people
    (``_listed_people``) and by one part of a dotted name (``_people_by_part``)."""
    listed = _listed_people(text, paragraphs, entities)
    if listed:
        entities = add_mentions(entities, listed)
    return _people_by_part(text, paragraphs, entities)


# A list of things, its items joined by the enumeration comma
# (`林芳、赵明华、孙立`); its last item ends before a conjunction (`和`, `与`,
# `及`), `等` (and others) or the clause's end.
_LIST = re.compile(r"[\u4e00-\u9fff]+(?:、[\u4e00-\u9fff]+)+")
_LAST_ENDS = re.compile(r"[和与及等]")
# A list names people when this many of its items at least are written as
# names, with no known person among them.
_LISTED_PEOPLE = 3


def _listed_people(
    text: str, paragraphs: Sequence[Span], entities: Sequence[EntityMention]
) -> list[EntityMention]:
    """The people of a list of people (``歌手周立凡、陈东和…``, ``林芳、赵明华、
    孙立、韩雪梅``): Chinese lists alike things, so where one item is a person
    found, or three or more items and all are written as names (a surname
    and one or two characters, no common word: ``_listed_name``), every
    item written as a name is a person (``小雨``, a stage name, is not
    written as one). The first item is the name that
    ends it (a role may open it: ``歌手周立凡``), the last the name that
    opens it (``陈东和相声演员…``)."""
    people = Mentions(m for m in entities if m.type == "PER")
    out: list[EntityMention] = []
    for start, end in paragraphs:
        for match in _LIST.finditer(text, start, end):
            items = _items(text, *match.span())
            known = [bool(people.overlapping(s, e)) for s, e in items]
            named = [_listed_name(text[s:e]) or k for (s, e), k in zip(items, known, strict=True)]
            if not any(known) and not (len(items) >= _LISTED_PEOPLE and all(named)):
                continue
            for (s, e), k, n in zip(items, known, named, strict=True):
                if n and not k:
                    out.append(EntityMention(text[s:e], "PER", s, e, entity_key(text[s:e])))
    return out


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of a list's items; the first its last three characters at
    most, the last cut before a conjunction."""
    items = []
    at = start
    for part in text[start:end].split("、"):
        items.append((at, at + len(part)))
        at += len(part) + 1
    s, e = items[0]
    first = next(
        (cut for cut in range(max(s, e - 3), e - 1) if _listed_name(text[cut:e])), max(s, e - 3)
    )
    items[0] = (first, e)
    s, e = items[-1]
    stop = _LAST_ENDS.search(text, s + 2, e)
    items[-1] = (s, stop.start() if stop else e)
    return items


def _listed_name(item: str) -> bool:
    """Whether a list's item is written as a Chinese name: a surname and
    one or two more characters, no word of the lists, and none of the
    dictionary's unless it knows it as a person's (``刘翔``)."""
    from reader.extract.lang.zh.morphology import word_tags

    return (
        2 <= len(item) <= 3
        and _surname_opens(item)
        and item not in _not_names()
        and (_is_name(item) or word_tags().get(item) == "nr")
    )


def _people_by_part(
    text: str, paragraphs: Sequence[Span], entities: Sequence[EntityMention]
) -> list[EntityMention]:
    """``entities`` with a dotted foreign name's given or family name
    written alone taken as that person (``皮埃尔·勒梅尔`` then ``勒梅尔称``,
    ``卡洛斯·贝拉斯科`` then ``卡洛斯``): Chinese names a foreign person in full
    once, by one of the names after. The part, found by any stage or
    wherever the article writes it, takes the full name's key: a part of
    two characters at least, not touching another character foreign names
    are written in (``克鲁兹曼`` is someone else) nor any other mention; a
    part two of the article's people share (two called ``约翰``) is nobody's
    alone."""
    owner: dict[str, str | None] = {}
    for m in entities:
        if m.type == "PER" and ("·" in m.text or "・" in m.text):
            for part in re.split("[·・]", m.text):
                if len(part) >= 2:
                    owner[part] = m.key if owner.get(part, m.key) == m.key else None
    owner = {part: key for part, key in owner.items() if key is not None}
    if not owner:
        return list(entities)
    out = [
        replace(m, key=owner[m.text]) if m.type == "PER" and m.text in owner else m
        for m in entities
    ]
    sounds = _sounds()
    taken = Mentions(entities)
    for part, key in owner.items():
        for start, end in paragraphs:
            i = text.find(part, start, end)
            while i >= 0:
                j = i + len(part)
                apart = (i == 0 or text[i - 1] not in sounds) and (
                    j >= len(text) or text[j] not in sounds
                )
                if apart and not taken.overlapping(i, j):
                    out.append(EntityMention(part, "PER", i, j, key))
                i = text.find(part, j, end)
    return sorted(out, key=lambda m: m.start)


@cache
def _sounds() -> frozenset[str]:
    """The characters foreign names are written in, and the dots between their parts."""
    return frozenset("".join(words.ZH_TRANSLITERATION.split()) + "·・")
