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
    killed_while_editing: int = 0
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


def run(path: Path, *, kills: int, max_acks: int = 4, max_ms: float = 20,
        seed: int | None = None, check_every: int = 1, early: float = 0.2) -> Outcome:
    """Start, kill and check a writing child `kills` times on the register at `path`.

    Each kill waits for a random number (1 to `max_acks`) of acknowledged edits,
    then a random 0–`max_ms` ms, so it lands while the child is editing however
    slow the disk or busy the machine: what is counted are events, not
    milliseconds. A share `early` of the kills come instead 0–`max_ms` ms after the
    child was started (so some land while it opens the register and SQLite
    recovers the last crash).
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
    stdout = zygote.stdout

    def next_words() -> list[str]:
        words = stdout.readline().split()
        if not words:
            raise RuntimeError("the crash child's parent died")
        return words

    try:
        for i in range(kills):
            zygote.stdin.write(f"go {start}\n")
            zygote.stdin.flush()
            line = next_words()
            assert line[:1] == ["pid"], line
            pid = int(line[1])
            ready = False
            highest = start - 1
            died = False
            # Most kills while editing, after a number of acknowledged edits; the others
            # while opening.
            wanted = rng.randint(1, max_acks) if rng.random() >= early else 0
            seen = 0
            while seen < wanted:
                words = next_words()
                if words[0] == "ready":
                    ready = True
                elif words[0] == "ack":
                    n = int(words[1])
                    acked.add(n)
                    highest = n
                    outcome.acknowledged += 1
                    seen += 1
                elif words[0] == "dead":
                    died = True
                    break
            if died:
                outcome.problems.append(f"the editing child died by itself after edit {highest}")
                break
            time.sleep(rng.uniform(0, max_ms) / 1000)
            os.kill(pid, signal.SIGKILL)
            while True:
                words = next_words()
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
            outcome.killed_while_editing += seen > 0
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
