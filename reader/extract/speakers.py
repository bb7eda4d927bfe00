"""Who said a quotation: the name written, or the person the context gives.

Indonesian news attributes almost half its quotations with a pronoun or a
``-nya`` form (``lanjutnya``, ``kata dia``), and English with ``he said``;
those, like quotations with no cue at all, are given to the person the story
was last talking about: the previous speaker, or a person named as the
subject of a sentence since, whichever came last. ``attribution`` reads what
the text around the quotation says; this module turns that into a person,
from the sentences before it, the speakers so far and their genders.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from reader.extract.attribution import Attribution
from reader.extract.cjk_names import named_speaker
from reader.extract.cues import NAME
from reader.extract.gender import PRONOUN_GENDER, gender_of
from reader.extract.lang import LanguageRules, rules_for
from reader.extract.lang.en.cues import EN_CUES
from reader.extract.lang.id.cues import ID_VERBS
from reader.extract.lexicon import word_list
from reader.extract.model import EntityMention, Mentions, Quote, Span
from reader.extract.roles import strip_role
from reader.extract.speaker_names import (
    NAME_RUN,
    SENTENCE,
    SENTENCE_START,
    clean_name,
    full_name,
    name_in_run,
)

_CONNECTIVE = re.compile(
    r"(?:Sementara|Namun|Selain|Pada|Dalam|Di|Terkait|Menanggapi|Lebih|Sebelumnya|Kemudian|Lalu"
    r"|Saat|Ketika|Untuk|Sejak|Dengan|Bagi|Adapun|Meanwhile|However|In|On|At|After|Before|Later"
    r"|Earlier|Speaking|Asked|À|Au|Aux|Dans|Après|Avant|Lors|Pendant|Depuis|Mais|Cependant"
    r"|Pourtant|Ensuite|Durante|Tras|Después|Antes|Además|Pero|Am|Im|Bei|Nach|Vor|Seit"
    r"|Während|Zudem)\b(?:\s+[\w'’\"“”-]+){0,5},[\"”’]?\s+"
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
# `Maciej Sundra, who designed the interface, says`: a subject all the same.
_WHO_THEN_VERB = re.compile(r",\s+(?:who|yang)\s[^,.]*,\s+(?!and\b|dan\b)[a-z]")
_APPOSITION = re.compile(r"\s+(?:a|an|the|who|yang|seorang|sang)\s")
_VERB_AFTER = re.compile(r",?\s+(?!dan\b|and\b|yang\b|which\b|who\b|of\b)[a-z]")
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


def _past_closing_marks(text: str, sentence: re.Match) -> int:
    """Where a sentence's words start: a sentence right after a quotation
    starts past its closing mark."""
    s = sentence.start(1)
    while s < sentence.end() and (text[s] in "\"”’'" or text[s].isspace()):
        s += 1
    return s


def _subjects(
    text: str, start: int, end: int, entities: Mentions, rules: LanguageRules
) -> list[tuple[str, int]]:
    """The people named as the subject of a sentence in ``text[start:end]``,
    as (name, position), in text order.

    A subject opens its sentence, perhaps after a short connective clause
    (``Sementara itu,``, ``Pada kuliah tersebut,``), and a word in lower case
    (its verb) follows it. When entity mentions are known, it must be a person,
    or someone described with an indefinite article (``_someone``).
    """
    people = [(m.start, m.end) for m in entities.overlapping(start, end) if m.type == "PER"]
    found: list[tuple[str, int]] = []
    for sentence in SENTENCE.finditer(text, start, end):
        s = _past_closing_marks(text, sentence)
        according = _ACCORDING.match(text, s, sentence.end())
        if according and not _ACRONYM.search(according.group(1)):
            found.append(_according(according, entities, rules))
            continue
        clause = _CONNECTIVE.match(text, s, sentence.end())
        opening = clause.end() if clause else s
        described = _someone(text, opening, sentence.end(), rules)
        if described is not None:
            found.append(described)
            continue
        match = NAME_RUN.match(text, opening, sentence.end())
        verb = match and (
            _VERB_AFTER.match(text, match.end(), sentence.end())
            or _WHO_THEN_VERB.match(text, match.end(), sentence.end())
        )
        if not verb:
            titled = _after_title(text, opening, sentence.end(), entities)
            if titled is not None:
                found.append(titled)
                continue
        if not verb or (
            verb.group(0).startswith(",")
            and " " not in match.group(0)
            and not entities
            and not _APPOSITION.match(text, verb.start() + 1, sentence.end())
        ):
            continue
        person = _person(text, match, rules, people, entities)
        if person:
            found.append(person)
    for match in _NAMED_AFTER_VERB.finditer(text, start, end):
        run = NAME_RUN.match(text, match.start(1), match.end(1))
        person = _person(text, run, rules, people, entities)
        if person:
            found.append(person)
    for pattern in (_NAMED_BEFORE_VERB, rules.said_by):
        if pattern is None:
            continue
        for match in pattern.finditer(text, start, end):
            run = NAME_RUN.match(text, match.start(1), match.end(1))
            person = _person(text, run, rules, people, entities)
            if person:
                found.append(person)
    # At one position the shortest reading comes last, so that callers, who
    # walk the list backwards, try it first (``Mr Pouwelse``, not ``Mr
    # Pouwelse. He``) whatever the set's order.
    return sorted(set(found), key=lambda f: (f[1], -len(f[0]), f[0]))


# A person introduced without a name: `Seorang karyawan yang enggan disebut
# namanya mengaku…`, `A Treasury spokeswoman said…`, `Une habitante raconte…`.
_SOMEONE = re.compile(
    r"(?:A|An|One|Another|Seorang|Salah seorang|Salah satu|Un|Une|Ein|Eine|Uno|Una)(?=[ \t])"
)
_NEXT_WORD = re.compile(r"[ \t]+([\w'’-]+)")
_AFTER_SOMEONE = re.compile(r",|[ \t]+[a-zà-ÿ]")


def _someone(text: str, start: int, end: int, rules: LanguageRules) -> tuple[str, int] | None:
    """A sentence's subject that is a person described, not named, when it
    opens the sentence with an indefinite article: someone new to the story,
    whom a later ``katanya`` or ``she said`` means. (``The minister`` is
    usually someone named before, and is left to the names.) The noun is a
    person's (``designer``, ``warga``) and a clause or a verb follows it."""
    article = _SOMEONE.match(text, start, end)
    if article is None:
        return None
    pos = article.end()
    for _ in range(4):
        word = _NEXT_WORD.match(text, pos, end)
        if word is None:
            return None
        pos = word.end()
        if word.group(1).lower() in rules.person_nouns and _AFTER_SOMEONE.match(text, pos, end):
            phrase = text[start:pos]
            return phrase[0].lower() + phrase[1:], start
    return None


