"""What only SQLite has, in one place: the register's operations speak SQLAlchemy.

Here: the engines (SQLite's URLs, an in-memory database) and the connection's
pragmas; raw SQL (the driver's own `executemany`, SQLite's JSON functions and
upsert, column defaults written as SQL, the upgrades' ALTER TABLE); the file
itself (its application_id and user_version, WAL, the read-only probe, the
online backup API, ATTACH); and the driver's own connection, which the
editor's first screen reads through before SQLAlchemy is loaded. The
register's operations (`model.register`, the exchange formats, the history
and seals) and the rest of `model.storage` build their statements with
SQLAlchemy Core or the ORM and call the small functions here, so that a
server engine can be added later beside this module without touching them;
`tests/model/test_storage_sql.py` and an import-linter contract keep it so.
`model.core.reasons` and `model.core.crashlog` name sqlite3's error codes
(they run no SQL).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from model.core import catalogue

if TYPE_CHECKING:  # SQLAlchemy loads with the first session: the first screen's reads
    # (the end of this module) are the driver's own, before it is imported.
    from sqlalchemy import Table
    from sqlalchemy.engine import Connection, Engine
    from sqlalchemy.sql.elements import ColumnElement, TextClause


Error = sqlite3.Error
"""What the driver raises, for the storage modules to catch (`model.core.reasons` says it)."""

OperationalError = sqlite3.OperationalError

DriverConnection = sqlite3.Connection
"""The driver's own connection (`Store.raw`)."""


HEADER = b"SQLite format 3\x00"
"""How an SQLite database file begins; its header is the first 100 bytes."""


def is_database(head: bytes) -> bool:
    """Whether `head`, a file's first 100 bytes, is an SQLite database's header."""
    return len(head) >= 100 and head.startswith(HEADER)


def wal_file(path: Path) -> Path:
    """The write-ahead log SQLite keeps beside the database `path` while it is open."""
    return path.with_name(path.name + "-wal")


def companion_files(path: Path) -> tuple[Path, Path]:
    """The files SQLite makes beside the database `path`: its WAL and shared-memory index."""
    return wal_file(path), path.with_name(path.name + "-shm")


def _read_only_uri(path: Path, *, immutable: bool = False) -> str:
    """A URI opening `path` read-only (and, `immutable`, telling SQLite it cannot change)."""
    return f"{path.resolve().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")


def set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """Every connection: foreign keys enforced, a writer waited for, each commit on disk."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def sql_literal(sql: str) -> TextClause:
    """A column's DEFAULT as SQL (`schema.sql_default` writes it)."""
    from sqlalchemy import text

    return text(sql)


def insert_many(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert `rows` (dicts of column values, all naming the same columns) with one
    `executemany` (see `insert_rows`); a row set whose columns differ goes through
    SQLAlchemy's `insert`."""
    from sqlalchemy import insert

    if not rows:
        return
    columns = list(rows[0])
    if conn.dialect.name != "sqlite" or any(len(row) != len(columns) for row in rows):
        conn.execute(insert(table), list(rows))
        return
    insert_rows(conn, table, columns, [tuple(row[c] for c in columns) for row in rows])


def insert_rows(conn: Connection, table: Table, columns: Sequence[str],
                rows: Sequence[Sequence[Any]]) -> None:
    """Insert `rows` (tuples of the values of `columns`, in that order) with one
    `executemany`.

    SQLite's own executemany through the driver: SQLAlchemy's per-row parameter
    processing costs about as much as SQLite's inserts themselves, and an import
    or a restore writes tens of thousands of rows, built a table at a time as
    tuples rather than a dict a row. Another engine would use
    `conn.execute(insert(table), rows as dicts)`, which is what this does there.
    """
    if not rows:
        return
    if conn.dialect.name != "sqlite":
        from sqlalchemy import insert

        conn.execute(insert(table), [dict(zip(columns, row, strict=True)) for row in rows])
        return
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" * len(columns))
    conn.exec_driver_sql(f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})', rows)


@contextlib.contextmanager
def indexes_after(conn: Connection) -> Iterator[None]:
    """For a bulk write into a register with no activity yet, its own indexes (not a
    constraint's: UNIQUE ones check the rows as they come) dropped, and made again once it is
    written, in the same transaction: SQLite builds an index from its rows sorted faster than
    it keeps it up row by row (a sixth of the inserts of 10,000 imported activities). A
    register with activities keeps them (rebuilding its indexes would cost more than it
    saves). When the write fails, the transaction's rollback puts them back with the rest."""
    if conn.exec_driver_sql("SELECT 1 FROM activity LIMIT 1").first() is not None:
        yield
        return
    found = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        "AND sql NOT LIKE 'CREATE UNIQUE %'").all()
    for name, _sql in found:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    for _name, sql in found:
        conn.exec_driver_sql(sql)


