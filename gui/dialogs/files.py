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


def ask_export_spreadsheet(parent: QWidget | None, stem: str) -> Path | None:
    """A spreadsheet file to export to; its extension (from the chosen type) says the format."""
    filters = {
        ".xlsx": translate("MainWindow", "Excel workbook (*.xlsx)"),
        ".ods": translate("MainWindow", "OpenDocument spreadsheet (*.ods)"),
        ".csv": translate("MainWindow", "CSV, activities only (*.csv)"),
    }
    name, chosen = QFileDialog.getSaveFileName(
        parent, translate("MainWindow", "Export the register as a spreadsheet"),
        f"{stem}.xlsx", ";;".join(filters.values()))
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in filters:
        suffix = next((s for s, f in filters.items() if f == chosen), ".xlsx")
        path = path.with_name(path.name + suffix)
    return path


def ask_export_json(parent: QWidget | None, suggested: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent, translate("MainWindow", "Export the register as JSON"), suggested,
        translate("MainWindow", "JSON (*.json)"))
    return Path(name) if name else None
