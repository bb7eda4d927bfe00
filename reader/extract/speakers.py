"""Who said a quotation: attribution cues and pronoun resolution.

A quotation is attributed by a cue right after it (``"…," kata Tito``,
``"…," he said``, ``„…“, sagte Merkel``, ``「…」と述べた``) or by one that
leads into it (``Tito menjelaskan, "…"``, ``According to X, "…"``,
``X는 "…"``). Indonesian news attributes almost half its quotations with a
pronoun or a ``-nya`` form (``lanjutnya``, ``kata dia``), and English with
``he said``; those, like quotations with no cue at all, are given to the
person the story was last talking about: the previous speaker, or a person
named as the subject of a sentence since, whichever came last.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from reader.extract.cues import (
    CJK,
    EN_CUES,
    HEAD,
    ID_VERBS,
    NAME,
    OBJECT_PRONOUNS,
    PRONOUNS,
    SIGNED,
    TAIL,
    family,
)
from reader.extract.entities import common_words, word_list
from reader.extract.gender import PRONOUN_GENDER, gender_of
from reader.extract.model import EntityMention, Quote, Span
from reader.extract.roles import ROLE_WORDS, strip_role

_RUN = re.compile(NAME)
_ABBREVIATIONS = (
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "St",
    "Jr",
    "Sr",
    "Gov",
    "Sen",
    "Rep",
    "Gen",
    "Prof",
    "[A-Z]",
)
_AFTER_ABBREVIATION = "|".join(rf"(?<=\b{a})" for a in _ABBREVIATIONS)
_NOT_AFTER_ABBREVIATION = "".join(rf"(?<!\b{a})" for a in _ABBREVIATIONS)
_SENTENCE = re.compile(rf"\s*((?:[^.!?。！？\n]|(?:{_AFTER_ABBREVIATION})\.)+)")
_SENTENCE_BREAK = re.compile(rf"{_NOT_AFTER_ABBREVIATION}[.!?。！？]\s+")
_CONNECTIVE = re.compile(
    r"(?:Sementara|Namun|Selain|Pada|Dalam|Di|Terkait|Menanggapi|Lebih|Sebelumnya|Kemudian|Lalu"
    r"|Saat|Ketika|Untuk|Sejak|Dengan|Bagi|Adapun|Meanwhile|However|In|On|At|After|Before|Later"
    r"|Earlier|Speaking|Asked)\b(?:\s+[\w-]+){0,5},\s+"
)
_ACCORDING = re.compile(rf"(?:Menurut|Bagi|According to|For|Kata|Laut)\s+({NAME})\s*,")
# Cues that are also plural nouns (`so many Republican claims`) do not make a subject.
_EN_VERBS = "|".join(c for c in EN_CUES.split("|") if c not in {"claims", "notes", "states"})
# A person named right before an attribution verb, anywhere in a sentence:
# `Peserta lain, Rizky Maulana dari Universitas Hasanuddin, mengatakan`,
# `Bluewave executive producer Kim Seo-yeon said`.
_NAMED_BEFORE_VERB = re.compile(
    rf"({NAME})(?:\s*\(\d+\))?(?:\s+(?:dari|of|from|at)\s+[^,.\"“”]{{1,60}})?,?\s+(?:juga\s+|also\s+|pun\s+)?"
    rf"(?:{ID_VERBS}|{_EN_VERBS})\b"
)
# `..., said Mr. Holtz-Eakin.`, `noted NBC’s Dante Chinni.`
_NAMED_AFTER_VERB = re.compile(rf"\b(?:{_EN_VERBS})\s+({NAME})\s*(?:[,.]|$)")
_ACRONYM = re.compile(r"\b[A-Z]{2,}\b")
# The end of the clause that names a speaker after a cue: `kata X di Jakarta`.
_CLAUSE_END = re.compile(
    rf",|{_NOT_AFTER_ABBREVIATION}\.(?:\s|$)|\s(?:di|dalam|kepada|kepadadetik\w*|saat|usai|ketika|pada|seperti|dikutip|melalui"
    r"|in|at|on|to|during|after|when|who)\s"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?。！？\n]['\"’”)]?)\s*['\"“‘(]?\s*$")
# Capitalised words that open a sentence without being a name.
_NOT_NAMES = """
    pada dalam di namun sementara selain menurut saat ketika untuk dengan bagi sebelumnya
    kemudian meski meskipun jika karena adapun hal ini itu para sejumlah kini baru lebih tak
    tidak senin selasa rabu kamis jumat sabtu minggu the in but and on at for as after while
    when this that it if a an its there monday tuesday wednesday thursday friday saturday sunday
