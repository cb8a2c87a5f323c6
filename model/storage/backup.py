"""Restoring a register from one of its backups (taken by `model.storage.snapshots`).

Restoring replaces the register's content with the backup's, in one
transaction that also appends a "restore" entry to the restored history. A
backup of the current state is taken first, so a restore is undone by
restoring that one.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from model.core import reasons
from model.core.errors import RegistreError
from model.core.i18n import t
from model.storage import history, marks, schema, sqlite
from model.storage.snapshots import (
    KEEP,
    REASONS,
    BackupInfo,
    backup_failed,
    backups_dir,
    daily_backup,
    list_backups,
    make_backup,
    private_dir,
    rotate_backups,
)
from model.storage.store import Store, _probe, apply_upgrades, not_a_register, upgradable

__all__ = ["KEEP", "REASONS", "BackupInfo", "backups_dir", "daily_backup", "list_backups",
           "make_backup", "restore_backup"]


def _readable_backup(path: Path) -> int:
    """The schema version of a backup file fit to restore; raises with the reason otherwise."""
    if not path.exists():
        raise RegistreError(t("La sauvegarde « {file} » n'existe pas.",
                              "The backup “{file}” does not exist.", file=path.name))
    if not path.is_file():  # a folder was said not to exist
        raise RegistreError(t("« {file} » n'est pas une sauvegarde : {reason}.",
                              "“{file}” is not a backup: {reason}.", file=path.name,
                              reason=reasons.describe(reasons.Failure.NOT_A_FILE)))
    app_id, version = _probe(path)
    if app_id != marks.APPLICATION_ID:
        raise not_a_register(path)
    if version > marks.SCHEMA_VERSION:
        raise RegistreError(t(
            "La sauvegarde « {file} » vient d'une version plus récente de Registre (schéma "
            "{found}, cette version lit jusqu'au schéma {known}) ; mettez Registre à jour "
            "pour la restaurer.",
            "The backup “{file}” comes from a newer version of Registre (schema {found}; "
            "this version reads up to schema {known}); update Registre to restore it.",
            file=path.name, found=version, known=marks.SCHEMA_VERSION))
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
    folder = private_dir()
    staging = folder / f".restore-{os.getpid()}-{source.name}.tmp"
    try:
        try:
            sqlite.copy_file(source, staging)
            if version < marks.SCHEMA_VERSION:
                _upgrade_copy(staging, version)
        except (OSError, sqlite.Error, SQLAlchemyError) as exc:
            raise backup_failed(reasons.reason(exc)) from exc
        safety = make_backup(store, "before-restore", rotate=False)
        _replace_content(store, staging, source.name)
    finally:
        with contextlib.suppress(OSError):
            staging.unlink()
    rotate_backups(store.path, KEEP)
    return safety


def _upgrade_copy(path: Path, version: int) -> None:
    engine = sqlite.plain_engine(path)
    try:
        with engine.begin() as conn:
            apply_upgrades(conn, version)
    finally:
        engine.dispose()


def _replace_content(store: Store, staging: Path, name: str) -> int:
    """Every table's rows from `staging`, plus a history entry, in one transaction."""
    tables = schema.METADATA.sorted_tables
    with store.engine.connect() as conn, sqlite.attached(conn, staging, "bak"):
        try:
            sqlite.begin_immediate(conn)
            try:
                sqlite.replace_tables(conn, tables, "bak")
                count = int(conn.execute(select(func.count()).select_from(
                    schema.table("activity"))).scalar_one())
                session = Session(bind=conn)
                history.record(session, action="restore", entity="register", ref=name,
                               field="backup", new=str(count))
                session.flush()
                conn.commit()
                session.close()
            except BaseException:
                conn.rollback()
                raise
        except (sqlite.Error, SQLAlchemyError) as exc:
            raise backup_failed(getattr(exc, "orig", None) or exc) from exc
    return count
