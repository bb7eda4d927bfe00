"""One error tree for the store, so callers catch one thing.

Every message is a single line meant for a person: what happened and what to
do, never a traceback.
"""


class StoreError(Exception):
    """Base of every error the store raises on purpose."""


class DatabaseOpenError(StoreError):
    """The database file cannot be opened or is not a reader database."""


class SchemaTooNewError(DatabaseOpenError):
    """The database was written by a newer version of reader."""


class StorageError(StoreError):
    """SQLite failed outside a write transaction: a read on a damaged file, a
    table gone. The message names the file; ``reason`` keeps SQLite's own
    words, for a caller that shows them with advice of its own."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class DatabaseBusyError(StoreError):
    """Another process held the database longer than the busy timeout."""


class NotFoundError(StoreError):
    """An article, tag or entity id that does not exist."""


class ReadOnlyError(StoreError):
    """A change asked of a library that was opened read-only."""


class CurationError(StoreError):
    """A curation that cannot be done as asked: a name that fits several
    entities, a type that is not one, nothing left to undo."""
