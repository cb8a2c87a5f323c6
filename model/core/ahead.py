"""Work started ahead on another core while this process goes on with what comes first.

A command's first second is often two independent pieces: reading and parsing its input
(pure Python, no database) and loading the database libraries (SQLAlchemy, sqlmodel and
pydantic: about half a second that every run pays). One interpreter does them one after
the other; with a second core, a forked child does the first while the parent does the
second, then hands its result back through a pipe.

The child is an optimisation only: where it cannot run (no `fork`, threads running, one
core), where it fails, or when its result is not wanted after all, the work is done in
this process, and whatever it raises is raised here, as without a child.

`Parts` is the same for work that comes in pieces (a generator): each piece is handed over
as soon as the child has made it, so this process works on the first while the child makes
the next.
"""

from __future__ import annotations

import contextlib
import gc
import marshal
import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from typing import Any, Generic, Self, TypeVar

from model.core import collector

T = TypeVar("T")

_PICKLED, _MARSHALLED, _END = b"\x01", b"\x02", b"\x00"
"""How the child wrote its result: a document of plain values (dicts, lists, texts) goes
through `marshal`, which reads it back in half the time `pickle` takes; anything else
through `pickle`. Both ends are the same interpreter, so marshal's format is the same.
`Parts` writes each piece so, with its length (`_SIZE` bytes), and `_END` after the last."""
_SIZE = 8


def usable_cores() -> int:
    """The cores this process may run on (a container or `taskset` may allow fewer than the
    machine has): this process and a worker for each other."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):  # not on every platform
        return os.cpu_count() or 1


def can_fork() -> bool:
    """Whether a forked child is safe and useful here: Linux (fork is cheap and, with one
    thread, sound), no other thread (a lock held by one would stay held in the child), no
    Qt (its own threads), and a core to spare."""
    return (sys.platform.startswith("linux") and hasattr(os, "fork")
            and threading.active_count() == 1 and "PySide6" not in sys.modules
            and usable_cores() > 1)


class Ahead(Generic[T]):
    """`work()` started now in a forked child where `can_fork()`; `result()` waits for it.

    Use it as a context manager: a child whose result is not taken is stopped on leaving.
    """

    def __init__(self, work: Callable[[], T]) -> None:
        self._work = work
        self._pid = 0
        self._fd = -1
        if can_fork():
            self._start()

    def _start(self) -> None:
        read_fd, write_fd = os.pipe()
        try:
            pid = os.fork()
        except OSError:  # no process to spare: the work is done here
            os.close(read_fd)
            os.close(write_fd)
            return
        if pid == 0:  # the child: nothing of the parent's (atexit, buffers) runs at its end
            os.close(read_fd)
            self._run_child(write_fd)
        os.close(write_fd)
        self._pid, self._fd = pid, read_fd

    def _run_child(self, fd: int) -> None:
        _child(self._work, fd)

    def result(self) -> T:
        """The work's result: the child's when it succeeded, else the work done here now."""
        data = self._take()
        kind, body = data[:1], memoryview(data)[1:]
        if kind in (_PICKLED, _MARSHALLED):
            try:
                with collector.paused():  # a parsed table's objects form no cycles
                    value: T = (marshal.loads(body) if kind == _MARSHALLED
                                else pickle.loads(body))  # our own child's bytes
            except Exception:  # an optimisation gone wrong: the work is done here
                pass
            else:
                return value
        return self._work()

    def _take(self) -> bytes:
        """All the child wrote, once it has ended (b"" with no child, or one that did not
        end well: what it wrote before it was killed is not a result)."""
        if not self._pid:
            return b""
        chunks = []
        try:
            while chunk := os.read(self._fd, 1 << 20):
                chunks.append(chunk)
        finally:
            ended_well = self._reap()
        return b"".join(chunks) if ended_well else b""

    def _reap(self) -> bool:
        """Wait for the child to end; whether it ended of itself, with success."""
        pid, self._pid = self._pid, 0
        os.close(self._fd)
        self._fd = -1
        _, status = os.waitpid(pid, 0)
        return os.waitstatus_to_exitcode(status) == 0

    def close(self) -> None:
        """Stop a child whose result is no longer wanted."""
        if self._pid:
            with contextlib.suppress(OSError):  # already gone
                os.kill(self._pid, signal.SIGTERM)
            self._reap()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Parts(Ahead[Iterator[T]]):
    """The pieces of `work()` (a generator) made in a forked child where `can_fork()`;
    `parts()` hands each over as soon as it is made. Where the child fails part way, the
    work is done again here and its pieces go on from the first the child did not give.

    `work` must give the same pieces each time it runs (parsing a file, say). Use it as a
    context manager, as `Ahead`.
    """

    def _run_child(self, fd: int) -> None:
        _child_parts(self._work, fd)

    def parts(self) -> Iterator[T]:
        """Every piece of the work, in order: the child's, then, if it stopped before its
        last, the rest made here."""
        taken = 0
        if self._pid:
            ended = False
            with os.fdopen(os.dup(self._fd), "rb") as pipe:
                try:
                    for part in _read_parts(pipe):
                        yield part
                        taken += 1
                    ended = True
                except _Broken:
                    pass  # the child stopped part way: the rest is made here
            if self._reap() and ended:
                return
        for at, part in enumerate(self._work()):
            if at >= taken:
                yield part

    def result(self) -> Iterator[T]:
        return self.parts()


def _read_parts(pipe: Any) -> Iterator[Any]:
    """The pieces a child wrote, up to its `_END`; raises `_Broken` when the pipe stops
    before it (the child died, or was killed) or holds what this process cannot read."""
    while True:
        kind = pipe.read(1)
        if kind == _END:
            return
        if kind not in (_PICKLED, _MARSHALLED):
            raise _Broken
        head = pipe.read(_SIZE)
        size = int.from_bytes(head, "big") if len(head) == _SIZE else 0
        body = pipe.read(size) if size else b""
        if not body or len(body) != size:
            raise _Broken
        try:
            with collector.paused():  # rows of a parsed table form no cycles
                part = marshal.loads(body) if kind == _MARSHALLED else pickle.loads(body)
        except Exception as exc:  # an optimisation gone wrong: the rest is done here
            raise _Broken from exc
        yield part


class _Broken(Exception):
    """The child's pieces stop before their end: the rest is made in this process."""


def _encoded(value: Any) -> bytes:
    """A result as the child writes it: marshalled when it is plain values, else pickled."""
    try:
        return _MARSHALLED + marshal.dumps(value)
    except ValueError:  # not plain values: a parsed table's rows
        return _PICKLED + pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _child_parts(work: Callable[[], Iterator[Any]], fd: int) -> None:
    """Write each piece of `work()` as it is made, then `_END`, and end at once."""
    def write() -> None:
        for part in work():
            data = _encoded(part)
            _write_all(fd, data[:1] + (len(data) - 1).to_bytes(_SIZE, "big") + data[1:])
        _write_all(fd, _END)

    _end_after(write)


def _child(work: Callable[[], Any], fd: int) -> None:
    """Run `work`, write its result (or nothing, on any failure) and end at once."""
    _end_after(lambda: _write_all(fd, _encoded(work())))


def _end_after(write: Callable[[], None]) -> None:
    """The child's life: `write` its work, then end at once, with success only when all of it
    was written (on any failure the parent does the work again, and reports what it raises);
    nothing of the parent's (atexit, buffers) runs."""
    code = 1
    gc.disable()  # a process about to end: nothing of its to collect
    try:
        write()
        code = 0
    except BaseException:
        pass
    finally:
        os._exit(code)
