"""The history: every change recorded, hand edits found, readable from the command line."""

from __future__ import annotations

import inspect
import shutil
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session

from model import cli
from model.core import i18n
from model.exchange import jsondoc, table_import
from model.register import crud
from model.register.views import ActivityEdit
from model.storage import history, schema
from model.storage.store import Store

# Every function of crud that changes the register, with a call that changes something.
_OPERATIONS: dict[str, tuple[str, Callable[[Session, int], Any]]] = {
    "set_language": ("edit", lambda s, a: crud.set_language(s, lang="en")),
    "update_organisation": ("edit", lambda s, a: crud.update_organisation(s, name="Martin")),
    "create_activity": ("create", lambda s, a: crud.create_activity(s, name="Nouvelle")),
    "update_activity": ("edit", lambda s, a: crud.update_activity(s, activity_id=a,
                                                                  purpose="Autre")),
    "update_activities": ("edit", lambda s, a: crud.update_activities(
        s, [(a, {"retention": "5 ans"})])),
    "set_lists_of_activities": ("edit", lambda s, a: crud.set_lists_of_activities(
        s, [(a, {"subjects": ["Clients"]})])),
    "set_activity_lists": ("edit", lambda s, a: crud.set_activity_lists(
        s, activity_id=a, categories=["Contact"])),
    "delete_activity": ("delete", lambda s, a: crud.delete_activity(s, activity_id=a)),
    "restore_activity": ("restore", lambda s, a: crud.restore_activity(
        s, snapshot=crud.delete_activity(s, activity_id=a))),
    "duplicate_activity": ("duplicate", lambda s, a: crud.duplicate_activity(s, activity_id=a)),
    "move_activity": ("move", lambda s, a: crud.move_activity(s, activity_id=a, to_index=1)),
    "create_item": ("create", lambda s, a: crud.create_item(s, model=schema.Recipient,
                                                             name="Banque")),
    "update_item": ("edit", lambda s, a: crud.update_item(
        s, model=schema.DataSubject, item_id=crud.list_items(s, schema.DataSubject)[0].id,
        description="Nos clients")),
    "delete_item": ("delete", lambda s, a: crud.delete_item(
        s, model=schema.DataCategory, item_id=crud.list_items(s, schema.DataCategory)[0].id)),
    "delete_unused_items": ("delete", lambda s, a: crud.delete_unused_items(
        s, model=schema.DataCategory,
        names=[c.name for c in crud.list_items(s, schema.DataCategory)])),
    "restore_item": ("restore", lambda s, a: crud.restore_item(
        s, model=schema.DataCategory, snapshot=crud.delete_item(
            s, model=schema.DataCategory, item_id=crud.list_items(s, schema.DataCategory)[0].id))),
    "update_basis_description": ("edit", lambda s, a: crud.update_basis_description(
        s, code="consent", description="Case à cocher")),
    "add_note_column": ("edit", lambda s, a: crud.add_note_column(s, "Lien du contrat")),
}
_CHANGING = ("set_", "update_", "create_", "delete_", "restore_", "duplicate_", "move_", "add_")


def test_every_changing_crud_function_is_covered_here() -> None:
    changing = {name for name, f in inspect.getmembers(crud, inspect.isfunction)
                if name.startswith(_CHANGING) and f.__module__ == crud.__name__}
    assert changing == set(_OPERATIONS), "a new crud operation needs a history test"


@pytest.mark.parametrize("name", sorted(_OPERATIONS))
def test_each_operation_is_recorded(store: Store, name: str) -> None:
    action, operation = _OPERATIONS[name]
    with store.write() as s:
        first = crud.create_activity(s, name="Paie", categories=["Santé"])
        crud.create_activity(s, name="Congés")
        activity_id = first.id
    assert activity_id is not None
    with store.read() as s:
        count = len(history.entries(s))
    with store.write() as s:
        operation(s, activity_id)
    with store.read() as s:
        after = history.entries(s)
        assert history.verify(s) is None
    assert len(after) > count
    assert after[-1].action == action


def test_setting_the_language_it_already_has_records_nothing(store: Store) -> None:
    """A JSON restore sets the register's language; the same language is no change."""
    with store.read() as s:
        count = len(history.entries(s))
    with store.write() as s:
        crud.set_language(s, lang=crud.language(s))
    with store.read() as s:
        assert len(history.entries(s)) == count


