"""What an empty register shows instead of an empty table: three ways in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from gui.adapter import StoreAdapter
from gui.commands.undo import AdapterCommand
from model.register import starters

translate = QCoreApplication.translate


class AddTypicalCommand(AdapterCommand):
    """The typical activities of a small business, added in the register's language."""

    def __init__(self, adapter: StoreAdapter) -> None:
        super().__init__(adapter, translate("Welcome", "Start from typical activities"))
        self.ids: list[int] = []
        self.snapshots: list[object] = []

    def execute(self) -> None:
        self.ids = self.adapter.write(starters.add_typical_activities, reset=True,
                                      items=("datacategory", "datasubject", "recipient"))

    def replay(self) -> None:
        self.ids = self.adapter.restore_activities(self.snapshots)  # type: ignore[arg-type]

    def revert(self) -> None:
        self.snapshots = list(self.adapter.delete_activities(self.ids))


class WelcomePage(QWidget):
    """Import a table, start from typical activities, or add one."""

    importRequested = Signal()
    typicalRequested = Signal()
    addRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(translate("Welcome", "The register is empty"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(translate(
            "Welcome", "Article 30 asks for one entry per processing activity: why personal "
                       "data is used, whose, which, on what legal basis, for how long. "
                       "Three ways to begin:"))
        text.setWordWrap(True)
        text.setFixedWidth(560)
        text.setMinimumHeight(text.heightForWidth(560))  # centred, a wrapped label would clip
        for widget in (title, text):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        for name, label, signal in (
                ("importButton", translate("Welcome", "Import your table (Excel, LibreOffice, "
                                                      "CSV)…"), self.importRequested),
                ("typicalButton", translate("Welcome", "Start from the typical activities of "
                                                       "a small business"),
                 self.typicalRequested),
                ("addButton", translate("Welcome", "Add an activity"), self.addRequested)):
            button = QPushButton(label)
            button.setObjectName(name)
            button.setMinimumWidth(420)
            button.clicked.connect(signal.emit)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        hint = QLabel(translate("Welcome", "Payroll, customers and prospects, suppliers, staff, "
                                           "recruitment, video surveillance — with their usual "
                                           "categories, bases and retention periods, to adapt."))
        hint.setWordWrap(True)
        hint.setFixedWidth(560)
        hint.setMinimumHeight(hint.heightForWidth(560))
        hint.setEnabled(False)
        layout.addWidget(hint, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
