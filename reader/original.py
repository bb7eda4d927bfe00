"""Showing an article's original file in the user's pager (``O`` in the TUI).

The pager is ``$PAGER`` split as a shell would split words (``shlex``),
never run through a shell, ``less`` when unset. The file is handed over as
an absolute path, so that a name such as ``-n`` can never be read as an
option; a file that is gone is replaced by what the store kept (a web
page's bytes, else the article's text), piped to the pager, and the
caller says so.
"""

from __future__ import annotations

import os
import shlex
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass


class PagerError(Exception):
    """The pager cannot be run; the message says why, in one line."""


@dataclass(frozen=True, slots=True)
class Original:
    """What to show: the file at ``path``, or ``data`` when it is gone;
    ``note`` says why the stored text is shown instead."""

    path: str | None
    data: bytes | None = None
    note: str | None = None


def file_of(stored: str | None) -> str | None:
    """The file an article's stored path names, when it is there: a
    dataset row's path is the file's with ``#id=...`` after it."""
    if not stored:
        return None
    candidates = [stored]
    at = stored.find("#")
    while at >= 0:
        candidates.append(stored[:at])
        at = stored.find("#", at + 1)
    for candidate in candidates:
        if os.path.isfile(candidate):
            return os.path.abspath(candidate)
    return None


def pager_command(environ: Mapping[str, str] = os.environ) -> list[str]:
    """``$PAGER`` as words, or ``less``."""
    text = environ.get("PAGER", "").strip()
    try:
        words = shlex.split(text) if text else []
    except ValueError as error:
        raise PagerError(f"$PAGER {text!r} cannot be read as a command ({error})") from None
    return words or ["less"]


def show(original: Original, environ: Mapping[str, str] = os.environ) -> int:
    """Run the pager on the original (its path as the last argument, or
    its data on standard input) and wait for it; its exit status."""
    command = pager_command(environ)
    try:
        if original.path is not None and original.data is None:
            return subprocess.run([*command, original.path], check=False).returncode
        return subprocess.run(command, input=original.data or b"", check=False).returncode
    except OSError as error:
        raise PagerError(
            f"cannot run the pager {command[0]!r}: {(error.strerror or str(error)).lower()}"
            " (set $PAGER)"
        ) from None
