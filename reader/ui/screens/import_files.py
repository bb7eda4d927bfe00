"""``i``: import a file or folder, in a worker, with progress and per-file results.

The worker opens its own Library, plans the import, then reports each file
as it is done (added, updated, duplicate, rejected with the reason). The
library list refreshes when the user goes back, keeping its place.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.suggester import Suggester
from textual.widgets import Footer, Input, Log, ProgressBar, Static
from textual.worker import get_current_worker

from reader.import_progress import ImportProgress
from reader.importer import FileResult, Status
from reader.safe_text import one_line
from reader.ui.screens.base import ReaderScreen


class PathSuggester(Suggester):
    """Completes the last part of a path from what is on disk."""

    def __init__(self) -> None:
        super().__init__(use_cache=False, case_sensitive=True)

    async def get_suggestion(self, value: str) -> str | None:
        if not value:
            return None
        expanded = os.path.expanduser(value)
        folder, stem = os.path.split(expanded)
        try:
            names = sorted(os.listdir(folder or "."))
        except OSError:
            return None
        for name in names:
            if name.startswith(stem) and name != stem and (stem or not name.startswith(".")):
                completed = os.path.join(folder, name)
                if os.path.isdir(completed):
                    completed += os.sep
                return value + completed[len(expanded) :]
        return None


@dataclass
class Planned(Message):
    total: int
    skipped: str | None = None  # what folders held besides articles, in one line


@dataclass
class FileDone(Message):
    done: int
    total: int  # in the same unit as done: files, and a dataset's rows (``ImportProgress``)
    result: FileResult


@dataclass
class ImportDone(Message):
    counts: Counter
    summary: str  # what was done by kind: ``3 web pages and 500 dataset rows``


class ImportScreen(ReaderScreen):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape",
            "back",
            "Back",
            id="import.back",
            tooltip="Back to the library (a running import is stopped)",
        ),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.counts: Counter = Counter()
        self.running = False

    def compose(self) -> ComposeResult:
        yield Static(Text("Import articles", "bold"), classes="screen-title")
        yield Input(
            placeholder="file or folder (→ completes), Enter to import",
            suggester=PathSuggester(),
            id="import-path",
        )
        yield ProgressBar(total=None, show_eta=False, id="import-progress")
        yield Static(id="import-summary")
        yield Log(id="import-log", max_lines=5000)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted, "#import-path")
    def _start(self, event: Input.Submitted) -> None:
        path = event.value.strip()
        if not path or self.running:
            return
        self.running = True
        self.counts = Counter()
        self.query_one(Log).clear()
        self.query_one(ProgressBar).update(total=None, progress=0)
        self.query_one("#import-summary", Static).update(Text("planning…"))
        self._import(os.path.expanduser(path))

    @work(thread=True, exclusive=True, group="import", exit_on_error=False)
    def _import(self, path: str) -> None:
        worker = get_current_worker()
        app = self.app
        counts: Counter = Counter()
        progress = ImportProgress(0)
        try:
            library = app.thread_library()
            planned = library.plan_import([path])
            progress = ImportProgress(len(planned))
            self.post_message(Planned(len(planned), planned.skipped.summary()))
            # Stopping ends the import between two groups of files, so
            # that every file stored is also counted here.
            results = library.run_import(planned, stop=lambda: worker.is_cancelled)
            for result in results:
                counts[result.status.value] += 1
                progress.advance(result)
                self.post_message(FileDone(progress.done, progress.total, result))
        finally:
            if worker.is_cancelled:
                # Esc left the screen: say how far it got where the user is now.
                app.call_from_thread(
                    app.notify,
                    f"Import stopped after {progress.of_total()}; "
                    "import the folder again for the rest (files stored come back as duplicates)",
                    markup=False,
                    timeout=6,
                )
                app.call_from_thread(app.library_changed)
                app.call_from_thread(app.understand_in_background)
            else:
                self.post_message(ImportDone(counts, progress.summary()))

    def on_planned(self, message: Planned) -> None:
        self.query_one(ProgressBar).update(total=max(1, message.total), progress=0)
        if message.skipped:
            self.query_one(Log).write_line(one_line(message.skipped))

    def on_file_done(self, message: FileDone) -> None:
        result = message.result
        self.counts[result.status.value] += 1
        self.query_one(ProgressBar).update(total=message.total, progress=message.done)
        text = f"{result.status.value:<9} {one_line(result.path)}"
        if result.note:
            text += f"  ({one_line(result.note)})"
        self.query_one(Log).write_line(text)
        self._summary()

    def on_import_done(self, message: ImportDone) -> None:
        self.running = False
        bar = self.query_one(ProgressBar)
        bar.update(total=max(1, bar.progress), progress=bar.progress)  # estimates end here
        self._summary(finished=True, kinds=message.summary)
        self.app.library_changed()
        self.app.understand_in_background()
        self.notify(
            f"Import done: {message.summary}, searchable now;"
            " names and quotes follow (the library shows how far)",
            markup=False,
            timeout=4,
        )

    def _summary(self, finished: bool = False, kinds: str = "") -> None:
        parts = [f"{self.counts[s.value]} {s.value}" for s in Status]
        state = f"done, {kinds}: " if finished else ""
        self.query_one("#import-summary", Static).update(Text(state + ", ".join(parts)))

    def action_back(self) -> None:
        self.workers.cancel_group(self, "import")
        self.dismiss()
