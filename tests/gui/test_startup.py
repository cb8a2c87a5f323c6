"""The editor's start: what only the export needs is not loaded before the window shows."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from pytestqt.qtbot import QtBot

from gui.activities.table import COL_COMPLETE, COL_NAME, ActivitiesModel, SortRole
from gui.lists.page import IdRole
from gui.mainwindow.window import MainWindow
from model import check
from model.register import crud
from model.storage.store import Store
from tests.guikit import count_reads, seeded_store

ROOT = Path(__file__).resolve().parents[2]

EXPORT_ONLY = ("reportlab", "pyhanko", "pyhanko_certvalidator", "aiohttp", "PySide6.QtPdf",
               "PySide6.QtPdfWidgets")
"""Modules the signed record needs and nothing on the first screen does."""

_CHILD = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QSettings
from gui import app as gui_app
from gui.mainwindow.window import MainWindow
from model.storage.store import Store
after_import = sorted(sys.modules)
app = gui_app.make_application([sys.argv[0]])
window = MainWindow(store=Store.open(Path(sys.argv[1])),
                    settings=QSettings(sys.argv[2], QSettings.Format.IniFormat))
window.show()
app.processEvents()
assert window.isVisible() and window.activities.model.rowCount() > 0
shown = sorted(sys.modules)
window.close()
window.adapter.store.close()
print(json.dumps({"import": after_import, "shown": shown}))
"""


def _loaded(tmp_path: Path, child: str = _CHILD) -> dict[str, list[str]]:
    """What `child` prints, run on a seeded register `tmp_path / "r.db"` in a fresh process."""
    register = tmp_path / "r.db"
    seeded_store(register).close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", child, str(register), str(tmp_path / "s.ini")],
        cwd=ROOT, env=env, capture_output=True, text=True, check=True, timeout=120)
    result: dict[str, list[str]] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def _export_only(modules: list[str]) -> list[str]:
    return [m for m in modules
            if any(m == name or m.startswith(name + ".") for name in EXPORT_ONLY)]


def test_the_window_shows_without_the_export_libraries(tmp_path: Path) -> None:
    loaded = _loaded(tmp_path)
    assert "gui.mainwindow.window" in loaded["import"]  # the child did what it says
    assert "PySide6.QtWidgets" in loaded["shown"]
    assert _export_only(loaded["import"]) == []
    assert _export_only(loaded["shown"]) == []



def test_the_window_shows_before_sqlalchemy_is_loaded(tmp_path: Path) -> None:
    """The first screen reads plain sqlite3: the ORM loads with the first edit or page that
    needs it, not before the window shows."""
    loaded = _loaded(tmp_path)
    heavy = [m for m in loaded["shown"] if m.split(".")[0] in ("sqlalchemy", "sqlmodel")]
    assert heavy == []


_FIRST_EDIT = """
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QSettings
from gui import app as gui_app
from gui.activities.table import COL_NAME
from gui.mainwindow.window import MainWindow
from model.storage.store import Store
app = gui_app.make_application([sys.argv[0]])
window = MainWindow(store=Store.open(Path(sys.argv[1])),
                    settings=QSettings(sys.argv[2], QSettings.Format.IniFormat))
window.show()
app.processEvents()
shown = sorted(sys.modules)
deadline = time.monotonic() + 60  # the user reads the screen; no edit asked for
while "sqlalchemy.orm" not in sys.modules and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.01)
before = set(sys.modules)
page = window.activities
index = page.proxy.index(0, COL_NAME)
page.view.setCurrentIndex(index)
assert page.proxy.setData(index, "Renommé")
app.processEvents()
loaded_by_edit = sorted(set(sys.modules) - before)
window.close()
window.adapter.store.close()
print(json.dumps({"shown": shown, "loaded_by_edit": loaded_by_edit}))
"""


def test_what_a_first_edit_needs_is_loaded_while_the_user_reads_the_first_screen(
        tmp_path: Path) -> None:
    """The window shows before SQLAlchemy is loaded; a moment later, with nothing asked of
    it, the editor loads what an edit needs, so the first edit does not stop to import
    (some 0.2 s) while the later ones take milliseconds."""
    result = _loaded(tmp_path, _FIRST_EDIT)
    register = tmp_path / "r.db"
    assert "sqlalchemy" not in result["shown"]
    assert result["loaded_by_edit"] == []
    store = Store.open(register)
    with store.read() as session:
        assert "Renommé" in [a.name for a in crud.activities(session)]
    store.close()


