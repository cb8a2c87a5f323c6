"""Helpers shared by the benchmarks: registers of a given size, child-process timing."""

from __future__ import annotations

import functools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import resources

ROOT = Path(__file__).resolve().parent.parent
SEED = resources.path("samples", "seed-register-fr.tsv")

# Runs one `registre` command in this child and reports its wall time and peak RSS.
_CHILD = """
import json, resource, sys, time
sys.argv = ["registre", *json.loads(sys.argv[1])]
from model import cli
t0 = time.perf_counter()
code = cli.run(sys.argv[1:])
elapsed = time.perf_counter() - t0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"code": code, "seconds": elapsed, "peak_mib": peak}), file=sys.stderr)
"""


# The floor of an import or a restore, in a child like `_CHILD`: read the source the way
# the standard library reads it (csv, json.load), then SQLite writing exactly the rows the
# real operation left in its register (every table, indexes in place), with one
# executemany a table, in one transaction, synchronous=FULL.
_FLOOR = """
import csv, json, sqlite3, sys, time
done, source, kind, out = sys.argv[1:5]
con = sqlite3.connect(done)
schema = con.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
                     "AND name NOT LIKE 'sqlite_%' ORDER BY type = 'table' DESC").fetchall()
tables = [name for kind_, name, _ in schema if kind_ == "table"]
rows = {name: con.execute(f'SELECT * FROM "{name}"').fetchall() for name in tables}
con.close()
dst = sqlite3.connect(out, isolation_level=None)
for _kind, _name, sql in schema:
    dst.execute(sql)
dst.execute("PRAGMA synchronous=FULL")
t0 = time.perf_counter()
with open(source, newline="", encoding="utf-8") as f:
    if kind == "json":
        parsed = json.load(f)
    else:  # "table": the seed's tab-separated table, "csv": a comma-separated one
        parsed = list(csv.reader(f, delimiter="\\t" if kind == "table" else ","))
dst.execute("BEGIN")
for name in tables:
    if rows[name]:
        marks = ",".join("?" * len(rows[name][0]))
        dst.executemany(f'INSERT INTO "{name}" VALUES ({marks})', rows[name])
dst.execute("COMMIT")
print(json.dumps({"seconds": time.perf_counter() - t0}), file=sys.stderr)
"""


def run_floor(done: Path, source: Path, kind: str, out: Path) -> float:
    """Seconds the floor takes to write what `done` holds, reading `source` ("table" for
    tab-separated, "csv", "json")."""
    result = subprocess.run([sys.executable, "-c", _FLOOR, str(done), str(source), kind,
                             str(out)], capture_output=True, text=True, check=False)
    if result.returncode:
        raise SystemExit(f"floor of {source} failed: {result.stderr}")
    seconds: float = json.loads(result.stderr.strip().splitlines()[-1])["seconds"]
    return seconds


def seed_rows() -> list[str]:
    lines = SEED.read_text(encoding="utf-8").splitlines()
    header = next(i for i, line in enumerate(lines) if line.strip())
    return [line for line in lines[header + 1:] if line.strip() and not line.startswith("\t")]


def write_table(path: Path, size: int) -> None:
    """A French table of `size` activities, built from the seed's rows."""
    rows = seed_rows()
    out = ["But / Activité\tType de données\tFondement légal pour le traitement des données"]
    for i in range(size):
        purpose, cats, basis = [*rows[i % len(rows)].split("\t"), "", ""][:3]
        out.append(f"{purpose} (n° {i + 1})\t{cats}\t{basis}")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def compile_project() -> None:
    """The project's modules compiled where Python looks for them (`__pycache__`, which git
    ignores): the command and the editor as installed run from bytecode, as pip and the
    bundle compile it, whatever PYTHONDONTWRITEBYTECODE says. (A PYTHONPYCACHEPREFIX
    would not do: under it the standard library's and the libraries' own bytecode is not
    found either, and every run would compile them.)"""
    subprocess.run([sys.executable, "-m", "compileall", "-q", "gui", "model", "resources"],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


@functools.cache
def _compiled() -> bool:
    compile_project()
    return True


def run_cli(args: Sequence[str], *, env: dict[str, str] | None = None,
            ok: tuple[int, ...] = (0,)) -> dict[str, float]:
    """Run `registre ARGS` in a fresh interpreter, from bytecode: time inside it, and its
    peak memory."""
    _compiled()
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, json.dumps(list(args))],
        cwd=ROOT, capture_output=True, text=True, env=env, check=False,
    )
    wall = time.perf_counter() - started
    report = json.loads(result.stderr.strip().splitlines()[-1])
    report["wall"] = wall
    if report["code"] not in ok:
        raise SystemExit(f"registre {' '.join(args)} failed: {result.stderr}")
    return report  # type: ignore[no-any-return]


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def tmpdir() -> Path:
    return Path(tempfile.mkdtemp(prefix="registre-bench-"))


def machine_now() -> str:
    """One line on the machine's speed at this moment: its load, and a fixed pure-Python
    loop timed (medians of 3). A shared 2-core machine runs 1.5 times slower at some hours
    than at others; the anchors say so for each figure, this line for the whole run."""
    def loop() -> float:
        started = time.perf_counter()
        total = 0
        for i in range(5_000_000):
            total += i
        return time.perf_counter() - started

    gauge = statistics.median(loop() for _ in range(3))
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return (f"machine: load average {load}; 5,000,000 additions in a Python loop {gauge:.3f} s "
            f"(the machine's speed now: compare runs by it)")