def update_rows(conn: Connection, table: Table, columns: Sequence[str],
                rows: Sequence[Sequence[Any]]) -> None:
    """Set `columns` of the rows whose primary key is each row's last value (the values of
    `columns` before it, in that order), with one `executemany` through the driver, as
    `insert_rows`: an edit in the grid is one of these, and SQLAlchemy's statement
    building costs more than SQLite's update."""
    if not rows:
        return
    (key,) = (c.name for c in table.primary_key.columns)
    if conn.dialect.name != "sqlite":
        from sqlalchemy import bindparam, update

        conn.execute(update(table).where(table.c[key] == bindparam("row_key")).values(
            {c: bindparam(f"v_{c}") for c in columns}),
            [{"row_key": row[-1], **{f"v_{c}": v for c, v in zip(columns, row, strict=False)}}
             for row in rows])
        return
    sets = ", ".join(f'"{c}" = ?' for c in columns)
    conn.exec_driver_sql(f'UPDATE "{table.name}" SET {sets} WHERE "{key}" = ?', rows)


def meta_values(conn: Connection, keys: Sequence[str]) -> dict[str, str]:
    """The register-wide settings `keys` that are set, in the caller's transaction."""
    if not keys:
        return {}
    marks = ", ".join("?" * len(keys))
    return {str(k): str(v) for k, v in conn.exec_driver_sql(
        f"SELECT key, value FROM meta WHERE key IN ({marks})", tuple(keys))}


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
    """Insert `rows` (dicts naming the same columns), each replacing the row of the same
    primary key if there is one (SQLite's ON CONFLICT … DO UPDATE), with one executemany
    through the driver, as `insert_many`."""
    if not rows:
        return
    keys = [c.name for c in table.primary_key.columns]
    columns = list(rows[0])
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" * len(columns))
    update = ", ".join(f'"{c}" = excluded."{c}"' for c in columns if c not in keys)
    conn.exec_driver_sql(
        f'INSERT INTO "{table.name}" ({names}) VALUES ({marks}) '
        f'ON CONFLICT ({", ".join(keys)}) DO UPDATE SET {update}',
        [tuple(row[c] for c in columns) for row in rows])


def activity_lists_json() -> tuple[tuple[str, ...], ColumnElement[Any]]:
    """The names of an activity's lists, and one column holding them as a JSON array of
    JSON arrays (in that order), to select beside the `activity` table's columns: the
    editor's table opens on 10,000 activities in one query."""
    from sqlalchemy import literal_column

    return tuple(_LIST_SQL), literal_column(_lists_json())


def _lists_json() -> str:
    arrays = ", ".join(f"json(({sql}))" for sql in _LIST_SQL.values())
    return f"json_array({arrays})"


# -- the first screen's reads: the driver's own, before SQLAlchemy is imported -----------
# Each takes a plain sqlite3 connection (`Store.raw`) and gives rows as tuples with their
# column names; `model.register.rows` shapes them as the register's operations do.

def activity_rows(con: sqlite3.Connection, activity_ids: Sequence[int] | None = None
                  ) -> tuple[list[str], tuple[str, ...], list[tuple[Any, ...]]]:
    """(column names, list names, rows) of all activities (or of `activity_ids`) in the
    user's order: each row the `activity` table's columns, then its lists as the JSON
    array `activity_lists_json` selects."""
    where = ""
    if activity_ids is not None:
        where = " WHERE activity.id IN ({})".format(",".join(str(int(i)) for i in activity_ids)
                                                      or "NULL")
    cursor = con.execute(f"SELECT activity.*, {_lists_json()} AS lists_json "
                         f"FROM activity{where} ORDER BY activity.position")
    return [d[0] for d in cursor.description], tuple(_LIST_SQL), cursor.fetchall()


def table_rows(con: sqlite3.Connection, table: str, where: str = "",
               order: str = "") -> tuple[list[str], list[tuple[Any, ...]]]:
    """(column names, rows) of a table of the schema (`where` and `order` of its columns)."""
    if not table.isidentifier():
        raise ValueError(table)
    cursor = con.execute(f'SELECT * FROM "{table}"' + (f" WHERE {where}" if where else "")
                         + (f" ORDER BY {order}" if order else ""))
    return [d[0] for d in cursor.description], cursor.fetchall()


def activity_ids(con: sqlite3.Connection) -> list[int]:
    return [int(i) for (i,) in con.execute("SELECT id FROM activity ORDER BY position")]


