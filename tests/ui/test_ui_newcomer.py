"""What a newcomer meets first: the list's columns, the finder's panel,
quotes cut for room, and the finder after a curation."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len
from textual.app import App, ComposeResult
from textual.widgets import Input

from db.articles import ArticleRow
from db.records import MentionRecord, QuoteRecord
from db.store import Store
from reader.library import Library
from reader.ui.app import ReaderApp
from reader.ui.screens.entities import EntityScreen
from reader.ui.widgets.article_list import ArticleList
from tests.conftest import store_understood

from .conftest import _record, screen_text

SIZE = (120, 40)


async def settle(pilot, seconds: float = 0.2) -> None:
    await pilot.pause(seconds)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def _row(id: int, title: str, quotes: int = 0, versions: int = 1, tags=()) -> ArticleRow:
    return ArticleRow(
        id=id,
        title=title,
        path=None,
        lang="id",
        source="Kabar Pagi",
        date="2025-10-21",
        quote_count=quotes,
        read=False,
        starred=False,
        tags=tuple(tags),
        group=id,
        versions=versions,
    )


class _ListApp(App):
    def __init__(self, rows: list[ArticleRow]) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        yield ArticleList(id="articles")

    def on_mount(self) -> None:
        rows = self.rows
        self.query_one(ArticleList).set_source(lambda o, n: rows[o : o + n], len(rows))


async def test_sources_and_quote_counts_line_up_on_every_row():
    """A row with versions, one without quotes and one with many draw their
    source and quote count in the same columns as the others."""
    long = "Menteri Budi Hartowiyono Jawab Kritik soal Anggaran Daerah yang Dipangkas " * 2
    rows = [
        _row(1, "Harga Cabai Naik Lagi", quotes=8),
        _row(2, "Harga Beras Turun di Pasar Lama"),
        _row(3, long, quotes=10, versions=2),
        _row(4, "Bupati Resmikan Pasar Baru", quotes=3, versions=3),
        _row(5, long, quotes=1234, tags=["anggaran", "daerah"]),
    ]
    app = _ListApp(rows)
    async with app.run_test(size=SIZE):
        articles = app.query_one(ArticleList)
        drawn = [articles.render_row(i, 116)[0].plain for i in range(len(rows))]
    starts = {cell_len(text[: text.index("Kabar Pagi")]) for text in drawn}
    assert len(starts) == 1, drawn
    ends = {cell_len(text.rstrip()) for text in drawn if "❝" in text}
    assert len(ends) == 1, drawn
    assert "3 versions" in drawn[3] and "2 versions" in drawn[2]
    assert all(cell_len(text) <= 116 for text in drawn)


async def test_a_narrow_row_keeps_its_title_and_a_big_count_its_gap():
    """At 40 cells a row with versions and tags still shows the start of
    its title; at 48 its versions read "+1" where "2 versions" would leave
    the title too little room; a five-digit quote count does not touch the
    source."""
    rows = [
        _row(1, "Harga Beras Turun di Pasar Lama", quotes=3, versions=2, tags=["pangan"]),
        _row(2, "Harga Beras Turun di Pasar Lama", quotes=12345),
    ]
    app = _ListApp(rows)
    async with app.run_test(size=SIZE):
        articles = app.query_one(ArticleList)
        narrow = articles.render_row(0, 40)[0].plain
        less = articles.render_row(0, 48)[0].plain
        wide = articles.render_row(1, 116)[0].plain
    assert "Harga Ber" in narrow and "vers" not in narrow, narrow
    assert "Harga Beras" in less and "+1" in less, less
    assert cell_len(narrow) <= 40 and cell_len(less) <= 48
    assert "Kabar Pagi" in wide and not wide.rstrip().endswith("❝12345"), wide
    assert " ❝12k" in wide, wide


def test_a_quote_cut_for_room_says_so():
    from reader.wording import clipped

    said = "Sisa kas kami Rp 3.417 triliun, cadangan itu cukup kuat dan terus bertambah"
    cut = clipped(said, 40)
    assert cut.endswith("…") and len(cut) <= 40
    assert said.startswith(cut[:-1]) and cut[-2] != " "
    assert clipped(said, 200) == said
    # Cells, not characters: a CJK character takes two.
    assert clipped("甲乙丙丁戊己庚辛壬癸" * 5, 10) == "甲乙丙丁…"
    assert clipped(said, 0) == "" and clipped(said, -3) == ""
    # A word also ends at a line break or a tab.
    assert clipped("Sisa kas kami\nbertambah terus sepanjang tahun", 20) == "Sisa kas kami…"


def _people_library(path) -> None:
    """One article quoting a minister at length, beside a company whose name
    holds the minister's given name (a fuzzy match of it)."""
    long_quote = (
        '"Kami sudah menghitung semuanya dengan cermat, dan sisa kas tahun ini mencapai '
        "Rp 3.417 triliun, sehingga cadangan kami menjadi Rp 4.080 triliun pada akhir "
        'tahun anggaran yang berjalan ini," kata Sri Wahyuningsih.'
    )
    body = [
        "Menteri Keuangan Sri Wahyuningsih memaparkan laporan tahunan di Jakarta.",
        long_quote,
        "PT Sri Tekstil Nusantara juga melaporkan laba.",
    ]
    record = _record("Laporan Keuangan Tahunan", body, "/x/lapkeu.txt", source="Kabar Pagi")

    def at(phrase: str, nth: int = 0) -> tuple[int, int]:
        start = -1
        for _ in range(nth + 1):
            start = record.text.index(phrase, start + 1)
        return start, start + len(phrase)

    mentions = [
        MentionRecord("sri wahyuningsih", "PER", "Sri Wahyuningsih", *at("Sri Wahyuningsih")),
        MentionRecord("sri wahyuningsih", "PER", "Sri Wahyuningsih", *at("Sri Wahyuningsih", 1)),
        MentionRecord("pt sri tekstil", "ORG", "PT Sri Tekstil Nusantara", *at("PT Sri Tekstil")),
    ]
    start, end = at(long_quote[: long_quote.index(" kata")])
    quotes = [QuoteRecord(start, end, speaker="Sri Wahyuningsih", speaker_key="sri wahyuningsih")]
    with Library(path):
        pass
    with Store(path) as store:
        store_understood(store, [(record, mentions, quotes)])


