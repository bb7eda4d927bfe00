"""The cue and the speaker written around a quotation.

A quotation is attributed by a cue right after it (``"…," kata Tito``,
``"…," he said``, ``„…“, sagte Merkel``, ``「…」と述べた``) or by one that
leads into it (``Tito menjelaskan, "…"``, ``According to X, "…"``,
``X는 "…"``). This module reads what that text says, an ``Attribution``: the
cue, the speaker as written (a name, a role with a name, a described speaker
such as ``the letter``) or the pronoun or ``-nya`` form written instead, and
where it stands. Turning a pronoun into a person takes the rest of the
article and is left to ``speakers.resolve``; the cue patterns of each
language are in its home (``lang/<code>/cues.py``, ``rules_for(lang).tail``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from reader.extract.cues import OBJECT_PRONOUNS, PRONOUNS, SIGNED
from reader.extract.lang import LanguageRules, rules_for
from reader.extract.model import Span
from reader.extract.name_spans import before_last_item, is_field_word
from reader.extract.roles import strip_role
from reader.extract.speaker_names import (
    NAME_RUN,
    NOT_AFTER_ABBREVIATION,
    SENTENCE_BREAK,
    name_in_run,
)

# The end of the clause that names a speaker after a cue: `kata X di Jakarta`,
# `said Ben Coppin of Envisional`.
_CLAUSE_END = re.compile(
    rf",|(?=\.){NOT_AFTER_ABBREVIATION}\.(?:\s|$)|\s(?:di|dalam|kepada|kepadadetik\w*|saat|usai|ketika|pada|seperti|dikutip|melalui"
    r"|dari|in|at|on|to|during|after|when|who|from|of)\s"
)
# A speaker described, not named: `the letter`, `sang perekam video`.
_NAME_PHRASE = re.compile(
    r"(?:the|a|an|one|another|sang|seorang)\s+[\w'’-]+(?:[ \t]+[\w'’-]+){0,3}"
)
_PHRASE_END = re.compile(r"\b((?:the|a|an|one|another)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s*$", re.I)
_NOT_PHRASE = re.compile(r"\s(?:and|or|to|of|then)\s|\w+ly\b", re.I)
_DEMONSTRATIVES = frozenset({"ini", "itu", "tersebut"})
# Words that open where or when something was said, not who said it.
_OCCASION_WORDS = frozenset(
    "di dalam saat ketika pada usai kepada melalui in at on during after when to".split()  # noqa: SIM905
)
_DETERMINED = re.compile(r"(?:the|a|an|one|another|his|her|their|its)\s")
_FIRST_WORD = re.compile(r"[\w']+")


def _describes(words: str, rules: LanguageRules) -> bool:
    """Whether the words before a name describe what it names: an
    organisation (`investment bank`) or a person's function (`chief
    executive`), not where the speakers are (`residents in`)."""
    last = words.split()[-1].lower() if words.split() else ""
    return last in rules.words("org_descriptors") or last in rules.speaker_roles


# A name closing the words before a cue, perhaps with an American party tag
# (`Rep. Ann Holt (R-Utah)`).
_NAME_AT_END = re.compile(r"(?<=\s)[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*(?:\s+\([A-Z][\w.-]*\))?$")
_LOWER_TAIL = re.compile(r"(?:\s+[a-z][\w'’-]*)+$")
_MARKS = frozenset("'\"“”‘’«»„「」『』")
# A name in the possessive: what follows it is someone else (`Quade's family`).
_POSSESSOR = re.compile(r"['’]s$")
# A name in the possessive and who or what of theirs it is (`Quade's family`).
_POSSESSED = re.compile(r"[A-Z][\w .'’-]*?['’]s(?:\s+[a-z][\w'’-]*){1,3}")
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


