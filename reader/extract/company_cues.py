"""Companies that the tagger typed as people or places, told by what English
news writes about them.

The tagger, trained on Indonesian, types an English company named like a
person (``Merrill Lynch``, ``Kraft``, ``Sony``) a person, and one named like
a town (``Paramount``, ``Delta``) a place. What the article says about the
name tells: a company has shares, results and a chief executive (``AMR's
shares``, ``Kraft's chief executive``, ``shares in AMR``), spokespeople
(``a Delta spokesperson``), posts a loss (``AMR posted a loss``), stands in
a list that a word for companies opens (``financial institutions JP Morgan
Chase, Citigroup and Merrill Lynch``) and is described as one (``Munich Re,
the world's largest reinsurance company``) and is where someone holds a job
(``an analyst at Halcyon``). A name the
article gives a title or an honorific (``Mr``) stays a person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.extract.lang import LanguageRules
from reader.extract.lexicon import gazetteer
from reader.extract.model import EntityMention
from reader.extract.names import entity_key
from reader.extract.tagger import word_before

# What a company has, after its name and a possessive.
_HAS = re.compile(
    r"[’']s? (?:shares|share price|stock|profits?|losses|sales|results|revenues?|earnings"
    r"|chief executive|chief [a-z]+ officer|boss|chairman|board|shareholders|policyholders"
    r"|subsidiary|takeover|customers"
    r"|stores|factory|factories|plants?|products)\b"
)
# What a company does, right after its name.
_DOES = re.compile(
    r" (?:(?:posted|reported|made|announced) (?:a|an|its|record) (?:\w+ )?"
    r"(?:loss|losses|profits?|results)|shares (?:rose|fell|jumped|dropped|slipped|gained|closed))\b"
)
# The company's people, right after its name (`a Zentra spokeswoman`).
_STAFF = re.compile(
    r" (?:spokes(?:man|woman|person)|representatives?|employees|staff|shareholders)\b"
)
# What an investor buys of a company, right before its name (`shares in Zentra`).
_HELD_IN = frozenset(("shares", "stake", "stakes", "shareholding"))
# A description set off after the name (`Zentra, the world's biggest maker
# of chips, said`, `Zentra, a Dutch bank.`): its head word ends it.
_SET_OFF = re.compile(
    r", (?:the|a|an) (?:\w[\w’'-]* ){0,6}?([a-z]+)(?=[,.;]| said| says| which| has| is)"
)
# The given-name gazetteer's tier of the names found in 12 of its sources
# or more (`mary`, `john`; evaluation/gazetteers.py); its lower tiers hold
# rarer names, which open firms' names too.
_COMMON_GIVEN = "3"
# Words that join the names of a list (`A, B and C`).
_LIST = re.compile(r"(?:,|,? and|,? or) ")


def companies_by_cues(
    text: str, mentions: Sequence[EntityMention], rules: LanguageRules
) -> list[EntityMention]:
    """``mentions`` with the people and places that the article writes as
    companies (``_HAS``, ``_DOES``, a list that a word for organisations
    opens: ``org_descriptors``) typed ``ORG``, every mention of their key."""
    described = rules.words("org_descriptors")
    given = gazetteer("given_names")
    titled = {m.key for m in mentions if m.role}
    # `his rival Ana Ruiz`: a person named in full after a word for
    # companies stays a person. Only a common given name says so: the
    # gazetteer's rarer given names are also the first words of firms
    # (`Noyes Harland`, `Ellis Varo Bank`).
    people = {
        m.key
        for m in mentions
        if m.type == "PER"
        and " " in m.text
        and given.get(m.text.split()[0].lower()) == _COMMON_GIVEN
    }
    owned_back = _its_subjects(text, mentions, people, rules)
    keys: set[str] = set()
    listed = False
    previous: EntityMention | None = None
    for m in mentions:
        if (
            previous is None
            or m.start - previous.end > 6
            or not _LIST.fullmatch(text, previous.end, m.start)
        ):
            word, at = word_before(text, m.start)
            if word in ("including", "like"):
                word, at = word_before(text, at)
            elif word == "as" and word_before(text, at)[0] == "such":
                word, at = word_before(text, word_before(text, at)[1])
            listed = word in described
        if (
            m.type in ("PER", "LOC")
            and (
                (listed and m.key not in people)
                or (text[m.end : m.end + 1] in ("'", "’") and _HAS.match(text, m.end))
                or (text[m.end : m.end + 1] == " " and _DOES.match(text, m.end))
                or (
                    (text[m.end : m.end + 1] == " " or text[m.start - 4 : m.start] == " in ")
                    and _staff_or_held(text, m, people)
                )
                or (text[m.end : m.end + 2] == ", " and _described(text, m, described, people))
                or (m.type == "PER" and _not_a_person(text, m, people))
                or (m.type == "PER" and m.key in owned_back)
            )
            and not _known_place(m.text)
        ) or (m.type in ("PER", "LOC") and employer(text, m, rules) and m.key not in people):
            keys.add(m.key)
        previous = m
    keys |= _listed_with_companies(text, mentions, people, rules)
    keys -= titled
    if not keys:
        return list(mentions)
    return [replace(m, type="ORG") if m.key in keys and m.type != "ORG" else m for m in mentions]


def _listed_with_companies(
    text: str, mentions: Sequence[EntityMention], people: set[str], rules: LanguageRules
) -> set[str]:
    """Keys of the people and places in a list of three names or more that
    holds an organisation (``backing from Paramount, Universal and Ravel
    Pictures``): a list holds one kind of thing. A place the gazetteer or
    the language's regions know and a person named in full stay what they
    are (``Britain, France and the EU``)."""
    regions = rules.words("place_names")
    keys: set[str] = set()
    # Lists as (first, last + 1) indices into `mentions`, three names or more.
    lists: list[tuple[int, int]] = []
    first = 0
    for n in range(1, len(mentions) + 1):
        if n < len(mentions):
            a, b = mentions[n - 1], mentions[n]
            if b.start - a.end <= 6 and _LIST.fullmatch(text, a.end, b.start):
                continue
        if n - first >= 3:
            lists.append((first, n))
        first = n
    for first, last in lists:
        group = mentions[first:last]
        if any(m.type == "ORG" for m in group):
            keys.update(
                m.key
                for m in group
                if m.type in ("PER", "LOC")
                and m.key not in people
                and not _known_place(low := m.text.lower())
                and low not in regions
                and not _known_place(low.rsplit(" ", 1)[-1])
            )
    return keys


# What English writes of a thing, never of a person: `the` right before a
# name that ends its phrase (`the Zentra Herald reported`, `aboard the
# Calmo Star.`), where `the Ana Ruiz campaign` is a person's name used as a
# noun's modifier, and `which` after it (`Ravel Cruises, which operates…`);
# people are `who`, and are named without an article (`the late Ana Ruiz`
# has a word between).
_THE = ("the ",)
_PHRASE_ENDS = re.compile(
    r"[,.;:)]|\s(?:said|says|reported|reports|added|wrote|writes|told|quoted)\b"
)
_WHICH = re.compile(r",? which\b")


def _not_a_person(text: str, m: EntityMention, people: set[str]) -> bool:
    """Whether the article writes the name as a thing: ``_THE``, ``_WHICH``;
    a ``, which`` after the short form of a person named in full elsewhere
    is about the clause it ends (``the crowds have thinned for Marsh, which
    worries them``)."""
    return (
        m.start >= 4
        and text[m.start - 4 : m.start] in _THE
        and not text[m.start - 5 : m.start - 4].isalpha()
        and _PHRASE_ENDS.match(text, m.end) is not None
    ) or (
        not (m.key in people and entity_key(m.text) != m.key)
        and _WHICH.match(text, m.end) is not None
    )


# A name that opens its sentence, what it does, and the first pronoun of
# the sentence after it that could own a thing or stand for the name:
# `Zentra had a loss in its first year`. Group 1 is the pronoun; `it` and
# `them` stop the search too, for the `its` after them may be theirs
# (`Ruiz voted against it because of its cost`).
_SUBJECT_PRONOUN = re.compile(
    r" (?:[a-z][\w'’-]*,? |[£$€]?\d[\w.,%]* ){1,12}?(its|it|them|his|her|he|she|him|they|their)\b"
)
# Words between the name and `its` that would give `its` another owner.
_OTHER_OWNERS = re.compile(r"\b(?:the|a|an|this|that|these|those|which|who|and)\b")
# The sentence after the name's opens with `He` or `She`: it goes on about a
# person (`Ruiz loved it for its garden. She said …`).
_PERSON_NEXT = re.compile(r"[^.!?\n]{0,200}[.!?]\s+[\"“]?(?:He|She)\b")


def _its_subjects(
    text: str, mentions: Sequence[EntityMention], people: set[str], rules: LanguageRules
) -> set[str]:
    """Keys of the people whose name opens a sentence and is owned back by
    ``its`` before any other pronoun (``Zentra had a loss in its first
    year``): English refers to a person as ``he``, ``she``, ``his`` or
    ``her``, and to a company as ``it`` and ``its``, so a tagger that took
    the firm for a person is wrong there. It must not fire on a person: the
    ``its`` of a sentence about a person is usually a thing's (``Ruiz loved
    it for its garden``: ``it`` stops the search), so a key the article also
    names with a common given name (``people``) or a title or role, or
    writes elsewhere before a sentence that opens with ``He`` or ``She``,
    stays a person. Only lowercase words and figures may stand between (a
    noun with ``the`` or another name could own the ``its``: ``Ana Ruiz
    praised the bank for its results``)."""
    titles = rules.words("person_titles") | rules.words("roles")
    candidates = {
        m.key
        for m in mentions
        if m.type == "PER" and m.key not in people and _opens_owned_by_its(text, m)
    }
    if not candidates:
        return candidates
    for m in mentions:
        if m.key in candidates and (
            m.role
            or m.text.split()[0].lower().rstrip(".") in titles
            or _PERSON_NEXT.match(text, m.end)
        ):
            candidates.discard(m.key)
    return candidates


def _opens_owned_by_its(text: str, m: EntityMention) -> bool:
    """Whether the name opens its sentence and ``its`` is the first pronoun
    after it, with no other owner between (``_SUBJECT_PRONOUN``,
    ``_OTHER_OWNERS``)."""
    before = text[max(0, m.start - 2) : m.start]
    if m.start > 0 and not (before.endswith("\n") or before in (". ", "? ", "! ", '" ', "” ")):
        return False
    found = _SUBJECT_PRONOUN.match(text, m.end)
    return (
        found is not None
        and found.group(1) == "its"
        and _OTHER_OWNERS.search(text, m.end, found.start(1)) is None
    )


def _staff_or_held(text: str, m: EntityMention, people: set[str]) -> bool:
    """Whether the name is written as a company that has staff (``a Zentra
    spokeswoman``) or shares (``shares in Zentra``); not a person named in
    full (``a Jane Orlik spokeswoman`` speaks for her)."""
    if m.key in people:
        return False
    if _STAFF.match(text, m.end):
        return True
    if text[m.start - 4 : m.start] != " in ":
        return False
    word, at = word_before(text, m.start)
    return word == "in" and word_before(text, at)[0] in _HELD_IN


def _described(text: str, m: EntityMention, described: frozenset[str], people: set[str]) -> bool:
    """Whether a description set off after the name says it is a company
    (``Zentra, the world's biggest chip maker, said``)."""
    found = _SET_OFF.match(text, m.end)
    return found is not None and found.group(1) in described and m.key not in people


# A job and where it is held, right before a name: `chief economist for the
# region at `, `an analyst at `, `head of `; group 1 is the job.
_HELD_AT = re.compile(
    r"\b([a-z-]+)(?: (?:for|in|of) (?:the |a )?[a-z]+)? (?:at|for|of|with) (?:the )?\Z"
)
# What the text right before such a name ends with (checked before the pattern).
_HELD_AT_ENDS = (" at ", " for ", " of ", " with ", " the ")
# How far back a job and its `at` are looked for.
_HELD_AT_REACH = 48


def employer(text: str, m: EntityMention, rules: LanguageRules) -> bool:
    """Whether the name is written as where someone holds a job
    (``staff_roles``: ``chief economist at Banque Lyonnaise``, ``an analyst
    at Halcyon``, ``head of Zentra``): an organisation, not a place the
    gazetteer knows (``a trader in Singapore``, ``head of France``)."""
    if not text[max(0, m.start - 6) : m.start].endswith(_HELD_AT_ENDS):
        return False
    if text[max(0, m.start - 4) : m.start] == " at " and _APPOSED_JOB.search(
        text, max(0, m.start - _HELD_AT_REACH - 20), m.start
    ):
        # `Ana Ruiz, chief security architect at Zentra`, `a fellow at
        # Kessington`: a person's job in apposition, whatever it is called.
        return not _known_place(m.text)
    found = _HELD_AT.search(text, max(0, m.start - _HELD_AT_REACH), m.start)
    return (
        found is not None
        and found.group(1) in rules.words("staff_roles")
        and gazetteer("places").get(m.text.lower()) is None
    )


# A job in lowercase set off after a name, ending in `at` (`Ana Ruiz, chief
# security architect at `, `Ana Ruiz, a fellow at `); not a relative clause
# (`Ana Ruiz, who lives at `).
_APPOSED_JOB = re.compile(
    r"[A-Z][\w'’.-]*, (?!who |which |that )(?:(?:the|a|an) )?[a-z][\w-]*(?: [a-z][\w-]*){0,3} at \Z"
)


def _known_place(name: str) -> bool:
    """A country, state, capital or big city (the gazetteer's tiers 0 and
    1): `India's ONGC` lists no company called India."""
    return gazetteer("places").get(name.lower()) in ("0", "1")
