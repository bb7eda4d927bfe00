"""Direct quotations and who said them.

Finding a quotation is a matter of quote marks, in every style the
collections use: ``"…"``, ``“…”``, ``‘…’``, ``'…'``, ``«…»``, ``»…«``,
``„…“``, ``「…」``, ``『…』``. A quotation is the outermost pair; marks nested
inside it belong to it. A quotation that runs over several paragraphs opens
each paragraph again and closes only in the last one (the convention in
English, Indonesian and German press): it becomes one ``Quote`` whose span
covers all those paragraphs, from the first word after the first opening
mark to the last closing mark.

Quote marks also set off titles, terms, nicknames and scare quotes. Those
are short, have no attribution cue and no sentence punctuation of their own,
so a marked span is kept as a quotation only when it has a cue
(``attribution.attribute``), or reads as speech by its own length and
punctuation.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from reader.extract.attribution import Attribution, attribute, partial
from reader.extract.cjk_names import described_by_pronoun, is_name, person_in
from reader.extract.gender import ArticleGenders
from reader.extract.lang import LanguageRules, rules_for
from reader.extract.model import EntityMention, Mentions, Quote, Span
from reader.extract.names import entity_key
from reader.extract.speakers import resolve

# Opening mark -> the marks that close it.
_CLOSERS = {
    "“": "”",
    "„": "“”",
    "«": "»",
    "»": "«",
    "‹": "›",
    "「": "」",
    "『": "』",
    "‘": "’",
    '"': '"',
    "'": "'",
    "＂": "＂",
}
_ANY_MARK = re.compile("[" + re.escape("".join(_CLOSERS)) + "]")
# Marks that also occur inside words (apostrophes) or that open and close alike.
_AMBIGUOUS = {"'", '"', "‘", "’", "＂"}
_OPEN_BEFORE = set(" \t\n([{—–-/:;,") | set(_CLOSERS)
# A span in marks shorter than this many words is speech only with a cue.
SPEECH_MIN_WORDS = 4
_SENTENCE_PUNCT = re.compile(r"[.!?,;:…。！？，、]['\"’”»]?$|[.!?。！？]\s+\S")
_WORD = re.compile(r"\w+")
_INNER_PUNCT = re.compile(r"[,.;:!?…]\s")
_TITLE_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "and",
        "or",
        "but",
        "nor",
        "by",
        "with",
        "from",
        "as",
        "vs",
        "via",
        "into",
        "per",
        "di",
        "ke",
        "dari",
        "dan",
        "yang",
        "untuk",
        "pada",
        "dengan",
        "atau",
    ]
)
# `(CROSSTALK.)`, `(LAUGHTER)`: a transcript's note, not speech.
_STAGE_DIRECTION = re.compile(r"^\([A-Z .]+\)\W*$")
# `HOLLIS: Let’s start ...`: a turn of a transcript, its speaker as label
# (lang/en/mentions.py types the label a person).
TRANSCRIPT_TURN = re.compile(r"([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3}):\s")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]")


def _can_open(text: str, i: int, start: int) -> bool:
    """Whether the mark at ``i`` opens a quotation rather than ends a word."""
    mark = text[i]
    if i + 1 >= len(text):
        return False
    if mark in _AMBIGUOUS:
        if text[i + 1].isspace() or text[i + 1] in ")]}.,;:!?":
            return False
        if i == start or text[i - 1] in _OPEN_BEFORE:
            return True
        # `video."Macet...`: a quotation glued to the sentence before it.
        return text[i - 1] in ".!?" and text[i + 1].isupper() and mark != "'"
    return True


def _find_close(text: str, i: int, end: int) -> int | None:
    """Position of the mark closing the one at ``i``, within ``end``."""
    mark = text[i]
    closers = _CLOSERS[mark]
    nests = mark not in closers and mark not in _AMBIGUOUS
    depth = 0
    for j in range(i + 1, end):
        c = text[j]
        if c == mark and mark in '"“' and _reopens(text, j, end):
            # `"…the keyboard. "The software…": a paragraph break was lost
            # and its closing mark with it; the quotation ends with its
            # sentence and the mark opens the next.
            return j - 1
        if nests and c == mark:
            depth += 1
        elif c in closers:
            if mark in _AMBIGUOUS and not _can_close(text, j, end):
                continue
            if depth:
                depth -= 1
            else:
                return j
    if mark == "“":
        # `“Immunity deals should not ...," Chaffetz said`: closed by a straight mark.
        for j in range(i + 1, end):
            if text[j] == '"' and _can_close(text, j, end):
                return j
    return None


def _reopens(text: str, j: int, end: int) -> bool:
    """Whether the mark at ``j``, inside an open quotation, opens a new
    sentence of quoted speech instead: it follows a finished sentence and a
    space, and a capitalised word follows it."""
    return j + 1 < end and text[j - 1] == " " and text[j - 2] in ".!?" and text[j + 1].isupper()


def _can_close(text: str, j: int, end: int) -> bool:
    """A straight or single mark closes when it ends a word and no word follows."""
    if text[j - 1].isspace():
        # `the term 'outreach,' " he said`: a nested quotation closed just before.
        return text[j - 2 : j] in ("' ", "’ ") and j + 1 < end and text[j + 1].isspace()
    if j + 1 >= end or text[j - 1] in ",.!?" or not text[j + 1].isalnum():
        return True
    return bool(_CJK.match(text[j + 1]))


def marked_spans(
    text: str, paragraphs: Sequence[Span], runs_over: frozenset[str] = frozenset()
) -> list[tuple[Span, int]]:
    """Outermost spans inside quote marks, as (content span, paragraph index).

    An opening mark left unclosed at the end of its paragraph continues the
    quotation when the next paragraph opens with the same mark; otherwise an
    unclosed mark that opened the paragraph runs to the paragraph's end (a
    closing mark dropped by the site), and any other stray mark is ignored.
    A mark of ``runs_over`` (the language's ``rules.marks_run_over``) may
    also be closed a few paragraphs below, none opening the mark again: the
    statement's paragraphs are each a quotation of their own there.
    """
    found: list[tuple[Span, int]] = []
    k = 0
    resume = None
    while k < len(paragraphs):
        start, end = paragraphs[k]
        # After a quotation run on into this paragraph and closed in it, the
        # paragraph is read on from its closing mark.
        i = start if resume is None else resume
        resume = None
        next_k = k + 1
        while i < end:
            mark = _ANY_MARK.search(text, i, end)
            if mark is None:
                break
            i = mark.start()
            if not _can_open(text, i, start):
                i += 1
                continue
            j = _find_close(text, i, end)
            if j is not None:
                found.append(((i + 1, j), k))
                i = j + 1
                continue
            last, close = _continue_over(text, paragraphs, k, text[i])
            if last == k and text[i] in runs_over:
                last, close = _closed_below(text, paragraphs, k, text[i])
                if last > k:
                    # `“…⏎…⏎…”` (Korean): each paragraph is a quotation.
                    found.append(((i + 1, end), k))
                    found.extend((paragraphs[m], m) for m in range(k + 1, last))
                    found.append(((paragraphs[last][0], close), last))
                    next_k = last + 1
                    break
            if last == k and text[i] in _RUNS_OVER_LINES:
                last, close = _closed_below(text, paragraphs, k, text[i])
            if last > k:
                found.append(((i + 1, close), k))
                next_k = last
                if close < paragraphs[last][1]:
                    resume = close + 1
                else:
                    next_k = last + 1
                break
            if i == start:
                found.append(((i + 1, end), k))
                break
            i += 1
        k = next_k
    return [
        (_strip(text, s, e), k)
        for (s, e), k in found
        if text[s:e].strip() and not _is_nickname(text, s, e)
    ]


# `Marcia "Cia" Price`: marks around a nickname inside a name.
_NICKNAME = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?")


def _is_nickname(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a nickname between a first name and a surname."""
    return (
        _NICKNAME.fullmatch(text, start, end) is not None
        and re.search(r"\b[A-Z][\w.'’-]*[ \t]$", text[max(0, start - 30) : start - 1]) is not None
        and re.match(r"[ \t][A-Z]", text[end + 1 : end + 3]) is not None
    )


def _continue_over(text: str, paragraphs: Sequence[Span], k: int, mark: str) -> tuple[int, int]:
    """(last paragraph, closing position) of a quotation left open in paragraph ``k``."""
    last, close = k, paragraphs[k][1]
    for m in range(k + 1, len(paragraphs)):
        start, end = paragraphs[m]
        if text[start] != mark:
            break
        j = _find_close(text, start, end)
        last, close = m, (j if j is not None else end)
        if j is not None:
            break
    return last, close


# Marks that open and close apart from any other use, so that a quotation
# in them may run over lines without opening each again (Japanese and
# Chinese web articles break a long statement into lines: `『…。⏎…。⏎…』と続けた`).
_RUNS_OVER_LINES = frozenset("「『")
# How many paragraphs such a quotation may run over.
_LINES_RUN_OVER = 6


def _closed_below(text: str, paragraphs: Sequence[Span], k: int, mark: str) -> tuple[int, int]:
    """(last paragraph, closing position) of a quotation opened by ``mark``
    in paragraph ``k`` and closed in one of the next few, none of which
    opens another with the same mark; (k, end of ``k``) when there is none."""
    closer = _CLOSERS[mark]
    for m in range(k + 1, min(k + 1 + _LINES_RUN_OVER, len(paragraphs))):
        start, end = paragraphs[m]
        close = text.find(closer, start, end)
        reopen = text.find(mark, start, end)
        if reopen >= 0 and (close < 0 or reopen < close):
            break
        if close >= 0:
            return m, close
    return k, paragraphs[k][1]


def _strip(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def is_title(content: str) -> bool:
    """Whether marked text is written as a title: ``Face the Nation``, ``Coal
    Isn't the Villain.``, ``Make Your Kid a Millionaire,``.

    Three to ten words with no punctuation inside, every word capitalised
    but the short function words, which stay in lower case.
    """
    body = content.strip().rstrip(".,;:!?…'\"’”")
    words = body.split()
    if not 3 <= len(words) <= 10 or _INNER_PUNCT.search(body):
        return False
    capitals = 0
    for word in words:
        if word.lower() in _TITLE_SMALL_WORDS and word is not words[0]:
            if not word.islower():
                return False
        elif word[0].isupper():
            capitals += 1
        elif word[0].isalpha():
            return False
    return capitals >= 2


def is_speech(content: str, attribution: Attribution | None, resumes: bool = False) -> bool:
    """Whether marked text is a quotation rather than a title, term or scare quote.

    ``resumes`` says the text resumes a quotation after its attribution
    sentence (``“Does anybody know?” Graham asked. “Neither do I.”``): then
    a sentence of any length is speech.
    """
    if is_title(content) or _STAGE_DIRECTION.match(content):
        return False
    if attribution is not None and attribution.cue:
        return True
    if resumes and content.lstrip("'\"‘“")[:1].isupper() and _SENTENCE_PUNCT.search(content):
        return True
    if _CJK.search(content):
        return len(content) >= 12 and bool(_SENTENCE_PUNCT.search(content))
    words = len(_WORD.findall(content))
    return words >= SPEECH_MIN_WORDS and bool(_SENTENCE_PUNCT.search(content))


# Between two parts of one quotation: the first part's closing mark, its
# attribution as a sentence of its own, and the second part's opening mark.
_RESUMES = re.compile(r"""['"’”»]*[ \t]+[^"“”\n]{1,120}?[.:][ \t]+['"“‘«]{0,2}$""")


def _resumes(text: str, previous: tuple[Quote, int], k: int, start: int) -> bool:
    """Whether the quotation at ``start`` goes on with the attributed one before it."""
    quote, paragraph = previous
    return (
        paragraph == k
        and quote.cue is not None
        and _RESUMES.match(text, quote.end, start) is not None
    )


# He, she, they in Korean, Chinese and Japanese (see ``_cjk_context``). A he
# or she before the quotation stands for the person named in its sentence or
# the one before (`박 대표는 … 설명했다. 그는 “…”`, `朴智勋坦言…。他说：“…”`).
# After a Chinese quotation (an article is often one paragraph) the last name
# found was more often someone else, as was the last speaker, which a
# quotation without a cue then inherits; there no speaker is better than a
# wrong one.
_CJK_PRONOUN = re.compile(r"^(?:그|그녀|그들|彼|彼女)$|他|她")
# Only one person can be meant: `그들` (they) is nobody in particular.
_HE_OR_SHE = frozenset({"그", "그녀", "他", "她", "彼", "彼女"})
# A Chinese he or she that opens what they did as they spoke
# (`他挑着大拇指说：`, `她笑着说：`): the pronoun is who spoke; not they
# (`他们`), nor someone of theirs (`他的同事`, ``described_by_pronoun``).
# Not 他们 (they), 他的 (his), 他人 (others), 他俩 (the two of them), 他乡
# (elsewhere).
_ZH_HE_OR_SHE_DOING = re.compile(r"[他她](?![们們的人俩倆乡鄉])")


def _cjk_context(
    text: str,
    speaker: str | None,
    attribution: Attribution,
    start: int,
    previous: tuple[Quote, int] | None,
    k: int,
    paragraphs: Sequence[Span],
    entities: Mentions,
    rules: LanguageRules,
) -> str | None:
    """The speaker of a Chinese, Japanese or Korean quotation whose cue names
    a pronoun or, in Japanese, nobody.

    A he or she before the quotation (``朴智勋坦言压力很大。他说：“…”``,
    ``그는 “…”``) is the person named in its sentence or the one before,
    else the previous speaker nearby; after a Chinese quotation it gives
    none (see ``_CJK_PRONOUN``), nor does a they. A Japanese cue with no
    topic (``…導入した。「…」と話した``) means the person the sentences
    before are about, if they name one (``rules.topic_before``)."""
    floor = paragraphs[k][0]
    if rules.speaker_before_colon and attribution.cue in (":", "：") and not attribution.name:
        named = _colon_subject(text, start, floor, previous, k, entities, rules)
        if named is not None:
            return named
    written = speaker or attribution.name  # Chinese speakers resolve a pronoun to None
    if written and _CJK_PRONOUN.search(written) and not described_by_pronoun(written):
        if written not in _HE_OR_SHE and not (
            rules.pronoun_opens_doing and _ZH_HE_OR_SHE_DOING.match(written)
        ):
            return None
        if rules.pronoun_after_names_nobody and attribution.position > start:
            # Unless the sentence the quotation closes was theirs already
            # (`他表示…，“…”他说。`, `王明认为，…，“…”她补充道。`).
            return _cue_before(text, start, floor, rules, entities)
        # The sentence before may close the paragraph before: Korean news
        # gives each sentence a paragraph of its own (`김 박사는 당부했다.⏎⏎그는 “…”`).
        above = paragraphs[max(0, k - 1)][0]
        named = _person_just_before(text, attribution.position, above, entities)
        if named:
            return named
        since = previous[0].end if previous is not None and previous[1] == k else floor
        described = [
            m.group(1)
            for m in _KO_SOMEONE.finditer(text, since, attribution.position)
            if m.group(1).split()[-1] in rules.person_nouns
        ]
        if described:
            return described[-1]  # `한 관계자는 우려를 나타냈다. 그는 “…”`
        return previous[0].speaker if previous is not None and previous[1] >= k - 3 else None
    if rules.topic_before is not None and (not attribution.name or speaker is None):
        # The topic carries over a paragraph break (`…X氏は言います。⏎⏎『…』と続けます`).
        # A subject the cue took that names nobody (`映画が公開すると、山中は
        # ライブで「…」と話した`: the first of the sentence's topics) leaves
        # the person set as a topic, too.
        above = paragraphs[max(0, k - 1)][0]
        return rules.topic_before(text, start, above, entities) or speaker
    if (
        rules.speaker_before_colon
        and speaker is None
        and attribution.name
        and attribution.position < start
    ):
        # A cue before the quotation whose speaker phrase is an adverb
        # (`谢雨欣曾在被问起时，低调表示“…”`): the person the sentence names.
        return _colon_subject(text, start, floor, previous, k, entities, None)
    return speaker


_SENTENCE_END = re.compile(r"[.!?。！？]")
_CLAUSE_END = re.compile(r"[，,；;]")


def _colon_subject(
    text: str,
    start: int,
    floor: int,
    previous: tuple[Quote, int] | None,
    k: int,
    entities: Mentions,
    rules: LanguageRules | None,
) -> str | None:
    """The person a sentence that ends in a colon before a quotation opens
    its nearest clause that names one with (``与别人不同，林晓雯显得很坦然：
    “…”``, ``外界风传王明被抓，林晓雯被问起时，低调表示“…”``): the subject
    comes first, whom it speaks of or to after (``王明对张华很不满：``). Naming nobody, the sentence may open with
    someone described (``一家公司的招聘人员环顾四周，对记者说：``): the
    longest start of it that the language reads as a speaker
    (``written_speaker``; not without ``rules``). None when there is neither."""
    if previous is not None and previous[1] == k:
        floor = max(floor, previous[0].end + 1)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, floor, start)]
    sentence = ends[-1] if ends else floor
    clauses = [m.end() for m in _CLAUSE_END.finditer(text, sentence, start)]
    hi = start
    for lo in [*reversed(clauses), sentence]:
        people = [m for m in entities.overlapping(lo, hi) if m.type == "PER" and m.start >= lo]
        if people:
            return entities.full_names[people[0].key]
        hi = lo
    if rules is None or rules.written_speaker is None:
        return None
    opening = text[sentence : clauses[0] - 1 if clauses else start]
    for end in range(min(len(opening), _DESCRIBED_LONGEST), 1, -1):
        described = rules.written_speaker(opening[:end], entities)
        if described == opening[:end]:
            return described
    return None


