"""The register core as a privacy officer relies on it: what they enter is what they get back."""

from __future__ import annotations

import json
import sqlite3
import stat
from pathlib import Path
from typing import Any

import pytest

from model import check
from model.core import i18n
from model.core.errors import RegistreError
from model.exchange import jsondoc
from model.register import crud
from model.storage import history, schema
from model.storage.store import Store


def _full_activity(store: Store) -> int:
    with store.write() as s:
        crud.update_organisation(s, name="Boulangerie Martin", email="dpo@martin.fr",
                                 dpo_name="Claire Martin")
        a = crud.create_activity(
            s, name="Gestion de la paie", purpose="Calculer et verser les salaires",
            business_function="RH", retention="5 ans après le départ",
            art9_condition="employment", joint_controller="", data_source="Salarié",
            dpia_required=False, dpia_reason="Pas de critère du CEPD",
            categories=["Identité", "Santé", "Primes"],
            bases=[("legal_obligation", "Code du travail, art. L3243-2"),
                   ("legitimate_interests", "Suivi des avances")],
            subjects=["Salariés"], recipients=["Service comptabilité", "Expert-comptable"],
            transfers=[{"country": "Maroc", "recipient": "Centre de paie",
                        "safeguard": "scc", "safeguard_detail": "CCT 2021"}],
            security_measures=["access_control", "backups"],
        )
        assert a.id is not None
        return a.id


def test_new_register_has_the_six_bases_and_french_starter_lists(store: Store) -> None:
    with store.read() as s:
        bases = crud.legal_bases(s)
        names = [c.name for c in crud.list_items(s, schema.DataCategory)]
    assert [b.code for b in bases] == ["consent", "contract", "legal_obligation",
                                       "vital_interests", "public_task", "legitimate_interests"]
    assert [b.article for b in bases] == [f"6(1)({x})" for x in "abcdef"]
    assert bases[1].label_fr == "Exécution d'un contrat"
    assert "Identité" in names and "Marketing et communication" in names


def test_english_register_starts_with_english_lists() -> None:
    store = Store.memory(language="en")
    with store.read() as s:
        names = [c.name for c in crud.list_items(s, schema.DataCategory)]
        assert crud.language(s) == "en"
    assert "Identity" in names and "Identité" not in names


def test_references_are_assigned_in_sequence_and_never_reused(store: Store) -> None:
    with store.write() as s:
        refs = [crud.create_activity(s, name=f"A{i}").reference for i in range(3)]
    assert refs == ["T-001", "T-002", "T-003"]
    with store.write() as s:
        a = crud.activity_by_reference(s, "T-003")
        assert a is not None and a.id is not None
        crud.delete_activity(s, activity_id=a.id)
        assert crud.create_activity(s, name="new").reference == "T-004"


def test_references_are_not_reused_after_a_json_restore(store: Store) -> None:
    """A restored register has never handed out a reference itself; deleting its last
    activity must still not give that reference to the next one (their histories would mix)."""
    with store.write() as s:
        for i in range(3):
            crud.create_activity(s, name=f"A{i}")
        doc = jsondoc.export_document(s)
    restored = Store.memory()
    with restored.write() as s:
        jsondoc.restore_document(s, doc, name="export.json")
    with restored.write() as s:
        last = crud.activity_by_reference(s, "T-003")
        assert last is not None and last.id is not None
        crud.delete_activity(s, activity_id=last.id)
    with restored.write() as s:
        assert crud.create_activity(s, name="new").reference == "T-004"
    with restored.write() as s:
        refs = [ref for _, ref in crud.bulk_create_activities(s, [{"name": "imported"}])]
        assert refs == ["T-005"]


def test_delete_then_restore_gives_back_the_same_activity(store: Store) -> None:
    aid = _full_activity(store)
    with store.write() as s:
        crud.create_activity(s, name="Après")
    with store.read() as s:
        before = jsondoc.export_document(s)
    with store.write() as s:
        snapshot = crud.delete_activity(s, activity_id=aid)
    with store.read() as s:
        assert [a.name for a in crud.activities(s)] == ["Après"]
    with store.write() as s:
        crud.restore_activity(s, snapshot=snapshot)
    with store.read() as s:
        assert jsondoc.export_document(s) == before


