"""SIGTERM stops a command the way Ctrl-C does.

``kill``, ``timeout`` and service managers stop a process with SIGTERM,
whose default ends it on the spot: the store stays whole (files are stored
a group per transaction) but the user is not told how far an import got,
and multiprocessing's resource tracker warns about the worker pool's
semaphores left behind. Turned into SIGINT, SIGTERM takes the path Ctrl-C
takes: a write transaction under way is committed first (``db.store``
holds SIGINT back until then), the worker pool is shut down, and the
command ends with its one-line message; ``terminated()`` tells the caller
which of the two signals it was, for the message and the exit status.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

EXIT_TERMINATED = 128 + signal.SIGTERM

_terminated = False


@contextmanager
def sigterm_as_ctrl_c() -> Iterator[None]:
    """Within the block, SIGTERM raises KeyboardInterrupt as Ctrl-C does
    (only the main thread can set signal handlers; elsewhere nothing changes)."""
    global _terminated
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    _terminated = False
    previous = signal.signal(signal.SIGTERM, _on_sigterm)
    # A job a script starts in the background ignores SIGINT from its start;
    # SIGTERM must still stop it, so SIGINT is heard again within the block
    # (the terminal's Ctrl-C never reaches a background job anyway).
    ignored = signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    if ignored:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
        if ignored:
            signal.signal(signal.SIGINT, signal.SIG_IGN)


def terminated() -> bool:
    """Whether the KeyboardInterrupt being handled came from SIGTERM."""
    return _terminated


def _on_sigterm(signum: int, frame: object) -> None:
    global _terminated
    _terminated = True
    signal.raise_signal(signal.SIGINT)