def test_list_pages_are_made_when_first_shown_with_the_counts_of_the_moment(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No list page reads who uses its items before the user opens it; opened after edits,
    it counts them."""
    from gui.lists.page import ListPage

    made: list[str] = []
    init = ListPage.__init__

    def counting(self: ListPage, kind: str, **kwargs: Any) -> None:
        made.append(kind)
        init(self, kind, **kwargs)

    monkeypatch.setattr(ListPage, "__init__", counting)
    store = seeded_store(tmp_path / "r.db")
    window = MainWindow(store=store,
                        settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    assert made == []
    model = window.activities.model
    for row in range(3):
        window.adapter.set_activity_lists(model.row_at(row).id, categories=["Santé"])
    window.nav.setCurrentRow(1)
    page = window.current_page()
    assert isinstance(page, ListPage) and made == ["datacategory"]
    usage = page.model.columns.index("usage")
    health = next(r for r in range(page.proxy.rowCount())
                  if page.proxy.index(r, 0).data() == "Santé")
    with store.read() as session:
        users = len(crud.item_usage(session, model=crud.ITEM_MODELS["datacategory"],
                                    item_id=page.proxy.index(health, 0).data(IdRole)))
    assert users >= 3
    assert page.proxy.index(health, usage).data() == users
    window.close()
    store.close()


def _count_sort_keys(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the model's answers for sort keys: each is a Python call a sort pays per row."""
    calls: list[int] = []
    original = ActivitiesModel.data

    def data(self: ActivitiesModel, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == SortRole:
            calls.append(index.row())
        return original(self, index, role)

    monkeypatch.setattr(ActivitiesModel, "data", data)
    return calls


def test_the_window_opens_in_the_users_order_without_sorting(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store.open(tmp_path / "r.db")
    with store.write() as session:
        crud.bulk_create_activities(session, [{"name": f"Activité {40 - i:02d}"}
                                              for i in range(40)])
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    sort_keys = _count_sort_keys(monkeypatch)

    window = MainWindow(store=store, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert sort_keys == []
    view = window.activities.view
    header = view.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(COL_NAME) + 5, 5))
    assert sort_keys  # the user's click sorts
    assert view.model().index(0, COL_NAME).data() == "Activité 01"
    window.close()

    sort_keys.clear()  # a second start, with the header saved sorted by name
    again = MainWindow(store=store, settings=settings)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert sort_keys == []
    assert again.activities.view.model().index(0, COL_NAME).data() == "Activité 40"
    again.close()
    store.close()


def test_a_large_register_is_checked_after_the_window_shows_and_counted_right(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Above CHECKED_UP_FRONT rows the window shows first; the status bar says no figure
    until every row is checked, then Check's figure, edits made meanwhile included."""
    monkeypatch.setattr(ActivitiesModel, "CHECKED_UP_FRONT", 10)
    monkeypatch.setattr(ActivitiesModel, "CHECK_CHUNK", 4)
    store = Store.open(tmp_path / "r.db")
    complete = {"purpose": "Payer", "categories": ["Identité"], "bases": [("contract", "")],
                "retention": "5 ans"}
    with store.write() as session:
        crud.bulk_create_activities(session, [
            {"name": f"Activité {i}", **(complete if i % 3 else {})} for i in range(40)])
        for activity in crud.activities(session):
            assert activity.id is not None
            crud.set_activity_lists(session, activity_id=activity.id, subjects=["Clients"])
    window = MainWindow(store=store,
                        settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    model = window.activities.model
    assert model.known_incomplete_count() is None  # not checked before the window shows
    assert window.completeness_label.text() == ""  # no figure rather than a wrong one
    known: list[int] = []
    model.completenessKnown.connect(lambda: known.append(1))
    window.show()
    first = window.activities.proxy.index(0, COL_COMPLETE)
    assert first.data() == "4 missing"  # a row on screen is checked when it is drawn
    window.adapter.update_activity(model.row_at(1).id, retention="")  # meanwhile, an edit

    def check_says() -> int:
        doc = window.adapter.document()
        return len(check.incomplete_references(check.check_document(doc)))

    qtbot.waitUntil(lambda: window.completeness_label.text() != "")
    assert known == [1]
    assert model.known_incomplete_count() == model.incomplete_count() == check_says() == 15
    assert window.completeness_label.text().startswith("15 of 40 activities incomplete")
    window.close()
    store.close()


def test_a_large_register_reads_its_rows_after_the_window_shows_and_misses_none(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Above CHECKED_UP_FRONT rows the window reads one chunk before it shows; the search,
    a note's column and every row's text still see the rows read later."""
    from gui.activities import columns

    monkeypatch.setattr(ActivitiesModel, "CHECKED_UP_FRONT", 10)
    monkeypatch.setattr(ActivitiesModel, "CHECK_CHUNK", 4)
    store = Store.open(tmp_path / "r.db")
    with store.write() as session:
        crud.bulk_create_activities(session, [{"name": f"Activité {i}"} for i in range(40)])
        last = crud.activities(session)[-1]
        assert last.id is not None
        crud.set_activity_lists(session, activity_id=last.id,
                                notes=[{"name": "Logiciel", "text": "Paie 3000"}])
    read = count_reads(monkeypatch)
    window = MainWindow(store=store,
                        settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    assert len(read) == 4  # one chunk, not the register
    model = window.activities.model
    note = model.column_of(columns.NOTE_PREFIX + "Logiciel")
    assert note >= 0  # the last row's note has its column before that row is read
    window.show()
    proxy = window.activities.proxy
    proxy.set_column_filter(note, "3000")  # a column's filter, before the row is read
    assert proxy.rowCount() == 1
    proxy.set_column_filter(note, "")
    window.activities.set_filter("paie 3000")
    assert proxy.rowCount() == 1
    assert proxy.index(0, COL_NAME).data() == "Activité 39"
    assert proxy.index(0, note).data() == "Paie 3000"
    window.activities.set_filter("")
    assert [model.row_at(r).title for r in range(40)] == [f"Activité {i}" for i in range(40)]
    assert sorted(read) == sorted(set(read)) == [model.row_at(r).id for r in range(40)]
    window.close()
    store.close()