# A word in lower case other than `dan`, `and`, `of`: no part of a title.
_LOWER_WORD = re.compile(r"(?<![\w'’-])(?!(?:dan|and|of)\b)[a-z]|[.!?;:\"“”]")


def _after_title(text: str, opening: int, end: int, entities: Mentions) -> tuple[str, int] | None:
    """The person a sentence opens with behind a long title of capitalised
    words and commas (``Direktur Jenderal Perdagangan Dalam Negeri,
    Kementerian Perdagangan RI, Iqbal Shoffan Shofwan pun mengapresiasi``)."""
    for mention in entities.overlapping(opening, end):
        if mention.type != "PER" or mention.start < opening:
            continue
        if not _LOWER_WORD.search(text, opening, mention.start) and _VERB_AFTER.match(
            text, mention.end, end
        ):
            return mention.text, mention.start
        return None
    return None


def _named_elsewhere(text: str, word: str) -> bool:
    """Whether ``word`` appears capitalised after a lowercase word or a comma."""
    return _elsewhere(word).search(text) is not None


@lru_cache(maxsize=1024)
def _elsewhere(word: str) -> re.Pattern:
    return re.compile(rf"[a-z,]\s+{re.escape(word)}\b")


def _person(
    text: str, match: re.Match, rules: LanguageRules, people, entities
) -> tuple[str, int] | None:
    """A capitalised run as a person that a pronoun can stand for, or None.

    Not a common word, a nationality or a party (``Republican``), not an
    institution (an acronym left once the role is gone) and, when entity
    mentions are known, overlapping a person. A single word that opens its
    sentence (``Enraged, definitely.``) must be written as a name elsewhere
    in the article too.
    """
    found = name_in_run(text, match, rules)
    if found is None:
        return None
    if " " not in found[0]:
        word = found[0]
        if word.lower() in rules.common or word.lower().rstrip("s") in _GROUP_WORDS:
            return None
        after = text[found[1] + len(word) : found[1] + len(word) + 1]
        if (
            (after == "," or word.endswith(("ed", "ly")))
            and SENTENCE_START.search(text, max(0, found[1] - 4), found[1])
            and not _named_elsewhere(text, word)
        ):
            return None
    bare = strip_role(found[0], rules)
    if not bare or _ACRONYM.search(bare):
        return None
    if entities and not any(ps < match.end() and pe > match.start() for ps, pe in people):
        return None
    return found


