"""The story view: layers, side panel, sentence cursor, read state, highlights, tags."""

from __future__ import annotations

from reader.ui.app import ReaderApp
from reader.ui.screens.help import HelpScreen
from reader.ui.screens.library import LibraryScreen
from reader.ui.screens.story import StoryScreen
from reader.ui.widgets.article_list import ArticleList
from reader.ui.widgets.side_panel import SidePanel

from .conftest import STORY_TITLE, drawn, screen_text

SIZE = (120, 40)


async def open_story(pilot) -> StoryScreen:
    """Open the layered story from the library list (sorted by title)."""
    app = pilot.app
    articles = app.screen.query_one(ArticleList)
    index = next(i for i in range(articles.row_count) if articles.row(i).title == STORY_TITLE)
    articles.cursor = index
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(app.screen, StoryScreen)
    return app.screen


async def test_opening_marks_read_and_back_keeps_the_place(ui_db):
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        library_screen = app.screen
        screen = await open_story(pilot)
        cursor = library_screen.query_one(ArticleList).cursor
        assert app.library.article(screen.detail.row.id).row.read
        text = drawn(screen.view)
        assert STORY_TITLE in text
        assert "Meridian Wire · 2025-06-23 · en" in text
        assert "Darmawan Saputra" in text  # speaker in the gutter
        await pilot.press("u")
        assert not app.library.article(screen.detail.row.id).row.read
        await pilot.press("s")
        assert app.library.article(screen.detail.row.id).row.starred
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        articles = app.screen.query_one(ArticleList)
        assert articles.cursor == cursor
        assert articles.current.starred and not articles.current.read


async def test_sentence_and_paragraph_cursor(ui_db):
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_story(pilot)
        view = screen.view
        text = screen.detail.text
        assert text[slice(*view.cursor_span)].startswith("JAKARTA")
        await pilot.press("j")
        assert text[slice(*view.cursor_span)] == "The strike slowed the port."
        await pilot.press("J")
        assert text[slice(*view.cursor_span)].startswith('"We are not against')
        await pilot.press("k")
        assert text[slice(*view.cursor_span)] == "The strike slowed the port."
        await pilot.press("K")
        assert text[slice(*view.cursor_span)].startswith("JAKARTA")


async def test_side_panel_jumps_to_a_quote_and_layers_toggle(ui_db):
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_story(pilot)
        panel = screen.query_one(SidePanel)
        labels = [str(panel.get_option_at_index(i).prompt) for i in range(panel.option_count)]
        assert any("Darmawan Saputra" in label and "PER" in label for label in labels)
        assert any("We are not against technology" in label for label in labels)
        assert any("# Labour" in label for label in labels)
        quote_index = next(i for i, label in enumerate(labels) if "We are not against" in label)
        panel.focus()
        panel.highlighted = quote_index
        await pilot.press("enter")
        await pilot.pause()
        view = screen.view
        assert app.focused is view
        assert screen.detail.text[slice(*view.cursor_span)].startswith('"We are not against')

        quote = screen.detail.quotes[0]
        styled = view.styled()
        assert any(s.start == quote.start and s.end == quote.end for s in styled.spans)
        await pilot.press("1")  # quotes layer off
        assert not any(s.start == quote.start and s.end == quote.end for s in view.styled().spans)
        assert "Darmawan Saputra ▌" not in drawn(view)
        await pilot.press("1")
        assert "quotes" in view.shown_layers
        # A story drawn whole: a jump to its very end is no place past the
        # part drawn, and says nothing of the kind.
        app.clear_notifications()
        end = view.paragraphs[-1][1]
        screen.post_message(SidePanel.Jump(end, end))
        await pilot.pause()
        assert not [n for n in app._notifications if "past the" in n.message]
        assert view.cursor == len(view.sentences) - 1


async def test_highlight_with_note_and_copy(ui_db):
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_story(pilot)
        await pilot.press("J", "h")
        await pilot.pause()
        await pilot.press(*"key quote", "enter")
        await pilot.pause()
        assert isinstance(app.screen, StoryScreen)
        (highlight,) = screen.detail.highlights
        assert highlight.note == "key quote"
        # The quote under the cursor is what gets highlighted, not just the sentence.
        assert highlight.text == '"We are not against technology,"'
        panel = screen.query_one(SidePanel)
        labels = [str(panel.get_option_at_index(i).prompt) for i in range(panel.option_count)]
        assert any("key quote" in label for label in labels)
        await pilot.press("y")
        assert app.clipboard == '"We are not against technology,"'


async def test_add_a_tag_with_completion(ui_db):
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_story(pilot)
        await pilot.press("t")
        await pilot.pause()
        await pilot.press(*"Lab", "right", "enter")  # completes to the known tag "Labour"
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        await pilot.press(*"ports", "enter")
        await pilot.pause()
        names = [name for name, _ in screen.detail.tags]
        assert names == ["Labour", "ports"]


async def test_help_lists_the_keys_of_the_screen(ui_db):
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        assert "library.search" in text and "Search as you type" in text
        await pilot.press("escape")
        await open_story(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        text = screen_text(app)
        assert "story.highlight" in text and "story.next_sentence" in text
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, StoryScreen)


