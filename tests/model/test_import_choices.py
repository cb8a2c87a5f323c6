"""The user's choice of where a column goes (the import preview) overrides the header's."""

from __future__ import annotations

from pathlib import Path

from model.exchange import columns, importer

TABLE = (
    "Finalité\tCatégories de données\tSystème\tService\n"
    "Paie des salariés\tIdentité\tLogiciel RH\tRessources humaines\n"
)


def _parse(tmp_path: Path, choices: dict[int, str] | None = None) -> importer.ParsedTable:
    path = tmp_path / "t.tsv"
    path.write_text(TABLE, encoding="utf-8")
    return importer.parse_table(path, choices=choices)


def test_without_a_choice_an_unknown_title_is_a_note(tmp_path: Path) -> None:
    row = _parse(tmp_path).rows[0]
    assert ("Système", "Logiciel RH") in row.notes
    assert row.values["business_function"] == "Ressources humaines"


def test_a_column_sent_to_another_field(tmp_path: Path) -> None:
    row = _parse(tmp_path, {2: "data_source", 3: columns.NOTE}).rows[0]
    assert row.values["data_source"] == "Logiciel RH"
    assert ("Service", "Ressources humaines") in row.notes
    assert "business_function" not in row.values


def test_a_column_left_out_is_not_imported_and_the_plan_says_so(tmp_path: Path) -> None:
    table = _parse(tmp_path, {2: columns.SKIP})
    row = table.rows[0]
    assert all(title != "Système" for title, _ in row.notes)
    assert "Logiciel RH" not in repr(row)
    assert [c.index for c in table.columns] == [0, 1, 3]


def test_a_choice_naming_no_known_field_leaves_the_column_as_planned(tmp_path: Path) -> None:
    row = _parse(tmp_path, {2: "no_such_field"}).rows[0]
    assert ("Système", "Logiciel RH") in row.notes