# Paragraphs back that a -nya cue with nobody else in context still goes to
# the last speaker (context proper reaches back three).
_NARRATION = 6


def resolve(
    text: str,
    start: int,
    attribution: Attribution | None,
    previous: tuple[Quote, int] | None,
    paragraphs: Sequence[Span],
    k: int,
    lang: str,
    entities: Mentions,
    genders: Mapping[str, str] | None = None,
    earlier: Sequence[Quote] = (),
) -> str | None:
    """The speaker's name: stated, or carried from the person in context.

    ``previous`` is the last quotation kept and its paragraph index; ``k``
    the paragraph of this one. Context reaches back at most three paragraphs;
    a cue that names nobody and finds nobody there goes to the last speaker.
    A ``he`` or ``she`` passes over people of the other gender (``genders``,
    from ``gender.article_genders``) and, when nobody in that context fits,
    goes back to the last speaker or person who does (``earlier`` holds the
    quotations kept before this one).
    """
    body_start = paragraphs[0][0]
    rules = rules_for(lang)
    if rules.english_speakers and attribution is not None:
        meant = _meant(
            text, attribution, paragraphs[max(0, k - 3)][0], start, entities, earlier, rules
        )
        if meant is not None:
            return meant
    if attribution is not None and attribution.name:
        if attribution.name.islower() and attribution.name in rules.person_nouns:
            return attribution.name  # `ujar hakim`: described by a noun alone, as written
        if rules.script is not None:
            named_cjk = named_speaker(
                attribution.name, attribution.position, entities, rules.script
            )
            if named_cjk is not None:
                return named_cjk
            if rules.organisation_speaks is not None:
                body = rules.organisation_speaks(attribution.name, attribution.position, entities)
                if body is not None:
                    return body
            if rules.person_by_form is not None:
                person = rules.person_by_form(text, attribution.name, attribution.position)
                if person is not None:
                    return person
            if rules.could_be_name is not None and not rules.could_be_name(attribution.name):
                described = rules.described is not None and rules.described(attribution.name)
                return attribution.name if described else None
            if rules.written_speaker is not None:
                return rules.written_speaker(attribution.name, entities)
        if rules.role_means_named:
            given = _given_role(attribution, entities, rules)
            if given is not None:
                return given
        holder = _role_holder(text, attribution, entities, rules)
        if holder is not None:
            return holder
        named = _last_person(text, attribution, entities, rules)
        if named is not None:
            return full_name(text, named.text, body_start, named.start, lang, entities)
        name = clean_name(attribution.name, attribution.position, entities, rules)
        name = full_name(text, name, body_start, attribution.position, lang, entities)
        if not (
            name
            and text[attribution.position - 2 : attribution.position] == ", "
            and text[attribution.position + len(name) : attribution.position + len(name) + 1] == ","
            and _a_place(name, attribution.position, entities)
        ):
            return name
        # `kata Ketua LBH Cabang Kencong, Jember, Rudi Hartono`: a place set
        # off by commas is where the role is, no speaker (`pihak Gedung
        # Putih` may speak); the person named right after it is, else the
        # context.
        after = _person_after(text, attribution.position + len(attribution.name), entities)
        if after is not None:
            return full_name(text, after.text, body_start, after.start, lang, entities)
    if attribution is not None and not attribution.name:
        holder = _role_holder(text, attribution, entities, rules)
        if holder is not None:
            return holder
    window = paragraphs[max(0, k - 3)][0]
    if previous is not None:
        since = previous[0].end if previous[1] == k else paragraphs[min(previous[1] + 1, k)][0]
        window = max(window, since)
    if _nya_after_speaker(attribution, previous, k, rules):
        # `…," ungkapnya.` after a few sentences about others (the suspect,
        # the victim): the source last quoted, unless someone spoke since.
        speaking = _speaking(text, window, start, entities, rules)
        if not speaking:
            return previous[0].speaker
        name, position = speaking[-1]
        cleaned = clean_name(name, position, entities, rules)
        return full_name(text, cleaned, body_start, position, lang, entities)
    candidates: list[str | None] = []
    if rules.script is None:
        for name, position in reversed(_subjects(text, window, start, entities, rules)):
            cleaned = clean_name(name, position, entities, rules)
            candidates.append(full_name(text, cleaned, body_start, position, lang, entities))
    if previous is not None and previous[1] >= k - 3:
        candidates.append(previous[0].speaker)
    if (
        not candidates
        and attribution is not None
        and attribution.cue
        and attribution.pronoun is None
        and rules.script is None
        and previous is not None
        and previous[1] >= k - _NARRATION
    ):
        # A cue that names nobody (``sambungnya``, ``terangnya``) still says
        # someone spoke: after a few paragraphs of narration and no one else
        # named as a subject, that is the story's last speaker.
        candidates.append(previous[0].speaker)
    want = PRONOUN_GENDER.get(attribution.pronoun or "") if attribution else None
    if want is None or genders is None:
        return candidates[0] if candidates else None
    obj = _object_of_last_sentence(text, window, start, entities, genders, want, rules)
    if obj is not None:
        return full_name(text, obj.text, body_start, obj.start, lang, entities)
    for name in candidates:
        if gender_of(name, genders) in (want, None):
            return name
    for quote in reversed(earlier):
        if gender_of(quote.speaker, genders) == want:
            return quote.speaker
    for name, position in reversed(_subjects(text, body_start, window, entities, rules)):
        cleaned = full_name(
            text, clean_name(name, position, entities, rules), body_start, position, lang, entities
        )
        if gender_of(cleaned, genders) == want:
            return cleaned
    near = paragraphs[max(0, k - 3)][0]
    unknown: str | None = None
    for mention in reversed(entities.overlapping(near, start)):
        if mention.type == "PER" and near <= mention.start and mention.end <= start:
            named_full = full_name(text, mention.text, body_start, mention.start, lang, entities)
            known = gender_of(named_full, genders)
            if known == want:
                return named_full
            if known is None and unknown is None:
                unknown = named_full
    # Nobody of that gender: a ``she`` is the last person named whose gender
    # the article does not give (`the owner, Rana Patel, stayed calm. "…,"
    # she said`), never a man it has called ``he``.
    return unknown