# A speaker described at a sentence's start is this long at most.
_DESCRIBED_LONGEST = 20


# A Korean topic that is someone described, not named: `한 관계자는`.
_KO_SOMEONE = re.compile(r"(?<![가-힣])((?:한|어느|다른) [가-힣]+(?: [가-힣]+)?)(?:은|는|이|가) ")


def _person_just_before(text: str, position: int, floor: int, entities) -> str | None:
    """The person named in the sentence of ``position`` or the one before it."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, floor, position)]
    start = ends[-2] if len(ends) >= 2 else floor
    return person_in(start, position, entities)


def _runs_on(text: str, spans, lang: str) -> list[bool]:
    """For each quotation, whether it runs on into the next: one statement
    over several quotations, joined as the language joins them
    (``rules.statements_run_on``): the first follows its speaker, the last
    is followed by the cue, and all of them are that speaker's."""
    joined = rules_for(lang).statements_run_on
    if joined is None:
        return [False] * len(spans)
    return [
        index + 1 < len(spans)
        and spans[index + 1][1] == k
        and joined.match(text, end, spans[index + 1][0][0]) is not None
        for index, ((_, end), k) in enumerate(spans)
    ]


def _statement(text: str, spans, index: int, paragraphs, lang: str, runs_on) -> Attribution | None:
    """The attribution of the statement a run-on quotation belongs to: the
    speaker before its first quotation, the cue after its last."""
    first = index
    while first > 0 and runs_on[first - 1]:
        first -= 1
    last = index
    while runs_on[last]:
        last += 1
    head = attribute(text, spans, first, paragraphs, lang)
    tail = attribute(text, spans, last, paragraphs, lang)
    if tail is None or tail.cue is None:
        return head if first == index else None
    if head is None or not head.name:
        return tail
    return Attribution(tail.cue, head.name, head.position)


