"""Helpers shared by the GUI tests of the record, history, backups and read-only mode."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from model.exchange import table_import
from model.register import crud
from model.storage import schema
from model.storage.store import Store

SEED = Path(__file__).resolve().parent.parent / "resources" / "samples" / "seed-register-fr.tsv"


def seeded_store(path: Path) -> Store:
    """A register file with the seed table imported and the organisation named."""
    store = Store.open(path)
    with store.write() as session:
        parsed = table_import.parse_for(session, SEED)
        table_import.apply(session, parsed, source=SEED.name)
        crud.update_organisation(session, name="Boulangerie Martin SARL",
                                 email="contact@boulangerie-martin.fr")
    return store


def first_activity(store: Store) -> schema.Activity:
    with store.read() as session:
        activity = session.get(schema.Activity, 1)
        assert activity is not None
        session.expunge(activity)
        return activity


def count_reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The ids of the activities the editor reads from now on (`StoreAdapter.activities`),
    one entry a read: what shows a view reading a row twice, or the register up front."""
    from gui.adapter import StoreAdapter

    read: list[int] = []
    activities = StoreAdapter.activities

    def counting(adapter: StoreAdapter, ids: Any = None) -> Any:
        found = activities(adapter, ids)
        read.extend(view.id for view in found)
        return found

    monkeypatch.setattr(StoreAdapter, "activities", counting)
    return read