# Someone else who joins in with a verb of speaking or reacting
# (``joining_verbs``), as a sentence's subject: `Hadi juga mengapresiasi`,
# `JPU KPK Eko Wahyu juga turut merespons`; not someone the speaker tells of
# (`Eko menyatakan Rahman juga melakukan`) or the story is about (`Kamal juga
# memukul korban`).
_JOINS_IN = re.compile(
    rf"(?:(?<=^)|(?<=[.!?\n]\s)|(?<=\n))({NAME}),?\s+(?:juga|pun)\s+(?:turut\s+|ikut\s+)?(me[a-z]+)\b",
    re.M,
)


def _nya_after_speaker(
    attribution: Attribution | None,
    previous: tuple[Quote, int] | None,
    k: int,
    rules: LanguageRules,
) -> bool:
    """Whether the cue is a ``-nya`` form (``ungkapnya``, ``imbuhnya``) and
    someone was quoted in the three paragraphs before. Indonesian news gives
    a source's words over several paragraphs, with the story told between
    (``Kamal lalu pergi ke bar.``); the ``-nya`` cue goes on with the
    source, not with the people the story is about."""
    return (
        rules.nya_cue
        and attribution is not None
        and attribution.name is None
        and attribution.pronoun is None
        and bool(attribution.cue)
        and attribution.cue.lower().endswith("nya")
        and previous is not None
        and bool(previous[0].speaker)
        and previous[1] >= k - 3
    )


