"""People named in Korean, Chinese and Japanese text, found by rule.

The tagger in ``entities`` reads capitalised Latin words; these scripts have
no capitals, and Chinese and Japanese no spaces, so a name there is told by
what stands around it. A run of text counts as a name only where the
language marks it as one: a family name from the short list the language
draws on, a given name of the usual length, and an anchor beside it, a title
or role (``김철수 장관``, ``外交部发言人王毅``, ``山田太郎社長``) or a speech
verb (``王毅表示``). Without an anchor a surname syllable mostly opens a
common word (``정부``, ``王国``, ``高速``), so unanchored text yields nothing:
precision first, recall only where the text is explicit. A full name found
once is found again wherever the article repeats it.

The role stays out of the name and becomes the mention's ``role``, as in
Latin script. A later mention by family name alone (``김 대표``, ``王部长``,
``安倍首相``) takes the key of the full name the article gave, preferring
one written with the same role, else the nearest before. A Korean or Chinese
surname alone names nobody in particular and is dropped when the article
gave no full name for it; a Japanese one (two kanji or more) is kept, as a
Latin surname is.

Each paragraph costs a few regex passes and only when it holds the
language's script, so other articles pay nothing. The word lists are in
each language's home, ``lang/{ko,zh,ja}/words.py``.
"""

from __future__ import annotations

import bisect
import importlib
import re
from collections.abc import Callable, Iterable, Sequence
from functools import cache

from reader.extract.lang import rules_for
from reader.extract.model import EntityMention, Mentions, Span
from reader.extract.names import entity_key

# (start, end, role, surname alone)
Found = tuple[int, int, str | None, bool]

_HANGUL = "가-힣"
_KANJI = "\u4e00-\u9fff\u3400-\u4dbf々"
_KATAKANA = "ァ-ヺー"


@cache
def _script(family: str) -> re.Pattern:
    """A character of the language's script: a paragraph without one is skipped.
    Compiled on first use, as a class over the CJK block costs milliseconds."""
    chars = {"ko": _HANGUL, "zh": _KANJI, "ja": _KANJI + _KATAKANA}[family]
    return re.compile(f"[{chars}]")


@cache
def _edge(family: str) -> re.Pattern | None:
    """A character a repeated name may not touch (see ``_free_edges``)."""
    return {"ko": re.compile(f"[{_HANGUL}]"), "ja": re.compile(f"[{_KANJI}]")}.get(family)


@cache
def _set(name: str) -> frozenset[str]:
    """A word list of the language's ``words.py`` (``KO_ROLES`` is in
    ``lang/ko/words.py``) as a set."""
    words = importlib.import_module(f"reader.extract.lang.{name[:2].lower()}.words")
    return frozenset(getattr(words, name).split())


@cache
def _chars(name: str) -> str:
    """A word list of single characters as a regex character class."""
    return "[" + "".join(sorted(_set(name))) + "]"


@cache
def _alternation(name: str) -> str:
    """A word list as a regex alternation, longest first, so that
    ``부회장`` is not read as ``부`` + ``회장``."""
    return "|".join(sorted(_set(name), key=lambda w: (-len(w), w)))


def _overlaps(found: Sequence[Found], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e, _, _ in found)


