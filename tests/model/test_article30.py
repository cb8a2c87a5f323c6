"""The Article 30 content schema 2 added, as a privacy officer enters it and gets it back."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from model import check
from model.core.errors import RegistreError
from model.exchange import jsondoc
from model.register import crud
from model.storage import history, schema
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
        edit = crud.set_activity_lists(s, activity_id=aid,
                                       category_retention={"Santé": "", "Identité": "1 an"})
    assert _doc(store)["activities"][0]["category_retention"] == {"Identité": "1 an"}
    with store.write() as s:
        crud.set_activity_lists(s, activity_id=aid, **edit.lists(undo=True))
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


# -- Article 10 ----------------------------------------------------------------------------

def test_criminal_offence_data_needs_an_article_10_condition(store: Store) -> None:
    with store.write() as s:
        a = crud.create_activity(
            s, name="Casiers", purpose="Vérifier l'honorabilité", retention="1 an",
            categories=["Identité", "Infractions et condamnations"], subjects=["Salariés"],
            bases=[("legal_obligation", "")])
        assert a.id is not None
        aid = a.id
    findings = check.check_document(_doc(store))
    assert [(f.reference, f.field) for f in findings if f.reference] == [
        ("T-001", "art10_condition")]
    assert "Infractions et condamnations" in findings[-1].message
    assert "Identité" not in findings[-1].message
    english = check.check_document(_doc(store), "en")
    assert "without an Article 10 condition" in english[-1].message
    with store.write() as s:
        crud.update_activity(s, activity_id=aid, art10_condition="Code du travail, L1221-6")
    assert not [f for f in check.check_document(_doc(store)) if f.reference]


def test_a_category_marked_criminal_later_makes_the_activity_incomplete(store: Store) -> None:
    _activity(store, art10_condition="")
    assert not [f for f in check.check_document(_doc(store)) if f.field == "art10_condition"]
    with store.write() as s:
        identity = next(c for c in crud.list_items(s, schema.DataCategory)
                        if c.name == "Identité")
        crud.update_item(s, model=schema.DataCategory, item_id=identity.id, criminal=True)
    assert [f.field for f in check.check_document(_doc(store)) if f.reference] == [
        "art10_condition"]


# -- processors and transfers ------------------------------------------------------------

def test_a_processors_contact_country_and_contract_are_kept(store: Store,
                                                            tmp_path: Path) -> None:
    with store.write() as s:
        item = crud.create_item(s, model=schema.Recipient, name="Paie Services", kind="processor",
                                contact="Mme Roux, roux@paie.example", country="Belgique")
        edit = crud.update_item(s, model=schema.Recipient, item_id=item.id,
                                contract_reference="https://contrats.example/42",
                                contract_date="2025-06-30")
    assert edit.fields(undo=True) == {"contract_reference": "", "contract_date": ""}
    assert edit.fields() == {"contract_reference": "https://contrats.example/42",
                             "contract_date": "2025-06-30"}
    doc = _doc(store)
    [processor] = [r for r in doc["recipients"] if r["name"] == "Paie Services"]
    assert processor == {"name": "Paie Services", "kind": "processor", "description": "",
                         "contact": "Mme Roux, roux@paie.example", "country": "Belgique",
                         "contract_reference": "https://contrats.example/42",
                         "contract_date": "2025-06-30"}
    assert _round_trip(store, tmp_path) == doc


def test_a_transfer_to_an_international_organisation_with_its_documentation(
        store: Store, tmp_path: Path) -> None:
    transfer = {"country": "", "international_organisation": "OMS", "recipient": "Programme",
                "safeguard": "derogation_49", "safeguard_detail": "intérêt public",
                "safeguard_reference": "Note DPO 2025-03"}
    _activity(store, transfers=[transfer])
    doc = _doc(store)
    assert doc["activities"][0]["transfers"] == [transfer]
    assert _round_trip(store, tmp_path) == doc
    with store.write() as s:  # the import's bulk path keeps them too
        crud.bulk_create_activities(s, [{"purpose": "Études", "transfers": [transfer]}])
    assert _doc(store)["activities"][1]["transfers"] == [transfer]


# -- DPIA, automated decisions, hosting ----------------------------------------------------

def test_dpia_status_date_and_reference(store: Store, tmp_path: Path) -> None:
    aid = _activity(store, dpia_required=True)
    assert [f.field for f in check.check_document(_doc(store)) if f.reference] == [
        "dpia_status"]
    with store.write() as s:
        crud.update_activity(s, activity_id=aid, dpia_status="done", dpia_date="2025-10-01",
                             dpia_reference="AIPD-7")
    doc = _doc(store)
    act = doc["activities"][0]
    assert (act["dpia_status"], act["dpia_date"], act["dpia_reference"]) == (
        "done", "2025-10-01", "AIPD-7")
    assert not [f for f in check.check_document(doc) if f.reference]
    assert _round_trip(store, tmp_path) == doc


def test_an_upgraded_register_says_a_dpia_not_required_is_not_required(tmp_path: Path) -> None:
    fixtures = Path(__file__).resolve().parents[1] / "fixtures"
    path = tmp_path / "old.db"
    shutil.copyfile(fixtures / "register-v1.db", path)
    with sqlite3.connect(path) as con:  # a schema-1 register where T-001 needs no DPIA
        assert con.execute("PRAGMA user_version").fetchone()[0] == 1
        con.execute("UPDATE activity SET dpia_required = 0 WHERE reference = 'T-001'")
    con.close()
    store = Store.open(path, daily_backup=False)
    statuses = {a["reference"]: a["dpia_status"] for a in _doc(store)["activities"]}
    store.close()
    assert statuses == {"T-001": "not_required", "T-002": "", "T-003": ""}


def test_automated_decision_needs_a_description(store: Store) -> None:
    aid = _activity(store, automated_decision=True)
    assert [f.field for f in check.check_document(_doc(store)) if f.reference] == [
        "automated_decision_detail"]
    with store.write() as s:
        crud.update_activity(s, activity_id=aid,
                             automated_decision_detail="Score d'octroi, revu par un humain")
    assert not [f for f in check.check_document(_doc(store)) if f.reference]
    with store.write() as s:
        crud.update_activity(s, activity_id=aid, automated_decision=False,
                             automated_decision_detail="")
    assert not [f for f in check.check_document(_doc(store)) if f.reference]


def test_hosting_countries_are_a_list_kept_in_order(store: Store, tmp_path: Path) -> None:
    aid = _activity(store, hosting_countries=["France", " Irlande ", "", "France"])
    assert _doc(store)["activities"][0]["hosting_countries"] == ["France", "Irlande"]
    with store.write() as s:
        edit = crud.update_activity(s, activity_id=aid, hosting_countries=["Allemagne"])
    assert edit.fields(undo=True) == {"hosting_countries": ["France", "Irlande"]}
    assert edit.fields() == {"hosting_countries": ["Allemagne"]}
    doc = _doc(store)
    assert doc["activities"][0]["hosting_countries"] == ["Allemagne"]
    assert _round_trip(store, tmp_path) == doc


# -- the user's own notes --------------------------------------------------------------------

def test_named_notes_are_kept_in_order_edited_and_undone(store: Store, tmp_path: Path) -> None:
    notes = [{"name": "Logiciel", "text": "Silae"}, {"name": "Responsable", "text": "DAF"}]
    aid = _activity(store, notes=notes)
    assert _doc(store)["activities"][0]["notes"] == notes
    with store.write() as s:
        edit = crud.set_activity_lists(s, activity_id=aid, notes=[
            {"name": "Responsable", "text": "Mme Roux"},
            {"name": "Lien du contrat", "text": "https://contrats.example/7"}])
    assert edit.lists(undo=True) == {"notes": notes}
    doc = _doc(store)
    assert [n["name"] for n in doc["activities"][0]["notes"]] == ["Responsable",
                                                                  "Lien du contrat"]
    with store.read() as s:
        [entry] = [e for e in history.entries(s) if e.field == "notes"]
    assert "Silae" in entry.old and "Mme Roux" in entry.new
    assert _round_trip(store, tmp_path) == doc
    with store.write() as s:
        crud.set_activity_lists(s, activity_id=aid, **edit.lists(undo=True))
        copy = crud.duplicate_activity(s, activity_id=aid)
        assert copy.id is not None
    assert _doc(store)["activities"][1]["notes"] == notes


def test_a_note_needs_a_name_and_a_name_is_used_once(store: Store) -> None:
    aid = _activity(store)
    for bad, word in (([{"name": "", "text": "orphelin"}], "nom"),
                      ([{"name": "Logiciel", "text": "a"}, {"name": "LOGICIEL", "text": "b"}],
                       "déjà une note")):
        with pytest.raises(RegistreError, match=word), store.write() as s:
            crud.set_activity_lists(s, activity_id=aid, notes=bad)
    assert _doc(store)["activities"][0]["notes"] == []


def test_an_import_row_brings_its_notes(store: Store) -> None:
    with store.write() as s:
        crud.bulk_create_activities(s, [{"purpose": "Paie", "notes": [
            {"name": "Système", "text": "SIRH"}, {"name": "Vide", "text": ""}]}])
    assert _doc(store)["activities"][0]["notes"] == [{"name": "Système", "text": "SIRH"}]
