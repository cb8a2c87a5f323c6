"""Opening, creating and writing a register file.

A register is one SQLite file marked with our application id and a schema
version. Anything else is refused before SQLite is allowed to write to it, so
a wrong file is left byte-for-byte as it was.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from model.core import catalogue, reasons, vocab
from model.core.clock import now
from model.core.errors import RegisterLocked, RegisterReadOnly, RegistreError
from model.core.i18n import t
from model.storage import marks, schema, seals, snapshots, sqlite
from model.storage.lock import WriterLock

if TYPE_CHECKING:  # SQLAlchemy loads with the first session: the first screen reads sqlite3
    from sqlalchemy.engine import Connection, Engine
    from sqlmodel import Session

__all__ = ["RegisterLocked", "RegisterReadOnly", "Store"]

CORE_TABLES = ("meta", "activity", "historyentry")
"""Tables every released schema has: a file with our application id but without them is
damaged (or forged), and is refused before anything (WAL, backup) touches it."""


def _not_regular(path: Path) -> RegistreError:
    return RegistreError(t("« {file} » n'est pas un fichier ordinaire ; ce n'est pas un registre.",
                           "“{file}” is not a regular file; it is not a register.",
                           file=path.name))


def _read_head(path: Path) -> bytes:
    """The file's first 100 bytes; a FIFO, device or socket is refused without blocking."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise _not_regular(path)
        return os.read(fd, 100)
    finally:
        os.close(fd)


def _probe(path: Path) -> tuple[int, int]:
    """(application_id, user_version) of an existing file, read without writing to it."""
    try:
        head = _read_head(path)
    except OSError as exc:
        raise RegistreError(
            t(
                "Impossible de lire « {file} » : {reason}.",
                "Cannot read “{file}”: {reason}.",
                file=path.name,
                reason=reasons.reason(exc),
            )
        ) from exc
    if not sqlite.is_database(head):
        raise not_a_register(path)
    try:
        # With no WAL beside it, no connection has the file open and the file alone is the
        # whole register: read it as immutable, so that probing a wrong or damaged file
        # leaves not even an empty -wal/-shm pair behind.
        wal = sqlite.wal_file(path).exists()
        app_id, version, healthy, tables = sqlite.read_marks(path, immutable=not wal)
        if not healthy:
            raise _damaged(path, reasons.describe(reasons.Failure.CORRUPT))
    except sqlite.Error as exc:
        raise _damaged(path, reasons.reason(exc)) from exc
    if app_id == marks.APPLICATION_ID and not set(CORE_TABLES) <= tables:
        raise _damaged(path, t("ses tables manquent", "its tables are missing"))
    return app_id, version


def _damaged(path: Path, reason: str) -> RegistreError:
    return RegistreError(
        t(
            "« {file} » est endommagé ou tronqué et ne peut pas être ouvert ({reason}) ; "
            "il n'a pas été modifié.",
            "“{file}” is damaged or truncated and cannot be opened ({reason}); "
            "it was left untouched.",
            file=path.name,
            reason=reason,
        )
    )


def not_a_register(path: Path) -> RegistreError:
    return RegistreError(
        t(
            "« {file} » n'est pas un registre Registre ; il n'a pas été modifié.",
            "“{file}” is not a Registre register; it was left untouched.",
            file=path.name,
        )
    )


def add_columns(conn: Connection, since: int) -> None:
    """Add the columns of the catalogue fields that came with schema `since`, and the
    tables that came with it, each new column holding its field's empty value."""
    schema.METADATA.create_all(conn)  # only the tables the file lacks
    for table, fields in schema.TABLE_FIELDS.items():
        present = sqlite.column_names(conn, table)
        columns = schema.METADATA.tables[table].c
        for f in catalogue.scalar_fields(fields):
            if f.since != since or f.key in present:
                continue
            sqlite.add_column(conn, table, f.key, columns[f.key].type.compile(conn.dialect),
                              schema.sql_default(f))


def _to_schema_2(conn: Connection) -> None:
    """Schema 2: the Article 30 content schema 1 lacked (see the catalogue's since=2)."""
    from sqlalchemy import update

    add_columns(conn, since=2)
    # A DPIA said not to be required has the status that says so.
    activity = schema.table("activity")
    conn.execute(update(activity).where(activity.c.dpia_required == False,  # noqa: E712
                                        activity.c.dpia_status == "")
                 .values(dpia_status="not_required"))