# What two copies of one quotation may differ in: marks, spaces, punctuation.
_NOT_WORDS = re.compile(r"[\W_]+")
# A quotation shorter than this many words may be said twice by two people.
_REPEATED_WORDS = 5


def _said_before(words: str, earlier: Sequence[Quote]) -> str | None:
    """The speaker of an earlier quotation with the same words, if the
    article named one: news repeats a quotation (in the lead, then in the
    body) and credits the second copy with a ``katanya`` or ``he said``
    that the sentences between would give to somebody else."""
    if len(words.split()) < _REPEATED_WORDS:
        return None
    key = _NOT_WORDS.sub(" ", words).strip().casefold()
    for quote in reversed(earlier):
        if quote.speaker and _NOT_WORDS.sub(" ", quote.text).strip().casefold() == key:
            return quote.speaker
    return None


def find_quotes(
    text: str,
    paragraphs: Sequence[Span],
    lang: str,
    entities: Sequence[EntityMention] = (),
    *,
    nested: bool = True,
) -> list[Quote]:
    """Direct quotations in the body ``paragraphs`` of ``text``, with speakers.

    ``lang`` picks the attribution cues; ``entities`` (any order) let a speaker
    be named without its role. A pronoun or ``-nya`` speaker is resolved to
    the person the text last named as a speaker or a subject. Where the
    language quotes inside a quotation with marks of its own
    (``rules.nested_marks``), the quotations inside are found too, as in a
    paragraph of their own, unless ``nested`` is false.
    """
    entities = entities if isinstance(entities, Mentions) else Mentions(entities)
    # The keys a speaker may be listed under, and their words (`Budi` for
    # `Budi Santoso`): gathered once, not per quotation.
    keys = {m.key for m in entities} | {w for m in entities for w in m.key.split()}
    quotes: list[Quote] = []
    rules = rules_for(lang)
    spans = marked_spans(text, paragraphs, rules.marks_run_over)
    previous: tuple[Quote, int] | None = None
    genders = ArticleGenders(text, entities) if rules.english_speakers else None
    runs_on = _runs_on(text, spans, lang)
    for index, ((start, end), k) in enumerate(spans):
        if rules.listed_headline is not None and rules.listed_headline(text, start):
            continue  # another article's, whatever label or cue it has
        if runs_on[index] or (index and runs_on[index - 1]):
            attribution = _statement(text, spans, index, paragraphs, lang, runs_on)
        else:
            attribution = attribute(text, spans, index, paragraphs, lang)
        resumes = previous is not None and _resumes(text, previous, k, start)
        fragment = None
        if attribution is None and not is_speech(text[start:end], None, resumes):
            attribution = fragment = partial(text, spans, index, paragraphs, lang)
        elif attribution is None and not resumes:
            # Speech that goes on a sentence of report (`Ana Ruiz, 59, said
            # the day brought back "all the people who …"`): its verb's.
            attribution = partial(text, spans, index, paragraphs, lang)
        named = attribution is not None and attribution.name
        label = None if named else _label_above(text, start, entities, lang)
        # A transcript's turn is speech whatever its length (`山口 「本当？」`).
        turn_label = None
        if label is None and not named and rules.turns_labelled:
            turn_label = _label_before(text, start, end, entities, lang)
        if label is None and not named:
            # A headline's speaker leaves out a role (`森田選手「…」`).
            label = _headline_speaker(text, start, end, paragraphs[k], entities) or turn_label
        # Under its speaker's name a quotation is speech whatever its punctuation.
        labelled = label is not None and (
            end - start >= _LABELLED_SHORTEST or turn_label is not None
        )
        alone = attribution is None and _fills_paragraph(text, start, end, paragraphs[k])
        spoken = rules.speech_ending is not None and end - start >= _SPOKEN_SHORTEST
        spoken = spoken and rules.speech_ending.search(text, start, end) is not None
        if not (labelled or alone or spoken or is_speech(text[start:end], attribution, resumes)):
            continue
        if (
            not labelled
            and rules.term_in_marks is not None
            and rules.term_in_marks(text, start, end)
        ):
            if named:
                # No quotation, but its cue names who speaks in the sentence
                # (`刘某认为“一单通”更…`), whom a quotation after it follows on from.
                speaker = resolve(
                    text,
                    start,
                    attribution,
                    previous,
                    paragraphs,
                    k,
                    lang,
                    entities,
                    genders,
                    quotes,
                )
                said = Quote(text[start:end], start, end, speaker, None, attribution.cue)
                previous = (said, k)
            continue
        turn = TRANSCRIPT_TURN.match(text, start) if attribution is None else None
        if turn:
            speaker = turn.group(1).title()
        elif label:
            speaker = label
        elif alone:
            # Set apart, it is no follow-on of the last speaker's: its own
            # context names who said it, or nobody (`_alone_speaker`).
            speaker = None
        else:
            speaker = resolve(
                text, start, attribution, previous, paragraphs, k, lang, entities, genders, quotes
            )
        if rules.script is not None and attribution is None and not label:
            speaker = (
                _cue_before(text, start, paragraphs[k][0], rules, entities)
                or _topic_since(text, start, k, paragraphs, previous, entities, rules)
                or speaker
            )
            if speaker is None and rules.named_after is not None:
                speaker = rules.named_after(text, end, paragraphs[k][1], entities)
            if speaker is None and alone:
                speaker = _alone_speaker(
                    text, start, k, paragraphs, entities, rules
                ) or _still_speaking(text, start, k, paragraphs, previous, entities, rules)
        if rules.colon_speaker is not None and attribution is None and not label and not turn:
            speaker = rules.colon_speaker(text, start, paragraphs[k][0], entities) or speaker
        if rules.script is not None and attribution is not None and not label:
            speaker = _cjk_context(
                text, speaker, attribution, start, previous, k, paragraphs, entities, rules
            )
        if rules.marks_run_over and _goes_on(start, k, paragraphs, previous) and not named:
            speaker = previous[0].speaker
        if rules.turns_labelled and not named and not label:
            speaker = _turn_giver(text, start, entities) or speaker
        if not named and not turn and not label:
            speaker = _said_before(text[start:end], quotes) or speaker
        quote = Quote(
            text=text[start:end],
            start=start,
            end=end,
            speaker=speaker,
            speaker_key=_speaker_key(speaker, keys, lang),
            cue=attribution.cue if attribution else None,
        )
        if quote.end > paragraphs[k][1]:
            pieces = _per_paragraph(text, quote, paragraphs, k)
            quotes.extend(pieces)
            quote = pieces[-1]
        else:
            quotes.append(quote)
        if fragment is None:
            # A partial quotation inside a sentence of report is no turn
            # of speech that the next quotation may go on from.
            previous = (quote, k)
    if nested and rules.nested_marks:
        quotes = _with_nested(text, quotes, lang, entities, rules)
    return quotes


