"""The history: the whole register's window, and one activity's in the detail panel."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from gui.activities.detail import DetailPanel
from gui.adapter import StoreAdapter
from gui.commands import undo
from gui.history.window import (
    COL_CHANGE,
    COL_FIELD,
    COL_ITEM,
    RELOAD_DELAY_MS,
    HistoryModel,
    HistoryWindow,
)
from model.register import crud
from model.signing import publish
from model.storage import schema
from model.storage.store import Store
from tests.guikit import first_activity, seeded_store


@pytest.fixture
def path(tmp_path: Path) -> Path:
    seeded_store(tmp_path / "register.db").close()
    return tmp_path / "register.db"


@pytest.fixture
def store(path: Path) -> Iterator[Store]:
    s = Store.open(path)
    yield s
    s.close()


def open_window(qtbot: QtBot, store: Store) -> HistoryWindow:
    window = HistoryWindow(None, adapter=StoreAdapter(store=store))
    qtbot.addWidget(window)
    window.show()
    return window


def shown(window: HistoryWindow, column: int) -> list[str]:
    proxy = window.proxy
    return [str(proxy.index(r, column).data()) for r in range(proxy.rowCount())]


def test_model_passes_the_model_tester(qtmodeltester: Any, store: Store) -> None:
    adapter = StoreAdapter(store=store)
    model = HistoryModel(adapter=adapter)
    qtmodeltester.check(model)
    assert model.rowCount() > 10
    item = HistoryModel(adapter=adapter, entity="activity", ref="T-001")
    qtmodeltester.check(item)
    assert item.rowCount() >= 1


def test_window_shows_entries_newest_first_and_filters(qtbot: QtBot, store: Store) -> None:
    window = open_window(qtbot, store)
    adapter = window.adapter
    adapter.update_activity(first_activity(store).id or 0, retention="5 ans après la vente")
    qtbot.waitUntil(lambda: "5 ans après la vente" in shown(window, COL_CHANGE)[0])
    assert shown(window, COL_FIELD)[0] == "Durée de conservation"
    assert shown(window, COL_ITEM)[0] == "activité T-001"  # the core's word (pinned French)
    assert window.chain.text().startswith("✔") and not window.chain.property("broken")
    window.search.setText("vente")
    assert window.proxy.rowCount() == 1
    window.search.clear()
    assert window.proxy.rowCount() == window.model.rowCount()


def test_a_hand_edited_history_row_shows_a_broken_chain(qtbot: QtBot, path: Path) -> None:
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE historyentry SET new = 'forged' WHERE id = 3")
    con.close()
    store = Store.open(path, readonly=True)
    try:
        window = open_window(qtbot, store)
        assert window.chain.property("broken")
        assert "3" in window.chain.text() and window.chain.text().startswith("✘")
        row = shown(window, 0).index("3")
        assert window.proxy.index(row, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    finally:
        store.close()


def test_only_changes_since_the_last_signed_export(qtbot: QtBot, store: Store,
                                                  tmp_path: Path) -> None:
    window = open_window(qtbot, store)
    assert not window.since.isEnabled()
    assert window.last_signed.text() == "No signed record has been exported yet."
    publish.export_pdf(store, tmp_path / "signed.pdf", lang="fr",
                       sign=publish.SignOptions(password=b"pw", signer="Camille Martin"))
    activity_id = first_activity(store).id or 0
    window.adapter.note_export()
    window.adapter.update_activity(activity_id, retention="1 an")
    window.adapter.update_activity(activity_id, business_function="Ventes")
    qtbot.waitUntil(lambda: window.since.isEnabled())
    qtbot.waitUntil(lambda: "Ventes" in shown(window, COL_CHANGE)[0])
    assert "Camille Martin" in window.last_signed.text()
    assert "signed.pdf" in window.last_signed.text()
    window.since.setChecked(True)
    assert window.proxy.rowCount() == 2
    assert sorted(shown(window, COL_CHANGE)) == ["1 an", "Ventes"]
    assert window.since.text() == "Only the 2 change(s) since then"


def panel_on_first_activity(qtbot: QtBot, store: Store) -> tuple[DetailPanel, int]:
    """The detail panel (on its own adapter) showing the register's first activity."""
    panel = DetailPanel(adapter=StoreAdapter(store=store), undo_stack=QUndoStack())
    qtbot.addWidget(panel)
    activity_id = first_activity(store).id or 0
    panel.set_activity(activity_id)
    return panel, activity_id


