"""Backups of a register: before a schema upgrade, before an import, once a day, and on demand.

Copies are made with SQLite's online backup API, so a register that is open
(even being written) is copied consistently. They go to `data_dir()/backups/`,
readable by the user only (0600), named after the register, a short tag of its
full path (two `register.db` in different folders do not mix) and the time:
`register-1a2b3c4d-20261125T101500.123Z-daily.db`. The last `KEEP` of each
register are kept.

Restoring replaces the register's content with the backup's, in one
transaction that also appends a "restore" entry to the restored history. A
backup of the current state is taken first, so a restore is undone by
restoring that one.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, SQLModel

from model.core.errors import RegistreError
from model.core.i18n import t
from model.storage import history, schema
from model.storage.store import Store, _probe, apply_upgrades, data_dir, not_a_register, upgradable

KEEP = 10
"""Backups kept per register; the oldest go first."""

REASONS = ("daily", "import", "upgrade", "before-restore", "manual")

_NAME_RE = re.compile(
    r"^(?P<stem>.+)-(?P<key>[0-9a-f]{8})-(?P<stamp>\d{8}T\d{6}\.\d{3}Z)-(?P<reason>[a-z-]+)\.db$"
)
_STAMP = "%Y%m%dT%H%M%S"


@dataclass(frozen=True)
class BackupInfo:
    """One backup file, as `registre backups` and the editor's restore dialog list it."""

    path: Path
    created: datetime
    """When it was taken (UTC, aware)."""
    size: int
    activities: int | None
    """How many activities it holds; None when the file cannot be read."""
    reason: str

    @property
    def name(self) -> str:
        return self.path.name


def backups_dir() -> Path:
    return data_dir() / "backups"


def _register_key(register: Path | None) -> tuple[str, str]:
    """(stem, tag) naming the backups of one register file."""
    if register is None:
        return "memory", hashlib.sha256(b"").hexdigest()[:8]
    resolved = Path(register).resolve()
    stem = re.sub(r"[^\w.-]", "_", resolved.stem) or "register"
    return stem, hashlib.sha256(str(resolved).encode("utf-8")).hexdigest()[:8]


def _failed(reason: object) -> RegistreError:
    return RegistreError(t("La sauvegarde du registre a échoué ({reason}).",
                           "Backing up the register failed ({reason}).", reason=reason))


def _private_dir() -> Path:
    folder = backups_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise _failed(exc.strerror or exc) from exc
    return folder


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _copy(source: sqlite3.Connection, target: Path) -> None:
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


def make_backup(store: Store, reason: str = "manual", *, keep: int = KEEP,
                rotate: bool = True) -> Path:
    """Copy the open register into the backups folder; returns the new file.

    Raises `RegistreError` when the copy cannot be made (disk full, folder not
    writable); the register itself is never touched.
    """
    if reason not in REASONS:
        raise ValueError(reason)
    folder = _private_dir()
    stem, key = _register_key(store.path)
    now = datetime.now(UTC)
    stamp = now.strftime(_STAMP) + f".{now.microsecond // 1000:03d}Z"
    final = folder / f"{stem}-{key}-{stamp}-{reason}.db"
    tmp = folder / f".{final.name}.{os.getpid()}.tmp"
    try:
        with store.engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert isinstance(raw, sqlite3.Connection)
            _copy(raw, tmp)
        if final.exists():  # two backups in the same millisecond: keep both
            final = final.with_name(f"{stem}-{key}-{stamp}-{reason}-{os.getpid()}.db")
        os.replace(tmp, final)
        _fsync_dir(folder)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise _failed(getattr(exc, "strerror", None) or exc) from exc
    if rotate:
        _rotate(store.path, keep)
    return final


def _entries(register: Path | None) -> list[tuple[Path, datetime, str]]:
    folder = backups_dir()
    stem, key = _register_key(register)
    found = []
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    for name in names:
        match = _NAME_RE.match(name)
        if not match or match["stem"] != stem or match["key"] != key:
            continue
        created = datetime.strptime(match["stamp"][:15], _STAMP).replace(
            tzinfo=UTC, microsecond=int(match["stamp"][16:19]) * 1000)
        found.append((folder / name, created, match["reason"]))
    found.sort(key=lambda e: (e[1], e[0].name), reverse=True)
    return found


def _rotate(register: Path | None, keep: int) -> None:
    for path, _created, _reason in _entries(register)[max(keep, 1):]:
        with contextlib.suppress(OSError):
            path.unlink()


