"""A date typed in the user's locale format or picked in a calendar, stored as ISO text.

"hier soir", "31/02/2026" or "2026-02-28 environ" are marked and explained as
typed, and the field tells its owner it holds no valid date, so that nothing
invalid is saved.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QMenu, QStyle, QWidget, QWidgetAction

from model.core import validate

translate = QCoreApplication.translate

INVALID_STYLE = "QLineEdit { border: 2px solid #c0392b; }"


def display(iso: str) -> str:
    """An ISO date as the locale writes it (1 Dec 2026 → "01/12/2026" in French)."""
    day = QDate.fromString(iso, Qt.DateFormat.ISODate)
    return QLocale().toString(day, QLocale.FormatType.ShortFormat) if day.isValid() else iso


def parse(text: str) -> QDate:
    """The day `text` names in the locale's short format, its long one, or ISO; invalid if none."""
    text = text.strip()
    locale = QLocale()
    for fmt in (locale.dateFormat(QLocale.FormatType.ShortFormat),
                locale.dateFormat(QLocale.FormatType.LongFormat)):
        day = locale.toDate(text, fmt)
        if day.isValid():
            if "yyyy" not in fmt and day.year() < 1970:  # "12/1/26" is 2026, not 1926
                day = day.addYears(100)
            return day
    # ISO and day first, as a paste reads them: all of the text (Qt's ISO reading takes
    # "2025-01-31 environ" as the 31st, dropping the word).
    read = validate.read_date(text)
    if read is not None:
        return QDate(read.year, read.month, read.day)
    day = QDate.fromString(text, "MM/dd/yyyy")
    return day if day.isValid() else QDate()


class DateLineEdit(QLineEdit):
    """A line for a date, with a calendar button; `iso()` is "" when empty, None when invalid."""

    picked = Signal(str)
    """A day chosen in the calendar (ISO)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        sample = QLocale().toString(QDate(2026, 12, 31), QLocale.FormatType.ShortFormat)
        self.setPlaceholderText(sample)
        self._calendar = QCalendarWidget()
        self._calendar.setGridVisible(True)
        self._menu = QMenu(self)
        holder = QWidgetAction(self._menu)
        holder.setDefaultWidget(self._calendar)
        self._menu.addAction(holder)
        self._calendar.clicked.connect(self._chosen)
        self.pick_action = self.addAction(
            self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogInfoView),
            QLineEdit.ActionPosition.TrailingPosition)
        self.pick_action.setObjectName("pickDate")
        self.pick_action.setToolTip(translate("DateLineEdit", "Pick the date in a calendar"))
        self.pick_action.triggered.connect(self.open_calendar)
        self.textChanged.connect(self._mark)

    def set_iso(self, iso: str | None) -> None:
        self.setText(display(iso) if iso else "")

    def iso(self) -> str | None:
        if not self.text().strip():
            return ""
        day = parse(self.text())
        return day.toString(Qt.DateFormat.ISODate) if day.isValid() else None

    def problem(self) -> str:
        if self.iso() is not None:
            return ""
        return translate("DateLineEdit", "“%1” is not a date: type it as %2, or pick it in the "
                                         "calendar.").replace("%1", self.text().strip()).replace(
            "%2", self.placeholderText())

    def open_calendar(self) -> None:
        current = parse(self.text())
        self._calendar.setSelectedDate(current if current.isValid() else QDate.currentDate())
        self._menu.popup(self.mapToGlobal(self.rect().bottomLeft()))

    def _chosen(self, day: QDate) -> None:
        self._menu.hide()
        self.setText(QLocale().toString(day, QLocale.FormatType.ShortFormat))
        self.picked.emit(day.toString(Qt.DateFormat.ISODate))

    def _mark(self) -> None:
        why = self.problem()
        self.setStyleSheet(INVALID_STYLE if why else "")
        self.setToolTip(why)