def _speaking(
    text: str, start: int, end: int, entities: Mentions, rules: LanguageRules
) -> list[tuple[str, int]]:
    """The people ``text[start:end]`` says spoke, in reported speech or by
    their words (``Menurut Agus,``, ``Agus mengatakan``, ``kata Agus``),
    joined in (``Agus juga menanggapi``) or were introduced without a name
    (``Seorang warga mengaku``), as (name, position) in text order."""
    people = [(m.start, m.end) for m in entities.overlapping(start, end) if m.type == "PER"]
    found: list[tuple[str, int]] = []
    for sentence in SENTENCE.finditer(text, start, end):
        # Someone introduced without a name, to be quoted (`Salah satu
        # karyawan … mengaku kaget.`).
        s = _past_closing_marks(text, sentence)
        clause = _CONNECTIVE.match(text, s, sentence.end())
        described = _someone(text, clause.end() if clause else s, sentence.end(), rules)
        if described is not None:
            found.append(described)
    for match in _ACCORDING.finditer(text, start, end):
        if not _ACRONYM.search(match.group(1)) and _holder_after(text, match, entities) is None:
            found.append(_according(match, entities, rules))
    if rules.according_role is not None:
        for match in rules.according_role.finditer(text, start, end):
            holder = _holder_after(text, match, entities)
            if holder is not None and rules.is_role(match.group(1).split()[0]):
                found.append((holder.text, holder.start))
    joining = rules.words("joining_verbs")
    for pattern in (_NAMED_AFTER_VERB, _NAMED_BEFORE_VERB, rules.said_by, _JOINS_IN):
        if pattern is None:
            continue
        for match in pattern.finditer(text, start, end):
            if pattern is _JOINS_IN and match.group(2) not in joining:
                continue
            run = NAME_RUN.match(text, match.start(1), match.end(1))
            person = _person(text, run, rules, people, entities)
            if person:
                found.append(person)
    return sorted(set(found), key=lambda f: (f[1], -len(f[0]), f[0]))


def _holder_after(text: str, match: re.Match, entities: Mentions) -> EntityMention | None:
    """The person set off by commas right after a ``Menurut`` phrase that
    names a role (``Menurut Camat Lintang, Ahmad Fauzi, …``): its holder,
    who spoke, not the place the role is held at."""
    after = _person_after(text, match.end(), entities)
    return after if after is not None and text[after.end : after.end + 1] == "," else None


# What stands for the organisation named before: `it said`, `the club said`,
# `the statement said`.
_ORG_WORDS = frozenset({"statement", "board", "report"})


