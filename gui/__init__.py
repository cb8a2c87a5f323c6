"""The editor: the only Qt code, reaching the register only through model/.

Rooms, lowest first; each imports only rooms below it (pyproject's import-linter
contracts): adapter, worker, settings < commands (undo) < activities, lists,
organisation, history, dialogs < mainwindow < app.
"""

import sys as _sys


def _keep_none_alive() -> None:
    """Give None, on Python 3.11, the references of an immortal object, as 3.12 does.

    PySide6 6.12.0 drops a reference to None at each call of a Qt method that returns
    nothing (setText, update, processEvents…). From Python 3.12 on, None is immortal and
    that costs nothing; on 3.11 it starts an editing session with some 9,000 references,
    and once as many calls have been made the interpreter stops ("deallocating None"): the
    editor crashed after minutes of use. None is never freed in any case, so 2**40 more
    references change nothing else. Left alone where the count is not the object's first
    field as this build is known to lay it out (a build tracing references).
    """
    if _sys.version_info >= (3, 12) or hasattr(_sys, "getobjects"):
        return
    import ctypes

    count = ctypes.c_ssize_t.from_address(id(None))
    if abs(count.value - _sys.getrefcount(None)) < 64:  # the count is where it should be
        count.value += 1 << 40


_keep_none_alive()
