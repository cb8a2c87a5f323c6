"""The editor survives a long session whatever the Qt binding's reference counting."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_CHILD = """
import gui  # as the editor starts: the package comes first
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel


class Flags(QObject):
    flag = Signal(bool)


app = QApplication([])
label = QLabel()
flags = Flags()
flags.flag.connect(lambda on: None)
for i in range(100_000):
    label.setText(str(i))
    label.update()
    flags.flag.emit(True)
    flags.flag.emit(False)
    if i % 100 == 0:
        app.processEvents()
print("done")
"""


def test_the_editor_survives_a_long_session_of_qt_calls() -> None:
    """PySide6 6.12.0 drops a reference to None at each call of a method returning nothing,
    and to True at each bool emitted from Python (a grid edit drops seven); on Python 3.11
    the interpreter then stops ("deallocating None", "deallocating True or False") after
    some 9,000 such calls, or 2,000 grid edits. A long session's worth must end normally."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", _CHILD], cwd=ROOT, env=env,
                         capture_output=True, text=True, check=False, timeout=300)
    assert out.returncode == 0 and out.stdout.strip() == "done", out.stderr[-2000:]
