"""Finding article files and turning their bytes into text.

Every path given to an import ends as either a decoded text or a one-line
reason it was rejected; nothing here touches the database.
"""

from __future__ import annotations

import codecs
import glob
import os
import re
import stat
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from reader.wording import counted

# What a folder walk reads: articles as text, and saved web pages. A dataset
# (.csv, .jsonl...) is read only when named: a folder of them is more often
# someone's working files than a collection of articles.
ARTICLE_SUFFIXES = {".txt", ".md", ".html", ".htm"}
DATASET_SUFFIXES = {".csv", ".tsv", ".jsonl", ".json"}
# The sidecar a browser saves beside a page (``Page.html`` and ``Page_files/``
# with its images, scripts and styles).
_PAGE_FOLDER = "_files"
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
# Files that sit beside articles in a folder but are not articles.
_NOT_ARTICLES = re.compile(r"^(readme|license|licence|changelog|copying)(\.|$)", re.IGNORECASE)
# C0 controls other than whitespace. A few of them (an escape sequence, a
# bell) are text someone pasted and are shown as symbols; many are binary.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")
_CONTROL_SHARE = 0.005
# A few stray control characters (a pasted terminal colour code) are still
# text, however short the file; they are shown as visible symbols.
_CONTROL_ALLOWED = 16
_GLOB = re.compile(r"[*?[]")


