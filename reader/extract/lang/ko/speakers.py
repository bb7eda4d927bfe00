"""Who said a Korean quotation that no name before it attributes.

An interview sets a statement apart as a paragraph of its own, or opens a
paragraph with it, after a paragraph about the person (``조 교수는 … 믿는다.⏎⏎
“…”``): the person the sentences before name as their topic, with ``은``/
``는`` or ``이``/``가`` behind the name or its role, said it.
"""

from __future__ import annotations

import re

from reader.extract.lang.ko.words import KO_ROLES
from reader.extract.model import Mentions

_ROLE = "|".join(sorted(KO_ROLES.split(), key=len, reverse=True))
# What may stand between a name and its topic particle: an age in brackets,
# a role (`(45)`, ` 교수`, ` 전 장관`).
_BEHIND = re.compile(rf"(?:\([^()]{{1,12}}\))?(?:\s?(?:전|현|신임)?\s?(?:{_ROLE}))?")
_TOPIC = re.compile(r"(?:은|는|이|가)(?=\s)")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
# How many sentences back a topic stays the subject.
_SENTENCES_BACK = 3


# A paragraph that is one quotation and nothing else, up to the opening
# mark of the next (`“…”⏎⏎“`).
_QUOTATION_ONLY = re.compile(r"\s*[“\"‘'][^\n]*[”\"’'][.!?]?\s*[“\"‘']?")
# How many quotation paragraphs a run may hold above its speaker's sentence.
_RUN_LONGEST = 4


def topic_before(text: str, position: int, floor: int, entities: Mentions) -> str | None:
    """The person the few sentences before ``position`` (from ``floor``)
    are about: the last one named as a topic, by full name; None when none is.

    Where what lies between is a paragraph of quotation only, the quotation
    goes on a run set apart after the sentence that named its speaker
    (``김 교수는 이렇게 설명했다.⏎⏎“…”⏎⏎“…”``): its topic is the one of the
    paragraph above the run."""
    for _ in range(_RUN_LONGEST):
        if floor == 0 or not _QUOTATION_ONLY.fullmatch(text, floor, position):
            break
        position = len(text[:floor].rstrip())
        floor = text.rfind("\n", 0, position) + 1
    ends = [m.end() for m in _SENTENCE_END.finditer(text, floor, position)]
    start = [floor, *ends][-(_SENTENCES_BACK + 1) :][0]
    people = [
        m
        for m in entities.overlapping(start, position)
        if m.type == "PER" and m.start >= start and m.end <= position
    ]
    for mention in reversed(people):
        behind = _BEHIND.match(text, mention.end, position)
        if _TOPIC.match(text, behind.end(), position):
            return entities.full_names[mention.key]
    return None


# After a body, the particles that make it the subject or the topic.
_SUBJECT = re.compile(r"(?:\s?측)?(?:은|는|이|가)(?=\s)")
# Someone described or a side set as the topic (`반면 정부는`, `업계
# 관계자들은`, `야당 측은`): nobody named, but another than the last speaker.
_OTHER_TOPIC = re.compile(
    r"(?<![가-힣])(?:관계자|전문가|소식통|당국|정부|업계|야당|여당|측|주민|시민|직원)들?(?:은|는)(?=\s)"
)


def topic_changed(text: str, since: int, end: int, entities: Mentions) -> bool:
    """Whether the sentences between the last quotation (from ``since``,
    its own sentence aside) and ``end`` turn to a body or someone described
    as their subject (``반면 기획재정부는 신중한 입장이다.``): the story has
    moved on from the last speaker, and a quotation set apart after them is
    not surely theirs. A body named in passing (``그는 한빛대에서 일했다``)
    leaves the topic where it was."""
    stop = _SENTENCE_END.search(text, since, end)
    if stop is None:
        return False
    start = stop.end()
    for mention in entities.overlapping(start, end):
        if (
            mention.type == "ORG"
            and mention.start >= start
            and _SUBJECT.match(text, mention.end, end)
        ):
            return True
    return _OTHER_TOPIC.search(text, start, end) is not None


# A team named alone (`연구팀은 “…”고 밝혔다`), as science and company news
# calls it after naming it in full once.
_TEAM_ALONE = re.compile(r"(?:공동\s?)?(?:연구팀|연구진|팀)")
# A team named in full: after its head's name and role (`이영수 교수 연구팀`,
# `이영수 교수팀`), or after its institution (`한빛대 연구팀`).
_ORG_HEAD = "대|대학|대학교|연구소|연구원|기술원|과학원|병원|의대|공대"
_TEAM_NAMED = re.compile(
    rf"(?<![가-힣])(?:(?P<head>[가-힣]{{2,4}})\s(?:{_ROLE})"
    rf"|(?P<body>[가-힣]{{1,12}}(?:{_ORG_HEAD})))\s?(?:공동\s?)?(?:연구팀|연구진|팀)"
)


def team_head(text: str, phrase: str, position: int) -> str | None:
    """Whose a team is that a cue names alone (``연구팀은 “…”``): the head or
    the institution it was named after last before ``position`` (``이영수
    교수 연구팀``, ``한빛대 연구팀``), who speaks for it; None for any other
    phrase, or when no team was named in full."""
    if not _TEAM_ALONE.fullmatch(phrase):
        return None
    named = list(_TEAM_NAMED.finditer(text, 0, position))
    if not named:
        return None
    return named[-1].group("head") or named[-1].group("body")