def _role_led(who: str, named: re.Match, rules: LanguageRules) -> bool:
    """Whether lowercase words before an English name before a cue are a
    function: they open with a role (`director of policy research Ann Roe
    said`), or the name opens with its title (`panel Chairman Sen. Ann Roe
    said`, `team captain Ann Roe`). English writes who speaks this way in
    any field; where the speakers are (`residents in Leeds said`) opens
    with no role."""
    first = who.split()[0].lower()
    titled = named.group(0).split()[0].lower().rstrip(".")
    return first in rules.speaker_roles or (
        titled in rules.speaker_roles and " " in named.group(0).strip()
    )


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
    if index > 0 and spans[index - 1][1] == k and not _term(text, *spans[index - 1][0]):
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
    head_start = _last_break(text, p_start, head_end)
    return (head_start, max(head_start, head_end)), (tail_start, max(p_end, tail_start))


def _last_break(text: str, start: int, end: int) -> int:
    """Where the last sentence break in ``text[start:end]`` ends (``start``
    when there is none), read back from ``end`` in growing windows: read
    from the paragraph's start, a paragraph of a thousand short quotations
    was read a thousand times (27 s for one article). A break that starts
    before a window is found by the next, wider one."""
    width = 512
    while True:
        low = max(start, end - width)
        found = None
        for match in SENTENCE_BREAK.finditer(text, low, end):
            found = match.end()
        if found is not None:
            return found
        if low == start:
            return start
        width *= 4


# A term in marks: a few words without a sentence's punctuation
# (`'바른 ICT 리서치 컨퍼런스'`, `“net zero”`).
_TERM = re.compile(r"[^.!?,;:。！？，、]{1,30}")


def _term(text: str, start: int, end: int) -> bool:
    """Whether a marked span is a term, not speech: the sentence it stands
    in goes on, and a speaker named before it may lead into the quotation
    after it (`임지선 박사는 '○○ 컨퍼런스'의 발표 자료에서 "…"며`)."""
    return len(text[start:end].split()) <= 6 and _TERM.fullmatch(text, start, end) is not None


# Articles (French, Spanish, German) that open a description of the speaker
# after a cue; English descriptions have their own patterns (``lang/en/cues.py``).
_ARTICLES = frozenset(["la", "el", "le", "les", "los", "las", "un", "una", "der", "die", "das"])


def _after_cue(
    text: str, start: int, end: int, rules: LanguageRules
) -> tuple[str | None, int, int]:
    """The speaker named right after a cue: a pronoun (None) or a name, with
    where it stands and where its clause ends."""
    rest = text[start:end]
    offset = start + len(rest) - len(rest.lstrip())
    stop = (rules.speaker_clause_end or _CLAUSE_END).search(text, offset, end)
    clause_end = stop.start() if stop else end
    first = re.match(r"[\w']+", text[offset:end])
    if first and first.group(0).lower() in PRONOUNS | OBJECT_PRONOUNS | _OCCASION_WORDS:
        # `kata dalam Konferensi Pers …`: the cue names nobody, and the
        # capitalised words after it are the occasion, not the speaker.
        return None, offset, clause_end
    if (
        first
        and first.group(0).islower()
        and first.end() + offset == clause_end
        and first.group(0) in rules.person_nouns
    ):
        # `kata polisi dalam siaran pers`, `ujar hakim.`, `teriak orator.`:
        # a person described by a noun alone, no name after it; as written.
        return first.group(0), offset, clause_end
    if first and (
        first.group(0).lower().rstrip(".") in rules.speaker_roles or first.group(0) in _ARTICLES
    ):
        # `afirmó la presidenta de la Autoridad Portuaria, Elena Navarro,`:
        # a description first, the person's name after its comma.
        return (*_role_clause(text, offset, end, rules), clause_end)
    match = NAME_RUN.search(text, offset, min(end, offset + NEAR))
    if match and match.start() - offset < 40:
        employed = _employee(text, match.end(), end, rules)
        if employed is not None:
            return employed
        found = name_in_run(text, match, rules)
        if found and rules.speaker_clause_end is not None and found[1] < clause_end:
            # A capitalised noun after the name is no part of it where
            # every noun is capitalised (`sagte Schmidt der Zeitung`).
            found = (text[found[1] : min(clause_end, found[1] + len(found[0]))], found[1])
        if found:
            return (*found, max(clause_end, match.end()))
    phrase = _NAME_PHRASE.match(text, offset, end)
    if phrase:
        return phrase.group(0), offset, phrase.end()
    return None, offset, clause_end


