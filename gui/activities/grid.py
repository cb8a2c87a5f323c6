"""What makes the activities table a spreadsheet: columns to show, filters, copy, paste, fill.

Copy puts the selected rows' shown cells on the clipboard as tab-separated
text and as an HTML table, which LibreOffice and Excel paste as cells. Paste
reads a block of cells (the clipboard's text, else its HTML: a web page's table
gives its cells, other HTML its lines) through `model.exchange.cells` (the import's parsing of
lists and bases) at the current cell, as one undo step; a cell whose text is no value
of its column (a date with a word after it) is left as it was and named in one message
that counts them, the others going in, and a block that does not fit is refused with
one sentence. Fill-down gives the selected rows the first one's value in the current
column. An editor closed on one of several selected rows sets that field for all of
them, as one undo step, and so does Edit ▸ Bulk edit… (`apply_bulk`, the dialog being
`gui.dialogs.bulk`).

The user's own columns are their notes: one column per note name, edited, filtered,
copied and pasted like the others. The columns' order, visibility and width are
remembered by key (`layout`), so a note's column keeps its place in any register.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Sequence
from html.parser import HTMLParser
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QKeyCombination,
    QMimeData,
    QObject,
    QPoint,
    Qt,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLineEdit, QMenu, QTableView, QWidgetAction

from gui.activities import columns
from gui.activities.table import (
    ActivitiesDelegate,
    ActivitiesModel,
    ActivitiesProxy,
    Change,
    column_change,
    edit_value,
)
from gui.adapter import StoreAdapter
from gui.commands import grid as commands
from gui.commands import undo
from model.core import catalogue, i18n
from model.core.errors import RegistreError
from model.exchange import cells
from model.register.views import ActivityView

translate = QCoreApplication.translate
MAX_REMEMBERED = 300
"""Columns whose layout is remembered: every field, and the notes of the registers last seen."""


def to_tsv(block: Sequence[Sequence[str]]) -> str:
    """Cells as spreadsheets exchange them: a cell with a tab, newline or quote is quoted."""
    def quoted(text: str) -> str:
        if any(c in text for c in '\t\n"'):
            return '"' + text.replace('"', '""') + '"'
        return text
    return "\n".join("\t".join(quoted(c) for c in row) for row in block)


def from_tsv(text: str) -> list[list[str]]:
    """The block of cells LibreOffice or Excel put on the clipboard (quoted cells kept whole).

    A cell is quoted when it opens with a quote whose closing one ends it: `"Best" shop`
    or a lone `"` (Excel quotes only cells with a line break) is text, kept as typed."""
    rows: list[list[str]] = [[]]
    text = text.replace("\r\n", "\n")
    text = text[:-1] if text.endswith("\n") else text  # the last row's own line break
    i = 0
    while True:
        cell, i = _cell_at(text, i)
        rows[-1].append(cell)
        if i >= len(text):
            return rows
        if text[i] == "\n":
            rows.append([])
        i += 1


def _cell_at(text: str, start: int) -> tuple[str, int]:
    """The cell that begins at `start`, and where it ends (its tab, its newline, the end)."""
    if text.startswith('"', start):
        parts, i = [], start + 1
        while (close := text.find('"', i)) >= 0:
            parts.append(text[i:close])
            if text.startswith('"', close + 1):  # a doubled quote: one quote of the text
                parts.append('"')
                i = close + 2
                continue
            if close + 1 == len(text) or text[close + 1] in "\t\n":
                return "".join(parts), close + 1
            break  # text after the closing quote: the quotes are the user's own
    ends = [e for e in (text.find("\t", start), text.find("\n", start)) if e >= 0]
    end = min(ends, default=len(text))
    return text[start:end], end


_HIDDEN_TAGS = frozenset({"head", "title", "style", "script", "template", "noscript"})
"""What a page's HTML holds that is not its text (Excel's clipboard HTML has a style sheet)."""
_BLOCK_TAGS = frozenset({"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "pre",
                         "blockquote", "section", "article", "header", "footer", "h1", "h2",
                         "h3", "h4", "h5", "h6", "hr"})
"""Tags that start a line of their own: a paragraph is a row, as it is a line of text."""


class _HtmlCells(HTMLParser):
    """The rows of the tables of an HTML fragment (`rows`), and its text line by line
    (`lines`) for a fragment with no table."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[str]] = []
        self.text: list[str] = []
        """The text outside the tables, a newline where a line ends."""
        self._cell: list[str] | None = None
        self._span = 1
        self._down = 1
        self._below: dict[int, int] = {}
        """Columns a cell above spans (rowspan) into the rows below, and for how many more."""
        self._covered: set[int] = set()
        """The columns of the current row a cell above covers: empty cells there, so that
        the row's own cells keep their columns (as a spreadsheet unmerges a pasted cell)."""
        self._tables = 0
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Override HTMLParser.handle_starttag."""
        if tag in _HIDDEN_TAGS:
            self._hidden += 1
        elif tag == "table":
            self._tables += 1
            if self._tables > 1:  # a table in a cell: its text is the cell's
                self._write("\n")
        elif self._tables == 1 and tag == "tr":
            self._end_cell()
            self._new_row()
        elif self._tables == 1 and tag in ("td", "th"):
            self._end_cell()
            if not self.rows:
                self._new_row()
            self._cell = []
            given = dict(attrs)
            self._span, self._down = _span(given.get("colspan")), _span(given.get("rowspan"))
        elif tag == "br" or tag in _BLOCK_TAGS:
            self._write("\n")

    def handle_endtag(self, tag: str) -> None:
        """Override HTMLParser.handle_endtag."""
        if tag in _HIDDEN_TAGS:
            self._hidden = max(0, self._hidden - 1)
        elif tag == "table":
            if self._tables == 1:
                self._end_cell()
                if self.rows:
                    self._pad()
                self._below, self._covered = {}, set()  # a table's spans end with it
            self._tables = max(0, self._tables - 1)
        elif self._tables == 1 and tag in ("td", "th", "tr"):
            self._end_cell()
        elif tag in _BLOCK_TAGS:
            self._write("\n")

    def handle_data(self, data: str) -> None:
        """Override HTMLParser.handle_data."""
        self._write(data)

    def _write(self, text: str) -> None:
        if self._hidden:
            return
        if self._tables:
            if self._cell is not None:
                self._cell.append(text)
        else:
            self.text.append(text)

    def _new_row(self) -> None:
        if self.rows:
            self._pad()  # the last columns a cell above covers
        self.rows.append([])
        self._covered = {c for c, n in self._below.items() if n > 0}
        self._below = {c: n - 1 for c, n in self._below.items() if n > 1}

    def _pad(self) -> None:
        row = self.rows[-1]
        while len(row) in self._covered:
            row.append("")

    def _end_cell(self) -> None:
        if self._cell is not None:
            self._pad()
            row, start = self.rows[-1], len(self.rows[-1])
            row += [_html_lines("".join(self._cell))] + [""] * (self._span - 1)
            if self._down > 1:
                self._below.update((c, self._down - 1) for c in range(start, len(row)))
            self._cell = None

    def cells(self) -> list[list[str]]:
        """The tables' rows, else the text's lines as a column; [] when there is no text."""
        self.close()
        self._end_cell()
        if self.rows:
            self._pad()
        rows = [row for row in self.rows if row]
        if rows:
            return rows
        return [[line] for line in _html_lines("".join(self.text)).split("\n") if line]


def _span(value: str | None) -> int:
    """A colspan or rowspan: 1 unless a number, at most 1024."""
    return max(1, min(int(value), 1024)) if value and value.isdigit() else 1


def _html_lines(text: str) -> str:
    """HTML text as it reads: spaces collapsed, each line trimmed, no empty line."""
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def from_html(markup: str) -> list[list[str]]:
    """The block of cells an HTML clipboard holds (a web page's table, Word's, a mail's):
    each table row a row and each cell a cell; without a table, each line of its text a
    row of one cell. [] when it holds no text."""
    parser = _HtmlCells()
    parser.feed(markup)
    return parser.cells()


def clipboard_cells() -> list[list[str]]:
    """The clipboard's cells: its text as a spreadsheet gives it, else its HTML (what a
    web page or some applications give alone); [] when it holds neither."""
    mime = QGuiApplication.clipboard().mimeData()
    if mime.hasText() and mime.text():
        return from_tsv(mime.text())
    if mime.hasHtml():
        return from_html(mime.html())
    return []


class _Keys(QObject):
    """Ctrl+C, Ctrl+X, Ctrl+V and Ctrl+D on the view, before the view's own one-cell copy."""

    def __init__(self, grid: Grid) -> None:
        super().__init__(grid.view)
        self.grid = grid

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject.eventFilter."""
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and isinstance(
                event, QKeyEvent):
            slot: Callable[[], object] | None = None
            if event.matches(QKeySequence.StandardKey.Copy):
                slot = self.grid.copy
            elif event.matches(QKeySequence.StandardKey.Cut):
                slot = self.grid.cut
            elif event.matches(QKeySequence.StandardKey.Paste):
                slot = self.grid.paste
            elif event.keyCombination() == QKeyCombination(Qt.KeyboardModifier.ControlModifier,
                                                           Qt.Key.Key_D):
                slot = self.grid.fill_down
            if slot is not None:
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    slot()
                return True
        return super().eventFilter(watched, event)


class Grid:
    """The spreadsheet behaviours of one activities view."""

    def __init__(self, *, view: QTableView, model: ActivitiesModel, proxy: ActivitiesProxy,
                 adapter: StoreAdapter, undo_stack: QUndoStack) -> None:
        self.view, self.model, self.proxy = view, model, proxy
        self.adapter, self.undo_stack = adapter, undo_stack
        header = view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self.header_menu)
        for col, column in enumerate(model.columns):
            view.setColumnHidden(col, not columns.shown_at_first(column))
        self._remembered: dict[str, dict[str, Any]] = {}
        """The layout restored, by column key: a note column that comes later takes its own."""
        self._keys_before: list[str] = []
        model.columnsInserted.connect(self._columns_inserted)
        model.modelAboutToBeReset.connect(
            lambda: setattr(self, "_keys_before", [c.key for c in model.columns]))
        model.modelReset.connect(self._columns_reset)
        self.extra_actions: list[QAction] = []
        """Actions of the window the table's context menu offers too (Bulk edit…)."""
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self.context_menu)
        self._keys = _Keys(self)
        view.installEventFilter(self._keys)
        self.filter_edit: QLineEdit | None = None
        self.notice: Callable[[str], None] | None = None
        """Where what a paste did goes, in passing (the window's status bar)."""
        delegate = view.itemDelegate()
        if isinstance(delegate, ActivitiesDelegate):
            delegate.bulk = self.bulk

    def bulk(self, index: Any, value: Any) -> bool:
        """An editor closed on one of several selected rows: the value goes to them all."""
        rows = self.selected_rows()
        source = self.proxy.mapToSource(index).row() if index.model() is self.proxy \
            else index.row()
        if len(rows) < 2 or source not in rows:
            return False
        self.set_for_rows(index.column(), rows, value)
        return True

    # -- what is selected ------------------------------------------------------------

    def shown_columns(self) -> list[int]:
        """Logical columns in the order the user sees them."""
        header = self.view.horizontalHeader()
        return [header.logicalIndex(v) for v in range(header.count())
                if not header.isSectionHidden(header.logicalIndex(v))]

    def selected_rows(self) -> list[int]:
        """Source rows of the selection, top to bottom as shown."""
        # From the selection's ranges: selectedRows() asks flags() of every selected cell,
        # some 370,000 Python calls for 10,000 rows.
        selection = self.view.selectionModel().selection()
        spans = (selection.at(k) for k in range(selection.count()))
        proxy_rows = sorted({r for span in spans for r in range(span.top(), span.bottom() + 1)})
        return [self.proxy.mapToSource(self.proxy.index(r, 0)).row() for r in proxy_rows]

    # -- copy --------------------------------------------------------------------------

    def copy(self) -> None:
        """The selected rows' shown cells, as tab-separated text and as an HTML table."""
        rows = self.selected_rows()
        if not rows:
            return
        cols = self.shown_columns()
        block = [[self.model.cell_text(self.model.row_at(r), self.model.columns[c])
                  for c in cols] for r in rows]
        mime = QMimeData()
        mime.setText(to_tsv(block))
        mime.setHtml("<table>" + "".join(
            "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>"
            for row in block) + "</table>")
        QGuiApplication.clipboard().setMimeData(mime)

    def cut(self) -> None:
        """Ctrl+X: the rows are copied, and kept (an activity is not emptied); the status
        bar says so, rather than the key doing nothing."""
        rows = self.selected_rows()
        if not rows:
            return
        self.copy()
        self._say(translate("Grid", "%n activity(ies) copied, not cut: an activity stays "
                                    "until it is deleted (Delete).", "", len(rows)))

    # -- paste ---------------------------------------------------------------------------

    def paste(self) -> bool:
        """Paste the clipboard's cells at the current cell; False (and said why) if refused."""
        if self.adapter.readonly:
            return False
        current = self.view.currentIndex()
        if not current.isValid():
            return False
        block = clipboard_cells()
        if not block:
            return self._refuse(translate("Grid", "The clipboard holds no text or cells to "
                                                  "paste. Nothing was pasted."))
        shown = self.shown_columns()
        width = max(len(r) for r in block)
        if width == len(shown):
            start_col = 0  # whole rows, as copied: from the first column, whatever the current
        elif current.column() not in shown:
            return self._refuse(self._hidden_current() + " " + translate(
                "Grid", "Nothing was pasted."))
        else:
            start_col = shown.index(current.column())
        selected = self.selected_rows()
        if self.proxy.mapToSource(current).row() not in selected:
            # Filtered away and back, a row unticked: the current cell is in no row shown
            # as selected, and a paste there would change a row the user did not choose.
            return self._refuse(translate("Grid", "No row is selected: click the cell to "
                                                  "paste into first.") + " " + translate(
                "Grid", "Nothing was pasted."))
        rows_below = self.proxy.rowCount() - current.row()
        # One row of cells on several selected rows: each gets it, as a spreadsheet fills
        # a selection.
        several = len(block) == 1 and len(selected) > 1
        too_long = not several and len(block) > rows_below
        if too_long or start_col + width > len(shown):
            said = translate(
                "Grid", "The %1 × %2 cells do not fit here: from this cell, there is room for "
                        "%3 and %4. Nothing was pasted.")
            if too_long:  # a paste changes the rows there are, as in a spreadsheet's sheet
                said += " " + translate("Grid", "A paste adds no activity: add them first "
                                                "with New (Ctrl+N), or import a whole table "
                                                "with File ▸ Import table…")
            return self._refuse(said.replace("%1", str(len(block))).replace("%2", str(width))
                                .replace("%3", translate("Grid", "%n row(s)", "", rows_below))
                                .replace("%4", translate("Grid", "%n column(s)", "",
                                                         len(shown) - start_col)))
        if several:
            targets = selected
            block = block * len(targets)
        else:
            targets = [self.proxy.mapToSource(self.proxy.index(current.row() + i, 0)).row()
                       for i in range(len(block))]
        edits: dict[int, tuple[dict[str, Any], dict[str, Any]]] = {}
        count = 0
        # The read-only columns (a reference, the completeness) whose pasted text differs
        # from the cell's, by key: left as they are, and said.
        skipped: dict[str, str] = {}
        refused: list[str] = []
        """Cells whose text is no value of their column (a date with a word after it): left
        as they are, each named, while the others go in, as a cell typed is refused alone."""
        known: dict[str, Sequence[str]] = {}
        lang = i18n.language()
        for source_row, cells_ in zip(targets, block, strict=True):
            row = self.model.row_at(source_row)
            activity = row.view  # what the row will hold: two notes pasted are both kept
            for offset, text_ in enumerate(cells_):
                column = self.model.columns[shown[start_col + offset]]
                if not column.editable:
                    if text_.strip() != self.model.cell_text(row, column).strip():
                        skipped.setdefault(column.key, column.title(lang))
                    continue
                try:
                    if column.key not in known:
                        known[column.key] = self._known(column)
                    value = text_ if column.field is None else cells.parse_cell(
                        column.field, text_, known=known[column.key])
                except cells.CellError as exc:
                    refused.append(translate("Grid", "Row %1, column “%2”: %3")
                                   .replace("%1", row.reference)
                                   .replace("%2", column.title(lang)).replace("%3", str(exc)))
                    continue
                change = column_change(column, activity, value)
                count += 1
                if change is not None:
                    fields, lists = edits.setdefault(row.id, ({}, {}))
                    fields.update(change.fields)
                    lists.update(change.lists)
                    if "notes" in change.lists:
                        activity = ActivityView(activity.id, {**activity.json,
                                                              "notes": change.lists["notes"]})
        left = "" if not skipped else translate(
            "Grid", "%n column(s) not edited here left as they were: %1.", "", len(skipped)
        ).replace("%1", ", ".join(translate("Grid", "“%1”").replace("%1", t)
                                  for t in skipped.values()))
        nothing = translate("Grid", "Nothing was pasted.")
        if not edits and (skipped or refused):
            if len(refused) < 2:
                return self._refuse(" ".join(t for t in (*refused, left, nothing) if t))
            return self._refuse(" ".join(t for t in (left, nothing) if t) + _listing(
                refused, translate("Grid", "%n cell(s) refused:", "", len(refused))))
        if not self._push(commands.paste_text(count), edits):
            return False
        pasted = translate("Grid", "Pasted %n cell(s).", "", count)
        self._say(" ".join(t for t in (pasted, left) if t))
        if refused:  # said after the paste is in: the user sees the cells pasted behind it
            self._refuse(pasted + _listing(refused, translate(
                "Grid", "%n cell(s) refused, left as they were:", "", len(refused))))
        return True

    def _known(self, column: columns.Column) -> Sequence[str]:
        field = column.field
        if field is None or not field.item_list:
            return ()
        return self.adapter.item_names(catalogue.item_list(field.item_list).table)

    def _hidden_current(self) -> str:
        """Why nothing is done at the current cell when its column is hidden (the user
        clicked it, then hid the column: no cell shows as current)."""
        title = self.model.columns[self.view.currentIndex().column()].title(i18n.language())
        return translate("Grid", "The current cell is in the hidden column “%1”: click a "
                                 "cell that is shown first.").replace("%1", title)

    def _say(self, message: str) -> None:
        if self.notice is not None:
            self.notice(message)

    def _refuse(self, message: str) -> bool:
        self.adapter.report_error(message)
        return False

    def _push(self, text: str, edits: dict[int, tuple[dict[str, Any], dict[str, Any]]]) -> bool:
        if not edits:
            return False
        if any(f.get("status") == "validated" for f, _l in edits.values()) and not (
                undo.confirm_validation(self.view, self.adapter, [
                    self.model.row_at(self.model.row_of(i)).view for i, (f, _l) in edits.items()
                    if f.get("status") == "validated"])):
            return False
        return undo.push(self.undo_stack, commands.EditManyCommand(
            self.adapter, text, [(i, f, lst) for i, (f, lst) in edits.items()]))

    # -- fill down and bulk edits ----------------------------------------------------------

    def fill_down(self) -> bool:
        """The first selected row's value in the current column, to every other selected row."""
        rows = self.selected_rows()
        col = self.view.currentIndex().column()
        if len(rows) < 2 or col < 0 or self.adapter.readonly:
            return False
        if self.view.isColumnHidden(col):
            return self._refuse(self._hidden_current() + " " + translate(
                "Grid", "Nothing was filled down."))
        column = self.model.columns[col]
        if not column.editable:
            return False
        value = edit_value(column, self.model.row_at(rows[0]).view)
        return self.set_for_rows(col, rows[1:], value, commands.fill_text(len(rows) - 1))

    def set_for_rows(self, col: int, rows: Sequence[int], value: Any, text: str = "") -> bool:
        """Give column `col` the editor's `value` in every source row of `rows`: one step."""
        column = self.model.columns[col]
        edits: dict[int, tuple[dict[str, Any], dict[str, Any]]] = {}
        for r in rows:
            row = self.model.row_at(r)
            change: Change | None = column_change(column, row.view, value)
            if change is not None:
                edits[row.id] = (dict(change.fields), dict(change.lists))
        return self._push(text or commands.set_text(self._label(column), len(rows)), edits)

    def _label(self, column: columns.Column) -> str:
        return commands.in_sentence(column.title(i18n.language()), note=bool(column.note))

    def bulk_fields(self) -> list[commands.BulkField]:
        """The columns a bulk edit may set: every editable field, then the notes."""
        lang = i18n.language()
        return [commands.BulkField(c.key, c.title(lang), c.field) for c in self.model.columns
                if c.editable and (c.field is None or c.field.kind != catalogue.Kind.PER_ITEM)]

    def apply_bulk(self, change: commands.BulkChange, rows: Sequence[int] | None = None) -> bool:
        """The Bulk edit dialog's `change` on the selected source rows: one transaction, one
        undo step named for it; False when it changes nothing or was refused."""
        rows = self.selected_rows() if rows is None else list(rows)
        col = self.model.column_of(change.key)
        if col < 0 or not rows or self.adapter.readonly:
            return False
        column = self.model.columns[col]
        edits: dict[int, tuple[dict[str, Any], dict[str, Any]]] = {}
        for r in rows:
            row = self.model.row_at(r)
            value = change.value
            if change.mode != commands.SET:
                value = _listed(column, edit_value(column, row.view), change)
            found = column_change(column, row.view, value)
            if found is not None:
                edits[row.id] = (dict(found.fields), dict(found.lists))
        return self._push(commands.bulk_text(column.title(i18n.language()), change, len(rows)),
                          edits)

    # -- the layout: columns shown, their order and widths, remembered by key ----------------

    def layout(self) -> str:
        """The columns as the user arranged them, by key, in the order shown (JSON)."""
        header = self.view.horizontalHeader()
        keys = [self.model.columns[header.logicalIndex(v)].key for v in range(header.count())]
        entries = {**self._remembered}
        for key in keys:
            col = self.model.column_of(key)
            entries.pop(key, None)
            entries[key] = {"hidden": self.view.isColumnHidden(col),
                            "width": self.view.columnWidth(col)}
        kept = list(entries.items())[-MAX_REMEMBERED:]  # other registers' notes, the latest
        return json.dumps([{"key": k, **v} for k, v in kept], ensure_ascii=False)

    def restore_layout(self, text: str) -> bool:
        """Put the columns back as `layout()` gave them; columns it does not name keep their
        place and state (a field new in this version, a note new in this register)."""
        try:
            entries = [e for e in json.loads(text) if isinstance(e, dict)
                       and isinstance(e.get("key"), str)]
        except (ValueError, TypeError):
            return False
        self._remembered = {str(e["key"]): {"hidden": bool(e.get("hidden")),
                                            "width": int(e.get("width") or 0)}
                            for e in entries}
        header = self.view.horizontalHeader()
        place = 0
        for key in self._remembered:
            col = self.model.column_of(key)
            if col < 0:
                continue
            header.moveSection(header.visualIndex(col), place)
            place += 1
            self._apply(col)
        return True

    def _apply(self, col: int) -> None:
        entry = self._remembered.get(self.model.columns[col].key)
        if entry is None:
            return
        self.view.setColumnHidden(col, entry["hidden"])
        if entry["width"] > 0:
            self.view.setColumnWidth(col, entry["width"])

    def _columns_inserted(self, _parent: Any, first: int, last: int) -> None:
        for col in range(first, last + 1):
            self._set_up(col)

    def _set_up(self, col: int) -> None:
        """A note column new this session: as remembered, else shown, as wide as its title."""
        metrics = self.view.fontMetrics()
        em = metrics.horizontalAdvance("M")
        title = self.model.columns[col].title(i18n.language())
        self.view.setColumnWidth(col, min(16 * em, max(8 * em, metrics.horizontalAdvance(
            title) + 2 * em)))
        self.view.setColumnHidden(col, not columns.shown_at_first(self.model.columns[col]))
        self._apply(col)

    def _columns_reset(self) -> None:
        """After a reload the header keeps its sections: a place now holding another note
        (another register's) gets that note's own state."""
        before = self._keys_before
        for col, column in enumerate(self.model.columns):
            if col >= len(before) or before[col] != column.key:
                self._set_up(col)

    def add_column(self, name: str) -> int:
        """A column of the user's own (a named note), shown and made current; -1 if no name."""
        name = " ".join(name.split())
        if not name:
            return -1
        lang = i18n.language()
        col = next((c for c, column in enumerate(self.model.columns)
                    if not column.note and column.title(lang).casefold() == name.casefold()), -1)
        if col < 0:
            try:  # kept in the register while no activity fills it in
                self.adapter.add_note_column(name)
            except RegistreError as exc:
                self._refuse(str(exc))
                return -1
            col = self.model.add_note_column(name)
        self.view.setColumnHidden(col, False)
        current = self.view.currentIndex()
        index = self.proxy.index(max(current.row(), 0), col)
        if index.isValid():
            self.view.scrollTo(index)
        return col

    def ask_column(self) -> int:
        from PySide6.QtWidgets import QInputDialog

        name, ok = QInputDialog.getText(
            self.view, translate("Grid", "Add a column"),
            translate("Grid", "Name of the new column (each activity can fill it in, as a "
                              "note of that name):"))
        return self.add_column(name) if ok else -1

    # -- the table's context menu ----------------------------------------------------------

    def context_menu(self, pos: QPoint) -> None:
        self.menu_at().popup(self.view.viewport().mapToGlobal(pos))

    def menu_at(self) -> QMenu:
        """Copy, paste, fill down and the window's own actions on the selected rows."""
        menu = QMenu(self.view)
        menu.setObjectName("tableMenu")
        rows = len(self.selected_rows())
        writable = not self.adapter.readonly
        for text, slot, shortcut, enabled in (
                (translate("Grid", "Copy"), self.copy, QKeySequence.StandardKey.Copy, rows > 0),
                (translate("Grid", "Paste"), self.paste, QKeySequence.StandardKey.Paste,
                 writable),
                (translate("Grid", "Fill down"), self.fill_down, QKeySequence("Ctrl+D"),
                 writable and rows > 1)):
            action = menu.addAction(text)
            action.setShortcut(QKeySequence(shortcut))
            action.setEnabled(enabled)
            action.triggered.connect(lambda *_a, s=slot: s())
        if self.extra_actions:
            menu.addSeparator()
            for action in self.extra_actions:
                menu.addAction(action)
        return menu

    # -- the header: columns shown, and a filter per column ----------------------------------

    def header_menu(self, pos: QPoint) -> None:
        header = self.view.horizontalHeader()
        self.menu_for(header.logicalIndexAt(pos)).popup(header.mapToGlobal(pos))

    def menu_for(self, col: int) -> QMenu:
        """The header's menu on column `col` (-1: on no column): its filter, the columns."""
        menu = QMenu(self.view)
        menu.setObjectName("headerMenu")
        lang = i18n.language()
        if col >= 0:
            title = self.model.columns[col].title(lang)
            edit = QLineEdit(menu)
            edit.setObjectName("columnFilter")
            edit.setPlaceholderText(translate("Grid", "Show rows whose “%1” contains…")
                                    .replace("%1", title))
            edit.setText(self.proxy.column_filter(col))
            edit.textChanged.connect(lambda text, c=col: self.filter_column(c, text))
            holder = QWidgetAction(menu)
            holder.setDefaultWidget(edit)
            menu.addAction(holder)
            self.filter_edit = edit
            hide = menu.addAction(translate("Grid", "Hide “%1”").replace("%1", title))
            hide.triggered.connect(lambda *_a, c=col: self.view.setColumnHidden(c, True))
            menu.addSeparator()
        shown = menu.addMenu(translate("Grid", "Columns"))
        for c, column in enumerate(self.model.columns):
            action = shown.addAction(column.title(lang))
            action.setCheckable(True)
            action.setChecked(not self.view.isColumnHidden(c))
            action.toggled.connect(lambda on, c=c: self.view.setColumnHidden(c, not on))
        if not self.adapter.readonly:
            shown.addSeparator()
            add = shown.addAction(translate("Grid", "Add a column…"))
            add.setObjectName("addColumn")
            add.triggered.connect(lambda *_a: self.ask_column())
        if self.proxy.has_column_filters():
            clear = menu.addAction(translate("Grid", "Clear the column filters"))
            clear.triggered.connect(self.proxy.clear_column_filters)
        return menu

    def filter_column(self, col: int, text: str) -> None:
        self.proxy.set_column_filter(col, text)


SHOWN_REFUSALS = 8
"""Refused cells named one by one in a message; the others are counted."""


def _listing(lines: Sequence[str], head: str) -> str:
    """`head` then each line as a bullet, the first `SHOWN_REFUSALS` of them."""
    shown = [f"• {line}" for line in lines[:SHOWN_REFUSALS]]
    if len(lines) > SHOWN_REFUSALS:
        shown.append(translate("Grid", "… and %n more.", "", len(lines) - SHOWN_REFUSALS))
    return "\n\n" + head + "\n" + "\n".join(shown)


def _listed(column: columns.Column, current: Any, change: commands.BulkChange) -> Any:
    """A list cell with `change`'s items added or removed (a basis added again takes the new
    justification when one is given)."""
    if column.key == "legal_bases":
        pairs = {str(code): str(why) for code, why in current or []}
        for code, why in change.value:
            if change.mode == commands.REMOVE:
                pairs.pop(code, None)
            elif code not in pairs or why.strip():
                pairs[code] = why.strip()
        return list(pairs.items())
    names = list(current or [])
    if change.mode == commands.REMOVE:
        return [n for n in names if n not in set(change.value)]
    return names + [n for n in change.value if n not in names]