def test_imports_and_restores_are_recorded(store: Store, seed: Path, tmp_path: Path) -> None:
    with store.read() as s:
        parsed = table_import.parse_for(s, seed)
    with store.write() as s:
        table_import.apply(s, parsed, source=seed.name)
    with store.read() as s:
        last = history.entries(s)[-1]
        doc = jsondoc.export_document(s)
    assert (last.action, last.ref, last.new) == ("import", seed.name, "11")
    other = Store.memory()
    with other.write() as s:
        jsondoc.restore_document(s, doc, name="x.json")
    with other.read() as s:
        last = history.entries(s)[-1]
        assert history.verify(s) is None
    assert (last.action, last.ref) == ("restore", "x.json")


def _history_register(path: Path) -> None:
    store = Store.open(path)
    with store.write() as s:
        a = crud.create_activity(s, name="Paie", purpose="Salaires")
        assert a.id is not None
        crud.update_activity(s, activity_id=a.id, purpose="Verser les salaires")
        crud.update_activity(s, activity_id=a.id, retention="5 ans")
        crud.create_activity(s, name="Congés")
    store.close()


def _check(capsys: pytest.CaptureFixture[str], path: Path) -> tuple[int, str]:
    code = cli.run(["--db", str(path), "check"])
    out, err = capsys.readouterr()
    assert err == ""
    return code, out


def test_an_intact_history_passes_check(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "r.db"
    _history_register(path)
    _, out = _check(capsys, path)
    assert "Historique altéré" not in out


def _tamper(path: Path, *sql: str) -> None:
    with sqlite3.connect(path) as con:
        for statement in sql:
            con.execute(statement)
    con.close()


@pytest.mark.parametrize(("sql", "entry", "word"), [
    (["UPDATE historyentry SET new='30 ans' WHERE id=3"], 3, "contenu a été modifié"),
    (["UPDATE historyentry SET user='quelquun' WHERE id=1"], 1, "contenu a été modifié"),
    (["DELETE FROM historyentry WHERE id=2"], 2, "supprimée, insérée ou déplacée"),
    # Swap the order of entries 2 and 3 (contents exchanged, ids kept).
    (["UPDATE historyentry SET id=-2 WHERE id=2", "UPDATE historyentry SET id=2 WHERE id=3",
      "UPDATE historyentry SET id=3 WHERE id=-2"], 2, "supprimée, insérée ou déplacée"),
], ids=["edited", "edited-first", "deleted", "swapped"])
def test_a_hand_edited_history_is_reported_with_its_entry(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], sql: list[str], entry: int,
        word: str) -> None:
    path = tmp_path / "r.db"
    _history_register(path)
    _tamper(path, *sql)
    code, out = _check(capsys, path)
    assert code == 1
    line = out.splitlines()[0]
    assert line.startswith("Historique altéré") and f"entrée n° {entry} " in line and word in line


