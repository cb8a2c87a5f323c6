"""Reading only what is a file, and writing a file whole or not at all."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from model.core.text import is_number


def open_input(path: Path) -> BinaryIO:
    """A file the user names to read (an export, a record, a certificate, a password file),
    open: anything but a regular file (a folder, a pipe, a device) raises OSError ENXIO,
    which `reasons` words "not a regular file". Opening a pipe without O_NONBLOCK waits
    for a writer for ever, and reading a device never ends: `registre verify` of a FIFO
    hung."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.ENXIO, os.strerror(errno.ENXIO), str(path))
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


class TooBig(Exception):
    """A file larger than the reader takes (`read_input`'s `limit`)."""


def read_input(path: Path, limit: int | None = None) -> bytes:
    """The bytes of `open_input(path)`. A file of more than `limit` bytes raises `TooBig`:
    told by its size before a byte is read (a file of several GB, a sparse one), or by
    the byte past `limit` for one that grows while it is read."""
    with open_input(path) as handle:
        if limit is None:
            return handle.read()
        if os.fstat(handle.fileno()).st_size > limit:
            raise TooBig(path)
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise TooBig(path)
    return data


def _prefix(path: Path) -> str:
    return f".{path.name}."


def beside(path: Path, suffix: str) -> tuple[int, str]:
    """A new temporary file next to `path` (same file system: it can be renamed over it).

    Its name carries this process's id, so that a later run can tell a leftover
    of a process that was killed (`sweep`) from a file another run is writing.
    Leftovers of `path` are swept first.
    """
    sweep(path)
    return tempfile.mkstemp(prefix=f"{_prefix(path)}{os.getpid()}-", suffix=suffix,
                            dir=path.parent)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process: alive
    return True


def sweep(path: Path) -> list[Path]:
    """Remove the temporaries that killed processes left next to `path`; returns them."""
    prefix = _prefix(Path(path))
    removed = []
    with contextlib.suppress(OSError):
        for entry in os.scandir(Path(path).parent):
            if not entry.name.startswith(prefix):
                continue
            pid, dash, _rest = entry.name[len(prefix):].partition("-")
            if dash and is_number(pid) and int(pid) != os.getpid() and not _alive(int(pid)):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
    return removed


@contextlib.contextmanager
def replacing(path: Path, *, mode: int | None = None) -> Iterator[BinaryIO]:
    """A new file, next to `path`, to write its content into.

    When the block ends without error the file is synced and renamed over `path`;
    otherwise it is deleted. Either way `path` is never half-written. `mode` sets
    the new file's permissions before anything is written (0o600 for a key).
    """
    path = Path(path)
    fd, tmp = beside(path, ".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            if mode is not None:
                os.fchmod(out.fileno(), mode)
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
