"""An import's second phase: the names, quotes and speakers of articles
that are already stored and searchable.

The first phase (``reader.importer``) stores a file's text, structure and
language, which is cheap; understanding it costs ten times as much, so it
follows from a queue in the database (``db.understanding``). ``Understander``
claims a batch, has it understood (in worker processes when given a pool's
``map``), and swaps each article's results in whole, one group of articles
per transaction, while the next batch is being worked on. Whoever runs it
(an import, a TUI, a background process) shares the queue with any other.
"""

from __future__ import annotations

import os
import time
import unicodedata
from collections.abc import Callable, Collection, Iterable, Iterator
from functools import cache
from typing import NamedTuple

from db import identity
from db.records import MentionRecord, QuoteRecord, StructureRecord, UnderstoodRecord
from db.statements import statement_words
from db.store import Store
from db.understanding import Claim, Queued
from db.versions import stored
from reader.extract.lang import LanguageRules, rules_for
from reader.extract.model import EntityMention
from reader.extract.names import (
    AliasIndex,
    entity_key,
    known_forms,
    short_form,
    unspaced_parts,
    without_administrative_suffix,
    without_legal_form,
)
from reader.metadata import apply_given

# Articles claimed at a time: enough to keep every worker busy while the
# writer stores the batch before.
BATCH = 256
# Articles per write transaction (as the first phase's ``importer.GROUP``).
GROUP = 128
# Who a short form alone means is worked out again after this many articles
# (and at the end), so that a long run's names settle as it goes.
LINK_EVERY = 20_000
# A language group with an analyser of its own and fewer articles queued
# than this is understood by one worker (see ``workers_for``): at 2,000
# articles a second worker's loading is about a twentieth of the group's
# CPU and saves half its wall time.
ONE_WORKER_BELOW = 2_000
# How often a run that waits for another process's claims looks again.
POLL_S = 0.5
# SQLite's page cache while a run writes (``Store.page_cache``): on the 1M
# library (3,000 articles understood again, CPU ms an article) the
# default 2 MiB gave the writer 2.9, 64 MiB 2.1 (clearing 1.32 -> 0.92,
# identity 0.57 -> 0.41, version sketches 0.36 -> 0.28).
WRITER_CACHE_MIB = 32


class Progress(NamedTuple):
    """Articles this run understood, how many are left in the library
    (another process's included), and how many of those done extraction
    failed on (stored without names)."""

    done: int
    left: int
    failed: int = 0


def understand_queued(item: Queued) -> UnderstoodRecord:
    """The pure, parallel part of the second phase. An article whose
    extraction fails (a bug meeting a text nobody foresaw) comes back with
    no names and marked failed, instead of failing every run that meets it
    first in the queue."""
    try:
        return _understood(item)
    except Exception:  # any failure of one article's extraction
        return UnderstoodRecord(item.id, failed=True)


