"""The editor: the only Qt code, reaching the register only through model/.

Rooms, lowest first; each imports only rooms below it (pyproject's import-linter
contracts): adapter, worker, settings < commands (undo) < activities, lists,
organisation, history, dialogs < mainwindow < app.
"""

import sys as _sys


def _keep_singletons_alive() -> None:
    """Give None, True and False, on Python 3.11, the references of immortal objects, as
    3.12 does.

    PySide6 6.12.0 drops a reference to None at each call of a Qt method that returns
    nothing (setText, update, processEvents…), and to True at each bool emitted from Python
    or returned across the binding (a grid edit drops seven). From Python 3.12 on, these are
    immortal and that costs nothing; on 3.11 an editing session starts with some 9,000
    references to None and 12,000 to True, and once as many have been dropped the
    interpreter stops ("deallocating None", "deallocating True or False"): the editor
    crashed after minutes of use, or after some 2,000 grid edits. These objects are never
    freed in any case, so 2**40 more references change nothing else. Left alone where the
    count is not the object's first field as this build is known to lay it out (a build
    tracing references).
    """
    if _sys.version_info >= (3, 12) or hasattr(_sys, "getobjects"):
        return
    import ctypes

    for singleton in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(singleton))
        if abs(count.value - _sys.getrefcount(singleton)) < 64:  # where it should be
            count.value += 1 << 40


_keep_singletons_alive()
