"""File ▸ Import table…: a preview of what a spreadsheet would add, then one undoable step.

The table is parsed against the register (`model.exchange.table_import.parse_for`) without
changing anything. The dialog shows every row with its problems (errors red,
warnings amber), lets the user give a legal basis to wording the parser did
not recognise (that wording becomes the basis's justification), lists the
categories the import would create, and returns an `ImportPlan`. The caller
pushes `plan.command(adapter)`: undo removes the activities and the new
categories again. `run_import` does all of that for the main window.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QStyle,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.adapter import StoreAdapter
from gui.commands.lists import ImportCommand
from gui.commands.undo import push
from gui.dialogs import files
from gui.settings import IMPORT_COLUMNS
from model.core import catalogue, i18n, vocab
from model.core.errors import RegistreError
from model.exchange import columns as columns_
from model.exchange import importer, table_import

translate = QCoreApplication.translate  # lupdate reads each call: literal context and text

ModelIndex = QModelIndex | QPersistentModelIndex

ProblemRole = Qt.ItemDataRole.UserRole + 1
""""error", "warning" or "" for the row."""
LineRole = Qt.ItemDataRole.UserRole + 2
"""The row's line in the file."""

Reparse = Callable[[Mapping[int, str]], importer.ParsedTable]
"""Parses the file again with the user's choice of where some columns go."""
FindDuplicates = Callable[[importer.ParsedTable], list[table_import.Duplicate]]
"""The rows of a parsed table whose activity the register already has."""

ERROR_BACKGROUND = QColor("#fbd5d5")
WARNING_BACKGROUND = QColor("#fdebc2")
DUPLICATE_BACKGROUND = QColor("#d8e6f8")
"""A row whose activity the register already has (skipped, updating it, or added again)."""
TEXT_ON_TINT = QColor("#1a1a1a")
"""Dark text on the light tints, readable in a dark theme too."""


SHOWN = 4
"""Rows already in the register named in the sentence; the preview marks every one."""


def basis_label(code: str) -> str:
    return vocab.label_of(vocab.LEGAL_BASES, code, i18n.language())


@dataclass
class ImportPlan:
    """What the user agreed to import: the parsed table with their basis assignments."""

    parsed: importer.ParsedTable
    source: str
    """The file's name, for the history and the Edit menu."""
    assigned: dict[int, str] = field(default_factory=dict)
    """Row index → basis code given to that row's unrecognised legal-basis wording."""
    duplicates: str = table_import.ADD
    """What becomes of rows whose activity the register already has (skip, update, add)."""

    def table(self) -> importer.ParsedTable:
        """The table to apply: assigned wording moved into the rows' bases as justification.

        The preview's table is left as it was (the user may import the plan again): only the
        rows given a basis are copied, and the table around them (a deep copy of 10,000 rows
        took longer than their import)."""
        rows = list(self.parsed.rows)
        for row_index, code in self.assigned.items():
            row = rows[row_index]
            if not code or not row.unmapped_basis:
                continue
            bases = list(row.bases)
            if code not in {c for c, _ in bases}:
                bases.append((code, row.unmapped_basis))
            rows[row_index] = replace(row, bases=bases, unmapped_basis="")
        return replace(self.parsed, rows=rows)

    def command(self, adapter: StoreAdapter) -> ImportCommand:
        """The one undoable step that applies this plan."""
        return ImportCommand(adapter, parsed=self.table(), source=self.source,
                             duplicates=self.duplicates)

    def __iter__(self) -> Iterator[Any]:
        """`parsed, source = plan` unpacks the table to apply and its file name."""
        return iter((self.table(), self.source))


