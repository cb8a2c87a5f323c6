"""The main window: register files, menus and toolbar, status bar, crash safety net."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from gui import app as gui_app
from gui.activities.table import COL_NAME
from gui.commands import undo
from gui.dialogs import files
from gui.mainwindow.window import MainWindow
from model.register import crud
from model.storage.store import Store


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, settings: QSettings) -> MainWindow:
    store = Store.open(tmp_path / "register.db")
    with store.write() as session:
        crud.create_activity(session, name="Gestion des clients", purpose="Commandes",
                             categories=["Identité"], bases=[("contract", "")],
                             subjects=["Clients"], retention="3 ans")
        crud.create_activity(session, name="Paie", purpose="Payer les salariés")
    w = MainWindow(store=store, settings=settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.adapter.store.close()


def test_title_status_and_actions(window: MainWindow) -> None:
    assert window.windowFilePath().endswith("register.db")
    n = window.activities.model.incomplete_count()
    assert n >= 1  # "Paie" has no categories, bases, subjects nor retention
    assert window.completeness_label.text() == (f"{n} of 2 activities incomplete; "
                                                "organisation incomplete")
    assert window.file_label.text().endswith("register.db")
    assert not window.undo_action.isEnabled()


def test_new_edit_undo_via_toolbar_actions(qtbot: QtBot, window: MainWindow,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    page = window.activities
    page.view.selectRow(1)
    window.new_action.trigger()
    assert page.model.rowCount() == 3
    editor = page.view.findChild(QLineEdit, "textEditor")
    assert editor is not None
    qtbot.keyClicks(editor, "Badges")
    with qtbot.waitSignal(window.adapter.activitiesChanged):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert window.undo_action.text() == "Undo Edit name of T-003"
    monkeypatch.setattr(undo.ConfirmDialog, "ask", classmethod(lambda *a, **k: True))
    window.delete_action.trigger()
    assert page.model.rowCount() == 2
    assert window.undo_action.text() == "Undo Delete activity T-003"
    window.undo_action.trigger()
    assert page.model.rowCount() == 3
    window.undo_action.trigger()
    assert page.model.row_at(2).view.name == ""
    window.redo_action.trigger()
    assert page.model.row_at(2).view.name == "Badges"
    qtbot.waitUntil(lambda: window.completeness_label.text().startswith(
        f"{window.activities.model.incomplete_count()} of 3 activities incomplete"))


def test_the_toolbars_undo_button_names_the_edit_in_its_tip_and_stays_put(
        qtbot: QtBot, window: MainWindow) -> None:
    """The Edit menu names the edit to undo; the toolbar's button keeps its label (its tip
    names it), so that an edit does not lay the toolbar out again; clicking it undoes."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QToolButton

    undo_button = next(
        b for b in window.toolbar.findChildren(QToolButton)
        if b.defaultAction() is not None and b.defaultAction().objectName() == "undoButton")
    assert not undo_button.isEnabled()
    layouts: list[int] = []

    class Count(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.LayoutRequest:
                layouts.append(1)
            return False

    counter = Count()
    page = window.activities
    assert page.proxy.setData(page.proxy.index(0, COL_NAME), "Clients")
    qtbot.wait(1)  # the button enabled, its tip set
    window.toolbar.installEventFilter(counter)
    assert page.proxy.setData(page.proxy.index(1, COL_NAME), "Paie des salariés")
    qtbot.wait(1)
    assert undo_button.isEnabled() and undo_button.text() == "Undo"
    assert undo_button.toolTip() == window.undo_action.text() == "Undo Edit name of T-002"
    assert layouts == []  # the menu's text changed, the bar stayed as it was
    qtbot.mouseClick(undo_button, Qt.MouseButton.LeftButton)
    assert page.proxy.index(1, COL_NAME).data() == "Paie"
    assert undo_button.toolTip() == "Undo Edit name of T-001"
    window.toolbar.removeEventFilter(counter)


def test_search_field_filters_the_current_page(qtbot: QtBot, window: MainWindow) -> None:
    window.focus_search()
    qtbot.keyClicks(window.search, "identite")
    assert window.activities.proxy.rowCount() == 1
    assert window.activities.proxy.index(0, COL_NAME).data() == "Gestion des clients"
    window.search.clear()
    assert window.activities.proxy.rowCount() == 2


def test_unreadable_file_keeps_the_current_register(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "notes.db"
    bad.write_text("not a database at all, just some notes " * 10)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text, *a: shown.append(text)))
    monkeypatch.setattr(files, "ask_open_register", lambda parent: bad)
    window.open_action.trigger()
    assert shown and "notes.db" in shown[0] and "n'est pas un registre" in shown[0]
    assert window.windowFilePath().endswith("register.db")
    assert window.activities.model.rowCount() == 2
    assert bad.read_text().startswith("not a database")