def test_detail_panel_shows_the_activity_history(qtbot: QtBot, store: Store) -> None:
    panel, _activity_id = panel_on_first_activity(qtbot, store)
    model = panel.history_model
    before = model.rowCount()
    assert before >= 1  # its import
    edit = panel.edits["retention"]
    edit.setFocus()
    qtbot.keyClicks(edit, "3 ans")
    panel.flush()
    qtbot.waitUntil(lambda: model.rowCount() == before + 1)
    assert model.index(0, COL_CHANGE).data() == "3 ans"
    assert model.index(0, COL_FIELD).data() == "Durée de conservation"
    panel.set_activity(None)
    assert model.rowCount() == 0


def test_an_edit_adds_its_entry_above_the_activitys_history_without_reading_it_again(
        qtbot: QtBot, store: Store) -> None:
    """The panel beside an activity takes only the new entry (one row inserted, no reset);
    once a backup is restored it shows the restored history."""
    from model.storage import backup

    panel, activity_id = panel_on_first_activity(qtbot, store)
    adapter, model = panel.adapter, panel.history_model

    def changes() -> list[str]:
        return [model.index(r, COL_CHANGE).data() for r in range(model.rowCount())]

    before = changes()
    backup.make_backup(store, "manual")
    resets: list[int] = []
    inserted: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    for text in ("3 ans", "5 ans"):
        adapter.update_activity(activity_id, retention=text)
    assert resets == [] and inserted == [(0, 0), (0, 0)]
    assert changes() == ["3 ans → 5 ans", "3 ans", *before]

    adapter.restore_backup(backup.list_backups(store.path)[0])
    assert changes() == before


