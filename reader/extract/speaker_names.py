"""Reading a person's name out of the words around a quotation.

Both halves of attribution need this: ``attribution`` reads the name a cue
points at, ``speakers`` the people a pronoun or a ``-nya`` form may stand
for. A capitalised run is not yet a name: a sentence may open with a
connective or a capitalised common word (``Awalnya Purbaya``), a name may
carry its role (``Menteri Dalam Negeri Tito Karnavian``), and a name written
as one word stands for the fuller name the article gave it earlier. Sentence
boundaries live here too, so that both agree that the full stop of an
abbreviation (``Mr.``, ``Gov.``) ends no sentence.
"""

from __future__ import annotations

import re

from reader.extract.cues import ABBREVIATIONS, NAME, PRONOUNS
from reader.extract.lang import LanguageRules, rules_for
from reader.extract.model import Mentions
from reader.extract.names import entity_key
from reader.extract.roles import strip_role

NAME_RUN = re.compile(NAME)
_AFTER_ABBREVIATION = "|".join(rf"(?<=\b{a})" for a in ABBREVIATIONS)
# Put after a lookahead for the mark it guards (``(?=\.)``): the regex
# engine tries these 30 lookbehinds at every position otherwise, which made
# a scan for sentence breaks twenty times slower.
NOT_AFTER_ABBREVIATION = "".join(rf"(?<!\b{a})" for a in ABBREVIATIONS)
SENTENCE = re.compile(rf"\s*((?:[^.!?。！？\n]|(?:{_AFTER_ABBREVIATION})\.)+)")
SENTENCE_BREAK = re.compile(rf"(?=[.!?。！？]){NOT_AFTER_ABBREVIATION}[.!?。！？]\s+")
SENTENCE_START = re.compile(r"(?:^|[.!?。！？\n]['\"’”)]?)\s*['\"“‘(]?\s*$")
# Capitalised words that open a sentence without being a name.
_NOT_NAMES = """
    pada dalam di namun sementara selain menurut saat ketika untuk dengan bagi sebelumnya
    kemudian meski meskipun jika karena adapun hal ini itu para sejumlah kini baru lebih tak
    tidak senin selasa rabu kamis jumat sabtu minggu the in but and on at for as after while
    when this that it if a an its there monday tuesday wednesday thursday friday saturday sunday
"""
_SKIP = frozenset(_NOT_NAMES.split())


def name_in_run(text: str, match: re.Match, rules: LanguageRules) -> tuple[str, int] | None:
    """A capitalised run as a name: leading connectives and, at a sentence
    start, capitalised common words (``Awalnya Purbaya``) dropped."""
    common = rules.common
    words = match.group(0).rstrip(".’'").split()
    pos = match.start()
    at_start = SENTENCE_START.search(text, max(0, pos - 4), pos) is not None
    while words:
        low = words[0].lower()
        possessive = len(words) > 1 and low.endswith(("’s", "'s"))
        if not (
            low in _SKIP
            or possessive
            or (len(low) > 4 and low.endswith("nya"))
            # A common word opening the sentence, but not a role (`Kepala`)
            # or the start of a name joined on (`Marks & Spencer`, `Bank of`).
            or (
                at_start
                and low in common
                and low not in rules.speaker_roles
                and (len(words) < 2 or words[1] not in ("&", "of", "for"))
            )
        ):
            break
        pos = text.index(words[0], pos) + len(words[0])
        pos += len(text[pos:]) - len(text[pos:].lstrip())
        words = words[1:]
        at_start = False
    if not words or words[0].lower() in PRONOUNS:
        return None
    return " ".join(words), pos


def clean_name(
    name: str, position: int, entities: Mentions, rules: LanguageRules | None = None
) -> str | None:
    """The speaker's name without its role.

    When entity extraction found a person ending where the written name
    ends, its name (already without role) is used; otherwise ``strip_role``.
    """
    end = position + len(name)
    for mention in entities.overlapping(position, end):
        if (
            mention.type == "PER"
            and position <= mention.start
            and mention.end == end
            and not name[: mention.start - position].endswith(("& ", " of "))
        ):
            return mention.text  # not `Spencer` of `Marks & Spencer`
    person = _person_of(name, position, entities, rules)
    return person if person is not None else strip_role(name, rules)


