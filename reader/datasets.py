"""Datasets: one article per row of a CSV, TSV, JSON Lines or JSON array.

Rows are read as a stream, one at a time, so that a file of any size is
read in the same memory (``python -m bench.datasets`` measures it): CSV by
the ``csv`` module over the open file, JSON Lines a line at a time, and a
JSON array by decoding one element at a time from a sliding window
(``_array_elements``). Each row comes out with its values or the reason it
cannot be read, so that one broken row is reported and the rest imported.
"""

from __future__ import annotations

import codecs
import csv
import json
import os
import sys
from collections.abc import Iterator
from itertools import chain
from pathlib import Path
from typing import IO, NamedTuple

from reader.files import DATASET_SUFFIXES, Rejected

_CHUNK = 1 << 20
# The longest JSON token a window's end can cut into an error other than
# an unterminated string: an escaped surrogate pair (``\ud83d\ude00``) is 12.
_TOKEN_CHARS = 16
# One row this large is a broken file (a quote never closed swallows the
# rest of it), not an article.
MAX_ROW_CHARS = 64 * 1024 * 1024
csv.field_size_limit(min(sys.maxsize, MAX_ROW_CHARS))


class Row(NamedTuple):
    """A row: its number (the first row after a header is 1), its values
    by column, or why it cannot be read."""

    number: int
    values: dict[str, object] | None
    reason: str | None = None


def is_dataset(path: str) -> bool:
    return Path(path).suffix.lower() in DATASET_SUFFIXES


def _encoding(path: str) -> str:
    """A byte order mark's encoding; else UTF-8 if every byte of the file
    is (checked as a stream); else the likeliest legacy encoding of its
    start, if the whole file decodes in it; else cp1252."""
    with open(path, "rb") as handle:
        head = handle.read(4)
        if head.startswith(codecs.BOM_UTF8):
            return "utf-8-sig"
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16"
        if _decodes(handle, "utf-8"):
            return "utf-8"
        handle.seek(0)
        from charset_normalizer import from_bytes

        best = from_bytes(handle.read(256 * 1024)).best()
        if (
            best is not None
            and best.encoding not in ("utf_8", "ascii")
            and _decodes(handle, best.encoding)
        ):
            return best.encoding
    return "cp1252"


def _decodes(handle: IO[bytes], encoding: str) -> bool:
    handle.seek(0)
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        while chunk := handle.read(_CHUNK):
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


class Dataset:
    """An open dataset file: ``rows()`` streams its rows; ``columns`` is
    known once the header (CSV) or the first row (JSON) is read."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.suffix = Path(path).suffix.lower()
        try:
            self.encoding = _encoding(path)
            # cp1252 leaves five bytes undefined: shown as U+FFFD, not a stop.
            errors = "replace" if self.encoding == "cp1252" else "strict"
            self._text = open(path, encoding=self.encoding, errors=errors, newline="")  # noqa: SIM115
            self.size = os.fstat(self._text.fileno()).st_size
        except OSError as error:
            raise Rejected(f"cannot read: {(error.strerror or str(error)).lower()}") from None
        self.columns: list[str] | None = None
        self.kind = {".csv": "CSV", ".tsv": "TSV", ".jsonl": "JSON Lines"}.get(self.suffix)
        if self.suffix == ".json":
            self.kind = self._json_kind()

    def expected_rows(self, read: int) -> int:
        """How many rows the file holds, as far as can be told once ``read``
        rows are: in the share of its bytes read so far (a chunk ahead of
        the rows, so a little low until the end), and ``read`` once it is
        all read. What a progress bar counts a dataset's rows against."""
        done = self._text.buffer.tell()
        if done >= self.size:
            return read
        return max(read, round(read * self.size / max(done, 1)))

    def close(self) -> None:
        self._text.close()

    def __enter__(self) -> Dataset:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _json_kind(self) -> str:
        """A ``.json`` file is a dataset when it holds an array, or one
        object a line (JSON Lines); one object alone is not."""
        start = self._text.read(_CHUNK).lstrip("\ufeff \t\r\n")
        self._text.seek(0)
        if start.startswith("["):
            return "JSON array"
        first_line = start.split("\n", 1)[0].strip()
        try:
            if isinstance(json.loads(first_line), dict):
                return "JSON Lines"
        except json.JSONDecodeError:
            pass
        raise Rejected(
            "not a dataset (an array of rows, or one object a line) nor the metadata"
            " of an article beside it (NAME.json by NAME.txt or NAME.html)"
        )

    def rows(self) -> Iterator[Row]:
        try:
            if self.kind in ("CSV", "TSV"):
                yield from self._csv_rows()
            elif self.kind == "JSON Lines":
                yield from self._jsonl_rows()
            else:
                yield from self._array_rows()
        except UnicodeDecodeError:
            raise Rejected(f"not {self.encoding} text further on: the rest is not read") from None

    # -- CSV and TSV --------------------------------------------------------

    def _csv_rows(self) -> Iterator[Row]:
        first = self._text.readline()
        delimiter = "\t" if self.kind == "TSV" else _delimiter(first)
        if delimiter == "\t":
            self.kind = "TSV"
        reader = csv.reader(chain([first], self._text), delimiter=delimiter, strict=True)
        try:
            header = [name.strip().lstrip("\ufeff") for name in next(reader)]
        except StopIteration:
            raise Rejected("empty file: no header row") from None
        except csv.Error as error:
            raise Rejected(f"the header row is broken ({error})") from None
        self.columns = header
        number = 0
        while True:
            line = reader.line_num + 1
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                number += 1
                yield Row(number, None, _csv_reason(str(error), line))
                continue
            if not any(cell.strip() for cell in cells):
                continue  # a blank line
            number += 1
            if len(cells) != len(header):
                yield Row(
                    number,
                    None,
                    f"line {line}: {len(cells)} fields where the header has {len(header)}"
                    " (a delimiter or quote out of place?)",
                )
            else:
                yield Row(number, dict(zip(header, cells, strict=True)))

    # -- JSON -------------------------------------------------------------

    def _jsonl_rows(self) -> Iterator[Row]:
        number = 0
        for line_number, line in enumerate(self._text, start=1):
            line = line.strip().lstrip("\ufeff")
            if not line:
                continue
            number += 1
            try:
                value = json.loads(line)
            except json.JSONDecodeError as error:
                yield Row(number, None, f"line {line_number}: not valid JSON ({error.msg})")
                continue
            yield self._object_row(number, value)

    def _array_rows(self) -> Iterator[Row]:
        for number, (value, reason) in enumerate(_array_elements(self._text), start=1):
            if reason is not None:
                yield Row(number, None, reason)
                return
            yield self._object_row(number, value)

    def _object_row(self, number: int, value: object) -> Row:
        if not isinstance(value, dict):
            return Row(number, None, f"a JSON {type(value).__name__}, not an object of fields")
        if self.columns is None:
            self.columns = [str(key) for key in value]
        return Row(number, value)


