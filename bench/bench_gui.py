"""Editor speed on registers of 100 to 10,000 activities, each beside its anchor in the same run.

    .venv/bin/python bench/bench_gui.py --sizes 100,1000,10000 --runs 3

Every measure runs in a fresh child process (`--child KIND PATH`) that prints
one JSON line of seconds; the parent prints medians over the runs and the
ratio of each figure to its anchor, measured on the same register in the same
run, so that the figures mean something on a loaded or a fast machine alike:

- start: from the first import to the editor's window shown, against a bare
  PySide6 window with a QTableView over the same rows read with sqlite3;
- edit: one rename in the grid of the selected row, once every row is checked: from the
  proxy's `setData` to durable (the edit's transaction committed, what the issue's target
  names), and to the end of the events it sets off (the views and the panel updated and
  repainted); against the core API's same edit in one transaction and SQLite's own UPDATE
  and commit with synchronous=FULL;
- filter key: one more character typed in the search box;
- the grid as a spreadsheet: a column filter, a bulk edit of every row (a field set, a
  data subject added) through the Bulk edit dialog, a paste of 100 × 5 cells; each
  checked in the register file before it is reported (no anchor: the table's own count of
  rows is the measure).

The editor starts from bytecode, as installed (the project's modules are compiled
once into a private cache before the children run), and after the day's backup.

To add a measure: a function `_child_KIND(path) -> dict[str, float]` in CHILDREN
(`_open_editor` starts the editor, `_timed` times an action with the events it sets
off), and a line in `report` (or a column in the editor child's output).
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

T0 = time.perf_counter()  # the children time their start from their first import
ROOT = Path(__file__).resolve().parent.parent
EDITS = 7
"""Edits per run; the run reports their median."""


def build(path: Path, size: int) -> None:
    sys.path.insert(0, str(ROOT))
    from model.register import crud
    from model.storage.store import Store

    store = Store.open(path)
    cats = ["Identité", "Contact", "Financières", "Transaction", "Santé"]
    with store.write() as session:
        crud.bulk_create_activities(session, [
            {"name": f"Traitement {i} de gestion", "purpose": f"Finalité numéro {i}",
             "categories": cats[: 1 + i % len(cats)], "bases": [("contract", "")],
             "retention": "3 ans" if i % 3 else ""}
            for i in range(size)
        ])
    store.close()


def _targets(count: int) -> list[int]:
    """Rows spread over the table, so no edit lands on a row the last one warmed."""
    return [(k * 7919) % count for k in range(EDITS)]


# -- children: each returns seconds (or MiB) by name --------------------------------------

def _open_editor(path: Path) -> tuple[Any, Any]:
    """(application, main window) of the editor on `path`, shown as `registre` shows it."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QSettings

    from gui import app as gui_app
    from gui.mainwindow.window import MainWindow
    from model.storage.store import Store

    app = gui_app.make_application([sys.argv[0]])
    gui_app.install_translators(app, "fr")
    tmp = tempfile.mkdtemp()
    window = MainWindow(store=Store.open(path),
                        settings=QSettings(f"{tmp}/s.ini", QSettings.Format.IniFormat))
    window.show()
    app.processEvents()
    return app, window


def _timed(app: Any, action: Callable[[], object]) -> float:
    """Seconds `action` takes with the events it sets off (one turn of the event loop)."""
    t = time.perf_counter()
    action()
    app.processEvents()
    return time.perf_counter() - t


def _settle(app: Any, turns: int = 5) -> None:
    """A few more turns of the event loop: what the last action queued for its next turn
    (a view's delayed layout, a zero-delay timer) is done before the next action is timed."""
    for _ in range(turns):
        app.processEvents()


def _sure(done: object, failure: str) -> None:
    """Stop the run when an action timed did nothing (a figure of nothing done is none)."""
    if not done:
        raise SystemExit(failure)


def _close(window: Any) -> None:
    window.close()
    window.adapter.store.close()

def _committed() -> list[float]:
    """The instants at which the register's transactions end committed, from now on: an
    edit is durable then (`Store.write` commits with synchronous=FULL as its block ends)."""
    import contextlib

    from model.storage.store import Store

    ends: list[float] = []
    write = Store.write

    @contextlib.contextmanager
    def timed(self: Store) -> Any:
        with write(self) as session:
            yield session
        ends.append(time.perf_counter())

    Store.write = timed  # type: ignore[method-assign]
    return ends