class ImportPreviewModel(QAbstractTableModel):
    """The parsed rows, one per line of the file, with their problems as colour and tooltip."""

    COLUMNS = ("line", "name", "purpose", "categories", "bases", "register")

    def __init__(self, parsed: importer.ParsedTable, *, new_categories: set[str],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._parsed = parsed
        self._new = new_categories
        self.assigned: dict[int, str] = {}
        self.duplicates: dict[tuple[str, int], table_import.Duplicate] = {}
        """By sheet and line: the rows whose activity the register already has."""
        self.choice = table_import.SKIP
        self._icons: dict[str, QIcon] = {}

    def icon(self, problem: str) -> QIcon:
        """The row's problem icon, made once (the view asks for it on every repaint)."""
        icon = self._icons.get(problem)
        if icon is None:
            icon = self._icons[problem] = QApplication.style().standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxCritical if problem == "error"
                else QStyle.StandardPixmap.SP_MessageBoxWarning)
        return icon

    def set_duplicates(self, found: list[table_import.Duplicate], choice: str) -> None:
        """Point out the rows already in the register, and what `choice` does with them."""
        self.duplicates = {d.place: d for d in found}
        self.choice = choice
        if self._parsed.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._parsed.rows) - 1, len(self.COLUMNS) - 1))

    def duplicate_of(self, row: int) -> table_import.Duplicate | None:
        return self.duplicates.get(self._parsed.rows[row].place)

    def assign(self, rows: Sequence[int], code: str) -> None:
        """Give these rows' unrecognised basis wording (one wording, that they share) to
        basis `code` ("" to undo that)."""
        for row in rows:
            if code:
                self.assigned[row] = code
            else:
                self.assigned.pop(row, None)
        if rows:
            column = self.COLUMNS.index("bases")
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), column))

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt idiom
        """Override QAbstractItemModel.rowCount."""
        return 0 if parent.isValid() else len(self._parsed.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt idiom
        """Override QAbstractItemModel.columnCount."""
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractItemModel.headerData."""
        if (orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole
                or not 0 <= section < len(self.COLUMNS)):
            return None
        return {
            "line": translate("ImportPreviewModel", "Line"),
            "name": translate("ImportPreviewModel", "Activity"),
            "purpose": translate("ImportPreviewModel", "Purpose"),
            "categories": catalogue.by_key("data_categories").label(i18n.language()),
            "bases": catalogue.by_key("legal_bases").label(i18n.language()),
            "register": translate("ImportPreviewModel", "Already in the register"),
        }[self.COLUMNS[section]]

    def _problems(self, row: int) -> tuple[list[str], list[str]]:
        item = self._parsed.rows[row]
        warnings = list(item.warnings)
        if row in self.assigned and item.unmapped_basis:
            # the user settled it: the "not recognised" warning no longer applies
            warnings = [w for w in warnings if item.unmapped_basis not in w]
        return list(item.errors), warnings

    def problem(self, row: int) -> str:
        errors, warnings = self._problems(row)
        return "error" if errors else "warning" if warnings else ""

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractItemModel.data."""
        if not index.isValid() or not 0 <= index.row() < len(self._parsed.rows):
            return None
        row = index.row()
        item = self._parsed.rows[row]
        key = self.COLUMNS[index.column()]
        if role == ProblemRole:
            return self.problem(row)
        if role == LineRole:
            return item.line
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, item, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, item, key)
        if role == Qt.ItemDataRole.BackgroundRole:
            problem = self.problem(row)
            if problem:
                return QBrush(ERROR_BACKGROUND if problem == "error" else WARNING_BACKGROUND)
            if self.duplicate_of(row) is not None:
                return QBrush(DUPLICATE_BACKGROUND)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and (
                self.problem(row) or self.duplicate_of(row) is not None):
            return QBrush(TEXT_ON_TINT)
        if role == Qt.ItemDataRole.DecorationRole and key == "line":
            problem = self.problem(row)
            return self.icon(problem) if problem else None
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "line":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: int, item: importer.ParsedRow, key: str) -> Any:
        if key == "line":  # a row of a form or of a sheet of its own: its sheet and line
            return f"{item.sheet} · {item.line}" if item.sheet else item.line
        if key == "register":
            found = self.duplicate_of(row)
            if found is None:
                return ""
            return {
                table_import.SKIP: translate("ImportPreviewModel", "%1, skipped"),
                table_import.UPDATE: translate("ImportPreviewModel", "%1, will be updated"),
                table_import.ADD: translate("ImportPreviewModel", "%1, added again"),
            }[self.choice].replace("%1", found.reference)
        if key == "name":
            return item.name
        if key == "purpose":
            return item.purpose
        if key == "categories":
            if not item.categories:
                return translate("ImportPreviewModel", "(kept as text: %1)").replace(
                    "%1", item.categories_text) if item.categories_text else "—"
            new = translate("ImportPreviewModel", "%1 (new)")
            return ", ".join(new.replace("%1", c) if c in self._new else c
                             for c in item.categories)
        if key == "bases":
            labels = [basis_label(code) for code, _ in item.bases]
            code = self.assigned.get(row)
            if code and item.unmapped_basis and code not in {c for c, _ in item.bases}:
                labels.append(basis_label(code))
            if item.unmapped_basis and not code:
                labels.append(translate("ImportPreviewModel", "⚠ not recognised"))
            return ", ".join(labels) or "—"
        return None

    def _tooltip(self, row: int, item: importer.ParsedRow, key: str) -> str | None:
        found = self.duplicate_of(row)
        if key == "register" and found is not None:
            return translate("ImportPreviewModel", "The register already has this activity: "
                                                   "%1 %2").replace("%1", found.reference
                                                                    ).replace("%2", found.name)
        errors, warnings = self._problems(row)
        lines = [translate("ImportPreviewModel", "Error: %1").replace("%1", e) for e in errors]
        lines += [translate("ImportPreviewModel", "Warning: %1").replace("%1", w)
                  for w in warnings]
        if key == "purpose":
            lines.insert(0, item.purpose)
        elif key == "bases":
            lines.insert(0, item.basis_text)
        elif key == "categories":
            lines.insert(0, item.categories_text)
        return "\n".join(line for line in lines if line) or None