# `said Opera spokeswoman, Berit Hanson.`, `said De Telegraaf's image
# editor, Peter Schoonen.`: an employer, the role, then the name.
_EMPLOYEE = re.compile(r"(?:['’]s)?((?:[ \t]+[a-z][\w-]*){1,3}),[ \t]+")


def _employee(text: str, after: int, end: int, rules: LanguageRules) -> tuple[str, int, int] | None:
    """The person a cue names behind an employer and a role, or None."""
    role = _EMPLOYEE.match(text, after, end)
    if role is None or role.group(1).split()[-1] not in rules.person_nouns:
        return None
    match = NAME_RUN.match(text, role.end(), end)
    if match is None or not (
        match.group(0).endswith((".", ","))
        or re.match(r"[ \t]*(?:[,.\n]|$)", text[match.end() : match.end() + 3])
    ):
        return None
    found = name_in_run(text, match, rules)
    return (*found, match.end()) if found else None


def _role_clause(text: str, start: int, end: int, rules: LanguageRules) -> tuple[str | None, int]:
    """The name in a clause that opens with a role: ``Kepala Satgas KPK Wilayah V
    Dian Patria di Jakarta`` or ``jubir KPK, Budi Prasetyo, kepada wartawan``.

    The name is what follows the role's last institution word in the clause;
    when the role fills the clause, the name is the one after its comma.
    """
    stop = (rules.speaker_clause_end or _CLAUSE_END).search(text, start, end)
    clause_end = stop.start() if stop else end
    if text[start:clause_end].split()[-1].lower() in _DEMONSTRATIVES:
        return None, start  # `lanjut Wali Kota Makassar ini`: the person just named
    while stop and text[stop.start()] == ",":
        after = stop.end() + len(text[stop.end() : end]) - len(text[stop.end() : end].lstrip())
        match = NAME_RUN.match(text, after, end)
        if (
            match
            and before_last_item(rules).match(text, match.end(), end)
            and " " not in match.group(0).strip(" \t,.")
            and is_field_word(match.group(0).strip(" \t,."), rules)
        ):
            # `Kasi Upaya Hukum, Eksekusi, dan Eksaminasi Kejati Lintang,
            # Budi Santoso`: the role lists its fields; the name comes after.
            # Only one field word is so listed: a name there (`Ketua Serikat
            # Buruh Lintang, Budi Santoso, dan Sekretaris …`) is the speaker,
            # listed with another.
            stop = (rules.speaker_clause_end or _CLAUSE_END).search(text, match.end() + 1, end)
            continue
        if match and re.match(
            r"(?:[ \t]*(?:[,.\n]|$)|\s(?:di|dalam|kepada|saat|in|at|on|to)\s)",
            text[match.end() : match.end() + 12],
        ):
            found = name_in_run(text, match, rules)
            if found:
                return found
        break
    name = strip_role(text[start:clause_end], rules)
    while rules.lowercase_ends_speaker and name and name[0].isdigit() and " " in name:
        # `tutur Ketua RT 05 Joko`, `RT 05/RW 03`: a unit's number goes
        # with the role, and the name comes after it. Only where roles are
        # capitalised words before the name (Indonesian): English `said 3M
        # chief executive` opens with a name that holds digits.
        name = strip_role(name.split(None, 1)[1], rules)
    if name and name[0].isupper():
        # `kata Bu Titik lagi`: the adverb is not the name.
        return _LOWER_TAIL.sub("", name), clause_end - len(name)
    described = text[start:clause_end].split()
    if rules.role_means_named and len(described) == 2 and rules.is_role(described[1]):
        # `sagte die Kanzlerin`: resolved to the person given that role.
        return " ".join(described), start
    return None, start


