"""Proof that the compiled build extracts exactly what pure Python does.

    python -m bench.compiled_equal [--corpora DIR] [--keep DIR]

Run it from the checkout with the Python of an environment where the
compiled build is installed (README, "A compiled build"). It starts two
processes of that Python: one imports ``reader`` as installed, its
``reader/extract`` modules compiled (checked: it stops if they are not),
the other the same installed package's Python sources, copied without the
compiled files, so that both run one version of the code with the same
libraries. Each runs ``extract()`` on every gold article (of
``evaluation/gold/lang_*.jsonl`` only the articles' paths are read, never
their annotations) and on the bundled sample articles, and writes
everything it found (title, date, paragraphs, entities, quotes and their
speakers ...) as one JSON line an article. The lines are compared article by
article; every article whose results differ is named, with the first field
that differs. The exit status is 0 when all are equal and every article was read.

Why a whole-output comparison and not the test suite: mypyc compiles what
the annotations say, and where an annotation is wrong the compiled code
does something else (``dict.get`` of a ``dict`` subclass annotated
``dict`` is the built-in one, not the subclass's) without failing.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
GOLD = REPO / "evaluation" / "gold"
CORPORA = REPO.parent / "shared" / "corpora"
# A module every compiled build compiles: the tagger, extraction's hottest.
PROBE = "reader.extract.tagger"


def articles(corpora: Path) -> list[Path]:
    """Every gold article's file, then the samples, in a fixed order."""
    found: set[Path] = set()
    for gold in sorted(GOLD.glob("lang_*.jsonl")):
        for line in gold.read_text(encoding="utf-8").splitlines():
            found.add(corpora / json.loads(line)["path"])
    samples = sorted((REPO / "sample_articles").glob("*.txt"))
    return sorted(found) + samples


def _plain(value: object) -> object:
    """A result as JSON: dataclasses by field, sequences as lists."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Sequence) and not isinstance(value, str):
        return [_plain(v) for v in value]
    return value


def _child(paths_file: str, out_file: str, want: str) -> int:
    """One side: extract every article and write one JSON line each."""
    import importlib

    probe = importlib.import_module(PROBE)
    compiled = not probe.__file__.endswith(".py")
    if compiled != (want == "compiled"):
        print(f"{want} side imported {probe.__file__}", file=sys.stderr)
        return 2
    from reader.extract.pipeline import extract
    from reader.files import Rejected, decode

    spent = 0.0
    with open(out_file, "w", encoding="utf-8") as out:
        for path in Path(paths_file).read_text(encoding="utf-8").splitlines():
            try:
                text = decode(Path(path).read_bytes()).text
            except (OSError, Rejected) as error:
                out.write(json.dumps([path, f"unread: {type(error).__name__}"]) + "\n")
                continue
            began = time.process_time()
            result = _plain(extract(text))
            spent += time.process_time() - began
            out.write(json.dumps([path, result], ensure_ascii=False) + "\n")
    print(f"{want}: {probe.__file__}, extraction {spent:.1f} s CPU", file=sys.stderr)
    return 0


def _installed_package() -> Path:
    """The folder holding the installed ``reader`` (and ``db``), as this
    Python sees it outside the checkout."""
    found = subprocess.run(
        [sys.executable, "-P", "-c", "import reader; print(reader.__path__[0])"],
        cwd=tempfile.gettempdir(),
        env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"},
        capture_output=True,
        text=True,
        check=True,
    )
    return Path(found.stdout.strip()).parent


def _first_difference(a: object, b: object, where: str = "") -> str:
    if isinstance(a, dict) and isinstance(b, dict):
        for key in {**a, **b}:
            if a.get(key) != b.get(key):
                return _first_difference(a.get(key), b.get(key), f"{where}.{key}")
    if isinstance(a, list) and isinstance(b, list):
        for i, (x, y) in enumerate(zip(a, b, strict=False)):
            if x != y:
                return _first_difference(x, y, f"{where}[{i}]")
        if len(a) != len(b):
            return f"{where}: {len(a)} against {len(b)} items"
    return f"{where}: {json.dumps(a, ensure_ascii=False)[:120]} against {json.dumps(b, ensure_ascii=False)[:120]}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.compiled_equal", description=__doc__)
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--keep", type=Path, help="leave both sides' JSON lines in this folder")
    args = parser.parse_args(argv)
    if not args.corpora.is_dir():
        print(f"no corpora at {args.corpora}", file=sys.stderr)
        return 2
    paths = articles(args.corpora)
    site = _installed_package()
    with tempfile.TemporaryDirectory() as work:
        work_dir = Path(args.keep) if args.keep else Path(work)
        work_dir.mkdir(parents=True, exist_ok=True)
        paths_file = work_dir / "articles.txt"
        paths_file.write_text("\n".join(map(str, paths)) + "\n", encoding="utf-8")
        pure = Path(work) / "pure"
        for package in ("reader", "db"):
            shutil.copytree(
                site / package, pure / package, ignore=shutil.ignore_patterns("*.so", "*.pyd")
            )
        env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
        sides = {"compiled": env, "pure": {**env, "PYTHONPATH": str(pure)}}
        out = {side: work_dir / f"{side}.jsonl" for side in sides}
        for side, side_env in sides.items():
            done = subprocess.run(
                [sys.executable, "-P", __file__, "--child", str(paths_file), str(out[side]), side],
                cwd=work,
                env=side_env,
                check=False,
            )
            if done.returncode:
                print(f"the {side} side failed", file=sys.stderr)
                return 2
        compiled, pure_lines = (
            out[side].read_text(encoding="utf-8").splitlines() for side in sides
        )
    differ = [(a, b) for a, b in zip(compiled, pure_lines, strict=True) if a != b]
    for a, b in differ[:20]:
        path, got = json.loads(a)
        print(f"differs: {path}: {_first_difference(got, json.loads(b)[1])}")
    gold = len(paths) - len(list((REPO / "sample_articles").glob("*.txt")))
    unread = sum('"unread: ' in line for line in pure_lines)
    verdict = f"{len(differ)} differ" if differ else "all equal"
    print(
        f"{len(paths)} articles ({gold} gold, {len(paths) - gold} samples,"
        f" {unread} unread): {verdict}"
    )
    if unread:
        # An article neither side could read was compared by nobody: the
        # proof is incomplete (a wrong --corpora would pass on the samples).
        print(f"{unread} articles unread (is --corpora {args.corpora} right?)", file=sys.stderr)
        return 1
    return 1 if differ else 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        sys.exit(_child(*sys.argv[2:5]))
    sys.exit(main())
