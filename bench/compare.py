"""Two checkouts of Registre timed in turn on the same input: `registre import FILE` (a table
or a JSON export) and, with `--editor`, the editor's File > Import table.

On a shared machine whose speed swings by half within the hour, a change is measured against
the code before it run in the same minutes: each run of one tree is followed by a run of the
other, each in a fresh interpreter, the command timed inside as `bench/` does. Both trees use
this interpreter (a checkout of an earlier commit, `git worktree add` or `git archive`, needs
no venv of its own).

    .venv/bin/python bench/compare.py OLD_TREE . TABLE.csv --runs 10 [--editor ROWS]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

_IMPORT = """
import contextlib, io, sys, time
from model import cli
t = time.perf_counter()
with contextlib.redirect_stdout(io.StringIO()):
    code = cli.run(["--db", sys.argv[2], "import", sys.argv[1]])
print(time.perf_counter() - t if code == 0 else -1)
"""


_RUNS = itertools.count()


def _import_seconds(tree: Path, source: Path, work: Path) -> float:
    register = work / f"r{next(_RUNS)}.db"  # a new register each run
    out = subprocess.run([sys.executable, "-c", _IMPORT, str(source), str(register)],
                         cwd=tree, capture_output=True, text=True, check=False)
    seconds = float(out.stdout.strip().splitlines()[-1]) if out.stdout.strip() else -1.0
    if seconds < 0:
        raise SystemExit(f"registre import failed in {tree}: {out.stderr[-2000:]}")
    return seconds


def _editor_seconds(tree: Path, source: Path, rows: int) -> float:
    out = subprocess.run([sys.executable, "bench/bench_import.py", "--child-editor", str(source),
                          str(rows)], cwd=tree, capture_output=True, text=True, check=False,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen", REGISTRE_LANG="fr"))
    if out.returncode:
        raise SystemExit(f"the editor's import failed in {tree}: {out.stderr[-2000:]}")
    seconds: float = json.loads(out.stdout.strip().splitlines()[-1])["seconds"]
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("before", type=Path, help="the checkout to compare against")
    parser.add_argument("after", type=Path, help="the checkout measured")
    parser.add_argument("source", type=Path, help="the table or JSON export imported")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--editor", type=int, metavar="ROWS",
                        help="also time the editor's import (the table's number of rows)")
    args = parser.parse_args()
    trees = {"before": args.before.resolve(), "after": args.after.resolve()}
    source = args.source.resolve()
    figures: dict[str, dict[str, list[float]]] = {"command": {k: [] for k in trees}}
    if args.editor:
        figures["editor"] = {k: [] for k in trees}
    with tempfile.TemporaryDirectory() as name:
        work = Path(name)
        for _ in range(args.runs):
            for label, tree in trees.items():  # in turn: the same moment for both
                figures["command"][label].append(_import_seconds(tree, source, work))
                if args.editor:
                    figures["editor"][label].append(_editor_seconds(tree, source, args.editor))
    print(f"{source.name}, medians of {args.runs} runs in turn")
    for what, by_tree in figures.items():
        before, after = (statistics.median(by_tree[k]) for k in trees)
        print(f"  {what:>8}: before {before:.3f} s (min {min(by_tree['before']):.3f}), "
              f"after {after:.3f} s (min {min(by_tree['after']):.3f}), "
              f"{(after - before) / before:+.0%}")


if __name__ == "__main__":
    main()
