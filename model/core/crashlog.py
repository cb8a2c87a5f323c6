"""The log of internal errors: what a bug report needs, and no personal data.

A traceback's messages can hold anything the register holds (SQLAlchemy
puts the statement's parameters there: names, purposes, e-mail addresses),
so the log keeps only error classes, codes and places (file, line,
function), never messages or values. The file is 0600 in a 0700 folder: it
is nobody else's business either.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import traceback
from datetime import UTC, datetime
from pathlib import Path

from model.core.paths import data_dir

LOG_NAME = "registre.log"


def log_path() -> Path:
    return data_dir() / LOG_NAME


def _codes(exc: BaseException) -> str:
    """The error's codes (errno, SQLite's), which say what failed without saying on what."""
    parts = []
    orig = getattr(exc, "orig", None)
    for error in (exc, orig):
        if isinstance(error, sqlite3.Error):
            name = getattr(error, "sqlite_errorname", None)
            if name:
                parts.append(str(name))
        elif isinstance(error, OSError) and error.errno is not None:
            parts.append(errno.errorcode.get(error.errno, f"errno {error.errno}"))
    if isinstance(orig, BaseException):
        parts.insert(0, f"from {type(orig).__module__}.{type(orig).__qualname__}")
    return f" ({', '.join(parts)})" if parts else ""


def describe(exc: BaseException) -> str:
    """The exception chain as classes, codes and frames; no message, no value."""
    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        kind = type(current)
        lines.append(f"{kind.__module__}.{kind.__qualname__}{_codes(current)}")
        for frame in traceback.extract_tb(current.__traceback__):
            lines.append(f"  at {frame.filename}:{frame.lineno} in {frame.name}")
        current = current.__cause__ or current.__context__
        if current is not None:
            lines.append("caused by:")
    return "\n".join(lines)


def write(exc: BaseException, *, where: str = "") -> Path | None:
    """Append `exc` to the log; the log's path, or None when it cannot be written."""
    path = log_path()
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            os.chmod(path.parent, 0o700)
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as f:
            os.fchmod(f.fileno(), 0o600)
            stamp = datetime.now(UTC).replace(microsecond=0).isoformat()
            f.write(f"--- {stamp} {where}\n{describe(exc)}\n")
        return path
    except OSError:
        return None
