"""Raw SQL lives in model/storage/sqlite.py: the register's operations speak SQLAlchemy.

Issue #14: a server engine must be addable without touching the register's
operations, so SQLAlchemy's `text`/`literal_column`, the driver's
`exec_driver_sql`, SQLite's own dialect and `import sqlite3` appear in the
one storage module that says so (and, until they move there, in the three
file-level storage modules listed below).
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HOME = "model/storage/sqlite.py"
NOT_YET_MOVED = {"model/storage/store.py", "model/storage/backup.py",
                 "model/storage/snapshots.py"}
"""File-level SQLite (probe, WAL, pragmas of a file, ATTACH, the online backup API)."""
ERRORS_ONLY = {"model/core/reasons.py", "model/core/crashlog.py"}
"""They name sqlite3's error classes to tell the user why, and run no SQL."""


def _raw_sql(path: Path) -> list[str]:
    """What in `path` is raw SQL or SQLite itself, as `line: what`."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("sqlalchemy"):
            if "dialects.sqlite" in (node.module or ""):
                found.append(f"{node.lineno}: {node.module}")
            found += [f"{node.lineno}: {alias.name}" for alias in node.names
                      if alias.name in ("text", "literal_column")]
        elif isinstance(node, ast.Import):
            found += [f"{node.lineno}: import {alias.name}" for alias in node.names
                      if alias.name == "sqlite3"]
        elif isinstance(node, ast.Attribute) and (node.attr == "exec_driver_sql" or (
                node.attr in ("text", "literal_column") and isinstance(node.value, ast.Name)
                and node.value.id == "sqlalchemy")):
            found.append(f"{node.lineno}: .{node.attr}")
    return found


def test_raw_sql_is_only_in_the_sqlite_module() -> None:
    offenders = {}
    for path in sorted((ROOT / "model").rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        if name == HOME or name in NOT_YET_MOVED:
            continue
        found = _raw_sql(path)
        if name in ERRORS_ONLY:
            found = [f for f in found if not f.endswith("import sqlite3")]
        if found:
            offenders[name] = found
    assert offenders == {}


def test_the_check_sees_raw_sql(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("import sqlalchemy\nfrom sqlalchemy import func, text\n"
                      "def f(conn, pager):\n    conn.exec_driver_sql('PRAGMA x')\n"
                      "    pager.text(1)\n    sqlalchemy.text('x')\n", encoding="utf-8")
    assert sorted(_raw_sql(sample)) == ["2: text", "4: .exec_driver_sql", "6: .text"]


def test_the_sqlite_module_says_it_is_the_one() -> None:
    assert "What only SQLite has" in (ROOT / HOME).read_text(encoding="utf-8")