def _durable(app: Any, ends: list[float], action: Callable[[], object]) -> tuple[float, float]:
    """(seconds from `action` to its one transaction committed, seconds to the end of the
    events it sets off); stops the run when it wrote other than once."""
    before = len(ends)
    t = time.perf_counter()
    action()
    app.processEvents()
    done = time.perf_counter()
    if len(ends) != before + 1:
        raise SystemExit(f"an edit wrote {len(ends) - before} times, not once")
    return ends[-1] - t, done - t


def _child_editor(path: Path) -> dict[str, float]:
    """The editor started on `path`, shown; then a filter key and grid renames."""
    app, window = _open_editor(path)
    shown = time.perf_counter() - T0
    model = window.activities.model
    while model.known_incomplete_count() is None:  # a large register's background check
        app.processEvents()
    checked = time.perf_counter() - T0

    from gui.activities.table import COL_NAME

    page = window.activities
    _timed(app, lambda: page.set_filter("traitemen"))
    keystroke = _timed(app, lambda: page.set_filter("traitement"))
    _timed(app, lambda: page.set_filter(""))

    ends = _committed()
    durables, edits, statuses = [], [], []
    for k, row in enumerate(_targets(page.proxy.rowCount())):
        index = page.proxy.index(row, COL_NAME)
        # As a user edits: the row selected, its detail shown (and laid out: a list view lays
        # its items out on the event loop's next turn, after the one that showed them);
        # a change in every run.
        _timed(app, functools.partial(page.view.setCurrentIndex, index))
        _settle(app)
        durable, edit = _durable(app, ends, functools.partial(
            page.proxy.setData, index, f"Renommé {k} {os.getpid()}"))
        durables.append(durable)
        edits.append(edit)
        # What the status bar's timer runs after an edit.
        statuses.append(_timed(app, window.update_status))

    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    _close(window)
    return {"shown": shown, "checked": checked, "keystroke": keystroke,
            "durable": statistics.median(durables), "edit": statistics.median(edits),
            "status": statistics.median(statuses), "peak_mib": peak}


def _child_grid(path: Path) -> dict[str, float]:
    """The spreadsheet measures: a column filter, a bulk edit of every row, a 100 × 5 paste.

    The bulk edits go the way the user's do: every row selected, Edit ▸ Bulk edit…, the
    retention typed in the dialog (then, a second time, a data subject ticked to add to
    every row), Apply (only the dialog's event loop is left out).
    Each run writes values of its own (the process id in them), so that no run finds the
    register already as it would make it, and the child checks, in the register file
    itself, that every row holds them before it reports.
    """
    import sqlite3

    from PySide6.QtCore import QItemSelectionModel

    app, window = _open_editor(path)
    from PySide6.QtGui import QGuiApplication

    from gui.activities.table import COL_NAME
    from gui.dialogs.bulk import BulkEditDialog

    token = f"{os.getpid()}"
    retention = f"5 ans ({token})"

    subject = f"Visiteurs {token}"

    def fill_and_apply(dialog: BulkEditDialog) -> int:
        """The dialog opens on the current cell's column, as for the user."""
        if dialog.current_field().key == "data_subjects":
            dialog.mode_combo.setCurrentIndex(dialog.mode_combo.findData("add"))
            dialog.set_checked([subject])
        else:
            dialog.long_text.setPlainText(retention)
        dialog.apply_button.click()
        return int(dialog.result())

    BulkEditDialog.exec = fill_and_apply  # type: ignore[method-assign,assignment]

    page, grid = window.activities, window.activities.grid
    while page.model.known_incomplete_count() is None:  # every row read, as for the search
        app.processEvents()
    column_filter = _timed(app, lambda: grid.filter_column(COL_NAME, "traitement"))
    _timed(app, lambda: grid.filter_column(COL_NAME, ""))

    keys = ("retention", "business_function", "joint_controller", "data_source",
            "security_other")
    cols = [page.model.column_of(k) for k in keys]
    header = page.view.horizontalHeader()
    for i, col in enumerate(cols):
        page.view.setColumnHidden(col, False)
        header.moveSection(header.visualIndex(col), header.visualIndex(COL_NAME) + 1 + i)
    page.view.selectAll()
    page.view.selectionModel().setCurrentIndex(page.proxy.index(0, cols[0]),
                                               QItemSelectionModel.SelectionFlag.NoUpdate)
    app.processEvents()
    bulk = _timed(app, lambda: _sure(window.bulk_edit(), "the bulk edit changed nothing"))
    con = sqlite3.connect(path)  # durable: in the file, read by another connection
    rows = con.execute("SELECT count(*), sum(retention = ?) FROM activity",
                       (retention,)).fetchone()
    con.close()

    window.adapter.create_item("datasubject", subject)
    subjects = page.model.column_of("data_subjects")
    page.view.selectionModel().setCurrentIndex(page.proxy.index(0, subjects),
                                               QItemSelectionModel.SelectionFlag.NoUpdate)
    bulk_list = _timed(app, lambda: _sure(window.bulk_edit(),
                                          "the list bulk edit changed nothing"))
    con = sqlite3.connect(path)
    linked = con.execute("SELECT count(*) FROM activitysubject l JOIN datasubject s "
                         "ON s.id = l.subject_id WHERE s.name = ?", (subject,)).fetchone()[0]
    con.close()
    if linked != rows[0]:
        raise SystemExit(f"not durable: {linked} of {rows[0]} rows given the data subject")

    QGuiApplication.clipboard().setText("\n".join(
        "\t".join(f"{k} {r} {token}" for k in keys) for r in range(100)))
    page.view.setCurrentIndex(page.proxy.index(0, cols[0]))
    paste = _timed(app, lambda: _sure(grid.paste(), "the paste changed nothing"))
    _close(window)
    con = sqlite3.connect(path)
    pasted = con.execute("SELECT count(*) FROM activity WHERE business_function LIKE ?",
                         (f"business_function % {token}",)).fetchone()[0]
    con.close()
    if rows[0] != rows[1] or pasted != 100:
        raise SystemExit(f"not durable: {rows[1]} of {rows[0]} rows bulk-edited, "
                         f"{pasted} of 100 rows pasted")
    return {"column_filter": column_filter, "bulk_all": bulk, "bulk_list": bulk_list,
            "paste_100x5": paste}


