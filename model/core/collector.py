"""Python's cyclic garbage collector, held off while a bulk operation runs.

A restore or a table import of 10,000 activities holds about a million objects
(the document's dicts, lists and texts, then the rows built from them) that
form no cycles: reference counting frees them. Yet the collections their
allocations set off walk every one of them, young ones first, then all: a
quarter of a restore's time, measured. Inside `paused()` there is no
collection, and at its end what the block made goes straight to the oldest
generation (`gc.freeze()` then `gc.unfreeze()`, as documented), so that the
collections after it do not walk it all again while it is young.
"""

from __future__ import annotations

import contextlib
import functools
import gc
from collections.abc import Callable, Iterator
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """No cyclic collection inside the block (nested blocks: the outermost resumes it)."""
    if not gc.isenabled():  # an outer block (or the program) holds it off already
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()  # every tracked object to the permanent generation,
        gc.unfreeze()  # and from there to the oldest: none is walked as young
        gc.enable()


def frozen(func: Callable[P, R]) -> Callable[P, R]:
    """`func` run with the objects that exist when it starts left out of every collection
    (`gc.freeze`): many long-lived objects (a register's document) need not be walked again
    at each full collection while it makes many short-lived ones, as a render does."""
    @functools.wraps(func)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        gc.freeze()
        try:
            return func(*args, **kwargs)
        finally:
            gc.unfreeze()
    return run
