"""Kill a writing process at random moments and check that nothing acknowledged was lost.

Shared by `tests/model/test_crash.py` (100 kills) and `bench/soak.py` (1,000 and more).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text

from model.register import crud
from model.storage import history
from model.storage.store import Store

CHILD = Path(__file__).resolve().parent / "crash_child.py"


@dataclass
class Outcome:
    kills: int = 0
    acknowledged: int = 0
    killed_before_ready: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)


def check_register(path: Path, acked: set[int]) -> list[str]:
    """What is wrong with the register after a kill: an empty list when all is well."""
    problems: list[str] = []
    store = Store.open(path, create=False, daily_backup=False)
    try:
        with store.read() as session:
            result = session.connection().execute(text("PRAGMA integrity_check")).scalar_one()
            if result != "ok":
                problems.append(f"integrity_check: {result}")
            chain = history.verify(session)
            if chain is not None:
                problems.append(f"history: {chain}")
            purposes = {a.name: a.purpose for a in crud.activities(session)}
    finally:
        store.close()
    for n in acked:
        if n % 3 == 0:
            if purposes.get(f"e{n - 1}") != f"u{n}":
                problems.append(f"edit {n} lost")
        elif f"e{n}" not in purposes:
            problems.append(f"creation {n} lost")
        elif (n + 1) % 3 == 0 and purposes[f"e{n}"] not in (f"p{n}", f"u{n + 1}"):
            problems.append(f"creation {n} altered")
    return problems


def run(path: Path, *, kills: int, min_ms: float = 5, max_ms: float = 50,
        seed: int | None = None, check_every: int = 1, early: float = 0.2) -> Outcome:
    """Start, kill and check a writing child `kills` times on the register at `path`.

    Each kill comes `min_ms`–`max_ms` after the child is ready to edit, or, for
    a share `early` of them, after it was started (so some land while it opens
    the register and SQLite recovers the last crash).
    """
    rng = random.Random(seed)
    outcome = Outcome()
    acked: set[int] = set()
    start = 1
    began = time.monotonic()
    if not path.exists():
        Store.open(path).close()
    zygote = subprocess.Popen([sys.executable, str(CHILD), str(path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, bufsize=1)
    assert zygote.stdin is not None and zygote.stdout is not None
    try:
        for i in range(kills):
            zygote.stdin.write(f"go {start}\n")
            zygote.stdin.flush()
            line = zygote.stdout.readline().split()
            assert line[:1] == ["pid"], line
            pid = int(line[1])
            ready = False
            if rng.random() >= early:  # most kills while editing, the others while opening
                ready = zygote.stdout.readline().split() == ["ready"]
                assert ready
            time.sleep(rng.uniform(min_ms, max_ms) / 1000)
            os.kill(pid, signal.SIGKILL)
            highest = start - 1
            while True:
                words = zygote.stdout.readline().split()
                if not words:
                    raise RuntimeError("the crash child's parent died")
                if words[0] == "dead":
                    break
                if words[0] == "ready":
                    ready = True
                elif words[0] == "ack":
                    n = int(words[1])
                    acked.add(n)
                    highest = n
                    outcome.acknowledged += 1
            outcome.kills += 1
            outcome.killed_before_ready += not ready
            # The edit in flight (highest + 1) may or may not have landed: start past it,
            # on a creation.
            start = highest + 2
            start += (1 - start) % 3
            if (i + 1) % check_every == 0 or i + 1 == kills:
                outcome.problems += check_register(path, acked)
                if outcome.problems:
                    break
    finally:
        zygote.stdin.close()
        zygote.wait(timeout=30)
    outcome.seconds = time.monotonic() - began
    return outcome