def _understood(item: Queued) -> UnderstoodRecord:
    # Loaded here, not at the top: the models cost a tenth of a second to
    # load, which the TUI should not pay before it can paint.
    from reader.extract.pipeline import understand
    from reader.extract.sketch import sketch
    from reader.extract.structure import parse_structure

    paragraphs, lang, source = item.paragraphs, item.lang, item.source
    structure = None
    if item.restructure:
        # What the article's file stated (a metadata file, the page, a
        # dataset row) wins over what is worked out again.
        found = parse_structure(item.text, lang=item.given.get("lang"))
        fields = apply_given(
            {"title": found.title, "date": found.date, "source": found.source, "lang": found.lang},
            item.given,
        )
        paragraphs, lang, source = found.paragraphs, fields["lang"], fields["source"]
        structure = StructureRecord(
            fields["title"],
            lang,
            source,
            fields["date"],
            found.caption,
            found.byline,
            list(found.paragraphs),
            list(found.tags),
        )
    entities, quotes = understand(item.text, paragraphs, lang, source)
    rules = rules_for(lang)
    # A company's name without its trade word (``trade_words``) is the same
    # company, as without its legal form.
    legal = (
        rules.words("legal_prefixes"),
        rules.words("legal_suffixes") | rules.words("trade_words"),
    )
    found = sketch(item.text, paragraphs)
    # A speaker written by a form of the language's list (``US said``) is
    # that country, as its mentions are (``_as_listed``).
    forms = _known_forms(lang)
    return UnderstoodRecord(
        item.id,
        mentions=[
            _as_listed(
                MentionRecord(
                    m.key,
                    m.type,
                    m.text,
                    m.start,
                    m.end,
                    m.role,
                    short=_short(m, rules, legal),
                    parts=unspaced_parts(m.key) if m.type == "PER" else (),
                ),
                lang,
            )
            for m in entities
        ],
        # Each quotation's words, which key it for its group of one
        # statement (``db.quote_groups``) as it is written.
        quotes=[
            QuoteRecord(
                q.start,
                q.end,
                q.speaker,
                _known_speaker(q.speaker, q.speaker_key, forms),
                q.cue,
                statement_words(item.text[q.start : q.end]),
                nameless=_nameless(q.speaker, rules),
            )
            for q in quotes
        ],
        structure=structure,
        sketch=stored(found.slots, found.whole, found.whole_shingles) if found else None,
    )


def language_groups(langs: Iterable[str]) -> list[list[str]]:
    """The languages to understand apart: each one whose understanding
    loads a large analyser or lexicon of its own (Japanese, Korean,
    Chinese, German) alone, the rest together. A pool of workers per group
    holds one analyser at a time instead of every one, each worker's
    memory otherwise growing by all of them (about 210 MB) as the
    languages come."""
    own: dict[str, list[str]] = {}
    shared: list[str] = []
    for lang in sorted(langs):
        rules = rules_for(lang)
        if rules.analyser is None and rules.noun_lexicon is None:
            shared.append(lang)
        else:
            own.setdefault(rules.code, []).append(lang)
    return ([shared] if shared else []) + list(own.values())


def workers_for(langs: Collection[str], queued: int) -> int | None:
    """How many worker processes understand a language group: one when the
    group loads an analyser or lexicon of its own and has fewer than
    ``ONE_WORKER_BELOW`` articles queued, else one per core (None).

    Each worker loads the group's analyser on its first article (German's
    lexicon 0.6 s of CPU, Chinese's jieba 1.0 s): a second worker loads it
    again, which for a few hundred articles costs more CPU than a tenth of
    their understanding, to finish a few seconds sooner.
    """
    rules = rules_for(next(iter(langs)))
    if rules.analyser is None and rules.noun_lexicon is None:
        return None
    return 1 if queued < ONE_WORKER_BELOW else None


def shared_analysers(langs: Collection[str], workers: int | None) -> tuple[str, ...]:
    """The languages whose analyser a group's workers load once, in their
    forkserver, and share (``reader.workers.worker_pool``): a group whose
    rules say so (``shared_analyser``) with a worker on each of several
    cores (``workers_for``). Each would otherwise hold a copy: two Chinese
    workers, 140 MB each, took the second phase to 350 MB."""
    if workers is not None or (os.cpu_count() or 1) < 2:
        return ()
    return tuple(langs) if rules_for(next(iter(langs))).shared_analyser else ()


def _short(
    mention: EntityMention, rules: LanguageRules, legal: tuple[frozenset[str], frozenset[str]]
) -> str | None:
    """The short form a mention keeps for the collection to weigh
    (``db.identity``): the press's own (``short_form``); a company's name
    without its ``legal`` form or trade word, or without what its language
    writes before it (ドコモ for NTTドコモ: ``organisation_short``); a place
    without its administrative suffix (北京 for 北京市)."""
    if short := short_form(mention):
        return short
    if mention.type == "ORG":
        bare = without_legal_form(mention.key, *legal)
        if bare is None:
            # The state's name first, then a bracket in what is left
            # (`komisi pemilihan umum (kpu) ri`): never a short form with one.
            bare = _without_state(mention.key, rules)
            bare = identity.bracketed_short(bare or mention.key) or (
                None if bare is None or "(" in bare else bare
            )
        if bare is None and rules.organisation_short:
            bare = rules.organisation_short(mention.key)
        return bare
    if mention.type == "LOC":
        return without_administrative_suffix(mention.key, rules.words("admin_suffixes"))
    return None


