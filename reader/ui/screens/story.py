"""One story: the body with its layers, a side panel, and a sentence cursor.

Opening a story marks it read. ``Esc`` or ``q`` goes back to the list, which
kept its place. ``n``/``N`` move between the hits of the search the story was
opened from.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.widgets import Footer

from db.articles import ArticleDetail
from reader.library import Library
from reader.ui.messages import ArticleChanged
from reader.ui.screens.base import ReaderScreen
from reader.ui.widgets.side_panel import SidePanel
from reader.ui.widgets.story_view import LAYERS, NARROW, StoryView

# Seconds between two looks at whether a story still being understood is done.
UNDERSTOOD_POLL_S = 1.0
# The side panel's width up to WIDE terminal columns; past them it takes
# half of the columns beyond, so that names and quotes are not cut while
# the story's text, which stops at a readable width, leaves them empty.
PANEL_WIDTH = 38
WIDE = 160


class StoryScreen(ReaderScreen):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "back", "Back", id="story.back", tooltip="Back to the list"),
        Binding("n", "hit(1)", "Next hit", id="story.next_hit"),
        Binding("N", "hit(-1)", "Prev hit", show=False, id="story.previous_hit"),
        Binding(
            "h",
            "highlight",
            "Highlight",
            id="story.highlight",
            tooltip="Save the selection, or the quote or sentence under the cursor (note, tags)",
        ),
        Binding(
            "y",
            "copy",
            "Copy",
            id="story.copy",
            tooltip="Copy the quote or sentence under the cursor",
        ),
        Binding("t", "tag", "Tag", id="story.tag", tooltip="Add a tag to this article"),
        Binding(
            "V",
            "versions",
            "Versions",
            show=False,
            id="story.versions",
            tooltip="The other versions of this story (other outlets' copies): Enter opens one",
        ),
        Binding("u", "toggle_read", "Unread", show=False, id="story.toggle_read"),
        Binding("s", "toggle_star", "Star", id="story.star"),
        Binding(
            "O",
            "original",
            "Original",
            show=False,
            id="story.original",
            tooltip="Show the original file in $PAGER",
        ),
        Binding(
            "e",
            "edit",
            "Edit",
            show=False,
            id="story.edit",
            tooltip="Correct the title, date, source, URL or author",
        ),
        Binding(
            "D",
            "delete",
            "Delete",
            show=False,
            id="story.delete",
            tooltip="Move this article to the trash, after asking",
        ),
        Binding(
            "p",
            "toggle_panel",
            "Panel",
            show=False,
            id="story.panel",
            tooltip="Show or hide the side panel",
        ),
        Binding("1", "layer('quotes')", "Quotes layer", show=False, id="story.layer_quotes"),
        Binding("2", "layer('entities')", "Entities layer", show=False, id="story.layer_entities"),
        Binding("3", "layer('tags')", "Tags layer", show=False, id="story.layer_tags"),
        Binding("4", "layer('hits')", "Hits layer", show=False, id="story.layer_hits"),
        Binding(
            "5", "layer('highlights')", "Highlights layer", show=False, id="story.layer_highlights"
        ),
    ]

    def __init__(self, detail: ArticleDetail, query: str = "", offset: int | None = None) -> None:
        super().__init__()
        self.detail = detail
        self.search_query = query
        self.start_offset = offset
        self.read = detail.row.read
        self.starred = detail.row.starred
        body_start = (detail.paragraphs or [(0, 0)])[0][0]
        self.hits = (
            [h for h in Library.hit_spans(detail.text, query) if h[0] >= body_start]
            if query
            else []
        )

    def compose(self) -> ComposeResult:
        with Horizontal():
            yield StoryView(self.detail, self.hits, id="story")
            yield SidePanel(id="panel")
        yield Footer()

    @property
    def view(self) -> StoryView:
        return self.query_one(StoryView)

    def on_mount(self) -> None:
        view = self.view
        panel = self.query_one(SidePanel)
        panel.show(self.detail, view.tag_spans)
        # A narrow terminal starts with the text alone; `p` shows the panel.
        panel.display = self.app.size.width >= NARROW
        self._fit_panel(self.app.size.width)
        view.focus()
        if self.start_offset is not None:
            self.call_after_refresh(view.goto, self.start_offset, self.start_offset + 1)
        elif self.hits:
            self.call_after_refresh(self.action_hit, 1)
        # Marking read is a side effect of opening, not worth an error on a
        # read-only library; pressing `u` there says why it cannot.
        if not self.read and not self.app.library.read_only:
            self.read = self.app.set_read(self.detail.row.id, True)
        if not self.detail.understood:
            self._waiting = self.set_interval(UNDERSTOOD_POLL_S, self._fill_in)

    def on_resize(self, event) -> None:
        self._fit_panel(event.size.width)

    def _fit_panel(self, columns: int) -> None:
        self.query_one(SidePanel).styles.width = PANEL_WIDTH + max(0, columns - WIDE) // 2

    def _fill_in(self) -> None:
        """Show the story's names and quotes once the second phase has
        swapped them in (this app's background run or another process's)."""
        with self.app.store_errors():
            if self.app.library.article_understood(self.detail.row.id):
                self._waiting.stop()
                self.reload()

    # -- moving --------------------------------------------------------------

    def action_back(self) -> None:
        """Back to the list; with text selected, the first Esc only clears
        it, and from the side panel (where ``V`` goes) it goes back to the
        text: one Esc, one step."""
        if self.selections:
            self.clear_selection()
            return
        if self.query_one(SidePanel).has_focus_within:
            self.view.focus()
            return
        self.dismiss()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # n/N only mean something in a story opened from a search: no footer entry otherwise.
        return action != "hit" or bool(self.hits)

    def key_escape(self, event) -> None:
        # Textual's own Esc handler clears a selection and lets the key go on
        # to the bindings, which would also leave the story: one Esc, one step.
        if self.selections:
            self.clear_selection()
            event.stop()

    def action_hit(self, step: int) -> None:
        view = self.view
        if not self.hits:
            self.notify("No search hits in this story", timeout=2)
            return
        starts = [s for s, _ in self.hits]
        if 0 <= view.current_hit < len(self.hits):
            index = (view.current_hit + step) % len(self.hits)
        else:
            cursor = view.cursor_span[0]
            index = bisect_left(starts, cursor) if step > 0 else bisect_right(starts, cursor) - 1
            index %= len(self.hits)
        view.current_hit = index
        view.set_detail(self.detail)
        view.goto(*self.hits[index])
        self.sub_title = f"hit {index + 1} of {len(self.hits)}"
        self.notify(f"Hit {index + 1} of {len(self.hits)}", timeout=1)

    @on(SidePanel.OpenVersion)
    def _open_version(self, event: SidePanel.OpenVersion) -> None:
        self.app.open_article(event.article_id)

    def action_versions(self) -> None:
        """Show the panel at the story's other versions."""
        panel = self.query_one(SidePanel)
        if panel.versions_at is None:
            self.notify("No other versions of this story", timeout=2)
            return
        panel.display = True
        panel.focus()
        panel.highlighted = panel.versions_at

    @on(SidePanel.Jump)
    def _jump(self, event: SidePanel.Jump) -> None:
        cut_at = self.view.cut_at
        if cut_at is not None and event.start >= cut_at:
            # The cursor would land on the last line drawn, as if that were it.
            self.notify(
                f"That is past the {cut_at:,} characters shown here;"
                f" `reader show {self.detail.row.id}` prints the story whole",
                severity="warning",
                timeout=6,
            )
            return
        self.view.goto(event.start, event.end)
        self.view.focus()

    def action_layer(self, name: str) -> None:
        if name in LAYERS:
            shown = self.view.toggle_layer(name)
            self.notify(f"{name.capitalize()} layer {'on' if shown else 'off'}", timeout=1.5)

    def action_toggle_panel(self) -> None:
        panel = self.query_one(SidePanel)
        panel.display = not panel.display

    # -- what users change ---------------------------------------------------

    def reload(self) -> None:
        with self.app.store_errors():
            self.detail = self.app.library.article(self.detail.row.id)
            self.view.set_detail(self.detail)
            self.query_one(SidePanel).show(self.detail, self.view.tag_spans)

    def action_toggle_read(self) -> None:
        if self.app.set_read(self.detail.row.id, not self.read):
            self.read = not self.read
            self.notify("Marked read" if self.read else "Marked unread", timeout=1.5)

    def action_toggle_star(self) -> None:
        if self.app.set_starred(self.detail.row.id, not self.starred):
            self.starred = not self.starred
            self.notify("Starred" if self.starred else "Unstarred", timeout=1.5)

    def _target(self) -> tuple[int, int]:
        """The text selected with the mouse, else the quote under the cursor,
        else the sentence."""
        selected = self.view.selected_span()
        if selected is not None:
            return selected
        start, end = self.view.cursor_span
        for quote in self.detail.quotes:
            if quote.start < end and quote.end > start:
                return quote.start, quote.end
        return start, end

    def action_copy(self) -> None:
        start, end = self._target()
        self.app.copy_to_clipboard(self.detail.text[start:end])
        self.notify(f"Copied {end - start} characters", timeout=1.5)

    def action_highlight(self) -> None:
        from reader.ui.screens.note import HighlightNote, NoteScreen

        start, end = self._target()
        if start >= end or not self.app.can_change():
            return

        def save(answer: HighlightNote | None) -> None:
            if answer is None:
                return
            article_id = self.detail.row.id
            with self.app.store_errors(ValueError):
                self.app.library.add_highlight(article_id, start, end, answer.stored_note)
                for tag in answer.tags:
                    self.app.library.add_tag(article_id, tag)
                self.clear_selection()
                self.reload()
                if answer.tags:
                    self.app.post_message(ArticleChanged(article_id))
                self.notify("Highlight saved", timeout=1.5)

        with self.app.store_errors():
            known = [name for name, _count in self.app.library.all_tags()]
            self.app.push_screen(NoteScreen(self.detail.text[start:end], known), save)

    def action_tag(self) -> None:
        from reader.ui.screens.tag import ask_and_tag

        def added() -> None:
            self.reload()
            self.app.post_message(ArticleChanged(self.detail.row.id))

        ask_and_tag(self.app, self.detail.row.id, added)

    def action_original(self) -> None:
        from reader.ui.original import show_original

        show_original(self.app, self.detail.row.id)

    def action_edit(self) -> None:
        from reader.ui.screens.edit import EditScreen

        if not self.app.can_change():
            return

        def save(changes: dict[str, str] | None) -> None:
            if not changes:
                return
            with self.app.store_errors(ValueError):
                self.app.library.edit_article(self.detail.row.id, changes)
                self.reload()
                self.app.post_message(ArticleChanged(self.detail.row.id))
                self.notify("Saved: " + ", ".join(changes), timeout=2)

        with self.app.store_errors():
            edited = set(self.app.library.edited_fields(self.detail.row.id))
            self.app.push_screen(EditScreen(self.detail.row, edited), save)

    def action_delete(self) -> None:
        from reader.ui import bulk

        def deleted() -> None:
            from reader.ui.screens.library import LibraryScreen

            if self.app.screen is self:  # the user may have gone on meanwhile
                self.dismiss()
            for screen in self.app.screen_stack:
                if isinstance(screen, LibraryScreen):
                    screen.articles_changed()

        bulk.delete(self.app, [self.detail.row.id], deleted, self.detail.row.title)

    @on(SidePanel.Remove)
    def _remove(self, event: SidePanel.Remove) -> None:
        with self.app.store_errors():
            if event.kind == "tag":
                self.app.library.remove_tag(self.detail.row.id, str(event.value))
            elif event.kind == "highlight":
                self.app.library.remove_highlight(int(event.value))
            self.reload()
            self.notify(f"{event.kind.capitalize()} removed", timeout=1.5)