def _child_bare(path: Path) -> dict[str, float]:
    """The anchor of the start: PySide6, sqlite3, one query, a QTableView in a window."""
    import sqlite3

    from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication([sys.argv[0]])
    con = sqlite3.connect(path)
    rows = con.execute(
        "SELECT a.reference, CASE WHEN a.name != '' THEN a.name ELSE a.purpose END,"
        " (SELECT group_concat(c.name, ', ') FROM activitycategory l JOIN datacategory c"
        "  ON c.id = l.category_id WHERE l.activity_id = a.id),"
        " (SELECT group_concat(b.code, ', ') FROM activitybasis b WHERE b.activity_id = a.id),"
        " a.status, a.retention FROM activity a ORDER BY a.position").fetchall()
    con.close()

    class Model(QAbstractTableModel):
        def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
            return len(rows)

        def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
            return 6

        def data(self, index: QModelIndex | QPersistentModelIndex,
                 role: int = Qt.ItemDataRole.DisplayRole) -> object:
            if role == Qt.ItemDataRole.DisplayRole:
                return rows[index.row()][index.column()]
            return None

    window = QMainWindow()
    view = QTableView()
    model = Model()
    view.setModel(model)
    window.setCentralWidget(view)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    return {"shown": time.perf_counter() - T0}


def _child_core(path: Path) -> dict[str, float]:
    """The anchors of an edit: the core API's rename, and SQLite's own UPDATE and commit."""
    import sqlite3

    sys.path.insert(0, str(ROOT))
    from model.register import crud
    from model.storage.store import Store

    store = Store.open(path)
    with store.read() as session:
        ids = [a.id for a in crud.activities(session) if a.id is not None]
    core = []
    for k, row in enumerate(_targets(len(ids))):
        t = time.perf_counter()
        with store.write() as session:
            crud.update_activity(session, activity_id=ids[row], name=f"Cœur {k}")
        core.append(time.perf_counter() - t)
    store.close()
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA synchronous=FULL")
    raw = []
    for k, row in enumerate(_targets(len(ids))):
        t = time.perf_counter()
        con.execute("BEGIN IMMEDIATE")
        con.execute("UPDATE activity SET name = ? WHERE id = ?", (f"SQLite {k}", ids[row]))
        con.execute("COMMIT")
        raw.append(time.perf_counter() - t)
    con.close()
    return {"core": statistics.median(core), "sqlite": statistics.median(raw)}


CHILDREN: dict[str, Callable[[Path], dict[str, float]]] = {
    "editor": _child_editor, "bare": _child_bare, "core": _child_core, "grid": _child_grid,
}