def _without_state(key: str, rules: LanguageRules) -> str | None:
    """An organisation's ``key`` without the state's short name its
    language writes after an institution (``state_suffixes``: ``dpr ri`` ->
    ``dpr``, ``mahkamah agung ri`` -> ``mahkamah agung``), None when it has
    none: the Indonesian press names a state body with or without `RI` (of
    the Republic), and the collection decides with the short form whether
    the bare name alone is that body. A bare word the language writes in
    lower case (``pemerintah ri`` -> `pemerintah`, any government) is no
    body's name, nor are bare words all written so (``kedutaan besar ri``
    -> `kedutaan besar`, ``pemerintah provinsi ri``: every embassy, every
    province's government, each named by what follows), nor a role
    (``menteri ri``, ``presiden ri``, ``dubes ri``): a person's title, not a
    body; nor an envoy's or a diplomatic post's (``state_roles``: ``duta
    besar ri``, the Republic's ambassador, ``konsulat jenderal ri``, its
    consulate general in one city, whose words without `RI` are every
    ambassador, any country's consulate)."""
    words = key.split()
    if len(words) < 2 or words[-1] not in rules.words("state_suffixes"):
        return None
    bare = words[:-1]
    if (
        (len(bare) == 1 and bare[0] in rules.words("stop_names"))
        or all(word in rules.common for word in bare)
        or bare[0] in rules.roles
        or bare[0] in rules.words("state_roles")
    ):
        return None
    return " ".join(bare)


def link_short_forms(store: Store) -> int:
    """Fold the entities known only by a short form (``db.identity``), told
    the words the languages write for the state after a body's name (every
    home's ``state_suffixes``, as a language without a home reads them: a
    name keyed `kejagung ri` is that body with `RI` whatever the article's
    language), so that the lone word's candidate written so is no rival."""
    return store.link_short_forms(rules_for(None).words("state_suffixes"))


@cache
def _known_forms(lang: str | None) -> dict[str, tuple[str, str]]:
    return known_forms(rules_for(lang).words("known_forms"), entity_key)


@cache
def _institutions(lang: str | None) -> tuple[tuple[str, ...], frozenset[str]]:
    """The words a language writes for the state before a state body's name
    (``state_prefixes``), and the state bodies its news names alone
    (``institutions``)."""
    rules = rules_for(lang)
    return tuple(sorted(rules.words("state_prefixes"))), rules.words("institutions")


def _as_listed(mention: MentionRecord, lang: str | None) -> MentionRecord:
    """A place or body written by another form of a name of the language's
    lists as a mention of that name, the form written kept as its short
    form (``resolve`` and ``entity:US`` find it); never a person.

    A form of the language's list (``US``, ``U.S.``) is the name it stands
    for (United States): the press means the one country by all of them,
    and no rule of the collection could tell that ``US`` is ``United
    States``. The list is of countries, so the mention is a place whatever
    the tagger typed it (``UK`` an organisation): else the country's type
    would be the one of whichever articles came first.

    A body written with the state's word before the name of a state body
    of the language's list (``国家教育部``, ``中国证监会``: the ministry of
    education, the securities regulator) is that body (``教育部``):
    Chinese news names the State Council's ministries and commissions
    alone, and puts ``国家`` or ``中国`` before them as it likes, for the
    one body. Only a name of the list: ``国家安全部`` (state security) is
    no `安全部` of anyone's, and ``中国银行`` is a bank, not any bank. The
    list holds no bureau (…局, …总局: ``国家统计局`` stays itself): a
    province's and a city's bureaus have the same names (统计局, 税务局),
    and news writes a local one alone after naming it with its place, so
    国家 is what tells the State Council's bureau from them. The list and
    the prefixes are in simplified characters, and keys keep the script
    they were written in: a traditional key (``國家財政部``, ``財政部``)
    is never folded, rightly, as 財政部 in Taiwanese news is another
    state's ministry, not the one of the People's Republic."""
    if mention.type == "PER":
        return mention
    found = _known_forms(lang).get(mention.key)
    if found is not None:
        key, name = found
        return mention._replace(key=key, name=name, short=mention.key, type="LOC")
    prefixes, bodies = _institutions(lang)
    for prefix in prefixes:
        rest = mention.key[len(prefix) :]
        if mention.key.startswith(prefix) and rest in bodies and mention.name.endswith(rest):
            return mention._replace(key=rest, name=rest, short=mention.key)
    return mention


