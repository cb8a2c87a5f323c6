"""What every table model of the editor shares: rows without children, columns by index.

The activities grid, the list pages, the history and the backups each keep their rows
in `_rows` and their columns in `columns`; this base answers Qt's row and column counts
from them and says which header sections are real columns, so each model writes only
what its cells show.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

ModelIndex = QModelIndex | QPersistentModelIndex
"""What a model method is given: an index, or one kept across changes."""


class FlatTableModel(QAbstractTableModel):
    """A table model whose rows have no children."""

    _rows: Sequence[object] = ()
    """The rows, in the order shown (before any proxy sorts them)."""
    columns: Sequence[object] = ()
    """One entry a column: its key, spec or index."""

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt idiom
        """Override QAbstractItemModel.rowCount."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt idiom
        """Override QAbstractItemModel.columnCount."""
        return 0 if parent.isValid() else len(self.columns)

    def is_column_header(self, section: int, orientation: Qt.Orientation) -> bool:
        """A section of the horizontal header that names one of `columns` (headerData's
        first question: the vertical header is not shown)."""
        return orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns)
