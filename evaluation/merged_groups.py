"""Random merged entities of a library, to be read blind, and the share judged right.

``python evaluation/merged_groups.py sample DB [--n 100] [--seed 7] > groups.jsonl``
picks, with a fixed seed, entities of the library at ``DB`` that carry two
or more spellings (folded for case and accents: ``Prabowo`` beside
``Prabowo Subianto``, ``KPK`` beside ``Komisi Pemberantasan Korupsi``) and
writes each with its type, its spellings, how often each is written and up to
three passages per spelling, each from another article, with its title, so that a reader who
has not seen the extractor can say whether all of them are one real thing.

``python evaluation/merged_groups.py score groups.jsonl verdicts.jsonl``
prints the share judged right: a verdict line is ``{"id": ENTITY_ID,
"right": true|false, "why": "..."}``. Issue 8's target is at least 0.98.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from db.packing import unpack  # noqa: E402

PASSAGE = 90  # characters either side of a mention
PASSAGES = 3  # passages shown of a spelling, each from another article


def _folded(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _spellings(conn: sqlite3.Connection, entity_id: int) -> dict[str, list[tuple[int, int, int]]]:
    """Each folded spelling of the entity's mentions with where it is written."""
    found: dict[str, list[tuple[int, int, int]]] = {}
    texts: dict[int, str] = {}
    rows = conn.execute(
        "SELECT m.article_id, m.start, m.end, a.text_z FROM mentions m"
        " JOIN articles a ON a.id = m.article_id WHERE m.entity_id = ?"
        " ORDER BY m.article_id, m.start",
        (entity_id,),
    )
    for article_id, start, end, text_z in rows:
        text = texts.setdefault(article_id, unpack(text_z) or "")
        found.setdefault(_folded(text[start:end]), []).append((article_id, start, end))
    return found


def _written(conn: sqlite3.Connection, article_id: int, start: int, end: int) -> str:
    (text_z,) = conn.execute("SELECT text_z FROM articles WHERE id = ?", (article_id,)).fetchone()
    return (unpack(text_z) or "")[start:end]


def _passage(text: str, start: int, end: int) -> str:
    before = text[max(0, start - PASSAGE) : start].replace("\n", " ")
    after = text[end : end + PASSAGE].replace("\n", " ")
    return f"…{before}[[{text[start:end]}]]{after}…"


def sample(db: Path, n: int, seed: int) -> list[dict]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    ids = [row[0] for row in conn.execute("SELECT id FROM entities WHERE articles > 0 ORDER BY id")]
    random.Random(seed).shuffle(ids)
    groups = []
    for entity_id in ids:
        spellings = _spellings(conn, entity_id)
        if len(spellings) < 2:
            continue
        name, type_ = conn.execute(
            "SELECT name, type FROM entities WHERE id = ?", (entity_id,)
        ).fetchone()
        variants = []
        for places in sorted(spellings.values(), key=len, reverse=True):
            firsts = {}
            for place in places:
                firsts.setdefault(place[0], place)
            passages = []
            for article_id, start, end in list(firsts.values())[:PASSAGES]:
                title, text_z = conn.execute(
                    "SELECT title, text_z FROM articles WHERE id = ?", (article_id,)
                ).fetchone()
                text = unpack(text_z) or ""
                passages.append({"title": title, "passage": _passage(text, start, end)})
            article_id, start, end = places[0]
            variants.append(
                {
                    "written": _written(conn, article_id, start, end),
                    "count": len(places),
                    "articles": len(firsts),
                    "passages": passages,
                }
            )
        groups.append({"id": entity_id, "name": name, "type": type_, "variants": variants})
        if len(groups) == n:
            break
    return groups


def score(groups_path: Path, verdicts_path: Path) -> tuple[int, int, list[dict]]:
    wanted = {json.loads(line)["id"] for line in groups_path.open() if line.strip()}
    verdicts = [json.loads(line) for line in verdicts_path.open() if line.strip()]
    judged = [v for v in verdicts if v["id"] in wanted]
    wrong = [v for v in judged if not v["right"]]
    return len(judged) - len(wrong), len(judged), wrong


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    p = commands.add_parser("sample", help="print random merged groups as JSON lines")
    p.add_argument("db", type=Path)
    p.add_argument("--n", type=int, default=100)
    p.add_argument("--seed", type=int, default=7)
    p = commands.add_parser("score", help="the share of groups judged right")
    p.add_argument("groups", type=Path)
    p.add_argument("verdicts", type=Path)
    args = parser.parse_args(argv)
    if args.command == "sample":
        if not args.db.is_file():
            print(f"{args.db}: no such library", file=sys.stderr)
            return 2
        for group in sample(args.db, args.n, args.seed):
            print(json.dumps(group, ensure_ascii=False))
        return 0
    right, judged, wrong = score(args.groups, args.verdicts)
    print(
        f"merged groups judged right: {right} of {judged} ({right / max(judged, 1):.2f}; target 0.98)"
    )
    for verdict in wrong:
        print(f"  wrong: entity {verdict['id']}: {verdict.get('why', '')}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
