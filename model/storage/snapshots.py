"""Taking and listing backups of a register: before an upgrade or an import, once a day, on demand.

Copies are made with SQLite's online backup API, so a register that is open
(even being written) is copied consistently. They go to `data_dir()/backups/`,
readable by the user only (0600), named after the register, a short tag of its
full path (two `register.db` in different folders do not mix) and the time:
`register-1a2b3c4d-20261125T101500.123Z-daily.db`. The last `KEEP` of each
register are kept. Restoring one is `model.storage.backup`'s; this module sits
below the store, which takes the upgrade and daily backups itself.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from model.core import reasons
from model.core.errors import RegistreError
from model.core.i18n import t
from model.core.paths import data_dir
from model.storage import sqlite

if TYPE_CHECKING:
    from model.storage.store import Store

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


def backup_failed(reason: object) -> RegistreError:
    return RegistreError(t("La sauvegarde du registre a échoué ({reason}).",
                           "Backing up the register failed ({reason}).", reason=reason))


def private_dir() -> Path:
    folder = backups_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise backup_failed(reasons.reason(exc)) from exc
    return folder


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
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
    folder = private_dir()
    stem, key = _register_key(store.path)
    now = datetime.now(UTC)
    stamp = now.strftime(_STAMP) + f".{now.microsecond // 1000:03d}Z"
    final = folder / f"{stem}-{key}-{stamp}-{reason}.db"
    tmp = folder / f".{final.name}.{os.getpid()}.tmp"
    try:
        with store.raw() as raw:  # sqlite3's backup API: no engine (nor SQLAlchemy) needed
            sqlite.copy_database(raw, tmp)
        if final.exists():  # two backups in the same millisecond: keep both
            final = final.with_name(f"{stem}-{key}-{stamp}-{reason}-{os.getpid()}.db")
        os.replace(tmp, final)
        _fsync_dir(folder)
    except (OSError, sqlite.Error) as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise backup_failed(reasons.reason(exc)) from exc
    if rotate:
        rotate_backups(store.path, keep)
    return final


def _created(stamp: str) -> datetime | None:
    """The moment a backup's name gives (`_STAMP`, then milliseconds), read from its digits
    (`_NAME_RE` checked them) rather than by `strptime`, which the editor's start would
    load and compile for it; None when no such moment exists (a 13th month)."""
    try:
        return datetime(int(stamp[0:4]), int(stamp[4:6]), int(stamp[6:8]), int(stamp[9:11]),
                        int(stamp[11:13]), int(stamp[13:15]), int(stamp[16:19]) * 1000,
                        tzinfo=UTC)
    except ValueError:
        return None


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
        created = _created(match["stamp"])
        if created is None:
            continue  # named like ours, but of no real date: not one of our backups
        found.append((folder / name, created, match["reason"]))
    found.sort(key=lambda e: (e[1], e[0].name), reverse=True)
    return found


def rotate_backups(register: Path | None, keep: int) -> None:
    for path, _created, _reason in _entries(register)[max(keep, 1):]:
        with contextlib.suppress(OSError):
            path.unlink()


def list_backups(register_path: Path | None) -> list[BackupInfo]:
    """The backups of one register, newest first."""
    infos = []
    for path, created, reason in _entries(register_path):
        try:
            size = path.stat().st_size
        except OSError:
            continue
        infos.append(BackupInfo(path=path, created=created, size=size,
                                activities=sqlite.count_activities(path), reason=reason))
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