class _Taken:
    """Spans already taken, tested for overlap by bisection: the checks that
    span a whole article (a name repeated, a mention added) would otherwise
    make an article with thousands of names quadratic."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._spans = sorted(spans)
        self._longest = max((e - s for s, e in self._spans), default=0)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._spans, (start - self._longest,))
        while i < len(self._spans) and self._spans[i][0] < end:
            if self._spans[i][1] > start:
                return True
            i += 1
        return False

    def add(self, start: int, end: int) -> None:
        bisect.insort(self._spans, (start, end))
        self._longest = max(self._longest, end - start)


# --- Korean -------------------------------------------------------------------


@cache
def _ko_patterns() -> tuple[re.Pattern, re.Pattern]:
    """(full name, surname alone): each before its role, perhaps with an age
    (``이수진(45) 씨``) or the organisation (``박지훈 누리다이내믹스 대표``)
    between."""
    one, two = _chars("KO_SURNAMES"), _alternation("KO_SURNAMES_2")
    roles = _alternation("KO_ROLES")
    # A role may open with its department, written as one word with it
    # (``교통정책과장``, a section chief for transport policy), as a word of
    # its own: ``한국전자통신연구원`` is no 한국전 and a role.
    role = (
        rf"(?<=[ \t])[{_HANGUL}]{{1,6}}?(?:{roles})"
        rf"|(?:(?:{_alternation('KO_ROLE_PREFIXES')})[ \t]?)?(?:{roles})"
    )
    after = rf"(?=[^{_HANGUL}]|$|{_alternation('KO_AFTER_ROLE')})"
    # The organisation is read up to the first role after it (lazily): a
    # person's role follows the body directly (`이영호 한빛대 교수는`), and
    # a longer reach takes the role in for a word of the body and stops at
    # a role-shaped word further on (`교수는 기자와의 통화에서`: 기자).
    full = re.compile(
        rf"(?<![{_HANGUL}])(?P<name>(?:{two})[{_HANGUL}]{{1,2}}|(?:{one})[{_HANGUL}]{{2}})"
        rf"(?:(?:\([^()\n]{{1,12}}\))?[ \t]?(?P<role>{role}){after}"
        rf"|(?P<org>(?:[ \t][{_HANGUL}A-Za-z0-9·&]{{2,15}}){{1,3}}?)[ \t](?P<orole>{role}){after})"
    )
    short = re.compile(rf"(?<![{_HANGUL}])(?P<name>{two}|{one})[ \t](?P<role>{role}){after}")
    return full, short


def _korean(text: str, start: int, end: int) -> list[Found]:
    full, short = _ko_patterns()
    found: list[Found] = []
    # The words between a person's name and role are where the person works
    # or governs (`헨드라 위자야 서자바 주지사`): no name, even in a name's shape.
    bodies: list[tuple[int, int]] = []
    for match in _search_all(full, text, start, end):
        if any(s <= match.start("name") < e for s, e in bodies):
            continue
        name = match.group("name")
        role = match.group("role") or match.group("orole")
        if (
            name in _set("KO_WORDS")
            # The start of a longer role (`박사후` of `박사후연구원`).
            or (match.group("role") and name + role in _set("KO_ROLES"))
            or name[-1] in _set("KO_NOT_GIVEN_END")
            or any(c in _set("KO_FOREIGN") for c in name[1:])
            or (match.group("org") and not _ko_organisation(name, match.group("org")))
            or (match.group("org") and match.group("orole") in _set("KO_HONORIFIC_ROLES"))
        ):
            continue
        found.append((*match.span("name"), role, False))
        if match.group("org"):
            bodies.append(match.span("org"))
    found = [f for f in found if not any(s <= f[0] < e for s, e in bodies)]
    return found + _surnames_alone(short, text, start, end, found)


def _ko_organisation(name: str, org: str) -> bool:
    """Whether the words between a name and its role read as the body the
    person belongs to (``박충모 서울대 화학부 교수``) rather than a clause
    (``연구를 진행한 교수``, ``인텔은 ... 시장``): no word there, and not the
    name, ends in a particle or a verb ending."""
    endings = _set("KO_CLAUSE_ENDS")
    return name[-1] not in endings and not any(w[-1] in endings for w in org.split())


def _search_all(pattern: re.Pattern, text: str, start: int, end: int):
    """Every match of ``pattern``, overlapping ones too: a candidate the
    rules reject must not hide a name that starts inside it."""
    pos = start
    while (match := pattern.search(text, pos, end)) is not None:
        yield match
        pos = match.start() + 1


def _surnames_alone(
    pattern: re.Pattern, text: str, start: int, end: int, found: Sequence[Found]
) -> list[Found]:
    return [
        (*m.span("name"), m.group("role"), True)
        for m in pattern.finditer(text, start, end)
        if not _overlaps(found, *m.span("name"))
    ]


# --- Chinese ------------------------------------------------------------------

_ZH_PUNCT = frozenset(' \t\n，,。：:；;、！!？?（(）)“”「」『』"《》【】…—')


@cache
def _zh_patterns() -> tuple[re.Pattern, re.Pattern]:
    """(full name, surname alone). A full name is read as long as the given
    name allows and the text after it agrees: a role, a speech verb, or a
    word that may follow a name (checked in ``_chinese``)."""
    one, two = _chars("ZH_SURNAMES"), _alternation("ZH_SURNAMES_2")
    given = _chars("ZH_GIVEN")
    roles = _alternation("ZH_ROLES")
    full = re.compile(
        rf"(?P<name>(?:{two}|{one}){given}{{1,2}})"
        rf"(?=(?P<role>{roles})|(?P<verb>{_alternation('ZH_VERBS')})|(?P<after>{_alternation('ZH_AFTER')}"
        rf"|[{''.join(_ZH_PUNCT)}]|$))"
    )
    short = re.compile(rf"(?P<name>{two}|{one})(?P<role>{roles})")
    return full, short


@cache
def _zh_after_role() -> re.Pattern:
    """A name right after a role and before a speech verb, a word that may
    follow a name or punctuation (``副总经理郭吕敏说``): placed so, any
    given name is one, not only those of common characters."""
    one, two = _chars("ZH_SURNAMES"), _alternation("ZH_SURNAMES_2")
    # A foreign name is transliterated in parts joined by a middle dot
    # (``主席达尔马万·萨普特拉表示``).
    dotted = rf"[{_KANJI}]{{1,6}}(?:[·・][{_KANJI}]{{1,8}}?){{1,2}}"
    return re.compile(
        rf"(?P<role>{_alternation('ZH_ROLES')})"
        rf"(?P<name>{dotted}|(?:{two}|{one})[{_KANJI}]{{1,2}}?)"
        rf"(?:{_alternation('ZH_VERBS')}|{_alternation('ZH_AFTER')}|{_alternation('ZH_ROLES')}"
        rf"|[{''.join(_ZH_PUNCT)}]|$)"
    )


@cache
def _zh_role_end() -> re.Pattern:
    """A role, a clause opener or an institution ending right where a name
    starts (``院长``, ``对此``, ``人民医院``)."""
    return re.compile(
        rf"(?:{_alternation('ZH_ROLES')}|{_alternation('ZH_LEFT_WORDS')}"
        rf"|{_alternation('ZH_INSTITUTION_ENDS')})$"
    )


def _zh_left(text: str, i: int, start: int) -> str | None:
    """What stands before a name at ``i``: ``role`` (the role itself),
    ``edge`` (a clause's start), or None (the middle of a word)."""
    if i == start or text[i - 1] in _ZH_PUNCT:
        return "edge"
    before = _zh_role_end().search(text, max(start, i - 6), i)
    if before is None:
        return None
    return before.group(0) if before.group(0) in _set("ZH_ROLES") else "edge"


def _zh_holds_role(text: str, start: int, end: int) -> bool:
    """Whether a role starts inside a would-be given name (``刘博士``: 刘 with
    博士, not a person 刘博士)."""
    return any(
        text.startswith(r, i) for i in range(start, end) for r in _zh_roles_by_first(text[i])
    )


def _zh_follows(text: str, i: int) -> bool:
    """Whether a speech verb or a word that follows names starts at ``i``."""
    return any(text.startswith(w, i) for w in _set("ZH_VERBS") | _set("ZH_AFTER"))


# A name's last character and the verb after it that the dictionary counts
# this often as one word (`访谈`, an interview: ``主任严嘉访谈``) are that word.
_ZH_WORD_ACROSS = 300


def _zh_word_across(text: str, end: int) -> bool:
    """Whether the character before ``end`` and the speech verb or the word
    that may follow a name at ``end`` make one word: the name ends a
    character sooner."""
    from reader.extract.lang.zh.morphology import dictionary_count

    return any(
        text.startswith(verb, end) and dictionary_count(text[end - 1] + verb) >= _ZH_WORD_ACROSS
        for verb in _zh_followers()
    )


# Particles after a name that open no word with its last character, though
# the dictionary counts one (`万和平等`: 平等, equality; `等`, and others).
_ZH_PARTICLES_AFTER = frozenset("等和与及的")


@cache
def _zh_followers() -> tuple[str, ...]:
    return tuple((_set("ZH_VERBS") | _set("ZH_AFTER")) - _ZH_PARTICLES_AFTER)


@cache
def _zh_roles_by_first(char: str) -> tuple[str, ...]:
    return tuple(r for r in _set("ZH_ROLES") if r[0] == char)


@cache
def _zh_credits() -> tuple[re.Pattern, re.Pattern]:
    """(credit, turn). A credit names who wrote or edited the article
    (``编辑：苏明``, ``（记者何春林）``, ``（文浩）``): after a credit's word
    any name is one; a name alone in brackets only when written as a Chinese
    one; a photographer's ends in 摄 (``（记者张涛摄）``), no part of the name.
    A turn of an interview opens a paragraph or a sentence with its speaker
    and a colon (``张明：这个要看…``)."""
    one, two = _chars("ZH_SURNAMES"), _alternation("ZH_SURNAMES_2")
    given = _chars("ZH_GIVEN")
    credit = re.compile(
        rf"(?:(?P<word>{_alternation('ZH_CREDITS')})[：:]\s*(?P<name>[{_KANJI}]{{2,3}})(?=\s|$|[）)，,。】])"
        rf"|[（(](?:(?P<bword>{_alternation('ZH_CREDITS')})\s*)?"
        rf"(?P<bname>[{_KANJI}]{{2,3}}?)摄?[）)])"
    )
    turn = re.compile(
        rf"(?:^|(?<=[。！？\n]))(?P<name>(?:{two}|{one}){given}{{1,2}})[：:](?=\S)", re.M
    )
    return credit, turn


def _zh_credited(text: str, start: int, end: int) -> list[Found]:
    credit, turn = _zh_credits()
    found: list[Found] = []
    for match in credit.finditer(text, start, end):
        if match.group("name"):
            found.append((*match.span("name"), match.group("word"), False))
        elif match.group("bword") or _chinese_name(match.group("bname")):
            found.append((*match.span("bname"), match.group("bword"), False))
    for match in turn.finditer(text, start, end):
        if match.group("name") not in _set("ZH_WORDS"):
            found.append((*match.span("name"), None, False))
    return found


def _chinese(text: str, start: int, end: int) -> list[Found]:
    full, short = _zh_patterns()
    found: list[Found] = _zh_credited(text, start, end)
    for match in _search_all(full, text, start, end):
        s, e = match.span("name")
        name = match.group("name")
        if name in _set("ZH_WORDS") or _overlaps(found, s, e) or _zh_holds_role(text, s + 1, e):
            continue
        left = _zh_left(text, s, start)
        if left is None or (match.group("after") is not None and left == "edge"):
            continue
        role = match.group("role") or (left if left != "edge" else None)
        found.append((s, e, role, False))
    for match in _search_all(_zh_after_role(), text, start, end):
        s, e = match.span("name")
        # ``负责人曾对外表示``: 曾 is "once" there, before a verb or a word
        # that follows a name (``尹同耀`` is a name); ``教授强调``: a verb, not 强.
        if (
            match.group("name") in _set("ZH_WORDS")
            or _overlaps(found, s, e)
            or _zh_holds_role(text, s + 1, e)
            or text[s] == text[s + 1]  # 常常, 刚刚: an adverb
            or _zh_follows(text, s)
            or (text[s] in _set("ZH_SURNAME_ADVERBS") and _zh_follows(text, s + 1))
        ):
            continue
        if e - s == 3 and _zh_word_across(text, e):
            e -= 1
        found.append((s, e, match.group("role"), False))
    found.sort()
    return found + _surnames_alone(short, text, start, end, found)


def _zh_titled_surname(family: str, text: str, s: int, e: int) -> bool:
    """Whether a Chinese surname written alone before a title or an
    honorific (``王先生``, ``徐校长``, ``周女士``) names a person of its own
    where the article gives no full name that opens with it: Chinese
    writes people so, and the surname is the name (the title is not part of
    it). Not a surname that is also an adverb (``曾主任``, ``向记者``), nor
    a character that jieba reads inside a word before it (``有关专家``,
    ``担任主任``, ``出租车司机``, a given name: ``张雷教授``)."""
    if family != "zh" or text[s:e] in _set("ZH_SURNAME_ADVERBS"):
        return False
    if s == 0 or text[s - 1] in _ZH_PUNCT:
        return True
    from reader.extract.lang.zh.morphology import cut_words

    at = max(0, s - 4)
    before = ""
    for word in cut_words(text[at:e]):
        if at >= s:
            break
        at += len(word)
        before = word
    # A surname cut alone before it: this is its given name (`张` `雷` `教授`).
    return at == s and before not in _set("ZH_SURNAMES")


# --- Japanese -----------------------------------------------------------------


@cache
def _ja_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(kanji name, katakana name), each right before its role; and a
    full name right before the part it plays in a work."""
    roles = f"{_alternation('JA_HONORIFICS')}|{_alternation('JA_ROLES')}"
    kanji = re.compile(
        rf"(?<![{_KANJI}])(?P<name>[{_KANJI}]{{2,5}}?)(?P<role>(?:前|元|現|新)?(?:{roles}))"
    )
    katakana = re.compile(
        rf"(?<![{_KATAKANA}・])(?P<name>[{_KATAKANA}]{{2,}}(?:[・＝=][{_KATAKANA}]{{2,}})*)"
        rf"(?P<role>{_alternation('JA_KATAKANA_ROLES')}|{_alternation('JA_KATAKANA_DOTTED_ROLES')})"
    )
    # Who stars in, plays or wrote a work, written right before the word
    # for it (`マーク・ヘイズ主演の映画`, `北沢健吾演じる父親`): entertainment
    # news credits people so, with no title. A foreign name in katakana
    # needs its dot, a Japanese one a family name of the list and a given
    # name after it: `映画主演`, `初主演` name no one.
    credited = re.compile(
        rf"(?<![{_KATAKANA}・{_KANJI}])(?P<name>[{_KATAKANA}]{{2,}}(?:[・＝][{_KATAKANA}]{{2,}})+"
        rf"|[{_KANJI}]{{3,5}}?)(?=主演|出演|原作|脚本|作詞|作曲|演じる|扮する|ふんする)"
    )
    return kanji, katakana, credited


def _ja_surname(name: str) -> bool:
    return any(name[:k] in _set("JA_SURNAMES") for k in (1, 2, 3))


def _ja_name(name: str, role: str) -> bool:
    """Whether a kanji run before a role is a person's name: no office,
    place or trade (``文部科学``, ``東京都``, ``映画``), and, except before
    an honorific (``氏``, ``さん``), a known family name first."""
    if name in _set("JA_WORDS"):
        return False
    surname = _ja_surname(name)
    if name[-1] in _set("JA_NOT_LAST") and name not in _set("JA_SURNAMES"):
        return False
    if role.lstrip("前元現新") in _set("JA_HONORIFICS"):
        return surname or name[0] not in _set("JA_NOT_FIRST")
    return surname


def _japanese(text: str, start: int, end: int) -> list[Found]:
    kanji, katakana, credited = _ja_patterns()
    found: list[Found] = [
        (*m.span("name"), m.group("role"), False)
        for m in kanji.finditer(text, start, end)
        if _ja_name(m.group("name"), m.group("role"))
    ]
    for match in katakana.finditer(text, start, end):
        name = match.group("name")
        dotted = "・" in name or "＝" in name or "=" in name
        if len(name) >= 2 and (dotted or match.group("role") in _set("JA_KATAKANA_ROLES")):
            found.append((*match.span("name"), match.group("role"), False))
    for match in credited.finditer(text, start, end):
        name = match.group("name")
        if _KATAKANA_CHAR.match(name) is not None or _ja_full_name(name):
            found.append((*match.span("name"), None, False))
    return sorted(found)


def _ja_full_name(name: str) -> bool:
    """Whether a kanji run credited with a work is a family name of the list
    and a given name: no word of the lists, no role or honorific at its end
    (``山田監督原作``: the director, named by title), and read by the analyser
    as a person's name with no common noun in it (``中山間地主演``: a word
    that opens with a family name's characters)."""
    from reader.extract.lang.ja.morphology import analyse

    if name[:2] not in _set("JA_SURNAMES") or name in _set("JA_WORDS"):
        return False
    if name.endswith(tuple(_set("JA_ROLES") | _set("JA_HONORIFICS"))):
        return False
    words = [(m.surface(), m.part_of_speech()) for m in analyse(name)]
    return words[0][1][2] == "人名" and not any(
        pos[1] == "普通名詞" and len(surface) >= 2 for surface, pos in words
    )


_KATAKANA_CHAR = re.compile(f"[{_KATAKANA}]")


# --- One article --------------------------------------------------------------

_FINDERS: dict[str, Callable[[str, int, int], list[Found]]] = {
    "ko": _korean,
    "zh": _chinese,
    "ja": _japanese,
}
# A name this long is distinctive enough to be found again without an anchor.
_RECUR_MIN = 3


def find_cjk_names(text: str, paragraphs: Sequence[Span], lang: str) -> list[EntityMention]:
    """People named in the Korean, Chinese or Japanese ``paragraphs`` of
    ``text``, as PER mentions sorted by start; [] for other languages."""
    family = rules_for(lang).script
    finder = _FINDERS.get(family) if family else None
    if finder is None:
        return []
    spans = [(s, e) for s, e in paragraphs if _script(family).search(text, s, e)]
    found = [f for s, e in spans for f in finder(text, s, e)]
    if not found:
        return []
    found = sorted(found + _recurrences(text, spans, found, family))
    return _mentions(text, found, family)


def _recurrences(
    text: str, spans: Sequence[Span], found: Sequence[Found], family: str
) -> list[Found]:
    """Full names found once, where the article repeats them without an anchor."""
    names = {text[s:e] for s, e, _, short in found if not short and e - s >= _RECUR_MIN}
    edge = _edge(family)
    out: list[Found] = []
    taken = _Taken((s, e) for s, e, _, _ in found)
    for name in sorted(names, key=len, reverse=True):
        for s, e in spans:
            i = text.find(name, s, e)
            while i >= 0:
                j = i + len(name)
                if not taken.overlaps(i, j) and _free_edges(text, i, j, edge, family):
                    out.append((i, j, None, False))
                    taken.add(i, j)
                i = text.find(name, j, e)
    return out


def _free_edges(text: str, i: int, j: int, edge: re.Pattern | None, family: str) -> bool:
    """Whether a repeated name stands alone in its script: no Hangul before a
    Korean name (particles may follow), no kanji on either side of a
    Japanese one. Chinese has no word edges to check."""
    if edge is None:
        return True
    if i > 0 and edge.match(text, i - 1):
        return False
    return family == "ko" or j >= len(text) or not edge.match(text, j)


def _mentions(text: str, found: Sequence[Found], family: str) -> list[EntityMention]:
    """Mentions with keys: a surname alone takes its full name's key.

    Japanese writes a surname alone in the same shape as a full name
    (``山下理事長``, ``山下浩二理事長``), so there any name that opens a
    longer one the article gave is its short form; in Korean and Chinese
    ``王明`` and ``王明华`` are two people.
    """
    fulls = _FullNames(text, [(s, e, role) for s, e, role, short in found if not short])
    out = []
    for s, e, role, short in found:
        name = text[s:e]
        full = fulls.of(name, s, role) if short or family == "ja" else None
        if full is None and short and family != "ja" and not _zh_titled_surname(family, text, s, e):
            continue
        out.append(EntityMention(name, "PER", s, e, entity_key(full or name), role))
    return out


class _FullNames:
    """The full names an article gave, by each name they start with, so that
    a surname finds its full name without a pass over all of them (an
    article naming thousands of people was quadratic)."""

    def __init__(self, text: str, fulls: Sequence[tuple[int, int, str | None]]) -> None:
        self._starting: dict[str, list[tuple[int, str, str | None]]] = {}
        for s, e, role in sorted(fulls, key=lambda f: f[0]):
            full = text[s:e]
            for cut in range(1, e - s):
                self._starting.setdefault(full[:cut], []).append((s, full, role))
        self._chosen: dict[tuple[str, str | None], tuple[list, list[int]]] = {}

    def of(self, name: str, position: int, role: str | None) -> str | None:
        """The longer name the article gave that ``name`` is the family name
        of: one with the same role, else the nearest before, else the first after."""
        longer = self._starting.get(name)
        if not longer:
            return None
        chosen = self._chosen.get((name, role))
        if chosen is None:
            same_role = [c for c in longer if role and c[2] == role]
            candidates = same_role or longer
            chosen = self._chosen[(name, role)] = (candidates, [c[0] for c in candidates])
        candidates, starts = chosen
        before = bisect.bisect_left(starts, position)
        return (candidates[before - 1] if before else candidates[0])[1]


# A character a Japanese name repeated alone may not touch: kanji or
# katakana would make it part of a longer word (``宮崎県``, ``ケンタッキー``).
_JA_WORD_CHAR = re.compile(f"[{_KANJI}{_KATAKANA}]")


def people_again(
    text: str, paragraphs: Sequence[Span], entities: Sequence[EntityMention]
) -> list[EntityMention]:
    """Japanese people wherever the article repeats their name alone, as
    found by any stage once (``タレントの晴彦が`` and later ``晴彦は、``):
    Japanese writes a person by the bare name after the first mention, and
    that later topic is who speaks. The name must stand apart from kanji
    and katakana on both sides; a name of one character is too short to
    find again. Returns the new mentions only."""
    names = {
        m.text: m.key
        for m in entities
        if m.type == "PER" and len(m.text) >= 2 and _script("ja").search(m.text)
    }
    if not names:
        return []
    taken = _Taken((m.start, m.end) for m in entities)
    out: list[EntityMention] = []
    for name in sorted(names, key=len, reverse=True):
        for s, e in paragraphs:
            i = text.find(name, s, e)
            while i >= 0:
                j = i + len(name)
                free = not (i > 0 and _JA_WORD_CHAR.match(text, i - 1)) and not (
                    j < len(text) and _JA_WORD_CHAR.match(text, j)
                )
                if free and not taken.overlaps(i, j):
                    out.append(EntityMention(name, "PER", i, j, names[name]))
                    taken.add(i, j)
                i = text.find(name, j, e)
    return out


def add_mentions(
    entities: Sequence[EntityMention], found: Sequence[EntityMention]
) -> list[EntityMention]:
    """``entities`` with ``found`` added, sorted by start; a mention
    overlapping one already there is left out."""
    if not found:
        return list(entities)
    taken = _Taken((m.start, m.end) for m in entities)
    added = [m for m in found if not taken.overlaps(m.start, m.end)]
    return sorted([*entities, *added], key=lambda m: m.start)


def named_speaker(name: str, position: int, entities: Mentions, family: str) -> str | None:
    """The person a Korean, Chinese or Japanese speaker phrase names, by full name.

    The cue patterns of these languages take the whole phrase before the cue
    (``振兴组合の山下浩二理事長``, ``会副会长兼秘书长蔡弘``); the person is the
    last one mentioned inside it, and a surname alone stands for the full
    name whose key it shares, so the quote links to the same entity. A
    Japanese phrase that is no mention but opens a person's longer name
    (``マルティネス`` of ``マルティネス健``) is that person's short form, as
    in ``_mentions``.
    """
    found = person_in(position, position + len(name), entities)
    if found is None and family == "ja":
        return longer_name(name, entities)
    return found


def longer_name(name: str, entities: Mentions) -> str | None:
    """The one person's longer name in the article that a Japanese ``name``
    opens (``マルティネス健`` for ``マルティネス``, ``藤田翔太`` for ``藤田``),
    or closes after a ``・`` (``ジョン・ハリス`` for ``ハリス``: Japanese
    calls a foreigner by the last part of the katakana name); None when no
    person's or several people's names do."""
    if len(name) < 2:
        return None
    opened = {
        full
        for full in entities.full_names.values()
        if full.startswith(name) or full.endswith(("・" + name, "＝" + name))
    } - {name}
    return opened.pop() if len(opened) == 1 else None


# Capitalised words in Latin letters: ``Marta Lindqvist``, not ``it`` or
# ``The reporter``.
_LATIN_NAME = re.compile(r"[A-Z][\w'.-]*(?: [A-Z][\w'.-]*)*")


def could_be_japanese_name(phrase: str) -> bool:
    """Whether the topic of a Japanese sentence, where no person was found
    in it, can still be one: a known family name with a given name or
    none (``浅田``, ``上島竜兵``), a katakana name written with a dot, or a
    Latin one. Topics are as often a thing (``話題``, ``場合``, ``アプリ``),
    and no speaker is better than a wrong one."""
    if _LATIN_NAME.fullmatch(phrase):
        return True
    if re.fullmatch(rf"[{_KATAKANA}]+(?:[・＝=][{_KATAKANA}]+)+", phrase):
        return True
    given_in_kana = re.fullmatch(rf"([{_KANJI}]{{1,4}})[\u3041-\u3096]{{2,4}}", phrase)
    if given_in_kana:  # 綾瀬はるか
        return _ja_surname(given_in_kana.group(1))
    if not re.fullmatch(rf"[{_KANJI}]{{2,5}}", phrase) or phrase in _set("JA_WORDS"):
        return False
    # Two characters are a family name alone (``浅田``), not a word that
    # opens with one (``森林``, ``原発``).
    return phrase in _set("JA_SURNAMES") if len(phrase) == 2 else _ja_surname(phrase)


def chinese_speaker(phrase: str) -> str | None:
    """The speaker a Chinese cue phrase names where no person was found in
    it: a name (``强磊``, ``约翰·贝里克``), or people described by what they
    are (``业内人士``, ``考生家长金先生``); the words that open a clause
    (``对此``) are left out. Anything else before ``说`` is as often an
    adverb or a clause (``假装惊奇地``, ``如果``): no speaker."""
    for word in sorted(_set("ZH_LEFT_WORDS"), key=len, reverse=True):
        if phrase.startswith(word) and len(phrase) > len(word):
            phrase = phrase[len(word) :]
            break
    doing = _DOING.search(phrase)
    if doing is not None:
        # What they did as they spoke (`一名保安苦笑着`, `王明笑着`) is no
        # part of who: a verb of one or two characters and 着, the person
        # before it (a person's word, a name), whichever the cut gives.
        for cut in (doing.start(), doing.start() + 1):
            who = chinese_speaker(phrase[:cut]) if cut else None
            if who is not None:
                return who
        return None
    if _LATIN_NAME.fullmatch(phrase) or _chinese_name(phrase):
        return phrase
    dotted = _DOTTED.search(phrase)
    if dotted:
        # The name after the role that introduces it: 工程师约翰.贝里克.
        head = dotted.group(1)
        cut = max((head.rfind(w) + len(w) for w in _roles_and_people() if w in head), default=0)
        return phrase[dotted.start() + cut :]
    described = phrase.removesuffix("们").removesuffix("們")
    if any(described.endswith(word) for word in _roles_and_people()):
        return phrase
    counted = _COUNTED.match(phrase)
    if counted is not None:
        # Someone counted and described, then what they did as they spoke
        # (`一位女学生走上讲台`): the description, to its last person's word.
        ends = [
            i
            for i in range(counted.end() + 1, len(phrase))
            if any(phrase[:i].endswith(word) for word in _roles_and_people())
        ]
        if ends:
            return phrase[: ends[-1]]
    return None


_DOTTED = re.compile(rf"([{_KANJI}]+)[·•.．][{_KANJI}]{{1,8}}$")
# One counted (`一位`, `两名`, `这位`): a person described follows.
_COUNTED = re.compile(r"[一两二三几这那某有][位名个]")
_DOING = re.compile(rf"[{_KANJI}]{{2}}着$")
_POSSESSIVE = re.compile(r"[他她]们?的?")


def described_by_pronoun(phrase: str) -> bool:
    """Whether a Chinese speaker phrase that opens with he or she is
    someone of theirs (``他妈妈``, ``她的同事``), a person described, not
    the pronoun's person."""
    pronoun = _POSSESSIVE.match(phrase)
    rest = phrase[pronoun.end() :] if pronoun else ""
    return bool(rest) and any(rest.endswith(word) for word in _roles_and_people())


@cache
def _roles_and_people() -> frozenset[str]:
    # Kin speak as people described do (`他妈妈说`), and so do the trades
    # and learned ones whose word ends in 师 or 学家 (`老教师`, `教育学家们`).
    return _set("ZH_PEOPLE") | _set("ZH_ROLES") | _set("ZH_KIN") | {"师", "学家"}


def _chinese_name(phrase: str) -> bool:
    """Whether ``phrase`` is written as a Chinese person's name: a family
    name and a given name of common characters (``强磊``), or a familiar
    form (``小徐``, ``老王``)."""
    if re.fullmatch(f"[小老]{_chars('ZH_SURNAMES')}", phrase):
        return True
    for size in (2, 1):
        surname, given = phrase[:size], phrase[size:]
        if given[:1] == surname[-1:]:  # 常常: a word, not 常 and a name
            continue
        if (
            surname in _set("ZH_SURNAMES_2" if size == 2 else "ZH_SURNAMES")
            and 1 <= len(given) <= 2
            and phrase not in _set("ZH_WORDS")
            and given[-1] in _set("ZH_GIVEN")
        ):
            return True
    return False


def is_name(speaker: str, lang: str) -> bool:
    """Whether a speaker is written as a name (``Hakan Yıldız``, ``强磊``,
    ``约翰·贝里克``, ``박지훈``, ``浅田``), not described (``a spokesman``,
    ``业内人士``, ``대형 기획사 관계자``): a name the tagger missed is still
    someone a collection can list."""
    if _LATIN_NAME.fullmatch(speaker):
        return len(speaker.split()) <= 4
    written_name = rules_for(lang).written_name
    return written_name is not None and written_name(speaker)


def is_chinese_name(speaker: str) -> bool:
    """``强磊``, ``约翰·贝里克``: a Chinese name, or a foreign one dotted."""
    return _chinese_name(speaker) or _DOTTED.fullmatch(speaker) is not None


def is_korean_name(speaker: str) -> bool:
    """``박지훈``: two to four syllables of Hangul."""
    return re.fullmatch(rf"[{_HANGUL}]{{2,4}}", speaker) is not None


def person_written_in(phrase: str, entities: Mentions) -> str | None:
    """A person of the article whose name is written in ``phrase``
    (``正如张欣所``), though not found there, by their full name."""
    people = entities.people
    for name in sorted((n for n in people if len(n) >= 2), key=len, reverse=True):
        if name in phrase:
            return entities.full_names[people[name]]
    return None


def person_in(start: int, end: int, entities: Mentions) -> str | None:
    """The last person mentioned in ``text[start:end]`` (or reaching into it:
    a Latin name's phrase in Japanese is its last word, ``Jachasputra氏は``),
    by the longest spelling of their key in the article (their full name)."""
    inside = [m for m in entities.overlapping(start, end) if m.type == "PER"]
    if not inside:
        return None
    return entities.full_names[inside[-1].key]