UPGRADES: dict[int, Callable[[Connection], None]] = {1: _to_schema_2}
"""Schema steps: UPGRADES[n] turns a schema-n register into schema n+1."""


def upgradable(version: int) -> bool:
    """Whether this version can bring a schema-`version` file up to date (or it already is)."""
    return 1 <= version <= marks.SCHEMA_VERSION and all(
        v in UPGRADES for v in range(version, marks.SCHEMA_VERSION))


def apply_upgrades(conn: Connection, version: int) -> None:
    """Run the schema steps from `version` on, in the caller's transaction."""
    for step in range(version, marks.SCHEMA_VERSION):
        UPGRADES[step](conn)
    sqlite.set_marks(conn, user_version=marks.SCHEMA_VERSION)


def _check_writable(path: Path) -> None:
    """Refuse, before touching anything, a register this user may not write.

    SQLite would open a read-only file without complaint and only fail at the
    first save; the user should hear it when opening, with the read-only offer.
    """
    folder = path.resolve().parent
    if os.access(path, os.W_OK) and os.access(folder, os.W_OK | os.X_OK):
        return
    what = path if not os.access(path, os.W_OK) else folder
    raise RegisterReadOnly.here(path.name, t("« {what} » est en lecture seule",
                                             "“{what}” is read-only", what=what.name or str(what)))


def _needs_immutable(path: Path) -> bool:
    """A read-only register in a read-only folder, closed cleanly: SQLite must be told
    it cannot change, or it refuses to read it for want of a place for its WAL index."""
    folder = path.resolve().parent
    return not os.access(folder, os.W_OK) and not sqlite.wal_file(path).exists()


def _cannot_create(path: Path, reason: object) -> RegistreError:
    return RegistreError(t("Impossible de créer le registre « {file} » : {reason}.",
                           "Cannot create the register “{file}”: {reason}.",
                           file=str(path), reason=reason))


