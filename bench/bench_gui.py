"""Editor speed on registers of 100 to 10,000 activities, each measure in a fresh child process.

    .venv/bin/python bench/bench_gui.py --sizes 100,1000,10000 --runs 3

Per size: start-to-window-shown, one more filter character (proxy filter set
and events processed), an edit through the model until committed, and the
child's peak memory (ru_maxrss). Medians over the runs.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


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


def child(path: str) -> None:
    """One measured run: prints a JSON line."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    t0 = time.perf_counter()
    from PySide6.QtCore import QSettings

    from gui import app as gui_app
    from gui.activities.table import COL_NAME
    from gui.mainwindow.window import MainWindow
    from model.storage.store import Store

    app = gui_app.make_application([sys.argv[0]])
    gui_app.install_translators(app, "fr")
    tmp = tempfile.mkdtemp()
    window = MainWindow(store=Store.open(Path(path)),
                        settings=QSettings(f"{tmp}/s.ini", QSettings.Format.IniFormat))
    window.show()
    app.processEvents()
    shown = time.perf_counter() - t0

    page = window.activities
    page.set_filter("traitemen")
    app.processEvents()
    t1 = time.perf_counter()
    page.set_filter("traitement")
    app.processEvents()
    keystroke = time.perf_counter() - t1

    index = page.proxy.index(0, COL_NAME)
    t2 = time.perf_counter()
    page.proxy.setData(index, "Renommé")
    app.processEvents()
    edit = time.perf_counter() - t2

    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    window.close()
    window.adapter.store.close()
    print(json.dumps({"shown": shown, "keystroke": keystroke, "edit": edit, "peak_mb": peak}))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child")
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", REGISTRE_LANG="fr",
                   XDG_CONFIG_HOME=f"{tmp}/config", XDG_DATA_HOME=f"{tmp}/data")
        for size in (int(s) for s in args.sizes.split(",")):
            path = Path(tmp) / f"r{size}.db"
            t = time.perf_counter()
            build(path, size)
            built = time.perf_counter() - t
            results = []
            for _ in range(args.runs):
                out = subprocess.run([sys.executable, __file__, "--child", str(path)],
                                     capture_output=True, text=True, env=env, check=True)
                results.append(json.loads(out.stdout.strip().splitlines()[-1]))
            med = {k: statistics.median(r[k] for r in results) for k in results[0]}
            rows.append((size, built, med))
    print(f"{'activities':>10} {'build s':>8} {'shown ms':>9} {'filter key ms':>14} "
          f"{'edit ms':>8} {'peak MB':>8}")
    for size, built, med in rows:
        print(f"{size:>10} {built:>8.1f} {med['shown'] * 1000:>9.0f} "
              f"{med['keystroke'] * 1000:>14.1f} {med['edit'] * 1000:>8.1f} "
              f"{med['peak_mb']:>8.0f}")


if __name__ == "__main__":
    main()