def _known_speaker(
    speaker: str | None, key: str | None, forms: dict[str, tuple[str, str]]
) -> str | None:
    """A speaker's key, or the key of the place a form of the language's
    list stands for (``US said``: the United States), as its mentions are
    keyed (``_as_listed``): the speaker is then the country the article
    names, not a person called `US` whom no list shows. A speaker written
    in lower case (`us`, the pronoun) is no form of the list."""
    if key is None or speaker is None or speaker.islower():
        return key
    found = forms.get(key)
    return key if found is None else found[0]


def _nameless(speaker: str | None, rules: LanguageRules) -> bool:
    """Whether a speaker's words hold no name, as its language's rules say
    (``LanguageRules.not_a_name``: English `However`, `Prosecutors`,
    `European`): the article's names may still be it, but no entity is made
    of the words (``db.identity.EntityLinker.speaker``). A language without
    the rule says no: a capitalised common word there is as often a name
    (Indonesian `Bagus`, `Bintang`; German `Schwarz`), and a name lost is
    worse than a speaker listed under a word."""
    return bool(speaker) and rules.not_a_name is not None and rules.not_a_name(speaker)


def link_variants(record: UnderstoodRecord, index: AliasIndex) -> UnderstoodRecord:
    """Point each new name variant at the known entity it spells differently.

    ``Lee Sooman`` in a new article joins the entity of ``Lee Soo-man``
    stored earlier; the index learns every key it sees.
    """
    linked = []
    for mention in record.mentions:
        joins = index.resolve(mention.key, mention.type)
        if joins is not None and joins != mention.key:
            mention = mention._replace(joins=joins)
        index.add(mention.key, mention.type, joins)
        linked.append(mention)
    record.mentions = linked
    return record


def known_names(store: Store) -> AliasIndex:
    """The names a group's new mentions join: the library's aliases, looked
    up by key as each mention asks (``db.identity``'s look-ups through the
    indexes of schema 24), and room for the group's own new keys, which are
    not stored yet; a new index for each group.

    Nothing is read ahead: an alias another process or a user stored,
    renamed, split or folded away is what the next group finds, and within
    a group, what each look-up finds as it is asked (see ``_StoredKeys`` for
    the one exception). (Reading every alias into an index of the run's own
    cost 3.8-5.8 s of CPU a run at a million articles, however few articles
    it had, and the index had to be read anew whenever the library's
    curation moved.)
    """
    return AliasIndex(_StoredKeys(store))