def _with_nested(
    text: str, quotes: list[Quote], lang: str, entities: Mentions, rules: LanguageRules
) -> list[Quote]:
    """``quotes`` with the quotations each one quotes in the language's
    nested marks (Japanese `「…母から『…』って言われた…」`): the words of
    someone the speaker reports, found as in a paragraph of their own."""
    out: list[Quote] = []
    for quote in quotes:
        out.append(quote)
        if any(mark in quote.text for mark in rules.nested_marks):
            inner = find_quotes(text, [(quote.start, quote.end)], lang, entities, nested=False)
            out.extend(
                _reported(text, quote, q, entities, inner, rules) if q.speaker is None else q
                for q in inner
                if q.start > quote.start or q.end < quote.end
            )
    return out


_CLAUSE_OPENS = re.compile(r"[。！？、」』]")
# How far before a quotation the person it reports may be named.
_REPORTED_BACK = 300


def _reported(
    text: str,
    quote: Quote,
    inner: Quote,
    entities: Mentions,
    said: Sequence[Quote],
    rules: LanguageRules,
) -> Quote:
    """A quotation inside ``quote`` that names nobody, given to the person
    the speaker tells of (``ミドリさんは、タツオクンについて「…『俺は…』と
    豪語してました」``): one reports the words of someone else, whose
    story it is, and the clause reporting them need not name them again.
    The speaker's own words (``私が『へえ』と答えたら``) are the speaker's.
    Where the clause names its own subject or agent (``母は『…』と言った``,
    ``社長に『…』と言われた``), it is that person if a name, else no one
    named: not the last person named before, who is not who spoke. Only
    then the last person named in the quotation or the sentence or two
    before it who is not the speaker. A name inside the quotations it
    reports (``『北山』と答えたら``) is what was said."""
    clause = max(
        [quote.start, *(m.end() for m in _CLAUSE_OPENS.finditer(text, quote.start, inner.start))]
    )
    if rules.nested_self is not None and rules.nested_self.search(text, clause, inner.start):
        return replace(inner, speaker=quote.speaker, speaker_key=quote.speaker_key)
    subject = None
    if rules.nested_subject is not None:
        subject = rules.nested_subject.search(text, clause, inner.start)
    if subject is not None:
        for m in entities.overlapping(*subject.span(1)):
            if m.type == "PER" and m.key != quote.speaker_key:
                return replace(inner, speaker=entities.full_names[m.key], speaker_key=m.key)
        return inner
    back = max(0, quote.start - _REPORTED_BACK)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, back, quote.start)]
    floor = ends[-2] if len(ends) >= 2 else back
    for m in reversed(entities.overlapping(floor, inner.start)):
        if (
            m.type != "PER"
            or m.start < floor
            or m.end > inner.start
            or any(q.start <= m.start and m.end <= q.end for q in said)
        ):
            continue
        if m.key != quote.speaker_key and entities.full_names[m.key] != quote.speaker:
            return replace(inner, speaker=entities.full_names[m.key], speaker_key=m.key)
    return inner


