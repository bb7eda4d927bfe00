"""Who is who across the collection, measured against blind identity gold.

Run ``python evaluation/identity.py [--split dev|dev2|heldout|all] [--db PATH] [--show]``
from the repository. It imports the corpora the gold was written on (Detik,
BBC, Korean, Japanese and Chinese news from ``../shared/corpora``) into a
fresh library (or reuses ``--db`` when it exists), then asks it, through the
command line a user has, about each real person and organisation of
``evaluation/gold/identity.jsonl`` (annotated blind by the rules in
``evaluation/gold/ANNOTATION.md``):

* **entities per thing**: how many of the library's entities are listed
  under one of the thing's forms (``reader entities FORM --json``: an entity
  whose name or a variant is the form, case aside). One is right; the target
  is at most 1.1 on average.
* **wrong merges**: look-alike pairs (two different things) that share an
  entity holding a form of each that is the other's not (target 0).
* **entity:SHORT recall / precision**: for each short form that no other
  thing of the gold uses, the share of the thing's articles that
  ``reader search 'entity:"SHORT"'`` returns, and the share of what it
  returns that are the thing's articles (targets at least 0.95).
* **--speaker SHORT recall**: the share of the quotes listed under any of the
  thing's entities that ``reader quotes --speaker SHORT`` returns.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPORA = REPO.parent / "shared" / "corpora"
GOLD = REPO / "evaluation" / "gold" / "identity.jsonl"
FOLDERS = ("id/detik", "en/bbc", "ko", "ja", "zh")
LIMIT = "100000"


def reader(db: Path, *args: str) -> list | dict:
    run = subprocess.run(
        [sys.executable, "-m", "reader", "--db", str(db), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "NO_COLOR": "1"},
    )
    if run.returncode:
        # `no quotes by 'X'` and `no entities match` are answers, not failures.
        if ": no " not in run.stderr:
            raise SystemExit(f"reader {' '.join(args)}: {run.stderr.strip()}")
        return []
    return json.loads(run.stdout) if run.stdout.strip() else []


def corpus_path(path: str) -> str:
    return Path(path).resolve().relative_to(CORPORA.resolve()).as_posix()


def duplicates(import_json: str) -> dict[str, str]:
    """Each duplicate file's corpus path -> the corpus path of the stored copy,
    from ``reader import --json``'s lines."""
    lines = [json.loads(line) for line in import_json.splitlines() if line.startswith("{")]
    stored = {line["id"]: line["path"] for line in lines if line.get("status") == "added"}
    return {
        corpus_path(line["path"]): corpus_path(stored[line["id"]])
        for line in lines
        if line.get("status") == "duplicate" and line["id"] in stored
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "dev2", "heldout", "all"), default="dev")
    parser.add_argument("--db", type=Path, help="library to reuse (made when absent)")
    parser.add_argument("--show", action="store_true", help="print every miss (dev only)")
    args = parser.parse_args(argv)
    if not CORPORA.is_dir():
        print(f"no corpora at {CORPORA}", file=sys.stderr)
        return 1
    if args.show and args.split not in ("dev", "dev2"):
        print("--show reads errors: only on the dev splits", file=sys.stderr)
        return 2
    db = args.db or Path(tempfile.mkdtemp()) / "identity.db"
    copies = db.with_name(db.name + ".copies.json")
    if not db.exists():
        print(f"importing {', '.join(FOLDERS)} into {db} …", file=sys.stderr)
        imported = subprocess.run(
            [sys.executable, "-m", "reader", "--db", str(db), "import", "--json"]
            + [str(CORPORA / f) for f in FOLDERS],
            check=True,
            capture_output=True,
            text=True,
        )
        copies.write_text(json.dumps(duplicates(imported.stdout)), encoding="utf-8")
    # A file whose text another file holds is stored once, under the other
    # file's path: the gold's article is that stored copy.
    stored_as = json.loads(copies.read_text(encoding="utf-8")) if copies.exists() else {}
    lines = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    things = {t["key"]: t for t in lines if t["kind"] == "thing"}
    pairs = [p for p in lines if p["kind"] == "pair"]
    chosen = [t for t in things.values() if args.split in ("all", t["split"])]
    # Which of the library's entities hold each form.
    holders: dict[str, dict[int, set[str]]] = {}
    for form in {f for t in things.values() for f in t["forms"]}:
        found = {}
        for hit in reader(db, "entities", form, "--json", "--limit", "50"):
            names = {n.casefold() for n in [hit["name"], *hit.get("aliases", [])]}
            if form.casefold() in names:
                found[hit["id"]] = names
        holders[form] = found
    per_thing = []
    for t in chosen:
        ids = {i for f in t["forms"] for i in holders[f]}
        per_thing.append(len(ids))
        if args.show and len(ids) > 1:
            print(f"  {t['key']} {t['name']}: {len(ids)} entities {sorted(ids)}")
    wrong = 0
    pair_n = 0
    for p in pairs:
        if args.split not in ("all", p["split"]):
            continue
        a, b = things[p["a"]], things[p["b"]]
        only_a = {f.casefold() for f in a["forms"]} - {f.casefold() for f in b["forms"]}
        only_b = {f.casefold() for f in b["forms"]} - {f.casefold() for f in a["forms"]}
        pair_n += 1
        merged = {
            i
            for f in a["forms"]
            for i, names in holders[f].items()
            if names & only_a and names & only_b
        }
        if merged:
            wrong += 1
            if args.show:
                print(f"  merged {a['name']} / {b['name']}: entities {sorted(merged)}")
    # Short forms no other thing uses.
    used_by: dict[str, set[str]] = {}
    for t in things.values():
        for f in t["forms"]:
            used_by.setdefault(f.casefold(), set()).add(t["key"])
    every_quote = reader(db, "quotes", "--json", "--limit", LIMIT)
    art_hit = art_n = art_ret = art_ret_right = 0
    q_hit = q_n = 0
    for t in chosen:
        gold_articles = {stored_as.get(a, a) for a in t["articles"]}
        ids = {i for f in t["forms"] for i in holders[f]}
        for short in t["short"]:
            if used_by[short.casefold()] != {t["key"]}:
                continue
            # Every version of a story: identity is measured, not the folding of copies.
            found = reader(
                db, "search", f'entity:"{short}"', "--all-versions", "--json", "--limit", LIMIT
            )
            got = {corpus_path(a["path"]) for a in found}
            art_n += len(gold_articles)
            art_hit += len(gold_articles & got)
            art_ret += len(got)
            art_ret_right += len(got & gold_articles)
            if args.show and gold_articles - got:
                print(
                    f"  entity:{short}: missed {len(gold_articles - got)} of {len(gold_articles)}"
                )
            if args.show and got - gold_articles:
                print(f"  entity:{short}: {len(got - gold_articles)} not {t['name']}'s")
            if ids and t["type"] == "PER":
                said = reader(db, "quotes", "--speaker", short, "--json", "--limit", LIMIT)
                want = {q["id"] for q in every_quote if q.get("entity_id") in ids}
                q_n += len(want)
                q_hit += len(want & {q["id"] for q in said})
                if args.show and want - {q["id"] for q in said}:
                    print(f"  --speaker {short}: missed {len(want - {q['id'] for q in said})}")

    def ratio(a: int, b: int) -> str:
        return f"{a / b:.3f}" if b else "–"

    print(f"split: {args.split}, {len(chosen)} things, {pair_n} pairs")
    print(f"entities per thing        {sum(per_thing) / max(1, len(per_thing)):.2f} (target ≤ 1.1)")
    print(f"things with no entity     {per_thing.count(0)}")
    print(f"wrong merges (pairs)      {wrong} of {pair_n} (target 0)")
    print(f"entity:SHORT recall       {ratio(art_hit, art_n)} ({art_n} articles; target ≥ 0.95)")
    print(f"entity:SHORT precision    {ratio(art_ret_right, art_ret)} ({art_ret} returned)")
    print(f"--speaker SHORT recall    {ratio(q_hit, q_n)} ({q_n} quotes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