class Rejected(Exception):
    """A file that cannot be imported; the message says why."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


def display_path(path: str | os.PathLike[str]) -> str:
    """A path as one printable line: undecodable bytes and controls escaped."""
    raw = os.fsencode(path).decode("utf-8", "backslashreplace")
    return "".join(
        c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in raw
    )


@dataclass
class Skipped:
    """What folders and globs held that an import passes over, told in its
    summary so that a sidecar ``.json`` or a misnamed article is not skipped
    unnoticed; one line for all of them, not a line a file."""

    suffixes: Counter[str] = field(default_factory=Counter)  # not an article's
    hidden: int = 0
    not_articles: int = 0  # README, LICENSE and the like
    hidden_folders: int = 0
    page_folders: int = 0  # a browser's Page_files/ beside Page.html
    metadata_alone: int = 0  # NAME.json named without its NAME.txt

    def add(self, name: str) -> bool:
        """Count ``name`` if it is skipped; whether it was."""
        if name.startswith("."):
            self.hidden += 1
        elif (suffix := Path(name).suffix.lower()) not in ARTICLE_SUFFIXES:
            self.suffixes[suffix or "no extension"] += 1
        elif _NOT_ARTICLES.match(name):
            self.not_articles += 1
        else:
            return False
        return True

    def summary(self) -> str | None:
        """``skipped 3 files that are not .txt, .md or web pages (2 .csv,
        1 .jpg)``, or None."""
        parts = []
        other = sum(self.suffixes.values())
        if other:
            kinds = ", ".join(f"{n} {suffix}" for suffix, n in self.suffixes.most_common(5))
            more = ", …" if len(self.suffixes) > 5 else ""
            are = "is" if other == 1 else "are"
            parts.append(
                f"{counted(other, 'file')} that {are} not .txt, .md or web pages ({kinds}{more})"
            )
        if self.hidden:
            parts.append(counted(self.hidden, "hidden file"))
        if self.not_articles:
            parts.append(f"{counted(self.not_articles, 'file')} named README, LICENSE or the like")
        if self.hidden_folders:
            parts.append(counted(self.hidden_folders, "hidden folder"))
        if self.page_folders:
            parts.append(
                f"{counted(self.page_folders, 'folder')} of a saved page's images and scripts"
            )
        if self.metadata_alone:
            parts.append(
                f"{counted(self.metadata_alone, 'metadata file')} named without its article"
                " (it is read with the article beside it)"
            )
        if not parts:
            return None
        listed = ", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else parts[0]
        return f"skipped {listed} (name one to import it anyway)"


def discover(arguments: list[str], skipped: Skipped) -> Iterator[tuple[str, str | None]]:
    """Every file named by ``arguments``, as (path, reason it is rejected or None).

    Directories are walked recursively without following symlinked
    directories (so a link to a parent cannot loop); hidden entries, files
    other than articles and web pages, and the ``NAME_files/`` folder a
    browser saves beside ``NAME.html`` are skipped there (and counted in
    ``skipped``), while a file named directly is always tried (a dataset
    only so). A ``NAME.json`` beside ``NAME.txt`` or
    ``NAME.html`` is that article's metadata, read with it, never alone. A
    glob pattern is expanded here, so quoting it on the shell works too.
    """
    for argument in arguments:
        if not os.path.lexists(argument) and _GLOB.search(argument):
            matches = sorted(glob.glob(argument, recursive=True))
            if not matches:
                yield argument, "no files match this pattern"
            for match in matches:
                yield from _expand(match, skipped, named=False)
        elif not os.path.lexists(argument):
            yield argument, "no such file or directory"
        else:
            yield from _expand(argument, skipped, named=True)


def _expand(path: str, skipped: Skipped, *, named: bool) -> Iterator[tuple[str, str | None]]:
    if os.path.isdir(path):
        if os.path.islink(path) and not named:
            return
        yield from _walk(path, skipped)
    elif os.path.islink(path) and not os.path.exists(path):
        yield path, "broken or looping symbolic link"
    elif path.lower().endswith(".json") and _is_metadata(
        path, os.listdir(os.path.dirname(path) or ".")
    ):
        if named:
            skipped.metadata_alone += 1
    elif named or not skipped.add(os.path.basename(path)):
        yield path, None


def _walk(top: str, skipped: Skipped) -> Iterator[tuple[str, str | None]]:
    def on_error(error: OSError) -> None:
        failures.append((error.filename or top, error.strerror or str(error)))

    failures: list[tuple[str, str]] = []
    for folder, dirs, files in os.walk(top, onerror=on_error, followlinks=False):
        skipped.hidden_folders += sum(d.startswith(".") for d in dirs)
        pages = {
            os.path.splitext(name)[0] + _PAGE_FOLDER
            for name in files
            if os.path.splitext(name)[1].lower() in {".html", ".htm"}
        }
        skipped.page_folders += sum(d in pages for d in dirs)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in pages)
        for name in sorted(files):
            full = os.path.join(folder, name)
            if _is_metadata(name, files) or skipped.add(name):
                continue
            if os.path.islink(full) and not os.path.exists(full):
                yield full, "broken or looping symbolic link"
            else:
                yield full, None
        yield from _folder_failures(failures)
    # A folder that fails last is only known once the walk has ended.
    yield from _folder_failures(failures)


def _is_metadata(path: str, names: list[str]) -> bool:
    """Whether ``path`` is the ``NAME.json`` of an article ``NAME.txt``,
    ``.md``, ``.html`` or ``.htm`` among ``names`` (its folder's)."""
    stem, suffix = os.path.splitext(os.path.basename(path))
    if suffix.lower() != ".json":
        return False
    present = set(names)
    return any(stem + other in present for other in ARTICLE_SUFFIXES)


def _folder_failures(failures: list[tuple[str, str]]) -> Iterator[tuple[str, str]]:
    for failed, reason in failures:
        yield failed, f"cannot read folder: {reason.lower()}"
    failures.clear()


def read_bytes(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The file's bytes, or ``Rejected`` saying why they cannot be had."""
    try:
        # Non-blocking, so that opening a named pipe cannot hang the import;
        # only regular files are read (a pipe, a device or a socket is not an
        # article, and /dev/zero would never end).
        with open(path, "rb", opener=_open_nonblocking) as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise Rejected("not a regular file (a pipe, device or socket)")
            data = handle.read(max_bytes + 1)
    except IsADirectoryError:
        raise Rejected("is a folder") from None
    except OSError as error:
        raise Rejected(f"cannot read: {(error.strerror or str(error)).lower()}") from None
    if len(data) > max_bytes:
        raise Rejected(f"larger than the {max_bytes / (1024 * 1024):.3g} MB limit (--max-mb)")
    return data


def _open_nonblocking(path: str, flags: int) -> int:
    return os.open(path, flags | os.O_NONBLOCK)


def decode(data: bytes) -> Decoded:
    """Text from bytes: BOM first, then strict UTF-8, then cp1252.

    Line endings become ``\\n``. Raises ``Rejected`` for binary, empty and
    undecodable content.
    """
    if data.startswith(codecs.BOM_UTF8):
        text, encoding = _strict(data[3:], "utf-8"), "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        # Before UTF-16: the UTF-32 little-endian BOM begins with UTF-16's.
        text, encoding = _strict(data, "utf-32"), "utf-32"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = _strict(data, "utf-16"), "utf-16"
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = _strict(data, "cp1252"), "cp1252"
    if text is None:
        raise Rejected("not text: bytes are invalid in UTF-8 and cp1252")
    if not text.strip():
        raise Rejected("empty file" if not text else "only whitespace")
    controls = len(_CONTROL.findall(text))
    if "\x00" in text or controls > max(_CONTROL_ALLOWED, _CONTROL_SHARE * len(text)):
        raise Rejected("binary file: contains control characters that text does not")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Decoded(text, encoding)


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None
