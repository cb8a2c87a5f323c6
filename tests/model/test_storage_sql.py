"""Raw SQL lives in model/storage/sqlite.py: the register's operations speak SQLAlchemy.

Issue #14: a server engine must be addable without touching the register's
operations, so SQLAlchemy's `text`/`literal_column`, the driver's
`exec_driver_sql`, SQLite's own dialect, `import sqlite3`, an engine URL
naming SQLite and SQL written as a string appear in the one storage module
that says so, in the core, the editor and the developer tools alike.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HOME = "model/storage/sqlite.py"
CHECKED = ("model", "gui", "tools")
ERRORS_ONLY = {"model/core/reasons.py", "model/core/crashlog.py"}
"""They name sqlite3's error classes to tell the user why, and run no SQL."""


_SQL = re.compile(r"\s*(SELECT|INSERT|UPDATE|DELETE|PRAGMA|ATTACH|DETACH|BEGIN|COMMIT|"
                  r"ROLLBACK|ALTER|CREATE|DROP|WITH|VACUUM)\b|sqlite:/", re.IGNORECASE)
"""A string that is SQL (or an engine URL naming SQLite), from its first word."""


def _leading_text(node: ast.expr) -> str | None:
    """The text a string literal or f-string starts with (None: not a string)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        first = node.values[0] if node.values else None
        return first.value if isinstance(first, ast.Constant) and isinstance(
            first.value, str) else ""
    return None


def _raw_sql(path: Path) -> list[str]:
    """What in `path` is raw SQL or SQLite itself, as `line: what`."""
    found = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef
                                | ast.AsyncFunctionDef)
                  and node.body and isinstance(node.body[0], ast.Expr)}
    skipped |= {id(part) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr)
                   for part in node.values}  # an f-string is judged whole
    for node in ast.walk(tree):
        text = _leading_text(node) if isinstance(node, ast.expr) else None
        if text and id(node) not in skipped and _SQL.match(text) and (
                text.split()[0].isupper() or "sqlite:/" in text):
            found.append(f"{node.lineno}: {text.split()[0]}")
        if isinstance(node, ast.ImportFrom) and node.module == "sqlite3":
            found.append(f"{node.lineno}: from sqlite3")
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
    for path in sorted(p for folder in CHECKED for p in (ROOT / folder).rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        if name == HOME:
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
    assert sorted(_raw_sql(sample)) == ["2: text", "4: .exec_driver_sql", "4: PRAGMA",
                                        "6: .text"]


def test_the_check_sees_sqlite_and_sql_strings(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('"""SELECT the docstring is prose."""\n'
                      "import sqlite3\nfrom sqlite3 import connect\n"
                      "def f(con, table):\n    con.execute(f'DELETE FROM {table}')\n"
                      "    con.execute('PRAGMA user_version')\n"
                      "    url = 'sqlite:///x.db'\n"
                      "    return 'Select the rows you want', 'update'\n", encoding="utf-8")
    assert sorted(_raw_sql(sample)) == ["2: import sqlite3", "3: from sqlite3", "5: DELETE",
                                        "6: PRAGMA", "7: sqlite:///x.db"]


def test_the_sqlite_module_says_it_is_the_one() -> None:
    assert "What only SQLite has" in (ROOT / HOME).read_text(encoding="utf-8")