def _find(view, words: str) -> tuple[int, int]:
    """Where ``words`` are drawn in the story view: (x, y) within the widget."""
    for y, text in enumerate(drawn(view).splitlines()):
        if words in text:
            return text.index(words), y
    raise AssertionError(f"{words!r} is not on screen")


async def _drag(pilot, view, start: tuple[int, int], end: tuple[int, int]) -> None:
    """Select with the mouse from ``start`` to ``end`` (inclusive cells)."""
    await pilot.mouse_down(view, offset=start)
    await pilot.hover(view, offset=end)
    await pilot.mouse_up(view, offset=end)
    await pilot.pause()


async def test_mouse_selection_plus_h_highlights_exactly_the_selection(ui_db):
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        library_cursor = app.screen.query_one(ArticleList)
        screen = await open_story(pilot)
        cursor = library_cursor.cursor
        view, text = screen.view, screen.detail.text
        x, y = _find(view, "Thousands of dockworkers")
        await _drag(pilot, view, (x, y), (x + len("Thousands of dockworkers") - 1, y))
        assert screen.get_selected_text() == "Thousands of dockworkers"
        assert view.selected_span() == (
            text.index("Thousands"),
            text.index("Thousands") + len("Thousands of dockworkers"),
        )
        await pilot.press("h")
        await pilot.pause()
        await pilot.press(*"who", "enter")
        await pilot.pause()
        (highlight,) = screen.detail.highlights
        # Exactly the selection, not the sentence under the cursor.
        assert highlight.text == "Thousands of dockworkers"
        assert highlight.note == "who"
        assert not screen.selections  # used up by the highlight

        # A selection over a line break maps back through the line table too.
        x1, y1 = _find(view, "dockworkers")
        x2, y2 = _find(view, "slowed")
        assert y2 > y1
        await _drag(pilot, view, (x1, y1), (x2 + len("slowed") - 1, y2))
        start = text.index("dockworkers")
        expected = text[start : text.index("slowed") + len("slowed")]
        assert screen.get_selected_text() == expected
        await pilot.press("y")
        assert app.clipboard == expected

        assert screen.selections, "still selected after y"
        # Esc first drops the selection, then goes back to the list at the same place.
        await pilot.press("escape")
        assert isinstance(app.screen, StoryScreen) and not screen.selections
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        assert app.screen.query_one(ArticleList).cursor == cursor


async def test_highlight_with_tags_tags_the_article_and_keeps_them_in_the_note(ui_db):
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_story(pilot)
        await pilot.press("h")
        await pilot.pause()
        await pilot.press(*"strike day", "tab")
        await pilot.press(*"robots, #Lab", "right")  # completes to the known tag "Labour"
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        (highlight,) = screen.detail.highlights
        assert highlight.note == "strike day #robots #Labour"
        assert [name for name, _ in screen.detail.tags] == ["Labour", "robots"]
        panel = screen.query_one(SidePanel)
        labels = [str(panel.get_option_at_index(i).prompt) for i in range(panel.option_count)]
        assert any("# robots" in label for label in labels)


async def test_a_story_past_what_is_drawn_says_how_much_more_there_is(tmp_path):
    """A text of megabytes (a dump imported whole) opens at once: the view
    draws its first ``SHOWN_CHARS`` of body, with the quotations' speakers
    beside them, and ends on a line saying how much more there is and how
    to read it whole, instead of wrapping it all on every resize."""
    from db.records import QuoteRecord
    from db.store import Store
    from reader.ui.widgets.story_view import SHOWN_CHARS
    from tests.conftest import store_understood

    from .conftest import _record

    said = '"The tide is late," said Wulan Sari at the pier.'
    filler = "The harbour log lists every boat that came in before noon today."
    paragraphs = [said] + [filler] * (2 * SHOWN_CHARS // len(filler))
    record = _record("Harbour log", paragraphs, "/x/log.txt")
    start = record.text.index('"The tide')
    quote = QuoteRecord(start, start + len('"The tide is late,"'), "Wulan Sari", "wulan sari")
    path = tmp_path / "reader.db"
    with Store(path) as store:
        store_understood(store, [(record, [], [quote])])
    app = ReaderApp(path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StoryScreen)
        view = screen.view
        assert "Wulan Sari" in drawn(view)  # the speaker in the gutter
        drawn_to = max(item.end for item in view._lines if item.header is None)
        body = sum(end - start for start, end in view.paragraphs)
        assert SHOWN_CHARS - len(filler) <= body <= SHOWN_CHARS
        view.scroll_end(animate=False, immediate=True)
        await pilot.pause()
        last = drawn(view)
        rest = record.paragraphs[-1][1] - drawn_to
        assert f"… {rest:,} more characters not shown here" in last
        assert f"reader show {screen.detail.row.id}" in last
        # A jump to a place past what is drawn says so, and leaves the cursor.
        from reader.ui.widgets.side_panel import SidePanel

        cursor = view.cursor
        app.clear_notifications()
        screen.post_message(SidePanel.Jump(rest + drawn_to - 10, rest + drawn_to - 2))
        await pilot.pause()
        [message] = [n.message for n in app._notifications]
        assert f"past the {drawn_to:,} characters shown here" in message
        assert view.cursor == cursor
        screen.post_message(SidePanel.Jump(start, start + 5))  # drawn: the cursor goes
        await pilot.pause()
        assert view.cursor == 0 and view.cursor_span[0] <= start