def _tail(text: str, region: Span, rules: LanguageRules, content_end: str) -> Attribution | None:
    start, end = region
    signed = SIGNED.match(text, start, end)
    if signed:
        return Attribution(signed.group("cue"), signed.group("who"), signed.start("who"))
    # Without punctuation before the closing mark, only a cue right after it
    # attributes the quotation (`(BI Perry Warjiyo)" kata Firman`): a term in
    # marks is followed by the rest of its sentence.
    bare = (
        rules.script is None and content_end not in ",.!?…;:-—" and text[start : start + 1] != ","
    )
    for pattern in rules.tail[:1] if bare else rules.tail:
        match = pattern.match(text, start, end)
        if not match:
            continue
        cue = match.group("cue")
        groups = match.groupdict()
        if content_end == "." and "who" in groups and _goes_on(text, match.end("cue"), end):
            # `"…." Reuters also said that…`, `"…." Stuart Rose, head of M&S,
            # said last year…`: after a full stop a new sentence begins, and
            # one that goes on past its verb reports something else.
            return None
        if groups.get("who"):
            who = match.group("who")
            if who.split()[-1].lower() in PRONOUNS or who == "it":
                # `it said`: the organisation just named (speakers._meant).
                return Attribution(cue, None, match.start("who"), who.split()[-1].lower())
            if rules.english_speakers and who[0].islower() and not _DETERMINED.match(who):
                # `investment bank Merrill Lynch said`: a description, then
                # the name the cue follows.
                named = _NAME_AT_END.search(who)
                if named is None or not (
                    _describes(who[: named.start()], rules) or _role_led(who, named, rules)
                ):
                    continue
                return Attribution(cue, named.group(0), match.start("who") + named.start())
            if who[0].isupper() and not _POSSESSOR.search(_LOWER_TAIL.sub("", who)):
                # `Mr Donofrio recently told`: the adverb is not the name;
                # `Quade's family said` is no Quade, but her family.
                who = _LOWER_TAIL.sub("", who)
            return Attribution(cue, who, match.start("who"))
        if groups.get("app"):
            found = _apposition(text, match, rules)
            if found is None:
                continue
            return Attribution(cue, found[0], found[1])
        if "rest" not in groups:
            return Attribution(cue, None, -1)
        if rules.nya_cue and cue.lower().endswith("nya"):
            return Attribution(cue, None, match.start("cue"))
        name, position, clause_end = _after_cue(text, match.start("rest"), end, rules)
        pronoun = None
        if name is None:
            first = _FIRST_WORD.match(text, position, end)
            pronoun = first.group(0).lower() if first else None
            if bare and pronoun not in PRONOUNS:
                return None  # `the "Big Bang" says nothing about…`
        return Attribution(cue, name, position, pronoun, clause_end)
    return None


# What follows a verb that reports something of its own rather than
# attributing the words before it: `that`, a subject pronoun, `to` and a verb.
_REPORTS = re.compile(r"\s*(?:that|bahwa|he|she|it|they|we|i|dia|ia|to\s+[a-z]+)\b", re.I)


def _goes_on(text: str, cue_end: int, end: int) -> bool:
    """Whether the sentence of a cue after a quotation goes on past the cue
    with content of its own: `that …`, `he planned …`, or more than six
    words that are not where or to whom it was said (`Mr Smith said in a
    statement issued by his office on Monday.` is an attribution; `Stuart
    Rose said last year its prices were too high.` is not)."""
    stop = SENTENCE_BREAK.search(text, cue_end, end)
    rest = text[cue_end : stop.start() if stop else end]
    if _REPORTS.match(rest):
        return True
    return len(rest.split()) > 6 and not _CIRCUMSTANCE.match(rest)


# Where, when or how a thing was said.
_CIRCUMSTANCE = re.compile(
    r"\s*(?:in|at|on|to|during|after|before|by|from|with|via|through|outside)\b", re.I
)


# A clause after a comma that describes the thing before it, not a person
# standing in apposition.
_NOT_APPOSITION = re.compile(r"(?:[a-z]+ed|by|from|with|who|which|that|whose|in|on|at)\b")
# `The letter, signed by Mary Jones, reads:`: a described speaker before the cue.
_DESCRIBED = re.compile(
    r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*"
    r"(?=(?:,\s+(?:[a-z]+ed|by|from|with|which|that)\b[^,\"“”]*,)?\s*$)"
)
_NICKNAME = re.compile(r"[ \t]*(?:\"\w+\"|“\w+”)|[ \t]*\([^()]*\)")


