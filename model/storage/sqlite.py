"""What only SQLite has, in one place: the register's operations speak SQLAlchemy.

Here: the connection's pragmas and raw SQL (the driver's own `executemany`,
SQLite's JSON functions and upsert, column defaults written as SQL). The
register's operations (`model.register`, the exchange formats, the history
and seals) build their statements with SQLAlchemy Core or the ORM over the
schema's tables, so that a server engine can be added later beside this
module without touching them; `tests/model/test_storage_sql.py` keeps it so.

Not yet moved here (issue #14), and listed as such by that test: the
file-level SQLite of `store` (probing a file, WAL, application_id,
user_version, schema upgrades), `backup` (ATTACH) and `snapshots` (the
online backup API). Nothing above `model.storage` uses any of it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import Table, insert, literal_column, text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement, TextClause

from model.core import catalogue


def set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """Every connection: foreign keys enforced, a writer waited for, each commit on disk."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def sql_literal(sql: str) -> TextClause:
    """A column's DEFAULT as SQL (`schema.sql_default` writes it)."""
    return text(sql)


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


def _json_records(source: str, link: str, fields: tuple[catalogue.Field, ...],
                  table_of: Callable[[catalogue.Field], str]) -> str:
    """SQL giving an activity's sub-records as a JSON array of objects, keys from the catalogue."""
    pairs = ", ".join(f"'{f.key}', {f.key}" for f in fields)
    columns = ", ".join(f"{table_of(f)}{f.key}" for f in fields)
    return (f"SELECT json_group_array(json_object({pairs})) FROM (SELECT {columns} "
            f"FROM {source} WHERE {link}activity_id = activity.id ORDER BY {link}position)")


_LIST_SQL = {
    "categories": "SELECT json_group_array(name) FROM (SELECT c.name FROM activitycategory l "
                  "JOIN datacategory c ON c.id = l.category_id WHERE l.activity_id = activity.id "
                  "ORDER BY l.position)",
    "subjects": "SELECT json_group_array(name) FROM (SELECT s.name FROM activitysubject l "
                "JOIN datasubject s ON s.id = l.subject_id WHERE l.activity_id = activity.id "
                "ORDER BY l.position)",
    "recipients": "SELECT json_group_array(name) FROM (SELECT r.name FROM activityrecipient l "
                  "JOIN recipient r ON r.id = l.recipient_id WHERE l.activity_id = activity.id "
                  "ORDER BY l.position)",
    "bases": _json_records("activitybasis l JOIN legalbasis b ON b.code = l.code", "l.",
                           catalogue.BASIS_LINK, lambda f: "l." if f.stored else "b."),
    "transfers": _json_records("transfer l", "l.", catalogue.TRANSFER, lambda f: "l."),
    "notes": _json_records("activitynote l", "l.", catalogue.NOTE, lambda f: "l."),
    "category_retention": "SELECT json_group_object(name, retention) FROM (SELECT c.name, "
                          "l.retention FROM activitycategory l JOIN datacategory c "
                          "ON c.id = l.category_id WHERE l.activity_id = activity.id "
                          "AND l.retention != '' ORDER BY l.position)",
}
"""Each of an activity's lists (by `crud.ActivityLists` field) as a JSON array, per
activity, inside the activities' own query (SQLite's json functions)."""




def upsert(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert `rows`, each replacing the row of the same primary key if there is one
    (SQLite's ON CONFLICT … DO UPDATE)."""
    if not rows:
        return
    statement = sqlite_insert(table)
    keys = {c.name for c in table.primary_key.columns}
    conn.execute(statement.on_conflict_do_update(
        index_elements=list(keys),
        set_={name: statement.excluded[name] for name in rows[0] if name not in keys}),
        list(rows))


def activity_lists_json() -> tuple[tuple[str, ...], ColumnElement[Any]]:
    """The names of an activity's lists, and one column holding them as a JSON array of
    JSON arrays (in that order), to select beside the `activity` table's columns: the
    editor's table opens on 10,000 activities in one query."""
    arrays = ", ".join(f"json(({sql}))" for sql in _LIST_SQL.values())
    return tuple(_LIST_SQL), literal_column(f"json_array({arrays})")
