"""Opening a register in the editor: one writer at a time, a read-only view for the others.

A register already open for writing (another window, another `registre`
process) or one this user may not write is offered read-only: the user can
read, check, verify and export it, never change it. At start-up a register
that cannot be opened at all is not the end: the user picks another one or
creates a new one.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from gui.dialogs import files
from model.core.errors import RegisterLocked, RegisterReadOnly, RegistreError
from model.storage.store import Store

translate = QCoreApplication.translate  # lupdate reads each call: literal context and text


class ReadOnlyOffer:
    """"Already open elsewhere — open it read-only?"; tests replace `ask`."""

    @classmethod
    def ask(cls, parent: QWidget | None, *, path: Path, error: RegistreError) -> bool:
        box, read_only = cls.box(parent, path=path, error=error)
        box.exec()
        return box.clickedButton() is read_only

    @classmethod
    def box(cls, parent: QWidget | None, *, path: Path,
            error: RegistreError) -> tuple[QMessageBox, QAbstractButton]:
        """The question and its "Open read-only" button (the screenshots show it too)."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("Opening", "Register in use"))
        if isinstance(error, RegisterLocked):
            holder = error.holder or translate("Opening", "unknown")
            box.setText(translate("Opening", "“%1” is already open in another window or "
                                             "program (%2).")
                        .replace("%1", path.name).replace("%2", holder))
        else:
            box.setText(translate("Opening", "“%1” cannot be changed here.")
                        .replace("%1", path.name))
        # The lock's own sentence says "already open" again: the question says it once.
        said = "" if isinstance(error, RegisterLocked) else str(error) + "\n\n"
        box.setInformativeText(
            said + translate(
                "Opening", "Open it read-only? You can read, check and export it, "
                           "not change it."))
        read_only = box.addButton(translate("Opening", "Open read-only"),
                                  QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(read_only)
        return box, read_only


def open_store(parent: QWidget | None, path: Path, *, create: bool = False,
               language: str = "fr") -> Store | None:
    """The register at `path`, read-only if the user agrees when it is in use; None if not.

    Other problems (a wrong file, a damaged one) raise `RegistreError` for the caller to tell.
    """
    try:
        return Store.open(path, create=create, language=language)
    except (RegisterLocked, RegisterReadOnly) as exc:
        if not ReadOnlyOffer.ask(parent, path=Path(path), error=exc):
            return None
    return Store.open(path, create=False, readonly=True)


class StartupChoice(Enum):
    OPEN = "open"
    NEW = "new"
    QUIT = "quit"


class StartupProblem:
    """At start-up, the register could not be opened: another, a new one, or quit."""

    @classmethod
    def ask(cls, *, path: Path, message: str) -> StartupChoice:
        box, other, new = cls.box(path=path, message=message)
        box.exec()
        clicked = box.clickedButton()
        if clicked is other:
            return StartupChoice.OPEN
        if clicked is new:
            return StartupChoice.NEW
        return StartupChoice.QUIT

    @classmethod
    def box(cls, *, path: Path,
            message: str) -> tuple[QMessageBox, QAbstractButton, QAbstractButton]:
        box = QMessageBox()
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("Opening", "Cannot open the register"))
        box.setText(translate("Opening", "“%1” cannot be opened.").replace("%1", str(path)))
        box.setInformativeText(message + "\n\n" + translate(
            "Opening", "You can open another register or create a new one."))
        other = box.addButton(translate("Opening", "Open another…"),
                              QMessageBox.ButtonRole.AcceptRole)
        new = box.addButton(translate("Opening", "Create a new one…"),
                            QMessageBox.ButtonRole.ActionRole)
        box.addButton(translate("Opening", "Quit"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(other)
        return box, other, new


def startup_store(path: Path, *, language: str) -> Store | None:
    """The register to start the editor on: `path`, else one the user picks; None to quit."""
    create = True
    while True:
        message = ""
        try:
            store = open_store(None, path, create=create, language=language)
        except RegistreError as exc:
            message = str(exc)
        else:
            if store is not None:
                return store
            message = translate("Opening", "It is open elsewhere and you chose not to open it "
                                           "read-only.")
        choice = StartupProblem.ask(path=path, message=message)
        if choice is StartupChoice.QUIT:
            return None
        chosen = (files.ask_open_register(None) if choice is StartupChoice.OPEN
                  else files.ask_new_register(None))
        if chosen is None:
            continue
        if choice is StartupChoice.NEW and chosen.exists():
            path, create = chosen, False
            continue
        path, create = chosen, choice is StartupChoice.NEW
