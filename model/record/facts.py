"""What a record says about itself: its edition, whether it is signed, what changed since the
previous signed edition. The export flow reads these from the register; the renderer only
prints them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class SignerInfo:
    """Who signs the record, printed on the signature page before signing."""

    name: str
    role: str = ""
    place: str = ""
    date: date | None = None
    certificate_fingerprint: str = ""  # SHA-256 of the signing certificate, when known
    self_signed: bool = False


@dataclass(frozen=True)
class Change:
    """One line of the register's history since the previous signed edition."""

    action: str  # create, edit, delete, move, …
    entity: str  # activity, organisation, datacategory, …
    ref: str
    field: str = ""
    old: str = ""
    new: str = ""


@dataclass(frozen=True)
class Edition:
    """The record's place among the register's signed records.

    `number` counts the signed records of the register, this one included when it is to be
    signed; `previous` is the date of the last signed one (None for a first edition);
    `changes` is what the history holds since then.
    """

    number: int = 1
    previous: date | None = None
    changes: list[Change] = field(default_factory=list)
    history_count: int = 0
    """Entries of the register's history when the record was made (the seal, printed in the
    annex; the same figures are in the PDF's metadata, model/signing/seal.py)."""
    history_head: str = ""
    """SHA-256 of the last of those entries."""
