"""How far an import has come, in one unit: articles.

A file is one article and so is each row of a dataset. The plan counts
files, a dataset among them as one, since its rows are known only as it is
read; each row's result says how many rows its dataset holds as far as can
be told then (``FileResult.rows_expected``), and the total follows. Counting
the rows against the files was how a bar ran past its end (issue 19).
"""

from __future__ import annotations

from collections import Counter

from reader.importer import FileResult
from reader.wording import counted


class ImportProgress:
    """Articles done and expected, as an import's results come in."""

    def __init__(self, files: int) -> None:
        self.done = 0
        self._total = files
        self._rows: dict[str, int] = {}  # a dataset's rows as last told, by its path
        self.kinds: Counter[str] = Counter()

    def advance(self, result: FileResult) -> None:
        self.done += 1
        self.kinds[kind(result)] += 1
        if result.rows_expected is not None:
            # The plan counted the dataset as one file.
            self._total += result.rows_expected - self._rows.get(result.path, 1)
            self._rows[result.path] = result.rows_expected

    @property
    def total(self) -> int:
        """What the import is expected to come to: never below what is done."""
        return max(self._total, self.done)

    @property
    def unit(self) -> str:
        """``file``, or ``article`` once a dataset's rows are counted too."""
        return "article" if self._rows else "file"

    def of_total(self) -> str:
        """``120 of 3,000 files`` (or ``articles``)."""
        return f"{self.done:,} of {counted(self.total, self.unit)}"

    def summary(self) -> str:
        """What was done, by kind: ``12 files, 3 web pages and 500 dataset rows``."""
        return counted_kinds(self.kinds)


def kind(result: FileResult) -> str:
    """What a result counts as in the summary: a dataset's row, a web page,
    or another file."""
    if result.row is not None:
        return "rows"
    if result.path.lower().endswith((".html", ".htm")):
        return "pages"
    return "files"


def counted_kinds(kinds: Counter[str]) -> str:
    """``12 files, 3 web pages and 500 dataset rows``."""
    parts = [
        counted(kinds[kind], word)
        for kind, word in (("files", "file"), ("pages", "web page"), ("rows", "dataset row"))
        if kinds[kind] or (kind == "files" and not kinds)
    ]
    return ", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else parts[0]
