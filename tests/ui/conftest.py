"""A small real library for the UI tests, and helpers to read what is drawn."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from db.records import ArticleRecord, MentionRecord, QuoteRecord
from db.store import Store
from reader.library import Library
from tests.conftest import import_paths, store_understood

FILES = {
    "port.txt": (
        "Robots arrive at the port of Hamburg\n\n"
        "HAMBURG - The port of Hamburg tested robot arms from Korea on Monday. "
        "Workers watched the machines lift containers.\n\n"
        "The union asked for talks about jobs. Managers said no jobs would go.\n"
    ),
    "coffee.txt": (
        "Coffee prices soar in Lampung\n\n"
        "Farmers in Lampung sold robusta beans at record prices this week. "
        "Buyers from Korea came to the villages.\n"
    ),
    "bikes.txt": (
        "Berlin opens new bicycle streets\n\n"
        "Berlin opened three bicycle streets in Neukölln. Drivers complained. "
        "Cyclists cheered the change.\n"
    ),
}

# One article with every layer, stored directly so offsets are exact.
STORY_TITLE = "Dockworkers strike over robot cranes"
STORY_BODY = [
    "JAKARTA - Thousands of dockworkers at Tanjung Priok went on strike on Monday. "
    "The strike slowed the port.",
    '"We are not against technology," said Darmawan Saputra, head of the union. '
    "He spoke to reporters at the gate.",
    "PT Samudra Logistik said no worker would lose a job. Talks continue in Jakarta.",
]

HOSTILE_TITLE = "Evil [bold]x[/] [@click=app.quit]click me[/]"
HOSTILE_BODY = [
    "Markup [red]stays[/red] literal: [/] and [@click=app.quit]quit[/]. ",
    "An escape \x1b]52;c;aGVsbG8=\x07 and a bidi \u202e override stay visible.",
]


def _record(title: str, paragraphs: list[str], path: str, **extra) -> ArticleRecord:
    text = title + "\n\n"
    spans = []
    for paragraph in paragraphs:
        spans.append((len(text), len(text) + len(paragraph)))
        text += paragraph + "\n\n"
    return ArticleRecord(
        path=path,
        text=text,
        encoding="utf-8",
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        title=title,
        lang="en",
        paragraphs=spans,
        **extra,
    )


def story_record() -> tuple[ArticleRecord, list[MentionRecord], list[QuoteRecord]]:
    text_probe = _record(STORY_TITLE, STORY_BODY, "/x/story.txt").text

    def at(phrase: str) -> tuple[int, int]:
        start = text_probe.index(phrase)
        return start, start + len(phrase)

    quote = at('"We are not against technology,"')
    record = _record(
        STORY_TITLE,
        STORY_BODY,
        "/x/story.txt",
        source="Meridian Wire",
        date="2025-06-23",
        tags=["Labour"],
    )
    mentions = [
        MentionRecord("tanjung priok", "LOC", "Tanjung Priok", *at("Tanjung Priok")),
        MentionRecord("darmawan saputra", "PER", "Darmawan Saputra", *at("Darmawan Saputra")),
        MentionRecord("pt samudra", "ORG", "PT Samudra Logistik", *at("PT Samudra Logistik")),
        MentionRecord("jakarta", "LOC", "Jakarta", *at("JAKARTA")),
    ]
    quotes = [QuoteRecord(*quote, speaker="Darmawan Saputra", speaker_key="darmawan saputra")]
    return record, mentions, quotes


def hostile_record() -> tuple[ArticleRecord, list[MentionRecord], list[QuoteRecord]]:
    return _record(HOSTILE_TITLE, HOSTILE_BODY, "/x/hostile.txt", source="[i]src[/i]"), [], []


@pytest.fixture(scope="session")
def ui_db_template(tmp_path_factory) -> Path:
    """A library file with three imported files, a story with every layer and a hostile one."""
    folder = tmp_path_factory.mktemp("ui-articles")
    for name, text in FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
    path = tmp_path_factory.mktemp("ui-db") / "reader.db"
    with Library(path) as library:
        import_paths(library, folder)
    with Store(path) as store:
        store_understood(store, [story_record(), hostile_record()])
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def ui_db(ui_db_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the template library for one test."""
    path = tmp_path / "reader.db"
    shutil.copyfile(ui_db_template, path)
    return path


def drawn(widget, lines: int | None = None) -> str:
    """The text a Line API widget draws in its visible lines."""
    height = lines or widget.scrollable_content_region.height
    return "\n".join(
        "".join(segment.text for segment in widget.render_line(y)) for y in range(height)
    )


def screen_text(app) -> str:
    """Everything on the screen, as plain text (via the compositor)."""
    strips = app.screen._compositor.render_strips()
    return "\n".join("".join(segment.text for segment in strip) for strip in strips)
