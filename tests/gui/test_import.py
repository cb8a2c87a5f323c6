"""Importing a table through the preview: one undoable step, nothing changed on a bad file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from gui.adapter import StoreAdapter
from gui.dialogs.importing import ImportDialog, ProblemRole, run_import
from model.register import crud
from model.storage import schema
from model.storage.store import Store
from tests.guikit import count_reads


@pytest.fixture
def adapter(store: Store) -> StoreAdapter:
    return StoreAdapter(store=store)


def activity_count(store: Store) -> int:
    with store.read() as session:
        return len(crud.activities(session))


def category_names(store: Store) -> list[str]:
    with store.read() as session:
        return [c.name for c in crud.list_items(session, schema.DataCategory)]


def open_dialog(qtbot: QtBot, adapter: StoreAdapter, path: Path) -> ImportDialog:
    parsed, known = ImportDialog.parse(adapter=adapter, path=path)
    dialog = ImportDialog(parsed, source=path.name, known_categories=known)
    qtbot.addWidget(dialog)
    return dialog


def accept_with(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                drive: Any = None) -> list[ImportDialog]:
    """Replace the modal exec(): let `drive` act on the dialog, then click Import."""
    seen: list[ImportDialog] = []

    def fake_exec(dialog: ImportDialog) -> int:
        qtbot.addWidget(dialog)
        seen.append(dialog)
        if drive is not None:
            drive(dialog)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        return int(dialog.result())

    monkeypatch.setattr(ImportDialog, "exec", fake_exec)
    return seen


def test_preview_model_passes_the_model_tester(qtbot: QtBot, qtmodeltester: Any,
                                               adapter: StoreAdapter, seed: Path) -> None:
    dialog = open_dialog(qtbot, adapter, seed)
    qtmodeltester.check(dialog.model)


def test_preview_marks_problems_and_offers_the_unmapped_basis(
        qtbot: QtBot, adapter: StoreAdapter, seed: Path) -> None:
    dialog = open_dialog(qtbot, adapter, seed)
    model = dialog.model
    assert model.rowCount() == 11
    last = model.rowCount() - 1
    assert model.index(last, 0).data() == 16
    assert model.index(last, 0).data(ProblemRole) == "warning"
    assert model.index(0, 0).data(ProblemRole) == ""
    tip = model.index(last, 4).data(Qt.ItemDataRole.ToolTipRole)
    assert "présenter ou contester une réclamation" in tip
    assert "not recognised" in model.index(last, 4).data()
    assert model.index(last, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert dialog.problems.count() == 2
    assert dialog.import_button.isEnabled()
    wording = "Nécessaire pour présenter ou contester une réclamation"
    assert list(dialog.basis_combos) == [wording]

    combo = dialog.basis_combos[wording]
    combo.setCurrentIndex(combo.findData("legitimate_interests"))
    assert model.index(last, 4).data() == "Intérêts légitimes"
    plan = dialog.plan()
    row = plan.table().rows[last]
    assert row.bases == [("legitimate_interests",
                          "Nécessaire pour présenter ou contester une réclamation")]
    assert row.unmapped_basis == ""
    assert dialog.parsed.rows[last].bases == [], "the parsed table itself is left as read"


def test_rows_that_share_an_unrecognised_wording_get_one_choice_for_all(
        qtbot: QtBot, adapter: StoreAdapter, tmp_path: Path) -> None:
    """A register repeats its wordings: one choice a wording, and it applies to every row
    that gives it, while a wording of its own keeps its own."""
    wording = "Selon la politique du groupe"
    table = tmp_path / "registre.tsv"
    rows = ["But\tDonnées\tFondement légal"]
    rows += [f"Activité {i}\tIdentité\t{wording}" for i in range(8)]
    rows += ["Dernière\tContact\tDécision du comité"]
    table.write_text("\n".join(rows) + "\n", encoding="utf-8")
    dialog = open_dialog(qtbot, adapter, table)
    assert list(dialog.basis_combos) == [wording, "Décision du comité"]
    labels = [w.text() for w in dialog.findChildren(QLabel) if wording in w.text()]
    assert labels == [f"Lignes 2, 3, 4, 5, 6, 7, 8 et 9 : “{wording}”"]
    combo = dialog.basis_combos[wording]
    combo.setCurrentIndex(combo.findData("legitimate_interests"))
    rows_out = dialog.plan().table().rows
    assert [r.bases for r in rows_out[:8]] == [[("legitimate_interests", wording)]] * 8
    assert rows_out[8].bases == [] and rows_out[8].unmapped_basis == "Décision du comité"
    assert dialog.model.index(7, 4).data() == "Intérêts légitimes"
    combo.setCurrentIndex(0)
    assert all(r.bases == [] for r in dialog.plan().table().rows)


def test_the_problems_list_says_a_shared_message_once(
        qtbot: QtBot, adapter: StoreAdapter, tmp_path: Path) -> None:
    """Hundreds of rows giving the same wording make one line in the problems list, not one
    a row; the rows themselves are still each marked."""
    table = tmp_path / "registre.tsv"
    rows = ["But\tDonnées\tFondement légal"]
    rows += [f"Activité {i}\tIdentité\tSelon la politique du groupe" for i in range(300)]
    table.write_text("\n".join(rows) + "\n", encoding="utf-8")
    dialog = open_dialog(qtbot, adapter, table)
    assert dialog.problems.count() == 1
    assert dialog.problems.item(0).text().startswith("Lignes 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 "
                                                     "et 290 autres : ")
    model = dialog.model
    assert all(model.index(r, 0).data(ProblemRole) == "warning" for r in range(300))


def test_import_the_seed_then_undo_and_redo(qtbot: QtBot, adapter: StoreAdapter, store: Store,
                                            seed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def assign(dialog: ImportDialog) -> None:
        combo = next(iter(dialog.basis_combos.values()))
        combo.setCurrentIndex(combo.findData("legitimate_interests"))

    accept_with(qtbot, monkeypatch, assign)
    stack = QUndoStack()
    result = run_import(None, adapter=adapter, undo_stack=stack, path=seed)
    assert result is not None
    assert activity_count(store) == 11
    assert stack.count() == 1
    assert stack.undoText() == "Import 11 activity(ies) from “seed-register-fr.tsv”"
    with store.read() as session:
        last = crud.activity_dict(session, crud.activities(session)[-1])
    assert last["legal_bases"][0]["code"] == "legitimate_interests"
    assert last["legal_basis_text"] == "Nécessaire pour présenter ou contester une réclamation"

    stack.undo()
    assert activity_count(store) == 0
    stack.redo()
    assert activity_count(store) == 11
    with store.read() as session:
        assert [a.reference for a in crud.activities(session)][:2] == ["T-001", "T-002"]


def test_import_creates_categories_and_undo_takes_them_away(
        qtbot: QtBot, adapter: StoreAdapter, store: Store, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    table = tmp_path / "paie.csv"
    table.write_text(
        "Finalité;Catégories de données;Base légale\n"
        "Gestion de la paie;Identité, Coordonnées bancaires, Numéro de sécurité sociale;"
        "Obligation légale\n"
        "Recrutement;Identité, CV;Exécution d'un contrat\n",
        encoding="utf-8")
    before = category_names(store)
    seen = accept_with(qtbot, monkeypatch)
    stack = QUndoStack()
    assert run_import(None, adapter=adapter, undo_stack=stack, path=table) is not None
    new = [c for c in category_names(store) if c not in before]
    assert new, "the file names categories the register does not have"
    assert all(name in seen[0].new_categories.text() for name in new)
    assert activity_count(store) == 2

    stack.undo()
    assert activity_count(store) == 0
    assert category_names(store) == before
    stack.redo()
    assert activity_count(store) == 2
    assert [c for c in category_names(store) if c not in before] == new


def test_a_broken_file_says_why_and_changes_nothing(
        qtbot: QtBot, adapter: StoreAdapter, store: Store, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    broken = tmp_path / "registre.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    shown: list[dict[str, Any]] = []
    monkeypatch.setattr(ImportDialog, "show_error",
                        classmethod(lambda _cls, _parent, **kw: shown.append(kw)))
    monkeypatch.setattr(ImportDialog, "exec",
                        lambda _self: pytest.fail("no preview for an unreadable file"))
    stack = QUndoStack()
    assert run_import(None, adapter=adapter, undo_stack=stack, path=broken) is None
    assert shown and shown[0]["path"] == broken
    assert "registre.xlsx" in shown[0]["message"]
    assert activity_count(store) == 0
    assert stack.count() == 0


def test_a_missing_file_says_why(adapter: StoreAdapter, tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(ImportDialog, "show_error",
                        classmethod(lambda _cls, _parent, **kw: shown.append(kw["message"])))
    assert ImportDialog.ask(None, adapter=adapter, path=tmp_path / "absent.tsv") is None
    assert "absent.tsv" in shown[0]


def test_rows_with_errors_block_the_import(qtbot: QtBot, adapter: StoreAdapter,
                                           tmp_path: Path) -> None:
    table = tmp_path / "bad.tsv"
    table.write_text("Finalité\tCatégories\tBase légale\n"
                     "\tIdentité\tObligation légale\n",
                     encoding="utf-8")
    dialog = open_dialog(qtbot, adapter, table)
    assert dialog.parsed.errors
    assert not dialog.import_button.isEnabled()
    assert dialog.model.index(0, 0).data(ProblemRole) == "error"
    assert "finalité manquante" in dialog.model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)


def test_cancel_returns_no_plan(qtbot: QtBot, adapter: StoreAdapter, seed: Path,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ImportDialog, "exec", lambda _self: QDialog.DialogCode.Rejected)
    assert ImportDialog.ask(None, adapter=adapter, path=seed) is None


def test_file_import_table_in_the_main_window(qtbot: QtBot, store: Store, seed: Path,
                                              tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """File ▸ Import table…: the main window asks for the file, previews, imports undoably."""
    from PySide6.QtCore import QSettings

    from gui.mainwindow.window import MainWindow

    monkeypatch.setattr(ImportDialog, "ask_path", classmethod(lambda _cls, _parent: seed))
    accept_with(qtbot, monkeypatch)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store=store, settings=settings)
    qtbot.addWidget(window)
    window.import_action.trigger()
    assert activity_count(store) == 11
    window.undo_stack.undo()
    assert activity_count(store) == 0
    window.undo_stack.redo()
    assert activity_count(store) == 11


def test_a_large_import_shows_at_once_and_is_checked_in_the_background(
        qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Above CHECKED_UP_FRONT rows, an import's rows are read and checked as at start: the
    grid has them all at once, the status bar gives no figure until every row is checked,
    then Check's; a note only the last row has still gets its column."""
    from PySide6.QtCore import QSettings

    from gui.activities import columns
    from gui.activities.table import COL_NAME, ActivitiesModel
    from gui.mainwindow.window import MainWindow
    from model import check

    monkeypatch.setattr(ActivitiesModel, "CHECKED_UP_FRONT", 10)
    monkeypatch.setattr(ActivitiesModel, "CHECK_CHUNK", 4)
    lines = ["Finalité\tCatégories de données\tFondement légal\tDurée de conservation\tLogiciel"]
    lines += [f"Gestion n° {i}\tIdentité\tExécution d'un contrat\t{'5 ans' if i % 3 else ''}\t"
              for i in range(39)]
    lines.append("Paie des salariés\tIdentité\tObligation légale\t5 ans\tPaie 3000")
    table = tmp_path / "grand.tsv"
    table.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setattr(ImportDialog, "ask_path", classmethod(lambda _cls, _parent: table))

    def fake_exec(dialog: ImportDialog) -> int:  # the dialog deletes itself after: no addWidget
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        return int(dialog.result())

    monkeypatch.setattr(ImportDialog, "exec", fake_exec)
    window = MainWindow(store=store,
                        settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.completeness_label.text() != "" or
                    window.activities.model.rowCount() == 0)
    read = count_reads(monkeypatch)
    window.import_action.trigger()
    model = window.activities.model
    assert model.rowCount() == 40
    assert model.known_incomplete_count() is None  # not a figure counting some rows only
    assert len(set(read)) < 40
    assert model.column_of(columns.NOTE_PREFIX + "Logiciel") >= 0

    def check_says() -> int:
        return len(check.incomplete_references(check.check_document(window.adapter.document())))

    qtbot.waitUntil(lambda: model.known_incomplete_count() is not None)
    incomplete = check_says()
    assert model.known_incomplete_count() == model.incomplete_count() == incomplete
    qtbot.waitUntil(lambda: window.completeness_label.text().startswith(
        f"{incomplete} of 40 activities incomplete"))
    assert sorted(read) == sorted(set(read))  # each row read once
    assert model.row_at(39).title == "Paie des salariés"
    assert window.activities.proxy.index(39, COL_NAME).data() == "Paie des salariés"
    window.undo_stack.undo()
    assert model.rowCount() == 0 and activity_count(store) == 0
    window.close()


