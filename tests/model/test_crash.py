"""An edit the core acknowledged survives SIGKILL at any moment.

A child process edits a real register file and says "ack N" after each
`Store.write()` returns; it is killed (SIGKILL, no chance to clean up) after a
random number of acknowledged edits and a random few milliseconds more, so each
kill lands while editing whatever the disk's fsync latency or the machine's
load, a hundred times, and after each kill the register is reopened:
integrity check ok, history chain intact, every acknowledged edit present.
`make soak` runs the same for 1,000 kills.
"""

from __future__ import annotations

from pathlib import Path

from tests import crashkit


def test_acknowledged_edits_survive_100_kills(tmp_path: Path) -> None:
    outcome = crashkit.run(tmp_path / "crash.db", kills=100, seed=30)
    assert outcome.problems == []
    assert outcome.kills == 100
    # The kills must land while editing, not only while starting up.
    assert outcome.acknowledged >= 100
    assert outcome.killed_while_editing >= 50
    assert outcome.killed_before_ready < 50