def test_update_returns_old_values_for_undo(store: Store) -> None:
    aid = _full_activity(store)
    with store.write() as s:
        edit = crud.update_activity(s, activity_id=aid, retention="10 ans", name="Paie")
        assert [(c.field.key, c.old, c.new) for c in edit.changes] == [
            ("retention", "5 ans après le départ", "10 ans"),
            ("name", "Gestion de la paie", "Paie")]
        assert edit.activity_id == aid and edit.changed("name") and not edit.changed("purpose")
        lists = crud.set_activity_lists(s, activity_id=aid, categories=["Identité"])
        assert lists.lists(undo=True) == {"categories": ["Identité", "Santé", "Primes"]}
        assert [c.field.key for c in lists.changes] == ["data_categories"]
    with store.write() as s:
        crud.update_activity(s, activity_id=aid, **edit.fields(undo=True))
        crud.set_activity_lists(s, activity_id=aid, **lists.lists(undo=True))
    with store.read() as s:
        act = s.get(schema.Activity, aid)
        assert act is not None
        data = crud.activity_dict(s, act)
    assert data["retention"] == "5 ans après le départ"
    assert data["data_categories"] == ["Identité", "Santé", "Primes"]


def test_move_changes_the_users_order(store: Store) -> None:
    with store.write() as s:
        ids = [crud.create_activity(s, name=n).id for n in "ABCD"]
    with store.write() as s:
        assert crud.move_activity(s, activity_id=ids[3] or 0, to_index=0) == 3
    with store.read() as s:
        assert [a.name for a in crud.activities(s)] == ["D", "A", "B", "C"]


def test_move_after_a_delete_keeps_the_users_order(store: Store) -> None:
    """A delete leaves a hole in the positions; a move after it must still put
    the activity where it was dropped and leave no two at the same place."""
    with store.write() as s:
        ids = [crud.create_activity(s, name=n).id or 0 for n in "ABCDE"]
    with store.write() as s:
        crud.delete_activity(s, activity_id=ids[1])
    with store.write() as s:
        assert crud.move_activity(s, activity_id=ids[4], to_index=2) == 3
    with store.read() as s:
        assert [a.name for a in crud.activities(s)] == ["A", "C", "E", "D"]
        assert [a.position for a in crud.activities(s)] == [0, 1, 2, 3]


def test_deleting_a_category_used_by_activities_can_be_undone(store: Store) -> None:
    aid = _full_activity(store)
    with store.read() as s:
        before = jsondoc.export_document(s)
        cat = next(c for c in crud.list_items(s, schema.DataCategory) if c.name == "Santé")
        assert crud.item_usage(s, model=schema.DataCategory, item_id=cat.id) == ["T-001"]
    with store.write() as s:
        snap = crud.delete_item(s, model=schema.DataCategory, item_id=cat.id)
    with store.read() as s:
        act = s.get(schema.Activity, aid)
        assert act is not None
        assert "Santé" not in crud.activity_dict(s, act)["data_categories"]
    with store.write() as s:
        crud.restore_item(s, model=schema.DataCategory, snapshot=snap)
    with store.read() as s:
        act = s.get(schema.Activity, aid)
        assert act is not None
        assert crud.activity_dict(s, act)["data_categories"] == ["Identité", "Santé", "Primes"]
        assert jsondoc.export_document(s) == before


