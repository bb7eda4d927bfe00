"""The user's curation of entities, kept in an append-only log.

Extraction decides who is who by rules; the user has the last word: hide
an entity that is not one (``Senin``, a site's name), fix its type, choose
the name it is shown under, add a spelling, merge two entities, split one.
Every change is one entry of ``curation_log`` (who, when, what, and what it
replaced), so that ``undo`` can revert the newest and ``apply`` can replay
an exported log into another library, matching entities by name.

Curation sticks: a curated entity's aliases are marked ``origin = 'user'``,
which ``reader reindex`` and the clean-ups of ``db.identity`` leave alone,
and its hidden flag, type and name live on its row, which a reindex does
not rewrite. Which entity a mention belongs to stays ``db.identity``'s;
merge and split are its moves, logged here. Every function runs inside the
caller's write transaction; ``key_of`` turns a name into an alias key (the
names layer's, not this one's).
"""

from __future__ import annotations

import getpass
import json
import os
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from db import identity
from db.articles import now
from db.errors import CurationError, NotFoundError

KeyOf = Callable[[str], str]
TYPES = ("PER", "ORG", "LOC")


@dataclass(frozen=True, slots=True)
class LogEntry:
    """One change the user made; ``undone`` when a later ``undo`` reverted it."""

    id: int
    at: str
    who: str
    action: str
    args: dict
    undoes: int | None
    undone: bool

    def exported(self) -> dict:
        return {
            "id": self.id,
            "at": self.at,
            "who": self.who,
            "action": self.action,
            "args": self.args,
            "undoes": self.undoes,
            "undone": self.undone,
        }


