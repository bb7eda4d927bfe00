"""One home per language: what the extraction knows of each, in one place.

Like spaCy's ``spacy/lang/xx/``: ``lang/<code>/`` holds that language's word
lists (one file per kind: ``roles.txt``, ``stop_names.txt``, ``common.txt``…),
its quotation cues (``cues.py``) and, in ``__init__.py``, its
``LanguageRules`` (``RULES``, or ``rules()`` where they name stages that
import the home's words): the flags and functions the stages ask for instead of
testing the language's code. ``lang/xx/`` holds the words that are the same
in every language's news (``CEO``; the particles of names, ``van``, ``bin``).

``rules_for(lang)`` maps a BCP-47-ish code (``id``, ``en-GB``, ``zh-cn``,
``und``) to its rules; Malay-family languages share Indonesian's, and a
language without a home gets ``default_rules()``: English cues, and every home's
words, as none can be ruled out.

The tagger model and the gazetteers (places, given names, word statistics)
are shared by all languages and stay in ``reader/extract/data/``.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

HOME = Path(__file__).parent

# The homes with a ``LanguageRules`` of their own, and the codes that share one.
_HOMES = ("id", "en", "de", "fr", "es", "pt", "it", "ja", "ko", "zh")
_SHARES = {"ms": "id", "jv": "id", "su": "id"}
# Every home with word lists, ``xx`` (words of all languages) included.
WORD_HOMES = ("id", "en", "de", "fr", "es", "pt", "it", "nl", "ko", "ja", "zh", "xx")

# Kinds of word list that every language still reads from all homes, as the
# stages did before the lists were split (a function word or a stop name of
# any Latin-script language opens no name: ``Les`` after a quotation mark in
# English news; an Indonesian place head or an English org tail types a name
# in any article). Each kind leaves this set once it is measured (figures
# and outputs on the corpora) to keep the figures when read per language,
# as roles did: a German role is no role in an Indonesian article.
SHARED_KINDS = frozenset(
    {
        "function_words",
        "stop_names",
        "openers",
        "joiners",
        "demonyms",
        "loc_heads",
        "place_heads",
        "org_heads",
        "org_firsts",
        "org_tails",
        "org_descriptors",
        "person_nouns",
    }
)


@cache
def home_words(code: str, kind: str) -> frozenset[str]:
    """The lowercase words of ``lang/<code>/<kind>.txt``; empty when absent."""
    path = HOME / code / f"{kind}.txt"
    if not path.exists():
        return frozenset()
    lines = path.read_text(encoding="utf-8").split("\n")
    return frozenset(w for w in lines if w and not w.startswith("#"))


@cache
def all_homes(kind: str) -> frozenset[str]:
    """The words of ``kind`` in every home."""
    return frozenset().union(*(home_words(code, kind) for code in WORD_HOMES))


@dataclass(frozen=True, eq=False)
class LanguageRules:
    """What the stages need to know of one language.

    Word lists are read on first use (``words``, and the properties named
    for the kinds the stages use most). ``analyser`` is where a language's
    morphological analyser will hang (Japanese, Korean, Chinese): loaded
    lazily by the language's home, asked by the stages like the rest.
    """

    code: str
    # Quotation cues: ``tail`` patterns read the text after a closing mark,
    # ``head`` patterns the end of the text before an opening one (see cues.py).
    tail: tuple[re.Pattern, ...] = ()
    head: tuple[re.Pattern, ...] = ()
    # How many characters before an opening mark a head cue may begin
    # (speaker and verb), when its patterns need no more; None: the sentence.
    head_reach: int | None = None
    # The most characters a head cue with a speaker can span (``who``, what
    # stands between and the verb): one that ends at a clause's end begins
    # no further back than this; None: unbounded.
    head_longest: int | None = None
    # The homes whose word lists are this language's own (besides ``xx``).
    homes: tuple[str, ...] = ()
    # Whose list of words written in lowercase mid-sentence (``common.txt``).
    common_home: str = "en"
    # Homes whose common words this language's news also writes (Indonesian
    # news opens sentences with English words): only opening, never names.
    loan_homes: tuple[str, ...] = ()
    # Whether every capitalised word may be a name (tagger.tag_spans): not
    # in Indonesian, on whose gold the tagger was trained and is trusted.
    every_name: bool = True
    # A name written alone that opens a longer name the article gave is that
    # person's short form (Japanese writes a surname alone in the shape of a
    # full name: ``浅田`` for ``浅田真央``); in Korean and Chinese ``王明`` and
    # ``王明华`` are two people.
    name_opens_full_name: bool = False
    # A person found once is found again wherever the article repeats the
    # name alone (``cjk_names.people_again``): Japanese writes the bare name
    # after the first mention, as the topic of what the person says.
    people_repeated: bool = False
    # The people an article names in the shapes the people found stand in
    # (Chinese: one part of a dotted name given in full, `勒梅尔` of
    # `皮埃尔·勒梅尔`; a name in a list of people): from (text, paragraphs,
    # mentions), the mentions with those added.
    more_people: Callable[[str, Sequence[tuple[int, int]], object], list] | None = None
    # The mentions without those the language's grammar reads as no names
    # where they stand (Chinese: a place written only as the first part of
    # a longer name, `广西重汽`; a word used as a predicate, `很冷清`):
    # from (text, paragraphs, mentions).
    without_words: Callable[[str, Sequence[tuple[int, int]], object], list] | None = None
    # Two names joined by a hyphen are two (Indonesian news writes a ticket
    # or a pairing so: ``Prabowo-Gibran``, a route ``Jakarta-Bandung``),
    # where in English ``Zeta-Jones`` is one person's name.
    hyphen_joins_pairs: bool = False
    # German capitalises every noun: trim common nouns, keep multiword names.
    capitalises_nouns: bool = False
    # A product's kind written before it takes its maker's name too
    # (Indonesian `mobil Toyota`): only a make and a model is a product there.
    product_kind_takes_make: bool = False
    # English news writes a company by one word (``Yukos said``).
    companies_alone: bool = False
    # Nouns take an ``s`` in the plural (English): a capitalised word that
    # opens a sentence and is a common word and ``s`` (``Pupils``) is no name.
    plurals_in_s: bool = False
    # English: ``he``/``she`` passes over people of the other gender, and a
    # lowercase description before a name (`investment bank Merrill Lynch said`)
    # is not the speaker; a cue may mean the organisation just named (`it said`).
    english_speakers: bool = False
    # The speaker of a quotation with no cue after a sentence that ends in a
    # colon, its subject (English `Her opponent, Ann Roe, disagreed: "…"`),
    # from (text, quotation start, paragraph start, mentions).
    colon_speaker: Callable[[str, int, int, object], str | None] | None = None
    # What follows a person's name in a written speaker to say where they
    # work or come from (English `Ms. Okafor of the Traders Guild`): that
    # body or place is not who spoke.
    where_after_name: re.Pattern | None = None
    # A verb that reports speech earlier in the sentence, before words in
    # marks written inside it (English `Prosecutors said he was "a thief in
    # a suit"`, `called the ruling "absurd"`): those words are quoted, a
    # partial quotation; the ``cue`` group is the verb.
    reported: re.Pattern | None = None
    # Indonesian ``katanya``: the cue's ``-nya`` is the speaker.
    nya_cue: bool = False
    # Whether a lowercase word after the name a cue gives ends the speaker's
    # clause, a verb whose object is no speaker (Indonesian `kata Zakaria
    # mendampingi Sahara`, where roles are capitalised): not where lowercase
    # roles stand before a name (English `said chief executive Ann Roe`).
    lowercase_ends_speaker: bool = False
    # Whether a role, the organisation it is held at and one name with no
    # comma between is the organisation, then a holder named by one name
    # (Indonesian `Sekjen Partai Lintang Sarmono`, then `kata Sarmono`): not
    # where a role before two names is a given name and a surname that may
    # spell a place (English `Senator Georgia Smith`).
    single_name_holders: bool = False
    # A role and where it is held after ``Menurut``, then its holder between
    # commas (Indonesian `Menurut Kepala Dinas Lintang, Ahmad Fauzi,`): group
    # 1 is the role and its place; the holder spoke.
    according_role: re.Pattern | None = None
    # A passive verb of saying and its agent after it (Indonesian `Hal itu
    # disampaikan oleh Kapolres Lintang AKBP Budi`): group 1 is who said it.
    said_by: re.Pattern | None = None
    # Korean, Japanese or Chinese: the script whose name, organisation and
    # place rules apply (cjk_names, korean_orgs, cjk_places), and which
    # speaker rules (``quotes._cjk_context``).
    script: str | None = None
    # A Chinese cue after a quotation that ends in a full stop, going on to
    # report (`他说：“…。”不过他也表示，…`), leaves the speaker to a cue before it.
    cue_after_stop_reports: bool = False
    # A cue that opens the sentence a quotation with no cue of its own
    # closes, its ``who`` the speaker, its report running on in clauses
    # before the marks (Chinese `他表示还没有看到通知，所以…，“…”`).
    opening_cue: re.Pattern | None = None
    # The speaker of a quotation with no cue, named in the sentence after
    # it (Chinese), from (text, quotation end, paragraph end, mentions).
    named_after: Callable[[str, int, int, object], str | None] | None = None
    # A sentence that ends in a colon before a quotation with no speech
    # verb is its subject's (Chinese `林晓雯显得很坦然：“…”`), as is one whose
    # cue's speaker phrase names nobody (`林晓雯被问起时，低调表示“…”`).
    speaker_before_colon: bool = False
    # A he or she written after the quotation names nobody (Chinese).
    pronoun_after_names_nobody: bool = False
    # A he or she before what they did as they spoke is who spoke (Chinese
    # `他竖着大拇指说：`; Japanese `他の` is "other").
    pronoun_opens_doing: bool = False
    # Who a cue with no topic (`…導入した。「…」と話した`) means: the person
    # the sentences before are about (Japanese), from (text, quotation
    # start, paragraph start, mentions).
    topic_before: Callable[[str, int, int, object], str | None] | None = None
    # Who speaks stays the topic until another is set (Japanese): a person
    # set as the topic after the last quotation speaks one with no cue
    # (``quotes._topic_since``), and a quotation set apart with nobody named
    # since the last one is still its speaker's (``quotes._still_speaking``).
    speaker_stays_topic: bool = False
    # Whether the text from the last quotation's end to this one's start
    # turns to another topic than its speaker, though it names no person
    # (Korean `반면 기획재정부는 …`), from (text, start, end, mentions): then
    # a quotation set apart is nobody's (``quotes._still_speaking``).
    topic_changed: Callable[[str, int, int, object], bool] | None = None
    # Whether a speaker the sentence after a quotation names yields (Korean):
    # to one named before it in its own sentence (`이수진 씨는 “….” 박
    # 장관은 말했다.`), and to the quotation after that sentence, if one
    # follows (`.” 박 장관은 말했다.⏎⏎“…”`: his words are those).
    sentence_after_yields: bool = False
    # Cues of that sentence that only close the quotation before it and
    # never introduce one (Korean `.” 한 교수의 말이다`: "are Prof. Han's
    # words"): their speaker does not yield.
    sentence_after_closes: re.Pattern | None = None
    # What joins the quotations one statement runs over, from the closing
    # mark of one to the opening mark of the next (Korean `”라며 “`,
    # Japanese `」「`): the first follows the speaker, the last the cue.
    statements_run_on: re.Pattern | None = None
    # Opening marks that quote inside a quotation (Japanese `『`): the words
    # a speaker reports someone said are quotations of their own.
    nested_marks: str = ""
    # Who a quotation inside a quotation is given to, by the clause that
    # ends in it (Japanese `「母は『帰れ』と言った」`): ``nested_self`` the
    # speaker's own words (`私が『…』と答えた`); ``nested_subject`` a clause
    # that names its own subject or agent, group 1 the word (`母は`,
    # `社長に…言われた`), which is the person's only when it is a name.
    nested_self: re.Pattern | None = None
    nested_subject: re.Pattern | None = None
    # Headlines quote whom the story is about (`真央「…」`, `전문가 "…"`):
    # the title line, right above the body, is read for quotations too.
    quotes_in_title: bool = False
    # What a headline's quotation may be followed by to the line's end
    # besides marks (Japanese `「…」と激白`): the cue the headline closes on.
    headline_cue: re.Pattern | None = None
    # How speech ends in this language, where its quotations leave out the
    # full stop (Japanese `「…できます」`): marked text ending so is speech.
    speech_ending: re.Pattern | None = None
    # Whether marked text at (text, start, end) is a term the sentence uses
    # as one of its words, no speech, whatever cue stands near (Chinese
    # `“一站通”制`, `“入世”后`).
    term_in_marks: Callable[[str, int, int], bool] | None = None
    # Whether the marks at (text, start) stand in another article's
    # headline listed under the story as a link (Japanese `・…「…」と激白`):
    # that article's quotation, not this one's.
    listed_headline: Callable[[str, int], bool] | None = None
    # Quote marks a statement may open in one paragraph and close a few
    # paragraphs below without opening each again (Korean `“…⏎…⏎…”`).
    marks_run_over: frozenset[str] = frozenset()
    # Whether a phrase a cue names, that is no known person, can be a name:
    # when it cannot, the quotation has no speaker (Japanese).
    could_be_name: Callable[[str], bool] | None = None
    # A person a phrase a cue names is by its form and where it stands, no
    # known person (Japanese `モデルのアヤカは`, `孫社長は`): from (text,
    # phrase, its position), the name or None.
    person_by_form: Callable[[str, str, int], str | None] | None = None
    # Whether such a phrase, no name, describes the person who spoke, to be
    # kept as written (Japanese `20代・男性`).
    described: Callable[[str], bool] | None = None
    # The organisation a phrase a cue names speaks for, where no person is
    # named in it (Japanese `同社は「…」としている`): from (phrase, its
    # position, mentions), the organisation's name or None.
    organisation_speaks: Callable[[str, int, object], str | None] | None = None
    # The speaker of a phrase a cue names that is no known person: a person
    # written in it, or the phrase read as a name (Chinese).
    written_speaker: Callable[[str, object], str | None] | None = None
    # Whether a speaker in this language's script is written as a name, not
    # described (cjk_names.is_name; a Latin-script name is one in any language).
    written_name: Callable[[str], bool] | None = None
    # Whether a speaker in Latin capitals names nobody, as a word of the
    # language (English `However`, `London-based`): the article's names may
    # still be it, but no entity is made of its words (QuoteRecord.nameless).
    # None: every speaker written as a name may be one.
    not_a_name: Callable[[str], bool] | None = None
    # Whether the Latin name at (text, start, end) is no name by where it
    # stands in this language (Japanese `FOMA端末`: a compound's first part).
    latin_not_name: Callable[[str, int, int], bool] | None = None
    # Whether Latin words opened by a given name at (text, start, end) are a
    # person here (None: always). Japanese writes people in its own script,
    # so there only with a title after them (`Nero Vision` is a product).
    latin_person: Callable[[str, int, int], bool] | None = None
    # Whether a transcript's turn may open its line with the speaker's name
    # right before the mark (`高田 「…」`, `李明：“…”`): in the scripts written
    # without spaces, where a name alone makes the line's first word.
    turns_labelled: bool = False
    # The article's mentions less those that are no names where the language
    # writes them (Japanese: inside a work's title, `『…』`), from (text,
    # mentions).
    not_names_where: Callable[[str, Sequence], list] | None = None
    # Stages that add mentions after the Latin-script tagger, in order.
    # An organisation's key without what the language's press writes
    # before it or leaves off (a Japanese group's Latin letters,
    # ``NTTドコモ`` -> ``ドコモ``), kept as its short form; None without.
    organisation_short: Callable[[str], str | None] | None = None
    finders: tuple[Callable, ...] = ()
    # The tagger's mentions in a paragraph's text order revised by what the
    # language writes around names (English: an initial's full stop inside
    # a name, a state abbreviated after a town), from (text, mentions).
    revise: Callable[[str, list], list] | None = None
    # Datelines a paragraph opens with (`(서울=연합뉴스)`, `新华社北京电`,
    # `【共同通信】`), beyond the shapes every language shares
    # (structure.SHARED_DATELINES): a ``source`` group names the outlet, a date
    # inside the match is the day of publication. Title datelines are tried
    # on the title line too (`【Sports Watch】…`).
    datelines: tuple[re.Pattern, ...] = ()
    title_datelines: tuple[re.Pattern, ...] = ()
    # Phrases that credit the article to an outlet wherever they stand
    # (`seperti dilansir detikNews`, `来源：光明日报` closing the text), each
    # with a ``source`` group; tried after the datelines.
    credits: tuple[re.Pattern, ...] = ()
    # The outlet a dateline or credit names, tidied (Chinese: 本报 names none,
    # 新华网深圳 is 新华网); None keeps the name as written.
    outlet: Callable[[str], str | None] | None = None
    # Where the clause that names a speaker after a cue ends, when not at
    # the words the shared pattern knows (German: `sagte Schmidt der
    # Zeitung`, `sagte Klopp nach dem Spiel`).
    speaker_clause_end: re.Pattern | None = None
    # A speaker written as an article and a role (`sagte die Kanzlerin`) is
    # the person the article gave that role before (German).
    role_means_named: bool = False
    # Whether the capitalised word that opens a sentence and ends at (text,
    # end) is a common noun in the plural, by the plural word agreeing with
    # it right after (Spanish `Colectivos vecinales de…`): no name alone.
    plural_opener: Callable[[str, int], bool] | None = None
    # Whether a word not in the list is still a role (German compounds).
    role_compound: Callable[[str], bool] | None = None
    analyser: object | None = field(default=None, repr=False)
    # Whether the workers of a group of this language share one copy of its
    # analyser, loaded by their forkserver (``reader.workers``): one whose
    # loading costs each process more than such a server does (Chinese's
    # jieba and its compiled cut, rjieba: 139 MB and 1.3 s of CPU, against
    # the server's 0.9 s; Japanese's and Korean's dictionaries are files the
    # processes map and share).
    shared_analyser: bool = False
    # A lexicon that tells a common noun from a name where capitals cannot
    # (German): ``is_common_noun``, ``name_type``, ``is_unknown``.
    noun_lexicon: object | None = field(default=None, repr=False)
    # ``words(kind)``: this language's words of ``kind`` (``_WordSets``). A
    # dict's own look-up rather than a method: the stages ask about 800 times
    # an article, and a Python call each time cost 2% of the second phase.
    words: Callable[[str], frozenset[str]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "words", _WordSets(self.homes).__getitem__)

    @cached_property
    def common(self) -> frozenset[str]:
        """Words written in lowercase mid-sentence."""
        return home_words(self.common_home, "common")

    @cached_property
    def loan_common(self) -> frozenset[str]:
        """The common words of the languages in ``loan_homes``."""
        return frozenset().union(*(home_words(code, "common") for code in self.loan_homes))

    @cached_property
    def roles(self) -> frozenset[str]:
        """Titles and functions written before a name (``Menteri``, ``Herr``)."""
        return self.words("roles")

    @cached_property
    def speaker_roles(self) -> frozenset[str]:
        """Words taken off a speaker's name: roles, and the titles and
        functions a speaker phrase opens with that are no mention's role."""
        return self.roles | self.words("speaker_roles")

    @cached_property
    def person_nouns(self) -> frozenset[str]:
        """Nouns that name a person: a described speaker's head."""
        return self.speaker_roles | self.words("person_nouns")

    @cached_property
    def nickname_cues(self) -> tuple[tuple[tuple[str, ...], bool], ...]:
        """Phrases after a full name that introduce another name for the
        person, as words, longest first, each with whether any name may
        follow (``akrab disapa``) or only one spelled from the full name
        (``atau``: else two people)."""
        cues = [(tuple(c.split()), True) for c in self.words("nickname_cues")]
        cues += [(tuple(c.split()), False) for c in self.words("alternative_cues")]
        return tuple(sorted(cues, key=lambda c: (-len(c[0]), c)))

    def is_role(self, word: str) -> bool:
        """Whether a word is a title or function in this language."""
        low = word.lower().rstrip(".")
        return low in self.roles or (self.role_compound is not None and self.role_compound(low))