def meta_value(con: sqlite3.Connection, key: str) -> str | None:
    """The register-wide setting `key` (None when it was never set)."""
    row = con.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def note_names(con: sqlite3.Connection) -> list[str]:
    """The activities' note names, each once, in the order first met (activities and notes
    in the user's order): an imported register has as many notes as activities, a few names.

    SQLite gives a bare column the value of the row where min() found its minimum: each
    name's note on its first activity (an activity has one note of a name), three times
    faster than numbering every note (38,000 notes: 20 ms against 70 ms)."""
    return [str(n) for n, _at, _place in con.execute(
        "SELECT n.name, MIN(a.position) AS at, n.position AS place "
        "FROM activitynote n JOIN activity a ON a.id = n.activity_id "
        "GROUP BY n.name ORDER BY at, place")]


def changes_since_signed(con: sqlite3.Connection) -> tuple[str, list[tuple[str, ...]]] | None:
    """(when, history entries after it as (action, entity, ref, field, old, new)) of the last
    signed record; None when there is none."""
    last = con.execute("SELECT at, history_id FROM exportrecord WHERE signer != '' "
                       "ORDER BY id DESC LIMIT 1").fetchall()
    if not last:
        return None
    entries = con.execute("SELECT action, entity, ref, field, old, new FROM historyentry "
                          "WHERE id > ? AND action != 'export' ORDER BY id",
                          (last[0][1] or 0,)).fetchall()
    return str(last[0][0]), entries


# -- the file: copies with the online backup API, probes -------------------------------

def use_wal(path: Path) -> None:
    """Put the file `path` in WAL mode, which SQLite keeps in the file: once, when the
    store opens it for writing, with the driver alone (no engine needed yet)."""
    con = sqlite3.connect(path)
    try:
        set_pragmas(con, None)
        con.execute("PRAGMA journal_mode=WAL")
    finally:
        con.close()


def open_connection(path: Path, *, readonly: bool, immutable: bool) -> DriverConnection:
    """A driver connection to the file `path` with the register's pragmas, usable from any
    thread (`Store.raw` keeps it open until the store closes)."""
    if readonly:
        con = sqlite3.connect(_read_only_uri(path, immutable=immutable), uri=True,
                              check_same_thread=False)
    else:
        con = sqlite3.connect(path, check_same_thread=False)
    set_pragmas(con, None)
    return con


@contextlib.contextmanager
def driver_of(engine: Engine) -> Iterator[DriverConnection]:
    """The driver connection under one of `engine`'s, given back to its pool after the block
    (an in-memory register's one connection)."""
    conn = engine.raw_connection()
    try:
        driver = conn.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        yield driver
    finally:
        conn.close()


