"""The worker processes of the two phases (``reader.workers``): the first
phase's only parse, and do not pay for the second phase's models."""

from __future__ import annotations

import os

from reader import workers
from reader.workers import worker_pool

# What a worker has imported, asked of it in a string: eval is a builtin,
# so the pool can send it.
_LOADED = (
    "[m for m in ('reader.extract.warm', 'reader.importer') if m in __import__('sys').modules]"
)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_first_phase_workers_parse_without_the_models_and_their_server_stops():
    with worker_pool(1, models=False) as pool:
        loaded = pool.submit(eval, _LOADED).result()
        server = workers._parsing_server._forkserver_pid
        assert server is not None and _alive(server)
    assert loaded == ["reader.importer"]
    assert not _alive(server)  # stopped (and reaped) with its pool


def test_second_phase_workers_have_the_models():
    with worker_pool(1) as pool:
        loaded = pool.submit(eval, _LOADED).result()
    assert "reader.extract.warm" in loaded


def test_a_shared_analysers_workers_find_it_loaded_by_their_server_which_stops():
    """Chinese's analyser is loaded once, by the forkserver of the group's
    workers, so that they share it; the server stops with the pool."""
    asked = "__import__('reader.extract.lang.zh.morphology').extract.lang.zh.morphology"
    with worker_pool(1, analysers=["zh-cn"]) as pool:
        loaded = pool.submit(eval, f"{asked}._tags.cache_info().currsize").result()
        server = workers._analyser_server._forkserver_pid
        assert server is not None and _alive(server)
    assert loaded == 1
    assert not _alive(server)
    assert workers._analyser_server is None