def test_only_items_no_activity_uses_are_deleted_as_unused(store: Store) -> None:
    """What an undone paste asks: the categories it created go, unless an activity uses
    them; each comes back with `restore_item` in its place."""
    _full_activity(store)
    with store.write() as s:
        crud.create_item(s, model=schema.DataCategory, name="Orpheline")
        names = [c.name for c in crud.list_items(s, schema.DataCategory)]
        snapshots = crud.delete_unused_items(s, model=schema.DataCategory,
                                             names=["Inconnue", "Orpheline", "Santé"])
    assert [snap.fields["name"] for snap in snapshots] == ["Orpheline"]
    with store.read() as s:
        assert [c.name for c in crud.list_items(s, schema.DataCategory)] == [
            n for n in names if n != "Orpheline"]
    with store.write() as s:
        crud.restore_item(s, model=schema.DataCategory, snapshot=snapshots[0])
    with store.read() as s:
        assert [c.name for c in crud.list_items(s, schema.DataCategory)] == names


def test_a_note_column_name_longer_than_the_limit_is_refused_and_nothing_kept(
        store: Store) -> None:
    longest = "n" * crud.MAX_NOTE_COLUMN_NAME
    with store.write() as s:
        assert crud.add_note_column(s, f"  {longest}  ") == longest  # spaces tidied first
    with store.read() as s:
        count = len(history.entries(s))
    was = i18n.language()
    for lang, words in (("fr", "ne peut pas dépasser 80 caractères ; celui-ci en a 81"),
                        ("en", "cannot be longer than 80 characters; this one has 81")):
        i18n.set_language(lang)
        try:
            with pytest.raises(RegistreError, match=words), store.write() as s:
                crud.add_note_column(s, longest + "x")
        finally:
            i18n.set_language(was)
    with store.read() as s:
        assert len(history.entries(s)) == count
        kept = s.get(schema.Meta, crud.NOTE_COLUMNS)
        assert kept is not None and crud.rows.note_columns(kept.value) == [longest]


def test_renaming_an_item_to_its_own_name_with_spaces_changes_nothing(store: Store) -> None:
    """Spaces typed around a name are trimmed; what is left is no change, so no history
    entry and nothing to undo."""
    with store.read() as s:
        cat = crud.list_items(s, schema.DataCategory)[0]
        name, count = cat.name, len(history.entries(s))
    with store.write() as s:
        assert not crud.update_item(s, model=schema.DataCategory, item_id=cat.id,
                                    name=f" {name} ")
    with store.read() as s:
        assert len(history.entries(s)) == count
        assert crud.list_items(s, schema.DataCategory)[0].name == name


def test_an_imported_category_goes_to_the_end_of_the_list_after_deletes(store: Store) -> None:
    with store.write() as s:
        for cat in crud.list_items(s, schema.DataCategory)[:2]:
            crud.delete_item(s, model=schema.DataCategory, item_id=cat.id)
        crud.bulk_create_activities(s, [{"name": "Paie", "categories": ["Nouvelle"]}])
        crud.create_item(s, model=schema.DataCategory, name="Dernière")
    with store.read() as s:
        assert [c.name for c in crud.list_items(s, schema.DataCategory)][-2:] == [
            "Nouvelle", "Dernière"]


def test_a_failing_operation_changes_nothing(store: Store) -> None:
    with store.read() as s:
        before = jsondoc.export_document(s)
    with pytest.raises(RegistreError), store.write() as s:
        crud.create_activity(s, name="X", bases=[("contract", ""), ("no_such_basis", "")])
    with store.read() as s:
        assert jsondoc.export_document(s) == before


def test_json_export_is_lossless(store: Store, tmp_path: Path) -> None:
    _full_activity(store)
    with store.write() as s:
        crud.create_activity(s, name="Prospection", purpose="Envoyer des offres",
                             bases=[("consent", "")], legal_basis_text="texte d'origine")
        crud.create_item(s, model=schema.Recipient, name="Routeur", kind="processor")
        crud.update_basis_description(s, code="consent", description="Case à cocher")
    with store.read() as s:
        doc = jsondoc.export_document(s)
    path = tmp_path / "export.json"
    jsondoc.write_json(doc, path)
    fresh = Store.open(tmp_path / "fresh.db")
    with fresh.write() as s:
        assert jsondoc.restore_document(s, jsondoc.read_json(path), name="export.json") == 2
    with fresh.read() as s:
        again = jsondoc.export_document(s)
    assert again == doc
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == "registre/2"
    assert jsondoc.fingerprint(again) == jsondoc.fingerprint(doc)


