"""What every screen of the app shares."""

from __future__ import annotations

from textual.screen import Screen
from textual.worker import Worker


class ReaderScreen(Screen):
    """A screen whose worker failures go to the app's one error handler.

    ``Worker.StateChanged`` does not bubble, so each node that runs workers
    hands its state changes on.
    """

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        self.app.on_worker_state_changed(event)
