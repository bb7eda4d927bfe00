"""Entity finder (screen and command palette), quotes browser, highlights, import."""

from __future__ import annotations

from textual.command import CommandPalette
from textual.widgets import Input, Log, ProgressBar

from reader.ui.app import ReaderApp
from reader.ui.screens.entities import EntityScreen
from reader.ui.screens.highlights import HighlightsScreen
from reader.ui.screens.import_files import ImportScreen
from reader.ui.screens.library import LibraryScreen
from reader.ui.screens.quotes import QuotesScreen
from reader.ui.screens.story import StoryScreen
from reader.ui.widgets.article_list import ArticleList

from .conftest import STORY_TITLE, screen_text

SIZE = (120, 40)


async def settle(pilot, seconds: float = 0.2) -> None:
    await pilot.pause(seconds)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_entity_finder_filters_the_library(ui_db):
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, EntityScreen)
        await pilot.press(*"darmawan saputr")
        await settle(pilot)
        screen = app.screen
        assert screen.current is not None and screen.current.name == "Darmawan Saputra"
        await settle(pilot)
        text = screen_text(app)
        assert "Appears with" in text and "Tanjung Priok" in text
        await pilot.press("enter")
        await pilot.pause()
        library = app.screen
        assert isinstance(library, LibraryScreen)
        articles = library.query_one(ArticleList)
        assert articles.row_count == 1
        assert articles.current.title == STORY_TITLE
        assert "entity: Darmawan Saputra ✕" in screen_text(app)
        await pilot.press("x")
        await pilot.pause()
        assert articles.row_count == 5


async def test_entity_search_in_the_command_palette(ui_db):
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"samudra")
        await settle(pilot, 0.5)
        await pilot.pause(0.3)
        assert "PT Samudra Logistik" in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        library = app.screen
        assert isinstance(library, LibraryScreen)
        assert library.where.entity_id is not None
        assert library.query_one(ArticleList).row_count == 1


async def _speaker_typed(pilot, speaker: str) -> QuotesScreen:
    """The quote browser opened with ``Q`` and ``speaker`` typed into its
    speaker filter, once the list has settled."""
    await pilot.press("Q")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, QuotesScreen)
    await pilot.press(*speaker)
    await settle(pilot)
    return screen


async def test_quotes_browser_filters_and_opens_at_the_quote(ui_db):
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _speaker_typed(pilot, "darmawan")
        assert [q.speaker for q in screen.quotes] == ["Darmawan Saputra"]
        words = screen.query_one("#quote-text", Input)
        words.value = "nothing like this"
        await settle(pilot)
        assert screen.quotes == []
        words.focus()
        words.value = ""
        await pilot.press(*"technology")
        await settle(pilot)
        assert len(screen.quotes) == 1
        await pilot.press("enter")  # to the list
        await pilot.press("enter")  # open
        await pilot.pause()
        story = app.screen
        assert isinstance(story, StoryScreen)
        start, _ = story.view.cursor_span
        assert story.detail.text[start:].startswith('"We are not against technology')


async def test_highlights_list_opens_the_story(ui_db):
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        story_id = next(row.id for row in app.library.articles() if row.title == STORY_TITLE)
        detail = app.library.article(story_id)
        start = detail.text.index("Talks continue")
        app.library.add_highlight(story_id, start, start + 14, "follow up")
        await pilot.press("H")
        await pilot.pause()
        assert isinstance(app.screen, HighlightsScreen)
        assert "follow up" in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        story = app.screen
        assert isinstance(story, StoryScreen)
        assert story.detail.text[story.view.cursor_span[0] :].startswith("Talks continue")


async def test_import_shows_progress_and_per_file_results(ui_db, tmp_path):
    folder = tmp_path / "new"
    folder.mkdir()
    (folder / "one.txt").write_text("Ferries return to Bali\n\nThe ferries sail again.\n")
    (folder / "two.txt").write_text("Ferries return to Bali\n\nThe ferries sail again.\n")
    (folder / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    (folder / "notes.csv").write_text("a,b\n")
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("i")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ImportScreen)
        screen.query_one(Input).value = str(folder)
        await pilot.press("enter")
        await settle(pilot)
        assert screen.counts == {"added": 1, "duplicate": 1, "rejected": 1}
        bar = screen.query_one(ProgressBar)
        assert bar.progress == bar.total == 3
        log = "\n".join(screen.query_one(Log).lines)
        assert "rejected" in log and "bad.txt" in log
        assert "skipped 1 file that is not .txt, .md or web pages (1 .csv)" in log
        assert "two.txt  (same text as article " in log and "one.txt)" in log
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.query_one(ArticleList).row_count == 6