def _person_of(
    name: str, position: int, entities: Mentions, rules: LanguageRules | None
) -> str | None:
    """The person a written speaker opens with, when the rest says where
    they work or come from (``Ms. Okafor of the Traders Guild``, ``Gov.
    Ann Holt of Utah``): English names a person's body or place after
    ``of``, ``from`` or ``at``, and that body is not who spoke. Only a
    person alone behind a title: in ``Bank of Zembla`` no person opens.
    The words are the language's (``rules.where_after_name``)."""
    where = rules.where_after_name if rules is not None else None
    if where is None:
        return None
    for mention in entities.overlapping(position, position + len(name)):
        if mention.type != "PER" or mention.start < position:
            continue
        if not where.match(name, mention.end - position):
            return None
        if strip_role(name[: mention.end - position], rules) != mention.text:
            return None
        return mention.text
    return None


def _body_in(text: str, candidate: str, run: re.Match, entities: Mentions) -> bool:
    """Whether an organisation or a place the article names opens the
    ``candidate`` name found in ``run`` (``Lintang Sarmono`` of ``Partai
    Lintang Sarmono``): a body and the person who heads it, written side by
    side, are no one's fuller name."""
    at = text.find(candidate, run.start(), run.end())
    if at < 0:
        return False
    first = len(candidate.split()[0])
    return any(m.type in ("ORG", "LOC") for m in entities.overlapping(at, at + first))


def full_name(
    text: str,
    name: str | None,
    body_start: int,
    position: int,
    lang: str,
    entities: Mentions,
) -> str | None:
    """A one-word name expanded to the fuller name the article used before it.

    ``Tito`` said after ``Menteri Dalam Negeri Tito Karnavian`` is Tito
    Karnavian: the earliest earlier name in the body that starts or ends
    with the word (the title is left out: headline words run together), and
    that is not an organisation or a place (``Mr Mittal`` is not ``Mittal
    Steel``).
    """
    if not name:
        return name
    rules = rules_for(lang)
    if " " in name:
        if rules.english_speakers:
            # `Mr Van Dijk` keyed to `Jan van Dijk`: the person's full name.
            for m in entities.overlapping(position, position + len(name)):
                if m.type == "PER" and m.text == name and m.key != entity_key(name):
                    return entities.full_names.get(m.key, name)
        return name
    for match in NAME_RUN.finditer(text, body_start, max(body_start, position)):
        at = _word_in(match.group(0), name)
        if at < 0 or any(
            m.type in ("ORG", "LOC")
            for m in entities.overlapping(match.start() + at, match.start() + at + len(name))
        ):
            continue  # the word there is part of a company or a place
        found = name_in_run(text, match, rules)
        candidate = strip_role(found[0], rules) if found else None
        # The run holds more than the person (`Nuri Dynamics-Chef Park
        # Jihoon`: the company and a role glued to it): the person found there.
        at_start = match.start() + at
        person = next(
            (
                m.text
                for m in entities.overlapping(at_start, at_start + len(name))
                if m.type == "PER" and _full_of(m.text, name)
            ),
            None,
        )
        if rules.english_speakers and person is not None and candidate != person:
            # English writes a function of several capitalised words before
            # a name (`Finance Minister Ana Ruiz`, `Texas Judge Ana Ruiz`):
            # the tagger's person is the name without it.
            return person
        if (
            candidate
            and _full_of(candidate, name)
            and not _body_in(text, candidate, match, entities)
        ):
            return candidate
        if person is not None:
            return person
    return name


def _full_of(full: str, name: str) -> bool:
    """Whether ``full`` is a name of two to four words that the one word
    ``name`` opens or ends: a full name the press then shortens to a given
    name or a surname, asked of the run's reading and of the tagger's."""
    words = full.split()
    return 1 < len(words) <= 4 and name in (words[0], words[-1])


def _word_in(run: str, name: str) -> int:
    """Where ``name`` first stands in ``run`` with a word boundary on either
    side, as ``re.search(rf"\\b{re.escape(name)}\\b", run)`` finds it; -1
    when it does not. Found, not matched: that pattern would be compiled
    for every name new to Python's cache of 512 patterns, most names of a
    library of any size."""
    at = run.find(name)
    while at >= 0:
        if _boundary(run, at) and _boundary(run, at + len(name)):
            return at
        at = run.find(name, at + 1)
    return -1


def _boundary(text: str, i: int) -> bool:
    """Whether ``\\b`` holds at ``i``: a word character (``\\w``: a letter,
    a digit or ``_``) on exactly one side."""
    before = i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_")
    after = i < len(text) and (text[i].isalnum() or text[i] == "_")
    return before != after