class _WordSets(dict):
    """A language's words by kind, with ``xx``'s; every home's for the
    kinds in ``SHARED_KINDS`` and for a language without a home. Each kind
    is read the first time it is asked for, and kept per language."""

    def __init__(self, homes: tuple[str, ...]) -> None:
        super().__init__()
        self.homes = homes

    def __missing__(self, kind: str) -> frozenset[str]:
        found = self[kind] = _words(self.homes, kind)
        return found


@cache
def _words(homes: tuple[str, ...], kind: str) -> frozenset[str]:
    if kind in SHARED_KINDS or not homes:
        return all_homes(kind)
    return frozenset().union(*(home_words(code, kind) for code in (*homes, "xx")))


@cache
def _home(code: str) -> LanguageRules:
    if code not in _HOMES:
        return default_rules()
    module = importlib.import_module(f"{__name__}.{code}")
    return module.RULES if hasattr(module, "RULES") else module.rules()


def rules_for(lang: str | None) -> LanguageRules:
    """The rules for ``lang``: ``en-GB`` is English, ``zh-cn`` Chinese, ``ms``
    shares Indonesian's; ``und`` and languages without a home get ``default_rules()``."""
    base = (lang or "und").split("-")[0].lower()
    return _home(_SHARES.get(base, base))


