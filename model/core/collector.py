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
import gc
from collections.abc import Iterator


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