def _apposition(text: str, match: re.Match, rules: LanguageRules) -> tuple[str, int] | None:
    """The person in ``description, Name, said`` when the description is
    not itself a name (``Quade's niece``, ``His former partner at Lenox``)."""
    common = rules.common
    desc = match.group("desc").split()
    if (
        all(word[:1].isupper() for word in desc)
        and not desc[-1].endswith(("'s", "’s"))
        and desc[-1].lower().rstrip(".") not in rules.speaker_roles
    ):
        # A run of capitals is a name (`Ana Ruiz, Zentra's boss, said`),
        # unless it ends in a role (`Ravel-corp's CEO, Ana Ruiz, said`).
        return None
    start, end = match.span("app")
    if _NOT_APPOSITION.match(text, start, end):
        # `the letter, signed by Mary Jones, reads`: the letter, not Mary Jones.
        phrase = match.group("desc")
        if _DETERMINED.match(phrase) and phrase.split()[-1] not in rules.speaker_roles:
            return phrase, match.start("desc")
        return None
    bare = _NICKNAME.sub("", text[start:end])
    found = None
    for run in NAME_RUN.finditer(bare):
        found = name_in_run(bare, run, rules) or found
    if found is None:
        return None
    name = strip_role(found[0], rules)
    if not name or name.split()[0].lower() in common:
        return None
    position = text.find(name.split()[0], start, end)
    return name, position if position >= 0 else start


def _head(text: str, region: Span, rules: LanguageRules) -> Attribution | None:
    start, end = region
    if end <= start:
        return None
    if rules.head_reach is not None:
        start = max(start, end - rules.head_reach)
    for pattern in rules.head:
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
        if described and described.group(0).split()[-1] not in rules.speaker_roles:
            return Attribution(cue, described.group(0), start)
        apposed = _APPOSED.search(text, start, match.start("cue"))
        if apposed and apposed.group(1).split()[-1].lower() in rules.person_nouns:
            # `One of them, a senior designer who asked not to be named, said:`
            return Attribution(cue, apposed.group(1), apposed.start(1))
        found = None
        if rules.english_speakers:
            # `Ana Ruiz, editor of fansite Zentra.Net, said:`: the name the
            # sentence opens with, not the employer in its apposition.
            found = _opening_apposed(text, start, match.start("cue"), rules)
        if (
            found is None
            and cue
            and (
                cue.endswith("ing") or _joined_to_first_verb(text, start, match.start("cue"), rules)
            )
        ):
            # `Holt faulted Marsh over the budget, saying, "…"`: a
            # participle's speaker is the sentence's subject; so is a cue
            # joined to the sentence's first verb (`Holt toured Dunmore and
            # said …`).
            found = _subject(text, start, match.start("cue"), rules)
        found = found or _last_name(text, start, match.start("cue"), rules)
        if found:
            return Attribution(cue, found[0], found[1])
        phrase = _PHRASE_END.search(text, start, match.start("cue"))
        if phrase and not _NOT_PHRASE.search(phrase.group(1)):
            return Attribution(cue, phrase.group(1), start)
        first = words[0].lower()
        return Attribution(cue, None, start, first if first in PRONOUNS else None)
    return None


def _last_name(
    text: str, start: int, end: int, rules: LanguageRules, subject: bool = False
) -> tuple[str, int] | None:
    """The last capitalised run in ``text[start:end]`` that can be a name,
    outside relative clauses: in ``Mr Haji-Ioannou, who plans to launch
    Easymobile, vowed …, saying:`` the speaker is not Easymobile. With
    ``subject``, only a run that can be who speaks (``_not_subject``)."""
    clauses = [m.span() for m in _RELATIVE.finditer(text, start, end)]
    best = None
    for match in NAME_RUN.finditer(text, start, end):
        if subject and _not_subject(text, match, rules):
            continue
        if not any(s <= match.start() < e for s, e in clauses):
            best = name_in_run(text, match, rules) or best
    return best


