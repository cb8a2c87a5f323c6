"""Why a system call or SQLite failed, in the user's words: the one home of those phrases.

The operating system and SQLite explain themselves in English ("Permission
denied", "database or disk is full"); a French message must not embed that.
Failures are told apart by their codes (`errno`, `sqlite_errorcode`, Python
3.11+), never by searching their English text.

It names sqlite3's error codes but runs no SQL, and stays in the core: every
room (storage, exchange, signing, the editor, the crash log) says its failures
here, so moving SQLite's half up into `model.storage` would put one table of
phrases in two homes, or make the core import the storage above it.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from enum import StrEnum

from model.core.i18n import t


class Failure(StrEnum):
    """The classes of failure a user can act on differently."""

    FULL = "full"
    READ_ONLY = "read-only"
    BUSY = "busy"
    CORRUPT = "corrupt"
    IO = "io"
    MISSING = "missing"
    NOT_A_FILE = "not-a-file"
    TOO_LONG = "too-long"
    OTHER = "other"


_SQLITE = {
    sqlite3.SQLITE_FULL: Failure.FULL,
    sqlite3.SQLITE_READONLY: Failure.READ_ONLY,
    sqlite3.SQLITE_PERM: Failure.READ_ONLY,
    sqlite3.SQLITE_CANTOPEN: Failure.READ_ONLY,
    sqlite3.SQLITE_BUSY: Failure.BUSY,
    sqlite3.SQLITE_LOCKED: Failure.BUSY,
    sqlite3.SQLITE_CORRUPT: Failure.CORRUPT,
    sqlite3.SQLITE_NOTADB: Failure.CORRUPT,
    sqlite3.SQLITE_IOERR: Failure.IO,
    sqlite3.SQLITE_TOOBIG: Failure.TOO_LONG,
}

_ERRNO = {
    errno.ENOSPC: Failure.FULL,
    errno.EDQUOT: Failure.FULL,
    errno.EFBIG: Failure.FULL,
    errno.EACCES: Failure.READ_ONLY,
    errno.EPERM: Failure.READ_ONLY,
    errno.EROFS: Failure.READ_ONLY,
    errno.EBUSY: Failure.BUSY,
    errno.EAGAIN: Failure.BUSY,
    errno.EIO: Failure.IO,
    errno.ENOENT: Failure.MISSING,
    errno.ENOTDIR: Failure.MISSING,
    errno.EISDIR: Failure.NOT_A_FILE,
    errno.ENXIO: Failure.NOT_A_FILE,
    errno.ENAMETOOLONG: Failure.TOO_LONG,
}


def _cause(error: BaseException | None) -> BaseException | None:
    """The DB-API error inside a SQLAlchemy one (its `orig`), else the error itself."""
    orig = getattr(error, "orig", None)
    return orig if isinstance(orig, BaseException) else error


def classify(error: BaseException | None) -> Failure:
    """The failure's class, from its code."""
    error = _cause(error)
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        if isinstance(code, int):
            return _SQLITE.get(code & 0xFF, Failure.OTHER)
        return Failure.OTHER
    if isinstance(error, OSError) and error.errno is not None:
        return _ERRNO.get(error.errno, Failure.OTHER)
    if isinstance(error, ValueError) and "null" in str(error).lower():
        return Failure.NOT_A_FILE  # a NUL in a path: os and sqlite3 both raise ValueError
    return Failure.OTHER


def describe(failure: Failure) -> str:
    """The words for a class of failure, in the user's language."""
    words = {
        Failure.FULL: ("le disque est plein", "the disk is full"),
        Failure.READ_ONLY: ("accès refusé : le fichier ou son dossier est en lecture seule",
                            "access denied: the file or its folder is read-only"),
        Failure.BUSY: ("le registre est occupé par un autre programme",
                       "the register is busy in another program"),
        Failure.CORRUPT: ("le fichier est endommagé", "the file is damaged"),
        Failure.IO: ("erreur de lecture ou d'écriture sur le disque",
                     "disk read or write error"),
        Failure.MISSING: ("fichier ou dossier introuvable", "no such file or folder"),
        Failure.NOT_A_FILE: ("ce n'est pas un fichier ordinaire", "not a regular file"),
        Failure.TOO_LONG: ("nom ou contenu trop long", "name or content too long"),
        Failure.OTHER: ("erreur système", "system error"),
    }[failure]
    return t(*words)


def _unreadable(error: BaseException | None) -> bool:
    """Whether `error` refused to read a file that is there and this user may not read:
    "read-only" would then say the opposite of what is wrong."""
    name = getattr(error, "filename", None)
    return isinstance(name, str | bytes | os.PathLike) and os.path.lexists(name) \
        and not os.access(name, os.R_OK)


def reason(error: BaseException | None) -> str:
    """Why `error` happened, for a message: its class in words, with the code for OTHER."""
    failure = classify(error)
    if failure is Failure.READ_ONLY and _unreadable(error):
        return t("accès refusé : vous n'avez pas le droit de lire ce fichier",
                 "access denied: you are not allowed to read this file")
    if failure is not Failure.OTHER:
        return describe(failure)
    cause = _cause(error)
    code = ""
    if isinstance(cause, sqlite3.Error):
        code = str(getattr(cause, "sqlite_errorname", "") or "")
    elif isinstance(cause, OSError) and cause.errno is not None:
        code = errno.errorcode.get(cause.errno, str(cause.errno))
    return f"{describe(failure)} {code}".strip() if code else describe(failure)