class Store:
    """One open register: an engine and the one way to write to it.

    Every user operation runs inside `write()`, one transaction committed
    before the call returns, so an acknowledged edit is on disk.
    """

    def __init__(self, engine: Engine | None, path: Path | None, *, readonly: bool = False,
                 lock: WriterLock | None = None) -> None:
        """`engine` None: made from `path` when first needed (`engine`)."""
        self._engine_made = engine
        self._from_file = engine is None
        """The file holds the register as read (not an in-memory or upgraded copy)."""
        self._raw: sqlite.DriverConnection | None = None
        self.path = path
        self.readonly = readonly
        self._lock = lock
        self.writes = 0
        """Write transactions begun: what a reader's memo of the register holds for."""
        self.notices: list[str] = []
        """Problems worth telling the user that did not stop the register from opening
        (a daily backup that could not be made, for one)."""

    # -- opening ---------------------------------------------------------

    @classmethod
    def open(cls, path: Path, *, create: bool = True, language: str = "fr",
             readonly: bool = False, wait: float = 0.0, daily_backup: bool = True) -> Store:
        """Open the register at `path`, creating it (0600) when it does not exist yet.

        Opened for writing, the store holds the register's writer lock until
        `close()` (or the process's end): a second writer gets `RegisterLocked`,
        after waiting up to `wait` seconds, and may open it with `readonly=True`.
        A read-only store takes no lock and never writes, not even a backup.
        An existing register gets its first backup of the day here, unless
        `daily_backup` is False.
        """
        path = Path(path)
        if "\x00" in str(path):  # os and SQLite would raise ValueError on it
            raise RegistreError(t("Le nom « {file} » contient un caractère nul ; ce ne peut pas "
                                  "être un nom de fichier.",
                                  "The name “{file}” holds a NUL character; it cannot be a "
                                  "file name.", file=str(path).replace("\x00", "\\0")))
        if path.exists() and path.is_dir():
            raise RegistreError(
                t("« {file} » est un dossier, pas un registre.",
                  "“{file}” is a folder, not a register.", file=path.name)
            )
        if path.exists() and not path.is_file():  # a FIFO would block the first read
            raise _not_regular(path)
        if path.exists():
            app_id, version = _probe(path)
            if app_id != marks.APPLICATION_ID:
                raise not_a_register(path)
            if version > marks.SCHEMA_VERSION:
                raise RegistreError(
                    t(
                        "« {file} » a été enregistré par une version plus récente de Registre "
                        "(schéma {found}, cette version lit jusqu'au schéma {known}) ; "
                        "mettez Registre à jour pour l'ouvrir.",
                        "“{file}” was saved by a newer version of Registre (schema {found}; "
                        "this version reads up to schema {known}); update Registre to open it.",
                        file=path.name, found=version, known=marks.SCHEMA_VERSION,
                    )
                )
            if readonly:
                if version < marks.SCHEMA_VERSION:
                    return cls(cls._upgraded_copy(path, version), path, readonly=True)
                return cls(None, path, readonly=True)
            _check_writable(path)
            lock = WriterLock(path, wait=wait)
            store = cls(None, path, lock=lock)
            try:
                store._configure_file()
                store._upgrade(version)
                if daily_backup:
                    store._daily_backup()
            except BaseException:
                store.close()
                raise
            return store
        if not create or readonly:
            raise RegistreError(
                t("Le registre « {file} » n'existe pas.", "The register “{file}” does not exist.",
                  file=path.name)
            )
        return cls._create(path, language=language, wait=wait)

    @classmethod
    def memory(cls, *, language: str = "fr") -> Store:
        """A fresh in-memory register, for tests and previews."""
        store = cls(sqlite.memory_engine(), None)
        store._initialise(language)
        return store

    @staticmethod
    def _engine(path: Path, *, readonly: bool = False) -> Engine:
        return sqlite.file_engine(path, readonly=readonly,
                                  immutable=readonly and _needs_immutable(path))

    @classmethod
    def _upgraded_copy(cls, path: Path, version: int) -> Engine:
        """An older register read-only: upgraded in memory, the file left as it is."""
        if not upgradable(version):
            raise not_a_register(path)
        engine = sqlite.memory_engine()
        sqlite.load_file(engine, path, immutable=_needs_immutable(path))
        with engine.begin() as conn:
            apply_upgrades(conn, version)
        return engine

    @classmethod
    def _create(cls, path: Path, *, language: str, wait: float = 0.0) -> Store:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise _cannot_create(path, reasons.reason(exc)) from exc
        lock = WriterLock(path, wait=wait)
        if path.exists():  # another writer created it while we waited for the lock
            lock.release()
            return cls.open(path, create=False, wait=wait)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            os.close(fd)
        except OSError as exc:
            lock.release()
            raise _cannot_create(path, reasons.reason(exc)) from exc
        from sqlalchemy.exc import SQLAlchemyError

        store = cls(None, path, lock=lock)
        try:
            store._configure_file()
            store._initialise(language)
        except (SQLAlchemyError, sqlite.Error, OSError, RegistreError) as exc:
            store.close()
            for leftover in (path, *sqlite.companion_files(path)):
                with contextlib.suppress(OSError):
                    leftover.unlink()
            if isinstance(exc, RegistreError):
                raise
            raise _cannot_create(path, reasons.reason(exc)) from exc
        return store

    def _configure_file(self) -> None:
        """WAL, once for the file (SQLite keeps it), with sqlite3: no engine needed yet."""
        assert self.path is not None
        try:
            sqlite.use_wal(self.path)
        except sqlite.OperationalError as exc:
            raise RegisterReadOnly.here(self.path.name, reasons.reason(exc)) from exc

    def _initialise(self, language: str) -> None:
        """Tables, vocabularies and starter lists of a new register, in one transaction."""
        lang = language if language in vocab.LANGUAGES else "fr"
        schema.METADATA.create_all(self.engine)
        with self.write() as session:
            session.add(schema.Meta(key="language", value=lang))
            session.add(schema.Meta(key="created_at", value=now()))
            session.add(schema.Organisation(id=1))
            for i, term in enumerate(vocab.LEGAL_BASES):
                session.add(
                    schema.LegalBasis(code=term.code, article=term.article, label_fr=term.fr,
                                  label_en=term.en, position=i)
                )
            for i, (name, desc, special, criminal) in enumerate(vocab.STARTER_CATEGORIES[lang]):
                session.add(schema.DataCategory(name=name, description=desc, special=special,
                                            criminal=criminal, position=i))
            for i, name in enumerate(vocab.STARTER_SUBJECTS[lang]):
                session.add(schema.DataSubject(name=name, position=i))
            for i, (name, kind) in enumerate(vocab.STARTER_RECIPIENTS[lang]):
                session.add(schema.Recipient(name=name, kind=kind, position=i))
            sqlite.set_marks(session.connection(), application_id=marks.APPLICATION_ID,
                             user_version=marks.SCHEMA_VERSION)

    def _upgrade(self, version: int) -> None:
        """Bring an older schema up to date, one step at a time, in one transaction.

        Schema 1 is the first released one. A backup is taken first, so an
        upgrade that goes wrong (or a user who wants the old file) loses nothing.
        Each released schema has a fixture file in tests/fixtures/ that the
        tests open with the current code.
        """
        if version == marks.SCHEMA_VERSION:
            return
        if not upgradable(version):
            raise not_a_register(self.path or Path())
        snapshots.make_backup(self, "upgrade")
        with self.write() as session:
            apply_upgrades(session.connection(), version)

    def _daily_backup(self) -> None:
        """The first backup of the day; a failure is told, never fatal (the register is fine)."""
        try:
            snapshots.daily_backup(self)
        except RegistreError as exc:
            self.notices.append(exc.message)

    def close(self) -> None:
        """Close the register and let go of its writer lock."""
        if self._raw is not None:
            self._raw.close()
            self._raw = None
        if self._engine_made is not None:
            self._engine_made.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    # -- reading and writing --------------------------------------------

    @property
    def engine(self) -> Engine:
        """SQLAlchemy's engine, made (and SQLAlchemy imported) on first use."""
        if self._engine_made is None:
            assert self.path is not None
            self._engine_made = self._engine(self.path, readonly=self.readonly)
        return self._engine_made

    @contextlib.contextmanager
    def raw(self) -> Iterator[sqlite.DriverConnection]:
        """A plain sqlite3 connection to read with, outside any session's transaction.

        What the editor's first screen reads through (`model.register.rows`), before
        SQLAlchemy is loaded: the file's own connection, kept open; an in-memory
        register's one connection, through its engine.
        """
        if not self._from_file:
            with sqlite.driver_of(self.engine) as driver:
                yield driver
            return
        if self._raw is None:
            assert self.path is not None
            self._raw = sqlite.open_connection(
                self.path, readonly=self.readonly,
                immutable=self.readonly and _needs_immutable(self.path))
        yield self._raw

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        from sqlmodel import Session

        with Session(self.engine) as session:
            yield session

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[Session]:
        """Reads in one transaction: the register as it was at one instant, while writers
        (other processes, WAL) go on. What an export renders from."""
        from sqlmodel import Session

        with Session(self.engine) as session:
            sqlite.begin(session.connection())
            try:
                yield session
            finally:
                session.rollback()

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """One user operation: all of it is committed when the block ends, or none of it."""
        from sqlalchemy.exc import OperationalError
        from sqlmodel import Session

        self.ensure_writable()
        self.writes += 1
        with Session(self.engine) as session:
            try:
                sqlite.begin_immediate(session.connection())
                yield session
                seals.seal_touched(session)  # the rows as Registre wrote them, for `check`
                session.commit()
            except OperationalError as exc:
                session.rollback()
                raise RegistreError(
                    t(
                        "L'enregistrement a échoué ({reason}) ; le registre n'a pas été modifié.",
                        "Saving failed ({reason}); the register was not changed.",
                        reason=reasons.reason(exc),
                    )
                ) from exc
            except BaseException:
                session.rollback()
                raise

    def ensure_writable(self) -> None:
        """Refuse, before anything is touched, to change a register opened read-only."""
        if self.readonly:
            raise RegistreError(
                t("Ce registre est ouvert en lecture seule.", "This register is open read-only.")
            )

    def language(self) -> str:
        return self.meta("language", "fr")

    def meta(self, key: str, default: str = "") -> str:
        with self.raw() as con:
            value = sqlite.meta_value(con, key)
        return default if value is None else value