def _count_activities(path: Path) -> int | None:
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return int(con.execute("SELECT count(*) FROM activity").fetchone()[0])
        finally:
            con.close()
    except sqlite3.Error:
        return None


def list_backups(register_path: Path | None) -> list[BackupInfo]:
    """The backups of one register, newest first."""
    infos = []
    for path, created, reason in _entries(register_path):
        try:
            size = path.stat().st_size
        except OSError:
            continue
        infos.append(BackupInfo(path=path, created=created, size=size,
                                activities=_count_activities(path), reason=reason))
    return infos


def daily_backup(store: Store) -> Path | None:
    """A backup when the register has none from today (local time); returns it, if made."""
    if store.path is None or store.readonly:
        return None
    entries = _entries(store.path)
    today = datetime.now().astimezone().date()
    if entries and entries[0][1].astimezone().date() >= today:
        return None
    return make_backup(store, "daily")


def _readable_backup(path: Path) -> int:
    """The schema version of a backup file fit to restore; raises with the reason otherwise."""
    if not path.is_file():
        raise RegistreError(t("La sauvegarde « {file} » n'existe pas.",
                              "The backup “{file}” does not exist.", file=path.name))
    app_id, version = _probe(path)
    if app_id != schema.APPLICATION_ID:
        raise not_a_register(path)
    if not upgradable(version):
        raise RegistreError(t(
            "La sauvegarde « {file} » a un schéma que cette version ne sait pas lire ({found}).",
            "The backup “{file}” has a schema this version cannot read ({found}).",
            file=path.name, found=version))
    return version


def restore_backup(target: Store | Path, backup: Path | BackupInfo) -> Path:
    """Replace the register's content with the backup's; returns the backup of what it replaced.

    `target` is the open (writable) store, or the register's path, opened and
    closed here. The restored register keeps the backup's history, to which a
    "restore" entry is appended in the same transaction; restoring the
    returned backup undoes the restore.
    """
    source = backup.path if isinstance(backup, BackupInfo) else Path(backup)
    version = _readable_backup(source)
    if isinstance(target, Store):
        return _restore_into(target, source, version)
    store = Store.open(Path(target), create=False, daily_backup=False)
    try:
        return _restore_into(store, source, version)
    finally:
        store.close()


def _restore_into(store: Store, source: Path, version: int) -> Path:
    store.ensure_writable()
    folder = _private_dir()
    staging = folder / f".restore-{os.getpid()}-{source.name}.tmp"
    try:
        try:
            src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
            try:
                _copy(src, staging)
            finally:
                src.close()
            if version < schema.SCHEMA_VERSION:
                _upgrade_copy(staging, version)
        except (OSError, sqlite3.Error, SQLAlchemyError) as exc:
            raise _failed(getattr(exc, "strerror", None) or exc) from exc
        safety = make_backup(store, "before-restore", rotate=False)
        _replace_content(store, staging, source.name)
    finally:
        with contextlib.suppress(OSError):
            staging.unlink()
    _rotate(store.path, KEEP)
    return safety


def _upgrade_copy(path: Path, version: int) -> None:
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as conn:
            apply_upgrades(conn, version)
    finally:
        engine.dispose()


def _replace_content(store: Store, staging: Path, name: str) -> int:
    """Every table's rows from `staging`, plus a history entry, in one transaction."""
    tables = SQLModel.metadata.sorted_tables
    with store.engine.connect() as conn:
        conn.exec_driver_sql("ATTACH DATABASE ? AS bak", (str(staging),))
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            try:
                for table in reversed(tables):
                    conn.exec_driver_sql(f'DELETE FROM main."{table.name}"')
                for table in tables:
                    have = {row[1] for row in conn.exec_driver_sql(
                        f'PRAGMA bak.table_info("{table.name}")')}
                    cols = ", ".join(f'"{c.name}"' for c in table.columns if c.name in have)
                    if cols:
                        conn.exec_driver_sql(
                            f'INSERT INTO main."{table.name}" ({cols}) '
                            f'SELECT {cols} FROM bak."{table.name}"')
                count = int(conn.exec_driver_sql("SELECT count(*) FROM main.activity")
                            .scalar_one())
                session = Session(bind=conn)
                history.record(session, action="restore", entity="register", ref=name,
                               field="backup", new=str(count))
                session.flush()
                conn.commit()
                session.close()
            except BaseException:
                conn.rollback()
                raise
        except (sqlite3.Error, SQLAlchemyError) as exc:
            raise _failed(getattr(exc, "orig", None) or exc) from exc
        finally:
            conn.exec_driver_sql("DETACH DATABASE bak")
            conn.commit()
    return count
