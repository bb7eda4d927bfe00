"""reader.import_progress: an import's progress in one unit, a dataset's
rows counted against its rows as they are estimated, not against files."""

from __future__ import annotations

from reader.datasets import Dataset
from reader.import_progress import ImportProgress
from reader.importer import FileResult, Status
from tests.conftest import write


def test_rows_replace_the_one_file_their_dataset_was_planned_as():
    progress = ImportProgress(3)  # a.txt, d.csv, b.txt
    progress.advance(FileResult("a.txt", Status.ADDED))
    assert (progress.done, progress.total, progress.unit) == (1, 3, "file")
    for row, expected in ((1, 40), (2, 40), (3, 50)):
        progress.advance(FileResult("d.csv", Status.ADDED, row=row, rows_expected=expected))
    assert (progress.done, progress.total, progress.unit) == (4, 52, "article")
    progress.advance(FileResult("b.txt", Status.ADDED))
    assert (progress.done, progress.total) == (5, 52)
    assert progress.of_total() == "5 of 52 articles"
    assert progress.summary() == "2 files and 3 dataset rows"


def test_the_total_is_never_below_what_is_done():
    progress = ImportProgress(1)
    for row in range(1, 4):
        progress.advance(FileResult("d.csv", Status.ADDED, row=row, rows_expected=1))
    assert (progress.done, progress.total) == (3, 3)


def test_a_datasets_rows_are_estimated_from_the_bytes_read_and_exact_at_the_end(tmp_path):
    rows = 50_000
    lines = ["id,text"] + [f"{n},Ferry crossing number {n} ran on time." for n in range(rows)]
    path = write(tmp_path, "d.csv", "\n".join(lines) + "\n")
    with Dataset(str(path)) as dataset:
        estimates = [dataset.expected_rows(row.number) for row in dataset.rows()]
    assert estimates[-1] == rows
    # Low by the chunk read ahead of the rows (8 KB): within 5% of the
    # truth once a fifth of the file (2.4 MB) is read.
    assert all(abs(e - rows) <= rows / 20 for e in estimates[rows // 5 :])