def test_new_register_then_reopen_finds_every_edit(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, settings: QSettings,
        monkeypatch: pytest.MonkeyPatch) -> None:
    other = tmp_path / "autre.db"
    monkeypatch.setattr(files, "ask_new_register", lambda parent: other)
    window.new_register_action.trigger()
    assert window.windowFilePath().endswith("autre.db")
    assert window.activities.model.rowCount() == 0
    window.new_action.trigger()
    editor = window.activities.view.findChild(QLineEdit, "textEditor")
    assert editor is not None
    qtbot.keyClicks(editor, "Newsletter")
    with qtbot.waitSignal(window.adapter.activitiesChanged):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    detail = window.activities.detail
    detail.edits["retention"].setFocus()
    qtbot.keyClicks(detail.edits["retention"], "3 ans")
    window.close()  # flushes the typing not saved yet
    window.adapter.store.close()  # lets go of the writer lock, as quitting does
    assert settings.value("recentFiles")[0] == str(other)

    store = Store.open(other)
    with store.read() as session:
        (activity,) = crud.activities(session)
        assert activity.name == "Newsletter"
        assert activity.retention == "3 ans"
    store.close()
    window2 = MainWindow(store=Store.open(other), settings=settings)
    qtbot.addWidget(window2)
    assert window2.activities.model.row_at(0).view.name == "Newsletter"
    window2.adapter.store.close()


def test_export_json(window: MainWindow, tmp_path: Path,
                     monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.json"
    monkeypatch.setattr(files, "ask_export_json",
                        lambda parent, suggested: target)
    window.export_action.trigger()
    assert '"Gestion des clients"' in target.read_text(encoding="utf-8")


def test_export_spreadsheet_from_the_file_menu(window: MainWindow, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from openpyxl import load_workbook

    from model.core import catalogue

    target = tmp_path / "out.xlsx"
    monkeypatch.setattr(files, "ask_export_spreadsheet", lambda parent, stem: target)
    file_menu = window.menuBar().actions()[0].menu()
    assert window.export_sheet_action in file_menu.actions()
    window.export_sheet_action.trigger()
    sheet = load_workbook(target).worksheets[0]
    rows = [[c or "" for c in row] for row in sheet.iter_rows(values_only=True)]
    name = rows[0].index(catalogue.by_key("name").label("fr"))
    retention = rows[0].index(catalogue.by_key("retention").label("fr"))
    assert [r[name] for r in rows[1:]] == ["Gestion des clients", "Paie"]
    assert rows[1][retention] == "3 ans"
    assert str(target) in window.statusBar().currentMessage()


def test_a_spreadsheet_export_says_which_cell_is_longer_than_excel_keeps(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A retention of 40,000 characters (a policy pasted whole): the XLSX holds it whole, the
    user is told that Excel would cut that cell, which one, before they open it there."""
    from model.exchange import table_export

    first = window.activities.model.row_at(0)
    policy = ("Politique de conservation détaillée. " * 1100).strip()
    window.adapter.update_activity(first.id, retention=policy)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text, *a: shown.append(text)))
    target = tmp_path / "out.xlsx"
    monkeypatch.setattr(files, "ask_export_spreadsheet", lambda parent, stem: target)
    window.export_sheet_action.trigger()
    assert len(shown) == 1
    assert "ligne 2" in shown[0] and "Durée de conservation" in shown[0]
    assert "32767" in shown[0].replace("\u202f", "").replace(" ", "")
    back = table_export.read(target)  # the file holds the whole text, as LibreOffice reads it
    assert back is not None and back["activities"][0]["retention"] == policy


def test_excepthook_logs_and_tells(monkeypatch: pytest.MonkeyPatch, window: MainWindow) -> None:
    shown: list[Any] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    try:
        raise ValueError("boom")
    except ValueError:
        gui_app.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    assert shown and "boom" in shown[0]
    logged = gui_app.log_path().read_text(encoding="utf-8")
    assert "builtins.ValueError" in logged and "test_mainwindow.py" in logged
    assert "boom" not in logged  # classes and places only: a message may hold personal data


def test_language_choice(settings: QSettings, monkeypatch: pytest.MonkeyPatch) -> None:
    settings.setValue("language", "en")
    assert gui_app.choose_language(settings) == "en"
    settings.setValue("language", "")
    assert gui_app.choose_language(settings) == "fr"  # REGISTRE_LANG is pinned to fr


def test_no_display_is_said_in_a_sentence_not_an_abort(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from gui import app

    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(app.sys, "platform", "linux")
    assert app.main(None) == 2
    assert "aucun écran" in capsys.readouterr().err
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr("ctypes.util.find_library",
                        lambda name: None if name in ("xcb-cursor", "xcb-icccm") else name)
    assert "apt install libxcb-cursor0 libxcb-icccm4)" in (app.display_problem() or "")


def test_preferences_go_to_the_windows_settings(window: MainWindow, settings: QSettings,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Edit ▸ Preferences writes where the window reads its settings, as the next start does."""
    from gui.dialogs.preferences import PreferencesDialog

    def choose_english(dialog: PreferencesDialog) -> int:
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(PreferencesDialog, "exec", choose_english)
    window.preferences_action.trigger()
    assert settings.value("language") == "en"
    assert gui_app.choose_language(settings) == "en"