def _topic_since(
    text: str,
    start: int,
    k: int,
    paragraphs: Sequence[Span],
    previous: tuple[Quote, int] | None,
    entities: Mentions,
    rules: LanguageRules,
) -> str | None:
    """The person set as the topic between the last quotation and this one,
    which has no cue (``rules.speaker_stays_topic``): ``…と話すナオさん。⏎
    また、エリさんは、バーで誘われた。「…」`` is Eri's, not the last
    speaker's, since the story turned to her after Maki's words."""
    if not rules.speaker_stays_topic or rules.topic_before is None:
        return None
    floor = paragraphs[max(0, k - 1)][0]
    if previous is not None:
        floor = max(floor, previous[0].end)
    return rules.topic_before(text, start, floor, entities) if floor < start else None


# How many paragraphs back the last speaker may still be speaking.
_STILL_SPEAKING = 3


def _still_speaking(
    text: str,
    start: int,
    k: int,
    paragraphs: Sequence[Span],
    previous: tuple[Quote, int] | None,
    entities: Mentions,
    rules: LanguageRules,
) -> str | None:
    """The last speaker, for a quotation set apart that no context gives to
    anyone (``rules.speaker_stays_topic``): an interview goes on paragraph
    after paragraph of its subject's words, with the writer's question or
    gloss between (``一体どんな仕事をしている人なのだろうか？⏎「…」``), but
    another person named since the last quotation (its own attribution
    aside) may be the one now speaking, and then nobody is better than a
    guess."""
    if not rules.speaker_stays_topic or previous is None or previous[1] < k - _STILL_SPEAKING:
        return None
    above = text[paragraphs[k - 1][0] : paragraphs[k - 1][1]].rstrip() if k else ""
    if above and not _SENTENCE_END.search(above[-1]) and not above.endswith(("」", "』")):
        return None  # under a heading (`記者会見の要旨`): a new part, a new speaker
    speaker = previous[0].speaker
    since = previous[0].end
    for m in entities.overlapping(since, start):
        if m.type == "PER" and m.start >= since and entities.full_names[m.key] != speaker:
            return None
    if rules.topic_changed is not None and rules.topic_changed(text, since, start, entities):
        return None
    return speaker


def _goes_on(start: int, k: int, paragraphs: Sequence[Span], previous) -> bool:
    """Whether a quotation is a paragraph of a statement opened above
    (``“…⏎…⏎…”``, ``rules.marks_run_over``): it opens its paragraph with no
    mark, right after the last quotation's; the same person goes on."""
    return start == paragraphs[k][0] and previous is not None and previous[1] == k - 1


# Marked text this long at least is speech when it ends as speech does
# (``rules.speech_ending``): `「嘘だよ」` is a quotation, `「だよ」` a word.
_SPOKEN_SHORTEST = 8


_BRACKETS_ONLY = re.compile(r"\([^()]*\)\W*")