def who() -> str:
    """The OS user making the change."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return os.environ.get("USER") or os.environ.get("USERNAME") or "unknown"


def _log(
    conn: sqlite3.Connection,
    action: str,
    args: dict,
    before: dict | None = None,
    undoes: int | None = None,
) -> int:
    return conn.execute(
        "INSERT INTO curation_log (at, who, action, args, before, undoes)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (
            now(),
            who(),
            action,
            json.dumps(args, ensure_ascii=False),
            json.dumps(before or {}, ensure_ascii=False),
            undoes,
        ),
    ).lastrowid


def entries(conn: sqlite3.Connection) -> list[LogEntry]:
    """The whole log, oldest first."""
    undone = {
        row[0] for row in conn.execute("SELECT undoes FROM curation_log WHERE undoes IS NOT NULL")
    }
    return [
        LogEntry(i, at, by, action, json.loads(args), undoes, i in undone)
        for i, at, by, action, args, undoes in conn.execute(
            "SELECT id, at, who, action, args, undoes FROM curation_log ORDER BY id"
        )
    ]


# -- finding the entity a user means ----------------------------------------


def _state(conn: sqlite3.Connection, entity_id: int) -> tuple[str, str, int]:
    row = conn.execute(
        "SELECT name, type, hidden FROM entities WHERE id = ?", (entity_id,)
    ).fetchone()
    if row is None:
        raise NotFoundError(f"no entity with id {entity_id}")
    return row


def is_hidden(conn: sqlite3.Connection, entity_id: int) -> bool:
    """Whether the user marked the entity as not one (``hide``)."""
    return bool(_state(conn, entity_id)[2])


def named(conn: sqlite3.Connection, name: str, key_of: KeyOf) -> list[int]:
    """Entities that have ``name`` as their name or one of their variants
    (hidden ones too: a user unhides by name), those in most articles first."""
    key = key_of(name)
    return [
        row[0]
        for row in conn.execute(
            "SELECT id FROM entities WHERE id IN"
            " (SELECT entity_id FROM entity_aliases WHERE key = ?)"
            " OR name = ? COLLATE NOCASE ORDER BY articles DESC, id",
            (key, name.strip()),
        )
    ]


def _listed(conn: sqlite3.Connection, ids: Iterable[int]) -> str:
    parts = []
    for entity_id in ids:
        name, type_, _ = _state(conn, entity_id)
        parts.append(f"{entity_id} {name} ({type_})")
    return ", ".join(parts)


def resolve(conn: sqlite3.Connection, ref: str, key_of: KeyOf) -> int:
    """The one entity ``ref`` (an id or a name) means; a name that fits
    several is refused, listing them."""
    ref = " ".join(ref.split())
    if ref.isdigit():
        entity_id = int(ref)
        identity.require_entity(conn, entity_id)
        return entity_id
    if not ref:
        raise CurationError("an entity id or name is needed")
    ids = named(conn, ref, key_of)
    if not ids:
        raise NotFoundError(f"no entity named {ref!r} (`reader entities {ref}` lists near matches)")
    if len(ids) > 1:
        shown = _listed(conn, ids[:8]) + (", …" if len(ids) > 8 else "")
        raise CurationError(f"{ref!r} fits {len(ids)} entities: {shown}; give an id")
    return ids[0]


def _keep(conn: sqlite3.Connection, entity_id: int) -> None:
    """Mark the entity as shaped by the user, so that nothing drops or folds it."""
    conn.execute("UPDATE entity_aliases SET origin = 'user' WHERE entity_id = ?", (entity_id,))
    identity.bump_entities_version(conn)


# -- the changes -----------------------------------------------------------------


def hide(conn: sqlite3.Connection, entity_id: int) -> str:
    """The entity leaves lists, filters and the story's panel; its quotes
    show as unattributed. It stays in the store, hidden."""
    return _set_hidden(conn, entity_id, True)


def unhide(conn: sqlite3.Connection, entity_id: int) -> str:
    return _set_hidden(conn, entity_id, False)


def _set_hidden(conn: sqlite3.Connection, entity_id: int, hidden: bool) -> str:
    name, _, was = _state(conn, entity_id)
    if bool(was) == hidden:
        raise CurationError(f"{name} ({entity_id}) is {'already' if hidden else 'not'} hidden")
    conn.execute("UPDATE entities SET hidden = ? WHERE id = ?", (int(hidden), entity_id))
    _keep(conn, entity_id)
    _log(conn, "hide" if hidden else "unhide", {"entity": entity_id, "name": name})
    return f"{name} ({entity_id}) is {'hidden' if hidden else 'shown again'}"


def retype(conn: sqlite3.Connection, entity_id: int, type_: str) -> str:
    wanted = type_.strip().upper()
    if wanted not in TYPES:
        raise CurationError(f"{type_!r} is not an entity type; use PER, ORG or LOC")
    name, was, _ = _state(conn, entity_id)
    if was == wanted:
        raise CurationError(f"{name} ({entity_id}) is already {wanted}")
    conn.execute("UPDATE entities SET type = ? WHERE id = ?", (wanted, entity_id))
    _keep(conn, entity_id)
    _log(conn, "retype", {"entity": entity_id, "name": name, "type": wanted}, {"type": was})
    return f"{name} ({entity_id}) is now {wanted} (was {was})"


def _owners(conn: sqlite3.Connection, key: str) -> list[int]:
    return [
        row[0]
        for row in conn.execute(
            "SELECT DISTINCT entity_id FROM entity_aliases WHERE key = ? ORDER BY entity_id",
            (key,),
        )
    ]


def _clean(name: str, what: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise CurationError(f"{what} cannot be empty")
    return cleaned


def rename(conn: sqlite3.Connection, entity_id: int, new: str, key_of: KeyOf) -> str:
    """Show the entity as ``new``; its old name stays a variant, and the
    new one becomes one (so that it is found by it)."""
    new = _clean(new, "a new name")
    name, type_, _ = _state(conn, entity_id)
    if new == name:
        raise CurationError(f"{entity_id} is already called {name}")
    key = key_of(new)
    if not key:
        raise CurationError(f"{new!r} is not a name")
    others = [o for o in _owners(conn, key) if o != entity_id]
    if others:
        raise CurationError(
            f"{new!r} is a name of entity {_listed(conn, others)};"
            f" `reader entity merge {entity_id} {others[0]}` makes them one"
        )
    added = []
    for spelling in (name, new):
        spelt = key_of(spelling)
        if (
            spelt
            and entity_id not in _owners(conn, spelt)
            and conn.execute(
                "INSERT OR IGNORE INTO entity_aliases (key, type, entity_id, name, origin)"
                " VALUES (?, ?, ?, ?, 'user')",
                (spelt, type_, entity_id, spelling),
            ).rowcount
        ):
            added.append([spelt, type_])
    conn.execute("UPDATE entities SET name = ? WHERE id = ?", (new, entity_id))
    _keep(conn, entity_id)
    _log(
        conn,
        "rename",
        {"entity": entity_id, "name": name, "to": new},
        {"name": name, "added": added},
    )
    return f"{name} ({entity_id}) is now shown as {new}"


def alias(conn: sqlite3.Connection, entity_id: int, name: str, key_of: KeyOf) -> str:
    """Add ``name`` as a variant of the entity. A name that already belongs
    to another entity makes this a merge of that entity into this one."""
    name = _clean(name, "an alias")
    own, type_, _ = _state(conn, entity_id)
    key = key_of(name)
    if not key:
        raise CurationError(f"{name!r} is not a name")
    owners = _owners(conn, key)
    if entity_id in owners:
        raise CurationError(f"{name!r} is already a variant of {own} ({entity_id})")
    if owners:
        said = [f"{name!r} was entity {_listed(conn, owners)}: merged into {own} ({entity_id})"]
        for other in owners:
            merge(conn, entity_id, other, key_of)
        return said[0]
    conn.execute(
        "INSERT INTO entity_aliases (key, type, entity_id, name, origin)"
        " VALUES (?, ?, ?, ?, 'user')",
        (key, type_, entity_id, name),
    )
    _keep(conn, entity_id)
    _log(
        conn,
        "alias",
        {"entity": entity_id, "name": own, "alias": name},
        {"key": key, "type": type_},
    )
    return f"{name!r} is now a variant of {own} ({entity_id})"


def merge(conn: sqlite3.Connection, keep: int, absorb: int, key_of: KeyOf) -> str:
    """Make ``absorb`` a variant of ``keep`` (``db.identity.merge_entities``),
    keeping what undo needs to take it apart again."""
    if keep == absorb:
        raise CurationError("an entity cannot be merged with itself")
    keep_name = _state(conn, keep)[0]
    name, type_, hidden = _state(conn, absorb)
    before = {
        "name": name,
        "type": type_,
        "hidden": hidden,
        "aliases": conn.execute(
            "SELECT key, type, name, origin FROM entity_aliases WHERE entity_id = ?", (absorb,)
        ).fetchall(),
        "mentions": conn.execute(
            "SELECT article_id, start FROM mentions WHERE entity_id = ?", (absorb,)
        ).fetchall(),
        "quotes": [
            row[0]
            for row in conn.execute("SELECT id FROM quotes WHERE speaker_entity_id = ?", (absorb,))
        ],
    }
    identity.merge_entities(conn, keep, absorb)
    _log(
        conn,
        "merge",
        {"keep": keep, "keep_name": keep_name, "absorb": absorb, "absorb_name": name},
        before,
    )
    return f"{name} ({absorb}) is now a variant of {keep_name} ({keep})"


def split(conn: sqlite3.Connection, entity_id: int, variant: str, key_of: KeyOf) -> int:
    """Make a variant an entity of its own (``db.identity.split_entity``); returns its id."""
    name = _state(conn, entity_id)[0]
    try:
        new_id = identity.split_entity(conn, entity_id, variant, key_of)
    except ValueError as error:
        raise CurationError(str(error)) from None
    _log(
        conn,
        "split",
        {"entity": entity_id, "name": name, "variant": variant},
        {"new": new_id, "name": name},
    )
    return new_id


# -- undo --------------------------------------------------------------------------


def undo(conn: sqlite3.Connection, key_of: KeyOf) -> str:
    """Revert the newest entry not yet undone; says what it reverted."""
    row = conn.execute(
        "SELECT id, action, args, before FROM curation_log WHERE action != 'undo'"
        " AND id NOT IN (SELECT undoes FROM curation_log WHERE undoes IS NOT NULL)"
        " ORDER BY id DESC LIMIT 1"
    ).fetchone()
    if row is None:
        raise CurationError("nothing to undo: the curation log has no change left to revert")
    entry_id, action, args, before = row[0], row[1], json.loads(row[2]), json.loads(row[3])
    _REVERT[action](conn, args, before, key_of)
    identity.bump_entities_version(conn)
    _log(conn, "undo", {"entry": entry_id, "action": action}, undoes=entry_id)
    return f"undid #{entry_id}: {describe(action, args)}"


def _revert_hidden(conn, args, before, key_of) -> None:
    _state(conn, args["entity"])
    conn.execute(
        "UPDATE entities SET hidden = NOT hidden WHERE id = ?",
        (args["entity"],),
    )


def _revert_retype(conn, args, before, key_of) -> None:
    _state(conn, args["entity"])
    conn.execute("UPDATE entities SET type = ? WHERE id = ?", (before["type"], args["entity"]))


def _revert_rename(conn, args, before, key_of) -> None:
    entity_id = args["entity"]
    _state(conn, entity_id)
    for key, type_ in before["added"]:
        conn.execute(
            "DELETE FROM entity_aliases WHERE key = ? AND type = ? AND entity_id = ?",
            (key, type_, entity_id),
        )
    conn.execute("UPDATE entities SET name = ? WHERE id = ?", (before["name"], entity_id))


def _revert_alias(conn, args, before, key_of) -> None:
    conn.execute(
        "DELETE FROM entity_aliases WHERE key = ? AND type = ? AND entity_id = ?",
        (before["key"], before["type"], args["entity"]),
    )


def _revert_merge(conn, args, before, key_of) -> None:
    """Bring the absorbed entity back with its aliases, and the mentions and
    quotes it had (those still there, and any spelt as one of its variants)."""
    keep, absorbed = args["keep"], args["absorb"]
    _state(conn, keep)
    free = not conn.execute("SELECT 1 FROM entities WHERE id = ?", (absorbed,)).fetchone()
    back = conn.execute(
        "INSERT INTO entities (id, name, type, hidden) VALUES (?, ?, ?, ?)",
        (absorbed if free else None, before["name"], before["type"], before["hidden"]),
    ).lastrowid
    keys = set()
    for key, type_, _name, origin in before["aliases"]:
        moved = conn.execute(
            "UPDATE entity_aliases SET entity_id = ?, origin = ?"
            " WHERE key = ? AND type = ? AND entity_id = ?",
            (back, origin, key, type_, keep),
        ).rowcount
        if moved:
            keys.add(key)
    had = {tuple(m) for m in before["mentions"]}
    mentions = conn.execute(
        "SELECT m.article_id, m.start, m.end, reader_text(a.text_z)"
        " FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = ?",
        (keep,),
    ).fetchall()
    conn.executemany(
        "UPDATE mentions SET entity_id = ? WHERE article_id = ? AND start = ?",
        [
            (back, article, start)
            for article, start, end, text in mentions
            if (article, start) in had or key_of(text[start:end]) in keys
        ],
    )
    quotes = set(before["quotes"])
    said = conn.execute(
        "SELECT id, speaker FROM quotes WHERE speaker_entity_id = ?", (keep,)
    ).fetchall()
    conn.executemany(
        "UPDATE quotes SET speaker_entity_id = ? WHERE id = ?",
        [
            (back, quote)
            for quote, speaker in said
            if quote in quotes or (speaker and key_of(speaker) in keys)
        ],
    )


def _revert_split(conn, args, before, key_of) -> None:
    entity_id, new_id = args["entity"], before["new"]
    _state(conn, entity_id)
    if conn.execute("SELECT 1 FROM entities WHERE id = ?", (new_id,)).fetchone():
        identity.merge_entities(conn, entity_id, new_id)
    conn.execute("UPDATE entities SET name = ? WHERE id = ?", (before["name"], entity_id))


_REVERT = {
    "hide": _revert_hidden,
    "unhide": _revert_hidden,
    "retype": _revert_retype,
    "rename": _revert_rename,
    "alias": _revert_alias,
    "merge": _revert_merge,
    "split": _revert_split,
}


def describe(action: str, args: dict) -> str:
    """An entry in words, for ``reader entity log`` and undo's answer."""
    if action in ("hide", "unhide"):
        return f"{action} {args['name']} ({args['entity']})"
    if action == "retype":
        return f"retype {args['name']} ({args['entity']}) as {args['type']}"
    if action == "rename":
        return f"rename {args['name']} ({args['entity']}) to {args['to']}"
    if action == "alias":
        return f"alias {args['alias']!r} onto {args['name']} ({args['entity']})"
    if action == "merge":
        return (
            f"merge {args['absorb_name']} ({args['absorb']})"
            f" into {args['keep_name']} ({args['keep']})"
        )
    if action == "split":
        return f"split {args['variant']!r} off {args['name']} ({args['entity']})"
    if action == "undo":
        return f"undo #{args['entry']} ({args['action']})"
    return action


