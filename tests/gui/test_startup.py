"""The editor's start: what only the export needs is not loaded before the window shows."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.guikit import seeded_store

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


def _loaded(tmp_path: Path) -> dict[str, list[str]]:
    register = tmp_path / "r.db"
    seeded_store(register).close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(register), str(tmp_path / "s.ini")],
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

