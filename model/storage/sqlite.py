"""What only SQLite has, in one place: the rest of the register speaks SQLAlchemy.

Here, and nowhere else in `model/`: the connection's pragmas, raw SQL (the
driver's own `executemany`, SQLite's JSON functions), `PRAGMA table_info`.
The register's operations (`model.register`, the exchange formats, the
history and seals) build their statements with SQLAlchemy Core or the ORM
over the schema's tables, so that a server engine can be added later by
giving this module a sibling, without touching them. `tests/model/test_storage_sql.py`
keeps it so: raw SQL found elsewhere fails it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Table, insert, literal_column
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement


def set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """Every connection: foreign keys enforced, a writer waited for, each commit on disk."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def insert_many(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert `rows` (dicts of column values, all naming the same columns) with one
    `executemany`.

    SQLite's own executemany through the driver: SQLAlchemy's per-row parameter
    processing costs about as much as SQLite's inserts themselves, and an import
    or a restore writes tens of thousands of rows. Another engine would use
    `conn.execute(insert(table), rows)`, which is what this does for a row set
    whose columns differ.
    """
    if not rows:
        return
    columns = list(rows[0])
    if conn.dialect.name != "sqlite" or any(len(row) != len(columns) for row in rows):
        conn.execute(insert(table), list(rows))
        return
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" * len(columns))
    conn.exec_driver_sql(f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})',
                         [tuple(row[c] for c in columns) for row in rows])


def json_lists(arrays: Sequence[str]) -> ColumnElement[Any]:
    """One column holding, as a JSON array, the result of each of the `arrays` subqueries
    (SQLite's json functions): an activity's lists inside the activities' own query."""
    return literal_column("json_array({})".format(", ".join(f"json(({sql}))" for sql in arrays)))
