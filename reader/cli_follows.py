"""``reader follow``, ``unfollow``, ``follows`` and ``new``: followed
entities, and what is new since the user last looked at each saved search
and followed entity (``reader.whats_new``).

A name is resolved as ``reader entities`` and ``entity:`` resolve it
(``Library.resolve_name``); a name that fits several entities follows the
first it lists (one of that very name, else one the articles call by it,
else the one in most articles: ``identity.resolve``) and says so on
stderr, with the others' ids.
"""

from __future__ import annotations

import argparse
import json
import sys

from db.errors import NotFoundError, StoreError
from reader.library import Library, spelled_line
from reader.safe_text import json_safe, one_line
from reader.whats_new import ENTITY, NEW_BOUND, NewCount


def register(commands) -> None:
    """Add the commands to the ``reader`` parser."""
    p = commands.add_parser("follow", help="follow an entity: reader new counts its new articles")
    p.add_argument("name", metavar="NAME", help="an entity's name, variant or short form, or id")
    p = commands.add_parser("unfollow", help="stop following an entity")
    p.add_argument("name", metavar="NAME", help="a followed entity's name, or id")
    p = commands.add_parser("follows", help="the followed entities, with their new articles")
    p.add_argument("--json", action="store_true")
    p = commands.add_parser(
        "new", help="what is new since you last looked, per saved search and followed entity"
    )
    p.add_argument("--seen", action="store_true", help="then mark all of them seen")
    p.add_argument("--json", action="store_true")


def changes_library(args: argparse.Namespace) -> bool:
    """Whether the command writes (refused on a read-only library)."""
    return args.command in {"follow", "unfollow"} or (args.command == "new" and args.seen)


def _print_json(data: object) -> None:
    print(json_safe(json.dumps(data, ensure_ascii=False, indent=2)))


def _as_id(library: Library, name: str) -> int | None:
    """The entity a number names, when there is one."""
    text = name.strip()
    if text.isdigit() and int(text) in library.entity_names([int(text)]):
        return int(text)
    return None


def _named(name: str) -> str:
    """The name as typed, refused when empty (an empty name would match
    the entity in most articles, as the finder lists it first)."""
    if not name.strip():
        raise StoreError("name an entity (or give its id): reader entities NAME lists them")
    return name


def _entity_named(library: Library, name: str) -> int:
    entity_id = _as_id(library, _named(name))
    if entity_id is not None:
        return entity_id
    found = library.resolve_name(name, scan=True)
    if not found.ids:
        raise NotFoundError(f"no entity named {name!r} (reader entities NAME lists close ones)")
    chosen = found.ids[0]
    if found.several:
        names = library.entity_names(found.several[:5])
        ids = ", ".join(f"{names.get(i, '?')} {i}" for i in found.several[:5])
        print(
            one_line(
                f"reader: {library.several_line(name, found.several)};"
                f" following {names.get(chosen, chosen)} (ids: {ids}; name another by its id)"
            ),
            file=sys.stderr,
        )
    elif found.spelled:
        print(f"reader: {one_line(spelled_line(name, found.spelled))}", file=sys.stderr)
    return chosen


def _follow(library: Library, args: argparse.Namespace) -> int:
    entity_id = _entity_named(library, args.name)
    name = library.entity_names([entity_id]).get(entity_id, args.name)
    if library.follow(entity_id):
        print(one_line(f"following {name} (id {entity_id}): reader new counts its new articles"))
    else:
        print(one_line(f"already following {name} (id {entity_id})"))
    return 0


def _unfollow(library: Library, args: argparse.Namespace) -> int:
    followed = library.followed()
    wanted = " ".join(_named(args.name).split()).casefold()
    by_name = [f.entity_id for f in followed if f.name.casefold() == wanted]
    if by_name:
        entity_id = by_name[0]
    else:
        entity_id = _as_id(library, args.name)
        if entity_id is None:
            meant = library.resolve_name(args.name, scan=True).ids
            ids = {f.entity_id for f in followed}
            entity_id = next((i for i in meant if i in ids), None)
    names = {f.entity_id: f.name for f in followed}
    if entity_id is None or not library.unfollow(entity_id):
        raise NotFoundError(f"not following {args.name!r} (reader follows lists them)")
    print(one_line(f"no longer following {names[entity_id]} (id {entity_id})"))
    return 0


def _shown(count: int) -> str:
    return f"{NEW_BOUND:,}+" if count > NEW_BOUND else f"{count:,}"


def _follows(library: Library, args: argparse.Namespace) -> int:
    counts = {item.key: item for item in library.whats_new(kinds=(ENTITY,))}
    rows = [
        {
            "entity_id": f.entity_id,
            "name": f.name,
            "followed_at": f.followed_at,
            "last_opened": f.last_opened,
            "new": counts[f.entity_id].new if f.entity_id in counts else 0,
        }
        for f in library.followed()
    ]
    if args.json:
        _print_json(rows)
        return 0
    if not rows:
        print("following no entity (reader follow NAME)", file=sys.stderr)
    for r in rows:
        print(one_line(f"{r['entity_id']:>6}  {r['name']}  {_shown(r['new'])} new"))
    return 0


def _new(library: Library, args: argparse.Namespace) -> int:
    items: list[NewCount] = library.whats_new()
    if args.json:
        _print_json([item.as_json() for item in items])
    elif not items:
        print("no saved searches or followed entities (reader saved add, reader follow)")
    else:
        for item in items:
            opened = f"  (last opened {item.last_opened})" if item.last_opened else ""
            print(one_line(f"{_shown(item.new):>7} new  {item.kind:<6}  {item.name}{opened}"))
    if args.seen:
        library.mark_opened(items)
        print(f"marked {len(items)} seen", file=sys.stderr)
    return 0


COMMANDS = {"follow": _follow, "unfollow": _unfollow, "follows": _follows, "new": _new}