def _per_paragraph(text: str, quote: Quote, paragraphs: Sequence[Span], k: int) -> list[Quote]:
    """A quotation that runs on over paragraphs, each opening with its mark
    again (``"A.⏎⏎"B," she said``, as newspapers write a long statement),
    as one quotation per paragraph, each with the speaker of the whole: one
    statement, but a reader quotes (and the gold counts) a paragraph. In a
    transcript each turn is its label's (`"HOLLIS: …⏎"MARVIN: …`), and a
    paragraph without one goes on with the last turn's speaker. It is a
    transcript when the first paragraph opens with a label or several do:
    a single note in capitals inside one person's statement
    (`"UPDATE: the date is not set," Ana Ruiz said`) is still hers."""
    if quote.end <= paragraphs[k][1]:
        return [quote]
    spans = []
    start = quote.start
    for m in range(k, len(paragraphs)):
        p_start, p_end = paragraphs[m]
        if m > k:
            if text[p_start] not in _CLOSERS:
                return [quote]
            start = p_start + 1
        s, e = _strip(text, start, min(p_end, quote.end))
        # A stage direction in a transcript (`"(CROSSTALK.)`) is nobody's words.
        if e > s and not _BRACKETS_ONLY.fullmatch(text, s, e):
            spans.append((s, e, TRANSCRIPT_TURN.match(text, s)))
        if quote.end <= p_end:
            break
    labelled = sum(turn is not None for _, _, turn in spans)
    transcript = labelled > 1 or (spans and spans[0][2] is not None)
    pieces = []
    speaker = quote.speaker
    for s, e, turn in spans:
        if turn and transcript:
            speaker = turn.group(1).title()
        pieces.append(replace(quote, text=text[s:e], start=s, end=e, speaker=speaker))
    return pieces or [quote]


# A group or a role in brackets, perhaps with brackets of its own
# (`（ABCガールズ（仮））`).
_BRACKETED = re.compile(r"[（(](?:[^（）()]|[（(][^（）()]*[）)])*[）)]")
# What a line of names may hold besides them: separators and a group or
# a role in brackets (`安斉奈緒美、森詩織（ぱすぽ☆）`).
_LABEL_REST = re.compile(rf"{_BRACKETED.pattern}|[\s、,，・/:：]")
# A label is a line this short; one without a name found, this short and
# without a space, a mark or a sentence's punctuation.
_LABEL_LONGEST = 40
_LABEL_WORD = 10
# ...and what stands under one is speech from this many characters on.
_LABELLED_SHORTEST = 12
_KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30fa]")
_LABEL_NOT_WORD = re.compile(r"[\s。、．，,.!?！？：:「」『』“”\"()（）]")


def _label_above(text: str, start: int, entities: Mentions, lang: str) -> str | None:
    """The speaker of a quotation that opens its line under a line of
    names alone (``吉川友⏎「…」``, ``Dewi Lestari⏎"…"``): comments gathered
    in a press release or an interview, each under its speaker's name; the
    first name when a line lists several."""
    line = text.rfind("\n", 0, start)
    if line < 0 or text[line + 1 : start - 1].strip():
        return None
    above_end = line
    while above_end > 0 and text[above_end - 1] == "\n":
        above_end -= 1
    above = text.rfind("\n", 0, above_end) + 1
    if not 0 < above_end - above <= _LABEL_LONGEST:
        return None
    people = [m for m in entities.overlapping(above, above_end) if m.type == "PER"]
    if people and people[0].start >= above and people[-1].end <= above_end:
        rest = (
            text[above : people[0].start]
            + "".join(text[a.end : b.start] for a, b in pairwise(people))
            + text[people[-1].end : above_end]
        )
        if not _LABEL_REST.sub("", rest):
            return entities.full_names[people[0].key]
    # A name the extraction did not find, or found in part (`秋山ゆり` of
    # `秋山ゆりか`), in a script without spaces: a short line of one word,
    # its group in brackets aside (`にわみきほ（ABCクラブ）`), is still a
    # label when it is written as a name (`山崎花子`), not a heading
    # (`記者会見の要旨`, `专家观点`).
    word = _BRACKETED.sub("", text[above:above_end]).strip()
    short = len(word) <= _LABEL_WORD and _CJK.search(word) and not _LABEL_NOT_WORD.search(word)
    # A name in kana (`早見あかり`) is no family name of the lists, but a
    # heading is a phrase (`記者会見の要旨`).
    kana_name = _KANA.search(word) is not None and "の" not in word
    return word if short and (is_name(word, lang) or kana_name) else None


# A turn of a transcript in a script without spaces: the speaker's name opens
# the line, the quotation follows (`高田 「…」`, `田村：「…」`, `李明：“…”`).
_TURN_LABEL = re.compile(r"[ \u3000]*(\w[\w・]{0,7}?)[ \u3000]*[：:]?[ \u3000]*")


def _label_before(text: str, start: int, end: int, entities: Mentions, lang: str) -> str | None:
    """The speaker of a quotation that fills its line after a name alone
    before its mark: the person whose name the label is or opens, the only
    one (`東` for `東貴博`: a transcript gives a surname), else the label when
    it is written as a name or opens another turn (`山口` is a town's name
    too). A mark that closes before the line goes on sets off a title in
    the answer (`鼠先輩：『大脱走』とか…`), no turn."""
    line = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    match = _TURN_LABEL.fullmatch(text, line, start - 1)
    if (
        match is None
        or not _CJK.search(word := match.group(1))
        or text[end + 1 : line_end if line_end >= 0 else len(text)].strip(" \u3000。")
    ):
        return None
    opened = {full for full in entities.full_names.values() if full.startswith(word)}
    if len(opened) == 1:
        return opened.pop()
    if opened:
        return None
    return word if is_name(word, lang) or _turn_labels(text)[word] >= 2 else None


# The label that opens a turn of an interview, with an honorific or what the
# transcript calls the person from then on (`林正樹（以下、林）：`, `林：`).
_TURN_GIVER = re.compile(
    r"[ \u3000]*(?P<label>[^\s：:「」『』（）()、。]{1,12}?)(?:さん|氏|先生)?"
    r"(?:[（(][^（）()\n]{0,12}[）)])?[：:]"
)


