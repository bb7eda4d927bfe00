"""A large generated dataset imported as a stream: memory stays flat.

Writes a seeded CSV of made-up articles (``--mb``, 200 by default), imports
its first phase (the rows stored and searchable, as ``reader import
--no-wait`` does) into a scratch database, and prints the rate in rows and
MB a second and the peak resident memory, beside the same import of a
tenth of the file: memory that grew with the file would show here.

    python -m bench.datasets --mb 200
"""

from __future__ import annotations

import argparse
import csv
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORDS = [
    "harbour",
    "ferry",
    "strike",
    "union",
    "wages",
    "port",
    "island",
    "storm",
    "crossing",
    "minister",
    "council",
    "budget",
    "flood",
    "rain",
    "market",
    "rice",
    "price",
    "school",
    "teacher",
    "hospital",
    "doctor",
    "road",
    "bridge",
]


def generate(path: Path, megabytes: float, seed: int = 19) -> int:
    """A CSV of about ``megabytes`` MB, one made-up article a row; returns rows."""
    rng = random.Random(seed)
    rows = 0
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "title", "text", "date", "url"])
        while handle.tell() < megabytes * 1024 * 1024:
            rows += 1
            paragraphs = [
                " ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 60))).capitalize() + "."
                for _ in range(rng.randint(3, 8))
            ]
            writer.writerow(
                [
                    rows,
                    " ".join(rng.choice(WORDS) for _ in range(6)).capitalize(),
                    "\n\n".join(paragraphs),
                    f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                    f"https://news.example/{rows}",
                ]
            )
    return rows


def _import_alone(data: Path) -> None:
    """Run in a process of its own, so that its peak memory is its own."""
    from reader.library import Library

    with tempfile.TemporaryDirectory() as scratch, Library(Path(scratch) / "r.db") as library:
        started = time.monotonic()
        rows = sum(1 for _ in library.run_import(library.plan_import([str(data)])))
        elapsed = time.monotonic() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    size = data.stat().st_size / (1024 * 1024)
    print(f"{rows}\t{size:.1f}\t{elapsed:.1f}\t{peak:.0f}")


def measure(data: Path) -> tuple[int, float, float, float]:
    done = subprocess.run(
        [sys.executable, "-m", "bench.datasets", "--alone", str(data)],
        capture_output=True,
        text=True,
        check=True,
    )
    rows, size, elapsed, peak = done.stdout.split()
    return int(rows), float(size), float(elapsed), float(peak)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.datasets", description=__doc__)
    parser.add_argument("--mb", type=float, default=200, help="size of the generated CSV")
    parser.add_argument("--alone", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.alone:
        _import_alone(args.alone)
        return 0
    with tempfile.TemporaryDirectory() as scratch:
        for megabytes in (args.mb / 10, args.mb):
            data = Path(scratch) / f"{megabytes:g}.csv"
            generate(data, megabytes)
            rows, size, elapsed, peak = measure(data)
            print(
                f"{size:7.1f} MB CSV, {rows:,} rows: {rows / elapsed:,.0f} rows/s,"
                f" {size / elapsed:.1f} MB/s, peak RSS {peak:.0f} MB"
            )
            data.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
