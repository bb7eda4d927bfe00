"""English rules over the tagger's mentions, where the way English news
writes a name cuts it or hides what it is.

The tokenizer ends a name at a full stop, and English abbreviates inside
names: a middle initial (``Ann T. Holt``), ``Jr.``, ``St. Louis``, and
American news abbreviates a state after its town (``Pine Hollow, Ala.``) and in a
lawmaker's party tag (``Sen. Ann Holt (R-Utah)``). English capitalises the
``The`` of a paper's name mid-sentence (``wrote in The Daily Courier``), and
a tweet pasted in an article leaves handles, hashtags and links whose
capitals are no names. Each rule reads the text around the mentions, a
constant few characters each, or one pass of a regular expression.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from itertools import pairwise
from pathlib import Path

from reader.extract.lang import home_words
from reader.extract.lexicon import gazetteer, word_stats
from reader.extract.model import EntityMention
from reader.extract.names import entity_key


def revised(text: str, mentions: Sequence[EntityMention]) -> list[EntityMention]:
    """``mentions`` (in text order) with names an abbreviation cut made
    whole, states typed as places, a paper's ``The`` taken in and what a
    tweet left out."""
    out = _without_web_debris(text, sorted(mentions, key=lambda m: m.start))
    out = [part for m in out for part in _apart_at_dashes(text, m)]
    out = [part for m in out for part in _apart_at_and(text, m)]
    out = _dateline_places(text, _transcript_labels(text, out))
    out = _compass_places(text, _joined_over_stops(text, out))
    out = _dotted_initials(text, _states(text, out))
    out = _people_after_roles_of(text, _without_abbreviated_role(text, out))
    out = _teams(text, _heads_of_administrations(text, _gaelic_surnames(text, out)))
    out = _with_surname_particles(text, out)
    out = _without_owned_products(text, out)
    return _titles_with_the(text, _firms_with_acronyms(_with_listed_fields(text, out)))


_ROMAN = re.compile(r"[IVXLC]+")
# Initials written with full stops (`U.S.`, `U.N.`); a capital opens the
# pattern, so that the scan is quick, and what stands around is checked
# after (`_inside_word`).
_DOTTED = re.compile(r"[A-Z]\.[A-Z]\.(?:[A-Z]\.)?")


def _inside_word(text: str, start: int, end: int) -> bool:
    """Whether the initials at ``text[start:end]`` run on into a word or
    more initials (``X.Y.Z.W.``, ``e.U.S.``)."""
    before, after = text[start - 1 : start], text[end : end + 1]
    return (start > 0 and (before.isalnum() or before in "._")) or after.isalnum() or after == "_"


def _dotted_initials(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """A country's or a body's initials written with full stops (``U.S.``,
    ``U.N.``), which the tokenizer cuts at each stop, as a name keyed like
    the same initials without stops (``US``); before an organisation's name
    they open it (``U.S. Court of Claims``). Before a person's name they are
    the person's initials (``J.R. Hale``) and are left alone, as are
    initials inside a mention already (a state after its town)."""
    spans = [f.span() for f in _DOTTED.finditer(text) if not _inside_word(text, *f.span())]
    if not spans:
        return mentions
    out = list(mentions)
    starts = {m.start: n for n, m in enumerate(out)}
    added: list[EntityMention] = []
    for start, end in spans:
        if any(m.start <= start < m.end for m in mentions):
            continue
        n = starts.get(end + 1) if text[end : end + 1] == " " else None
        if n is not None and out[n].type == "ORG":
            out[n] = _mention(text, start, out[n].end, "ORG", out[n].role)
        elif n is None or out[n].type != "PER":
            initials = text[start:end].replace(".", "")
            added.append(EntityMention(text[start:end], "ORG", start, end, entity_key(initials)))
    return sorted(out + added, key=lambda m: m.start)


def _firms_with_acronyms(mentions: list[EntityMention]) -> list[EntityMention]:
    """Names taken for people that hold a word of three capitals or more
    (``Kessel BNP Valeur``, ``DKB Halvorsen``) as organisations: English
    writes a person's initials as two letters at most (``TJ Miller``) and a
    generation as a Roman numeral (``Henry Ford III``); three capitals are a
    firm's or a body's initials, and the name that holds them is the firm's.
    A name all in capitals (``DORA QUILL``, as a police log writes it) says
    nothing so. An honour's letters after a person's name (``Ann Roe CBE``)
    are taken off it first: the person's, not a firm's."""
    out = []
    for m in mentions:
        m = _without_post_nominals(m)
        words = m.text.split()
        if (
            m.type == "PER"
            and len(words) > 1
            and not m.text.isupper()
            and any(
                len(w) > 2 and w.isalpha() and w.isupper() and not _ROMAN.fullmatch(w)
                for w in words
            )
        ):
            m = EntityMention(m.text, "ORG", m.start, m.end, m.key, None, m.long_form)
        out.append(m)
    return out


# What a company does, written right after its name (`Zentra Online said`,
# `Zentra Online's shares`): such a name is no product.
_ACTS = re.compile(
    r"(?: (?:said|says|announced|reported|told|plans|posted|spokes(?:man|woman|person))"
    r"|[’']s (?:shares|chief|boss|profits?|sales))\b"
)


def _without_owned_products(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """``mentions`` without a name of two words or more that follows an
    organisation's possessive (``Zentra's Halcyon Office``, ``a channel's
    Morning Desk``): English writes a firm's product, programme or show so;
    a part of the firm that is an organisation holds a word that says so
    (``org_tails``, ``org_heads``, ``institution_heads``: ``Zentra's Kessel
    Laboratories``, ``the UK's Royal Bank of Scotland``), and a name written elsewhere as what a company does
    (``_ACTS``: ``Halcyon Office said``) stays. One word after the
    possessive is often a firm it owns (``Zentra's Ofelia``) and stays, and
    so does a name after a group's or a holding's (``group_tails``), typed
    an organisation: a subsidiary as often as a product. The
    tagger types some such names as places: one the gazetteer knows is a
    place (``Zentra's Mountain View campus``)."""
    kinds = (
        home_words("en", "org_tails")
        | home_words("en", "org_heads")
        | home_words("en", "institution_heads")
    )
    owned, parts = set(), set()
    groups = home_words("en", "group_tails")
    for prev, m in pairwise(mentions):
        if (
            prev.type == "ORG"
            and (m.type == "ORG" or (m.type == "LOC" and not _known_place(m.text)))
            and text[prev.end : m.start] in ("'s ", "’s ")
            and " " in m.text
            and not any(word.lower() in kinds for word in m.text.split())
        ):
            # A group's or a holding's (`group_tails`: `Kessora Motors's
            # Halvik Ridge`) is as often a firm it owns as a product: kept,
            # as an organisation.
            (parts if prev.text.rsplit(" ", 1)[-1].lower() in groups else owned).add(m.key)
    if not owned and not parts:
        return mentions
    acting = {m.key for m in mentions if m.key in owned and _ACTS.match(text, m.end)}
    dropped = owned - acting - parts
    return [
        replace(m, type="ORG") if m.key in parts else m for m in mentions if m.key not in dropped
    ]


# An Irish or Scottish family name (`McArdle`, `MacLeish`, `O'Dowd`): its
# capital inside makes the tagger read it as a firm's or place's name.
_GAELIC = re.compile(r"(?:Mc|Mac|O['’])[A-Z][a-z]+")


def _gaelic_surnames(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """People whose family name is Irish or Scottish (``_GAELIC``) made
    whole and typed so: a given name the gazetteer knows before it, in one
    mention (``Ailsa McArdle`` typed a firm or a place) or cut into two
    (``Ailsa`` and ``McArdle``). The family name alone is left as it is:
    firms bear such names too (a consultancy ``McArdle``)."""
    given = gazetteer("given_names")
    out: list[EntityMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        words = m.text.split()
        if (
            prev is not None
            and prev.type == "PER"
            and " " not in prev.text
            and len(words) == 1
            and text[prev.end : m.start] == " "
            and _GAELIC.fullmatch(m.text)
            and prev.text.lower() in given
        ):
            out[-1] = _mention(text, prev.start, m.end, "PER", prev.role)
            continue
        if (
            m.type in ("ORG", "LOC")
            and 1 < len(words) < 4
            and _GAELIC.fullmatch(words[-1])
            and _given_before(words[0].lower())
        ):
            m = replace(m, type="PER")
        out.append(m)
    return out


def _with_surname_particles(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """A family name alone with the particle that opens it right before it
    (``Mr Van Dijk``, ``De Costa said``, for ``Jan van Dijk``): the particle
    is part of it. The tagger leaves a capitalised ``Van`` or ``De`` out,
    reading it as a word opening the sentence or a foreign article; the
    person's full name in the article says it belongs."""
    particles = home_words("en", "surname_particles")
    opened = {
        (words[-2].lower(), words[-1]): m.key
        for m in mentions
        if m.type == "PER" and len(words := m.text.split()) >= 2 and words[-2].lower() in particles
    }
    if not opened:
        return mentions
    # Far enough back for the longest particle and the space after it.
    reach = max(map(len, particles)) + 1
    out: list[EntityMention] = []
    for m in mentions:
        before = text[max(0, m.start - reach) : m.start]
        word = before.split()[-1] if before.strip() else ""
        if (
            m.type == "PER"
            and " " not in m.text
            and (word.lower(), m.text) in opened
            and before.endswith(word + " ")
        ):
            start = m.start - len(word) - 1
            m = replace(m, text=text[start : m.end], start=start, key=opened[word.lower(), m.text])
        out.append(m)
    return out


def _given_before(word: str) -> bool:
    """Whether ``word``, before an Irish or Scottish family name, can be a
    given name: no word that opens a place's name (``place_openers``:
    ``Fort McArdle``), and one the gazetteer knows as a given name or no
    English word and no place."""
    if word in home_words("en", "place_openers"):
        return False
    return gazetteer("given_names").get(word) is not None or not (
        word in gazetteer("places")
        or word in home_words("en", "common")
        or word in home_words("en", "lowercase_words")
    )


# What English names after the surname of the person who leads it (`the
# Lindqvist administration`, `a Marsh presidency`): `led_terms`.
_WORD_AFTER = re.compile(r" ([a-z]+)\b")
# What follows a movement's or a body's name and never a person's (`Hamas
# officials`, `Taliban fighters`).
_MEMBERS = re.compile(
    r" (?:officials|fighters|leaders|militants|members|forces|government|spokes(?:man|woman))\b"
)


def _led_after(text: str, end: int) -> bool:
    """Whether the word after a name ending at ``end`` is a government's
    term named after its head (``led_terms``: ``the Marsh administration``)."""
    after = _WORD_AFTER.match(text, end)
    if after is None:
        return False
    word, terms = after.group(1), home_words("en", "led_terms")
    return word in terms or (word.endswith("s") and word[:-1] in terms)


def _heads_of_administrations(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """A one-word name typed as an organisation or a place before
    ``administration`` or ``presidency`` (``_led_after``) as the person who
    leads it (``the Lindqvist administration``): English names a
    government's term after its head's surname. Movements and bodies have
    administrations too (``the Taliban administration``), so only a name
    the article also writes as a person's (``Anders Lindqvist``, one key or
    a person's last word) or that is a gazetteer given name counts, and
    never one written before its members (``_MEMBERS``: ``Taliban
    fighters``). A body's initials in capitals (``the NASA
    administration``) are the body's, and a country, state or big city (the
    gazetteer's tiers 0 and 1: ``the Texas administration``) the place's."""
    candidates = {
        m.key
        for m in mentions
        if m.type in ("ORG", "LOC")
        and " " not in m.text
        and not m.text.isupper()
        and _led_after(text, m.end)
        and gazetteer("places").get(m.text.lower()) not in ("0", "1")
    }
    if not candidates:
        return mentions
    people = {m.key for m in mentions if m.type == "PER"} | {
        m.text.rsplit(" ", 1)[-1].lower() for m in mentions if m.type == "PER" and " " in m.text
    }
    given = gazetteer("given_names")
    heads = {
        m.key
        for m in mentions
        if m.key in candidates
        and (m.key in people or m.text.lower() in people or m.text.lower() in given)
    } - {m.key for m in mentions if m.key in candidates and _MEMBERS.match(text, m.end)}
    if not heads:
        return mentions
    return [replace(m, type="PER") if m.key in heads else m for m in mentions]


_PLURAL = re.compile(r"[A-Z][a-z]+[^s\W]s")


# What an article about a team's game writes: a result (`beat`, `3-1`),
# its people and time (`coach`, `fans`, `season`); `team_cues`.
_SCORE = re.compile(r"\b\d{1,3}-\d{1,3}\b")
_WORDS = re.compile(r"[a-z]+")


def _about_a_game(text: str) -> bool:
    """Whether the article writes of a team's game (``team_cues``, a score):
    without that a place and a plural is more often a landscape (``the
    Norfolk Broads``, ``the Yorkshire Dales``) than a team, and no closed
    list of the land's plurals (``place_plurals``) can hold them all."""
    cues = home_words("en", "team_cues")
    return _SCORE.search(text) is not None or any(w in cues for w in _WORDS.findall(text.lower()))


def _teams(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """A place and a capitalised plural after it (``Leeds Falcons``, ``the
    Austin Rovers``) as an organisation, in an article about a game
    (``_about_a_game``): English names teams (and firms) so, and places
    only with a plural of the land (``place_plurals``: ``Colorado
    Springs``). Typed a place, such a name is the team; typed a person (a
    town that is also a given name and a surname that ends in ``s``:
    ``Florence Evans``), only where the article writes ``the`` before it,
    as English never writes a person. Only a place the gazetteer ranks
    (tiers 0 to 2) counts: its last tier holds common words (``Star``)."""
    plurals = home_words("en", "place_plurals")
    teams: set[str] = set()
    for m in mentions:
        if m.type not in ("LOC", "PER") or " " not in m.text:
            continue
        place, last = m.text.rsplit(" ", 1)
        if (
            _PLURAL.fullmatch(last)
            and last.lower() not in plurals
            and (
                gazetteer("places").get(place.lower()) in ("0", "1", "2")
                or place.lower() in home_words("en", "place_names")
            )
            and (m.type == "LOC" or text[max(0, m.start - 4) : m.start].lower() == "the ")
        ):
            teams.add(m.key)
    if not teams or not _about_a_game(text):
        return mentions
    return [replace(m, type="ORG") if m.key in teams else m for m in mentions]


def _without_post_nominals(m: EntityMention) -> EntityMention:
    """A person's name without the honours written after it
    (``post_nominals``: ``Ann Roe CBE``, ``Ann Roe OBE FRS``): the letters
    are no part of the name the article goes on to use (``Roe``)."""
    if m.type != "PER":
        return m
    posts = home_words("en", "post_nominals")
    words = list(re.finditer(r"\S+", m.text))
    kept = len(words)
    while kept > 1 and words[kept - 1][0].lower() in posts and _capitals(words[kept - 1][0]) > 1:
        kept -= 1
    if kept == len(words):
        return m
    text = m.text[: words[kept - 1].end()]
    return replace(m, text=text, end=m.start + len(text), key=entity_key(text))


def _capitals(word: str) -> int:
    return sum(c.isupper() for c in word)


@cache
def _state_table() -> tuple[tuple[str, str, str], ...]:
    """(abbreviation or ``-``, postal code, name) of each state."""
    lines = (Path(__file__).parent / "us_states.txt").read_text(encoding="utf-8").split("\n")
    return tuple(tuple(line.split("\t")) for line in lines if line and not line.startswith("#"))


def _alternatives(forms) -> str:
    return "|".join(re.escape(f) for f in sorted(set(forms), key=len, reverse=True))


@cache
def _state_names() -> dict[str, str]:
    """Each way a state is written (abbreviation, postal code, name) -> its name."""
    out = {}
    for abbreviation, code, name in _state_table():
        out[code] = out[name] = name
        if abbreviation != "-":
            out[abbreviation] = name
    return out


@cache
def _party_tag() -> re.Pattern:
    """A lawmaker's party and state after the name, in brackets or commas:
    `(R-Utah)`, `(D-Mass.)`, `(R-IN)`, `, D-N.Y.,`: the state is a place,
    the letter of the party no name."""
    return re.compile(rf"(?:\(|, )(?:[RDI]|Ind)-(?P<state>{_alternatives(_state_names())})(?=[),])")


@cache
def _after_town() -> re.Pattern:
    """A state abbreviated after the town it is in (`Pine Hollow, Ala.`,
    `DENTON, Mich.,` in a dateline)."""
    abbreviations = [a for a, _, _ in _state_table() if a != "-"]
    return re.compile(rf", (?P<state>{_alternatives(abbreviations)})(?=[\s,;:)\"”']|$)")


def _states(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """The states of party tags and towns as places, keyed by their name
    (``Mass.`` is ``Massachusetts``), in place of what the tagger made of
    them (``R-Utah``, ``D-Mass`` or ``Ala`` as a person); the town before a
    state is a place, and with the capital's district one
    (``Washington, D.C.``)."""
    names = _state_names()
    found: list[tuple[int, int, str]] = []
    tagged = "R-" in text or "D-" in text or "I-" in text
    for match in _party_tag().finditer(text) if tagged else ():
        found.append((match.start("state"), match.end("state"), names[match["state"]]))
    towns: dict[int, int] = {}
    for match in _after_town().finditer(text):
        before = text[match.start() - 1 : match.start()]
        if not (before.isalnum() or before == "."):
            continue  # after a word or an abbreviation only
        found.append((match.start("state"), match.end("state"), names[match["state"]]))
        towns[match.start()] = match.end("state")
    if not found:
        return mentions
    found.sort()
    spans = iter(found)
    span: tuple[int, int, str] | None = next(spans)
    out: list[EntityMention] = []
    for m in mentions:
        while span is not None and span[1] <= m.start:
            out.append(_state(text, span))
            span = next(spans, None)
        if span is not None and m.start < span[1] and span[0] < m.end:
            continue  # the tagger's `R-Utah`, `Ala`
        end = towns.get(m.end)
        if end is not None and text[end - 4 : end] == "D.C.":
            out.append(_mention(text, m.start, end, "LOC"))
            span = next(spans, None)
            continue
        if end is not None and m.type != "LOC":
            m = EntityMention(m.text, "LOC", m.start, m.end, m.key, None, m.long_form)
        out.append(m)
    while span is not None:
        out.append(_state(text, span))
        span = next(spans, None)
    return sorted(out, key=lambda m: m.start)


def _state(text: str, span: tuple[int, int, str]) -> EntityMention:
    start, end, name = span
    written = text[start:end]
    long_form = name if written != name else None
    return EntityMention(written, "LOC", start, end, entity_key(name), None, long_form)


def _mention(text: str, start: int, end: int, typ: str, role: str | None = None) -> EntityMention:
    name = text[start:end]
    return EntityMention(name, typ, start, end, entity_key(name), role)


# A name's last word is an initial (`Ann T`): the full stop after it cut it.
_LAST_INITIAL = re.compile(r"\s[A-Z]$")
# Generational suffixes written after a family name.
_SUFFIXES = frozenset(("Jr", "Jr.", "Sr", "Sr."))


def _joined_over_stops(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """Names that an abbreviation's full stop cut, joined again: a given
    name and an initial, then the family name (``Mary K. Olsen`` read as
    ``Mary K`` and ``Olsen``; ``Ray`` and ``Olsen`` around ``T.``), with
    ``Jr.`` or ``Sr.`` after it (a person); ``St.`` and the name after it
    (``St. Louis``: a place, unless the name says what else it is)."""
    out: list[EntityMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        gap = text[prev.end : m.start] if prev is not None else None
        if prev is not None and m.text in _SUFFIXES:
            if prev.type == "PER" and gap in (" ", ", "):
                out[-1] = _mention(text, prev.start, m.end, "PER", prev.role)
            continue
        if prev is not None and m.text[:1].isupper() and _initial_between(text, prev, gap):
            # `Carl B. Ransom of Lintang County`: the person ends before `of`,
            # where the tagger ran on into the place he is from.
            family, of, rest = m.text.partition(" of ")
            out[-1] = _mention(text, prev.start, m.start + len(family), "PER", prev.role)
            if of and rest[:1].isupper():
                start = m.end - len(rest)
                out.append(_mention(text, start, m.end, "LOC" if _known_place(rest) else "ORG"))
            continue
        saint = _saint_before(text, m, prev)
        if saint is not None:
            if prev is not None and prev.start == saint:
                out.pop()
            out.append(_mention(text, saint, m.end, "LOC" if m.type == "PER" else m.type))
            continue
        if m.text in _SUFFIXES or m.text == "St":
            continue
        out.append(m)
    return [_family_after_initial(text, m) for m in out]


# The family name after a person's middle initial (`. Ransom`).
_FAMILY = re.compile(r"\.? ([A-Z][\w'’-]*[a-z][\w'’-]*)\b")


def _family_after_initial(text: str, m: EntityMention) -> EntityMention:
    """A person whose name ends in an initial (``Carl B``) that no mention
    follows, with the family name the tagger left out (a word it read as
    common: ``Carl B. Ransom``); not a word that opens the next sentence
    (``Malcolm X. Critics praised``, see ``_opens_sentence``)."""
    if m.type != "PER" or not _LAST_INITIAL.search(m.text):
        return m
    found = _FAMILY.match(text, m.end)
    if found is None or (
        text[m.end : m.end + 1] == "."
        and (_written_whole(text, m.text) or _opens_sentence(text, found.group(1)))
    ):
        return m
    return _mention(text, m.start, found.end(), "PER", m.role)


def _written_whole(text: str, name: str) -> bool:
    """Whether the article writes ``name``, ending in one letter, whole
    elsewhere: followed by neither a full stop nor a name (``Malcolm X's
    speeches``), so the letter is no initial and a capitalised word after
    its full stop opens the next sentence (``Malcolm X. Jenkins, its
    curator, said``)."""
    return re.search(rf"\b{re.escape(name)}(?![.\w]| [A-Z])", text) is not None


def _opens_sentence(text: str, word: str) -> bool:
    """Whether ``word``, which the tagger left out after a name ending in
    a letter and a full stop, opens the next sentence: English news almost
    never capitalises it inside a sentence (``word_stats``: ``Malcolm X.
    Critics praised``) and neither does the article, where a family name
    that is also a common word comes back capitalised after a comma or a
    word (``…, Ransom said``). A word news capitalises now and then
    (``ransom``, a family name too) may go on with the name
    (``Carl B. Ransom``)."""
    stats = word_stats().get(word.lower(), ())
    if not any(f.startswith("ecr=0") for f in stats):
        return False
    return not re.search(rf"[\w,] {re.escape(word)}\b", text)


def _initial_between(text: str, prev: EntityMention, gap: str) -> bool:
    """Whether ``prev`` and the mention ``gap`` after it are one person's
    name around a middle initial: ``prev`` ends in the initial and only its
    full stop or a space follows (and the article writes ``prev`` nowhere
    as a whole name, ``_written_whole``), or ``prev`` is a given name alone
    and the initial is the gap."""
    if _LAST_INITIAL.search(prev.text) and gap in (". ", " "):
        if gap == ". " and _written_whole(text, prev.text):
            return False
        return prev.type == "PER" or prev.text.split()[0].lower() in gazetteer("given_names")
    return (
        len(gap) == 4
        and gap[0] == gap[3] == " "
        and gap[1].isupper()
        and gap[2] == "."
        and " " not in prev.text
        and prev.text.lower() in gazetteer("given_names")
    )


def _saint_before(text: str, m: EntityMention, prev: EntityMention | None) -> int | None:
    """Where ``St.`` opens right before ``m``, as the tagger's own mention
    or a word it left out; None when it does not."""
    s = m.start - 4
    if s < 0 or text[s : m.start] != "St. " or (s and text[s - 1].isalnum()):
        return None
    if prev is not None and prev.end > s and prev.start != s:
        return None
    return s


# Points of the compass that open a region's name (`South Sulawesi`).
_COMPASS = frozenset(
    ("North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western")
)


def _known_place(name: str) -> bool:
    low = name.lower()
    return low in gazetteer("places") or low in home_words("en", "place_names")


def _compass_places(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """A point of the compass and a place after it are one place (``South
    Kordava`` read as ``South`` and ``Kordava``, or typed as a person): the
    region of that place, whatever the tagger made of the point."""
    out: list[EntityMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.text in _COMPASS
            and text[prev.end : m.start] == " "
            and (m.type == "LOC" or _known_place(m.text))
        ):
            out[-1] = _mention(text, prev.start, m.end, "LOC")
            continue
        first, _, rest = m.text.partition(" ")
        if m.type != "LOC" and first in _COMPASS and rest and _known_place(rest):
            m = EntityMention(m.text, "LOC", m.start, m.end, m.key, None, m.long_form)
        out.append(m)
    return out


# Roles English abbreviates before a name (`Arizona Sen. Ann Holt`), which
# the full stop cut from the name, leaving the state with the role.
_ABBREVIATED_ROLES = frozenset(("Sen", "Rep", "Gov", "Sens", "Reps", "Lt", "Gen", "Rev"))


def _without_abbreviated_role(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """A mention that ends in an abbreviated role (``Arizona Sen``), left
    without it: what the role is of, a place when the gazetteer knows it;
    the role alone, no name."""
    out = []
    for m in mentions:
        words = m.text.rsplit(" ", 1)
        if words[-1] in _ABBREVIATED_ROLES and text[m.end : m.end + 1] == ".":
            if len(words) == 1:
                continue
            rest = words[0]
            place = rest.lower() in gazetteer("places") or rest in _state_names()
            m = _mention(text, m.start, m.start + len(rest), "LOC" if place else m.type)
        out.append(m)
    return out


@cache
def _role_words() -> frozenset[str]:
    return home_words("en", "roles") | home_words("en", "speaker_roles") | home_words("xx", "roles")


# `Speaker of the `, `Secretary of `: a role and what it is of, before a name.
_ROLE_OF = re.compile(r"\b([A-Za-z]+) of (the )?\Z")


def _people_after_roles_of(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """A person named right after a role and what it is of (``Speaker of the
    House Ann Holt``, ``Secretary of State Ann Holt``), whom the tagger read
    as one name with the body: the person from the first given name on; the
    body before is an organisation after ``the`` (``the House``), and
    without it part of the role's title (``Secretary of State``). A name
    ending in an organisation's head word is the body the role is of,
    named after a person (``director of the Henry Grace Walker
    Foundation``)."""
    out = []
    for m in mentions:
        near = max(0, m.start - 24)
        found = _ROLE_OF.search(text, near, m.start) if " of " in text[near : m.start] else None
        words = m.text.split(" ")
        if (
            found is None
            or found.group(1).lower() not in _role_words()
            or len(words) < 3
            or not all(w[:1].isupper() for w in words)
            or words[-1].lower() in home_words("en", "org_heads")
        ):
            out.append(m)
            continue
        given = next(
            (k for k, w in enumerate(words[1:-1], 1) if w.lower() in gazetteer("given_names")),
            None,
        )
        if given is None:
            out.append(m)
            continue
        body_end = m.start + len(" ".join(words[:given]))
        if found.group(2):
            out.append(_mention(text, m.start, body_end, "ORG"))
        role = text[found.start() : body_end]
        out.append(_mention(text, body_end + 1, m.end, "PER", role))
    return out


# Where a sentence or a quotation opens: a capital there says nothing.
_OPENINGS = frozenset('.!?:;"“‘(\n')
# A name in quotation marks (`“The Harbour Times” wrote`): a title.
_OPENING_MARKS = frozenset("“\"‘'")
_CLOSING = frozenset("”\"’'")


def _titles_with_the(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """A name with ``The`` capitalised before it mid-sentence takes it in
    (``wrote in The Daily Courier``, ``“The Harbour Times” wrote``): there
    the capital says the article is part of the name; at a sentence's start
    only where the article wrote that name so elsewhere."""
    titled = set()
    opening = []
    for k, m in enumerate(mentions):
        s = m.start - 4
        if m.type == "PER" or s < 0 or text[s : m.start] != "The ":
            continue
        before = text[max(0, s - 8) : s].rstrip(" ")
        closed = text[m.end : m.end + 1] in _CLOSING and text[s - 1 : s] in _OPENING_MARKS
        if (before and before[-1] not in _OPENINGS) or closed:
            titled.add(m.key)
            mentions[k] = _with_the(m, s)
        else:
            opening.append(k)
    for k in opening:
        if mentions[k].key in titled:
            mentions[k] = _with_the(mentions[k], mentions[k].start - 4)
    return mentions


def _with_the(m: EntityMention, start: int) -> EntityMention:
    return EntityMention("The " + m.text, m.type, start, m.end, m.key, m.role, m.long_form)


# After an institution's name cut at a comma: more fields it lists, the
# last after `and` (`, Youth and Media`, `, Film and Television`).
_LISTED = re.compile(r"((?:, [A-Z][a-z]+)*),? and ([A-Z][a-z]+)\b")
# An institution's name says what it is of or for before its fields.
_INSTITUTION_LINK = re.compile(r" (?:of|for) ")


def _with_listed_fields(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """An organisation's name the tagger cut at the comma of the fields it
    lists (``Centre for the Study of Children, Youth and Media``, ``State
    Administration of Radio, Film and Television``) made whole: after its
    ``of`` or ``for``, English lists a body's fields as common nouns with
    capitals, commas and a last ``and``. Only common nouns, the first field
    the name's own last word (``Children``): after ``Ministry of Finance,
    Germany and France agreed`` come names of their own, and after
    ``University of Leeds, Police and Council offices`` a place's name ends
    the body and the list is of others."""
    out: list[EntityMention] = []
    taken = -1
    for m in mentions:
        if m.start < taken:
            continue  # a field the whole name now holds
        if m.type == "ORG" and _INSTITUTION_LINK.search(m.text) and text[m.end : m.end + 2] == ", ":
            listed = _LISTED.match(text, m.end)
            if listed is not None:
                words = [
                    m.text.rsplit(None, 1)[-1],
                    *listed.group(1).replace(",", " ").split(),
                    listed.group(2),
                ]
                # Both lists asked in turn, not joined: a union of their
                # ten thousand words an article was most of this stage's time.
                if all(
                    (low := w.lower()) in home_words("en", "common")
                    or low in home_words("en", "lowercase_words")
                    for w in words
                ):
                    m = _mention(text, m.start, listed.end(), "ORG", m.role)
                    taken = m.end
        out.append(m)
    return out


# A dash set off by spaces: between two phrases, never inside a name.
_SPACED_DASH = re.compile(r" (?:-{1,2}|–|—) ")


def _apart_at_dashes(text: str, m: EntityMention) -> list[EntityMention]:
    """A mention the tagger ran over a dash set off by spaces (``Quade -
    Tomas Arlen``: a sentence broken off, then a name) as its parts;
    a name joins its parts with a hyphen alone (``Ruiz-Holt``)."""
    if " -" not in m.text and " –" not in m.text and " —" not in m.text:
        return [m]
    out = []
    start = m.start
    for dash in _SPACED_DASH.finditer(text, m.start, m.end):
        if dash.start() > start:
            out.append(_mention(text, start, dash.start(), m.type, m.role if not out else None))
        start = dash.end()
    if m.end > start:
        out.append(_mention(text, start, m.end, m.type, None if out else m.role))
    return out


# `and` between two names, the second opening with a capital.
_AND = re.compile(r" and (?=[A-Z])")
# An organisation's initials, two to five capitals (`FBI`, `NSA`).
_INITIALS = re.compile(r"[A-Z]{2,5}")


def _apart_at_and(text: str, m: EntityMention) -> list[EntityMention]:
    """An organisation the tagger ran over ``and`` (``Zentra Inc and
    Holbrook Corp``, ``the FBI and Justice Department``) as two, when the
    part before ``and`` is a whole name already: it ends with a company's
    legal form (``legal_suffixes``) or is a body's initials alone. A name
    with ``and`` inside (``Marks and Spencer``, ``Department of Finance and
    Economy``) has no whole name before it, and stays."""
    if m.type != "ORG" or " and " not in m.text:
        return [m]
    found = _AND.search(m.text)
    if found is None:
        return [m]
    left = m.text[: found.start()]
    last = left.rsplit(None, 1)[-1].rstrip(".").lower() if left.split() else ""
    if not (last in home_words("en", "legal_suffixes") or _INITIALS.fullmatch(left)):
        return [m]
    return [
        _mention(text, m.start, m.start + found.start(), "ORG", m.role),
        _mention(text, m.start + found.end(), m.end, "ORG"),
    ]


# A dateline's place in capitals opening a paragraph (`SAN TEMO, Sept. 28`).
_DATELINE_PLACE = re.compile(r"^([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)+), ", re.M)
# Months as a dateline writes them, abbreviated or not (`Sept. 28`).
_MONTHS = (
    "Jan Feb Mar Apr May Jun Jul Aug Sep Sept Oct Nov Dec January February March April"
    " June July August September October November December"
)


@cache
def _dateline_rest() -> re.Pattern:
    """What follows a dateline's comma: a date (a month, a weekday), a state
    (`SAN TEMO, Calif.`) or a country, or a place's name before the dash or
    the agency's bracket that end the dateline (`PORT ALVA, Kordava —`,
    `…, Kordava (AP)`); a person's age, a job or a verb after a name in
    capitals (`DORA QUILL, 45, of Denton`) is none of these."""
    days = [w.title() for w in home_words("en", "weekdays")]
    dates = _alternatives([*_MONTHS.split(), *days])
    states = _alternatives(_state_names())
    return re.compile(
        rf"(?:(?:{dates})\b|(?:{states})(?=[\s.,(—–-])"
        r"|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2},? (?:\(|—|–|--?\s))"
    )


def _dateline_places(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """A place of several words in a dateline's capitals (``SAN TEMO``,
    ``PORT ALVA``) whole, where the tagger kept only a part (``San`` or
    ``Port`` alone): a dateline opens with a place."""
    spans = [
        match.span(1)
        for match in _DATELINE_PLACE.finditer(text)
        if _dateline_rest().match(text, match.end())
    ]
    if not spans:
        return mentions
    out = [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in spans)]
    for s, e in spans:
        if any(s <= m.start and m.end <= e for m in mentions):
            out.append(_mention(text, s, e, "LOC"))
    return sorted(out, key=lambda m: m.start)


@cache
def _turn() -> re.Pattern:
    """A transcript's turn opening a line, after its mark or none
    (`"HOLLIS: …`): the label quotes.py reads, imported here when first
    needed, as quotes.py (through gender.py) imports this module."""
    from reader.extract.quotes import TRANSCRIPT_TURN

    return re.compile(r"^[\"“]?" + TRANSCRIPT_TURN.pattern, re.M)


# A transcript's stage directions (`(CROSSTALK.)`).
_STAGE_DIRECTION = re.compile(r"^[\"“]?\(([A-Z]+)\.?\)\W*$", re.M)


def _transcript_labels(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """In a transcript, the name that labels a turn is a person (whom the
    tagger, seeing capitals alone, took for an organisation), and a stage
    direction, a line of capitals in brackets, is no name."""
    if ":" not in text:
        return mentions
    labels = {match.start(1): match.end(1) for match in _turn().finditer(text)}
    stages = {match.start(1) for match in _STAGE_DIRECTION.finditer(text)}
    if not labels and not stages:
        return mentions
    out = []
    for m in mentions:
        if m.start in stages:
            continue
        if labels.get(m.start) == m.end and m.type != "PER":
            m = EntityMention(m.text, "PER", m.start, m.end, m.key, m.role, m.long_form)
        out.append(m)
    return out


# A link, a handle or a hashtag: a tweet's debris, whose capitals are no names.
_WEB = re.compile(r"(?:https?://|pic\.twitter\.com/|www\.)\S+|[@#]\w+")


def _without_web_debris(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """``mentions`` without those inside a link, a handle or a hashtag."""
    if "@" not in text and "#" not in text and "://" not in text and "twitter.com" not in text:
        return mentions
    spans = [match.span() for match in _WEB.finditer(text)]
    if not spans:
        return mentions
    out = []
    k = 0
    for m in mentions:
        while k < len(spans) and spans[k][1] <= m.start:
            k += 1
        if k < len(spans) and spans[k][0] <= m.start < spans[k][1]:
            continue
        out.append(m)
    return out
