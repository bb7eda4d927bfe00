"""A name that fits several people is searched for all of them, and the
library says so beside the count (issue 15: one lookup policy everywhere)."""

from __future__ import annotations

import hashlib

from textual.command import CommandList

from db.records import ArticleRecord, MentionRecord
from db.store import Store
from reader.ui.app import ReaderApp
from reader.ui.screens.entities import EntityScreen
from tests.conftest import store_understood

from .conftest import screen_text
from .test_ui_finders import settle
from .test_ui_search import SIZE, type_query


def _record(n: int, full: str) -> tuple[ArticleRecord, list[MentionRecord], list]:
    text = f"Story {n} about {full}\n\n{full} spoke on Monday. Later Budi spoke again.\n"
    start, later = text.index(full, text.index("\n")), text.index("Budi spoke again")
    key = full.lower()
    record = ArticleRecord(
        path=f"/x/{n}.txt",
        text=text,
        encoding="utf-8",
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        title=f"Story {n} about {full}",
        paragraphs=[(text.index("\n\n") + 2, len(text) - 1)],
    )
    mentions = [
        MentionRecord(key, "PER", full, start, start + len(full)),
        MentionRecord(key, "PER", "Budi", later, later + 4, short="budi"),
    ]
    return record, mentions, []


async def test_a_name_of_several_people_finds_all_and_says_so(tmp_path):
    db = tmp_path / "r.db"
    with Store(db) as store:
        store_understood(store, [_record(1, "Budi Santoso"), _record(2, "Budi Hartono")])
    app = ReaderApp(db)
    async with app.run_test(size=SIZE) as pilot:
        await type_query(pilot, "entity:Budi")
        text = screen_text(app)
        assert "2 matches" in text
        assert "Budi: 2 people or bodies" in text
        await pilot.press("escape")  # clear, then one person by full name
        await type_query(pilot, 'entity:"Budi Santoso"')
        text = screen_text(app)
        assert "1 match" in text and "people or bodies" not in text


def _two_budis(tmp_path):
    db = tmp_path / "r.db"
    with Store(db) as store:
        store_understood(store, [_record(1, "Budi Santoso"), _record(2, "Budi Hartono")])
    return db


async def test_the_finder_lists_both_people_a_short_form_fits_and_says_so(tmp_path):
    app = ReaderApp(_two_budis(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        await settle(pilot)
        await pilot.press(*"budi")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, EntityScreen)
        assert {h.name for h in screen.hits[:2]} == {"Budi Santoso", "Budi Hartono"}
        assert "budi: 2 people or bodies (" in screen_text(app)
        await pilot.press(*" santoso")
        await settle(pilot)
        # One person by full name: no note, and not the other Budi.
        assert [h.name for h in screen.hits] == ["Budi Santoso"]
        assert "people or bodies" not in screen_text(app)


async def test_the_palette_never_lists_a_person_for_one_word_shared(tmp_path):
    app = ReaderApp(_two_budis(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"budi santoso")
        await settle(pilot, 0.5)
        assert _offered(app) == {"Budi Santoso"}
        for _ in "santoso":
            await pilot.press("backspace")
        await settle(pilot, 0.5)
        assert _offered(app) == {"Budi Santoso", "Budi Hartono"}


def _offered(app) -> set[str]:
    """The entities the command palette lists (each prompt opens with the name)."""
    listing = app.screen.query_one(CommandList)
    prompts = [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]
    return {
        name for name in ("Budi Santoso", "Budi Hartono") for p in prompts if p.startswith(name)
    }
