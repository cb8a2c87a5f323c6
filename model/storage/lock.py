"""One writer per register: an advisory lock on `<register>.lock`, held while the store is open.

`fcntl.flock` is tied to the open file, so the kernel releases it when the
process ends, however it ends (SIGKILL included): a crashed editor never
leaves a register locked. The lock file itself stays in place; removing it
would race with the next writer. What is written in it (process, user,
machine, program) only serves the message shown to the second writer.

SQLite's own locking already keeps two writers from corrupting the file; this
lock keeps two *editors* from silently overwriting each other's work, and
lets the second one offer a read-only view instead.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import socket
import sys
import time
from pathlib import Path

from model.core import reasons
from model.core.clock import current_user
from model.core.errors import RegisterLocked, RegisterReadOnly
from model.core.i18n import t

POLL_SECONDS = 0.05


def lock_path(register: Path) -> Path:
    return register.with_name(register.name + ".lock")


def _program() -> str:
    if "gui.app" in sys.modules or "PySide6.QtWidgets" in sys.modules:
        return "editor"
    return "cli" if "model.cli" in sys.modules else "other"


class WriterLock:
    """The exclusive right to write one register, for as long as this object is open."""

    def __init__(self, register: Path, *, wait: float = 0.0) -> None:
        """Take the lock, waiting up to `wait` seconds for another writer to let go.

        Raises `RegisterLocked` when someone else keeps it, `RegisterReadOnly`
        when the lock file cannot be created (read-only folder or medium).
        """
        self.path = lock_path(register)
        self._fd: int | None = None
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        except OSError as exc:
            raise RegisterReadOnly.here(register.name, reasons.reason(exc)) from exc
        deadline = time.monotonic() + max(0.0, wait)
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = _read_holder(fd)
                    os.close(fd)
                    raise RegisterLocked(_locked_message(register, holder),
                                         holder=holder) from None
                time.sleep(POLL_SECONDS)
            except OSError as exc:  # a file system without flock: refuse rather than risk it
                os.close(fd)
                raise RegisterReadOnly(
                    t("Impossible de verrouiller le registre « {file} » ({reason}).",
                      "Cannot lock the register “{file}” ({reason}).",
                      file=register.name, reason=reasons.reason(exc))
                ) from exc
        self._fd = fd
        self._write_holder()

    def _write_holder(self) -> None:
        assert self._fd is not None
        info = {"pid": os.getpid(), "user": current_user(), "host": socket.gethostname(),
                "program": _program()}
        data = json.dumps(info).encode()
        with contextlib.suppress(OSError):  # only informative: a full disk must not stop us
            os.ftruncate(self._fd, 0)
            os.pwrite(self._fd, data, 0)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)

    def __del__(self) -> None:
        self.release()


def _read_holder(fd: int) -> str:
    """Who holds the lock, in words, from what they wrote in the lock file."""
    try:
        info = json.loads(os.pread(fd, 4096, 0).decode("utf-8") or "{}")
    except (OSError, ValueError):
        return ""
    if not isinstance(info, dict) or not info.get("pid"):
        return ""
    program = {
        "editor": t("l'éditeur", "the editor"),
        "cli": t("la ligne de commande", "the command line"),
    }.get(str(info.get("program")), t("un autre programme", "another program"))
    return t("{program}, utilisateur {user} sur {host}, processus {pid}",
             "{program}, user {user} on {host}, process {pid}",
             program=program, user=info.get("user", "?"), host=info.get("host", "?"),
             pid=info.get("pid"))


def _locked_message(register: Path, holder: str) -> str:
    if holder:
        return t(
            "Le registre « {file} » est déjà ouvert en écriture ailleurs ({holder}) ; "
            "fermez-le là-bas, ou ouvrez-le ici en lecture seule.",
            "The register “{file}” is already open for writing elsewhere ({holder}); "
            "close it there, or open it here read-only.",
            file=register.name, holder=holder,
        )
    return t(
        "Le registre « {file} » est déjà ouvert en écriture ailleurs ; fermez-le là-bas, "
        "ou ouvrez-le ici en lecture seule.",
        "The register “{file}” is already open for writing elsewhere; close it there, "
        "or open it here read-only.",
        file=register.name,
    )
