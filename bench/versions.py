"""What grouping versions of one story costs the second phase, per article.

    python -m bench.versions --articles 10000 [--copies 0.05] [--compare]

Articles come from the scale benchmark's seeded generator (``bench.synth``);
a share of them (``--copies``) are versions of an earlier one, made as a
copy is (a sentence added, two paragraphs swapped, a new headline), so
that groups form. Printed, per article: the sketch (what a worker adds to
its understanding), storing it with its band keys and finding and judging
its candidates (what the writer adds to its transaction), the candidates a
look-up reads, and the groups found against the copies made.

``--compare`` also sketches the same shingles with ``datasketch`` and with
a numpy MinHash of 64 hash functions, when they are installed (neither is
a dependency), and prints each one's time per article and how far its
estimate of the Jaccard similarity strays from the exact one, over pairs
of copies and pairs of unrelated articles.

The generator draws each sentence's complement word by word, so that two
unrelated synthetic articles share few shingles, as real ones do (the mean
similarity of unrelated pairs is printed by ``--compare``); before it did,
they were drawn whole from a few dozen a language and unrelated articles
grouped by the thousand.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
import zlib
from hashlib import sha256
from pathlib import Path

from bench.synth import Generator
from db import versions
from db.records import ArticleRecord
from db.store import Store
from reader.extract.sketch import SLOTS, body_words, shingles, sketch
from reader.extract.structure import parse_structure

GROUP = 128  # articles per write transaction, as the second phase's writer


def _copy(text: str, rng: random.Random) -> str:
    """A version of an article: another headline, a sentence added in the
    middle, two body paragraphs swapped."""
    lines = text.split("\n\n")
    lines[0] = "Updated: " + lines[0]
    body = list(range(3, len(lines) - 4))
    if len(body) >= 2:
        i, j = rng.sample(body, 2)
        lines[i], lines[j] = lines[j], lines[i]
    at = rng.randrange(3, max(4, len(lines) - 4))
    lines.insert(at, "An editor added this sentence to the copy of the story today.")
    return "\n\n".join(lines)


def _collection(n: int, copies: float, seed: int = 6) -> tuple[list[str], dict[int, int]]:
    """N texts, and for each copy the index of the article it copies."""
    generator = Generator(n, seed)
    rng = random.Random(seed)
    texts: list[str] = []
    copied: dict[int, int] = {}
    for index in range(n):
        if texts and rng.random() < copies:
            source = rng.randrange(len(texts))
            copied[index] = copied.get(source, source)
            texts.append(_copy(texts[source], rng))
        else:
            texts.append(generator.article())
    return texts, copied


def _exact(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def _numpy_minhash():
    import numpy as np

    rng = np.random.default_rng(1)
    a = rng.integers(1, 2**63, size=SLOTS, dtype=np.uint64) | np.uint64(1)
    b = rng.integers(0, 2**63, size=SLOTS, dtype=np.uint64)

    def signature(found: set[bytes]) -> list[int]:
        hashes = np.fromiter((zlib.crc32(s) for s in found), dtype=np.uint64, count=len(found))
        mixed = hashes[None, :] * a[:, None] + b[:, None]  # wraps modulo 2**64
        return (mixed.min(axis=1) >> np.uint64(32)).tolist()

    return signature


def _datasketch_minhash():
    from datasketch import MinHash

    template = MinHash(num_perm=SLOTS, seed=1)

    def signature(found: set[bytes]) -> list[int]:
        m = MinHash(
            num_perm=SLOTS, seed=1, permutations=template.permutations, scheme=template.scheme
        )
        m.update_batch(list(found))
        return m.hashvalues.tolist()

    return signature


def _ours(found: set[bytes]) -> bytes:
    """Our sketch of a shingle set (``reader.extract.sketch`` from text)."""
    from reader.extract import sketch as module

    slots = [module._EMPTY] * SLOTS
    for shingle in found:
        h = (zlib.crc32(shingle) * module._MIX) & module._MASK64
        slot, value = h >> module._SLOT_SHIFT, h & module._VALUE_MASK
        if value < slots[slot]:
            slots[slot] = value
    return bytes(b for v in module._densified(slots) for b in (v & 0xFFFF).to_bytes(2, "little"))


def _agreement(a, b) -> float:
    if isinstance(a, bytes):
        return versions.similarity(a, b)
    return sum(x == y for x, y in zip(a, b, strict=True)) / len(a)


def compare(parsed: list[tuple[str, list]], copied: dict[int, int]) -> None:
    sets = [shingles(body_words(text, paras)) for text, paras in parsed]
    rng = random.Random(2)
    pairs = [(i, j) for i, j in copied.items()][:300]
    unrelated = []
    while len(unrelated) < 300:
        i, j = rng.randrange(len(sets)), rng.randrange(len(sets))
        if i != j and copied.get(i, i) != copied.get(j, j):
            unrelated.append((i, j))
    print(
        f"exact Jaccard: copies mean {statistics.mean(_exact(sets[i], sets[j]) for i, j in pairs):.2f},"
        f" unrelated mean {statistics.mean(_exact(sets[i], sets[j]) for i, j in unrelated):.3f}"
        f" (max {max(_exact(sets[i], sets[j]) for i, j in unrelated):.2f})"
    )
    implementations = {"ours (one permutation, pure Python)": _ours}
    for name, make in (
        ("numpy, 64 hash functions", _numpy_minhash),
        ("datasketch", _datasketch_minhash),
    ):
        try:
            implementations[name] = make()
        except ImportError:
            print(f"{name}: not installed")
    print("a shingle set's signature (tokenising and shingling aside), and the mean")
    print("absolute error of its Jaccard estimate against the exact one:")
    print(f"{'implementation':<38} {'ms CPU':>10} {'error copies':>13} {'error unrelated':>16}")
    for name, signature in implementations.items():
        sample = sets[: min(len(sets), 3000)]
        start = time.process_time()
        for found in sample:
            signature(found)
        ms = (time.process_time() - start) / len(sample) * 1000
        errors = []
        for group in (pairs, unrelated):
            errors.append(
                statistics.mean(
                    abs(
                        _agreement(signature(sets[i]), signature(sets[j]))
                        - _exact(sets[i], sets[j])
                    )
                    for i, j in group
                )
            )
        print(f"{name:<38} {ms:>10.3f} {errors[0]:>13.3f} {errors[1]:>16.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--copies", type=float, default=0.05)
    parser.add_argument("--compare", action="store_true")
    args = parser.parse_args()

    texts, copied = _collection(args.articles, args.copies)
    parsed = []
    for text in texts:
        found = parse_structure(text)
        parsed.append((text, list(found.paragraphs), found))
    print(
        f"{len(texts):,} articles, {len(copied):,} of them copies of another"
        f" (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores: figures are CPU time)"
    )

    start = time.process_time()
    sketches = [sketch(text, paras) for text, paras, _ in parsed]
    sketch_ms = (time.process_time() - start) / len(texts) * 1000
    print(
        f"sketch (worker):            {sketch_ms:.3f} ms CPU/article"
        f" ({sum(s is None for s in sketches):,} too short to sketch)"
    )

    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "bench.db")
        done: list = []
        records = [
            ArticleRecord(
                path=f"/bench/{i}.txt",
                text=text,
                encoding="utf-8",
                content_hash=sha256(text.encode()).hexdigest(),
                title=found.title,
                lang=found.lang,
                paragraphs=paras,
            )
            for i, (text, paras, found) in enumerate(parsed)
        ]
        for i in range(0, len(records), 1000):
            store.store_articles(records[i : i + 1000], done)
        ids = [article_id for _, article_id in done]
        cpu = time.process_time()
        start = time.perf_counter()
        for i in range(0, len(ids), GROUP):
            with store.transaction() as conn:
                for article_id, found in zip(
                    ids[i : i + GROUP], sketches[i : i + GROUP], strict=True
                ):
                    versions.write_sketch(
                        conn,
                        article_id,
                        versions.stored(found.slots, found.whole, found.whole_shingles)
                        if found
                        else None,
                    )
        write_ms = (time.perf_counter() - start) / len(ids) * 1000
        write_cpu = (time.process_time() - cpu) / len(ids) * 1000
        print(f"store + link (writer):      {write_ms:.3f} ms/article ({write_cpu:.3f} ms CPU)")

        conn = store.conn
        sample = [s for s in sketches if s][:2000]
        start = time.perf_counter()
        counts = [len(versions.candidates(conn, s.slots)) - 1 for s in sample]
        query_ms = (time.perf_counter() - start) / len(sample) * 1000
        print(
            f"candidate query:            {query_ms:.3f} ms/look-up,"
            f" {statistics.mean(counts):.2f} candidates on average (max {max(counts)})"
        )
        print(
            f"phase 2 total for versions: {sketch_ms + write_cpu:.3f} ms CPU/article"
            " (of issue 21's 4.5)"
        )

        groups = {}
        for article_id, group_id in conn.execute("SELECT article_id, group_id FROM version_groups"):
            groups[article_id] = group_id
        truth = {ids[i]: ids[copied.get(i, i)] for i in range(len(ids))}
        same = [(ids[i], ids[j]) for i, j in copied.items()]
        found_pairs = sum(groups.get(a, a) == groups.get(b, b) for a, b in same)
        stories: dict[int, set[int]] = {}
        for article_id, group_id in groups.items():
            stories.setdefault(group_id, set()).add(truth[article_id])
        grouped = list(groups)
        wrong = sum(len(stories[groups[a]]) > 1 for a in grouped)
        bands = conn.execute("SELECT count(*) FROM version_bands").fetchone()[0]
        size = (
            sum(
                row[0]
                for row in conn.execute("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'version%'")
                if row[0]
            )
            if _has_dbstat(conn)
            else None
        )
        print(
            f"copies grouped with their story: {found_pairs:,} of {len(same):,};"
            f" articles in a group with an unrelated one: {wrong:,} of {len(grouped):,}"
        )
        if size is not None:
            print(f"version tables: {size / len(ids):.0f} bytes/article ({bands:,} band keys)")
        store.close()

    if args.compare:
        compare([(t, p) for t, p, _ in parsed], copied)


def _has_dbstat(conn) -> bool:
    try:
        conn.execute("SELECT 1 FROM dbstat LIMIT 1")
        return True
    except Exception:
        return False


if __name__ == "__main__":
    main()
