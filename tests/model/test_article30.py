"""The Article 30 content schema 2 added, as a privacy officer enters it and gets it back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from model import check
from model.core.errors import RegistreError
from model.exchange import jsondoc
from model.register import crud
from model.storage.store import Store


def _activity(store: Store, **fields: Any) -> int:
    with store.write() as s:
        a = crud.create_activity(
            s, name="Paie", purpose="Verser les salaires", retention="5 ans après le départ",
            categories=["Identité", "Financières", "Santé"], subjects=["Salariés"],
            bases=[("legal_obligation", "")], art9_condition="employment", **fields)
        assert a.id is not None
        return a.id


def _doc(store: Store) -> dict[str, Any]:
    with store.read() as s:
        return jsondoc.export_document(s)


def _round_trip(store: Store, tmp_path: Path) -> dict[str, Any]:
    """The register written to JSON and restored into a new one, read back."""
    path = tmp_path / "export.json"
    jsondoc.write_json(_doc(store), path)
    fresh = Store.open(tmp_path / "fresh.db")
    with fresh.write() as s:
        jsondoc.restore_document(s, jsondoc.read_json(path), name=path.name)
    again = _doc(fresh)
    fresh.close()
    return again


# -- retention per data category -----------------------------------------------------------

def test_a_category_keeps_its_own_retention_and_the_others_the_activitys(store: Store) -> None:
    aid = _activity(store, category_retention={"Financières": "10 ans"})
    act = _doc(store)["activities"][0]
    assert act["category_retention"] == {"Financières": "10 ans"}
    assert crud.retention_of(act, "Financières") == "10 ans"
    assert crud.retention_of(act, "Identité") == "5 ans après le départ"
    with store.write() as s:  # a category added or removed leaves the others' periods alone
        crud.set_activity_lists(s, activity_id=aid, categories=["Financières", "Contact"])
    assert _doc(store)["activities"][0]["category_retention"] == {"Financières": "10 ans"}


def test_changing_a_categorys_retention_can_be_undone(store: Store) -> None:
    aid = _activity(store, category_retention={"Santé": "20 ans"})
    with store.write() as s:
        old = crud.set_activity_lists(s, activity_id=aid,
                                      category_retention={"Santé": "", "Identité": "1 an"})
    assert _doc(store)["activities"][0]["category_retention"] == {"Identité": "1 an"}
    with store.write() as s:
        crud.set_activity_lists(s, activity_id=aid, **old)
    assert _doc(store)["activities"][0]["category_retention"] == {"Santé": "20 ans"}


def test_a_retention_for_a_category_the_activity_does_not_use_is_refused(store: Store) -> None:
    aid = _activity(store)
    with pytest.raises(RegistreError, match="Voyages"), store.write() as s:
        crud.set_activity_lists(s, activity_id=aid, category_retention={"Voyages": "2 ans"})
    assert _doc(store)["activities"][0]["category_retention"] == {}


def test_category_retention_survives_json_and_duplication(store: Store, tmp_path: Path) -> None:
    aid = _activity(store, category_retention={"Identité": "1 an", "Santé": "20 ans"})
    with store.write() as s:
        crud.duplicate_activity(s, activity_id=aid)
    doc = _doc(store)
    assert doc["activities"][1]["category_retention"] == {"Identité": "1 an", "Santé": "20 ans"}
    again = _round_trip(store, tmp_path)
    assert again == doc
    assert check.check_document(again) == check.check_document(doc)