# -- replaying another library's curation -----------------------------------------


def _match(conn: sqlite3.Connection, name: str, key_of: KeyOf) -> int:
    """The entity of this library that a name from another one means: the
    one entity with that name or variant, else the one shown under it."""
    ids = named(conn, name, key_of)
    if len(ids) > 1:
        exact = [i for i in ids if _state(conn, i)[0] == name]
        if len(exact) == 1:
            return exact[0]
        raise CurationError(f"{name!r} fits {len(ids)} entities here: {_listed(conn, ids[:8])}")
    if not ids:
        raise NotFoundError(f"no entity named {name!r} here")
    return ids[0]


def apply(conn: sqlite3.Connection, exported: list[dict], key_of: KeyOf) -> list[str]:
    """Replay the changes of an exported log (``reader entity log --json``)
    that were not undone, matching entities by name; returns a line for each,
    saying what it did or why it was skipped. Each change is logged here too."""
    said = []
    for entry in exported:
        if not isinstance(entry, dict) or entry.get("undone") or entry.get("action") == "undo":
            continue
        action, args = entry.get("action"), entry.get("args") or {}
        conn.execute("SAVEPOINT apply_entry")
        try:
            said.append(_replay(conn, action, args, key_of))
        except (CurationError, NotFoundError, KeyError, TypeError) as error:
            conn.execute("ROLLBACK TO apply_entry")
            why = f"it lacks {error}" if isinstance(error, KeyError) else str(error)
            said.append(f"skipped #{entry.get('id')} ({action}): {why}")
        conn.execute("RELEASE apply_entry")
    return said


def _replay(conn: sqlite3.Connection, action: str, args: dict, key_of: KeyOf) -> str:
    if action == "merge":
        keep = _match(conn, args["keep_name"], key_of)
        absorb = _match(conn, args["absorb_name"], key_of)
        if keep == absorb:
            raise CurationError(f"{args['absorb_name']} is already part of {args['keep_name']}")
        return merge(conn, keep, absorb, key_of)
    if action not in _REVERT:
        raise CurationError(f"{action!r} is not a curation action")
    entity_id = _match(conn, args["name"], key_of)
    if action == "hide":
        return hide(conn, entity_id)
    if action == "unhide":
        return unhide(conn, entity_id)
    if action == "retype":
        return retype(conn, entity_id, args["type"])
    if action == "rename":
        return rename(conn, entity_id, args["to"], key_of)
    if action == "alias":
        return alias(conn, entity_id, args["alias"], key_of)
    new_id = split(conn, entity_id, args["variant"], key_of)
    return f"{args['variant']} ({new_id}) split off {args['name']} ({entity_id})"