def _meant(
    text: str,
    attribution: Attribution,
    window: int,
    start: int,
    entities: Mentions,
    earlier: Sequence[Quote],
    rules: LanguageRules,
) -> str | None:
    """Who an English ``it`` or a description with ``the`` (``the club``,
    ``the spokeswoman``) stands for: the thing that spoke last (``the
    article``), else the last organisation named in context,
    or an earlier speaker described with that noun (``a BaFin
    spokeswoman``), or the person named before with that role alone
    (``the mayor said`` after ``Mayor Ana Ruiz``); None when nobody fits."""
    name = attribution.name
    if name is None and attribution.pronoun == "it":
        last = earlier[-1].speaker if earlier else None
        if last and last.startswith("the ") and last.rsplit(None, 1)[-1] not in rules.person_nouns:
            return last  # `the article read … it added`
        noun = written = "statement"
    elif name and name.startswith(("the ", "The ")):
        noun = name.rsplit(None, 1)[-1].lower()
        written = name.rsplit(None, 1)[-1]
    else:
        return None
    headed = (
        _headed_by(text, noun, window, start, entities, earlier, rules)
        if written.islower()
        else None
    )
    if headed is not None:
        return headed
    if noun in _ORG_WORDS or noun in rules.words("org_descriptors"):
        # Not a title or an employer written right before a person
        # (`called on Zembla President Anna Berg`): what it stands for.
        near = entities.overlapping(window, start)
        organisations = [
            m
            for n, m in enumerate(near)
            if m.type == "ORG" and not (n + 1 < len(near) and _before_person(text, m, near[n + 1]))
        ]
        return organisations[-1].text if organisations else None
    if noun not in rules.person_nouns:
        return None
    # `the president said`: the person the article named with that role
    # alone before (`President Ana Ruiz`), not a `Vice President`.
    for mention in reversed(entities.overlapping(0, start)):
        if mention.type == "PER" and mention.role and mention.role.lower() == noun:
            return entities.full_names[mention.key]
    for quote in reversed(earlier):
        if quote.speaker and noun in quote.speaker.lower().split():
            return quote.speaker
    return None


def _headed_by(
    text: str,
    noun: str,
    window: int,
    start: int,
    entities: Mentions,
    earlier: Sequence[Quote],
    rules: LanguageRules,
) -> str | None:
    """The organisation a described speaker stands for by its own head
    noun (``the ministry said`` after ``the Finance Ministry``, ``the
    court`` after ``the Supreme Court``, ``the party`` after ``the Labour
    Party``): English refers back to a body with the noun its name is built
    on, written in lowercase; the one named with that word in the context
    (the three paragraphs before, as for any speaker), else the one quoted
    there by that noun before (a statement quoted over many paragraphs). None when the context
    has two bodies that noun may mean, named (``The High Court sent the case
    to the Court of Appeal``) or described in lowercase (``Hamburg's port
    authority and the Rotterdam Port Authority``): the reader cannot tell.
    ``the Times`` is a short name as written, no description. Not a writing's noun
    (``the letter said``: the letter, not ``An Open Letter`` named before).
    """
    if noun in rules.words("document_nouns"):
        return None
    near = entities.overlapping(window, start)
    named = {
        m.key: m.text
        for m in near
        if m.type == "ORG"
        and window <= m.start
        and m.end <= start
        and " " in m.text
        and noun in m.text.lower().split()
    }
    if not named:
        # `the ministry said` again: the body the article quoted in the
        # context with that noun, as it named it then.
        said = [_THE.sub("", q.speaker) for q in earlier if q.start >= window and q.speaker]
        named = {name: name for name in said if name[:1].isupper() and noun in name.lower().split()}
    if len(named) != 1:
        return None
    for other in _DESCRIBED_BODY.finditer(text, window, start):
        if other.group(2).lower() == noun and not any(
            m.start <= other.start() < m.end for m in near
        ):
            return None  # `the city's port authority`: another body of that noun
    return next(iter(named.values()))


# The article a body's name is written with (`the Velmar Fire Department`).
_THE = re.compile(r"^[Tt]he ")
# A body described in lowercase by a word before its noun (`port authority`,
# `federal court`), not referred back to with an article alone (`the court`).
_DESCRIBED_BODY = re.compile(
    r"\b(?!(?:the|a|an|this|that|its|their|whose)\b)([a-z][a-z-]*) (?=([a-z]+)\b)"
)


def _a_place(name: str | None, position: int, entities: Mentions) -> bool:
    """Whether the speaker's name is a place the article names (``Kelurahan
    Belo``, ``Jember``) and no person or body of that name."""
    if not name:
        return False
    same = [m for m in entities.overlapping(position, position + 400) if m.text == name]
    return bool(same) and all(m.type == "LOC" for m in same)


# How far after a place written as the speaker the person may be named.
_PERSON_REACH = 40


