"""Where the local grader listens, and how a message crosses its socket.

One JSON object per line, one request per connection. Light on purpose: the CLI
imports this on every check, before anything heavy.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import socket
import struct
import tempfile
import time
from functools import cache
from pathlib import Path
from typing import Any

from mldojo.interrupts import raise_if_stopped
from mldojo.settings import Settings

IDLE_EXIT_S = 30 * 60
MAX_MESSAGE_BYTES = 64 * 1024 * 1024
UNIX_PATH_MAX = 100  # sun_path holds 108 bytes; keep a margin


@cache
def build_id() -> str:
    """Which code of mldojo this process runs: its files' names, sizes and times. A grader
    started before an upgrade (or an edit of mldojo) differs, and is replaced."""
    package = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        with contextlib.suppress(OSError):
            found = path.stat()
            digest.update(
                f"{path.relative_to(package)}:{found.st_size}:{found.st_mtime_ns};".encode()
            )
    return digest.hexdigest()[:16]


def socket_path(settings: Settings) -> Path:
    """In the grader folder; a short name in the temp folder where that path is too long
    for a Unix socket (the client checks who listens there before it sends anything)."""
    path = settings.grader_dir / "grader.sock"
    if len(str(path).encode()) <= UNIX_PATH_MAX:
        return path
    digest = hashlib.sha256(str(settings.home).encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"mldojo-{os.getuid()}-{digest}.sock"


def lock_path(settings: Settings) -> Path:
    return settings.grader_dir / "grader.lock"


def log_path(settings: Settings) -> Path:
    return settings.grader_dir / "grader.log"


def peer_uid(conn: socket.socket) -> int:
    """The user of the process at the other end, as the kernel knows it."""
    creds = conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    uid: int = struct.unpack("3i", creds)[1]
    return uid


def write_message(conn: socket.socket, message: dict[str, Any]) -> None:
    conn.sendall(json.dumps(message).encode() + b"\n")


def read_message(conn: socket.socket, *, timeout: float | None, notice_stop: bool = True) -> Any:
    """One line of JSON; ValueError when the peer closed first or sent too much, and
    TimeoutError when nothing complete came within `timeout` seconds. Ctrl-C is
    noticed while waiting, unless `notice_stop` is false (the last answer after it)."""
    deadline = None if timeout is None else time.monotonic() + timeout
    conn.settimeout(0.2)
    chunks: list[bytes] = []
    size = 0
    while True:
        if notice_stop:
            raise_if_stopped()
        if deadline is not None and time.monotonic() > deadline:
            raise TimeoutError("no answer in time")
        try:
            chunk = conn.recv(1 << 20)
        except TimeoutError:
            continue
        if not chunk:
            raise ValueError("the connection closed before a whole message came")
        chunks.append(chunk)
        size += len(chunk)
        if chunk.endswith(b"\n"):
            return json.loads(b"".join(chunks))
        if size > MAX_MESSAGE_BYTES:
            raise ValueError("the message is too large")
