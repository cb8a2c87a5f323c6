"""The grid's many-cell edits as one undo step each: a paste, a fill-down, a bulk edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from gui.adapter import StoreAdapter
from gui.commands.undo import AdapterCommand

translate = QCoreApplication.translate

Edit = tuple[int, dict[str, Any], dict[str, Any]]
"""(activity id, scalar fields, lists by `crud.set_activity_lists` argument)."""


class EditManyCommand(AdapterCommand):
    """Several activities changed in one transaction; undo puts every one back."""

    def __init__(self, adapter: StoreAdapter, text: str, edits: Sequence[Edit]) -> None:
        super().__init__(adapter, text)
        self.edits = list(edits)
        self.olds: list[Edit] = []

    def execute(self) -> None:
        self.olds = self.adapter.edit_activities(self.edits)
        if not any(f or lst for _i, f, lst in self.olds):
            self.setObsolete(True)

    def revert(self) -> None:
        self.adapter.edit_activities(list(reversed(self.olds)))


def set_text(label: str, count: int) -> str:
    """ "Set retention period for 12 activities"."""
    return translate("GridCommands", "Set %1 for %n activities", "", count).replace("%1", label)


def paste_text(count: int) -> str:
    return translate("GridCommands", "Paste %n cell(s)", "", count)


def fill_text(count: int) -> str:
    return translate("GridCommands", "Fill down %n cell(s)", "", count)