def _person_after(text: str, end: int, entities: Mentions) -> EntityMention | None:
    """The person named right after ``end``, with only commas and spaces
    between (``…, Jember, Rudi Hartono``)."""
    for m in entities.overlapping(end, end + _PERSON_REACH):
        if m.start >= end and not text[end : m.start].strip(" ,"):
            return m if m.type == "PER" else None
    return None


def _before_person(text: str, m: EntityMention, person: EntityMention) -> bool:
    """Whether ``m`` is written right before a person, with nothing or only
    the person's role between (``Zembla Anna Berg``, ``Zembla President
    Anna Berg``): a title or an employer, no speaker of its own."""
    if person.type != "PER":
        return False
    between = text[m.end : person.start].strip()
    return not between or (person.role is not None and between == person.role)


def _given_role(attribution: Attribution, entities: Mentions, rules: LanguageRules) -> str | None:
    """The person an article and a role stand for (``die Kanzlerin``): the
    last one named before with that role (``Kanzlerin Anna Berg``)."""
    words = (attribution.name or "").split()
    if len(words) != 2 or words[0].lower() not in rules.words("function_words"):
        return None
    role = words[1].lower()
    for mention in reversed(entities.overlapping(0, attribution.position)):
        if mention.type == "PER" and mention.role and mention.role.lower().split()[-1] == role:
            return entities.full_names[mention.key]
    return None


def _role_holder(
    text: str, attribution: Attribution, entities: Mentions, rules: LanguageRules
) -> str | None:
    """The person a role and the place or body it is held at stand for
    (``tutur Kapolsek Lintang``, ``kata Kepala Dinas Kesehatan``), when
    no name follows: the last person named before with a role that opens
    with those words (``Kapolsek Lintang AKP Budi Hartono``). News names
    the holder once in full, then may write the office alone; the words
    after the role are then where it is held, no one's name."""
    if not attribution.name:
        # `ujar Gubernur.`: the office alone.
        office = attribution.pronoun
        if not office or not rules.is_role(office) or not rules.lowercase_ends_speaker:
            return None
        holder = _holder_of(text, (office,), attribution.position, entities)
        return entities.full_names[holder.key] if holder is not None else None
    before = text[max(0, attribution.position - 60) : attribution.position].split()
    roles: list[str] = []
    while before and rules.is_role(before[-1]):
        roles.insert(0, before.pop())
    if not roles:
        return None
    holder = _holder_of(text, (*roles, *attribution.name.split()), attribution.position, entities)
    if holder is None and _province(attribution.name, attribution.position, entities, rules):
        # `kata Kapolda Jabar` after `Kapolda Jawa Barat Irjen …`: the
        # province written short, the office the same.
        holder = _holder_of(text, roles, attribution.position, entities)
    return entities.full_names[holder.key] if holder is not None else None


def _province(name: str, position: int, entities: Mentions, rules: LanguageRules) -> bool:
    """Whether ``name`` is a province's short form (``Jabar``) or a place the
    article names."""
    return name.lower() in rules.words("region_short") or _a_place(name, position, entities)


def _holder_of(
    text: str, phrase: Sequence[str], before: int, entities: Mentions
) -> EntityMention | None:
    """The last person named before ``before`` with a role that opens with
    the words of ``phrase`` (``Kapolsek Lintang`` for ``Kapolsek Lintang
    AKP Budi Hartono``)."""
    words = [w.lower() for w in phrase]
    near = entities.overlapping(0, before)
    for n in range(len(near) - 1, -1, -1):
        mention = near[n]
        if (
            mention.type == "PER"
            and mention.role
            and mention.end <= before
            and [w.lower() for w in mention.role.split()[: len(words)]] == words
        ):
            for after in near[n + 1 : n + 3]:
                if after.type == "PER" and _REGION_THEN.fullmatch(text, mention.end, after.start):
                    # `Bupati Lintang Raya (LTR) Rudi Santoso`, the region
                    # read as a person: the holder is the name after it.
                    return after
            return mention
    return None


# What may stand between a region read as a person and the holder after it:
# a space, and the region's short form in brackets.
_REGION_THEN = re.compile(r" (?:\([A-Z]{2,6}\) )?")


