"""The ``reader`` TUI: the app, its entry point, and what every screen shares.

The app owns one ``Library`` for the UI thread; each thread a worker runs on
has its own on the same path (``thread_library``), since a sqlite connection
belongs to the thread that opened it. Worker failures end in one place,
``on_worker_state_changed``, as an error notification: the app stays up.

A library whose file or folder cannot be written opens read-only: browsing,
searching and reading work, and whatever would change it says so in a
notification instead (``can_change``).
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import ClassVar

from textual import work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.worker import Worker, WorkerState, get_current_worker

from db.articles import ArticleRow
from db.errors import StoreError
from reader import privacy
from reader.library import Library
from reader.safe_text import one_line, visible
from reader.ui.commands import EntityCommands
from reader.ui.finder import EntityFinder
from reader.ui.messages import ArticleChanged
from reader.ui.settings import Settings, default_settings_path
from reader.ui.thread_libraries import ThreadLibraries
from reader.wording import counted

# Seconds after start-up to load the entity finder's names in the background.
FINDER_WARM_AFTER_S = 0.5
# Seconds between two looks at how far the background run is.
PROGRESS_EVERY_S = 0.5
# Seconds the background run is given to stop when the app ends.
STOP_WAIT_S = 5.0


class ReaderApp(App[int]):
    CSS_PATH = "app.tcss"
    TITLE = "reader"
    ENABLE_COMMAND_PALETTE = True
    COMMANDS = App.COMMANDS | {EntityCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "question_mark,f1", "help", "Help", id="app.help", tooltip="Every key of this screen"
        ),
        Binding("ctrl+c", "quit", "Quit", show=False, id="app.quit", priority=True),
    ]

    def __init__(
        self,
        db_path: Path | str,
        library: Library | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.db_path = db_path
        self.library = library or Library(db_path)
        self._own_library = library is None
        self.finder = EntityFinder(db_path)
        self._thread_libraries = ThreadLibraries(db_path, self.library.read_only)
        # Articles not yet understood (names and quotes still to come), as
        # last counted, and this app's background run: (done, left) or None.
        self.pending = 0
        self.understanding: tuple[int, int] | None = None
        self._understander: subprocess.Popen | None = None

    def get_default_screen(self):
        from reader.ui.screens.library import LibraryScreen

        return LibraryScreen()

    def on_mount(self) -> None:
        if self.settings.keymap:
            self.set_keymap(self.settings.keymap)
        if self.settings.theme in self.available_themes:
            self.theme = self.settings.theme
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        with self.store_errors():
            empty = self.library.count_articles() == 0
            if self.library.read_only:
                self.notify(
                    "This library is read-only here: you can browse, search and read,"
                    " but marks, stars, tags, highlights and imports cannot be saved.",
                    title="Read-only",
                    severity="warning",
                    markup=False,
                    timeout=8,
                )
            elif empty:
                self._import_samples()
            else:
                self.understand_in_background()
            self.set_timer(FINDER_WARM_AFTER_S, self._warm_finder)

    def _remember_theme(self, theme) -> None:
        if self.settings.theme != theme.name:
            self.settings.theme = theme.name
            self.settings.save()

    def on_unmount(self) -> None:
        self._stop_understanding()
        self.finder.close()
        self._thread_libraries.close()
        if self._own_library:
            self.library.close()

    # -- shared services ----------------------------------------------------

    def thread_library(self) -> Library:
        """The calling worker thread's Library (see ``ThreadLibraries``)."""
        return self._thread_libraries.get()

    def can_change(self) -> bool:
        """Whether the library can be changed; when not, the user is told why,
        before a dialog asks for something that could not be saved."""
        with self.store_errors():
            self.library.require_writable()
            return True
        return False

    def show_error(self, message: str) -> None:
        self.notify(one_line(message), title="Error", severity="error", markup=False, timeout=8)

    @contextmanager
    def store_errors(self, *also: type[Exception]) -> Iterator[None]:
        """Show a ``StoreError`` (and the errors in ``also``) raised in the
        block as an error notification, and skip the rest of the block.

        The one place where the UI thread handles what the store refuses or
        fails at (a read-only library, a damaged file, an entity merged away
        meanwhile): the app stays up and the user reads one line. Code after
        the block runs either way, so a caller puts what needs the store's
        answer inside it, and what to do without it after.
        """
        try:
            yield
        except (StoreError, *also) as error:
            self.show_error(str(error))

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR:
            error = event.worker.error
            text = (
                str(error) if isinstance(error, StoreError) else f"{type(error).__name__}: {error}"
            )
            self.show_error(text)

    @work(thread=True, exit_on_error=False, group="samples")
    def _import_samples(self) -> None:
        results = self.thread_library().import_samples_if_empty()
        self.call_from_thread(self._samples_imported, len(results))

    def understand_in_background(self) -> None:
        """Work through the articles still to understand (this app's imports,
        or an import stopped or started elsewhere with ``--no-wait``), while
        the user goes on reading; the library screen shows how far it is."""
        running = self._understander is not None and self._understander.poll() is None
        with self.store_errors():
            self.pending = self.library.pending()
            # A run going on takes up what was queued since it started.
            if self.pending and not self.library.read_only and not running:
                self._understand()

    @work(thread=True, exit_on_error=False, group="understanding", exclusive=True)
    def _understand(self) -> None:
        """Run ``reader import --wait`` as a process of its own, at a lower
        priority, and report how far it is.

        Not in this process: its writing and name linking would take turns
        with the screen for Python's one lock, and its memory (every name
        known, the analysers' workers) would be the app's. Stopped when the
        app ends; what it stored stays, and the next run takes over. How
        far: the library's share understood, so that a run taking over from
        a stopped one goes on from where that one was, not from 0%."""
        # Here, not at the top: worker processes are no part of the first paint.
        from reader.workers import reader_command

        worker = get_current_worker()
        self._understander = process = subprocess.Popen(
            [*reader_command(), "--db", str(self.db_path), "import", "--background"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        library = self.thread_library()
        while process.poll() is None and not worker.is_cancelled:
            left = library.pending()
            done = max(library.count_articles() - left, 0)
            self.call_from_thread(self._understood, done, left)
            time.sleep(PROGRESS_EVERY_S)
        if worker.is_cancelled:
            return
        if process.returncode:
            error = process.stderr.read().strip().splitlines()
            self.call_from_thread(self.show_error, error[-1] if error else "understanding stopped")
        self.call_from_thread(self._understanding_done)

    def _stop_understanding(self) -> None:
        """End the background run (as Ctrl-C would: it gives back its claims)."""
        process, self._understander = self._understander, None
        if process is None or process.poll() is not None:
            return
        process.send_signal(signal.SIGINT)
        try:
            process.wait(STOP_WAIT_S)
        except subprocess.TimeoutExpired:
            process.kill()

    def _understood(self, done: int, left: int) -> None:
        self.understanding, self.pending = (done, left), left
        self._show_progress()

    def _understanding_done(self) -> None:
        self.understanding = None
        with self.store_errors():
            self.pending = self.library.pending()
        self.library_changed()

    def _show_progress(self) -> None:
        from reader.ui.screens.library import LibraryScreen

        for screen in self.screen_stack:
            if isinstance(screen, LibraryScreen):
                screen.show_count()

    def understanding_line(self) -> str:
        """How far the names and quotes are, for the library's count line:
        ``understanding 41% (12,345 left)``, or nothing when all are done."""
        if self.understanding is not None:
            done, left = self.understanding
            share = 100 * done // max(done + left, 1)
            return f"understanding {share}% ({left:,} left)"
        if self.pending:
            return f"{counted(self.pending, 'article')} still to understand"
        return ""

    @work(thread=True, exit_on_error=False, group="finder")
    def _warm_finder(self) -> None:
        """Load the names the entity finder searches before the first ``e``:
        at a million articles that takes seconds, during which keystrokes
        get the finder's coarser answer from SQL (``EntityFinder``). Started
        after the first paint, so it does not delay it. Not exclusive: a
        thread is not stopped by cancelling its worker, ``warm`` already
        runs one load at a time, and a worker cancelled while the library
        changes (the samples imported during the first) would only make
        whoever waits for the app's workers fail."""
        self.finder.warm()

    def _samples_imported(self, count: int) -> None:
        if count:
            self.notify(f"Your library was empty: imported {count} sample articles.", markup=False)
        self.library_changed()
        self.understand_in_background()

    def article_row(self, article_id: int) -> ArticleRow | None:
        with self.store_errors():
            return self.library.article(article_id).row
        return None

    def set_read(self, article_id: int, read: bool) -> bool:
        with self.store_errors():
            self.library.set_read(article_id, read)
            self._changed(article_id)
            return True
        return False

    def set_starred(self, article_id: int, starred: bool) -> bool:
        with self.store_errors():
            self.library.set_starred(article_id, starred)
            self._changed(article_id)
            return True
        return False

    def _changed(self, article_id: int) -> None:
        for screen in self.screen_stack:
            screen.post_message(ArticleChanged(article_id))

    def open_article(self, article_id: int, query: str = "", offset: int | None = None) -> None:
        from reader.ui.screens.story import StoryScreen

        try:
            detail = self.library.article(article_id)
        except Exception as error:
            # Opening a story is the commonest path into the store; whatever
            # fails in it (an old database, a locked file) must not end the app.
            self.show_error(str(error) if isinstance(error, StoreError) else repr(error))
            return
        self.push_screen(StoryScreen(detail, query=query, offset=offset))

    def open_entity_page(self, entity_id: int | None) -> None:
        """The entity page, from the finder, the story's panel or a quote;
        ``None`` is a quote whose speaker is no known entity (unnamed, or
        hidden by the user), which has no page."""
        from reader.ui.screens.entity_page import EntityPageScreen

        if entity_id is None:
            self.notify("Its speaker is not a known entity: no page to open.", markup=False)
            return
        self.push_screen(EntityPageScreen(entity_id))

    def library_screen(self):
        """The start screen, with whatever was opened above it closed."""
        from reader.ui.screens.library import LibraryScreen

        while len(self.screen_stack) > 1 and not isinstance(self.screen, LibraryScreen):
            self.pop_screen()
        return self.screen

    def filter_library(self, label: str = "", **where) -> None:
        """Show the library filtered by ``where`` (entity_id=, speaker_id=, tag=, lang=)."""
        screen = self.library_screen()
        for field in ("entity_id", "speaker_id"):
            if field in where:
                screen.names[field] = label
        screen.action_clear_search()
        screen.set_filter(**where)

    def library_changed(self) -> None:
        """New articles: forget cached entity names, load them again, and count again."""
        self.finder.forget()
        self._warm_finder()
        from reader.ui.screens.library import LibraryScreen

        for screen in self.screen_stack:
            if isinstance(screen, LibraryScreen):
                screen.refresh_rows(recount=True)

    # -- actions ------------------------------------------------------------

    def action_help(self) -> None:
        from reader.ui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            self.screen.dismiss()
            return
        self.push_screen(HelpScreen(self.screen))


def run(db_path: Path) -> int:
    """Open the library at ``db_path`` (creating its folder) and run the TUI."""
    try:
        privacy.make_folder(Path(db_path))
        library = Library(db_path)
    except (StoreError, OSError) as error:
        print(f"reader: {visible(str(error))}", file=sys.stderr)
        return 2
    try:
        app = ReaderApp(db_path, library, Settings.load(default_settings_path()))
        app.run()
    finally:
        library.close()
    return app.return_code or 0