def test_an_edit_updates_the_panels_history_without_an_orm_session(
        qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """After each edit the panel re-reads its activity's entries through the store's plain
    connection: no ORM session is opened for it (a grid edit pays only the write's)."""
    panel, _activity_id = panel_on_first_activity(qtbot, store)
    model = panel.history_model
    before = model.rowCount()
    sessions: list[object] = []
    read = StoreAdapter.read
    monkeypatch.setattr(StoreAdapter, "read", lambda self: sessions.append(1) or read(self))
    edit = panel.edits["retention"]
    edit.setFocus()
    qtbot.keyClicks(edit, "5 ans")
    panel.flush()
    qtbot.waitUntil(lambda: model.rowCount() == before + 1)
    assert model.index(0, COL_CHANGE).data() == "5 ans"
    assert sessions == []


def test_coded_values_show_by_their_labels(qtbot: QtBot, store: Store,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Status, DPIA and Article 9 condition read as words, not as the stored codes."""
    monkeypatch.setattr(undo.ConfirmDialog, "ask", classmethod(lambda *a, **k: True))
    adapter = StoreAdapter(store=store)
    panel = DetailPanel(adapter=adapter, undo_stack=QUndoStack())
    qtbot.addWidget(panel)
    panel.show()
    panel.set_activity(first_activity(store).id or 0)
    for combo, data in ((panel.status, "validated"), (panel.dpia, False),
                        (panel.art9, "employment")):
        combo.setCurrentIndex(combo.findData(data))
        combo.activated.emit(combo.currentIndex())
    model = panel.history_model
    qtbot.waitUntil(lambda: model.rowCount() >= 5)
    changes = {model.index(r, COL_FIELD).data(): model.index(r, COL_CHANGE).data()
               for r in range(model.rowCount())}
    assert changes["Statut"] == "Brouillon → Validé"
    assert changes["AIPD requise"] == "not required"
    assert changes["Condition de l'article 9"] == "Droit du travail et protection sociale"


def test_detail_panel_history_shows_the_change_within_the_panel(
        qtbot: QtBot, store: Store) -> None:
    """At the panel's usual width, Old → new gets at least half of the view."""
    panel = DetailPanel(adapter=StoreAdapter(store=store), undo_stack=QUndoStack())
    qtbot.addWidget(panel)
    panel.resize(420, 700)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_activity(first_activity(store).id or 0)
    view = panel.history_view
    qtbot.waitUntil(lambda: panel.history_model.rowCount() >= 1)
    assert view.columnViewportPosition(COL_CHANGE) < view.viewport().width() // 2


def test_validating_names_the_organisations_dpo(qtbot: QtBot, store: Store,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Choosing Validated fills in who validated: the DPO the organisation names."""
    monkeypatch.setattr(undo.ConfirmDialog, "ask", classmethod(lambda *a, **k: True))
    with store.write() as s:
        crud.update_organisation(s, dpo_name="Camille Durand")
    adapter = StoreAdapter(store=store)
    panel = DetailPanel(adapter=adapter, undo_stack=QUndoStack())
    qtbot.addWidget(panel)
    panel.show()
    activity = first_activity(store)
    panel.set_activity(activity.id or 0)
    panel.status.setCurrentIndex(panel.status.findData("validated"))
    panel.status.activated.emit(panel.status.currentIndex())
    with store.read() as s:
        stored = s.get(schema.Activity, activity.id)
        assert stored is not None
        assert (stored.status, stored.validated_by) == ("validated", "Camille Durand")
    assert panel.edits["validated_by"].text() == "Camille Durand"


def test_a_closed_window_reads_the_history_again_only_when_reopened(
        qtbot: QtBot, store: Store) -> None:
    """Closed, the window does not re-read and re-check the whole chain after every edit."""
    window = open_window(qtbot, store)
    rows = window.model.rowCount()
    window.close()
    reloads: list[None] = []
    window.model.modelReset.connect(lambda: reloads.append(None))
    window.adapter.update_activity(first_activity(store).id or 0, retention="2 ans")
    qtbot.wait(3 * RELOAD_DELAY_MS)
    assert reloads == [] and window.model.rowCount() == rows
    window.show()
    assert window.model.rowCount() == rows + 1
    assert "2 ans" in shown(window, COL_CHANGE)[0]


def test_a_legal_basis_is_named_by_its_label_not_its_code(qtbot: QtBot, store: Store) -> None:
    with store.write() as s:
        crud.update_basis_description(s, code="contract", description="Commandes et livraisons")
    window = open_window(qtbot, store)
    assert shown(window, COL_ITEM)[0] == "base légale Exécution d'un contrat"


def test_the_window_checks_the_history_against_the_last_signed_record(
        qtbot: QtBot, path: Path, tmp_path: Path) -> None:
    from model import cli
    from model.signing import pades

    pades.create_self_signed(tmp_path / "cert.p12", b"secret", organisation="Martin SARL",
                             common_name="Claire Dupont")
    (tmp_path / "pw").write_text("secret\n", encoding="utf-8")
    record = tmp_path / "record.pdf"
    assert cli.run(["--db", str(path), "export", str(record), "--sign", "--p12",
                    str(tmp_path / "cert.p12"), "--password-file", str(tmp_path / "pw"),
                    "--signer", "Claire Dupont"]) == 0
    store = Store.open(path)
    try:
        window = open_window(qtbot, store)
        assert window.seal_status.isHidden()
        qtbot.mouseClick(window.against, Qt.MouseButton.LeftButton)
        assert window.seal_status.isVisible()
        assert "Historique conforme au registre signé « record.pdf »" in window.seal_status.text()
        assert window.seal_status.property("broken") is False
    finally:
        store.close()
    # Signed entries removed behind Registre's back, the anchor made to match.
    with sqlite3.connect(path) as con:
        con.execute("DELETE FROM historyentry WHERE id > 2")
        head = con.execute("SELECT hash FROM historyentry WHERE id=2").fetchone()[0]
        con.execute("UPDATE meta SET value=? WHERE key='history_head'", (head,))
        con.execute("UPDATE meta SET value='2' WHERE key='history_count'")
    store = Store.open(path)
    try:
        window = open_window(qtbot, store)
        qtbot.mouseClick(window.against, Qt.MouseButton.LeftButton)
        assert "des entrées signées ont été supprimées" in window.seal_status.text()
        assert window.seal_status.property("broken") is True
    finally:
        store.close()