def _turn_giver(text: str, start: int, entities: Mentions) -> str | None:
    """The person whose turn of an interview a quotation is inside
    (``林：…「あれ？」と思いましたね。``): what someone answers is their
    own words, and a thought or a remark they quote with no one named is
    theirs too. Only a label that is a person found, or opens the one full
    name of one (``林`` of ``林正樹``), counts; a field's label (``価格：``)
    names nobody."""
    line = text.rfind("\n", 0, start) + 1
    match = _TURN_GIVER.match(text, line, start)
    if match is None:
        return None
    s, e = match.span("label")
    people = [m for m in entities.overlapping(s, e) if m.type == "PER"]
    if people and people[0].start == s:
        return entities.full_names[people[0].key]
    opened = {full for full in entities.full_names.values() if full.startswith(text[s:e])}
    return opened.pop() if len(opened) == 1 else None


# A line opened by a label and a quotation mark: a turn of a transcript.
_TURN = re.compile(r"(?m)^[ \u3000]*(\w[\w・]{0,7}?)[ \u3000]*[：:]?[ \u3000]*[「『“]")


@lru_cache(maxsize=2)
def _turn_labels(text: str) -> Counter[str]:
    """How many lines of ``text`` each label opens as a turn, counted once
    per article: counting them per quotation made a long transcript
    quadratic (25 s for 200 KB)."""
    return Counter(_TURN.findall(text))


# Around a quotation that is its paragraph: the marks and an indent
# (`\u3000「…」`).
_ALONE_EDGE = re.compile(r"[\s\u3000「『“\"]*")
_ALONE_END = re.compile(r"[\s\u3000」』”\"。]*")


def _fills_paragraph(text: str, start: int, end: int, paragraph: Span) -> bool:
    """Whether a quotation in Chinese, Japanese or Korean is a paragraph of
    its own (``⏎　「…ですよ」⏎``): interviews set a statement apart so, and
    its punctuation says nothing (Japanese leaves the full stop out before
    the closing mark); a term is never a paragraph alone."""
    line_start, line_end = paragraph
    return (
        end - start >= _LABELLED_SHORTEST
        and _CJK.search(text, start, end) is not None
        and _ALONE_EDGE.fullmatch(text, line_start, start) is not None
        and _ALONE_END.fullmatch(text, end, line_end) is not None
    )


# How far into the next paragraph its opening names the speaker.
_OPENING_NAMES = 40


def _alone_speaker(
    text: str,
    start: int,
    k: int,
    paragraphs: Sequence[Span],
    entities: Mentions,
    rules: LanguageRules,
) -> str | None:
    """The speaker of a quotation that is a paragraph of its own: in Japanese
    the person the sentences before are about (``rules.topic_before``), if
    any; else the person the next paragraph opens on (``"…"⏎⏎피터 리 부사장은
    2일…``, a lede)."""
    # Japanese leaves out a subject the story already has: a quotation set
    # apart after `美加子さんは「…」という。` is still hers, though the next
    # paragraph opens on someone else (`知恵さんも同意見だ。`).
    topic = None
    if rules.topic_before is not None:
        topic = rules.topic_before(text, start, paragraphs[max(0, k - 1)][0], entities)
    if topic is not None:
        return topic
    if k + 1 < len(paragraphs):
        after, stop = paragraphs[k + 1]
        sentence = _SENTENCE_END.search(text, after, stop)
        limit = min(sentence.start() if sentence else stop, after + _OPENING_NAMES)
        people = [
            m for m in entities.overlapping(after, limit) if m.type == "PER" and m.start >= after
        ]
        if people:
            return entities.full_names[people[0].key]
    return None


# A headline's speaker: a few words, no sentence's punctuation, before the
# quotation that ends the line (`임지선 박사 "…"`, `鼠先輩「…」`, `Lindqvist: "…"`).
_HEADLINE_SPEAKER = re.compile(r"[^.!?,;。！？，、\"“”「」『』'‘’]{1,20}?[ \t]*[:：]?[ \t]*")
_HEADLINE_REST = re.compile(r"[\"'”’」』»]*[.。!！?？]?\s*")


def _headline_speaker(
    text: str, start: int, end: int, paragraph: Span, entities: Mentions
) -> str | None:
    """The person a line written as a headline names before the quotation
    that closes it (``오세린 박사 "…"``, ``森田選手「…」``): a subtitle or a
    line under the title, where news puts who said it and what, with no
    verb. Only a person found there counts: ``전문가 70% "…"`` names nobody."""
    line_start, line_end = paragraph
    if start - 1 <= line_start or not _HEADLINE_REST.fullmatch(text, end, line_end):
        return None
    if not _HEADLINE_SPEAKER.fullmatch(text, line_start, start - 1):
        return None
    people = [m for m in entities.overlapping(line_start, start - 1) if m.type == "PER"]
    return entities.full_names[people[-1].key] if people else None


# A headline's quotation is this long at least (`「新型」` is a term).
_HEADLINE_QUOTE_SHORTEST = 8
# The words right before a headline's quotation, after any separator.
_HEADLINE_NAME = re.compile(r"[^\s、，,：:】」』\"“”'‘’…]{2,12}$")


def headline_quotes(
    text: str, title: Span, paragraphs: Sequence[Span], lang: str, entities: Sequence[EntityMention]
) -> list[Quote]:
    """The quotations of a title line (``真央「3回飛ぶって決めてました」``,
    ``우주인 3명 "155일 만에 지구 돌아왔다"``): a headline quotes with no cue
    and no sentence's punctuation, so marked text counts when it is long
    enough and closes the line. Its speaker is who the words right before it
    name: a person of the article by the same or a longer name (``真央`` for
    ``浅田真央``), or words written as a name (``鼠先輩``); a title that is
    all quotation is the person the lede names first. None else (``3명``)."""
    mentions = Mentions(entities)
    people = mentions.full_names.values()
    rules = rules_for(lang)
    written_name = rules.written_name
    out = []
    for (start, end), _ in marked_spans(text, [title]):
        closes = _HEADLINE_REST.fullmatch(text, end, title[1]) is not None or (
            rules.headline_cue is not None
            and rules.headline_cue.fullmatch(text, end, title[1]) is not None
        )
        if end - start < _HEADLINE_QUOTE_SHORTEST or not closes:
            continue
        if rules.term_in_marks is not None and rules.term_in_marks(text, start, end):
            continue  # a product or a work the headline names (`「海辺日記 for Android」`)
        before = _HEADLINE_NAME.search(text, title[0], start - 1)
        named = before.group(0) if before else None
        if named:
            speaker = next((p for p in people if named in p), None)
            if speaker is None and written_name is not None and written_name(named):
                speaker = named
        elif not text[title[0] : start - 1].strip() and paragraphs:
            speaker = person_in(*paragraphs[0], mentions)
        else:
            speaker = None
        if speaker is None and text[title[0] : start - 1].strip():
            speaker = _headline_subject(text, title[0], start - 1, mentions, lang)
        if speaker is None:
            speaker = _headline_opens_on(text, title[0], start, mentions)
        out.append(Quote(text[start:end], start, end, speaker, _speaker_key(speaker, set(), lang)))
    return out


