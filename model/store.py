"""Opening, creating and writing a register file.

A register is one SQLite file marked with our application id and a schema
version. Anything else is refused before SQLite is allowed to write to it, so
a wrong file is left byte-for-byte as it was.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.pool import StaticPool
from sqlmodel import Session, SQLModel, create_engine, select

from model import db, vocab
from model.errors import RegistreError
from model.i18n import t

APP_NAME = "registre"
SQLITE_MAGIC = b"SQLite format 3\x00"


def data_dir() -> Path:
    """The user's data folder: default register, backups, signing key, logs."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_path() -> Path:
    env = os.environ.get("REGISTRE_DB")
    return Path(env) if env else data_dir() / "register.db"


def now() -> str:
    """The current time as stored: ISO 8601, UTC, to the second."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def _probe(path: Path) -> tuple[int, int]:
    """(application_id, user_version) of an existing file, read without writing to it."""
    try:
        with path.open("rb") as f:
            head = f.read(100)
    except OSError as exc:
        raise RegistreError(
            t(
                "Impossible de lire « {file} » : {reason}.",
                "Cannot read “{file}”: {reason}.",
                file=path.name,
                reason=exc.strerror or exc,
            )
        ) from exc
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        raise not_a_register(path)
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            version = con.execute("PRAGMA user_version").fetchone()[0]
            con.execute("PRAGMA quick_check").fetchone()
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise RegistreError(
            t(
                "« {file} » est endommagé ou tronqué et ne peut pas être ouvert ({reason}).",
                "“{file}” is damaged or truncated and cannot be opened ({reason}).",
                file=path.name,
                reason=exc,
            )
        ) from exc
    return int(app_id), int(version)


def not_a_register(path: Path) -> RegistreError:
    return RegistreError(
        t(
            "« {file} » n'est pas un registre Registre ; il n'a pas été modifié.",
            "“{file}” is not a Registre register; it was left untouched.",
            file=path.name,
        )
    )


class Store:
    """One open register: an engine and the one way to write to it.

    Every user operation runs inside `write()`, one transaction committed
    before the call returns, so an acknowledged edit is on disk.
    """

    def __init__(self, engine: Engine, path: Path | None, *, readonly: bool = False) -> None:
        self.engine = engine
        self.path = path
        self.readonly = readonly

    # -- opening ---------------------------------------------------------

    @classmethod
    def open(cls, path: Path, *, create: bool = True, language: str = "fr",
             readonly: bool = False) -> Store:
        """Open the register at `path`, creating it (0600) when it does not exist yet."""
        path = Path(path)
        if path.exists() and path.is_dir():
            raise RegistreError(
                t("« {file} » est un dossier, pas un registre.",
                  "“{file}” is a folder, not a register.", file=path.name)
            )
        if path.exists():
            app_id, version = _probe(path)
            if app_id != db.APPLICATION_ID:
                raise not_a_register(path)
            if version > db.SCHEMA_VERSION:
                raise RegistreError(
                    t(
                        "« {file} » a été enregistré par une version plus récente de Registre "
                        "(schéma {found}, cette version lit jusqu'au schéma {known}) ; "
                        "mettez Registre à jour pour l'ouvrir.",
                        "“{file}” was saved by a newer version of Registre (schema {found}; "
                        "this version reads up to schema {known}); update Registre to open it.",
                        file=path.name, found=version, known=db.SCHEMA_VERSION,
                    )
                )
            store = cls(cls._engine(path, readonly=readonly), path, readonly=readonly)
            if not readonly:
                store._configure_file()
                store._upgrade(version)
            return store
        if not create:
            raise RegistreError(
                t("Le registre « {file} » n'existe pas.", "The register “{file}” does not exist.",
                  file=path.name)
            )
        return cls._create(path, language=language)

    @classmethod
    def memory(cls, *, language: str = "fr") -> Store:
        """A fresh in-memory register, for tests and previews."""
        engine = create_engine(
            "sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool
        )
        event.listen(engine, "connect", _set_pragmas)
        store = cls(engine, None)
        store._initialise(language)
        return store

    @staticmethod
    def _engine(path: Path, *, readonly: bool = False) -> Engine:
        if readonly:
            url = f"sqlite:///file:{path.resolve()}?mode=ro&uri=true"
        else:
            url = f"sqlite:///{path}"
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _set_pragmas)
        return engine

    @classmethod
    def _create(cls, path: Path, *, language: str) -> Store:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            os.close(fd)
        except OSError as exc:
            raise RegistreError(
                t(
                    "Impossible de créer le registre « {file} » : {reason}.",
                    "Cannot create the register “{file}”: {reason}.",
                    file=str(path), reason=exc.strerror or exc,
                )
            ) from exc
        try:
            store = cls(cls._engine(path), path)
            store._configure_file()
            store._initialise(language)
        except (SQLAlchemyError, OSError) as exc:
            with contextlib.suppress(OSError):
                path.unlink()
            raise RegistreError(
                t(
                    "Impossible de créer le registre « {file} » : {reason}.",
                    "Cannot create the register “{file}”: {reason}.",
                    file=str(path), reason=getattr(exc, "orig", exc),
                )
            ) from exc
        return store

    def _configure_file(self) -> None:
        try:
            with self.engine.connect() as con:
                con.exec_driver_sql("PRAGMA journal_mode=WAL")
        except OperationalError as exc:
            raise RegistreError(
                t(
                    "Le registre « {file} » ne peut pas être modifié ici ({reason}) ; "
                    "vérifiez les droits du fichier et de son dossier.",
                    "The register “{file}” cannot be written here ({reason}); "
                    "check the permissions of the file and its folder.",
                    file=self.path.name if self.path else "", reason=exc.orig,
                )
            ) from exc

    def _initialise(self, language: str) -> None:
        """Tables, vocabularies and starter lists of a new register, in one transaction."""
        lang = language if language in vocab.LANGUAGES else "fr"
        SQLModel.metadata.create_all(self.engine)
        with self.write() as session:
            session.add(db.Meta(key="language", value=lang))
            session.add(db.Meta(key="created_at", value=now()))
            session.add(db.Organisation(id=1))
            for i, term in enumerate(vocab.LEGAL_BASES):
                session.add(
                    db.LegalBasis(code=term.code, article=term.article, label_fr=term.fr,
                                  label_en=term.en, position=i)
                )
            for i, (name, desc, special, criminal) in enumerate(vocab.STARTER_CATEGORIES[lang]):
                session.add(db.DataCategory(name=name, description=desc, special=special,
                                            criminal=criminal, position=i))
            for i, name in enumerate(vocab.STARTER_SUBJECTS[lang]):
                session.add(db.DataSubject(name=name, position=i))
            for i, (name, kind) in enumerate(vocab.STARTER_RECIPIENTS[lang]):
                session.add(db.Recipient(name=name, kind=kind, position=i))
            session.connection().exec_driver_sql(f"PRAGMA application_id={db.APPLICATION_ID}")
            session.connection().exec_driver_sql(f"PRAGMA user_version={db.SCHEMA_VERSION}")

    def _upgrade(self, version: int) -> None:
        """Bring an older schema up to date; schema 1 is the first released one."""
        if version == db.SCHEMA_VERSION:
            return
        raise not_a_register(self.path or Path())

    def close(self) -> None:
        self.engine.dispose()

    # -- reading and writing --------------------------------------------

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        with Session(self.engine) as session:
            yield session

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """One user operation: all of it is committed when the block ends, or none of it."""
        if self.readonly:
            raise RegistreError(
                t("Ce registre est ouvert en lecture seule.", "This register is open read-only.")
            )
        with Session(self.engine) as session:
            try:
                session.connection().exec_driver_sql("BEGIN IMMEDIATE")
                yield session
                session.commit()
            except OperationalError as exc:
                session.rollback()
                raise RegistreError(
                    t(
                        "L'enregistrement a échoué ({reason}) ; le registre n'a pas été modifié.",
                        "Saving failed ({reason}); the register was not changed.",
                        reason=exc.orig,
                    )
                ) from exc
            except BaseException:
                session.rollback()
                raise

    def language(self) -> str:
        with self.read() as session:
            row = session.get(db.Meta, "language")
            return row.value if row else "fr"

    def meta(self, key: str, default: str = "") -> str:
        with self.read() as session:
            row = session.exec(select(db.Meta).where(db.Meta.key == key)).first()
            return row.value if row else default