def read_marks(path: Path, *, immutable: bool) -> tuple[int, int, bool, set[str]]:
    """(application_id, user_version, whether SQLite's quick check passes, table names)
    of the file `path`, read-only (`immutable`: SQLite is told the file cannot change, so
    that reading it leaves not even an empty -wal/-shm pair behind)."""
    con = sqlite3.connect(_read_only_uri(path, immutable=immutable), uri=True)
    try:
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        version = con.execute("PRAGMA user_version").fetchone()[0]
        health = con.execute("PRAGMA quick_check").fetchone()[0]
        tables = {row[0] for row in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        con.close()
    return int(app_id), int(version), health == "ok", tables


def copy_database(source: DriverConnection, target: Path) -> None:
    """Copy `source` into the new private file `target`, self-contained (no WAL) and synced."""
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    dest = sqlite3.connect(target)
    try:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode=DELETE")
    finally:
        dest.close()
    fd = os.open(target, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def count_activities(path: Path) -> int | None:
    """How many activities the register file `path` holds, read-only; None when it
    cannot be read (a backup's size in the list of backups)."""
    try:
        con = sqlite3.connect(_read_only_uri(path), uri=True)
        try:
            return int(con.execute("SELECT count(*) FROM activity").fetchone()[0])
        finally:
            con.close()
    except sqlite3.Error:
        return None


def copy_file(source: Path, target: Path) -> None:
    """`copy_database` of the register file `source`, opened read-only for the copy: as
    immutable when no WAL is beside it (no connection has it open, the file alone is the
    whole register), so that restoring from it leaves no -wal/-shm pair in its folder."""
    immutable = not wal_file(source).exists()
    src = sqlite3.connect(_read_only_uri(source, immutable=immutable), uri=True)
    try:
        copy_database(src, target)
    finally:
        src.close()


def file_engine(path: Path, *, readonly: bool = False, immutable: bool = False) -> Engine:
    """The register file's engine, each connection with the register's pragmas.

    `hide_parameters`: an error's text must never carry the register's content (to a log).
    """
    from sqlalchemy import create_engine, event

    if readonly:
        url = f"sqlite:///file:{path.resolve()}?mode=ro&uri=true"
        if immutable:
            url += "&immutable=1"
    else:
        url = f"sqlite:///{path}"
    engine = create_engine(url, connect_args={"check_same_thread": False},
                           hide_parameters=True)
    event.listen(engine, "connect", set_pragmas)
    return engine


def memory_engine() -> Engine:
    """An in-memory database's engine: one connection, shared by every thread, with the
    register's pragmas; like a file's, its errors never carry the register's content."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import StaticPool

    engine = create_engine("sqlite://", connect_args={"check_same_thread": False},
                           poolclass=StaticPool, hide_parameters=True)
    event.listen(engine, "connect", set_pragmas)
    return engine


def load_file(engine: Engine, path: Path, *, immutable: bool) -> None:
    """Copy the file `path`, opened read-only, into `engine`'s (in-memory) database."""
    source = sqlite3.connect(_read_only_uri(path, immutable=immutable), uri=True)
    try:
        raw = engine.raw_connection()
        source.backup(raw.driver_connection)  # type: ignore[arg-type]
    finally:
        source.close()


def plain_engine(path: Path) -> Engine:
    """An engine on the file `path` without the register's pragmas (a staging copy's)."""
    from sqlalchemy import create_engine

    return create_engine(f"sqlite:///{path}")


# -- the file's marks and schema upgrades ---------------------------------------------

def set_marks(conn: Connection, *, user_version: int,
              application_id: int | None = None) -> None:
    """Write the file's schema version (and application id) in its header, in the
    caller's transaction."""
    if application_id is not None:
        conn.exec_driver_sql(f"PRAGMA application_id={int(application_id)}")
    conn.exec_driver_sql(f"PRAGMA user_version={int(user_version)}")


def column_names(conn: Connection, table: str) -> set[str]:
    """The columns the file's `table` has (an older schema lacks the newer ones)."""
    if not table.isidentifier():
        raise ValueError(table)
    return {row[1] for row in conn.exec_driver_sql(f"PRAGMA table_info({table})")}


def add_column(conn: Connection, table: str, column: str, kind: str,
               default: str | None) -> None:
    """ALTER TABLE `table` ADD COLUMN `column` of the SQL type `kind`, NOT NULL DEFAULT
    `default` (SQL, `schema.sql_default`) when there is one."""
    ddl = f"ALTER TABLE {table} ADD COLUMN {column} {kind}"
    if default is not None:
        ddl += f" NOT NULL DEFAULT {default}"
    conn.exec_driver_sql(ddl)


# -- transactions and attached files ---------------------------------------------------

def begin(conn: Connection) -> None:
    """Begin a read transaction now: what is read until it ends is the database at one
    instant, while writers (WAL) go on."""
    conn.exec_driver_sql("BEGIN")


def begin_immediate(conn: Connection) -> None:
    """Begin a write transaction now, waiting for (or refused by) another writer before
    anything is read, rather than at the first write."""
    conn.exec_driver_sql("BEGIN IMMEDIATE")


@contextlib.contextmanager
def attached(conn: Connection, path: Path, name: str) -> Iterator[None]:
    """The file `path` attached to `conn` as schema `name` for the block (then detached,
    and the detach committed)."""
    if not name.isidentifier():
        raise ValueError(name)
    conn.exec_driver_sql(f"ATTACH DATABASE ? AS {name}", (str(path),))
    try:
        yield
    finally:
        conn.exec_driver_sql(f"DETACH DATABASE {name}")
        conn.commit()


def replace_tables(conn: Connection, tables: Sequence[Table], source: str) -> None:
    """Every row of `tables` (in the order their keys need) replaced with those of the
    attached schema `source`, the columns both have (an older file lacks some)."""
    for table in reversed(tables):
        conn.exec_driver_sql(f'DELETE FROM main."{table.name}"')
    for table in tables:
        have = {row[1] for row in conn.exec_driver_sql(
            f'PRAGMA {source}.table_info("{table.name}")')}
        cols = ", ".join(f'"{c.name}"' for c in table.columns if c.name in have)
        if cols:
            conn.exec_driver_sql(f'INSERT INTO main."{table.name}" ({cols}) '
                                 f'SELECT {cols} FROM {source}."{table.name}"')


def history_rows(con: sqlite3.Connection, ref: str, entity: str | None, after: int = 0
                 ) -> list[tuple[Any, ...]]:
    """(id, at, user, action, entity, ref, field, old, new) of the history entries about
    `ref` (of kind `entity` when given) after the entry of id `after`, oldest first, by the
    index on `ref`."""
    where = "ref = ? AND id > ?"
    values: list[Any] = [ref, after]
    if entity is not None:
        where += " AND entity = ?"
        values.append(entity)
    return con.execute("SELECT id, at, user, action, entity, ref, field, old, new "
                       f"FROM historyentry WHERE {where} ORDER BY id", values).fetchall()