# The word before a run, past an opening mark and a `The` (`on “The Zembla Show,”`).
_WORD_BEFORE = re.compile(r"""([\w'’]+)[ \t]*["“‘']*(?:The[ \t]+)?$""")
_WORDS_AFTER = re.compile(r"[ \t]+([a-z][\w-]*)(?:[ \t]+([a-z][\w-]*))?")


def _not_subject(text: str, run: re.Match, rules: LanguageRules) -> bool:
    """Whether a capitalised run before a verb of report is no one who
    speaks: it follows a preposition (``chimed in on Twitter, saying``, ``at
    a press conference in Chelsea, the mayor said``: where or how), it is a
    day (``Tuesday's``), or it
    qualifies a role written after it in lowercase (``the former first lady
    and U.S. senator said``, ``the Democratic presidential nominee said``)."""
    before = _WORD_BEFORE.search(text, max(0, run.start() - 20), run.start())
    if before is not None and before.group(1) in rules.words("prepositions"):
        return True
    days = rules.words("weekdays")
    if any(w.rstrip("'’s.,").lower() in days for w in run.group(0).split()):
        return True  # `On Tuesday's show, the senator said`: when
    after = _WORDS_AFTER.match(text, run.end())
    if after is None:
        return False
    roles = rules.person_nouns
    return after.group(1) in roles or (after.group(2) or "") in roles


# A Chinese cue followed by a comma and more, or by the next quotation's
# opening mark (`。”医生刘蕊认为“…”`, `。”一位学者曾说过，他…`): it reports, or
# leads into that one; it does not attribute this one.
_ZH_GOES_ON = re.compile(
    r"[^。！？“”]{0,20}?(?:表示|说|称|指出|强调|认为)(?:过|道)?(?:[，,：:]\s*[^\s]|[“「])"
)
# A Chinese cue that ends the text after a quotation with no punctuation
# before the next one's opening mark (`，外来工家长认为“…”`).
_ZH_LEADS_IN = re.compile(r"[，,、\s]*[^。！？“”，,]{1,20}?(?:表示|说|称|指出|强调|认为)")


def _leads_in(text: str, tail: Span) -> bool:
    """Whether the text after a quotation is a cue that leads into the next
    quotation, written right against its opening mark."""
    start, end = tail
    return (
        text[end : end + 1] in ("“", "「") and _ZH_LEADS_IN.fullmatch(text, start, end) is not None
    )


# A person described in apposition right before the cue.
_APPOSED = re.compile(
    r",\s+((?:a|an|one|another|seorang|un|une|ein|eine)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}?)"
    r"(?:\s+(?:who|yang|qui|der|die)\b[^,]*)?,\s*$"
)
# The opening of a sentence before its subject: `In a speech earlier in the day, `.
_OPENING = re.compile(r"(?:[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,9},[ \t]+)?")
_THEN_VERB = re.compile(r",?[ \t]+(?:who\b|[a-z])")


def _subject(text: str, start: int, end: int, rules: LanguageRules) -> tuple[str, int] | None:
    """The name a sentence opens with, perhaps after a clause, when a verb
    (or ``, who``) follows it: the sentence's subject."""
    for opening in (start, _OPENING.match(text, start, end).end()):
        run = NAME_RUN.match(text, opening, end)
        if run and _THEN_VERB.match(text, run.end(), end):
            found = name_in_run(text, run, rules)
            if found:
                return found
    return None


def _joined_to_first_verb(text: str, start: int, end: int, rules: LanguageRules) -> bool:
    """Whether the cue that ``text[start:end]`` runs up to is a second verb of
    the sentence's subject: right after a word that joins it to a verb before
    (``verb_joiners``: `Holt toured Dunmore and said`), and not inside a
    relative clause still open there (`Holt met Marsh, who smiled and said`:
    the clause's verbs are Marsh's)."""
    joined, relative = _joining(rules.words("verb_joiners"), rules.words("relative_pronouns"))
    if joined is None:
        return False
    match = joined.search(text, start, end)
    if match is None:
        return False
    return relative is None or relative.search(text, start, match.start() + 1) is None


