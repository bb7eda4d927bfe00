"""Entity identity: which entity a mention belongs to, and the user's curation.

An entity is known by its alias keys (one row per spelling and type found);
a mention joins the entity its key, or the variant it ``joins``, already
belongs to. The user's merges and splits mark the aliases ``origin =
'user'``, which a reindex and the clean-ups here leave as they are.
Whatever changes entities, their aliases or their mentions bumps
``entities_version`` (``entity_stamp``), so that readers holding names in
memory (the finder) know to load them again.
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence

from db.errors import NotFoundError

# The tables that point at an entity, and the column that does.
_REFERENCES = (
    ("entity_aliases", "entity_id"),
    ("mentions", "entity_id"),
    ("quotes", "speaker_entity_id"),
    ("short_forms", "entity_id"),
    ("name_parts", "entity_id"),
    # A follow goes with its entity into the one it is merged into.
    ("follows", "entity_id"),
)


def _fold(conn: sqlite3.Connection, keep: int, absorb: int) -> None:
    """Move everything that points at ``absorb`` to ``keep`` and delete it.
    A short form both had in one article is kept once (``OR IGNORE``; the
    row left behind goes with ``absorb``).

    ``keep`` gains the articles that name ``absorb`` and not it, counted
    in one statement; the mentions then move without the trigger counting
    each row (schema 23: three quarters of a large fold's time)."""
    conn.execute(
        "UPDATE entities SET articles = articles + (SELECT count(DISTINCT m.article_id)"
        " FROM mentions m WHERE m.entity_id = ? AND NOT EXISTS (SELECT 1 FROM mentions k"
        " WHERE k.entity_id = ? AND k.article_id = m.article_id)) WHERE id = ?",
        (absorb, keep, keep),
    )
    conn.execute("INSERT INTO meta (name, value) VALUES ('entity_folded', ?)", (absorb,))
    for table, column in _REFERENCES:
        conn.execute(
            f"UPDATE OR IGNORE {table} SET {column} = ? WHERE {column} = ?", (keep, absorb)
        )
    conn.execute("DELETE FROM meta WHERE name = 'entity_folded'")
    conn.execute("DELETE FROM entities WHERE id = ?", (absorb,))


def entity_stamp(conn: sqlite3.Connection) -> tuple:
    """Changes whenever entities, their aliases or their mentions change."""
    return conn.execute("SELECT value FROM meta WHERE name = 'entities_version'").fetchone()


def bump_entities_version(conn: sqlite3.Connection, by: int = 1) -> None:
    """Tell readers that entities changed (see ``entity_stamp``); a writer
    of several articles moves it once, by as many as changed."""
    if by:
        conn.execute("UPDATE meta SET value = value + ? WHERE name = 'entities_version'", (by,))


def count_articles(conn: sqlite3.Connection, article_ids: Sequence[int]) -> None:
    """Add articles whose mentions were just written to their entities'
    article counts (``entities.articles``), one statement for them all
    (schema 19: no trigger per mention row). Each article must have had no
    mentions before them in this transaction, as after
    ``writer._clear_understanding`` or a restore: an entity counts it once
    however often it is named."""
    conn.execute(
        "UPDATE entities SET articles = entities.articles + n.c FROM"
        " (SELECT entity_id, count(DISTINCT article_id) AS c FROM mentions"
        "  WHERE article_id IN (SELECT value FROM json_each(?)) GROUP BY entity_id) AS n"
        " WHERE entities.id = n.entity_id",
        (json.dumps(list(article_ids)),),
    )


def require_entity(conn: sqlite3.Connection, entity_id: int) -> None:
    """Raise ``NotFoundError`` for an entity id that does not exist."""
    if not conn.execute("SELECT 1 FROM entities WHERE id = ?", (entity_id,)).fetchone():
        raise NotFoundError(f"no entity with id {entity_id}")


# -- which entity a mention belongs to --------------------------------------


class EntityLinker:
    """The entities of the mentions and speakers written in one transaction.

    ``known`` maps (alias key, type) to its entity and the name its alias
    is stored under, for the whole write transaction: once a variant has
    its alias row, ``_entity_id`` finds that row whatever else it is
    asked, and nothing else can change the aliases while the transaction
    holds the write lock, so a name the group's other articles mention
    costs no second lookup. Only a name first stored in capitals
    (``_shouted``) is written again, the way a later article spells it.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.known: dict[tuple[str, str], tuple[int, str]] = {}
        self.seen: Counter[tuple[str, str]] = Counter()

    def mention(self, key: str, type_: str, name: str, joins: str | None = None) -> int:
        """The entity of a mention spelt ``name``."""
        self.seen[(key, type_)] += 1
        hit = self.known.get((key, type_))
        if hit is None:
            hit = self.known[(key, type_)] = _entity_id(self.conn, key, type_, name, joins)
        elif _shouted(hit[1], name, type_):
            _respell(self.conn, hit[0], key, type_, hit[1], name)
            hit = self.known[(key, type_)] = (hit[0], name)
        return hit[0]

    def count_mentions(self) -> None:
        """Add the transaction's mentions to their aliases' counts, which
        decide each entity's type (``_settle_types``)."""
        self.conn.executemany(
            "UPDATE entity_aliases SET seen = seen + ? WHERE key = ? AND type = ?",
            [(n, key, type_) for (key, type_), n in self.seen.items()],
        )
        self.seen.clear()

    def speaker(
        self,
        key: str,
        name: str | None,
        in_article: dict[str, int],
        people: dict[str, int],
        by_short: dict[str, int] | None = None,
        nameless: bool = False,
    ) -> int | None:
        """The entity of a quote's speaker: one the article mentions by that
        key (``in_article``, by key) or names in part, a person first
        (``people``: the press calls a person by a word of their name far
        more often than a body), or a person of the article the name ends
        in, else the name whose short form the speaker is (``by_short``:
        `NIESR said`), else a person of that name, None for a speaker
        without a name.

        A short form comes last: `Tarvo said` beside Dani Tarvo and the
        Tarvo Group (short form `tarvo`) is the person the article names,
        as the press calls a person by their surname. A speaker written in
        lower case (`us`, the pronoun) is no short form: a body's short form
        is written as a name is (`US`). Nor is a speaker whose words hold no
        name (``nameless``: `However`, `Prosecutors`, `European`, a word the
        reading of the cue took for a name) a person of its own: no list
        would show them, and `However` would gather the quotes of every
        article that opens a sentence so; such a quote is one of an
        undescribed speaker unless the article names them: by that key, a
        person by a word of their name, or a body whose name the word ends
        (``_by_head``: `Customs` of the Vorsk Customs), never one it opens
        (`European` of the European Central Bank: an adjective)."""
        found = (
            in_article.get(key)
            or _by_part(people, key)
            or (_by_head(in_article, key) if nameless else _by_part(in_article, key))
            or _by_tail(people, key)
        )
        if found is None and by_short and name and not name.islower():
            found = by_short.get(key)
        if found is None and name and not nameless:
            hit = self.known.get((key, "PER"))
            if hit is None:
                hit = self.known[(key, "PER")] = _entity_id(self.conn, key, "PER", name)
            found = hit[0]
        return found


# A middle word shorter than this is an initial (`Hendra S Wibowo`), and an
# initial alone is how the press hides a witness (`kata S, warga`).
_MIDDLE_MIN = 3


def _by_part(entity_ids: dict[str, int], key: str) -> int | None:
    """The article's entity that ``key`` names in part: its first or last
    words (``park`` -> ``park ji hoon``), else the one entity whose middle
    words they are (``hendra`` -> ``rahmat hendra santosa``, a name the
    press calls a person by): a speaker the article already named is that
    entity, never a new one of its own that no list shows."""
    middle = set()
    for full, entity_id in entity_ids.items():
        if full.endswith(" " + key) or full.startswith(key + " "):
            return entity_id
        if len(key) >= _MIDDLE_MIN and f" {key} " in f" {full} " and full != key:
            middle.add(entity_id)
    return middle.pop() if len(middle) == 1 else None


def _by_head(entity_ids: dict[str, int], key: str) -> int | None:
    """The one article entity whose name ends in the word ``key`` (``vorsk
    customs`` for ``customs``): the word a text calls a body by after naming
    it, its head noun, last where the flag ``nameless`` comes from (English,
    ``LanguageRules.not_a_name``); None for none or two."""
    found = {entity_id for full, entity_id in entity_ids.items() if full.endswith(" " + key)}
    return found.pop() if len(found) == 1 else None


def speaker_short_form(key: str, in_article: dict[str, int], people: dict[str, int]) -> int | None:
    """The article's person that a speaker's name ``key`` names in part
    (`kata Wahyuningsih` beside Sri Wahyuningsih Lestari), None when the
    article names them whole, or when the word is a word of a body's name
    (`Ford` beside the Ford Foundation: the company, not the foundation)
    or of two entities' names (two people called Park): the press calling
    someone by a short form in an attribution is the evidence a mention
    written so gives (``short_forms``), so that `--speaker Wahyuningsih`
    and `speaker:` find them even where the tagger left the word alone
    unnamed; evidence for the wrong one would send every lone mention of
    the word, in every article, to them."""
    if key in in_article:
        return None
    named = {
        entity_id
        for full, entity_id in in_article.items()
        if full.startswith(key + " ")
        or full.endswith(" " + key)
        or (len(key) >= _MIDDLE_MIN and f" {key} " in f" {full} ")
    }
    if len(named) != 1:
        return None
    (entity_id,) = named
    return entity_id if entity_id in people.values() else None


def _by_tail(people: dict[str, int], key: str) -> int | None:
    """The article's person that the last words of a speaker's name are,
    the longest such tail first (``texas judge letitia clark`` ->
    ``letitia clark``; ``lapor pak purbaya`` -> ``purbaya yudhi sadewa``):
    words the cue's reading left before a name the article gave (a role, a
    place, a hotline's name) must not make a person of their own, whom no
    list shows and who holds the quotes that a search for the named person
    should find. A last word alone names a person (whole, or in part as
    ``_by_part`` reads it) only after two words or more: after one (``ani
    wijaya``) it is more likely another person of that surname than a
    phrase before a name."""
    words = key.split()
    for k in range(1, len(words)):
        tail = " ".join(words[k:])
        if k < len(words) - 1:
            found = people.get(tail)
        elif k >= 2:
            found = people.get(tail) or _by_part(people, tail)
        else:
            found = None
        if found is not None:
            return found
    return None


def _entity_id(
    conn: sqlite3.Connection, key: str, type_: str, name: str, joins: str | None = None
) -> tuple[int, str]:
    """The entity a variant belongs to, creating the alias (and entity)
    when new, and the name the variant is stored under.

    A body written with the short form of its head in brackets (`Kejaksaan
    Negeri (Kejari) Tarmakan`) is the body that other articles write
    without it (``_unbracketed``): the bracket introduces a short form, it
    is no part of the name. Its alias is found by the name without the
    bracket, and a new one brings the name without the bracket as an alias
    of its entity too, so that the two are one entity in either order; so
    does one found as written that lacks it (a library written before the
    rule, which kept the bracket in the entity's name too)."""

    bare = _unbracketed(key)
    # This spelling as this type first; the same spelling under another
    # type is the same entity (the tagger's type for one name varies
    # between articles); then the name without its bracket; then the
    # variant it joins, under any type.
    row = conn.execute(
        "SELECT entity_id, key = ? AND type = ?, name FROM entity_aliases WHERE key IN (?, ?, ?)"
        " ORDER BY key != ?, key != ?, type != ? LIMIT 1",
        (key, type_, key, bare or key, joins or key, key, bare or key, type_),
    ).fetchone()
    if row and row[1]:
        if bare:
            _add_unbracketed(conn, bare, type_, row[0], row[2])
        if _shouted(row[2], name, type_):
            _respell(conn, row[0], key, type_, row[2], name)
            return row[0], name
        return row[0], row[2]
    entity_id = row[0] if row else None
    if entity_id is None:
        entity_id = conn.execute(
            "INSERT INTO entities (name, type) VALUES (?, ?)", (_shown(name), type_)
        ).lastrowid
    _add_alias(conn, key, type_, entity_id, name)
    if bare:
        _add_unbracketed(conn, bare, type_, entity_id, name)
    return entity_id, name


def _add_alias(conn: sqlite3.Connection, key: str, type_: str, entity_id: int, name: str) -> None:
    conn.execute(
        "INSERT INTO entity_aliases (key, type, entity_id, name) VALUES (?, ?, ?, ?)",
        (key, type_, entity_id, name),
    )


def _add_unbracketed(
    conn: sqlite3.Connection, bare: str, type_: str, entity_id: int, name: str
) -> None:
    """Make ``bare``, a bracketed name's key without its bracket, an alias of
    the entity of ``name`` (the name as written, bracket and all) unless it
    is an alias already (of it, or of another entity that
    ``_link_unbracketed`` folds), and show the entity without the bracket
    if it still shows it as written."""
    if conn.execute("SELECT 1 FROM entity_aliases WHERE key = ? LIMIT 1", (bare,)).fetchone():
        return
    shown = _shown(name)
    _add_alias(conn, bare, type_, entity_id, shown)
    conn.execute(
        "UPDATE entities SET name = ? WHERE id = ? AND name = ? AND NOT EXISTS"
        " (SELECT 1 FROM entity_aliases WHERE entity_id = ? AND origin = 'user')",
        (shown, entity_id, name, entity_id),
    )


def _shouted(stored: str, name: str, type_: str) -> bool:
    """Whether a place or person was first seen in capitals only (a dateline:
    ``DAEJEON``, ``SUMBERJAYA``) and is now written as a name is, which then
    becomes how the reader shows it. Short capitals are acronyms (``NATO``)."""
    return type_ in ("LOC", "PER") and len(stored) >= 6 and stored.isupper() and not name.isupper()


def _respell(
    conn: sqlite3.Connection, entity_id: int, key: str, type_: str, stored: str, name: str
) -> None:
    conn.execute(
        "UPDATE entity_aliases SET name = ? WHERE key = ? AND type = ?", (name, key, type_)
    )
    conn.execute(
        "UPDATE entities SET name = ? WHERE id = ? AND name = ?", (name, entity_id, stored)
    )


# -- what one article says of its own names ----------------------------------


# A clipped name shorter than this is an initial or a syllable that many
# names begin with; `Fed` is as short as the press clips a body's name.
_CLIP_MIN = 3
# A person's name by its last syllables (`Harto` for Soeharto) is this long
# at least: shorter endings (`to`, `no`) end a great many names.
_SYLLABLES_MIN = 4


def short_forms_in_article(names: Iterable[tuple[str, str, int, str]]) -> set[tuple[str, int]]:
    """The short forms an article's names are of one another, as
    ``(short key, entity of the longer name)``, from its distinct ``(key,
    type, entity id, name as written)``: an organisation's name of one
    word that clips one other organisation's name the article writes out
    (`Fed` beside `Federal Reserve`: ``_clips``), and a person's name of one word that
    is the last syllables of a word of one other person's name there
    (`Harto` beside `Soeharto`, the Javanese way to call a man by his
    name's end; Latin script only: a name written without spaces is parted
    by ``unspaced_parts``). The press clips a name it has just written in full; the
    extractor, which pairs whole words, leaves such a word an entity of
    its own, and the collection decides with these rows
    (``link_short_forms``) whether the word alone means that entity. A
    word that fits two names of the article (`Fed` beside `Federal
    Reserve` and `Federal Trade Commission`) says nothing. The tagger
    types a body a place as often as an organisation (`Federal Reserve`),
    so the longer name of a clip may be either."""
    names = list(names)
    # Found by a first character and by a last four letters: an article
    # names dozens, and this runs in phase 2's writer.
    bodies: dict[str, list[tuple[str, int, str]]] = {}
    endings: dict[str, list[tuple[str, int]]] = {}
    for key, type_, entity_id, name in names:
        if type_ == "PER":
            for word in key.split():
                endings.setdefault(word[-_SYLLABLES_MIN:], []).append((word, entity_id))
        elif key:
            bodies.setdefault(key[0], []).append((key, entity_id, name))
    found: set[tuple[str, int]] = set()
    for key, type_, entity_id, _ in names:
        if " " in key or not key.isalpha():
            continue
        if type_ == "ORG" and len(key) >= _CLIP_MIN:
            fits = {
                other
                for longer, other, written in bodies.get(key[0], ())
                if other != entity_id and _clips(key, longer, written)
            }
        elif type_ == "PER" and len(key) >= _SYLLABLES_MIN and max(key) < "\u0250":
            fits = {
                other
                for word, other in endings.get(key[-_SYLLABLES_MIN:], ())
                if word.endswith(key) and other != entity_id and len(word) >= len(key) + 2
            }
        else:
            continue
        if len(fits) == 1:
            found.add((key, fits.pop()))
    return found


def _clips(short: str, longer: str, written: str) -> bool:
    """Whether ``short`` clips the name ``longer`` (written ``written``):
    the start of its first word with two letters or more left off (`fed`,
    `federal reserve`), or of a name of one word, half of it at most
    (`yugansk`, `yuganskneftegas`, a compound's first part). A letter or
    two more is as often a name of its own (`Telkom`, `Telkomsel`), and a
    name written with a capital inside joins two names (`AppleInsider`, a
    site about Apple), the first a body of its own. Not a name in kana,
    Chinese characters or Hangul, which have no words to clip: `上海大学`
    is all of 上海师范大学's start, end and some of its characters between,
    and another university."""
    if max(short) >= "\u3040":
        return False
    first, _, rest = longer.partition(" ")
    if not first.startswith(short):
        return False
    if rest:
        return len(first) >= len(short) + 2
    joined = written[1:] != written[1:].lower() and written != written.upper()
    return len(short) >= _SYLLABLES_MIN and 2 * len(short) <= len(first) and not joined


# A body's name with its short form in brackets after its head, then the
# rest: `kejaksaan negeri (kejari) sidoarjo`.
_BRACKETED = re.compile(r"(\w[^()]*?) \((\w+)\) (\w[^()]*)")


def _bracketed(name: str) -> re.Match[str] | None:
    """``name``'s head, the short form in brackets after it and the rest
    (``_BRACKETED``), when the bracket's word shortens the head
    (``_shortens``); a word in brackets that does not (`(dulu)`, formerly;
    another body's name) is no short form of it."""
    found = _BRACKETED.fullmatch(name)
    if found is None or not _shortens(found[2].casefold(), found[1].casefold()):
        return None
    return found


def bracketed_short(key: str) -> str | None:
    """An organisation's ``key`` written with the short form of its head in
    brackets (``kejaksaan negeri (kejari) sidoarjo``) as the press then
    writes it alone, the short form for the head (``kejari sidoarjo``):
    the Indonesian press introduces a regional office so. It is kept as
    the name's short form (``reader.understanding``) and means that body
    however often it stands alone (``link_short_forms``), as an acronym
    paired with its long form does. Only a bracket that shortens the head
    is one (``_shortens``): a word in brackets that is another name
    (``kantor (kementerian) keuangan``) or an aside (`(dulu)`, formerly)
    is none."""
    found = _bracketed(key)
    return None if found is None else f"{found[2]} {found[3]}"


# A name that ends in a word in brackets: `komisi pemberantasan korupsi (kpk)`.
_ENDS_BRACKETED = re.compile(r"(.+) \((\w+)\)")


def _unbracketed(key: str) -> str | None:
    """A body's ``key`` (or name) without the short forms it introduces in
    brackets: of its head (``kejaksaan negeri (kejari) sidoarjo`` ->
    ``kejaksaan negeri sidoarjo``, ``_bracketed``), or at its end, of the
    whole name or of its last words (``komisi pemberantasan korupsi (kpk)``
    -> ``komisi pemberantasan korupsi``; ``pemerintah provinsi (pemprov)
    jawa timur (jatim)`` -> ``pemerintah provinsi jawa timur``); None for a
    key with no such bracket. The name without them is what the press
    writes in full where it does not introduce the short form. A bracket
    that shortens none of the words before it (`(dulu)`, formerly; another
    body's name) is part of the name, and keeps it apart."""
    if "(" not in key:
        return None
    found = _ENDS_BRACKETED.fullmatch(key)
    if found is not None:
        words = found[1].casefold().split()
        if any(_shortens(found[2].casefold(), " ".join(words[k:])) for k in range(len(words))):
            return _unbracketed(found[1]) or found[1]
    found = _bracketed(key)
    return None if found is None else f"{found[1]} {found[3]}"


def _shown(name: str) -> str:
    """The name a new entity is shown under: ``name`` as written, or its
    long form without the short form it introduced in brackets (`Tim
    Nasional (Timnas) Indonesia` is shown `Tim Nasional Indonesia`). The
    bracket is the article introducing the short form, no part of the
    body's name; the long form is what the press writes in full, where the
    most used form would often be the short form (`Timnas Indonesia`, for
    a person the surname alone). The alias keeps the name as written."""
    return _unbracketed(name) or name


def _shortens(short: str, head: str) -> bool:
    """Whether ``short`` is written as an acronym or clip of ``head``: fewer
    letters, none of its words, and its letters in order in the head's,
    from its first word to its last (``kpu``, komisi pemilihan umum;
    ``kejari``, kejaksaan negeri; ``polda``, kepolisian daerah, whose clip
    opens inside the first word; ``kab``, kabupaten, a clip of one word
    keeping its first letter). The press clips a body's words in order and
    leaves none of them out whole, so a word that is not so made is no
    short form of it."""
    words = head.split()
    if len(short) < 2 or len(short) >= len(head.replace(" ", "")) or short in words:
        return False
    if len(words) == 1:
        return short[0] == head[0] and _in_order(short, head)
    start, last = words[0].find(short[0]), words[-1]
    if start < 0:
        return False
    for cut in range(1, len(short)):
        if _in_order(short[:cut], head[start : -len(last)]) and _in_order(short[cut:], last):
            return True
    return False


def _in_order(letters: str, text: str) -> bool:
    """Whether ``letters`` are found in ``text`` in order."""
    rest = iter(text)
    return all(c in rest for c in letters)


# -- lookup -----------------------------------------------------------------


# A new mention's key is looked up in the aliases by key, never by reading
# them all (``reader.understanding.KnownNames``): each look-up gives
# (key, entity id) in the order the aliases came in, which decides ties.
_SPACELESS = "replace(key, ' ', '')"
_LAST_WORD = f"substr(key, length(rtrim(key, {_SPACELESS})) + 1)"


def aliases_spelt(conn: sqlite3.Connection, spaceless: str) -> list[tuple[str, str, int]]:
    """(key, type, entity id) of the aliases of this key without its spaces."""
    return conn.execute(
        f"SELECT key, type, entity_id FROM entity_aliases WHERE {_SPACELESS} = ?"
        " ORDER BY entity_id, key",
        (spaceless,),
    ).fetchall()


def alias_block(
    conn: sqlite3.Connection, type_: str, prefix: str, low: int, high: int
) -> list[tuple[str, str]]:
    """(key without spaces, key, entity id) of the aliases of a type whose
    key without spaces starts with ``prefix`` and is ``low`` to ``high``
    characters long (index of schema 24), in no order: a block can hold
    thousands, of which a fuzzy match keeps a few, sorted then."""
    return conn.execute(
        f"SELECT {_SPACELESS}, key, entity_id FROM entity_aliases WHERE type = ?"
        f" AND substr({_SPACELESS}, 1, 3) = ? AND length({_SPACELESS}) BETWEEN ? AND ?",
        (type_, prefix, low, high),
    ).fetchall()


def person_aliases(conn: sqlite3.Connection, key: str, shorter: list[str]) -> list[tuple[str, int]]:
    """Person aliases of two words or more that start with ``key + " "``
    or are one of ``shorter``."""
    return conn.execute(
        # ``+type``: by key (the primary key's range), not every person of
        # the block index.
        "SELECT key, entity_id FROM entity_aliases WHERE +type = 'PER' AND instr(key, ' ')"
        f" AND (key >= ? AND key < ? OR key IN ({', '.join('?' * len(shorter))}))"
        " ORDER BY entity_id, key",
        (key + " ", key + "!", *shorter),
    ).fetchall()


def surnamed_aliases(
    conn: sqlite3.Connection, prefixes: Iterable[str], words: Iterable[str]
) -> list[tuple[str, int]]:
    """Person aliases that start with one of ``prefixes`` (a Hangul
    surname), or whose first or last word is one of ``words`` (schema 24
    indexes the last)."""
    words = list(words)
    ranges = [(p, p + "\U0010ffff") for p in prefixes] + [(w + " ", w + "!") for w in words]
    found = set()
    for low, high in ranges:
        found.update(
            conn.execute(
                "SELECT key, entity_id FROM entity_aliases WHERE key >= ? AND key < ?"
                " AND +type = 'PER'",
                (low, high),
            )
        )
    if words:
        found.update(
            conn.execute(
                f"SELECT key, entity_id FROM entity_aliases INDEXED BY entity_aliases_last_word"
                f" WHERE {_LAST_WORD} IN"
                f" ({', '.join('?' * len(words))}) AND type = 'PER'",
                words,
            )
        )
    return sorted(found, key=lambda row: (row[1], row[0]))


def entity_ids_by_key(conn: sqlite3.Connection, key: str) -> list[int]:
    """Entities with an alias of this key, or of this key without its spaces."""
    rows = conn.execute(
        "SELECT DISTINCT entity_id FROM entity_aliases WHERE key = ?", (key,)
    ).fetchall()
    if not rows:
        rows = conn.execute(
            "SELECT DISTINCT entity_id FROM entity_aliases WHERE replace(key, ' ', '') = ?",
            (key.replace(" ", ""),),
        ).fetchall()
    return [row[0] for row in rows]


# -- short forms, with the whole collection in view ---------------------------


# A short form several entities were called by still means the one the
# articles call so this many times as often as the next, in at least this
# many articles (`Prabowo`: 32 articles for Prabowo Subianto, 1 for a name
# the tagger made of `Ultimatum Prabowo`); the lone word's own articles may
# number as many as the evidence, or that many times more from this many on
# (three articles' `Budi` do not take two hundred others with it).
_DOMINANT = 4
_FEW = 3
# As many articles suffice when the word is a part of no other person's name
# in the collection (``_sole_candidate``).
_FEW_FOR_ONE = 2


def link_short_forms(conn: sqlite3.Connection, state_words: Collection[str] = ()) -> int:
    """Fold each entity known only by a short form (``Prabowo``, ``BPS``)
    into the one entity the collection uses that short form for.

    An article that names ``Prabowo Subianto`` and then ``Prabowo`` says, in
    ``short_forms``, that the press calls him so; an article that writes
    ``Prabowo`` alone made an entity of that word. When the articles use the
    word for one entity of the same type, in as many articles as the lone
    word has of its own or in at least ``_FEW`` (``_FEW_FOR_ONE`` for a word
    no other person's name has: ``_sole_candidate``) and a ``_DOMINANT``
    share of them, or for one far more often than any other, the lone word
    is that entity; so is a lone entity of several words when every name it has is
    one the articles used for the longer one (``Tito Karnavian``). An
    acronym that is the initials of the entity's name (``KPK``, or ``RK``
    for a person the tagger typed an organisation for its capitals) and an
    organisation's name without its head word (``Golkar``) are that entity
    however often they stand alone; so are an acronym the articles spelled
    out for it (``_spelled_out``), a lone word whose articles keep the
    entity's company (``_in_same_company``), a nickname the articles gave a
    person (``_nickname``: `Noel`), a company the tagger typed a person
    (``_company_named_like_a_person``) and, first, the person's name
    without its middle name (``_link_middle_names``) or its first word
    (``_link_leading_words``) or rarely misspelt
    (``_link_misspellings``) and an organisation named by its head word
    and acronym (``_link_head_and_acronym``), once each entity has the
    type most of its mentions gave it (``_settle_types``). A company named
    without its legal form comes here as a short form its article wrote
    (``reader.extract.names.without_legal_form``). A lone word joins only in a
    language of the articles that used it so, and a Latin-script given name
    or surname not on one article's word alone. When they use it for
    several alike (two people called Kim), it stays apart and a lookup
    lists them all (``resolve``); a candidate that is the lone word itself
    with the state's short name after it (``state_words``, the languages'
    ``state_suffixes``: `Kejagung RI` beside `Kejagung`) is that same body,
    no rival (``_with_state_word``). Entities a user shaped are left as they
    are. A chain (``トヨタ`` for ``トヨタ自動車``, itself a short form of a
    longer name) ends at its last link.

    Only the names the articles written since the last pass used are looked
    at (``short_forms_pending``, filled by ``writer``), so that a pass after
    a one-file import does not read every alias, and one that was never run
    (an import stopped by Ctrl-C) is made up by the next. Returns how many
    entities were folded. Runs inside the caller's write transaction.
    """
    keys = [row[0] for row in conn.execute("SELECT key FROM short_forms_pending")]
    _settle_types(conn, keys)
    folded = (
        _link_unbracketed(conn, keys)
        + _link_middle_names(conn, keys)
        + _link_leading_words(conn, keys)
        + _link_misspellings(conn, keys)
        + _link_head_and_acronym(conn, keys)
    )
    rows = []
    for at in range(0, len(keys), 10_000):
        chunk = keys[at : at + 10_000]
        marks = ", ".join("?" * len(chunk))
        rows += conn.execute(
            "SELECT a.entity_id, lone.articles, f.entity_id, count(DISTINCT f.article_id),"
            " CASE WHEN meant.type = lone.type THEN 1"
            "  WHEN lone.type = 'ORG' AND meant.type = 'LOC' THEN 2 ELSE 0 END"
            " FROM entity_aliases a"
            " JOIN short_forms f ON f.key = a.key AND f.entity_id != a.entity_id"
            " JOIN entities lone ON lone.id = a.entity_id"
            " JOIN entities meant ON meant.id = f.entity_id"
            f" WHERE a.key IN ({marks}) AND NOT EXISTS ("
            "   SELECT 1 FROM entity_aliases b WHERE b.entity_id = a.entity_id"
            "   AND b.origin = 'user')"
            " GROUP BY a.entity_id, f.entity_id",
            chunk,
        ).fetchall()
    conn.execute("DELETE FROM short_forms_pending")
    meant: dict[int, list[tuple[int, int]]] = {}
    own: dict[int, int] = {}
    companies: set[int] = set()
    for short, articles_alone, full, articles, same_type in rows:
        # A body the tagger typed a place about as often as an organisation
        # (`Federal Reserve`) takes its organisation's short forms (`Fed`):
        # their votes then settle its type (``_settle_types``, below).
        if same_type == 2:
            same_type = _undecided_place(conn, full)
        # The tagger types a lone acronym by its capitals (`RK` an
        # organisation): the initials of a person's name are that person;
        # and a company named like a person (`Sinar Kencana`) is the
        # company its legal form names.
        if not same_type and not (
            _initials_of(conn, short, full) or _persons_acronym(conn, short, full)
        ):
            if not _company_named_like_a_person(conn, short, full):
                continue
            companies.add(short)
        if not _in_a_language_of_its_evidence(conn, short, full):
            continue
        meant.setdefault(short, []).append((articles, full))
        own[short] = articles_alone
    into: dict[int, int] = {}
    bracketed: dict[int, set[str | None]] = {}  # by full entity, for ``_bracketed_in``
    along: dict[int, int] = {}  # a state-suffixed candidate: the lone word it is
    for short in sorted(meant):
        fulls = sorted(meant[short], key=lambda found: (-found[0], found[1]))
        # Looked for only among rivals: one candidate is decided as before.
        same = [
            found
            for found in (fulls if len(fulls) > 1 else [])
            if _with_state_word(conn, short, found[1], state_words)
        ]
        if same and len(same) < len(fulls):
            fulls = [f for f in fulls if f not in same]
            along.update((body, short) for _, body in same)
        (most, full), rest = fulls[0], fulls[1:]
        enough = (
            (own[short] <= most and (most > 1 or not _one_word_person(conn, short)))
            or (most >= _FEW and own[short] <= _DOMINANT * most)
            or (
                not rest
                and most >= _FEW_FOR_ONE
                and own[short] <= _DOMINANT * most
                and _sole_candidate(conn, short, full)
            )
            or (
                not rest
                and (
                    _initials_of(conn, short, full)
                    or _persons_acronym(conn, short, full)
                    or _spelled_out(conn, short, full)
                    or (_headless(conn, short, full) and not _another_body_ends(conn, short, full))
                    or (own[short] <= _DOMINANT * most and _administrative(conn, short, full))
                    or _nickname(conn, short, full)
                    or _bracketed_in(conn, short, full, bracketed)
                    or short in companies
                    or _in_same_company(conn, short, full)
                )
            )
        )
        if (
            enough
            and (not rest or (most >= _FEW and most >= _DOMINANT * rest[0][0]))
            and _only_short_forms(conn, short, full)
        ):
            into[short] = full
    # The body the lone word is goes where the word goes.
    for body, short in along.items():
        if short in into and not _user_shaped(conn, body):
            into.setdefault(body, into[short])
    targets = set()
    for short in sorted(into):
        target = _last_link(into, short)
        if target is not None:
            if short in companies:
                _retype_aliases(conn, short, "PER", "ORG")
            _fold(conn, target, short)
            targets.add(target)
            folded += 1
    if targets:
        # The votes a short form brings may outvote the type its entity had.
        marks = ", ".join("?" * len(targets))
        _settle_types(
            conn,
            [
                key
                for (key,) in conn.execute(
                    f"SELECT key FROM entity_aliases WHERE entity_id IN ({marks})",
                    sorted(targets),
                )
            ],
        )
    if folded:
        bump_entities_version(conn)
    return folded


def _with_state_word(
    conn: sqlite3.Connection, short: int, full: int, state_words: Collection[str]
) -> bool:
    """Whether every name of ``full`` is a name of ``short`` with one of
    ``state_words`` after it (`kejagung ri` for `kejagung`): the import
    keeps the name without the state's short name as its short form
    (``reader.understanding._without_state``), so the two are one body
    written with or without `RI`, and ``full`` is no other body that the
    lone word might mean. Two bodies whose names differ otherwise
    (`Kejagung Vorsk`) stay rivals."""
    if not state_words:
        return False
    bare = {
        key
        for (key,) in conn.execute("SELECT key FROM entity_aliases WHERE entity_id = ?", (short,))
    }
    keys = [
        key
        for (key,) in conn.execute("SELECT key FROM entity_aliases WHERE entity_id = ?", (full,))
    ]
    return bool(keys) and all(
        " " in key and key.rsplit(" ", 1)[1] in state_words and key.rsplit(" ", 1)[0] in bare
        for key in keys
    )


def _user_shaped(conn: sqlite3.Connection, entity_id: int) -> bool:
    """Whether a user merged or split the entity (an alias of ``origin =
    'user'``), which the passes here leave as it is."""
    return (
        conn.execute(
            "SELECT 1 FROM entity_aliases WHERE entity_id = ? AND origin = 'user' LIMIT 1",
            (entity_id,),
        ).fetchone()
        is not None
    )


def _undecided_place(conn: sqlite3.Connection, entity_id: int) -> bool:
    """Whether a place's mentions were typed an organisation at least half
    as often as a place (``_OUTVOTED``): a body the tagger has not told
    from a place, which an organisation's short form may name. A place that
    acts (`China said`) is typed an organisation far more rarely."""
    votes = dict(
        conn.execute(
            "SELECT type, sum(seen) FROM entity_aliases WHERE entity_id = ? GROUP BY type",
            (entity_id,),
        ).fetchall()
    )
    return _OUTVOTED * votes.get("ORG", 0) >= votes.get("LOC", 0) > 0


def _company_named_like_a_person(conn: sqlite3.Connection, short: int, full: int) -> bool:
    """Whether ``short``, a "person" of several words, is a name the articles
    used for organisation ``full`` (``Sinar Kencana`` for PT Sinar
    Kencana: an article writes a company's legal form or not, and
    ``short_forms`` keeps its name without it): the company, which the
    tagger typed a person for a name like one (two surnames, a given name
    and a word). A name of one word (a surname) is left to the other rules:
    a company is often named after its founder."""
    rows = conn.execute(
        "SELECT a.key, s.type, f.type FROM entity_aliases a JOIN entities s ON s.id = a.entity_id"
        " JOIN entities f ON f.id = ? WHERE a.entity_id = ?",
        (full, short),
    ).fetchall()
    return bool(rows) and all(
        " " in key and type_ == "PER" and full_type == "ORG" for key, type_, full_type in rows
    )


def _retype_aliases(conn: sqlite3.Connection, entity_id: int, old: str, new: str) -> None:
    """Count the entity's mentions of type ``old`` as of type ``new``: the
    tagger's guess, which the collection's evidence put right, must not
    outvote it when the entity's type is settled again (``_settle_types``)."""
    conn.execute(
        "UPDATE entity_aliases SET seen = seen + (SELECT o.seen FROM entity_aliases o"
        " WHERE o.key = entity_aliases.key AND o.type = ?)"
        " WHERE entity_id = ? AND type = ? AND key IN"
        " (SELECT key FROM entity_aliases WHERE entity_id = ? AND type = ?)",
        (old, entity_id, new, entity_id, old),
    )
    conn.execute(
        "DELETE FROM entity_aliases WHERE entity_id = ? AND type = ? AND key IN"
        " (SELECT key FROM entity_aliases WHERE entity_id = ? AND type = ?)",
        (entity_id, old, entity_id, new),
    )
    conn.execute(
        "UPDATE entity_aliases SET type = ? WHERE entity_id = ? AND type = ?",
        (new, entity_id, old),
    )


# Words an acronym leaves out of its long form (`Badan Pusat Statistik`
# is BPS, `Bank of England` BoE).
_UNLETTERED = frozenset({"dan", "of", "the", "and", "for", "di", "&", "-"})


def _initials_of(conn: sqlite3.Connection, short: int, full: int) -> bool:
    """Whether ``short`` is written as the initials of ``full``'s name (KPK
    for Komisi Pemberantasan Korupsi, GM for General Motors): an acronym
    the articles paired with its long form means that body however often
    it stands alone, where a lone word (`Budi`) in many articles may be
    other people."""
    (acronym,) = conn.execute("SELECT name FROM entities WHERE id = ?", (short,)).fetchone()
    acronym = unicodedata.normalize("NFKC", acronym)  # `ＫＰＫ` in full-width capitals
    if len(acronym) < 2 or not acronym.isalpha() or not acronym.isupper():
        return False
    # The long form's keys, not its shown name: an entity first met as
    # `BPS` beside `Badan Pusat Statistik` is shown as `BPS`.
    keys = conn.execute("SELECT key FROM entity_aliases WHERE entity_id = ?", (full,))
    return any(
        "".join(w[:1] for w in key.split() if w not in _UNLETTERED) == acronym.lower()
        for (key,) in keys
    )


def _bracketed_in(
    conn: sqlite3.Connection, short: int, full: int, bracketed: dict[int, set[str | None]]
) -> bool:
    """Whether every name of ``short`` is the short form that a name of
    ``full`` gave itself in brackets (``kejari sidoarjo`` for Kejaksaan
    Negeri (Kejari) Sidoarjo, ``bracketed_short``): the article said that
    the press calls the body so. ``bracketed`` keeps each full entity's
    short forms for the pass, which asks about it for every lone name that
    may be its short form."""
    fulls = bracketed.get(full)
    if fulls is None:
        fulls = bracketed[full] = {
            bracketed_short(key)
            for (key,) in conn.execute(
                "SELECT key FROM entity_aliases WHERE entity_id = ?", (full,)
            )
        }
    if not fulls - {None}:
        return False
    keys = [
        key
        for (key,) in conn.execute("SELECT key FROM entity_aliases WHERE entity_id = ?", (short,))
    ]
    return bool(keys) and all(key in fulls for key in keys)


def _one_word_person(conn: sqlite3.Connection, entity_id: int) -> bool:
    """Whether an entity is a person known by one word: one article that
    called someone `Guntur` does not make `Guntur` alone in another article
    the same man (many share a given name), unless that article keeps his
    company (``_in_same_company``). Only a Latin-script word says so: a
    Chinese or Japanese name has no spaces to tell a given name by."""
    row = conn.execute("SELECT type, name FROM entities WHERE id = ?", (entity_id,)).fetchone()
    return row is not None and row[0] == "PER" and row[1].isalpha() and max(row[1]) < "\u0250"


def _nickname(conn: sqlite3.Connection, short: int, full: int) -> bool:
    """Whether ``short`` is a name the articles gave person ``full`` that is
    none of the words of its names (``Noel`` for Immanuel Ebenezer, after
    `yang akrab disapa`): an article pairs a person with such a name where
    it says that the press calls them so (a nickname cue, a bracket), so it
    means that one person however often it stands alone, where a given name
    (`Immanuel`) may be many people. Latin script only: a Chinese or
    Japanese short form is a part of the name with no spaces to tell it by.
    Nor is the end of a word of it (`Harto` for Soeharto), which an article
    may write beside the name without a cue (``short_forms_in_article``):
    another man may be called so. Keys are compared, so that an accent
    (`José`, `jose`) hides no name."""
    shorts = [
        key
        for (key,) in conn.execute("SELECT key FROM entity_aliases WHERE entity_id = ?", (short,))
    ]
    if not shorts or any(" " in key or not key.isalpha() or max(key) >= "\u0250" for key in shorts):
        return False
    words = {
        word
        for (key,) in conn.execute(
            "SELECT a.key FROM entity_aliases a JOIN entities e ON e.id = a.entity_id"
            " WHERE a.entity_id = ? AND e.type = 'PER'",
            (full,),
        )
        for word in key.split()
    }
    return bool(words) and not any(
        w.startswith(low) or low.startswith(w) or w.endswith(low) for w in words for low in shorts
    )


def _in_a_language_of_its_evidence(conn: sqlite3.Connection, short: int, full: int) -> bool:
    """Whether the lone word is written in a language of the articles that
    used it for ``full``: `PMI` that Indonesian articles spell out as
    Pekerja Migran Indonesia is a purchasing managers' index in English ones,
    `HK` a person's initials in one language and Hong Kong in another. An
    acronym in Latin capitals (full-width ones read as such) in a Chinese,
    Japanese or Korean article is most often the English one (`WTO`,
    `IMF`), so English articles' evidence counts for it, but not when
    articles of its own language use it for another entity: those scripts
    have Latin acronyms of their own too (`NHK`, `KBS`, and `CDC` for
    China's own centre), and a language's own evidence outweighs
    another's however much more of it there is."""
    (name,) = conn.execute("SELECT name FROM entities WHERE id = ?", (short,)).fetchone()
    name = unicodedata.normalize("NFKC", name)
    english = name.isascii() and _acronym(name)
    return (
        conn.execute(
            "WITH evidence AS (SELECT DISTINCT e.lang FROM short_forms f"
            "  JOIN articles e ON e.id = f.article_id WHERE f.entity_id = :full)"
            " SELECT 1 FROM mentions m JOIN articles a ON a.id = m.article_id"
            " WHERE m.entity_id = :short AND (a.lang IN (SELECT lang FROM evidence)"
            "  OR (:english AND substr(a.lang, 1, 2) IN ('ja', 'ko', 'zh')"
            "   AND 'en' IN (SELECT lang FROM evidence)"
            "   AND NOT EXISTS (SELECT 1 FROM entity_aliases k"
            "    JOIN short_forms g ON g.key = k.key AND g.entity_id NOT IN (:full, :short)"
            "    JOIN articles b ON b.id = g.article_id"
            "    WHERE k.entity_id = :short AND substr(b.lang, 1, 2) = substr(a.lang, 1, 2))))"
            " LIMIT 1",
            {"full": full, "short": short, "english": english},
        ).fetchone()
        is not None
    )


def _persons_acronym(conn: sqlite3.Connection, short: int, full: int) -> bool:
    """Whether ``short`` is the initials of person ``full``'s name led by
    their title's (``KDM`` for Kang Dedi Mulyadi, which articles paired),
    typed an organisation by the tagger for its capitals."""
    acronym, keys = _acronym_and_keys(conn, short, full, "PER")
    return len(acronym) >= 3 and any(
        "".join(w[:1] for w in key.split()) == acronym[1:] for key in keys
    )


def _acronym_and_keys(
    conn: sqlite3.Connection, short: int, full: int, full_type: str
) -> tuple[str, list[str]]:
    """Organisation ``short``'s name in lower case when it is written in
    capitals (an acronym), and the keys of ``full`` when it has
    ``full_type``; ``("", [])`` otherwise."""
    row = conn.execute(
        "SELECT s.name FROM entities s JOIN entities f ON f.id = ?"
        " WHERE s.id = ? AND s.type = 'ORG' AND f.type = ?",
        (full, short, full_type),
    ).fetchone()
    if row is None or len(row[0]) < 2 or not row[0].isalpha() or not row[0].isupper():
        return "", []
    keys = conn.execute("SELECT key FROM entity_aliases WHERE entity_id = ?", (full,))
    return row[0].lower(), [key for (key,) in keys]


def _spelled_out(conn: sqlite3.Connection, short: int, full: int) -> bool:
    """Whether organisation ``short`` is an acronym made of the first
    letters or syllables of ``full``'s words in order (``HIPMI`` for
    Himpunan Pengusaha Muda Indonesia, ``GERINDRA`` for Partai Gerakan
    Indonesia Raya), which the articles paired with it: one body however
    often it stands alone, like the plain initials (``_initials_of``)."""
    acronym, keys = _acronym_and_keys(conn, short, full, "ORG")
    return any(
        _spells(acronym, [w for w in key.split() if w not in _UNLETTERED], head=True)
        for key in keys
        if key != acronym
    )


def _spells(acronym: str, words: list[str], head: bool = False) -> bool:
    """Whether ``acronym`` is a start of each of ``words`` in turn (at
    least a letter of every one), the first word (a head such as
    ``partai``) may be left out when ``head``."""
    if not words:
        return not acronym
    if head and _spells(acronym, words[1:]):
        return True
    word = words[0]
    return any(
        acronym.startswith(word[:k]) and _spells(acronym[k:], words[1:])
        for k in range(1, min(len(word), len(acronym)) + 1)
    )


# An entity takes another type when its mentions were given that one at
# least this many times as often as the type it has.
_OUTVOTED = 2
_TYPES = ("PER", "ORG", "LOC")


def _settle_types(conn: sqlite3.Connection, keys: list[str]) -> int:
    """Give each entity the newest articles named the type most of its
    mentions had (``entity_aliases.seen``): an entity is created with the
    type of its first mention, and the tagger types one name differently
    in different sentences (`Bill Gates` an organisation beside
    `Microsoft`, a person everywhere else). A name some mentions typed an
    organisation that opens with the name of an organisation of the
    collection is one, however many call it a person
    (``_named_after_a_body``). A type the user set stays.
    Runs before the short forms are linked, which join only one type.
    Returns how many entities changed type."""
    votes: dict[int, dict[str, int]] = {}
    # The tagger types capitals an organisation (`SR` for Suila Rohill):
    # an entity's acronyms vote only when it has no other name.
    acronyms: dict[int, dict[str, int]] = {}
    counted: set[tuple[str, str]] = set()
    current: dict[int, str] = {}
    shaped: set[int] = set()
    for at in range(0, len(keys), 10_000):
        chunk = keys[at : at + 10_000]
        marks = ", ".join("?" * len(chunk))
        for entity_id, now, key, type_, seen, user, name in conn.execute(
            "SELECT a.entity_id, e.type, a.key, a.type, a.seen, a.origin = 'user', a.name"
            " FROM entity_aliases a JOIN entities e ON e.id = a.entity_id"
            " WHERE a.entity_id IN ("
            f"  SELECT entity_id FROM entity_aliases WHERE key IN ({marks})"
            # A person some mentions typed a body, whose name's first word
            # these articles named as a body (``_named_after_a_body``); a
            # given name alone, which thousands share, names none.
            "  UNION SELECT p.entity_id FROM name_parts p JOIN entity_aliases o"
            "  ON o.entity_id = p.entity_id AND o.type = 'ORG' WHERE p.word IN ("
            "   SELECT b.key FROM entity_aliases b JOIN entities f ON f.id = b.entity_id"
            f"   WHERE b.key IN ({marks}) AND b.type = 'ORG' AND f.type = 'ORG'))",
            chunk + chunk,
        ):
            if (key, type_) in counted:  # an entity of two chunks' keys
                continue
            counted.add((key, type_))
            by_type = (acronyms if _acronym(name) else votes).setdefault(entity_id, {})
            by_type[type_] = by_type.get(type_, 0) + seen
            current[entity_id] = now
            if user:
                shaped.add(entity_id)
    for entity_id, by_type in acronyms.items():
        votes.setdefault(entity_id, by_type)
    changed = 0
    for entity_id, by_type in votes.items():
        now = current[entity_id]
        if len(by_type) < 2 or entity_id in shaped or now not in _TYPES:
            continue
        best = max(_TYPES, key=lambda t: (by_type.get(t, 0), t == now))
        outvoted = by_type.get(best, 0) >= _OUTVOTED * max(1, by_type.get(now, 0))
        settled = best if outvoted else now
        if settled == "PER" and by_type.get("ORG") and _named_after_a_body(conn, entity_id):
            settled = "ORG"
        if settled != now:
            conn.execute("UPDATE entities SET type = ? WHERE id = ?", (settled, entity_id))
            changed += 1
    if changed:
        bump_entities_version(conn)
    return changed


def _acronym(name: str) -> bool:
    """Whether an alias is written as an acronym (`SR`, `NATO`)."""
    return len(name) <= _ACRONYM_MAX and name.isalpha() and name.isupper()


# Capitals longer than this are a name shouted (a dateline), not an acronym.
_ACRONYM_MAX = 5


def _named_after_a_body(conn: sqlite3.Connection, entity_id: int) -> bool:
    """Whether a name of several words opens with the name of an
    organisation the collection names in as many articles at least (`Sony
    Ericsson`, beside Sony): a company named after its parent, which the
    tagger types a person for its two name-like words. Asked only of an
    entity some of whose mentions were typed an organisation: a person
    whose given name a body also has (`Christian`) is typed a person
    throughout."""
    (articles,) = conn.execute(
        "SELECT articles FROM entities WHERE id = ?", (entity_id,)
    ).fetchone()
    firsts = {
        key.split()[0]
        for (key,) in conn.execute(
            "SELECT key FROM entity_aliases WHERE entity_id = ?", (entity_id,)
        )
        if " " in key
    }
    marks = ", ".join("?" * len(firsts))
    return bool(firsts) and (
        conn.execute(
            "SELECT 1 FROM entity_aliases a JOIN entities e ON e.id = a.entity_id"
            f" WHERE a.key IN ({marks}) AND a.type = 'ORG' AND e.type = 'ORG'"
            " AND e.id != ? AND e.articles >= ? LIMIT 1",
            (*sorted(firsts), entity_id, articles),
        ).fetchone()
        is not None
    )


def _unshaped(conn: sqlite3.Connection, key: str, type_: str) -> int | None:
    """The entity holding alias ``key`` of ``type_``, unless a user shaped
    it (curation wins over every rule that folds)."""
    row = conn.execute(
        "SELECT a.entity_id FROM entity_aliases a WHERE a.key = ? AND a.type = ?"
        " AND NOT EXISTS (SELECT 1 FROM entity_aliases u WHERE u.entity_id = a.entity_id"
        " AND u.origin = 'user')",
        (key, type_),
    ).fetchone()
    return row[0] if row else None


def _link_unbracketed(conn: sqlite3.Connection, keys: list[str]) -> int:
    """Fold an entity named with the short form of its head in brackets
    (``kejaksaan negeri (kejari) sidoarjo``) and one of the same type named
    without it into one, the one in more articles kept (the older on a
    tie) and shown without the bracket: a library written before
    ``_entity_id`` knew them for one body, which a reindex keeps, is made
    as a new one is. ``keys`` are the names the newest articles used, with
    the bracket or without it (``_bracketed_of``). Returns how many were
    folded."""
    folded = 0
    for key in sorted({k for k in keys if "(" in k} | _bracketed_of(conn, keys)):
        bare = _unbracketed(key)
        if bare is None:
            continue
        # One pair at a time: each fold takes an entity away, and the
        # spelling may have entities under two types.
        while found := conn.execute(
            "SELECT a.entity_id, ea.articles, b.entity_id, eb.articles"
            " FROM entity_aliases a, entity_aliases b"
            " JOIN entities ea ON ea.id = a.entity_id JOIN entities eb ON eb.id = b.entity_id"
            " WHERE a.key = ? AND b.key = ? AND a.entity_id != b.entity_id AND ea.type = eb.type"
            " AND NOT EXISTS (SELECT 1 FROM entity_aliases u"
            "  WHERE u.entity_id IN (a.entity_id, b.entity_id) AND u.origin = 'user')"
            " LIMIT 1",
            (key, bare),
        ).fetchone():
            (_, keep), (_, absorb) = sorted(((-found[1], found[0]), (-found[3], found[2])))
            _fold(conn, keep, absorb)
            (name,) = conn.execute("SELECT name FROM entities WHERE id = ?", (keep,)).fetchone()
            conn.execute("UPDATE entities SET name = ? WHERE id = ?", (_shown(name), keep))
            folded += 1
    return folded


def _bracketed_of(conn: sqlite3.Connection, keys: list[str]) -> set[str]:
    """The aliases that are one of ``keys`` (written without a bracket) with
    the short form of its head or of its end in brackets
    (``komisi tarmak umum`` -> ``komisi tarmak umum (ktu)``): a later
    article writing the name without the bracket finds the body a library
    named before the two were one. The keys that open with each head of
    the key (its first words) and a bracket are looked up in one statement
    (12 microseconds a key among 60,000 aliases)."""
    found = set()
    for key in keys:
        words = key.split()
        if "(" in key or not words:
            continue
        heads = [" ".join(words[:k]) for k in range(1, len(words) + 1)]
        found.update(
            alias
            for (alias,) in conn.execute(
                "SELECT key FROM entity_aliases WHERE "
                + " OR ".join(["key > ? AND key < ?"] * len(heads)),
                [bound for head in heads for bound in (head + " (", head + " )")],
            )
            if _unbracketed(alias) == key
        )
    return found


def _link_middle_names(conn: sqlite3.Connection, keys: list[str]) -> int:
    """Fold a person named by first and last name alone (``Rosan
    Roeslani``) into the one person the collection names with a middle name
    between them (``Rosan Perkasa Roeslani``): the same name written
    shorter. Two fuller names that fit (``George H. W. Bush``, ``George W.
    Bush`` for ``George Bush``) leave it apart. ``keys`` are the names the
    newest articles used, on either side. Returns how many were folded."""
    shorts: set[str] = set()
    for key in keys:
        words = key.split()
        if len(words) == 2:
            shorts.add(key)
        elif len(words) > 2:
            shorts.add(f"{words[0]} {words[-1]}")
    folded = 0
    for short_key in sorted(shorts):
        short = _unshaped(conn, short_key, "PER")
        if short is None:
            continue
        first, last = short_key.split()
        # Names of three words or more that open with the first name and end
        # with the last, filtered in SQL: a common given name has thousands
        # of aliases at a million articles, and this runs after every group,
        # so they are sought among the people of that surname when it is the
        # rarer word (most are: at 1M, 0.03-0.07 ms a name against 0.19).
        rest = (first + " ", first + "!", short, len(last) + 1, " " + last, len(first) + 2)
        among, params = "entity_aliases a WHERE", rest
        if _fewer_than(conn, last, _COMMON_SURNAME):
            among = (
                "name_parts p JOIN entity_aliases a ON a.entity_id = p.entity_id"
                " WHERE p.word = ? AND"
            )
            params = (last, *rest)
        fuller = {
            entity_id
            for (entity_id,) in conn.execute(
                f"SELECT a.entity_id FROM {among} a.key > ? AND a.key < ? AND a.type = 'PER'"
                " AND a.entity_id != ? AND substr(a.key, -?) = ? AND instr(substr(a.key, ?), ' ') > 0",
                params,
            )
        }
        if len(fuller) == 1:
            _fold(conn, fuller.pop(), short)
            folded += 1
    return folded


# A surname in more names than this is sought by the given name instead.
_COMMON_SURNAME = 200


def _link_leading_words(conn: sqlite3.Connection, keys: list[str]) -> int:
    """Fold a person named without the first word of their name (``Tito
    Karnavian``) and the one person named with it (``Muhammad Tito
    Karnavian``) into one, when the articles call the longer name by a word
    of the shorter (``Tito``): the word left out is then one the press
    drops (a religious name, a title or a place the tagger glued on), not
    a given name of someone else's (`Putri Zulkifli Hasan`, called `Putri`,
    is not Zulkifli Hasan). Two longer names that fit leave it apart, and so
    does a last word that hundreds of people's names share. The one named in
    more articles is kept, the fuller name on a tie. ``keys`` are the names
    the newest articles used, on either side. Returns how many were folded."""
    longer_keys: dict[str, set[str]] = {}
    for key in keys:
        words = key.split()
        if len(words) >= 3:
            longer_keys.setdefault(" ".join(words[1:]), set()).add(key)
        if len(words) >= 2 and _fewer_than(conn, words[-1], _COMMON_SURNAME):
            longer_keys.setdefault(key, set()).update(
                longer
                for (longer,) in conn.execute(
                    "SELECT DISTINCT a.key FROM name_parts p JOIN entity_aliases a"
                    " ON a.entity_id = p.entity_id AND a.type = 'PER'"
                    " WHERE p.word = ? AND substr(a.key, -?) = ?"
                    " AND instr(substr(a.key, 1, length(a.key) - ?), ' ') = 0",
                    (words[-1], len(key) + 1, " " + key, len(key) + 1),
                )
            )
    folded = 0
    for short_key, found in sorted(longer_keys.items()):
        short = _unshaped(conn, short_key, "PER")
        if short is None or not found:
            continue
        marks = ", ".join("?" * len(found))
        longer = {
            entity_id
            for (entity_id,) in conn.execute(
                "SELECT DISTINCT a.entity_id FROM entity_aliases a JOIN entities e"
                " ON e.id = a.entity_id AND e.type = 'PER'"
                f" WHERE a.type = 'PER' AND a.key IN ({marks}) AND a.entity_id != ?",
                (*sorted(found), short),
            )
        }
        if len(longer) != 1:
            continue
        (full,) = longer
        words = short_key.split()
        called = conn.execute(
            "SELECT 1 FROM short_forms WHERE entity_id = ? AND key IN"
            f" ({', '.join('?' * (len(words) + 1))}) LIMIT 1",
            (full, *words, short_key),
        ).fetchone()
        shaped = conn.execute(
            "SELECT 1 FROM entity_aliases WHERE entity_id = ? AND origin = 'user'", (full,)
        ).fetchone()
        row = conn.execute(
            "SELECT s.type, s.articles, f.articles FROM entities s, entities f"
            " WHERE s.id = ? AND f.id = ?",
            (short, full),
        ).fetchone()
        if not called or shaped or row is None or row[0] != "PER":
            continue
        # An entity the articles also name otherwise is someone in their own right.
        (other,) = conn.execute(
            "SELECT count(*) FROM entity_aliases a WHERE a.entity_id = ? AND a.key != ?"
            " AND NOT EXISTS (SELECT 1 FROM short_forms f WHERE f.key = a.key AND f.entity_id = ?)",
            (short, short_key, full),
        ).fetchone()
        if other:
            continue
        keep, absorb = (short, full) if row[1] > row[2] else (full, short)
        _fold(conn, keep, absorb)
        folded += 1
    return folded


def _fewer_than(conn: sqlite3.Connection, word: str, many: int) -> bool:
    """Whether fewer than ``many`` entities have ``word`` as a first or
    last name (``name_parts``), counted no further than that."""
    (n,) = conn.execute(
        "SELECT count(*) FROM (SELECT 1 FROM name_parts WHERE word = ? LIMIT ?)", (word, many)
    ).fetchone()
    return n < many


def _link_head_and_acronym(conn: sqlite3.Connection, keys: list[str]) -> int:
    """Fold an organisation named by a head word and an acronym (``Partai
    Gerindra``) into the one organisation that opens with the same head
    word and for which the articles wrote that acronym (``Partai Gerakan
    Indonesia Raya (Gerindra)``): the same body written shorter. A word of
    the longer name (``Partai Demokrat`` beside ``Partai Demokrat Amerika
    Serikat``) is no acronym of it. ``keys`` are the names the newest
    articles used: the shorter name or the acronym, whichever came last.
    Returns how many were folded."""
    acronyms = sorted(
        {key.partition(" ")[2] if " " in key else key for key in keys if key.count(" ") <= 1}
    )
    meant: dict[str, set[int]] = {}
    for at in range(0, len(acronyms), 10_000):
        chunk = acronyms[at : at + 10_000]
        marks = ", ".join("?" * len(chunk))
        # Each (short form, entity) once before the join: a surname is the
        # short form of one person in thousands of articles.
        for acronym, entity_id, key in conn.execute(
            "SELECT f.key, f.entity_id, b.key FROM"
            f" (SELECT DISTINCT key, entity_id FROM short_forms WHERE key IN ({marks})) f"
            " JOIN entities e ON e.id = f.entity_id AND e.type = 'ORG'"
            " JOIN entity_aliases b ON b.entity_id = f.entity_id AND b.type = 'ORG'",
            chunk,
        ):
            words = key.split()
            if len(words) >= 3 and acronym not in words:
                meant.setdefault(f"{words[0]} {acronym}", set()).add(entity_id)
    folded = 0
    for short_key in sorted(meant):
        short = _unshaped(conn, short_key, "ORG")
        longer = meant[short_key]
        if short is None or len(longer) != 1 or short in longer:
            continue
        (target,) = longer
        # Folded away earlier in this pass, under a name of its own.
        if conn.execute("SELECT 1 FROM entities WHERE id = ?", (target,)).fetchone():
            _fold(conn, target, short)
            folded += 1
    return folded


# A misspelling is this many times rarer than the spelling it joins.
_RARER = 3


def _link_misspellings(conn: sqlite3.Connection, keys: list[str]) -> int:
    """Fold a person's name that differs from one other person's name in
    one word by two letters swapped or a letter doubled (``Mihkail
    Khodorkovsky``, ``Muhamad Rizal``) into it, when the articles write that
    other spelling ``_RARER`` times as often: the same name misspelt, which
    the issue allows to merge. A word shorter than five letters (``Jon``,
    ``Jan``) is another name, not a misspelling. ``keys`` are the names the
    newest articles used.

    The other spellings are made from the name (``_misspellings``, a few
    dozen a word) and looked up by key, not found among the people who share a
    word of it: at a million articles a given name is shared by thousands,
    and reading their names for every new name was a fifth of the writer's
    time. Returns how many were folded."""
    folded = 0
    for key in sorted({k for k in keys if 1 <= k.count(" ") <= 3}):
        row = conn.execute(
            "SELECT e.id, e.articles FROM entity_aliases a JOIN entities e ON e.id = a.entity_id"
            " WHERE a.key = ? AND a.type = 'PER' AND e.type = 'PER'",
            (key,),
        ).fetchone()
        if row is None:
            continue
        own, articles = row
        others = _misspellings(key.split())
        near = {
            other
            for at in range(0, len(others), 500)
            for (other,) in conn.execute(
                "SELECT DISTINCT entity_id FROM entity_aliases WHERE type = 'PER'"
                f" AND entity_id != ? AND key IN ({', '.join('?' * len(others[at : at + 500]))})",
                (own, *others[at : at + 500]),
            )
        }
        if len(near) != 1:
            continue
        (other,) = near
        (other_articles,) = conn.execute(
            "SELECT articles FROM entities WHERE id = ?", (other,)
        ).fetchone()
        rare, common = (own, other) if articles <= other_articles else (other, own)
        if max(articles, other_articles) < _RARER * max(1, min(articles, other_articles)):
            continue
        if conn.execute(
            "SELECT 1 FROM entity_aliases WHERE entity_id IN (?, ?) AND origin = 'user'",
            (rare, common),
        ).fetchone():
            continue
        _fold(conn, common, rare)
        folded += 1
    return folded


def _misspellings(words: list[str]) -> list[str]:
    """Every misspelling of the name ``words``: the name with one word of
    five letters or more written with two neighbouring letters swapped, a
    letter doubled or a doubled letter once (five letters or more still),
    the others as they are."""
    out = set()
    for i, word in enumerate(words):
        if len(word) < 5:
            continue
        spelt = {word[:k] + word[k + 1] + word[k] + word[k + 2 :] for k in range(len(word) - 1)}
        spelt.update(word[: k + 1] + word[k:] for k in range(len(word)))
        if len(word) > 5:
            spelt.update(
                word[:k] + word[k + 1 :] for k in range(1, len(word)) if word[k] == word[k - 1]
            )
        spelt.discard(word)
        out.update(" ".join([*words[:i], other, *words[i + 1 :]]) for other in spelt)
    return sorted(out)


def _headless(conn: sqlite3.Connection, short: int, full: int) -> bool:
    """Whether organisation ``short`` is ``full``'s name without the word
    before it, after it or both (``Golkar`` for Partai Golkar, ``Indosat``
    for PT Indosat, ``Sritex`` for PT Sritex Tbk): one body however often
    it stands alone, where a person's surname alone in many articles may be
    other people of that name. A
    name that is two names, the second of which the collection also writes
    alone for ``full`` (`Amazon Kindle`, called `Kindle`), is a product or
    unit named after its parent: its first word alone is the parent."""
    rows = conn.execute(
        "SELECT a.key, b.key FROM entity_aliases a JOIN entity_aliases b ON b.entity_id = ?"
        " JOIN entities s ON s.id = a.entity_id JOIN entities f ON f.id = b.entity_id"
        " WHERE a.entity_id = ? AND s.type = 'ORG' AND f.type = 'ORG'",
        (full, short),
    ).fetchall()
    names = {longer for _, longer in rows}

    def called(rest: str) -> bool:
        # Looked up by key: a frequent body has a short-form row an article.
        return rest in names or (
            conn.execute(
                "SELECT 1 FROM short_forms WHERE key = ? AND entity_id = ? LIMIT 1", (rest, full)
            ).fetchone()
            is not None
        )

    return any(
        (
            _one_word_around(key.split(), longer.split())
            and not (longer.startswith(key + " ") and called(longer[len(key) + 1 :]))
        )
        for key, longer in rows
    )


def _administrative(conn: sqlite3.Connection, short: int, full: int) -> bool:
    """Whether place ``short`` is place ``full``'s name without its
    administrative suffix (``北京`` for 北京市, ``서울`` for 서울시, which
    itself is 서울특별시 shorter), as Chinese, Japanese and Korean write a
    place with or without it: the short form the articles gave
    (``reader.extract.names.without_administrative_suffix``), a name
    without spaces that keeps the longer's start, means that place when it
    stands alone no more than ``_DOMINANT`` times as often as the articles
    pair them (the caller's count): a bare name far more frequent than its
    suffixed form is likely another place of its own (a province beside
    its city, 吉林 beside 吉林市), which one article cannot decide. Both
    must be places: a person (`市` is no
    surname suffix, but ``_settle_types`` may leave a lone name a person)
    or a body by a clear majority of its mentions stays apart, and two
    places of that name (福岡県, 福岡市) leave it apart (``rest``)."""
    both_places = conn.execute(
        "SELECT 1 FROM entities s JOIN entities f ON f.id = ?"
        " WHERE s.id = ? AND s.type = 'LOC' AND f.type = 'LOC'",
        (full, short),
    ).fetchone()
    if both_places is None:
        return False
    # Compared as written (NFC): a key holds Hangul as its letters.
    keys = [
        unicodedata.normalize("NFC", key)
        for (key,) in conn.execute("SELECT key FROM entity_aliases WHERE entity_id = ?", (short,))
    ]
    longer = [
        unicodedata.normalize("NFC", key)
        for (key,) in conn.execute("SELECT key FROM entity_aliases WHERE entity_id = ?", (full,))
    ]
    return bool(keys) and all(
        len(key) >= 2
        and " " not in key
        and not key.isascii()
        and any(
            " " not in other
            and len(other) > len(key)
            and (other.startswith(key) or (len(key) >= 3 and other.startswith(key[:-1])))
            for other in longer
        )
        for key in keys
    )


def _another_body_ends(conn: sqlite3.Connection, short: int, full: int) -> bool:
    """Whether ``full`` is ``short`` and a word after it (`United Airlines`
    for `United`, a company named without its trade word) and the lone
    word's articles name another body whose name ends in it (`Manchester
    United`): a word two bodies are called by joins neither. A name without
    its first word (`Golkar` for Partai Golkar) is the press's usual way to
    call a body, which bodies named with it do not cloud (`Fraksi Golkar`)."""
    keys = [
        key
        for (key,) in conn.execute("SELECT key FROM entity_aliases WHERE entity_id = ?", (short,))
    ]
    if len(keys) != 1 or " " in keys[0]:
        return False
    (key,) = keys
    if not conn.execute(
        "SELECT 1 FROM entity_aliases WHERE entity_id = ? AND key > ? AND key < ?",
        (full, key + " ", key + "!"),
    ).fetchone():
        return False
    return any(
        len(other.split()) == 2 and other.endswith(" " + key)
        for (other,) in conn.execute(
            "SELECT DISTINCT b.key FROM (SELECT DISTINCT article_id FROM mentions"
            "  WHERE entity_id = ? ORDER BY article_id DESC LIMIT ?) s"
            " JOIN mentions m ON m.article_id = s.article_id AND m.entity_id NOT IN (?, ?)"
            " JOIN entity_aliases b ON b.entity_id = m.entity_id AND b.type IN ('ORG', 'LOC')",
            (short, _COMPANY_SAMPLE, short, full),
        )
    )


def _one_word_around(inner: list[str], words: list[str]) -> bool:
    """Whether ``words`` are ``inner`` with one word before, after or both."""
    n = len(inner)
    return len(words) > n and any(
        words[start : start + n] == inner and len(words) - n - start in (0, 1) for start in (0, 1)
    )


# How many of an entity's articles `_in_same_company` reads (the newest),
# so that a name in thousands of articles costs no more than one in hundreds.
_COMPANY_SAMPLE = 300


def _in_same_company(conn: sqlite3.Connection, short: int, full: int) -> bool:
    """Whether the lone word's articles are about ``full``'s world: three in
    four of them name at least two of the people and organisations named
    beside ``full`` (``Gibran`` alone, beside the president and the party
    that the articles naming Gibran Rakabuming Raka also name); an article
    that names ``full`` itself is in his company whatever else it names (the
    tagger typed his full name a place there, so it paired nothing). A given
    name that many people have (``Budi``) keeps other company, and stays
    apart."""
    (lone, supported) = conn.execute(
        "WITH beside AS ("
        "  SELECT DISTINCT c.entity_id FROM"
        "   (SELECT DISTINCT article_id FROM mentions WHERE entity_id = :full"
        "    ORDER BY article_id DESC LIMIT :sample) f"
        "  JOIN mentions c ON c.article_id = f.article_id"
        "  JOIN entities e ON e.id = c.entity_id AND e.type IN ('PER', 'ORG')"
        "  WHERE c.entity_id NOT IN (:full, :short)),"
        " alone AS ("
        "  SELECT DISTINCT article_id FROM mentions WHERE entity_id = :short"
        "  ORDER BY article_id DESC LIMIT :sample)"
        " SELECT count(*), coalesce(sum(n >= 2 OR named), 0) FROM ("
        "  SELECT a.article_id, count(DISTINCT c.entity_id) AS n, EXISTS ("
        "   SELECT 1 FROM mentions w WHERE w.article_id = a.article_id"
        "   AND w.entity_id = :full) AS named FROM alone a"
        "  LEFT JOIN mentions c ON c.article_id = a.article_id"
        "   AND c.entity_id IN (SELECT entity_id FROM beside)"
        "  GROUP BY a.article_id)",
        {"full": full, "short": short, "sample": _COMPANY_SAMPLE},
    ).fetchone()
    return lone > 0 and 4 * supported >= 3 * lone


def _sole_candidate(conn: sqlite3.Connection, short: int, full: int) -> bool:
    """Whether every name of ``short`` is one word that no person's name in
    the collection has as its first or last word but ``full``'s
    (``name_parts``): a small library that twice calls Purbaya Yudhi Sadewa
    `Purbaya`, and names nobody else so, has given all the evidence it can
    that `Purbaya` alone is him, where a word that other people's names
    share (`Budi`) needs the ``_FEW`` articles a large one gives."""
    keys = [
        key
        for (key,) in conn.execute("SELECT key FROM entity_aliases WHERE entity_id = ?", (short,))
    ]
    if not keys or any(" " in key for key in keys):
        return False
    marks = ", ".join("?" * len(keys))
    return (
        conn.execute(
            f"SELECT 1 FROM name_parts WHERE word IN ({marks}) AND entity_id NOT IN (?, ?) LIMIT 1",
            (*keys, short, full),
        ).fetchone()
        is None
    )


def _only_short_forms(conn: sqlite3.Connection, short: int, full: int) -> bool:
    """Whether every name of ``short`` is one the articles used as a short
    form of ``full`` (``Prabowo``; ``Tito Karnavian`` where articles wrote
    it for Muhammad Tito Karnavian): an entity the articles also name
    otherwise is someone in its own right."""
    (other,) = conn.execute(
        "SELECT count(*) FROM entity_aliases a WHERE a.entity_id = ? AND NOT EXISTS ("
        " SELECT 1 FROM short_forms f WHERE f.key = a.key AND f.entity_id = ?)",
        (short, full),
    ).fetchone()
    return other == 0


def _last_link(into: dict[int, int], short: int) -> int | None:
    """Where a chain of short forms from ``short`` ends; None for a cycle."""
    seen = {short}
    target = into[short]
    while target in into:
        if target in seen:
            return None
        seen.add(target)
        target = into[target]
    return target


def resolve(conn: sqlite3.Connection, key: str) -> tuple[list[int], list[int]]:
    """The entities a typed name means: those with an alias of that key (or
    of that key without its spaces), and those the collection uses it as a
    short form for (``Mulyani``: ``Sri Mulyani``), ranked by articles, then
    for a word typed alone the other people whose name begins or ends with
    it (``Gates``: ``Bill Gates``), ranked so too: a journalist who types a
    surname that several people of the collection have (two called
    Prasetyo, one of whom an article called so) means any of them, and is
    told so (more than one of the second list: the name is ambiguous);
    hiding the ones no article happened to call by it would drop their
    quotes from ``--speaker``. Not when the collection decided that the word
    alone is one person (``link_short_forms`` folded the lone `Prabowo` into
    Prabowo Subianto): it means the one the articles call so. Entities a
    user hid are left out: they filter nothing in."""
    named = entity_ids_by_key(conn, key)
    shorts = [
        row[0]
        for row in conn.execute(
            "SELECT f.entity_id FROM short_forms f JOIN entities e ON e.id = f.entity_id"
            " WHERE f.key = ? AND e.hidden = 0 GROUP BY f.entity_id"
            " ORDER BY e.articles DESC, f.entity_id",
            (key,),
        )
    ]
    named = _ranked(conn, named)
    if " " not in key and not (shorts and _decided(conn, named, key)):
        shorts += [
            row[0]
            for row in conn.execute(
                "SELECT p.entity_id FROM name_parts p JOIN entities e ON e.id = p.entity_id"
                " WHERE p.word = ? AND e.articles > 0 AND e.hidden = 0"
                " ORDER BY e.articles DESC, p.entity_id",
                (key,),
            )
            if row[0] not in shorts
        ]
    return named, shorts


def _decided(conn: sqlite3.Connection, named: list[int], key: str) -> bool:
    """Whether the word ``key`` alone is a variant of one entity known by a
    longer name that holds it (a name of its words, or a person's first or
    last word, ``name_parts``): the collection folded its lone mentions
    into it. A lone surname that only absorbed a spelling of itself
    (`Wirantoo`) decided nobody: its namesakes stay listed."""
    if len(named) != 1:
        return False
    if conn.execute(
        "SELECT 1 FROM name_parts WHERE entity_id = ? AND word = ? LIMIT 1", (named[0], key)
    ).fetchone():
        return True
    return any(
        other != key and key in other.split()
        for (other,) in conn.execute(
            "SELECT key FROM entity_aliases WHERE entity_id = ?", (named[0],)
        )
    )


def _ranked(conn: sqlite3.Connection, ids: list[int]) -> list[int]:
    """``ids`` without hidden entities, in most articles first."""
    marks = ", ".join("?" * len(ids))
    return [
        row[0]
        for row in conn.execute(
            f"SELECT id FROM entities WHERE id IN ({marks}) AND hidden = 0"
            " ORDER BY articles DESC, id",
            ids,
        )
    ]


# -- keeping entities tidy ----------------------------------------------------


def merge_same_spellings(conn: sqlite3.Connection) -> int:
    """One entity per spelling, whatever types the tagger gave it.

    A library built before that rule (schema 3 and earlier) holds one
    entity per spelling and type (``Purbaya`` as a person and as a
    place); each such set becomes the entity mentioned most. Entities a
    user merged or split are left as the user made them. Returns how
    many entities were folded into others. Runs inside the caller's
    write transaction.
    """
    folded = 0
    sets = conn.execute(
        "SELECT key FROM entity_aliases GROUP BY key"
        " HAVING count(DISTINCT entity_id) > 1 AND max(origin) = 'auto'"
    ).fetchall()
    for (key,) in sets:
        ranked = conn.execute(
            "SELECT a.entity_id FROM entity_aliases a WHERE a.key = ?"
            " GROUP BY a.entity_id ORDER BY"
            " (SELECT count(*) FROM mentions m WHERE m.entity_id = a.entity_id) DESC,"
            " a.entity_id",
            (key,),
        ).fetchall()
        keep, others = ranked[0][0], [row[0] for row in ranked[1:]]
        for other in others:
            _fold(conn, keep, other)
        folded += len(others)
    if folded:
        bump_entities_version(conn)
    return folded


def drop_unused_entities(conn: sqlite3.Connection) -> int:
    """Remove entities that nothing mentions any more, unless a user shaped
    or follows them. Runs inside the caller's write transaction."""
    dropped = conn.execute(
        "DELETE FROM entities WHERE id NOT IN (SELECT entity_id FROM mentions)"
        " AND id NOT IN (SELECT speaker_entity_id FROM quotes"
        "                WHERE speaker_entity_id IS NOT NULL)"
        " AND id NOT IN (SELECT entity_id FROM entity_aliases WHERE origin = 'user')"
        " AND id NOT IN (SELECT entity_id FROM follows)"
    ).rowcount
    if dropped:
        bump_entities_version(conn)
    return dropped


# -- the user's curation ------------------------------------------------------


def merge_entities(conn: sqlite3.Connection, keep: int, absorb: int) -> None:
    """Make ``absorb`` a variant of ``keep``: its aliases, mentions and quotes move."""
    if keep == absorb:
        raise ValueError("an entity cannot be merged with itself")
    require_entity(conn, keep)
    require_entity(conn, absorb)
    bump_entities_version(conn)
    _fold(conn, keep, absorb)
    conn.execute("UPDATE entity_aliases SET origin = 'user' WHERE entity_id = ?", (keep,))


def split_entity(
    conn: sqlite3.Connection, entity_id: int, variant: str, key_of: Callable[[str], str]
) -> int:
    """Make the variant named ``variant`` an entity of its own; returns its id.

    The variant's alias rows move (one per type it was found as), so a
    reindex keeps the split, and so do the mentions and quotes written that
    way (``key_of`` turns their text into an alias key: the names layer's,
    not this one's). A short form that stood for the variant in its article
    (a surname alone, an acronym) is written otherwise: it follows at the
    next ``reader reindex``. Both entities count as shaped by the user.
    """
    # Every row of the variant's key moves: one spelling, found under several
    # types, is one variant.
    rows = conn.execute(
        "SELECT key, type FROM entity_aliases WHERE entity_id = ? AND key IN"
        " (SELECT key FROM entity_aliases WHERE entity_id = ? AND name = ?)",
        (entity_id, entity_id, variant),
    ).fetchall()
    if not rows:
        require_entity(conn, entity_id)
        raise NotFoundError(f"entity {entity_id} has no variant named {variant!r}")
    keys = {key for key, _ in rows}
    (others,) = conn.execute(
        f"SELECT count(*) FROM entity_aliases WHERE entity_id = ?"
        f" AND key NOT IN ({', '.join('?' * len(keys))})",
        (entity_id, *keys),
    ).fetchone()
    if not others:
        raise ValueError(
            f"entity {entity_id} has no other variant spelt differently from {variant!r};"
            " there is nothing to split"
        )
    bump_entities_version(conn)
    (type_,) = conn.execute("SELECT type FROM entities WHERE id = ?", (entity_id,)).fetchone()
    new_id = conn.execute(
        "INSERT INTO entities (name, type) VALUES (?, ?)", (variant, type_)
    ).lastrowid
    conn.executemany(
        "UPDATE entity_aliases SET entity_id = ?, origin = 'user' WHERE key = ? AND type = ?",
        [(new_id, key, kind) for key, kind in rows],
    )
    conn.execute("UPDATE entity_aliases SET origin = 'user' WHERE entity_id = ?", (entity_id,))
    mentions = conn.execute(
        "SELECT m.article_id, m.start, m.end, reader_text(a.text_z)"
        " FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = ?"
        " ORDER BY m.article_id",
        (entity_id,),
    )
    conn.executemany(
        "UPDATE mentions SET entity_id = ? WHERE article_id = ? AND start = ?",
        [
            (new_id, article, start)
            for article, start, end, text in mentions
            if key_of(text[start:end]) in keys
        ],
    )
    said = conn.execute(
        "SELECT id, speaker FROM quotes WHERE speaker_entity_id = ?", (entity_id,)
    ).fetchall()
    conn.executemany(
        "UPDATE quotes SET speaker_entity_id = ? WHERE id = ?",
        [(new_id, quote) for quote, speaker in said if speaker and key_of(speaker) in keys],
    )
    (name,) = conn.execute("SELECT name FROM entities WHERE id = ?", (entity_id,)).fetchone()
    if name == variant:
        conn.execute(
            "UPDATE entities SET name = (SELECT name FROM entity_aliases WHERE entity_id = ?"
            " ORDER BY length(name) DESC, name LIMIT 1) WHERE id = ?",
            (entity_id, entity_id),
        )
    return new_id
