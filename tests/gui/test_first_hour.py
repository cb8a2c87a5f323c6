"""Issue 13's findings, each driven as the user met it in the first hour with the editor."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from gui.activities.table import COL_COMPLETE, COL_NAME, FindingsRole
from gui.commands import undo
from gui.mainwindow.window import MainWindow
from model import check, cli
from model.core import catalogue, i18n
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
        if model.row_at(r).view.name == name:
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


def select_row(window: MainWindow, name: str) -> None:
    page = window.activities
    for r in range(page.proxy.rowCount()):
        if page.proxy.index(r, COL_NAME).data() == name:
            page.view.selectRow(r)
            return
    raise AssertionError(name)


def test_detail_panel_follows_the_selection(qtbot: QtBot, window: MainWindow,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    page = window.activities
    select_row(window, "Paie")
    assert page.detail.edits["name"].text() == "Paie"
    qtbot.keyClicks(window.search, "video")  # the selected row is filtered away
    assert page.detail.activity_id is None
    assert page.detail.pages.currentWidget() is page.detail.empty
    window.search.clear()
    select_row(window, "Paie")
    bottom = page.view.viewport().rect().bottomLeft() + QPoint(5, -5)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=bottom)
    assert not page.selected_ids()
    assert page.detail.activity_id is None
    select_row(window, "Paie")
    monkeypatch.setattr(undo.ConfirmDialog, "ask", classmethod(lambda *a, **k: True))
    window.delete_action.trigger()
    assert page.detail.activity_id is None or page.detail.activity_id in page.selected_ids()
    assert not window.duplicate_action.isEnabled() or page.selected_ids()


def test_ctrl_y_redoes(qtbot: QtBot, window: MainWindow) -> None:
    window.new_action.trigger()
    count = window.activities.model.rowCount()
    window.undo_action.trigger()
    assert window.activities.model.rowCount() == count - 1
    qtbot.keyClick(window.activities.view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.activities.model.rowCount() == count


def test_validating_an_incomplete_activity_asks_first_listing_what_lacks(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    answer = [False]

    def ask(cls: object, parent: object, **kw: str) -> bool:
        asked.append(kw["details"])
        return answer[0]

    monkeypatch.setattr(undo.ConfirmDialog, "ask", classmethod(ask))
    select_row(window, "Paie")
    detail = window.activities.detail
    detail.status.setCurrentIndex(detail.status.findData("validated"))
    detail.status.activated.emit(detail.status.currentIndex())
    assert (asked and "retention period is missing" in asked[0]) or "conservation" in asked[0]
    assert detail.view.status != "validated"
    assert detail.status.currentData() == detail.view.status
    answer[0] = True
    detail.status.setCurrentIndex(detail.status.findData("validated"))
    detail.status.activated.emit(detail.status.currentIndex())
    assert detail.view.status == "validated"
    select_row(window, "Gestion des clients")  # nothing missing: no question
    asked.clear()
    detail.status.setCurrentIndex(detail.status.findData("validated"))
    detail.status.activated.emit(detail.status.currentIndex())
    assert asked == [] and detail.view.status == "validated"


def validated_at(window: MainWindow, activity_id: int | None) -> object:
    """The validation date the register holds for the activity."""
    activity = window.adapter.activity(activity_id or 0)
    assert activity is not None
    return activity.value(catalogue.by_key("validated_at"))


def test_a_date_that_is_no_date_is_marked_and_not_saved(qtbot: QtBot, window: MainWindow) -> None:
    select_row(window, "Paie")
    detail = window.activities.detail
    edit = detail.edits["validated_at"]
    for typed in ("hier soir", "31/02/2026", "2026-02-28 environ"):
        edit.setFocus()
        edit.selectAll()
        qtbot.keyClicks(edit, typed)
        detail.flush()
        assert detail.date_problem.isVisible() and typed in detail.date_problem.text()
        assert validated_at(window, detail.activity_id) in (None, "")
    edit.selectAll()
    day = QDate(2026, 2, 28)
    qtbot.keyClicks(edit, QLocale().toString(day, QLocale.FormatType.ShortFormat))
    detail.flush()
    assert not detail.date_problem.isVisible()
    assert validated_at(window, detail.activity_id) == "2026-02-28"
    assert edit.text() == QLocale().toString(day, QLocale.FormatType.ShortFormat)


def test_file_dialogs_open_in_the_documents_folder_then_where_the_user_went(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    documents = Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation))
    documents.mkdir(parents=True, exist_ok=True)
    elsewhere = tmp_path / "ailleurs"
    elsewhere.mkdir()
    opened_in: list[str] = []

    def fake_open(parent: object, title: str, folder: str, filters: str) -> tuple[str, str]:
        opened_in.append(folder)
        return str(elsewhere / "autre.db"), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake_open))
    monkeypatch.setattr(MainWindow, "open_register", lambda self, path, **k: True)
    window.open_action.trigger()
    window.open_action.trigger()
    assert opened_in == [str(documents), str(elsewhere)]
    assert Path.cwd() != documents


def test_qt_own_dialogs_and_dates_speak_french(qtbot: QtBot) -> None:
    from gui import app as gui_app

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    installed = gui_app.install_translators(app, "fr")
    try:
        dialog = QFileDialog()
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        texts = {label.text().replace("&", "").replace("\xa0", " ")
                 for label in dialog.findChildren(QLabel)}
        assert {"Voir dans :", "Type de fichier :", "Nom de fichier :"} <= texts
        assert QLocale().toString(QDate(2026, 12, 1), QLocale.FormatType.ShortFormat) \
            == "01/12/2026"
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale.c())
        i18n.set_language("")


def test_a_duplicate_is_told_apart_and_several_deletions_read_in_the_plural(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    select_row(window, "Paie")
    window.duplicate_action.trigger()
    names = [window.activities.model.row_at(r).view.name
             for r in range(window.activities.model.rowCount())]
    assert "Paie (copie)" in names  # the register is French
    seen: list[str] = []
    monkeypatch.setattr(undo.ConfirmDialog, "ask",
                        classmethod(lambda cls, parent, **kw: seen.append(kw["details"])))
    window.activities.view.selectAll()
    window.delete_action.trigger()
    assert seen and seen[0].startswith("Their purposes") and "go with them" in seen[0]


def test_an_empty_register_offers_three_ways_in(qtbot: QtBot, tmp_path: Path,
                                                settings: QSettings) -> None:
    window = open_window(qtbot, Store.open(tmp_path / "vide.db"), settings)
    page = window.activities
    assert page.stack.currentWidget() is page.welcome
    qtbot.mouseClick(page.welcome.findChild(QPushButton, "typicalButton"),
                     Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.splitter
    names = [page.model.row_at(r).view.name for r in range(page.model.rowCount())]
    assert "Gestion de la paie" in names and len(names) >= 5  # the register is French
    paie = page.model.row_at(names.index("Gestion de la paie")).view
    assert all(paie.value(catalogue.by_key(key))
               for key in ("retention", "legal_bases", "data_categories"))
    window.undo_action.trigger()
    assert page.model.rowCount() == 0 and page.stack.currentWidget() is page.welcome
    window.redo_action.trigger()
    assert page.model.rowCount() == len(names)
    window.undo_action.trigger()
    qtbot.mouseClick(page.welcome.findChild(QPushButton, "addButton"), Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 1 and page.stack.currentWidget() is page.splitter
    window.adapter.store.close()


def test_the_guide_speaks_the_interface_language(qtbot: QtBot) -> None:
    from gui.dialogs.guide import GuideDialog

    for lang, words in (("fr", ("article 30", "Importer", "signer", "sauvegardes")),
                        ("en", ("Article 30", "Importing", "signing", "Backups"))):
        i18n.set_language(lang)
        dialog = GuideDialog()
        qtbot.addWidget(dialog)
        text = dialog.browser.toPlainText()
        assert all(word in text for word in words), (lang, words)
    i18n.set_language("")
