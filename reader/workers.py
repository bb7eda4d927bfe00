"""The worker processes that run extraction during an import or a reindex.

Extraction is pure and CPU-bound, so it runs in a pool of processes while
the one writer stores what they return. The workers come from a forkserver
that has the models loaded, and they end with the process that started them.
"""

from __future__ import annotations

import io
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Callable, Collection, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager, suppress
from multiprocessing import forkserver, popen_forkserver, reduction, spawn, util
from multiprocessing.connection import Connection
from multiprocessing.context import set_spawning_popen
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
    context.set_forkserver_preload(_MODELS)
    return context


_MODELS = ["reader.forkserver_preload", "reader.extract.warm", "reader.understanding"]


# The first phase's workers only read and parse files: they come from a
# forkserver of their own that loads what that takes (0.14 s of CPU) instead
# of every model of the second phase (0.86 s), which the first results of an
# import waited for (a sixth of the first phase of 10,000 articles).
_parsing_server = forkserver.ForkServer()
_parsing_server.set_forkserver_preload(
    ["reader.forkserver_preload", "reader.importer", "reader.extract.structure"]
)


# The workers of a language group that loads a large analyser (Chinese's
# jieba: 110 MB in each process that meets Chinese) and has a worker on
# every core come from a forkserver of their own that loaded it, set for
# the group's pool: the workers share one copy instead of holding one each
# (two Chinese workers took the second phase's peak to 350 MB, 240 with one).
_analyser_server: forkserver.ForkServer | None = None
# The languages whose analysers that server loads (``reader.extract.warm_analysers``).
ANALYSER_LANGS = "READER_ANALYSER_LANGS"


class _ServerPopen(popen_forkserver.Popen):
    """multiprocessing's forkserver ``Popen``, asking ``_server()`` for the
    process instead of the one server multiprocessing keeps."""

    @staticmethod
    def _server() -> forkserver.ForkServer:
        raise NotImplementedError

    def _launch(self, process_obj) -> None:
        prep_data = spawn.get_preparation_data(process_obj._name)
        buf = io.BytesIO()
        set_spawning_popen(self)
        try:
            reduction.dump(prep_data, buf)
            reduction.dump(process_obj, buf)
        finally:
            set_spawning_popen(None)
        self.sentinel, w = self._server().connect_to_new_process(self._fds)
        # As multiprocessing does: the write end's duplicate tells the child
        # that this process lives.
        parent_w = os.dup(w)
        self.finalizer = util.Finalize(self, util.close_fds, (parent_w, self.sentinel))
        with open(w, "wb", closefd=True) as f:
            f.write(buf.getbuffer())
        self.pid = forkserver.read_signed(self.sentinel)


class _ParsingPopen(_ServerPopen):
    @staticmethod
    def _server() -> forkserver.ForkServer:
        return _parsing_server


class _ParsingProcess(multiprocessing.context.ForkServerProcess):
    @staticmethod
    def _Popen(process_obj):
        return _ParsingPopen(process_obj)


class _ParsingContext(multiprocessing.context.ForkServerContext):
    Process = _ParsingProcess


class _AnalyserPopen(_ServerPopen):
    @staticmethod
    def _server() -> forkserver.ForkServer:
        assert _analyser_server is not None
        return _analyser_server


class _AnalyserProcess(multiprocessing.context.ForkServerProcess):
    @staticmethod
    def _Popen(process_obj):
        return _AnalyserPopen(process_obj)


class _AnalyserContext(multiprocessing.context.ForkServerContext):
    Process = _AnalyserProcess


@contextmanager
def worker_pool(
    max_workers: int | None = None, *, models: bool = True, analysers: Collection[str] = ()
) -> Iterator[ProcessPoolExecutor]:
    """Extraction workers that stop with the main process; with
    ``models=False``, workers that only parse (the first phase), from a
    forkserver that stops with the pool; with ``analysers`` (languages),
    workers from a forkserver that stops with the pool and has loaded
    those languages' analysers, which the workers share.

    On Ctrl-C the main process stops the import and says how far it got;
    the workers ignore the signal (no tracebacks from them) and the work
    they were given is cancelled. When the main process is killed outright,
    the workers notice their pipe to it close and exit, instead of waiting
    for work forever and keeping the forkserver alive with them.
    """
    global _analyser_server
    alive_r, alive_w = multiprocessing.Pipe(duplex=False)
    if analysers:
        # The models' server holds 70 MB that none of its workers share
        # meanwhile: it is stopped, and the next pool starts it again (0.9 s).
        forkserver._forkserver._stop()
        _analyser_server = forkserver.ForkServer()
        _analyser_server.set_forkserver_preload([*_MODELS, "reader.extract.warm_analysers"])
        context = _AnalyserContext()
        # The server reads which analysers to load from its environment,
        # which it takes from this process as it starts.
        os.environ[ANALYSER_LANGS] = ",".join(sorted(analysers))
        try:
            _start_forkserver(_analyser_server.ensure_running)
        finally:
            del os.environ[ANALYSER_LANGS]
    elif models:
        context = _context()  # the preload must be set before the server starts
        _start_forkserver(forkserver.ensure_running)
    else:
        context = _ParsingContext()
        _start_forkserver(_parsing_server.ensure_running)
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
        if analysers:
            _analyser_server._stop()  # its analysers are not wanted by the next group
            _analyser_server = None
        elif not models:
            _parsing_server._stop()  # the next import starts another (0.14 s)


def _start_forkserver(ensure_running: Callable[[], None]) -> None:
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
        ensure_running()
        return
    replaced = sys.stderr
    with open(os.devnull, "w") as devnull:
        sys.stderr = devnull
        try:
            ensure_running()
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