async def test_leaving_a_running_import_says_how_far_it_got(ui_db, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(1500):
        (folder / f"{n}.txt").write_text(f"Harbour note {n}\n\nThe harbour report number {n}.\n")
    app = ReaderApp(ui_db)
    said: list[str] = []
    async with app.run_test(size=SIZE) as pilot:
        app.notify = lambda message, **kwargs: said.append(str(message))
        await pilot.press("i")
        await pilot.pause()
        app.screen.query_one(Input).value = str(folder)
        await pilot.press("enter")
        await pilot.pause(0.3)
        await pilot.press("escape")
        # The import ends at the next group of files, after the screen left.
        for _ in range(100):
            if any(m.startswith("Import stopped") for m in said):
                break
            await pilot.pause(0.1)
    stopped = [m for m in said if m.startswith("Import stopped after")]
    assert stopped and "of 1,500 files" in stopped[0], said


IMPORT_IN_A_FRESH_PROCESS = """
import asyncio, sys
from pathlib import Path
from textual.widgets import Input
from reader.ui.app import ReaderApp

async def main(db, folder):
    app = ReaderApp(Path(db))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("i")
        await pilot.pause()
        app.screen.query_one(Input).value = folder
        await pilot.press("enter")
        await pilot.pause(0.5)
        await app.workers.wait_for_complete()
        await pilot.pause()
        print(sorted(app.screen.counts.items()))

asyncio.run(main(*sys.argv[1:]))
"""


def test_import_of_a_large_folder_uses_workers_inside_the_tui(ui_db, tmp_path):
    """Enough files for the worker pool, in a process where no pool ran yet:
    Textual's stand-in stderr (fileno -1) must not reach multiprocessing."""
    import subprocess
    import sys

    from reader.library import PARALLEL_FROM

    folder = tmp_path / "many"
    folder.mkdir()
    count = PARALLEL_FROM + 6
    for n in range(count):
        (folder / f"{n:03d}.txt").write_text(f"Harbour story {n}\n\nThe ferry {n} sailed.\n")
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_IN_A_FRESH_PROCESS, str(ui_db), str(folder)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"[('added', {count})]", done.stdout + done.stderr


async def test_path_completion(tmp_path):
    from reader.ui.screens.import_files import PathSuggester

    (tmp_path / "articles-2024").mkdir()
    suggester = PathSuggester()
    assert (
        await suggester.get_suggestion(str(tmp_path / "arti"))
        == str(tmp_path / "articles-2024") + "/"
    )


async def test_finder_names_load_in_the_background_after_start(ui_db):
    """The first ``e`` should not wait for every entity name to load: the app
    loads them shortly after its first paint."""
    from reader import library as library_module
    from reader.ui.app import FINDER_WARM_AFTER_S

    library_module._NAME_CACHE.clear()
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        # Without the warm-up nothing on the library screen loads the names.
        await settle(pilot, FINDER_WARM_AFTER_S + 0.2)
        assert str(ui_db) in library_module._NAME_CACHE


async def test_finder_answers_before_the_names_are_loaded(ui_db, monkeypatch):
    """A keystroke before the names are in (seconds at a million articles)
    is answered from SQL, with the entities the loaded names would give:
    here they never load."""
    from reader import library as library_module
    from reader.library import Library

    library_module._NAME_CACHE.clear()
    monkeypatch.setattr(Library, "load_names", lambda self: None)
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, EntityScreen)
        await pilot.press(*"saputr")
        await settle(pilot)
        assert app.screen.current is not None and app.screen.current.name == "Darmawan Saputra"
        await pilot.press(*["backspace"] * 6, *"pt samu")
        await settle(pilot)
        assert app.screen.current.name == "PT Samudra Logistik"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.query_one(ArticleList).row_count == 1
        assert str(ui_db) not in library_module._NAME_CACHE


async def test_merge_and_split_entities_from_the_finder(ui_db):
    """ctrl+g folds another listed entity into the current one; ctrl+t splits
    a variant off again. The store changes, and the list shows it."""
    from reader.library import Library
    from reader.ui.screens.pick import PickScreen

    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        await settle(pilot)
        screen = app.screen  # an empty query lists every entity
        names = [h.name for h in screen.hits]
        assert "Tanjung Priok" in names and "Jakarta" in names
        listing = screen.query_one("#entity-list")
        listing.highlighted = names.index("Tanjung Priok")
        keep = screen.current
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert isinstance(app.screen, PickScreen)
        picker = app.screen.query_one("OptionList")
        labels = [str(picker.get_option_at_index(i).prompt) for i in range(picker.option_count)]
        picker.highlighted = next(
            i for i, label in enumerate(labels) if label.startswith("Jakarta")
        )
        absorbed = next(h for h in screen.hits if h.name == "Jakarta")
        await pilot.press("enter")
        await settle(pilot)
        with Library(ui_db) as library:
            assert sorted(library.entity(keep.id).aliases) == ["Jakarta", "Tanjung Priok"]
        assert absorbed.id not in [h.id for h in app.screen.hits]

        listing.highlighted = [h.id for h in app.screen.hits].index(keep.id)
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert isinstance(app.screen, PickScreen)
        picker = app.screen.query_one("OptionList")
        labels = [str(picker.get_option_at_index(i).prompt) for i in range(picker.option_count)]
        assert labels == ["Jakarta", "Tanjung Priok"]
        picker.highlighted = 0
        await pilot.press("enter")
        await settle(pilot)
        with Library(ui_db) as library:
            assert library.entity(keep.id).aliases == ["Tanjung Priok"]
            [jakarta] = [h for h in library.find_entities("jakarta").hits if h.name == "Jakarta"]
            assert jakarta.id != keep.id and jakarta.article_count == 1