def _according(match: re.Match, entities: Mentions, rules: LanguageRules) -> tuple[str, int]:
    """Who a ``Menurut`` phrase names: the person, or for a role alone
    (``Menurut Kapolres,``) the person named before with that role, whom
    news names once in full and then by the office."""
    words = match.group(1).split()
    if all(rules.is_role(w) for w in words):
        holder = _holder_of(match.string, words, match.start(1), entities)
        if holder is not None:
            return holder.text, holder.start
    return match.group(1), match.start(1)


def _last_person(
    text: str, attribution: Attribution, entities: Mentions, rules: LanguageRules
) -> EntityMention | None:
    """The last person mentioned in the clause that names the speaker, when
    the clause runs past the name as written (a role joined by ``dan``)."""
    written_end = attribution.position + len(attribution.name or "")
    if attribution.end <= written_end:
        return None
    found = None
    for mention in entities.overlapping(attribution.position, attribution.end):
        if (
            rules.lowercase_ends_speaker
            and mention.start >= written_end
            and _verb_between(text, written_end, mention.start, rules)
        ):
            # `kata Zakaria mendampingi Sahara`: after a verb, whom the
            # speaker acts on; the name as written is the speaker.
            break
        if (
            mention.type == "PER"
            and mention.start >= attribution.position
            and all(word[:1].isupper() for word in mention.text.split())
        ):
            found = mention
    return found if found is not None and found.end > written_end else None


def _verb_between(text: str, start: int, end: int, rules: LanguageRules) -> bool:
    """Whether a lowercase word other than one that joins the parts of a
    role (``role_joiners``: Indonesian `Kepala Dinas Pekerjaan Umum dan
    Penataan Ruang`) stands in ``text[start:end]``: a verb, ending the
    speaker's name."""
    joiners = rules.words("role_joiners")
    return any(w.islower() and w.isalpha() and w not in joiners for w in text[start:end].split())


_PRONOUN_SUBJECT = re.compile(r"(?:he|she)\b", re.I)


def _object_of_last_sentence(
    text: str,
    start: int,
    end: int,
    entities: Mentions,
    genders: Mapping[str, str],
    want: str,
    rules: LanguageRules,
) -> EntityMention | None:
    """A person of the pronoun's gender that the sentence just before a
    ``he said`` or ``she said`` quotation introduces as an object (``...
    which concerns Henry Crespo, president of ...``), when its subject is no
    person of that gender and no pronoun (which would carry the story's
    current person on). The last such mention wins."""
    last = None
    for sentence in SENTENCE.finditer(text, start, end):
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
    for mention in entities.overlapping(s, e):
        if mention.type != "PER" or mention.start < s:
            continue
        known = gender_of(mention.text, genders)
        if _is_subject(text, mention, opening, rules) and known in (want, None):
            return mention if known == want else None  # the sentence's own subject
        if known == want:
            found = mention
    return found


_SUBJECT_VERB = re.compile(
    r"[ \t]+(?!and\b|or\b|of\b|who\b|which\b)[a-z]|,[ \t]+(?:who|a|an|the)\b"
)


def _is_subject(text: str, mention: EntityMention, opening: int, rules: LanguageRules) -> bool:
    """Whether a person mention opens its clause, perhaps behind its role
    (``Conservative economist Aparna Mathur, who …``), and a verb or an
    apposition follows it (``..., Ham made it clear``, ``Christie, who has
    ...``)."""
    before = text[opening : mention.start].rstrip()
    if before and not before.endswith(",") and not _only_role(before, rules):
        return False
    return _SUBJECT_VERB.match(text, mention.end) is not None


def _only_role(words: str, rules: LanguageRules) -> bool:
    """Whether the words before a name are its role alone, the first perhaps
    a capitalised adjective (``Conservative economist``)."""
    roles = rules.roles
    parts = words.split()
    return parts[-1].lower() in roles and all(
        w.lower() in roles or (i == 0 and w[:1].isupper()) for i, w in enumerate(parts)
    )
