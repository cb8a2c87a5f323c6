"""The file dialogs of the editor: where they open, and those that name a register or an export.

Every file dialog goes through `open_file` or `save_file`, which open in the
folder the user last chose a file in, else in their documents folder (never the
program's working folder), and remember the new one. `ask_*` are module
functions so that tests replace one with monkeypatch, and the main window and
the start-up problem dialog ask the same way. Their texts keep the
"MainWindow" translation context they were translated in.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from gui import settings as keys

translate = QCoreApplication.translate


def settings_of(parent: QWidget | None) -> QSettings:
    """The settings of the window `parent` is in (the main window's own), else the app's."""
    window = parent.window() if parent is not None else None
    found = getattr(window, "settings", None)
    return found if isinstance(found, QSettings) else QSettings()


def start_folder(settings: QSettings) -> Path:
    """The last folder a file was chosen in, else the user's documents, else home."""
    remembered = keys.FILE_FOLDER.get(settings)
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def _chosen(name: str, parent: QWidget | None) -> Path | None:
    if not name:
        return None
    path = Path(name)
    keys.FILE_FOLDER.set(settings_of(parent), str(path.parent))
    return path


def open_file(parent: QWidget | None, title: str, filters: str, *,
              start: str = "") -> Path | None:
    """A file to read, chosen by the user; None when cancelled."""
    folder = start if start and Path(start).exists() else str(start_folder(settings_of(parent)))
    name, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
    return _chosen(name, parent)


def open_files(parent: QWidget | None, title: str, filters: str) -> list[Path]:
    """Files to read (one or several), chosen by the user; [] when cancelled."""
    folder = str(start_folder(settings_of(parent)))
    names, _ = QFileDialog.getOpenFileNames(parent, title, folder, filters)
    return [path for path in (_chosen(name, parent) for name in names) if path is not None]


def save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> Path | None:
    """A file to write, named by the user (`suggested` in the start folder); None if cancelled."""
    where = Path(suggested)
    initial = where if where.is_absolute() else start_folder(settings_of(parent)) / where
    name, _ = QFileDialog.getSaveFileName(parent, title, str(initial), filters)
    return _chosen(name, parent)


def ask_open_register(parent: QWidget | None) -> Path | None:
    return open_file(parent, translate("MainWindow", "Open a register"),
                     translate("MainWindow", "Registers (*.registre *.db);;All files (*)"))


def ask_new_register(parent: QWidget | None) -> Path | None:
    path = save_file(parent, translate("MainWindow", "New register"), "register.db",
                     translate("MainWindow", "Registers (*.registre *.db)"))
    if path is None:
        return None
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
    return save_file(parent, translate("MainWindow", "Export the register as JSON"), suggested,
                     translate("MainWindow", "JSON (*.json)"))


def ask_signed_record(parent: QWidget | None, folder: str = "") -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, translate("HistoryWindow", "A signed record of this register"), folder,
        translate("HistoryWindow", "Signed records (*.pdf)"))
    return Path(name) if name else None
