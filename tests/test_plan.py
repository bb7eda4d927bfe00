"""The import plan: every planned file comes back as it was found, in order."""

from __future__ import annotations

import os

from hypothesis import given
from hypothesis import strategies as st

from reader.importer import Plan
from tests.conftest import write


def test_paths_and_reasons_come_back_in_order():
    found = [
        ("/news/2024/a.txt", None),
        ("/news/2024/b.txt", None),
        ("/news/2025/a.txt", "cannot read: permission denied"),
        ("/news/2024/c.txt", None),  # a folder seen before, after another
        ("relative.txt", None),
        ("/", "is a folder"),
        ("/news/line\nbreak.txt", None),
        (os.fsdecode(b"/news/caf\xe9.txt"), None),  # not UTF-8: a surrogate escape
        ("/news/lone\ud800surrogate.txt", None),
        ("*.md", "no files match this pattern"),
    ]
    plan = Plan(iter(found))
    assert list(plan) == found
    assert list(plan) == found  # as often as asked
    assert len(plan) == 10
    assert plan.wanted == 7


@given(st.lists(st.tuples(st.text(), st.none() | st.text())))
def test_any_paths_come_back(found):
    assert list(Plan(found)) == found


def test_library_plans_a_folder(library, tmp_path):
    for name in ("b.txt", "a.md", "sub/c.txt", "README.md", "notes.pdf"):
        write(tmp_path, name, "text")
    plan = library.plan_import([str(tmp_path), str(tmp_path / "missing.txt")])
    assert [(os.path.relpath(p, tmp_path), r) for p, r in plan] == [
        ("a.md", None),
        ("b.txt", None),
        (os.path.join("sub", "c.txt"), None),
        ("missing.txt", "no such file or directory"),
    ]
    assert (len(plan), plan.wanted) == (4, 3)