async def test_f1_opens_help_while_typing_in_the_finder(ui_db):
    """``?`` is a character in a search box; F1 still shows the keys."""
    from reader.ui.screens.help import HelpScreen

    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert app.screen.query_one(Input).value == "?"
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)


async def test_import_of_a_saved_web_page(ui_db, tmp_path):
    folder = tmp_path / "saved"
    (folder / "port_files").mkdir(parents=True)
    (folder / "port_files" / "app.js").write_text("var tracking = true;")
    story = "".join(
        f"<p>The harbour ferry report number {n} says the crossings run again after"
        f" the storm, with extra boats on the morning routes to the islands.</p>"
        for n in range(4)
    )
    (folder / "port.html").write_text(
        "<html><head><meta charset='utf-8'><title>Ferries run again | Port News</title>"
        "<meta property='og:site_name' content='Port News'></head><body>"
        "<nav><a href='/'>Home</a> <a href='/subscribe'>Subscribe now</a></nav>"
        f"<article><h1>Ferries run again</h1>{story}</article>"
        "<footer>All rights reserved.</footer></body></html>"
    )
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("i")
        await pilot.pause()
        screen = app.screen
        screen.query_one(Input).value = str(folder)
        await pilot.press("enter")
        await settle(pilot)
        assert screen.counts == {"added": 1}
        log = "\n".join(screen.query_one(Log).lines)
        assert "port.html" in log and "1 folder of a saved page's images and scripts" in log
        await pilot.press("escape")
        await pilot.pause()
        [row] = [r for r in app.library.articles() if r.title == "Ferries run again"]
        assert row.source == "Port News"
        assert "Subscribe" not in app.library.article(row.id).text


async def test_quotes_speaker_typed_before_the_names_load_is_found(ui_db, monkeypatch):
    """A misspelt speaker typed before the finder's names are in is found
    only through them; the quote list is not left empty for good: the
    filter's worker waits for them. Here the app's warm-up never runs."""
    from reader import library as library_module
    from reader.ui.finder import EntityFinder

    library_module._NAME_CACHE.clear()
    monkeypatch.setattr(EntityFinder, "warm", lambda self: None)
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _speaker_typed(pilot, "darmawan saputar")
        assert [q.speaker for q in screen.quotes] == ["Darmawan Saputra"]


async def _quotes_of_surname(tmp_path, given) -> tuple[list[str], list[str]]:
    """The speakers the quote browser lists for `wiratmaja` typed, when
    each of ``given`` with that surname is quoted, and all of them."""
    from db.records import MentionRecord, QuoteRecord
    from db.store import Store
    from tests.conftest import article_record, store_understood

    made = []
    for n, first in enumerate(given):
        name = f"{first} Wiratmaja"
        text = f'Story {n}\n\n{name} opened the port. Wiratmaja said "Ships come soon."\n'
        at, alone = text.index(name), text.index("Wiratmaja said")
        mentions = [
            MentionRecord(name.lower(), "PER", name, at, at + len(name)),
            MentionRecord(name.lower(), "PER", "Wiratmaja", alone, alone + 9, short="wiratmaja"),
        ]
        quote = QuoteRecord(text.index("Ships"), text.index("soon") + 5, name, name.lower())
        made.append((article_record(f"/x/{n}.txt", text, f"Story {n}"), mentions, [quote]))
    path = tmp_path / "r.db"
    with Store(path) as store:
        store_understood(store, made)
        store.link_short_forms()
    app = ReaderApp(path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _speaker_typed(pilot, "wiratmaja")
        return sorted(q.speaker for q in screen.quotes), sorted(f"{g} Wiratmaja" for g in given)


async def test_quotes_speaker_filter_takes_every_person_a_surname_means(tmp_path):
    """Seven people the articles call `Wiratmaja`: the quote browser's
    speaker filter lists the quotes of all of them, as `speaker:` and
    `reader quotes --speaker` do, not the finder's first five."""
    given = ("Agus", "Budi", "Citra", "Dewi", "Eka", "Fajar", "Gita")
    listed, quoted = await _quotes_of_surname(tmp_path, given)
    assert listed == quoted


async def test_quotes_speaker_filter_takes_more_people_than_a_page(tmp_path):
    """A surname 56 people share (`Kim`, `Wang` in a large library): the
    filter takes all of them, not the first fifty."""
    given = [a + b for a in ("Ra", "Su", "Ta", "Wi", "Ha", "Ni", "Lo")
             for b in ("din", "mar", "sih", "yo", "ko", "ran", "tri", "we")]  # fmt: skip
    listed, quoted = await _quotes_of_surname(tmp_path, given)
    assert listed == quoted
