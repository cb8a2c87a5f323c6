"""Edits a register until killed, saying "ack N" once each edit is acknowledged by the core.

Run as `python tests/crash_child.py REGISTER`. To keep a kill loop fast it
imports the core once and then, for each `go START` line on stdin, forks a
child that opens the register and edits it without end; it prints
`pid PID`, then the child's `ready` and `ack N` lines, then `dead PID` once
the child has been killed (by the test) and reaped.

Edit N creates activity "eN" (purpose "pN") when N % 3 != 0, and changes the
purpose of "e(N-1)" to "uN" when N % 3 == 0; START is always ≡ 1 (mod 3), so
every edit's target was made by the same child.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlmodel import select  # noqa: E402 - after the path is set

from model.register import crud  # noqa: E402
from model.storage import schema  # noqa: E402
from model.storage.store import Store  # noqa: E402


def say(line: str) -> None:
    os.write(1, (line + "\n").encode())  # unbuffered: what is said is said before a kill


def edit(store: Store, n: int) -> None:
    with store.write() as session:
        if n % 3 == 0:
            query = select(schema.Activity).where(schema.Activity.name == f"e{n - 1}")
            target = session.exec(query).one()
            assert target.id is not None
            crud.update_activity(session, activity_id=target.id, purpose=f"u{n}")
        else:
            crud.create_activity(session, name=f"e{n}", purpose=f"p{n}",
                                 categories=["Santé" if n % 2 else "Identité"],
                                 bases=[("contract", "")], retention="5 ans")


def child(path: Path, start: int) -> None:
    store = Store.open(path, wait=10)
    say("ready")
    n = start
    while True:
        edit(store, n)
        say(f"ack {n}")
        n += 1


def main() -> None:
    path = Path(sys.argv[1])
    while True:
        line = sys.stdin.readline()
        if not line:
            return
        start = int(line.split()[1])
        pid = os.fork()
        if pid == 0:
            try:
                child(path, start)
            finally:
                os._exit(1)
        say(f"pid {pid}")
        os.waitpid(pid, 0)
        say(f"dead {pid}")


if __name__ == "__main__":
    main()