@pytest.fixture
def people(tmp_path) -> Path:
    path = tmp_path / "reader.db"
    _people_library(path)
    return path


async def typed_in_finder(pilot, typed: str, seconds: float = 0.2) -> None:
    """Open the entity finder (``e``) and type ``typed`` into it."""
    await pilot.press("e")
    await settle(pilot)
    await pilot.press(*typed)
    await settle(pilot, seconds)


async def test_finder_panel_lists_other_spellings_and_marks_a_cut_quote(people):
    """The panel's ``also:`` lists the other spellings, not the name shown
    above it; a quotation cut for room ends in ``…``."""
    app = ReaderApp(people)
    async with app.run_test(size=SIZE) as pilot:
        await typed_in_finder(pilot, "sri wahyuningsih")
        screen = app.screen
        assert isinstance(screen, EntityScreen)
        assert screen.current.name == "Sri Wahyuningsih"
        await settle(pilot)
        text = screen_text(app)
        assert "also: Sri Wahyuningsih" not in text
        assert "Kami sudah menghitung" in text
        assert "…" in text


async def test_finder_after_a_rename_lists_what_typing_lists(people):
    """After ctrl+r the list is drawn again with the fuzzy matches typing
    the same name lists (the names loaded again), not the coarser answer
    given while they load."""
    app = ReaderApp(people)
    async with app.run_test(size=SIZE) as pilot:
        await typed_in_finder(pilot, "sri", 0.5)
        screen = app.screen
        before = [h.name for h in screen.hits]
        assert "PT Sri Tekstil Nusantara" in before, before
        listing = screen.query_one("#entity-list")
        listing.highlighted = before.index("Sri Wahyuningsih")
        await pilot.press("ctrl+r")
        await pilot.pause()
        await pilot.press("ctrl+u", *"Sri Wahyuningsih MK", "enter")
        await settle(pilot, 0.5)
        after = [h.name for h in app.screen.hits]
        assert "Sri Wahyuningsih MK" in after
        assert "PT Sri Tekstil Nusantara" in after, after


async def test_an_export_named_for_another_kind_of_file_is_refused_before_reading(
    ui_db, tmp_path, monkeypatch
):
    """``E`` to ``h.xlsx``: refused for its extension before the rows are
    read (at a million articles, seconds to refuse a typo)."""
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("H")
        await settle(pilot)
        await pilot.press("E")
        await pilot.pause()
        read = []
        all_highlights = Library.all_highlights

        def paged(self, limit=200, offset=None):
            # The export reads by page (``offset``); the screen's list does not.
            if offset is not None:
                read.append(offset)
            return all_highlights(self, limit, offset or 0)

        monkeypatch.setattr(Library, "all_highlights", paged)
        app.screen.query_one(Input).value = str(tmp_path / "h.xlsx")
        await pilot.press("enter")
        await pilot.pause()
        assert any(".xlsx" in n.message for n in app._notifications)
        assert read == []
        assert not (tmp_path / "h.xlsx").exists()


async def test_waiting_for_the_apps_workers_survives_the_library_changing(ui_db):
    """The library changing while the finder's names load (the samples
    imported on a first start) starts another load; waiting for the app's
    workers still ends well (it raised ``WorkerCancelled``)."""
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        app.library_changed()
        app.library_changed()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.finder.failed is None