def test_export_names_codes_and_articles_as_documented(store: Store) -> None:
    _full_activity(store)
    with store.read() as s:
        doc = jsondoc.export_document(s)
    act: dict[str, Any] = doc["activities"][0]
    assert act["legal_bases"][0] == {"code": "legal_obligation", "article": "6(1)(c)",
                                     "justification": "Code du travail, art. L3243-2"}
    assert act["security_measures"] == ["access_control", "backups"]
    assert act["transfers"][0]["safeguard"] == "scc"
    assert next(c for c in doc["data_categories"] if c["name"] == "Santé")["special"] is True


def test_restore_refuses_a_register_that_already_has_activities(store: Store) -> None:
    _full_activity(store)
    with store.read() as s:
        doc = jsondoc.export_document(s)
    with pytest.raises(RegistreError, match="déjà 1 activité "), store.write() as s:
        jsondoc.restore_document(s, doc)


def test_newer_export_format_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "future.json"
    path.write_text(json.dumps({"format": "registre/9", "activities": []}), encoding="utf-8")
    with pytest.raises(RegistreError, match="plus récente"):
        jsondoc.read_json(path)


def test_completeness_findings_name_activity_and_field(store: Store) -> None:
    aid = _full_activity(store)
    with store.write() as s:
        crud.set_activity_lists(s, activity_id=aid, bases=[("legitimate_interests", "")],
                                transfers=[{"country": "Inde", "safeguard": ""}])
        crud.update_activity(s, activity_id=aid, art9_condition="", retention="")
        crud.create_activity(s, name="Vide")
    with store.read() as s:
        doc = jsondoc.export_document(s)
    findings = check.check_document(doc)
    fields = {(f.reference, f.field) for f in findings}
    assert ("T-001", "legal_bases") in fields  # legitimate interests without justification
    assert ("T-001", "art9_condition") in fields
    assert ("T-001", "transfers") in fields
    assert ("T-001", "retention") in fields
    assert {("T-002", f) for f in ("purpose", "legal_bases", "data_categories",
                                    "data_subjects", "retention")} <= fields
    assert all(f.message.startswith(f.reference or "Organisation") for f in findings)
    english = check.check_document(doc, "en")
    assert any("Article 9 condition" in f.message for f in english)


def test_organisation_without_name_or_contact_is_reported(store: Store) -> None:
    with store.read() as s:
        doc = jsondoc.export_document(s)
    assert {f.field for f in check.check_document(doc) if not f.reference} == {"name", "contact"}


def test_register_file_is_private_and_marked(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    Store.open(path).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    con.close()


def test_edits_are_on_disk_when_the_call_returns(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    store = Store.open(path)
    _full_activity(store)
    # A second, independent connection sees the committed edit at once.
    con = sqlite3.connect(path)
    assert con.execute("SELECT name FROM activity").fetchall() == [("Gestion de la paie",)]
    con.close()


def test_every_change_is_in_the_history_and_the_chain_holds(store: Store) -> None:
    aid = _full_activity(store)
    with store.write() as s:
        crud.update_activity(s, activity_id=aid, retention="3 ans")
    with store.read() as s:
        entries = history.entries(s, ref="T-001")
        assert history.verify(s) is None
    assert [e.action for e in entries] == ["create", "edit"]
    assert (entries[1].field, entries[1].old, entries[1].new) == (
        "retention", "5 ans après le départ", "3 ans")


@pytest.mark.parametrize("lang,word", [("fr", "pas un registre"), ("en", "not a Registre")])
def test_foreign_files_are_refused_untouched(tmp_path: Path, lang: str, word: str) -> None:
    i18n.set_language(lang)
    other = tmp_path / "other.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    before = other.read_bytes()
    with pytest.raises(RegistreError, match=word):
        Store.open(other)
    assert other.read_bytes() == before
