"""Crash soak: kill a writing process 1,000 times (or `--kills N`) and check every time.

    make soak            # or: .venv/bin/python bench/soak.py --kills 1000

Prints the kills, the acknowledged edits and the time; exits 1 at the first
acknowledged edit lost, failed integrity check or broken history chain.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import crashkit  # noqa: E402 - after the path is set


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--max-acks", type=int, default=4,
                        help="each kill comes after 1 to this many acknowledged edits")
    parser.add_argument("--max-ms", type=float, default=20,
                        help="and then after 0 to this many milliseconds")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="registre-soak-") as folder:
        os.environ["XDG_DATA_HOME"] = str(Path(folder) / "data")  # backups stay in there
        outcome = crashkit.run(Path(folder) / "soak.db", kills=args.kills, seed=args.seed,
                               max_acks=args.max_acks, max_ms=args.max_ms)
        size = (Path(folder) / "soak.db").stat().st_size
    print(f"kills: {outcome.kills} ({outcome.killed_while_editing} while editing, "
          f"{outcome.killed_before_ready} while opening)")
    print(f"acknowledged edits: {outcome.acknowledged}, all present after every kill"
          if not outcome.problems else f"PROBLEMS: {outcome.problems[:10]}")
    print(f"time: {outcome.seconds:.1f} s; register: {size / 1024:.0f} kB")
    return 1 if outcome.problems else 0


if __name__ == "__main__":
    sys.exit(main())
