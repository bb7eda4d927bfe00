"""Run the real app in a pseudo-terminal and check the bytes it writes.

An escape sequence in an article (here OSC 52, which writes the clipboard)
and a bidi override must reach the terminal only as visible stand-ins.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import pty
import select
import struct
import sys
import termios
import time

from db.store import Store

from .conftest import _record

OSC52 = "\x1b]52;c;aGVsbG8=\x07"


def _read(fd: int, seconds: float, until: bytes | None = None) -> bytes:
    out = b""
    end = time.monotonic() + seconds
    while time.monotonic() < end and not (until and until in out):
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            out += chunk
    return out


def test_no_escape_sequence_from_an_article_reaches_the_terminal(tmp_path):
    path = tmp_path / "reader.db"
    title = f"Clipboard {OSC52} and \u202eoverride [bold]x[/]"
    with Store(path) as store:
        store.store_article(_record(title, [f"Body {OSC52} here."], "/x/evil.txt"))
    pid, fd = pty.fork()
    if pid == 0:  # the child: the app on the pty
        os.environ["TERM"] = "xterm-256color"
        os.execv(
            sys.executable,
            [
                sys.executable,
                "-c",
                f"from reader.ui.app import run; raise SystemExit(run({str(path)!r}))",
            ],
        )
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    try:
        written = _read(fd, 8.0, until="Clipboard ␛]52".encode())
        written += _read(fd, 0.3)
        os.write(fd, b"\r")  # open the story
        written += _read(fd, 5.0, until="Body ␛]52".encode())
        written += _read(fd, 0.3)
        os.write(fd, b"q")
        written += _read(fd, 0.5)
        os.write(fd, b"q")
        written += _read(fd, 5.0, until=b"\x1b[?1049l")
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, 9)
        os.waitpid(pid, 0)
        os.close(fd)
    assert "Clipboard ␛]52;c;aGVsbG8=␇".encode() in written
    assert b"[bold]x[/]" in written
    assert b"]52;c;aGVsbG8=" not in written.replace("␛]52;c;aGVsbG8=".encode(), b"")
    assert "Body ␛]52;c;aGVsbG8=␇ here.".encode() in written
    assert "\u202e".encode() not in written
    assert b"\x1b]52" not in written  # nothing writes the clipboard