def test_removing_the_last_entries_is_noticed(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "r.db"
    _history_register(path)
    _tamper(path, "DELETE FROM historyentry WHERE id=4")
    code, out = _check(capsys, path)
    assert code == 1 and "supprimées à la fin (après l'entrée n° 3)" in out
    monkeypatch.setenv("REGISTRE_LANG", "en")
    i18n.set_language("en")
    code, out = _check(capsys, path)
    assert code == 1 and "removed at the end (after entry no. 3)" in out


def test_a_row_changed_with_the_sqlite3_shell_is_reported(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    shell = shutil.which("sqlite3")
    if shell is None:
        pytest.skip("the sqlite3 shell is not installed (Debian package sqlite3)")
    path = tmp_path / "r.db"
    _history_register(path)
    subprocess.run([shell, str(path), "UPDATE historyentry SET old='' WHERE id=2;"],
                   check=True)
    monkeypatch.setenv("REGISTRE_LANG", "en")
    i18n.set_language("en")
    code, out = _check(capsys, path)
    assert code == 1
    assert "History tampered with: the chain breaks at entry no. 2 " in out


def test_history_lists_changes_in_readable_columns(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "r.db"
    _history_register(path)
    assert cli.run(["--db", str(path), "history"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["Date", "Utilisateur", "Action", "Élément", "Champ",
                                "Changement"]
    assert set(lines[1]) <= {"-", " "}
    assert len(lines) == 2 + 4
    assert "modification" in lines[3] and "activité T-001" in lines[3]
    assert "purpose" in lines[3] and "Salaires → Verser les salaires" in lines[3]
    assert cli.run(["--db", str(path), "history", "--activity", "T-002"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3 and "Congés" in lines[2]


def test_history_of_an_unknown_activity_is_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "r.db"
    _history_register(path)
    assert cli.run(["--db", str(path), "history", "--activity", "T-999"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "T-999" in err


def assert_intact(session: Session) -> None:
    """The chain holds, agrees with the stored values, and every row is sealed as written."""
    from model.storage import seals

    assert history.verify(session) is None
    assert history.consistency(session) is None
    assert seals.unrecorded(session) == []


def test_a_bulk_update_writes_the_history_a_loop_of_edits_would() -> None:
    """`update_activities` (a bulk edit of 10,000 rows in one append) leaves the same
    entries, a chain that holds, and every edit's old values for undo."""
    from model.storage.store import Store

    def run(bulk: bool) -> tuple[list[tuple[str, str, str, str]], list[ActivityEdit]]:
        store = Store.memory()
        with store.write() as session:
            ids = [crud.create_activity(session, name=f"A{i}", retention="1 an" if i else "").id
                   for i in range(3)]
            edits = [(i, {"retention": "5 ans", "status": "archived" if i == ids[1] else "draft"})
                     for i in ids if i is not None]
            olds = (crud.update_activities(session, edits) if bulk else
                    [crud.update_activity(session, activity_id=i, **c) for i, c in edits])
        with store.read() as session:
            assert_intact(session)
            made = [(e.ref, e.field, e.old, e.new) for e in history.entries(session)
                    if e.action == "edit"]
        with store.write() as session:  # undo: the old values put back
            crud.update_activities(session, [(e.activity_id, e.fields(undo=True))
                                             for e in olds])
        with store.read() as session:
            assert [a.retention for a in crud.activities(session)] == ["", "1 an", "1 an"]
        store.close()
        return sorted(made), olds

    assert run(bulk=True) == run(bulk=False)


def test_lists_set_in_bulk_write_the_history_a_loop_would() -> None:
    """`set_lists_of_activities` (a data subject added to 10,000 rows) leaves the entries a
    loop of `set_activity_lists` leaves, a chain that holds, and the old lists for undo."""
    from model.storage.store import Store

    def run(bulk: bool) -> tuple[list[tuple[str, str, str, str]], list[ActivityEdit]]:
        store = Store.memory()
        with store.write() as session:
            ids = [crud.create_activity(session, name=f"A{i}", subjects=["Salariés"] if i else [],
                                        bases=[("contract", "")]).id for i in range(3)]
            edits = [(i, {"subjects": ["Salariés", "Clients"],
                          "bases": [("contract", ""), ("consent", "Case cochée")]})
                     for i in ids if i is not None]
            olds = (crud.set_lists_of_activities(session, edits) if bulk else
                    [crud.set_activity_lists(session, activity_id=i, **lists)
                     for i, lists in edits])
        with store.read() as session:
            assert_intact(session)
            made = [(e.ref, e.field, e.old, e.new) for e in history.entries(session)
                    if e.action == "edit"]
        with store.write() as session:  # undo: the old lists put back
            crud.set_lists_of_activities(session, [(e.activity_id, e.lists(undo=True))
                                                   for e in olds])
        with store.read() as session:
            assert [d["data_subjects"] for _i, d in crud.activity_dicts(session)] == [
                [], ["Salariés"], ["Salariés"]]
            assert history.consistency(session) is None
        store.close()
        return sorted(made), olds

    assert run(bulk=True) == run(bulk=False)


def test_an_edit_between_orm_writes_keeps_one_chain_and_the_objects_read_it() -> None:
    """An edit is written as rows, past the ORM: in a transaction that also creates, deletes
    and reads activities as objects, the chain holds, each entry in its place, and an
    activity object loaded before the edit reads the edited value."""
    store = Store.memory()
    with store.write() as session:
        first = crud.create_activity(session, name="Paie", dpia_required=None)
        assert first.id is not None
        crud.update_activity(session, activity_id=first.id, name="Paie des salariés",
                             dpia_required=True)
        assert first.name == "Paie des salariés" and first.dpia_required is True
        crud.create_activity(session, name="Accueil")
        crud.update_activity(session, activity_id=first.id, purpose="Verser les salaires")
        export = history.record(session, action="export", entity="register", ref="r.pdf")
        crud.update_activities(session, [(first.id, {"retention": "5 ans"})])
    with store.read() as session:
        assert_intact(session)
        entries = history.entries(session)
        assert [(e.action, e.field) for e in entries[-7:]] == [
            ("create", ""), ("edit", "name"), ("edit", "dpia_required"), ("create", ""),
            ("edit", "purpose"), ("export", ""), ("edit", "retention")]
        assert entries[-2].id == export.id
        assert (entries[-6].old, entries[-5].old, entries[-5].new) == ("Paie", "", "true")
        assert session.get(schema.Meta, "history_count").value == str(len(entries))
    store.close()


def test_items_named_in_bulk_are_linked_and_created_as_a_loop_would() -> None:
    """A data subject or category ticked for many rows at once (the bulk path: one delete
    and one insert a list) leaves what a loop of `set_activity_lists` leaves: the same new
    items in the same places, created in the same order, the same edit entries, a kept
    period per category, the same lists, and undo puts them back."""

    def run(bulk: bool) -> tuple[Any, ...]:
        store = Store.memory()
        with store.write() as session:
            ids = [crud.create_activity(session, name=f"A{i}", categories=["Identité"],
                                        subjects=["Clients"] if i % 2 else []).id
                   for i in range(4)]
            assert all(isinstance(i, int) for i in ids)
            crud.set_activity_lists(session, activity_id=ids[3], categories=["Identité"],
                                    category_retention={"Identité": "1 an"})
        edits: list[tuple[int, dict[str, Any]]] = [
            (ids[0], {"subjects": ["Clients", " Visiteurs ", "Visiteurs"],
                      "recipients": ["Banque"]}),
            (ids[1], {"categories": ["Contact", "Identité"], "subjects": ["Stagiaires"]}),
            (ids[2], {"categories": [], "recipients": ["Banque", "Assureur"]}),
            (ids[3], {"categories": ["Identité", "Santé"]}),  # keeps its period: one by one
        ]
        with store.write() as session:
            olds = (crud.set_lists_of_activities(session, edits) if bulk else
                    [crud.set_activity_lists(session, activity_id=i, **lists)
                     for i, lists in edits])
        with store.read() as session:
            assert_intact(session)
            entries = [(e.action, e.entity, e.ref, e.field, e.old, e.new)
                       for e in history.entries(session)]
            made = ([e for e in entries if e[0] == "create"],  # in order: the items' places
                    sorted(e for e in entries if e[0] != "create"))
            lists = [(d["data_categories"], d["data_subjects"], d["recipients"],
                      d["category_retention"]) for _i, d in crud.activity_dicts(session)]
            items = [(m.__name__, [(x.name, x.position) for x in crud.list_items(session, m)])
                     for m in (schema.DataCategory, schema.DataSubject, schema.Recipient)]
        with store.write() as session:  # undo: the old lists put back
            crud.set_lists_of_activities(session, [(e.activity_id, e.lists(undo=True))
                                                   for e in olds])
        with store.read() as session:
            undone = [(d["data_categories"], d["data_subjects"], d["recipients"])
                      for _i, d in crud.activity_dicts(session)]
        store.close()
        return made, lists, items, olds, undone

    bulk, loop = run(bulk=True), run(bulk=False)
    assert bulk == loop
    made, lists, items, _olds, undone = bulk
    assert lists[0][1] == ["Clients", "Visiteurs"] and lists[3][3] == {"Identité": "1 an"}
    assert [name for name, _p in items[1][1]][-2:] == ["Visiteurs", "Stagiaires"]  # at the end
    assert [e[2] for e in made[0] if e[1] != "activity"] == [
        "Visiteurs", "Banque", "Stagiaires", "Assureur"]
    assert undone == [(["Identité"], [], []), (["Identité"], ["Clients"], []),
                      (["Identité"], [], []), (["Identité"], ["Clients"], [])]
