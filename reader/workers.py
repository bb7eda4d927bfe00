"""The worker processes that run extraction during an import or a reindex.

Extraction is pure and CPU-bound, so it runs in a pool of processes while
the one writer stores what they return. The workers come from a forkserver
that has the models loaded, and they end with the process that started them.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager, suppress
from multiprocessing import forkserver
from multiprocessing.connection import Connection
from pathlib import Path


def reader_command() -> list[str]:
    """This reader as a command, for a process of its own (the second phase
    in the background). ``python -m`` looks in the current folder first: a
    folder holding a package named ``db`` would stand in for ours, so ``-P``
    keeps it off the path, unless the current folder is where this reader
    itself is (run from its source without installing)."""
    ours = Path(__file__).resolve().parent.parent
    apart = Path.cwd().resolve() != ours
    return [sys.executable, *(["-P"] if apart else []), "-m", "reader"]


def _context() -> multiprocessing.context.BaseContext:
    """Worker processes for extraction, forked from a server that has the
    models loaded (``reader.extract.warm``), so that they share them, and
    the modules the two phases' work runs in (``reader.understanding``
    brings the store's: 55 ms that each worker would import again)."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(
        ["reader.forkserver_preload", "reader.extract.warm", "reader.understanding"]
    )
    return context


@contextmanager
def worker_pool(max_workers: int | None = None) -> Iterator[ProcessPoolExecutor]:
    """Extraction workers that stop with the main process.

    On Ctrl-C the main process stops the import and says how far it got;
    the workers ignore the signal (no tracebacks from them) and the work
    they were given is cancelled. When the main process is killed outright,
    the workers notice their pipe to it close and exit, instead of waiting
    for work forever and keeping the forkserver alive with them.
    """
    alive_r, alive_w = multiprocessing.Pipe(duplex=False)
    context = _context()  # the preload must be set before the server starts
    _start_forkserver()
    pool = ProcessPoolExecutor(
        max_workers=max_workers,
        mp_context=context,
        initializer=_start_worker,
        initargs=(alive_r,),
    )
    try:
        yield pool
    finally:
        # Work not started is not wanted any more: a caller that leaves
        # early (stopped, or failed) should not wait for a whole batch.
        pool.shutdown(wait=True, cancel_futures=True)
        alive_r.close()
        alive_w.close()


def _start_forkserver() -> None:
    """Start the forkserver (and its resource tracker) with a real stderr.

    The tracker inherits ``sys.stderr``'s file descriptor; inside the TUI,
    Textual has replaced ``sys.stderr`` with an object whose ``fileno()`` is
    -1, and starting the pool would fail with ``bad value(s) in
    fds_to_keep``. There the tracker gets /dev/null instead: whatever it
    might say would only garble the screen.
    """
    try:
        usable = sys.stderr.fileno() >= 0
    except (AttributeError, OSError, ValueError):
        usable = False
    if usable:
        forkserver.ensure_running()
        return
    replaced = sys.stderr
    with open(os.devnull, "w") as devnull:
        sys.stderr = devnull
        try:
            forkserver.ensure_running()
        finally:
            sys.stderr = replaced


def _start_worker(main_alive: Connection) -> None:
    # Already so when the forkserver ran our preload; not when something else started it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_main, args=(main_alive,), daemon=True).start()


def _exit_with_main(main_alive: Connection) -> None:
    with suppress(EOFError, OSError):
        main_alive.recv()  # nothing is ever sent: this returns when the main process is gone
    os._exit(1)
