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


class DatabaseBusyError(StoreError):
    """Another process held the database longer than the busy timeout."""


class NotFoundError(StoreError):
    """An article, tag or entity id that does not exist."""


class ReadOnlyError(StoreError):
    """A change asked of a library that was opened read-only."""