"""
_SKIP = frozenset(_NOT_NAMES.split())
# A speaker described, not named: `the letter`, `sang perekam video`.
_NAME_PHRASE = re.compile(
    r"(?:the|a|an|one|another|sang|seorang)\s+[\w'’-]+(?:[ \t]+[\w'’-]+){0,3}"
)
_PHRASE_END = re.compile(r"\b((?:the|a|an|one|another)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s*$", re.I)
_NOT_PHRASE = re.compile(r"\s(?:and|or|to|of|then)\s|\w+ly\b", re.I)
_DEMONSTRATIVES = frozenset({"ini", "itu", "tersebut"})
_DETERMINED = re.compile(r"(?:the|a|an|one|another|his|her|their|its)\s")
_APPOSITION = re.compile(r"\s+(?:a|an|the|who|yang|seorang|sang)\s")
_VERB_AFTER = re.compile(r",?\s+(?!dan\b|and\b|yang\b|which\b|who\b|of\b)[a-z]")
_FIRST_WORD = re.compile(r"[\w']+")
_GROUP_WORDS = frozenset(
    [
        "republican",
        "democrat",
        "democratic",
        "conservative",
        "liberal",
        "hispanic",
        "latino",
        "progressive",
    ]
) | word_list("demonyms")
_MARKS = frozenset("'\"“”‘’«»„「」『』")
# Speaker and cue are looked for this close to the quotation.
NEAR = 60


@dataclass(frozen=True, slots=True)
class Attribution:
    """What the text around a quotation says about its speaker.

    ``name`` is the speaker as written, or None when the cue names a
    pronoun, a ``-nya`` form or nobody; ``position`` is where the speaker
    phrase stands, so that a later pronoun knows how recent it is;
    ``pronoun`` is the pronoun written as the speaker (``she``), if any;
    ``end``, when known, closes the clause that names the speaker, so that
    the last person mentioned in ``[position, end)`` can stand for a name
    written behind a long role (``ujar Pelaksana Tugas Deputi Penindakan dan
    Eksekusi KPK Asep Guntur Rahayu``).
    """

    cue: str | None
    name: str | None
    position: int
    pronoun: str | None = None
    end: int = -1


def _name(text: str, match: re.Match, common: frozenset[str]) -> tuple[str, int] | None:
    """A capitalised run as a name: leading connectives and, at a sentence
    start, capitalised common words (``Awalnya Purbaya``) dropped."""
    words = match.group(0).rstrip(".’'").split()
    pos = match.start()
    at_start = _SENTENCE_START.search(text, max(0, pos - 4), pos) is not None
    while words:
        low = words[0].lower()
        possessive = len(words) > 1 and low.endswith(("’s", "'s"))
        if not (
            low in _SKIP
            or possessive
            or (len(low) > 4 and low.endswith("nya"))
            or (at_start and low in common)
        ):
            break
        pos = text.index(words[0], pos) + len(words[0])
        pos += len(text[pos:]) - len(text[pos:].lstrip())
        words = words[1:]
        at_start = False
    if not words or words[0].lower() in PRONOUNS:
        return None
    return " ".join(words), pos


def _region(text: str, spans, index: int, paragraphs: Sequence[Span]) -> tuple[Span, Span]:
    """(head, tail): the text before the opening mark and after the closing one.

    Both stop at the neighbouring quotation in the same paragraph and at the
    paragraph's edge; the head starts after the last sentence break.
    """
    (start, end), k = spans[index]
    p_start = paragraphs[k][0]
    last = k
    while last + 1 < len(paragraphs) and paragraphs[last][1] < end:
        last += 1
    p_end = paragraphs[last][1]
    if index > 0 and spans[index - 1][1] == k:
        p_start = max(p_start, spans[index - 1][0][1] + 1)
    if index + 1 < len(spans) and spans[index + 1][1] == last:
        p_end = min(p_end, spans[index + 1][0][0] - 1)
    head_end = start
    while head_end > p_start and text[head_end - 1].isspace():
        head_end -= 1
    head_end = max(p_start, head_end - 1)
    while head_end > p_start and text[head_end - 1] in _MARKS:
        head_end -= 1
    tail_start = end
    while tail_start < p_end and text[tail_start].isspace():
        tail_start += 1
    tail_start = min(tail_start + 1, p_end)
    while tail_start < p_end and text[tail_start] in _MARKS:
        tail_start += 1
    head_start = p_start
    for match in _SENTENCE_BREAK.finditer(text, p_start, head_end):
        head_start = match.end()
    return (head_start, max(head_start, head_end)), (tail_start, max(p_end, tail_start))


def _after_cue(text: str, start: int, end: int, common) -> tuple[str | None, int, int]:
    """The speaker named right after a cue: a pronoun (None) or a name, with
    where it stands and where its clause ends."""
    rest = text[start:end]
    offset = start + len(rest) - len(rest.lstrip())
    stop = _CLAUSE_END.search(text, offset, end)
    clause_end = stop.start() if stop else end
    first = re.match(r"[\w']+", text[offset:end])
    if first and first.group(0).lower() in PRONOUNS | OBJECT_PRONOUNS:
        return None, offset, clause_end
    if first and first.group(0).lower().rstrip(".") in ROLE_WORDS:
        return (*_role_clause(text, offset, end, common), clause_end)
    match = _RUN.search(text, offset, min(end, offset + NEAR))
    if match and match.start() - offset < 40:
        found = _name(text, match, common)
        if found:
            return (*found, max(clause_end, match.end()))
    phrase = _NAME_PHRASE.match(text, offset, end)
    if phrase:
        return phrase.group(0), offset, phrase.end()
    return None, offset, clause_end


def _role_clause(text: str, start: int, end: int, common) -> tuple[str | None, int]:
    """The name in a clause that opens with a role: ``Kepala Satgas KPK Wilayah V
    Dian Patria di Jakarta`` or ``jubir KPK, Budi Prasetyo, kepada wartawan``.

    The name is what follows the role's last institution word in the clause;
    when the role fills the clause, the name is the one after its comma.
    """
    stop = _CLAUSE_END.search(text, start, end)
    clause_end = stop.start() if stop else end
    if text[start:clause_end].split()[-1].lower() in _DEMONSTRATIVES:
        return None, start  # `lanjut Wali Kota Makassar ini`: the person just named
    if stop and text[stop.start()] == ",":
        after = stop.end() + len(text[stop.end() : end]) - len(text[stop.end() : end].lstrip())
        match = _RUN.match(text, after, end)
        if match and re.match(
            r"(?:[ \t]*(?:[,.\n]|$)|\s(?:di|dalam|kepada|saat|in|at|on|to)\s)",
            text[match.end() : match.end() + 12],
        ):
            found = _name(text, match, common)
            if found:
                return found
    name = strip_role(text[start:clause_end])
    if name and name[0].isupper():
        return name, clause_end - len(name)
    return None, start


def _tail(text: str, region: Span, fam: str, content_end: str, common) -> Attribution | None:
    start, end = region
    signed = SIGNED.match(text, start, end)
    if signed:
        return Attribution(signed.group("cue"), signed.group("who"), signed.start("who"))
    if fam not in CJK and content_end not in ",.!?…;:-—" and text[start : start + 1] != ",":
        return None
    for pattern in TAIL[fam]:
        match = pattern.match(text, start, end)
        if not match:
            continue
        cue = match.group("cue")
        groups = match.groupdict()
        if groups.get("who"):
            who = match.group("who")
            if who.split()[-1].lower() in PRONOUNS:
                return Attribution(cue, None, match.start("who"), who.split()[-1].lower())
            if fam == "en" and who[0].islower() and not _DETERMINED.match(who):
                continue
            return Attribution(cue, who, match.start("who"))
        if groups.get("app"):
            found = _apposition(text, match, common)
            if found is None:
                continue
            return Attribution(cue, found[0], found[1])
        if "rest" not in groups:
            return Attribution(cue, None, -1)
        if fam == "id" and cue.lower().endswith("nya"):
            return Attribution(cue, None, match.start("cue"))
        name, position, clause_end = _after_cue(text, match.start("rest"), end, common)
        pronoun = None
        if name is None:
            first = _FIRST_WORD.match(text, position, end)
            pronoun = first.group(0).lower() if first else None
        return Attribution(cue, name, position, pronoun, clause_end)
    return None


# A clause after a comma that describes the thing before it, not a person
# standing in apposition.
_NOT_APPOSITION = re.compile(r"(?:[a-z]+ed|by|from|with|who|which|that|whose|in|on|at)\b")
# `The letter, signed by Mary Jones, reads:`: a described speaker before the cue.
_DESCRIBED = re.compile(
    r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*"
    r"(?=(?:,\s+(?:[a-z]+ed|by|from|with|which|that)\b[^,\"“”]*,)?\s*$)"
)
_NICKNAME = re.compile(r"[ \t]*(?:\"\w+\"|“\w+”)|[ \t]*\([^()]*\)")


def _apposition(text: str, match: re.Match, common) -> tuple[str, int] | None:
    """The person in ``description, Name, said`` when the description is
    not itself a name (``Scott's niece``, ``His former partner at Lenox``)."""
    desc = match.group("desc").split()
    if all(word[:1].isupper() for word in desc) and not desc[-1].endswith(("'s", "’s")):
        return None
    start, end = match.span("app")
    if _NOT_APPOSITION.match(text, start, end):
        # `the letter, signed by Mary Jones, reads`: the letter, not Mary Jones.
        phrase = match.group("desc")
        if _DETERMINED.match(phrase) and phrase.split()[-1] not in ROLE_WORDS:
            return phrase, match.start("desc")
        return None
    bare = _NICKNAME.sub("", text[start:end])
    found = None
    for run in _RUN.finditer(bare):
        found = _name(bare, run, common) or found
    if found is None:
        return None
    name = strip_role(found[0])
    if not name or name.split()[0].lower() in common:
        return None
    position = text.find(name.split()[0], start, end)
    return name, position if position >= 0 else start


def _head(text: str, region: Span, fam: str, common) -> Attribution | None:
    start, end = region
    if end <= start:
        return None
    for pattern in HEAD[fam]:
        match = pattern.search(text, start, end)
        if not match:
            continue
        groups = match.groupdict()
        cue = groups.get("cue")
        if groups.get("who"):
            return Attribution(cue, match.group("who"), match.start("who"))
        if groups.get("rest"):
            rest = match.group("rest")
            if rest.lower() in PRONOUNS | OBJECT_PRONOUNS:
                return Attribution(cue, None, match.start("rest"), rest.lower())
            return Attribution(cue, rest, match.start("rest"))
        words = text[start : match.start("cue")].split()
        if not words or words[-1].lower() in PRONOUNS:
            pronoun = words[-1].lower() if words else None
            return Attribution(cue, None, match.start("cue"), pronoun)
        described = _DESCRIBED.match(text, start, match.start("cue"))
        if described and described.group(0).split()[-1] not in ROLE_WORDS:
            return Attribution(cue, described.group(0), start)
        found = _last_name(text, start, match.start("cue"), common)
        if found:
            return Attribution(cue, found[0], found[1])
        phrase = _PHRASE_END.search(text, start, match.start("cue"))
        if phrase and not _NOT_PHRASE.search(phrase.group(1)):
            return Attribution(cue, phrase.group(1), start)
        first = words[0].lower()
        return Attribution(cue, None, start, first if first in PRONOUNS else None)
    return None


def _last_name(text: str, start: int, end: int, common) -> tuple[str, int] | None:
    """The last capitalised run in ``text[start:end]`` that can be a name."""
    best = None
    for match in _RUN.finditer(text, start, end):
        best = _name(text, match, common) or best
    return best


def attribute(
    text: str, spans, index: int, paragraphs: Sequence[Span], lang: str
) -> Attribution | None:
    """The cue and speaker around the quotation ``spans[index]``, if any.

    ``spans`` are (content span, paragraph index) pairs in text order, as
    ``quotes.marked_spans`` gives them.
    """
    fam = family(lang)
    common = common_words(lang)
    head, tail = _region(text, spans, index, paragraphs)
    (start, end), _ = spans[index]
    content = text[start:end].rstrip("'\"’”»」』")
    content_end = content[-1:]
    found = _tail(text, tail, fam, content_end, common)
    if found is None or (found.name is None and fam in CJK):
        before = _head(text, head, fam, common)
        if before is not None and (found is None or before.name):
            cue = found.cue if found else before.cue
            found = Attribution(cue, before.name, before.position)
    return found


def _subjects(
    text: str, start: int, end: int, entities: Sequence[EntityMention], common
) -> list[tuple[str, int]]:
    """The people named as the subject of a sentence in ``text[start:end]``,
    as (name, position), in text order.

    A subject opens its sentence, perhaps after a short connective clause
    (``Sementara itu,``, ``Pada kuliah tersebut,``), and a word in lower case
    (its verb) follows it. When entity mentions are known, it must be a person.
    """
    people = [(m.start, m.end) for m in entities if m.type == "PER"]
    found: list[tuple[str, int]] = []
    for sentence in _SENTENCE.finditer(text, start, end):
        s = sentence.start(1)
        according = _ACCORDING.match(text, s, sentence.end())
        if according and not _ACRONYM.search(according.group(1)):
            found.append((according.group(1), according.start(1)))
            continue
        clause = _CONNECTIVE.match(text, s, sentence.end())
        match = _RUN.match(text, clause.end() if clause else s, sentence.end())
        verb = match and _VERB_AFTER.match(text, match.end(), sentence.end())
        if not verb or (
            verb.group(0).startswith(",")
            and " " not in match.group(0)
            and not entities
            and not _APPOSITION.match(text, verb.start() + 1, sentence.end())
        ):
            continue
        person = _person(text, match, common, people, entities)
        if person:
            found.append(person)
    for match in _NAMED_AFTER_VERB.finditer(text, start, end):
        run = _RUN.match(text, match.start(1), match.end(1))
        person = _person(text, run, common, people, entities)
        if person:
            found.append(person)
    for match in _NAMED_BEFORE_VERB.finditer(text, start, end):
        run = _RUN.match(text, match.start(1), match.end(1))
        person = _person(text, run, common, people, entities)
        if person:
            found.append(person)
    # At one position the shortest reading comes last, so that callers, who
    # walk the list backwards, try it first (``Mr Pouwelse``, not ``Mr
    # Pouwelse. He``) whatever the set's order.
    return sorted(set(found), key=lambda f: (f[1], -len(f[0]), f[0]))


def _named_elsewhere(text: str, word: str) -> bool:
    """Whether ``word`` appears capitalised after a lowercase word or a comma."""
    return _elsewhere(word).search(text) is not None


@lru_cache(maxsize=1024)
def _elsewhere(word: str) -> re.Pattern:
    return re.compile(rf"[a-z,]\s+{re.escape(word)}\b")


def _person(text: str, match: re.Match, common, people, entities) -> tuple[str, int] | None:
    """A capitalised run as a person that a pronoun can stand for, or None.

    Not a common word, a nationality or a party (``Republican``), not an
    institution (an acronym left once the role is gone) and, when entity
    mentions are known, overlapping a person. A single word that opens its
    sentence (``Enraged, definitely.``) must be written as a name elsewhere
    in the article too.
    """
    found = _name(text, match, common)
    if found is None:
        return None
    if " " not in found[0]:
        word = found[0]
        if word.lower() in common or word.lower().rstrip("s") in _GROUP_WORDS:
            return None
        after = text[found[1] + len(word) : found[1] + len(word) + 1]
        if (
            (after == "," or word.endswith(("ed", "ly")))
            and _SENTENCE_START.search(text, max(0, found[1] - 4), found[1])
            and not _named_elsewhere(text, word)
        ):
            return None
    bare = strip_role(found[0])
    if not bare or _ACRONYM.search(bare):
        return None
    if entities and not any(ps < match.end() and pe > match.start() for ps, pe in people):
        return None
    return found


def resolve(
    text: str,
    start: int,
    attribution: Attribution | None,
    previous: tuple[Quote, int] | None,
    paragraphs: Sequence[Span],
    k: int,
    lang: str,
    entities: Sequence[EntityMention],
    genders: dict[str, str] | None = None,
    earlier: Sequence[Quote] = (),
) -> str | None:
    """The speaker's name: stated, or carried from the person in context.

    ``previous`` is the last quotation kept and its paragraph index; ``k``
    the paragraph of this one. Context reaches back at most three paragraphs.
    A ``he`` or ``she`` passes over people of the other gender (``genders``,
    from ``gender.article_genders``) and, when nobody in that context fits,
    goes back to the last speaker or person who does (``earlier`` holds the
    quotations kept before this one).
    """
    body_start = paragraphs[0][0]
    if attribution is not None and attribution.name:
        named = _last_person(attribution, entities)
        if named is not None:
            return _full_name(text, named.text, body_start, named.start, lang)
        name = _clean(attribution.name, attribution.position, entities)
        return _full_name(text, name, body_start, attribution.position, lang)
    window = paragraphs[max(0, k - 3)][0]
    if previous is not None:
        after = previous[0].end if previous[1] == k else paragraphs[min(previous[1] + 1, k)][0]
        window = max(window, after)
    fam = family(lang)
    common = common_words(lang)
    candidates: list[str | None] = []
    if fam not in CJK:
        for name, position in reversed(_subjects(text, window, start, entities, common)):
            cleaned = _clean(name, position, entities)
            candidates.append(_full_name(text, cleaned, body_start, position, lang))
    if previous is not None and previous[1] >= k - 3:
        candidates.append(previous[0].speaker)
    want = PRONOUN_GENDER.get(attribution.pronoun or "") if attribution else None
    if want is None or genders is None:
        return candidates[0] if candidates else None
    obj = _object_of_last_sentence(text, window, start, entities, genders, want)
    if obj is not None:
        return _full_name(text, obj.text, body_start, obj.start, lang)
    for name in candidates:
        if gender_of(name, genders) in (want, None):
            return name
    for quote in reversed(earlier):
        if gender_of(quote.speaker, genders) == want:
            return quote.speaker
    for name, position in reversed(_subjects(text, body_start, window, entities, common)):
        cleaned = _full_name(text, _clean(name, position, entities), body_start, position, lang)
        if gender_of(cleaned, genders) == want:
            return cleaned
    near = paragraphs[max(0, k - 3)][0]
    for mention in reversed(entities):
        if mention.type == "PER" and near <= mention.start and mention.end <= start:
            named = _full_name(text, mention.text, body_start, mention.start, lang)
            if gender_of(named, genders) == want:
                return named
    return candidates[0] if candidates else None


def _last_person(
    attribution: Attribution, entities: Sequence[EntityMention]
) -> EntityMention | None:
    """The last person mentioned in the clause that names the speaker, when
    the clause runs past the name as written (a role joined by ``dan``)."""
    written_end = attribution.position + len(attribution.name or "")
    if attribution.end <= written_end:
        return None
    found = None
    for mention in entities:
        if mention.start >= attribution.end:
            break
        if (
            mention.type == "PER"
            and mention.start >= attribution.position
            and all(word[:1].isupper() for word in mention.text.split())
        ):
            found = mention
    return found if found is not None and found.end > written_end else None


_PRONOUN_SUBJECT = re.compile(r"(?:he|she)\b", re.I)


def _object_of_last_sentence(
    text: str,
    start: int,
    end: int,
    entities: Sequence[EntityMention],
    genders: dict[str, str],
    want: str,
) -> EntityMention | None:
    """A person of the pronoun's gender that the sentence just before a
    ``he said`` or ``she said`` quotation introduces as an object (``...
    which concerns Henry Crespo, president of ...``), when its subject is no
    person of that gender and no pronoun (which would carry the story's
    current person on). The last such mention wins."""
    last = None
    for sentence in _SENTENCE.finditer(text, start, end):
        if any(c.isalpha() for c in sentence.group(1)):
            last = sentence
    if last is None:
        return None
    s, e = last.start(1), last.end(1)
    clause = _CONNECTIVE.match(text, s, e)
    opening = clause.end() if clause else s
    pronoun = _PRONOUN_SUBJECT.match(text, opening, e)
    if pronoun and PRONOUN_GENDER.get(pronoun.group(0).lower()) == want:
        return None
    found = None
    for mention in entities:
        if mention.start >= e:
            break
        if mention.type != "PER" or mention.start < s:
            continue
        known = gender_of(mention.text, genders)
        if _is_subject(text, mention, opening) and known in (want, None):
            return mention if known == want else None  # the sentence's own subject
        if known == want:
            found = mention
    return found


_SUBJECT_VERB = re.compile(
    r"[ \t]+(?!and\b|or\b|of\b|who\b|which\b)[a-z]|,[ \t]+(?:who|a|an|the)\b"
)


def _is_subject(text: str, mention: EntityMention, opening: int) -> bool:
    """Whether a person mention opens its clause and a verb or an apposition
    follows it (``..., Ham made it clear``, ``Christie, who has ...``)."""
    before = text[opening : mention.start].rstrip()
    if before and not before.endswith(","):
        return False
    return _SUBJECT_VERB.match(text, mention.end) is not None


def _clean(name: str, position: int, entities: Sequence[EntityMention]) -> str | None:
    """The speaker's name without its role.

    When entity extraction found a person ending where the written name
    ends, its name (already without role) is used; otherwise ``strip_role``.
    """
    end = position + len(name)
    for mention in entities:
        if mention.type == "PER" and position <= mention.start and mention.end == end:
            return mention.text
    return strip_role(name)


def _full_name(
    text: str, name: str | None, body_start: int, position: int, lang: str
) -> str | None:
    """A one-word name expanded to the fuller name the article used before it.

    ``Tito`` said after ``Menteri Dalam Negeri Tito Karnavian`` is Tito
    Karnavian: the earliest earlier name in the body that starts or ends
    with the word (the title is left out: headline words run together).
    """
    if not name or " " in name:
        return name
    common = common_words(lang)
    for match in _RUN.finditer(text, body_start, max(body_start, position)):
        if name not in match.group(0):
            continue
        found = _name(text, match, common)
        candidate = strip_role(found[0]) if found else None
        words = candidate.split() if candidate else []
        if 1 < len(words) <= 4 and name in (words[0], words[-1]):
            return candidate
    return name