@cache
def default_rules() -> LanguageRules:
    """A language without a home: English cues and speaker rules, and every
    home's words, German compound roles included."""
    from reader.extract.lang.de import compound_role
    from reader.extract.lang.en import RULES as english
    from reader.extract.lang.id import datelines as indonesian
    from reader.extract.lang.ja import datelines as japanese
    from reader.extract.lang.ko import datelines as korean
    from reader.extract.lang.zh import datelines as chinese

    return LanguageRules(
        code="xx",
        tail=english.tail,
        head=english.head,
        homes=(),
        english_speakers=True,
        colon_speaker=english.colon_speaker,
        where_after_name=english.where_after_name,
        role_compound=compound_role,
        datelines=korean.DATELINES + japanese.DATELINES + chinese.DATELINES,
        title_datelines=japanese.TITLE_DATELINES,
        credits=indonesian.CREDITS + chinese.CREDITS,
        outlet=chinese.outlet,
    )


@cache
def support() -> dict[str, dict]:
    """How well each language the README lists is understood, as measured on
    held-out gold (``support.json``, written by ``evaluation/languages.py
    --write-support``): per code its ``status`` (``supported``,
    ``experimental`` or ``unmeasured``), ``analyser`` and ``figures``."""
    import json

    return json.loads((HOME / "support.json").read_text(encoding="utf-8"))