def _wording_label(lines: Sequence[int], wording: str) -> str:
    """The rows (their lines) that give `wording` as their legal basis, and the wording, in
    the words the import's own messages name lines with."""
    return importer.at_lines(lines, translate("ImportDialog", "“%1”").replace("%1", wording))


class ImportDialog(QDialog):
    """The preview of one table; Import accepts it when it has no blocking error."""

    def __init__(self, parsed: importer.ParsedTable, *, source: str, known_categories: set[str],
                 parent: QWidget | None = None, reparse: Reparse | None = None,
                 settings: QSettings | None = None,
                 find_duplicates: FindDuplicates | None = None) -> None:
        super().__init__(parent)
        self.find_duplicates = find_duplicates
        self.found: list[table_import.Duplicate] = []
        self.parsed = parsed
        self.source = source
        self.known_categories = known_categories
        self.reparse = reparse
        self.settings = settings
        self.source_columns = list(parsed.columns)
        """Every column of the file as the header placed it, whatever the user then chose."""
        self.choices: dict[int, str] = {}
        self.setWindowTitle(translate("ImportDialog", "Import “%1”").replace("%1", source))
        self.resize(1100, 760)
        self.model = ImportPreviewModel(parsed, new_categories=set(), parent=self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.columns_box = self._columns_box()

        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        # The line column as wide as its widest number and an icon: fitted to its contents,
        # it read a thousand rows again at every change of the view's width.
        metrics = self.view.fontMetrics()
        last = max((row.line for row in parsed.rows), default=0)
        sheets = {row.sheet for row in parsed.rows if row.sheet}  # forms: "Activité 2 · 1"
        widest = max((f"{sheet} · {last}" for sheet in sheets), key=metrics.horizontalAdvance,
                     default=str(last))
        self.view.setColumnWidth(0, max(
            metrics.horizontalAdvance(widest)
            + self.view.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
            + metrics.horizontalAdvance("M") * 2,
            metrics.horizontalAdvance(str(self.model.headerData(0, Qt.Orientation.Horizontal)))
            + metrics.horizontalAdvance("M") * 2))
        for column, width in ((1, 220), (2, 250), (3, 200), (4, 170)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.view.setColumnWidth(column, width)
        header.setStretchLastSection(True)

        self.new_categories = QLabel(self)
        self.new_categories.setWordWrap(True)

        self.basis_combos: dict[str, QComboBox] = {}
        """The choice of a basis for each unrecognised wording."""
        unmapped = QGroupBox(translate("ImportDialog", "Wording not recognised as a legal basis"),
                             self)
        grid = QGridLayout(unmapped)
        hint = QLabel(translate(
            "ImportDialog", "Choose the legal basis each wording stands for: it becomes that "
            "basis's justification. Left unassigned, it is kept as text on the activity."),
            unmapped)
        hint.setWordWrap(True)
        grid.addWidget(hint, 0, 0, 1, 2)
        # One choice a wording, for all the rows that share it: a register of 10,000 rows
        # repeats its few wordings, and a choice a row would be thousands of widgets.
        rows_of: dict[str, list[int]] = {}
        for row_index, row in enumerate(parsed.rows):
            if row.unmapped_basis:
                rows_of.setdefault(row.unmapped_basis, []).append(row_index)
        choices = [(translate("ImportDialog", "%1 (Art. %2)")
                    .replace("%1", term.label(i18n.language()))
                    .replace("%2", term.article), term.code) for term in vocab.LEGAL_BASES]
        for wording, indexes in rows_of.items():
            lines = [parsed.rows[i].line for i in indexes]
            text = QLabel(_wording_label(lines, wording), unmapped)
            text.setWordWrap(True)
            combo = QComboBox(unmapped)
            combo.setObjectName(f"basisFor{lines[0]}")
            combo.addItem(translate("ImportDialog", "Leave unassigned"), "")
            for label, code in choices:
                combo.addItem(label, code)
            combo.currentIndexChanged.connect(
                lambda _i, r=indexes, c=combo: self.model.assign(r, str(c.currentData())))
            at = grid.rowCount()
            grid.addWidget(text, at, 0)
            grid.addWidget(combo, at, 1)
            self.basis_combos[wording] = combo
        grid.setColumnStretch(0, 1)
        unmapped.setVisible(bool(self.basis_combos))

        self.problems = QListWidget(self)
        self.duplicates_box = self._duplicates_box()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(translate("ImportDialog", "Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.import_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._show(parsed)
        remembered = (IMPORT_COLUMNS.get(settings, self._header())
                      if settings is not None and reparse is not None else {})
        if remembered:
            self._choose(remembered)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.columns_box)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.new_categories)
        layout.addWidget(unmapped)
        layout.addWidget(self.duplicates_box)
        layout.addWidget(self.buttons)

    # -- where each column goes ------------------------------------------------------------

    def _columns_box(self) -> QGroupBox:
        """Every source column, with a choice of where it goes: a field, a note, or left out."""
        box = QGroupBox(translate("ImportDialog", "Columns of the file"), self)
        self.columns_view = QTableWidget(len(self.source_columns), 2, box)
        self.columns_view.setObjectName("importColumns")
        self.columns_view.setHorizontalHeaderLabels([
            translate("ImportDialog", "Column"), translate("ImportDialog", "Goes to")])
        self.columns_view.verticalHeader().hide()
        self.columns_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.column_combos: dict[int, QComboBox] = {}
        lang = i18n.language()
        for row, column in enumerate(self.source_columns):
            title = column.title or translate("ImportDialog", "(untitled)")
            self.columns_view.setItem(row, 0, QTableWidgetItem(
                f"{table_import.column_letter(column.index)}  {title}"))
            combo = QComboBox(self.columns_view)
            combo.setObjectName(f"columnFor{column.index}")
            for target in columns_.TARGETS:
                combo.addItem(target.label(lang), target.key)
            combo.insertSeparator(combo.count())
            combo.addItem(translate("ImportDialog", "Note “%1”").replace("%1", title),
                          columns_.NOTE)
            combo.addItem(translate("ImportDialog", "Left out (not imported)"), columns_.SKIP)
            combo.setCurrentIndex(combo.findData(column.key))
            combo.setEnabled(self.reparse is not None)
            combo.currentIndexChanged.connect(
                lambda _i, c=column.index, w=combo: self._choose({c: str(w.currentData())}))
            self.columns_view.setCellWidget(row, 1, combo)
            self.column_combos[column.index] = combo
        header = self.columns_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.columns_view.setColumnWidth(0, 420)
        header.setStretchLastSection(True)
        self.columns_view.setMinimumHeight(170)
        self.left_out = QLabel(box)
        self.left_out.setObjectName("leftOut")
        self.left_out.setWordWrap(True)
        layout = QVBoxLayout(box)
        layout.addWidget(self.columns_view)
        layout.addWidget(self.left_out)
        return box

    def _duplicates_box(self) -> QGroupBox:
        """Rows whose activity the register already has, and what to do with them."""
        box = QGroupBox(translate("ImportDialog", "Already in the register"), self)
        self.duplicates_label = QLabel(box)
        self.duplicates_label.setObjectName("duplicates")
        self.duplicates_label.setWordWrap(True)
        self.duplicates_choice = QComboBox(box)
        self.duplicates_choice.setObjectName("duplicatesChoice")
        self.duplicates_choice.addItem(translate("ImportDialog", "Skip these rows"),
                                       table_import.SKIP)
        self.duplicates_choice.addItem(
            translate("ImportDialog", "Update those activities with these rows"),
            table_import.UPDATE)
        self.duplicates_choice.addItem(translate("ImportDialog", "Add them as new activities"),
                                       table_import.ADD)
        # Skipped unless the user says otherwise: importing the same table twice changes
        # nothing, and the rows are pointed out in the preview and here.
        self.duplicates_choice.setCurrentIndex(self.duplicates_choice.findData(table_import.SKIP))
        self.duplicates_choice.currentIndexChanged.connect(lambda *_: self._summarise())
        layout = QVBoxLayout(box)
        layout.addWidget(self.duplicates_label)
        layout.addWidget(self.duplicates_choice)
        return box

    def _show_duplicates(self, parsed: importer.ParsedTable) -> None:
        found = self.find_duplicates(parsed) if self.find_duplicates is not None else []
        self.found = found
        self.model.set_duplicates(found, str(self.duplicates_choice.currentData()))
        self.duplicates_box.setVisible(bool(found))
        self.duplicates_label.setText(translate(
            "ImportDialog", "%n row(s) name an activity the register already has: %1", None,
            len(found)).replace("%1", "; ".join(
                translate("ImportDialog", "line %1 (%2 %3)").replace("%1", str(d.line))
                .replace("%2", d.reference).replace("%3", d.name) for d in found[:SHOWN])
                + ("; …" if len(found) > SHOWN else "")))

    def _summarise(self) -> None:
        """What the import will do, rows already in the register as the user chose."""
        parsed = self.parsed
        choice = str(self.duplicates_choice.currentData())
        self.model.set_duplicates(self.found, choice)
        again = len(self.found) if choice != table_import.ADD else 0
        summary = translate("ImportDialog", "%n activity(ies) will be added to the register.",
                            None, len(parsed.rows) - again)
        if again and choice == table_import.SKIP:
            summary += " " + translate(
                "ImportDialog", "%n row(s) already in the register will be skipped.", None,
                again)
        elif again:
            summary += " " + translate(
                "ImportDialog", "%n activity(ies) already in the register will be updated.",
                None, again)
        if parsed.errors:
            summary += " " + translate(
                "ImportDialog", "%n error(s) must be corrected in the file before importing.",
                None, len(parsed.errors))
        elif parsed.warnings:
            summary += " " + translate(
                "ImportDialog", "%n point(s) to check, marked in amber.", None,
                len(parsed.warnings))
        self.summary.setText(summary)

    def _header(self) -> list[str]:
        return [c.title for c in self.source_columns]

    def _choose(self, choices: dict[int, str]) -> None:
        """Send columns where the user says, and show the table as it would then import."""
        if self.reparse is None:
            return
        planned = {c.index: c.key for c in self.source_columns}
        for index, key in choices.items():
            if index not in planned:
                continue
            if key == planned[index]:
                self.choices.pop(index, None)
            else:
                self.choices[index] = key
            combo = self.column_combos[index]
            if combo.currentData() != key and combo.findData(key) >= 0:
                combo.blockSignals(True)
                combo.setCurrentIndex(combo.findData(key))
                combo.blockSignals(False)
        try:
            parsed = self.reparse(dict(self.choices))
        except RegistreError as exc:
            self.summary.setText(str(exc))
            return
        self._show(parsed)

    def _show(self, parsed: importer.ParsedTable) -> None:
        """The preview, the summary and the problems of `parsed`."""
        self.parsed = parsed
        new = [c for c in parsed.new_categories if c not in self.known_categories]
        self.model = ImportPreviewModel(parsed, new_categories=set(new), parent=self)
        self.view.setModel(self.model)
        left_out = [c for c in self.source_columns if self.choices.get(c.index) == columns_.SKIP]
        self.left_out.setText(translate(
            "ImportDialog", "Left out, not imported: %1").replace("%1", ", ".join(
                translate("ImportDialog", "%1 “%2”").replace("%1", table_import.column_letter(
                    c.index)).replace("%2", c.title) for c in left_out)))
        self.left_out.setVisible(bool(left_out))
        if new:
            self.new_categories.setText(
                translate("ImportDialog", "New data categories created by this import: %1")
                .replace("%1", ", ".join(new)))
        else:
            self.new_categories.setText(translate(
                "ImportDialog", "Every data category is already in the register."))
        self._show_duplicates(parsed)
        self._summarise()
        self.problems.clear()
        icons = {kind: self.model.icon(kind) for kind in ("error", "warning")}
        errors, warnings = importer.grouped(parsed)  # a message many rows share, once
        for message, kind in (*((m, "error") for m in errors),
                              *((m, "warning") for m in warnings)):
            item = QListWidgetItem(icons[kind], message)
            item.setData(ProblemRole, kind)
            item.setToolTip(message)
            self.problems.addItem(item)
        self.problems.setVisible(self.problems.count() > 0)
        rows = min(max(self.problems.count(), 1), 4)
        self.problems.setFixedHeight(self.problems.sizeHintForRow(0) * rows + 8)
        ok = parsed.ok and bool(parsed.rows)
        self.import_button.setEnabled(ok)
        self.import_button.setToolTip("" if ok else translate(
            "ImportDialog", "Correct the errors in the file, then import it again."))

    def accept(self) -> None:
        if self.settings is not None and self.reparse is not None:
            IMPORT_COLUMNS.set(self.settings, self._header(), dict(self.choices))
        super().accept()

    def plan(self) -> ImportPlan:
        duplicates = (str(self.duplicates_choice.currentData())
                      if self.duplicates_box.isVisibleTo(self) else table_import.ADD)
        return ImportPlan(parsed=self.parsed, source=self.source,
                          assigned=dict(self.model.assigned), duplicates=duplicates)

    @classmethod
    def parse(cls, *, adapter: StoreAdapter, path: Path | importer.Workbook,
              choices: Mapping[int, str] | None = None) -> tuple[importer.ParsedTable, set[str]]:
        """Parse a table (its path, or its workbook read once) against the register; raises
        `RegistreError` when it cannot be read."""
        source = path if isinstance(path, importer.Workbook) else Path(path)
        with adapter.read() as session:
            parsed = table_import.parse_for(session, source, choices)
            known = set(table_import.known_categories(session))
        return parsed, known

    @classmethod
    def ask_path(cls, parent: QWidget | None) -> Path | None:
        """The table to import, chosen by the user; None when cancelled."""
        return files.open_file(
            parent, translate("ImportDialog", "Import a table of activities"),
            translate("ImportDialog",
                      "Tables (*.xlsx *.ods *.fods *.csv *.tsv *.txt);;All files (*)"))

    @classmethod
    def ask(cls, parent: QWidget | None, *, adapter: StoreAdapter,
            path: Path | None = None, settings: QSettings | None = None) -> ImportPlan | None:
        """Preview `path` (asked for when None); the user's plan, or None when nothing to do."""
        if path is None:
            path = cls.ask_path(parent)
            if path is None:
                return None
        path = Path(path)
        try:  # read once: a column sent elsewhere parses the same workbook again
            book = importer.read_workbook(path)
            parsed, known = cls.parse(adapter=adapter, path=book)
        except RegistreError as exc:
            cls.show_error(parent, path=path, message=str(exc))
            return None

        def reparse(choices: Mapping[int, str]) -> importer.ParsedTable:
            return cls.parse(adapter=adapter, path=book, choices=choices)[0]

        def duplicates(table: importer.ParsedTable) -> list[table_import.Duplicate]:
            with adapter.read() as session:
                return table_import.find_duplicates(session, table)

        dialog = cls(parsed, source=path.name, known_categories=known, parent=parent,
                     reparse=reparse, settings=settings, find_duplicates=duplicates)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.plan()
        finally:
            dialog.deleteLater()

    @classmethod
    def show_error(cls, parent: QWidget | None, *, path: Path, message: str) -> None:
        QMessageBox.warning(
            parent,
            translate("ImportDialog", "Import “%1”").replace("%1", path.name),
            translate("ImportDialog", "“%1” cannot be imported; the register was not changed.")
            .replace("%1", path.name) + "\n\n" + message,
        )


def run_import(parent: QWidget | None, *, adapter: StoreAdapter, undo_stack: QUndoStack,
               path: Path | None = None,
               settings: QSettings | None = None) -> table_import.ImportResult | None:
    """File ▸ Import table…: choose, preview, import as one undoable step; None if nothing done.
    With `settings`, the columns' destinations chosen for a header are remembered."""
    plan = ImportDialog.ask(parent, adapter=adapter, path=path, settings=settings)
    if plan is None:
        return None
    command = plan.command(adapter)
    if not push(undo_stack, command, report=False):
        ImportDialog.show_error(parent, path=Path(plan.source), message=str(command.error))
        return None
    return command.result
