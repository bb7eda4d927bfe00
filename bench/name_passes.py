"""What the collection-level name passes cost per name on a library as it
stands: the misspellings, the middle names and the leading words that ``identity.link_short_forms``
looks for after every group of phase 2 (at a million articles, py-spy put
a quarter of the writer's time there).

    python -m bench.name_passes --db PATH [--names 1000]

Each pass runs over a sample of the library's people's names (seeded) in a
transaction that is rolled back, so the library is left as it was; it
prints the CPU time per name and how many folds the pass would make.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import time

from db import identity


def measure(db: str, names: int) -> list[str]:
    conn = sqlite3.connect(db, isolation_level=None)
    keys = [
        key
        for (key,) in conn.execute(
            "SELECT key FROM entity_aliases WHERE type = 'PER' AND key LIKE '% %' LIMIT 100000"
        )
    ]
    sample = random.Random(7).sample(keys, min(names, len(keys)))
    out = [
        f"{len(sample)} names of {conn.execute('SELECT count(*) FROM entities').fetchone()[0]:,} entities"
    ]
    for name, run in (
        ("misspellings", identity._link_misspellings),
        ("middle names", identity._link_middle_names),
        ("leading words", identity._link_leading_words),
    ):
        conn.execute("BEGIN")
        try:
            began = time.process_time()
            folded = run(conn, sample)
            spent = time.process_time() - began
        finally:
            conn.execute("ROLLBACK")
        out.append(f"{name}: {1000 * spent / len(sample):.3f} ms of CPU a name, {folded} folds")
    conn.close()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.name_passes", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--db", required=True)
    parser.add_argument("--names", type=int, default=1000)
    args = parser.parse_args(argv)
    print("\n".join(measure(args.db, args.names)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
