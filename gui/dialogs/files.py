"""The file dialogs that name a register or an export, one function each.

They are module functions so that tests replace one with monkeypatch, and the
main window and the start-up problem dialog ask the same way. Their texts keep
the "MainWindow" translation context they were translated in.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

translate = QCoreApplication.translate


def ask_open_register(parent: QWidget | None) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, translate("MainWindow", "Open a register"), "",
        translate("MainWindow", "Registers (*.registre *.db);;All files (*)"))
    return Path(name) if name else None


def ask_new_register(parent: QWidget | None) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent, translate("MainWindow", "New register"), "register.db",
        translate("MainWindow", "Registers (*.registre *.db)"))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(".db")


def ask_export_json(parent: QWidget | None, suggested: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent, translate("MainWindow", "Export the register as JSON"), suggested,
        translate("MainWindow", "JSON (*.json)"))
    return Path(name) if name else None
