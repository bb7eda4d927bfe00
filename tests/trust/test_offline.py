"""Nothing leaves the machine: importing, the TUI and exporting open no
network connection and look up no host name.

Every way out through Python's ``socket`` module is replaced by one that
records the attempt and raises; the test fails on any attempt, even one
the code caught and went on from.
"""

from __future__ import annotations

import socket

import pytest

from reader.cli import main
from reader.config import sample_articles_dir
from reader.library import Library
from reader.ui.app import ReaderApp
from reader.ui.widgets.article_list import ArticleList
from tests.conftest import import_paths, write

ARTICLES = {
    "strike.txt": (
        "Harbour workers strike\n\n"
        '"We will not go back," said Sri Wahyuni, head of the union, on Monday.\n'
    ),
    "banjir.md": (
        "# Banjir rendam pelabuhan\n\n"
        "Hujan deras sejak Senin malam merendam kawasan pelabuhan Makassar.\n"
    ),
    # A saved page full of addresses: none is fetched.
    "page.html": (
        "<html><head><meta charset='utf-8'><title>Port reopens</title>"
        "<link rel='canonical' href='https://port.example/reopens'>"
        "<meta property='og:image' content='https://cdn.example/p.jpg'>"
        "<script src='https://tracker.example/t.js'></script></head><body><article>"
        "<h1>Port reopens</h1><p>The port reopened on Tuesday after the storm, and the first"
        " ferries left for the islands with every seat taken by travellers.</p>"
        "<img src='https://cdn.example/photo.jpg'><p>Officials said the damage to the"
        " piers was smaller than feared, and repairs will be done within a month.</p>"
        "</article></body></html>"
    ),
}


@pytest.fixture
def no_network(monkeypatch):
    attempts: list[str] = []

    def refuse(name):
        def refused(*args, **kwargs):
            attempts.append(f"{name}{args[1:] if name.startswith('socket.') else args}")
            raise OSError(f"{name} called: reader must not use the network")

        return refused

    local_connect = socket.socket.connect
    refused_connect = refuse("socket.connect")

    def connect(sock, address):
        # A Unix socket is this machine's own pipe (the worker processes'
        # forkserver listens on one), not the network.
        if sock.family == socket.AF_UNIX:
            return local_connect(sock, address)
        return refused_connect(sock, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    monkeypatch.setattr(socket.socket, "sendto", refuse("socket.sendto"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    yield attempts
    assert attempts == []


def test_the_refusal_is_in_place(no_network):
    """The test below could fail: a connection is refused and recorded."""
    with pytest.raises(OSError, match="must not use the network"):
        socket.create_connection(("example.org", 80))
    with socket.socket() as sock, pytest.raises(OSError, match="must not use the network"):
        sock.connect(("127.0.0.1", 9))
    assert len(no_network) == 2
    no_network.clear()


async def test_import_tui_and_export_use_no_network(no_network, tmp_path, capsys):
    folder = tmp_path / "articles"
    for name, text in ARTICLES.items():
        write(folder, name, text)
    dataset = write(
        tmp_path,
        "rows.csv",
        "title,text,url\nFerry fares rise,Fares rose by a tenth on Friday.,https://f.example/1\n",
    )
    db = tmp_path / "reader.db"
    assert main(["--db", str(db), "import", str(folder)]) == 0
    assert main(["--db", str(db), "import", str(dataset)]) == 0
    # Every language's analyser, in this process (a few files are understood
    # here, not in worker processes the refusal would not reach).
    with Library(tmp_path / "samples.db") as library:
        import_paths(library, sample_articles_dir())
        assert library.stats()["entities"] > 0

    # The first start of an empty library imports the samples; their names
    # come from a background process of its own.
    app = ReaderApp(tmp_path / "fresh.db")
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen.query_one(ArticleList).row_count > len(ARTICLES)
        await pilot.press("slash", *"harbour", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()

    for fmt in ("json", "csv", "md"):
        out = tmp_path / f"quotes.{fmt}"
        assert main(["--db", str(db), "export", "quotes", "--format", fmt, "-o", str(out)]) == 0
        assert "Sri Wahyuni" in out.read_text(encoding="utf-8")
    capsys.readouterr()