def run_child(kind: str, path: Path, env: dict[str, str]) -> dict[str, float]:
    out = subprocess.run([sys.executable, __file__, "--child", kind, str(path)],
                         capture_output=True, text=True, env=env, check=False)
    if out.returncode:
        raise SystemExit(f"{kind} child failed on {path}:\n{out.stderr}")
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def report(rows: list[tuple[int, float, dict[str, float]]], runs: int) -> None:
    print(f"editor start (first import to window shown), median of {runs}")
    print(f"{'activities':>10} {'editor ms':>10} {'bare Qt ms':>11} {'ratio':>6}  (target ≤ 3×)"
          f"  {'all rows checked ms':>20}")
    for size, _built, m in rows:
        print(f"{size:>10} {m['shown'] * 1e3:>10.0f} {m['bare_shown'] * 1e3:>11.0f} "
              f"{m['shown'] / m['bare_shown']:>5.1f}×  {m['checked'] * 1e3:>20.0f}")
    print(f"\none grid edit (median of {EDITS} edits, then of {runs} runs): setData to durable "
          f"(target ≤ 5 ms), and to the end of its events")
    print(f"{'activities':>10} {'durable ms':>11} {'+events ms':>11} {'core ms':>8} "
          f"{'SQLite ms':>10} {'durable/core':>13} {'durable/SQLite':>15} {'status ms':>10}")
    for size, _built, m in rows:
        print(f"{size:>10} {m['durable'] * 1e3:>11.2f} {m['edit'] * 1e3:>11.2f} "
              f"{m['core'] * 1e3:>8.2f} {m['sqlite'] * 1e3:>10.2f} "
              f"{m['durable'] / m['core']:>12.1f}× {m['durable'] / m['sqlite']:>14.1f}× "
              f"{m['status'] * 1e3:>10.2f}")
    print(f"\nthe grid as a spreadsheet (median of {runs} runs)")
    print(f"{'activities':>10} {'column filter ms':>17} {'bulk edit, every row s':>23} "
          f"{'a subject added to every row s':>31} {'paste 100×5 ms':>15}")
    for size, _built, m in rows:
        print(f"{size:>10} {m['column_filter'] * 1e3:>17.1f} {m['bulk_all']:>23.2f} "
              f"{m['bulk_list']:>31.2f} {m['paste_100x5'] * 1e3:>15.0f}")
    print(f"\n{'activities':>10} {'build s':>8} {'filter key ms':>14} {'peak MiB':>9}")
    for size, built, m in rows:
        print(f"{size:>10} {built:>8.1f} {m['keystroke'] * 1e3:>14.1f} {m['peak_mib']:>9.0f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", nargs=2, metavar=("KIND", "PATH"))
    args = parser.parse_args()
    if args.child:
        kind, path = args.child
        print(json.dumps(CHILDREN[kind](Path(path))))
        return
    from common import machine_now  # here: the children time their imports

    print(machine_now())
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        # The editor as installed starts from bytecode (pip and the bundle compile it): the
        # project's own modules are compiled once here (bench/common.py says how), as
        # PySide6's, SQLAlchemy's and the standard library's already are.
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", REGISTRE_LANG="fr",
                   XDG_CONFIG_HOME=f"{tmp}/config", XDG_DATA_HOME=f"{tmp}/data")
        from common import compile_project  # here: the children time their imports

        compile_project()
        for size in (int(s) for s in args.sizes.split(",")):
            path = Path(tmp) / f"r{size}.db"
            t = time.perf_counter()
            build(path, size)
            built = time.perf_counter() - t
            # Today's backup made now: the first start of a day copies the register, the others
            # (measured here) do not.
            subprocess.run([sys.executable, "-c", "import sys; from model.storage.store import "
                            "Store; Store.open(sys.argv[1]).close()", str(path)],
                           cwd=ROOT, env=env, check=True)
            results: list[dict[str, float]] = []
            for _ in range(args.runs):  # anchor and figure alternate: same load on both
                merged: dict[str, float] = {}
                for kind in CHILDREN:
                    for key, value in run_child(kind, path, env).items():
                        merged[f"{kind}_{key}" if kind == "bare" else key] = value
                results.append(merged)
            med = {k: statistics.median(r[k] for r in results) for k in results[0]}
            rows.append((size, built, med))
    report(rows, args.runs)


if __name__ == "__main__":
    main()
    if "--child" not in sys.argv:
        from common import machine_now

        print(machine_now())
