"""A large generated dataset imported as a stream: memory stays flat.

Writes a seeded CSV (or ``--format jsonl`` or ``json``, an array) of
made-up articles (``--mb``, 200 by default), imports
its first phase (the rows stored and searchable, as ``reader import
--no-wait`` does) into a scratch database, and prints the rate in rows and
MB a second and the peak resident memory, beside the same import of a
tenth of the file: memory that grew with the file would show here.

    python -m bench.datasets --mb 200
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from bench.synth import MEAN_BYTES, SEED, Generator

MB = 1024 * 1024


FORMATS = {"csv": "CSV", "jsonl": "JSON Lines", "json": "JSON array"}
COLUMNS = ("id", "title", "date", "text", "url")


def generate(path: Path, megabytes: float, seed: int = SEED) -> int:
    """A dataset of about ``megabytes`` MB in the format of ``path``'s
    extension (``FORMATS``), one made-up article a row (``bench.synth``'s,
    in its seven languages) with an id, title, date and URL; returns the
    rows."""
    rows = 0
    generator = Generator(max(1, int(megabytes * MB / MEAN_BYTES)), seed)
    kind = path.suffix[1:]
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        if kind == "csv":
            writer.writerow(COLUMNS)
        elif kind == "json":
            handle.write("[\n")
        while handle.tell() < megabytes * MB:
            rows += 1
            title, date, text = generator.article().split("\n\n", 2)
            row = [rows, title, date, text, f"https://news.example/{rows}"]
            if kind == "csv":
                writer.writerow(row)
            else:
                separator = ",\n" if kind == "json" and rows > 1 else ""
                handle.write(separator + json.dumps(dict(zip(COLUMNS, row, strict=True))))
                handle.write("\n" if kind == "jsonl" else "")
        if kind == "json":
            handle.write("\n]\n")
    return rows


def _import_alone(data: Path) -> None:
    """Run in a process of its own, so that its peak memory is its own: the
    main process's peak RSS (it reads the file and writes the rows), and
    the peak of the PSS summed over it and the worker processes."""
    from bench.run import MemorySampler
    from reader.importer import Status
    from reader.library import Library

    sampler = MemorySampler()
    sampler.start()
    with tempfile.TemporaryDirectory() as scratch, Library(Path(scratch) / "r.db") as library:
        started = time.monotonic()
        outcomes = Counter(r.status for r in library.run_import(library.plan_import([str(data)])))
        elapsed = time.monotonic() - started
    all_kb = sampler.stop()
    if set(outcomes) != {Status.ADDED}:
        raise SystemExit(f"not every row was added: {dict(outcomes)}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    size = data.stat().st_size / MB
    print(f"{outcomes[Status.ADDED]}\t{size:.1f}\t{elapsed:.1f}\t{peak:.0f}\t{all_kb / 1024:.0f}")


def measure(data: Path) -> tuple[int, float, float, float, float]:
    """Rows, MB, seconds, the main process's peak RSS and the peak PSS of
    all the import's processes, in MB."""
    done = subprocess.run(
        [sys.executable, "-m", "bench.datasets", "--alone", str(data)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode:
        raise SystemExit(f"the import of {data} failed: {done.stderr.strip()}")
    rows, size, elapsed, peak, all_mb = done.stdout.split()
    return int(rows), float(size), float(elapsed), float(peak), float(all_mb)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.datasets", description=__doc__)
    parser.add_argument("--mb", type=float, default=200, help="size of the generated dataset")
    parser.add_argument("--format", choices=FORMATS, default="csv", help="the dataset's format")
    parser.add_argument("--alone", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.alone:
        _import_alone(args.alone)
        return 0
    with tempfile.TemporaryDirectory() as scratch:
        for megabytes in (args.mb / 10, args.mb):
            data = Path(scratch) / f"{megabytes:g}.{args.format}"
            generate(data, megabytes)
            rows, size, elapsed, peak, all_mb = measure(data)
            print(
                f"{size:7.1f} MB {FORMATS[args.format]}, {rows:,} rows: {rows / elapsed:,.0f} rows/s,"
                f" {size / elapsed:.1f} MB/s, peak RSS {peak:.0f} MB"
                f" (main; with the workers {all_mb:.0f} MB PSS)",
                flush=True,
            )
            data.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
