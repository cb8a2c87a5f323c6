"""Issue 13's findings, each driven as the user met it in the first hour with the editor."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from gui.activities.table import COL_COMPLETE, COL_NAME, FindingsRole
from gui.mainwindow.window import MainWindow
from model import check, cli
from model.register import crud
from model.signing import publish
from model.storage import history
from model.storage.store import Store


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def make_register(path: Path) -> Store:
    store = Store.open(path)
    with store.write() as session:
        crud.create_activity(session, name="Gestion des clients", purpose="Commandes",
                             categories=["Identité"], bases=[("contract", "")],
                             subjects=["Clients"], retention="3 ans")
        crud.create_activity(session, name="Paie", purpose="Payer les salariés")
        crud.create_activity(session, name="Vidéo", purpose="Sécurité des locaux",
                             categories=["Images"], bases=[("legitimate_interests", "")],
                             subjects=["Visiteurs"], retention="30 jours")
    return store


def open_window(qtbot: QtBot, store: Store, settings: QSettings) -> MainWindow:
    window = MainWindow(store=store, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, settings: QSettings) -> Iterator[MainWindow]:
    w = open_window(qtbot, make_register(tmp_path / "register.db"), settings)
    yield w
    w.adapter.store.close()


def fill_organisation(qtbot: QtBot, window: MainWindow) -> None:
    window.nav.setCurrentRow(window.pages.indexOf(window.organisation))
    for name, text in (("name", "Boulangerie Martin"), ("email", "contact@martin.fr")):
        editor = window.organisation.fields[name]
        assert isinstance(editor, QLineEdit)
        editor.setFocus()
        qtbot.keyClicks(editor, text)
    window.nav.setCurrentRow(0)  # leaving the page saves what was typed


def row_findings(window: MainWindow, name: str) -> list[str]:
    model = window.activities.model
    for r in range(model.rowCount()):
        if model.row_at(r).data["name"] == name:
            return list(model.index(r, COL_COMPLETE).data(FindingsRole))
    raise AssertionError(name)


def test_rows_status_bar_check_and_cli_count_alike(
        qtbot: QtBot, window: MainWindow, settings: QSettings, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    fill_organisation(qtbot, window)
    assert row_findings(window, "Gestion des clients") == []  # nothing missing: no "2 missing"
    assert not any("Organisation" in f or "responsable" in f
                   for f in row_findings(window, "Paie"))
    complete = window.activities.model.index(0, COL_COMPLETE).data()
    assert "missing" not in complete
    doc = window.adapter.document()
    incomplete = check.incomplete_references(check.check_document(doc))
    assert len(incomplete) == 2  # Paie, and Vidéo's unstated legitimate interest
    qtbot.waitUntil(lambda: window.completeness_label.text() == "2 of 3 activities incomplete")
    window.close()
    window.adapter.store.close()
    again = open_window(qtbot, Store.open(tmp_path / "register.db"), settings)
    assert again.completeness_label.text() == "2 of 3 activities incomplete"  # after a restart
    again.adapter.store.close()
    assert cli.run(["--db", str(tmp_path / "register.db"), "check"]) != 0
    assert "activités incomplètes : 2 sur 3" in capsys.readouterr().out


def test_status_bar_tells_an_incomplete_organisation(window: MainWindow) -> None:
    assert window.completeness_label.text().endswith("organisation incomplete")


def test_changes_since_the_signed_record_are_what_differs_from_it(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    publish.export_pdf(window.adapter.store, tmp_path / "record.pdf",
                       sign=publish.SignOptions(password=b"secret", signer="Claire Martin"))
    window.update_status()
    assert window.signed_label.text().startswith("Signed record up to date")
    page = window.activities
    for text in ("Clients et prospects", "Clients"):
        page.view.setCurrentIndex(page.proxy.index(0, COL_NAME))
        page.view.edit(page.view.currentIndex())
        editor = next(e for e in page.view.findChildren(QLineEdit, "textEditor")
                      if e.isVisible())
        editor.selectAll()
        qtbot.keyClicks(editor, text)
        with qtbot.waitSignal(window.adapter.activitiesChanged):
            qtbot.keyClick(editor, Qt.Key.Key_Return)
    window.undo_action.trigger()
    window.undo_action.trigger()
    window.redo_action.trigger()
    window.redo_action.trigger()
    window.update_status()
    assert window.signed_label.text().startswith("1 change(s) since the last signed record")
    window.undo_action.trigger()
    window.undo_action.trigger()
    window.update_status()  # back where the record was: four history entries, no change
    with window.adapter.read() as session:
        assert len(history.entries(session, entity="activity")) > 4
    assert window.signed_label.text().startswith("Signed record up to date")


def test_an_activity_added_then_removed_is_no_change(window: MainWindow, tmp_path: Path) -> None:
    publish.export_pdf(window.adapter.store, tmp_path / "record.pdf",
                       sign=publish.SignOptions(password=b"secret", signer="Claire Martin"))
    window.new_action.trigger()
    window.undo_action.trigger()
    window.update_status()
    assert window.signed_label.text().startswith("Signed record up to date")
    window.new_action.trigger()
    window.update_status()
    assert window.signed_label.text().startswith("1 change(s)")


def test_organisation_typing_is_one_history_entry_per_field(
        qtbot: QtBot, window: MainWindow) -> None:
    fill_organisation(qtbot, window)
    with window.adapter.read() as session:
        entries = history.entries(session, entity="organisation")
    assert [(e.field, e.new) for e in entries] == [("email", "contact@martin.fr"),
                                                   ("name", "Boulangerie Martin")] or [
        (e.field, e.new) for e in entries] == [("name", "Boulangerie Martin"),
                                               ("email", "contact@martin.fr")]


def test_an_invalid_email_is_marked_explained_and_not_saved(
        qtbot: QtBot, window: MainWindow) -> None:
    window.nav.setCurrentRow(window.pages.indexOf(window.organisation))
    page = window.organisation
    editor = page.fields["email"]
    assert isinstance(editor, QLineEdit)
    editor.setFocus()
    qtbot.keyClicks(editor, "contact at boutique")
    assert page.problems["email"].isVisible()
    assert "contact at boutique" in page.problems["email"].text()
    window.close()  # closing saves what is valid, not this
    with window.adapter.read() as session:
        assert crud.get_organisation(session).email == ""
    editor.clear()
    qtbot.keyClicks(editor, "contact@boutique.fr")
    assert not page.problems["email"].isVisible()
    page.flush()
    with window.adapter.read() as session:
        assert crud.get_organisation(session).email == "contact@boutique.fr"