@cache
def _joining(
    joiners: frozenset[str], pronouns: frozenset[str]
) -> tuple[re.Pattern | None, re.Pattern | None]:
    """A joiner of verbs right before the cue (after a lowercase word: a
    verb's object or the verb, not a name's list), and a relative clause
    open up to the joiner (no comma, colon or semicolon closes it)."""
    if not joiners:
        return None, None
    joined = re.compile(rf"[a-z][ \t]+(?:{'|'.join(map(re.escape, sorted(joiners)))})[ \t]+$")
    if not pronouns:
        return joined, None
    alternatives = "|".join(map(re.escape, sorted(pronouns)))
    return joined, re.compile(rf"\b(?:{alternatives})\b[^,;:]*$")


_RELATIVE = re.compile(r",\s+(?:who|which|whose|yang)\b[^,]*,")
# A description in lowercase set off by commas, reaching the cue: `, chief
# economist at Zentra.Net, ` (a full stop only inside a word or an initial).
_APPOSED_TO_CUE = re.compile(
    r",[ \t]+(?:\d{1,3},[ \t]+)?(?:(?:the|a|an)[ \t]+)?[a-z][\w'’-]*"
    r"(?:[^\"“”.;:]|\.(?=[\w,])){0,160},[ \t]*$"
)


def _opening_apposed(
    text: str, start: int, end: int, rules: LanguageRules
) -> tuple[str, int] | None:
    """The name a sentence opens with when a description set off by commas
    is all that stands between it and the cue (``Ana Ruiz, head of research
    at Zentra, said:``): the speaker, not the last name of the description."""
    run = NAME_RUN.match(text, start, end)
    if run is None or not _APPOSED_TO_CUE.match(text, run.end(), end):
        return None
    return name_in_run(text, run, rules)


# A quotation opening after a sentence, perhaps in the next paragraph.
_OPENS_NEXT = re.compile(r"\s*[\"“‘']")


def attribute(
    text: str, spans, index: int, paragraphs: Sequence[Span], lang: str
) -> Attribution | None:
    """The cue and speaker around the quotation ``spans[index]``, if any.

    ``spans`` are (content span, paragraph index) pairs in text order, as
    ``quotes.marked_spans`` gives them.
    """
    rules = rules_for(lang)
    head, tail = _region(text, spans, index, paragraphs)
    (start, end), _ = spans[index]
    content = text[start:end].rstrip("'\"’”»」』")
    content_end = content[-1:]
    found = _tail(text, tail, rules, content_end)
    if (
        rules.sentence_after_yields
        and found is not None
        and found.name
        and not text[tail[0] : found.position].strip()
        and not (
            rules.sentence_after_closes is not None
            and rules.sentence_after_closes.fullmatch(found.cue)
        )
    ):
        # The cue names its speaker in the sentence after the quotation
        # (nothing but space between them): one named before it in its own
        # sentence said it, and a quotation after that sentence is its own.
        before = _head(text, head, rules)
        if before is not None and before.name:
            return Attribution(found.cue, before.name, before.position)
        stop = text.find(".", found.position, tail[1])
        if stop >= 0 and _OPENS_NEXT.match(text, stop + 1):
            found = None
    if (
        rules.cue_after_stop_reports
        and found is not None
        and content_end
        and content_end in "。！？"
    ):
        # `他说：“…。”不过他也表示，…`: after a full stop, a new sentence whose
        # cue goes on to report something else; a cue leading in decides.
        # Read past the tail, which stops where the next quotation opens.
        goes_on = _ZH_GOES_ON.match(text, tail[0])
        before = _head(text, head, rules) if goes_on else None
        if before is not None and before.name:
            return before
    if rules.cue_after_stop_reports and found is not None and _leads_in(text, tail):
        # `“…”，外来工家长认为“…”`: a cue written right against the next
        # quotation's opening mark is that one's; this one's speaker is
        # named before it, or nobody (it stays speech, the cue near it).
        found = Attribution(found.cue, None, found.position)
    # A cue after the quotation that names nobody (``adding that``, and in
    # CJK the verb alone) leaves the speaker to a cue before it that names
    # one: ``Peabody said: "…," adding that…``.
    if found is None or (
        found.name is None and (rules.script is not None or found.pronoun not in PRONOUNS)
    ):
        before = _head(text, head, rules)
        if before is None and rules.script is not None:
            before = _lead_in(text, start, spans[index][1], paragraphs, rules)
        if before is not None and (found is None or before.name):
            cue = found.cue if found else before.cue
            found = Attribution(cue, before.name, before.position)
    return found


