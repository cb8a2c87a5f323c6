"""Long core work (rendering, signing a large record) off the GUI thread.

A `Worker` runs one plain function in its own thread and reports back by
queued signals, so the window stays responsive and repaints its busy
indicator. The core function must not touch widgets; the `StoreAdapter` is
not used from the thread either, only the store (SQLite connections are per
thread, or shared with `check_same_thread=False` for the in-memory store).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from model.core import crashlog
from model.core.errors import RegistreError

log = logging.getLogger(__name__)

_running: set[Worker] = set()
"""Workers still running, kept alive here so that closing a window never destroys a
running QThread (which aborts the process)."""


class Worker(QThread):
    """Runs `func()` once; `succeeded(result)` or `failed(message)` is emitted after.

    A `RegistreError` is the user's message; anything else is a bug, logged
    with its traceback and reported as `failed` too, so a dialog is never left
    busy forever.
    """

    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, func: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._func = func
        self.finished.connect(self._done)

    def start_work(self) -> None:
        _running.add(self)
        self.start()

    def run(self) -> None:
        """Override QThread.run."""
        try:
            result = self._func()
        except RegistreError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # a bug: tell the user rather than hang the dialog
            crashlog.write(exc, where="background work")
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.succeeded.emit(result)

    def _done(self) -> None:
        # `finished` is queued to the GUI thread and may arrive while the thread is still
        # winding down: wait for it before the last reference goes (Python owns the object).
        self.wait()
        _running.discard(self)


def wait_all(timeout_ms: int = 60_000) -> None:
    """Let every running worker finish (application exit, tests)."""
    for worker in list(_running):
        worker.wait(timeout_ms)