# The words before a headline's quotation, after any separator (`…`, `,`).
_HEADLINE_PHRASE = re.compile(r"[^…,，:：\"'“”‘’「」『』\[\]【】|]{2,30}$")
# A count after what it counts (`연구진 5명`, `전문가 70%`); 명 counts people.
_COUNT = re.compile(r"[0-9０-９]+(?:\.[0-9]+)?(?:명|%|％)")


# What follows a Japanese headline's subject: a comma or a topic particle.
_SUBJECT_END = re.compile(r"、|は|が")


def _headline_opens_on(text: str, start: int, end: int, mentions: Mentions) -> str | None:
    """The person of the article a headline opens on as its subject, before
    a comma or a topic particle (``晴彦、映画の宣伝役に就任し「…」``,
    ``山田監督は「…」``), who says its quotation: the longest such name."""
    line = text[start:end]
    for name in sorted(mentions.people, key=len, reverse=True):
        if line.startswith(name) and _SUBJECT_END.match(line, len(name)):
            return mentions.full_names[mentions.people[name]]
    return None


def _headline_subject(text: str, start: int, end: int, mentions: Mentions, lang: str) -> str | None:
    """Who a headline's words before its quotation name when no person:
    an organisation of the article's as their last word (`한빛전자 "…"`: a
    company speaks as a body), or people described or counted (`연구진 5명 "…"`, `물리학 전문가
    60% "…"`), as written. None for a thing (`새 로봇 "…"`)."""
    match = _HEADLINE_PHRASE.search(text, start, end)
    if match is None or not (phrase := match.group().strip()):
        return None
    words = phrase.split()
    # The title is no paragraph: its names are those the body gives.
    if words[-1] in {m.text for m in mentions if m.type == "ORG"}:
        return words[-1]
    counted = _COUNT.fullmatch(words[-1]) is not None
    head = words[-2] if counted and len(words) > 1 else words[-1]
    people = counted and words[-1].endswith("명")
    if people or any(head.endswith(noun) for noun in rules_for(lang).person_nouns):
        return phrase
    return None


# Where a clause ends before a quotation with no cue of its own.
_CLAUSE_MARKS = "，,：:"
# How many clauses back a cue may lead in.
_CLAUSES_BACK = 4


def _cue_before(
    text: str, start: int, floor: int, rules: LanguageRules, entities: Mentions
) -> str | None:
    """The person a cue names in the clauses just before a Chinese, Japanese
    or Korean quotation that has no cue of its own: the quotation goes on
    with what they said (``院长余卓平指出，从目前的形势来看，…。“这也是…”``).
    Where the language reads speakers from the phrase (``written_speaker``),
    a cue naming no person still names a he or she or someone described
    (``销售人员表示，…，“…”``), and a cue that opens the sentence counts
    too (``opening_cue``)."""
    ends = _last_marks(text, _CLAUSE_MARKS, floor, start, _CLAUSES_BACK)
    described = None
    for end in reversed(ends):
        lo = floor if rules.head_longest is None else max(floor, end - rules.head_longest)
        for pattern in rules.head:
            if "who" not in pattern.groupindex:
                continue
            found = pattern.search(text, lo, end)
            if found is not None:
                person = person_in(found.start("who"), found.end("who"), entities)
                if person:
                    return person
                if described is None and rules.written_speaker is not None:
                    described = _written_before(text, found, floor, rules, entities)
    if described is None and rules.opening_cue is not None:
        opening = _opening_cue(text, start, floor, rules)
        if opening is not None:
            person = person_in(opening.start("who"), opening.end("who"), entities)
            described = person or _written_before(text, opening, floor, rules, entities)
    return described


def _written_before(
    text: str, found: re.Match, floor: int, rules: LanguageRules, entities: Mentions
) -> str | None:
    """The speaker a cue before a quotation names where no person was found
    in it (Chinese): a he or she is the person named in their sentence or
    the one before (``周明认为…。他表示，…，“…”``), and a phrase is the
    person written in it or described (``该网站工作人员表示，…，“…”``)."""
    who = _AFTER_STOP.split(found.group("who"))[-1]
    if who in _HE_OR_SHE:
        return _person_just_before(text, found.start("who"), floor, entities)
    return rules.written_speaker(who, entities)


# The marks that end a sentence, whatever follows (Chinese sets no space after them).
_FULL_STOPS = "。！？!?"


def _last_marks(text: str, marks: str, floor: int, start: int, n: int) -> list[int]:
    """Where the last ``n`` of ``marks`` before ``start`` (none before
    ``floor``) end, in order, found from ``start`` back: read from the
    paragraph's start, a paragraph of thousands of short quotations was read
    again for each."""
    ends: list[int] = []
    while len(ends) < n:
        at = max(text.rfind(mark, floor, start) for mark in marks)
        if at < 0:
            break
        ends.append(at + 1)
        start = at
    return ends[::-1]


# A cue's phrase may reach back over a question or an exclamation
# (`卫生部不是通知了吗？销售人员表示，`): who is after it.
_AFTER_STOP = re.compile(r"[？！?!；;]")
_OPENING_MARK = re.compile(r"[“「『\"]")


def _opening_cue(text: str, start: int, floor: int, rules: LanguageRules) -> re.Match | None:
    """A cue that opens the sentence a quotation closes, its report running
    on in clauses up to the marks (``他表示还没有看到通知，所以…，“…”``)."""
    opens = (_last_marks(text, _FULL_STOPS, floor, start, 1) or [floor])[0]
    if _OPENING_MARK.search(text, opens, start - 1):
        return None
    return rules.opening_cue.match(text, opens, start)


def _speaker_key(speaker: str | None, keys: set[str], lang: str) -> str | None:
    """The entity key a speaker is listed under: one the article mentions
    (or a word of one: ``Budi`` for ``Budi Santoso``), or the speaker's own
    when written as a name. A speaker described, not named (``a spokesman``,
    ``业内人士``), is no entity: the quote keeps the words. A word of the
    language in capitals (English ``However``, ``Customs``) keeps its key:
    the article's names may still be it, and whether it makes an entity of
    its own is the linker's to say (``QuoteRecord.nameless``)."""
    if not speaker:
        return None
    key = entity_key(speaker)
    return key if key in keys or is_name(speaker, lang) else None
