"""Typed values that the register's operations hand to their callers and take back.

A deletion's snapshot is opaque to the editor: it keeps it on the undo stack and
gives it back to the restore, which puts the very same thing back (same id,
reference, place and links). Typing them keeps a caller from reaching into
them, and says which restore takes which snapshot.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ActivitySnapshot:
    """A deleted activity, as `crud.restore_activity` needs it."""

    id: int
    reference: str
    position: int
    """Its place in the user's order when it was deleted: restores go back in this order."""
    data: Mapping[str, Any]
    """Its JSON form (`crud.activity_dict`), the same as an export holds."""


@dataclass(frozen=True)
class Link:
    """One activity's use of a list item, at its place in that activity's list."""

    activity_id: int
    position: int


@dataclass(frozen=True)
class ItemSnapshot:
    """A deleted list item (category, data subject, recipient) and the links it had."""

    fields: Mapping[str, Any]
    """The item's row, as its table class dumps it."""
    links: tuple[Link, ...]

    @property
    def activity_ids(self) -> list[int]:
        """The activities that used it: what its deletion and restore change."""
        return sorted({link.activity_id for link in self.links})