# A partial quotation has this many words at least: fewer in marks are a
# term or a scare quote (`a "wow factor"`, called it "significant").
_PARTIAL_WORDS = 3


def partial(
    text: str, spans, index: int, paragraphs: Sequence[Span], lang: str
) -> Attribution | None:
    """A partial quotation: words in marks, three or more, that go on a
    sentence whose verb reports speech before them (``rules.reported``:
    `Her lawyer Ann Roe called the fine "a gift to crooks"`), for a
    quotation no cue attributes and too short to be speech by itself. Not
    a title or a name in marks, which open with a capital. The speaker is
    who the sentence names before the verb."""
    rules = rules_for(lang)
    if rules.reported is None:
        return None
    (start, end), _ = spans[index]
    content = text[start:end].lstrip("'\"‘“«")
    if not content[:1].islower() or len(content.split()) < _PARTIAL_WORDS:
        return None
    start, end = _region(text, spans, index, paragraphs)[0]
    if end <= start:
        return None
    cue = None
    for found in rules.reported.finditer(text, start, end):
        cue = found
    if cue is None:
        return None
    before = text[start : cue.start()].split()
    if before and before[-1].lower() in PRONOUNS:
        return Attribution(cue.group("cue"), None, cue.start(), before[-1].lower())
    # The name nearest the verb (`an explosion that Mayor Ana Ruiz described
    # as "…"`), or the one the sentence opens with before its apposition,
    # or its subject when `and` joins the verb to the subject's first
    # (`Holt toured Dunmore and said it was "…"`).
    named = (
        (
            _joined_to_first_verb(text, start, cue.start(), rules)
            and _subject(text, start, cue.start(), rules)
        )
        or _opening_apposed(text, start, cue.start(), rules)
        or _last_name(text, start, cue.start(), rules, subject=True)
    )
    if named is not None:
        phrase = text[named[1] : cue.start()].rstrip()
        if _POSSESSED.fullmatch(phrase):
            # `Quade's family said the report left "…"`: the family.
            return Attribution(cue.group("cue"), phrase, named[1])
        if rules.english_speakers and _POSSESSOR.search(named[0]):
            # `Ann Roe (D), Holt's opponent in the race, called …, saying`:
            # a name in the possessive is whose someone is, not who speaks;
            # the name before it, else the context.
            named = _last_name(text, start, named[1], rules, subject=True)
    if named is None:
        # `Prosecutors said he was "…"`: a few words, no name, are who spoke.
        phrase = " ".join(before)
        if before and len(before) <= 3 and not _NOT_PHRASE.search(f" {phrase} "):
            return Attribution(cue.group("cue"), phrase.rstrip(","), start)
        return Attribution(cue.group("cue"), None, start)
    return Attribution(cue.group("cue"), named[0], named[1])


# How much of the paragraph before a lead-in cue is read in.
_LEAD_IN_REACH = 40
_LEAD_IN_END = " \t\u3000。：:，,、"


def _lead_in(
    text: str, start: int, k: int, paragraphs: Sequence[Span], rules: LanguageRules
) -> Attribution | None:
    """The cue that closes the paragraph before a quotation opening its own
    (`中谷氏の言葉を借りると⏎『…』`, `山田監督はこう話す。⏎「…」`,
    `他说：⏎“…”`), in Chinese, Japanese and Korean, where a statement is often
    set apart as a paragraph: only a cue the paragraph ends on, naming who."""
    if k == 0 or text[paragraphs[k][0] : start].strip(" \t\u3000「『“\"'‘") != "":
        return None
    p_start, p_end = paragraphs[k - 1]
    region = (max(p_start, p_end - _LEAD_IN_REACH), p_end)
    found = _head(text, region, rules)
    if found is None or not found.name or not found.cue:
        return None
    closing = text[region[0] : region[1]].rstrip(_LEAD_IN_END)
    return found if closing.endswith(found.cue) else None
