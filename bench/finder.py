"""The entity finder's first keystroke, as a TUI user meets it.

``python -m bench.finder DB`` prints JSON: milliseconds for the finder's
first answer (one letter of a name from the generator's pool) in a fresh
interpreter, through the TUI's ``EntityFinder``, twice over: ``cold``, typed
before anything loaded the names, and ``warming``, typed 0.2 s after the
warm-up the TUI starts (``ReaderApp._warm_finder``) began, so while it runs;
then the same keystroke again (``second``: once the warm-up is over when
warming, still before it when cold). Each run is a fresh process, so no
index built earlier hides the load.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import threading
import time

from bench.synth import SEED, name_pool

WARMING_AFTER_S = 0.2


def first_keystroke(db_path: str, warming: bool) -> dict:
    from reader.library import Library
    from reader.ui.finder import EntityFinder

    with Library(db_path, read_only=True) as library:
        articles = library.store.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    typed = random.Random(SEED).choice(name_pool(articles).people)[:1]
    finder = EntityFinder(db_path)
    warm = None
    if warming:
        warm = threading.Thread(target=finder.warm)
        warm.start()
        time.sleep(WARMING_AFTER_S)
    start = time.perf_counter()
    found = finder.find(typed)
    answered = time.perf_counter() - start
    if warm is not None:
        warm.join()
    start = time.perf_counter()
    later = finder.find(typed)
    second_s = time.perf_counter() - start
    finder.close()
    return {
        "typed": typed,
        "first_ms": answered * 1000,
        "hits": len(found.hits),
        "second_ms": second_s * 1000,
        "second_hits": len(later.hits),
    }


def measure(db_path: str) -> dict:
    """``first_keystroke`` cold and warming, each in a fresh interpreter."""
    runs = {}
    for mode in ("cold", "warming"):
        done = subprocess.run(
            [sys.executable, "-m", "bench.finder", str(db_path), mode],
            check=True,
            capture_output=True,
            text=True,
        )
        runs[mode] = json.loads(done.stdout)
    return runs


if __name__ == "__main__":
    if len(sys.argv) == 3:
        print(json.dumps(first_keystroke(sys.argv[1], sys.argv[2] == "warming")))
    else:
        print(json.dumps(measure(sys.argv[1])))
