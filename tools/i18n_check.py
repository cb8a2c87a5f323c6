"""Find user-visible string literals in gui/*.py that do not go through the translator.

Run `python -m tools.i18n_check` (or the test that calls `find_untranslated`):
it prints `file:line: text` for each literal handed straight to a Qt setter
or widget constructor that shows text to the user.
"""

from __future__ import annotations

import ast
import sys
from dataclasses import dataclass
from pathlib import Path

SETTERS = {
    "setText", "setToolTip", "setStatusTip", "setWhatsThis", "setWindowTitle",
    "setPlaceholderText", "setTitle", "addItem", "addRow", "setInformativeText",
    "addTab", "setTabText", "setHeaderLabels", "showMessage", "information", "warning",
    "critical", "question", "about", "setLabelText", "addButton", "addMenu", "addAction",
}
"""Methods whose string arguments end up on screen."""

WIDGETS = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu",
    "QToolButton", "QListWidgetItem", "QMessageBox",
}
"""Constructors whose string arguments end up on screen."""

DATA_AFTER_TEXT = {"addItem"}
"""Methods whose second argument is data, not text."""

ALLOWED = {
    "Français", "English",  # language names are written in their own language
    "Registre",  # the product's name
}


@dataclass(frozen=True)
class Finding:
    path: Path
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.text!r}"


def _visible(node: ast.expr) -> str | None:
    """The literal's text when it holds words a user would read."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values
                       if isinstance(v, ast.Constant) and isinstance(v.value, str))
    else:
        return None
    letters = sum(c.isalpha() for c in text)
    if letters < 2 or text in ALLOWED:
        return None
    return text


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def find_untranslated(paths: list[Path]) -> list[Finding]:
    findings: list[Finding] = []
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _name(node.func)
            if name not in SETTERS and name not in WIDGETS:
                continue
            args = [*node.args, *(k.value for k in node.keywords)]
            if name in DATA_AFTER_TEXT:
                args = args[:1]  # addItem(text, userData): the data is not shown
            for arg in args:
                text = _visible(arg)
                if text is not None:
                    findings.append(Finding(path, arg.lineno, text))
    return findings


def gui_files() -> list[Path]:
    here = Path(__file__).resolve().parent
    return sorted(p for p in here.glob("*.py") if p.name != "i18n_check.py")


def main() -> int:
    findings = find_untranslated(gui_files())
    for finding in findings:
        print(finding)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