def _delimiter(header: str) -> str:
    """The delimiter of a CSV file, from its header line: the one of ``,``,
    ``;`` and tab that occurs most outside quotes (a comma when none)."""
    counts = {",": 0, ";": 0, "\t": 0}
    quoted = False
    for char in header:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _csv_reason(error: str, line: int) -> str:
    if "unexpected end of data" in error:
        return f"line {line}: a quoted field is never closed (it runs to the end of the file)"
    if "expected after" in error:
        return f'line {line}: text after a closing quote (quotes inside a field are doubled: "")'
    if "field larger" in error:
        return f"line {line}: a field over {MAX_ROW_CHARS // (1024 * 1024)} MB (a quote left open?)"
    return f"line {line}: broken CSV ({error})"


def _array_elements(text: IO[str]) -> Iterator[tuple[object, str | None]]:
    """The elements of the JSON array ``text`` holds, one at a time, each as
    (value, None), or (None, reason) once it is broken (nothing after a
    broken element can be told apart from it, so the rest is not read).

    The window holds the element being decoded and at most a chunk more:
    memory does not grow with the file. An element cut by the window's end
    is decoded again with more read.
    """
    decoder = json.JSONDecoder()
    buffer, at, ended = "", 0, False

    def more() -> bool:
        nonlocal buffer, at, ended
        chunk = text.read(_CHUNK)
        ended = not chunk
        buffer, at = buffer[at:] + chunk, 0
        return bool(chunk)

    def next_char() -> str:
        """The next character that is not whitespace ('' at the end)."""
        nonlocal at
        while True:
            while at < len(buffer) and buffer[at] in " \t\r\n\ufeff":
                at += 1
            if at < len(buffer) or not more():
                return buffer[at] if at < len(buffer) else ""

    if next_char() != "[":
        yield None, "not a JSON array"
        return
    at += 1
    if next_char() == "]":
        return
    while True:
        next_char()  # raw_decode takes no leading whitespace
        while True:
            try:
                value, end = decoder.raw_decode(buffer, at)
            except json.JSONDecodeError as error:
                # Cut by the window's end (else broken, and reading on would
                # only fill memory with what cannot be decoded): an error
                # within a token's length of the end may be the cut (``tr``
                # of ``true``, ``\u00`` of an escape); read on and it is told.
                cut = error.pos >= len(buffer) - _TOKEN_CHARS or error.msg.startswith(
                    "Unterminated string"
                )
                if cut and not ended and len(buffer) - at < MAX_ROW_CHARS and more():
                    continue
                yield None, f"broken JSON at character {error.pos - at} of the row ({error.msg})"
                return
            if end == len(buffer) and not ended and more():
                continue  # a number or a word might go on
            break
        at = end
        yield value, None
        separator = next_char()
        at += 1
        if separator == "]":
            return
        if separator != ",":
            what = f"{separator!r}" if separator else "the end of the file"
            yield None, f"{what} after the row where a comma or ] belongs"
            return