class _StoredKeys:
    """A library's alias keys for ``AliasIndex`` (``names.LibraryKeys``).

    Each look-up is its own read of the library as it is then, outside any
    transaction, except that each spelling's exact look-up (``spelt``) is
    kept for the group: its articles repeat names. So while a group is
    linked, an alias that another process stores is found at once by the
    fuzzy, longer-name and other-script look-ups, but not by the exact
    look-up of a spelling the group already asked for, until the next
    group; and one ``resolve`` may read the library before and after such
    a write. Holding one read transaction for the group instead would
    share the store's connection with the writer, whose ``BEGIN IMMEDIATE``
    fails inside it, and would not close the window anyway: a key stored
    after a group's look-ups and before its write is missed either way,
    as between two groups of two runs at once. (The writer looks each
    mention's own key up again inside its transaction, ``db.identity``'s
    ``_entity_id``, so what the window can miss is a variant link, never
    the same key stored twice.)"""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._spelt: dict[str, list[tuple[str, str, object]]] = {}

    def spelt(self, compact: str) -> list[tuple[str, str, object]]:
        found = self._spelt.get(compact)
        if found is None:
            with self.store.wrapped() as conn:
                found = self._spelt[compact] = identity.aliases_spelt(conn, compact)
        return found

    def block(self, type: str, prefix: str, low: int, high: int) -> list[tuple[str, str, int]]:
        with self.store.wrapped() as conn:
            return identity.alias_block(conn, type, prefix, low, high)

    def people(self, key: str, shorter: list[str]) -> list[tuple[str, object]]:
        with self.store.wrapped() as conn:
            return identity.person_aliases(conn, key, shorter)

    def surnamed(self, hangul: Iterable[str], latin: Iterable[str]) -> list[tuple[str, object]]:
        # Entity keys are decomposed (``entity_key``), surnames composed.
        prefixes = [unicodedata.normalize("NFD", name) for name in hangul]
        with self.store.wrapped() as conn:
            return identity.surnamed_aliases(conn, prefixes, latin)


class Understander:
    """Works through a library's queue until it is empty (or Ctrl-C)."""

    def __init__(
        self,
        store: Store,
        understand_all: Callable[[list[Queued]], Iterable[UnderstoodRecord]] | None = None,
        langs: Collection[str] | None = None,
    ) -> None:
        self.store = store
        self.understand_all = understand_all or (lambda items: map(understand_queued, items))
        self.langs = langs
        self.failed = 0

    def run(self, wait_for_others: bool = True) -> Iterator[Progress]:
        """Understand queued articles, yielding progress after each group.

        With ``wait_for_others``, a queue whose rest is claimed by another
        process is watched until that process is done (or gone, when its
        claims are taken over). Stopped early, this run's claims are given
        back; what it stored stays.
        """
        with self.store.page_cache(WRITER_CACHE_MIB):
            yield from self._run(wait_for_others)

    def _run(self, wait_for_others: bool) -> Iterator[Progress]:
        since = time.time()
        done = linked_at = 0
        waiting: tuple[Claim, list[Queued], Iterator[UnderstoodRecord]] | None = None
        try:
            while True:
                claim, items = self.store.claim_understanding(BATCH, since, self.langs)
                results = iter(self.understand_all(items)) if items else None
                if waiting:
                    done += yield from self._write(*waiting, done, since)
                    waiting = None
                    if done - linked_at >= LINK_EVERY:
                        link_short_forms(self.store)
                        linked_at = done
                if items:
                    waiting = (claim, items, results)
                    continue
                left = self.store.pending()
                if not left or not wait_for_others:
                    break
                yield Progress(done, left, self.failed)
                time.sleep(POLL_S)
        finally:
            self.store.release_understanding(since)
        # Who a short form alone means is decided with the whole collection
        # in view, for the names the new articles used (and those of a run
        # stopped before its pass: the keys wait in short_forms_pending).
        link_short_forms(self.store)
        # Quotations stored before they were grouped (a library made before
        # schema 15) join their groups, a batch per transaction.
        while self.store.group_quote_backlog():
            pass

    def _write(
        self,
        claim: Claim,
        items: list[Queued],
        results: Iterator[UnderstoodRecord],
        done: int,
        since: float,
    ) -> Iterator[Progress]:
        """Store a batch's results, a group per transaction; returns how many."""
        written = 0
        group: list[UnderstoodRecord] = []
        index = known_names(self.store)
        for _ in items:
            record = next(results)
            self.failed += record.failed
            group.append(link_variants(record, index))
            if len(group) == GROUP:
                written += self.store.write_understanding(group, claim, since)
                group, index = [], known_names(self.store)
                yield Progress(done + written, self.store.pending(), self.failed)
        if group:
            written += self.store.write_understanding(group, claim, since)
            yield Progress(done + written, self.store.pending(), self.failed)
        return written
