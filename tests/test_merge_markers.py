"""No file of the project keeps a merge's conflict markers (a README once
shipped with both sides of one)."""

from __future__ import annotations

import re

from tests.conftest import REPO

MARKER = re.compile(r"^(<{7}|>{7}) |^={7}$", re.MULTILINE)
SKIPPED = {".venv", ".git", "node_modules", "__pycache__"}


def test_no_file_keeps_conflict_markers():
    found = []
    for path in REPO.rglob("*"):
        if SKIPPED & set(path.relative_to(REPO).parts) or not path.is_file():
            continue
        if path.suffix not in {".py", ".md", ".toml", ".txt", ".json", ".tcss", ".cfg"}:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        if MARKER.search(text):
            found.append(str(path.relative_to(REPO)))
    assert found == []
