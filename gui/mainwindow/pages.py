"""What the main window asks of each page it shows, so its actions need no `hasattr`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol


class Page(Protocol):
    """A page of the main window: the activities, a list, the organisation.

    The window's New, Delete, search field and page changes speak to the current
    page through these alone; a page that has nothing to add or filter says so
    (`can_add` False, an empty selection, a filter that does nothing).
    """

    can_add: bool
    """Whether New and Delete apply here (the legal bases and the organisation: no)."""

    def flush(self) -> None:
        """Save what is typed but not yet saved (an open editor, a field being typed in)."""

    def set_filter(self, text: str) -> None:
        """Show only what matches the search field's `text`."""

    def selected_ids(self) -> Sequence[int | str]:
        """What Delete would delete."""

    def add_item(self) -> None:
        """New: add an item to this page and start editing it."""

    def delete_selected(self) -> bool:
        """Delete what is selected, after asking; False when nothing was deleted."""
