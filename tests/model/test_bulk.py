"""A restore and a table import write a register whatever its size with the same statements.

Speed itself is measured in bench/ (bench_core.py); what a test can count is the
number of SQL statements: a restore of ten times as many activities must not run
ten times as many of them (one `executemany` a table), and it must still give
back the document it was given.
"""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from model import cli
from model.core.errors import RegistreError
from model.exchange import jsondoc, table_import
from model.register import crud
from model.storage import history, seals
from model.storage.store import Store


def _document(size: int) -> dict[str, Any]:
    """A register of `size` activities using every kind of list an activity has."""
    store = Store.memory()
    with store.write() as s:
        for i in range(size):
            a = crud.create_activity(s, name=f"Activité {i}", purpose=f"Finalité {i}",
                                     security_measures=["access_control"])
            crud.set_activity_lists(
                s, activity_id=a.id or 0, categories=["Identité", f"Catégorie {i % 7}"],
                bases=[("contract", f"Contrat {i}")], subjects=[f"Personnes {i % 5}"],
                recipients=[f"Prestataire {i % 3}"],
                transfers=[{"country": "Canada", "safeguard": "adequacy"}],
                category_retention={"Identité": f"{i % 4 + 1} ans"},
                notes=[{"name": "Système", "text": f"Logiciel {i}"}])
    with store.read() as s:
        return jsondoc.export_document(s)


@contextmanager
def _counted(store: Store) -> Iterator[list[str]]:
    statements: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        statements.append(statement)

    event.listen(store.engine, "before_cursor_execute", seen)
    try:
        yield statements
    finally:
        event.remove(store.engine, "before_cursor_execute", seen)


def _restored(doc: dict[str, Any]) -> tuple[Store, int]:
    """An empty register with `doc` restored into it, and the statements the restore ran."""
    store = Store.memory()
    with _counted(store) as statements, store.write() as s:
        jsondoc.restore_document(s, doc, name="export.json")
    return store, len(statements)


def test_a_restore_of_ten_times_the_activities_runs_the_same_statements() -> None:
    small, large = _document(8), _document(80)
    _, few = _restored(small)
    big_store, many = _restored(large)
    assert many == few
    with big_store.read() as s:  # and the register is the one exported, whole
        again = jsondoc.export_document(s)
        assert again["activities"] == large["activities"]
        assert history.verify(s) is None
        assert seals.unrecorded(s) == []


def test_an_activity_without_a_reference_gets_the_next_one_after_the_highest_restored() -> None:
    doc = _document(2)
    first, second = doc["activities"]
    doc["activities"] = [{**first, "reference": "T-041"}, {**second, "reference": ""}]
    store, _ = _restored(doc)
    with store.read() as s:
        assert [a.reference for a in crud.activities(s)] == ["T-041", "T-042"]
        assert crud.next_reference(s) == "T-043"


def test_a_retention_for_a_category_the_activity_lacks_restores_nothing() -> None:
    doc = _document(3)
    doc["activities"][2]["category_retention"] = {"Santé": "5 ans"}
    store = Store.memory()
    with pytest.raises(RegistreError, match="Santé"), store.write() as s:
        jsondoc.restore_document(s, doc, name="export.json")
    with store.read() as s:
        assert crud.activities(s) == []
        assert [e.action for e in history.entries(s) if e.entity == "activity"] == []


def test_a_restore_runs_no_garbage_collection_while_it_works(tmp_path: Path) -> None:
    """The document's objects hold no cycles: a collection during the restore would only
    walk them all (several times for 10,000 activities), so there is none until it ends."""
    source = tmp_path / "export.json"
    jsondoc.write_json(_document(80), source)
    started: list[int] = []

    def seen(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started.append(info["generation"])

    gc.callbacks.append(seen)
    try:
        assert cli.run(["--db", str(tmp_path / "r.db"), "import", str(source)]) == 0
    finally:
        gc.callbacks.remove(seen)
    assert started == []
    assert gc.isenabled()
    store = Store.open(tmp_path / "r.db", readonly=True)
    with store.read() as s:
        assert len(crud.activities(s)) == 80
    store.close()


def _indexes(path: Path) -> list[tuple[str, str]]:
    """The register file's indexes (name, SQL), as SQLite keeps them."""
    con = sqlite3.connect(path)
    try:
        return sorted(con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                  "AND sql IS NOT NULL").fetchall())
    finally:
        con.close()


def test_a_bulk_write_into_a_new_register_leaves_it_every_index_a_new_register_has(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An import (the command's, the editor's) or a restore into an empty register makes its
    indexes after its rows (they are faster built than kept up): the register ends with
    them all, as made, and they hold every row (a list page's query by item uses them)."""
    Store.open(tmp_path / "new.db", create=True).close()
    made = _indexes(tmp_path / "new.db")
    assert len(made) > 3
    table = tmp_path / "t.tsv"
    table.write_text("Finalité\tCatégories de données\tBase légale\tRemarque\n" + "".join(
        f"Finalité {i}\tIdentité, Catégorie {i % 4}\tContrat\tNote {i}\n" for i in range(30)),
        encoding="utf-8")
    assert cli.run(["--db", str(tmp_path / "imported.db"), "import", "--lang", "fr",
                    str(table)]) == 0
    assert cli.run(["--db", str(tmp_path / "imported.db"), "export",
                    str(tmp_path / "export.json")]) == 0
    assert cli.run(["--db", str(tmp_path / "restored.db"), "import",
                    str(tmp_path / "export.json")]) == 0
    capsys.readouterr()
    store = Store.open(tmp_path / "editor.db", create=True, language="fr")
    with store.write() as s:  # the editor's import, its rows written at once
        table_import.apply(s, table_import.parse_for(s, table), source=table.name)
    store.close()
    for name in ("imported.db", "restored.db", "editor.db"):
        assert _indexes(tmp_path / name) == made
        con = sqlite3.connect(tmp_path / name)
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        used = con.execute("SELECT count(*) FROM activitycategory INDEXED BY "
                           "ix_activitycategory_category_id WHERE category_id > 0").fetchone()
        con.close()
        assert used == (60,)


def test_a_bulk_write_that_fails_part_way_leaves_the_register_and_its_indexes_as_they_were(
        tmp_path: Path) -> None:
    store = Store.open(tmp_path / "r.db", create=True, language="fr")
    before = _indexes(tmp_path / "r.db")
    parsed = table_import.parse_for_new(_tsv(tmp_path, 5), "fr")
    shaped = [table_import.activity_fields(row) for row in parsed.rows]

    def chunks() -> Iterator[list[dict[str, Any]]]:
        yield shaped[:3]
        raise RegistreError("the second chunk never came")

    with pytest.raises(RegistreError), store.write() as s:
        table_import.apply_shaped(s, replace(parsed, rows=[]), chunks(), source="t.tsv")
    with store.read() as s:
        assert crud.activities(s) == []
    store.close()
    assert _indexes(tmp_path / "r.db") == before


def _tsv(tmp_path: Path, rows: int) -> Path:
    path = tmp_path / "t.tsv"
    path.write_text("Finalité\tBase légale\n" + "".join(
        f"Finalité {i}\tContrat\n" for i in range(rows)), encoding="utf-8")
    return path