def test_the_organisation_above_a_table_is_filled_and_undo_empties_it_again(
        qtbot: QtBot, adapter: StoreAdapter, store: Store, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    table = tmp_path / "registre.csv"
    table.write_text(
        "Responsable du traitement;Boulangerie Martin\n"
        "Adresse;3 place du Marché\n"
        "Délégué à la protection des données;\n"
        "Courriel;dpo@boulangerie.example\n"
        ";\n"
        "Finalité;Catégories de données;Base légale\n"
        "Gestion de la paie;Identité;Obligation légale\n",
        encoding="utf-8")
    changed: list[bool] = []
    adapter.organisationChanged.connect(lambda: changed.append(True))
    seen = accept_with(qtbot, monkeypatch)
    stack = QUndoStack()
    assert run_import(None, adapter=adapter, undo_stack=stack, path=table) is not None
    assert any("Boulangerie Martin" in p for p in seen[0].parsed.problems)
    org = adapter.organisation().json
    assert (org["name"], org["address"]) == ("Boulangerie Martin", "3 place du Marché")
    assert org["dpo"]["email"] == "dpo@boulangerie.example"
    assert changed

    stack.undo()
    org = adapter.organisation().json
    assert (org["name"], org["address"], org["dpo"]["email"]) == ("", "", "")
    stack.redo()
    assert adapter.organisation().json["name"] == "Boulangerie Martin"
    assert activity_count(store) == 1
