"""The database's size against the raw text, on the real corpora.

Issue 21's size budget: the database at most 2.5 times the UTF-8 bytes of
its articles' text, at every size, on the real corpora as on the synthetic
collection of ``bench.run``. This imports every article folder of
``../shared/corpora`` (both phases, as ``reader import`` does) into a scratch
database and prints the ratio and where the bytes go, table by table
(SQLite's ``dbstat``).

    python -m bench.corpora_size
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from pathlib import Path

from reader.library import Library

CORPORA = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"
FOLDERS = ("id/detik", "en/bbc", "ja", "zh", "ko", "de", "html")
MB = 1024 * 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.corpora_size", description=__doc__)
    parser.parse_args(argv)
    if not CORPORA.is_dir():
        print(f"{CORPORA}: absent; this measure needs ../shared/corpora", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as scratch:
        db_path = Path(scratch) / "reader.db"
        with Library(db_path) as library:
            list(library.run_import(library.plan_import([str(CORPORA / f) for f in FOLDERS])))
            for _ in library.understand():
                pass
            raw = sum(
                len(text.encode("utf-8", "surrogatepass"))
                for (text,) in library.store.conn.execute(
                    "SELECT reader_text(text_z) FROM articles"
                )
            )
            articles = library.count_articles()
            # Saved web pages are kept as they were (``originals``), counted
            # apart: the budget is the database against the article text.
            (originals,) = library.store.conn.execute(
                "SELECT coalesce(sum(length(data_z)), 0) FROM originals"
            ).fetchone()
        with sqlite3.connect(db_path) as conn:
            conn.execute("VACUUM")
            tables = conn.execute(
                "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT 12"
            ).fetchall()
            # What the stored originals take in the file, pages included.
            (kept,) = conn.execute(
                "SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name = 'originals'"
            ).fetchone()
        size = db_path.stat().st_size
    print(f"{articles:,} articles, {raw / MB:.1f} MB of text; database {size / MB:.1f} MB")
    print(f"database without the originals / raw text: {(size - kept) / raw:.2f}× (target ≤ 2.5×)")
    print(
        f"saved pages kept as they were: {originals / MB:.2f} MB compressed,"
        f" {kept / MB:.2f} MB of the file"
    )
    for name, bytes_ in tables:
        print(f"  {name:<32} {bytes_ / MB:7.2f} MB  {bytes_ / raw:5.2f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
