"""Spreadsheet export: every catalogue field has its column, and the export comes back whole.

The property tests build registers that use every field of the catalogue
(the strategies are made from the catalogue, so a new field is covered the day
it is declared), export them as JSON, XLSX, ODS and CSV, import the file into
an empty register, and compare the two registers' JSON documents.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from model import cli
from model.core import catalogue, vocab
from model.core.catalogue import Field, Kind
from model.core.text import fold
from model.exchange import jsondoc, table_export
from model.register import crud
from model.storage.store import Store

FORMATS = (".json", ".xlsx", ".ods", ".csv")


# -- registers using every catalogue field -----------------------------------------------

def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


_CHARS = st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\u2028\u2029")
LINE = st.text(_CHARS, max_size=30).map(_nfc)
"""One line of text: any printable character, spaces (leading, doubled) included."""
PROSE = st.lists(LINE, min_size=1, max_size=3).map("\n".join)
"""Text of several lines."""
NAME = st.text(_CHARS, min_size=1, max_size=25).map(lambda s: _nfc(s).strip()).filter(bool)
"""An item's name: one line, trimmed (the register trims names)."""
STAMP = st.datetimes(timezones=st.just(__import__("datetime").UTC)).map(
    lambda d: d.isoformat(timespec="seconds"))


def _scalar(f: Field, *, required: bool = False) -> st.SearchStrategy[Any]:
    """A value of a field that is not a list (`required`: never empty)."""
    if f.kind == Kind.YES_NO:
        return st.sampled_from([True, False, None] if f.nullable else [True, False])
    if f.kind == Kind.CHOICE:
        codes = vocab.codes(f.vocabulary)
        return st.sampled_from(codes if required else ("", *codes))
    if f.kind == Kind.TIMESTAMP:
        return (st.none() | STAMP) if f.nullable else STAMP
    if f.kind == Kind.DATE:  # the register keeps a real day or nothing
        return st.just("") | st.dates().map(lambda d: d.isoformat())
    if required:
        return NAME
    if f.kind == Kind.LONG_TEXT:
        return PROSE
    return LINE


def _record(f: Field) -> st.SearchStrategy[dict[str, Any]]:
    """A sub-record; its first field (a basis's code, a transfer's country) is filled."""
    subs = [sub for sub in f.fields if sub.editable]
    return st.fixed_dictionaries({sub.key: _scalar(sub, required=sub is subs[0])
                                  for sub in subs})


def _value(f: Field, names: dict[str, list[str]]) -> st.SearchStrategy[Any]:
    if f.kind == Kind.CHOICES:
        return st.lists(st.sampled_from(vocab.codes(f.vocabulary)), unique=True)
    if f.kind == Kind.TEXTS:
        return st.lists(NAME, unique=True, max_size=3)
    if f.kind == Kind.ITEMS:
        return st.lists(st.sampled_from(names[f.item_list]), unique=True, max_size=4)
    if f.kind == Kind.NOTES:
        # A name once per activity, as the register counts names (case and accents aside).
        return st.lists(st.fixed_dictionaries({"name": NAME, "text": PROSE}),
                        unique_by=lambda n: fold(" ".join(n["name"].split())), max_size=3)
    if f.kind == Kind.RECORDS:
        first = next(sub for sub in f.fields if sub.editable)
        unique = first.kind == Kind.CHOICE  # one record per code (a basis is given once)
        return st.lists(_record(f), max_size=3,
                        unique_by=(lambda r: r[first.key]) if unique else None)
    return _scalar(f)


@st.composite
def registers(draw: st.DrawFn, *, lang: str | None = None) -> dict[str, Any]:
    """A JSON document (`registre/N`) whose activities fill every catalogue field."""
    names = {spec.key: draw(st.lists(NAME, unique=True, min_size=1, max_size=6))
             for spec in catalogue.LISTS if spec.key != "legal_bases"}
    doc: dict[str, Any] = {"format": jsondoc.FORMAT,
                           "language": lang or draw(st.sampled_from(vocab.LANGUAGES))}
    org: dict[str, Any] = {}
    for f in catalogue.ORGANISATION:
        target = org
        for part in f.path[:-1]:
            target = target.setdefault(part, {})
        target[f.path[-1]] = draw(_scalar(f))
    doc["organisation"] = org
    for spec in catalogue.LISTS:
        if spec.key == "legal_bases":
            doc[spec.key] = [{"code": code, "description": draw(PROSE)}
                             for code in vocab.codes(vocab.LEGAL_BASES)]
            continue
        doc[spec.key] = [{"name": name, **{f.key: draw(_scalar(f)) for f in spec.fields
                                           if f.key != "name"}}
                         for name in names[spec.key]]
    count = draw(st.integers(min_value=1, max_value=4))
    doc["activities"] = []
    for i in range(count):
        activity = {"reference": f"T-{i + 1:03d}",
                    **{f.key: draw(_value(f, names)) for f in catalogue.ACTIVITY
                       if f.key not in ("reference", *_PER_ITEM)}}
        for key in _PER_ITEM:  # a text for some of the activity's own items
            f = catalogue.by_key(key)
            items = draw(st.lists(st.sampled_from(activity[f.item_field]), unique=True)
                         if activity[f.item_field] else st.just([]))
            activity[key] = {item: draw(PROSE.map(str.strip).filter(bool)) for item in items}
        doc["activities"].append(activity)
    return doc


_PER_ITEM = tuple(f.key for f in catalogue.ACTIVITY if f.kind == Kind.PER_ITEM)


def _restored(doc: dict[str, Any]) -> dict[str, Any]:
    """The document of a new register loaded with `doc` (as the register holds it)."""
    store = Store.memory()
    with store.write() as session:
        jsondoc.restore_document(session, doc, name="generated")
    with store.read() as session:
        return jsondoc.export_document(session)


def _round_trip(doc: dict[str, Any], path: Path) -> dict[str, Any]:
    """Export `doc` to `path`, import the file into an empty register, give its document."""
    if path.suffix == ".json":
        jsondoc.write_json(doc, path)
        back = jsondoc.read_json(path)
    else:
        table_export.write(doc, path)
        found = table_export.read(path)
        assert found is not None, f"{path.name} is not recognised as a Registre export"
        back = found
    store = Store.memory()
    with store.write() as session:
        table_export.restore(session, back, name=path.name)
    with store.read() as session:
        return jsondoc.export_document(session)


def _csv_register(doc: dict[str, Any]) -> dict[str, Any]:
    """`doc` with the organisation and lists of a new register: all that a CSV leaves out."""
    with Store.memory().read() as session:
        fresh = jsondoc.export_document(session)
    return {**doc, "organisation": fresh["organisation"],
            **{spec.key: fresh[spec.key] for spec in catalogue.LISTS}}


@pytest.mark.parametrize("suffix", FORMATS)
@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(doc=registers())
def test_export_then_import_gives_the_same_register(suffix: str, doc: dict[str, Any],
                                                    tmp_path: Path) -> None:
    if suffix == ".csv":
        doc = _csv_register(doc)
    before = _restored(doc)
    after = _round_trip(before, tmp_path / f"register{suffix}")
    assert after == before


# -- what a user sees in the spreadsheet --------------------------------------------------

def _seeded(seed: Path, store: Store) -> dict[str, Any]:
    from model.exchange import table_import

    with store.write() as session:
        parsed = table_import.parse_for(session, seed)
        table_import.apply(session, parsed, source=seed.name)
    with store.read() as session:
        return jsondoc.export_document(session)


@pytest.mark.parametrize("lang", vocab.LANGUAGES)
def test_every_field_has_its_column_titled_in_the_register_language(lang: str) -> None:
    with Store.memory().read() as session:
        doc = {**jsondoc.export_document(session), "language": lang}
    header = table_export.activities_sheet(doc).header
    for f in catalogue.ACTIVITY:
        if f.kind == Kind.RECORDS:
            for sub in f.fields:
                if sub.editable:
                    assert f"{f.label(lang)} 1 › {sub.label(lang)}" in header
        elif f.kind == Kind.PER_ITEM:
            assert f"{f.label(lang)} 1 › {f.fields[0].label(lang)}" in header
        elif f.kind != Kind.NOTES:
            assert f.label(lang) in header
    other = "en" if lang == "fr" else "fr"
    assert catalogue.by_key("purpose").label(other) not in header


def test_lists_are_one_item_a_line_and_choices_are_labels(seed: Path, store: Store) -> None:
    doc = _seeded(seed, store)
    sheet = table_export.activities_sheet(doc)
    column = sheet.header.index(catalogue.by_key("data_categories").label("fr"))
    first = doc["activities"][0]
    assert sheet.rows[0][column].split("\n") == first["data_categories"]
    status = sheet.header.index(catalogue.by_key("status").label("fr"))
    assert sheet.rows[0][status] == "Brouillon"
    basis = sheet.header.index("Bases légales 1 › Fondement juridique")
    assert sheet.rows[0][basis] == vocab.label_of(
        vocab.LEGAL_BASES, first["legal_bases"][0]["code"], "fr")


@pytest.mark.parametrize("suffix", FORMATS[1:])
def test_a_note_named_like_a_field_stays_a_note(suffix: str, seed: Path, store: Store,
                                                tmp_path: Path) -> None:
    """A note the user named "Durée de conservation" (a field's title) or "Reason" (a title
    the importer knows) comes back as that note, the field left as it was."""
    doc = _seeded(seed, store)
    retention = catalogue.by_key("retention").label("fr")
    doc["activities"][0]["notes"] = [{"name": retention, "text": "à revoir"},
                                     {"name": "Reason", "text": "historique"}]
    before = _restored(doc)
    after = _round_trip(before, tmp_path / f"register{suffix}")
    assert after["activities"][0]["notes"] == doc["activities"][0]["notes"]
    assert after["activities"][0]["retention"] == before["activities"][0]["retention"]
    assert after["activities"][0]["purpose"] == before["activities"][0]["purpose"]


@pytest.mark.parametrize("suffix", FORMATS[1:])
def test_each_activity_keeps_its_notes_in_its_own_order(suffix: str, tmp_path: Path) -> None:
    """One column per note name cannot hold two activities ordering the same notes
    differently: the second came back with its notes in the first one's order."""
    with Store.memory().read() as session:
        doc = jsondoc.export_document(session)
    orders = [["Pilote", "Origine"], ["Origine", "Pilote"], ["Origine", "Zone", "Pilote"],
              ["Zone", "Origine"]]
    doc["activities"] = [
        {"reference": f"T-{i:03d}", "name": f"Traitement {i}",
         "notes": [{"name": name, "text": f"{name} {i}"} for name in names]}
        for i, names in enumerate(orders, start=1)]
    before = _restored(doc)
    header = table_export.activities_sheet(before).header
    # Pilote again for T-002, Origine again for T-004: the same names, the same titles.
    assert header[-5:] == ["Pilote", "Origine", "Zone", "Pilote", "Origine"]
    after = _round_trip(before, tmp_path / f"register{suffix}")
    assert [[n["name"] for n in a["notes"]] for a in after["activities"]] == orders
    assert after == before


def test_a_cell_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    with Store.memory().read() as session:
        doc = jsondoc.export_document(session)
    doc["organisation"]["name"] = "=HYPERLINK(\"http://x\")"
    path = tmp_path / "r.xlsx"
    table_export.write(doc, path)
    book = load_workbook(path)
    org = book[table_export.organisation_sheet(doc).name]
    assert org["B2"].value == "=HYPERLINK(\"http://x\")"
    assert org["B2"].data_type == "s"


def test_the_ods_is_an_opendocument_spreadsheet(tmp_path: Path) -> None:
    import zipfile

    with Store.memory().read() as session:
        doc = jsondoc.export_document(session)
    path = tmp_path / "r.ods"
    table_export.write(doc, path)
    with zipfile.ZipFile(path) as archive:
        first = archive.infolist()[0]
        assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
        assert archive.read("mimetype") == b"application/vnd.oasis.opendocument.spreadsheet"
        content = archive.read("content.xml").decode()
    assert 'table:name="Activités"' in content and 'table:name="Organisme"' in content


def test_cli_exports_by_extension_and_imports_back(seed: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "r.db"
    assert cli.run(["--db", str(db), "import", str(seed)]) == 0
    assert cli.run(["--db", str(db), "export", str(tmp_path / "r.json")]) == 0
    for suffix in (".xlsx", ".csv", ".ods"):
        out = tmp_path / f"r{suffix}"
        assert cli.run(["--db", str(db), "export", str(out)]) == 0
        assert "11 activités exportées" in capsys.readouterr().out
        copy = tmp_path / f"copy{suffix}.db"
        assert cli.run(["--db", str(copy), "import", str(out)]) == 0
        assert cli.run(["--db", str(copy), "export", str(tmp_path / "copy.json")]) == 0
        expected = jsondoc.read_json(tmp_path / "r.json")
        got = jsondoc.read_json(tmp_path / "copy.json")
        if suffix == ".csv":  # activities only; the new register's own lists
            assert got["activities"] == expected["activities"]
        else:
            assert got == expected


def test_unknown_extension_is_one_clear_message(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "r.db"
    Store.open(db).close()
    assert cli.run(["--db", str(db), "export", str(tmp_path / "r.docx")]) == 2
    err = capsys.readouterr().err
    assert "r.docx" in err and ".xlsx" in err and ".ods" in err and "Traceback" not in err
    assert not (tmp_path / "r.docx").exists()


def test_an_unwritable_place_leaves_nothing_behind(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "r.db"
    Store.open(db).close()
    folder = tmp_path / "missing"
    assert cli.run(["--db", str(db), "export", str(folder / "r.xlsx")]) == 2
    assert "r.xlsx" in capsys.readouterr().err


_OWN = ("reference", "created_at", "updated_at", "notes")
"""What an activity added to a register in use takes from that register, not the file."""


@pytest.mark.parametrize("suffix", FORMATS[1:])
def test_an_export_imported_into_a_register_in_use_keeps_every_field(
        suffix: str, seed: Path, tmp_path: Path) -> None:
    """A colleague's export added to one's own register: its bases, transfers and retention per
    category land in their fields (not in notes), its old references are kept as notes."""
    with Store.memory().read() as session:
        doc = jsondoc.export_document(session)
    cats = [c["name"] for c in doc["data_categories"][:2]]
    doc["activities"] = [{
        "reference": "T-001", "name": "Paie", "purpose": "Payer les salariés",
        "data_categories": cats, "category_retention": {cats[1]: "13 mois"},
        "legal_bases": [{"code": "contract", "justification": ""},
                        {"code": "legitimate_interests", "justification": "sécurité"}],
        "transfers": [{"country": "Inde", "recipient": "Prestataire", "safeguard": "scc",
                       "safeguard_detail": "", "international_organisation": "",
                       "safeguard_reference": "DPA-3"}],
        "retention": "5 ans", "notes": [{"name": "Logiciel", "text": "Silae"}]}]
    exported = _restored(doc)
    path = tmp_path / f"colleague{suffix}"
    table_export.write(exported, path)
    db = tmp_path / "mine.db"
    assert cli.run(["--db", str(db), "import", str(seed)]) == 0
    assert cli.run(["--db", str(db), "import", str(path)]) == 0
    assert cli.run(["--db", str(db), "export", str(tmp_path / "mine.json")]) == 0
    added = jsondoc.read_json(tmp_path / "mine.json")["activities"][-1]
    given = exported["activities"][0]
    for key, value in given.items():
        if key not in _OWN:
            assert added[key] == value, key
    notes = {n["name"]: n["text"] for n in added["notes"]}
    assert notes["Logiciel"] == "Silae"
    assert notes[catalogue.by_key("reference").label("fr")] == "T-001"
    assert not any("›" in name for name in notes)


def test_a_note_given_a_second_column_comes_back_once_into_a_register_in_use(
        seed: Path, tmp_path: Path) -> None:
    """The second column of a note name has the first one's title: the table import, which
    knows no "Notes ›" prefix, takes it as that note, in the activity's order."""
    with Store.memory().read() as session:
        doc = jsondoc.export_document(session)
    orders = [["Pilote", "Origine"], ["Origine", "Pilote"]]
    doc["activities"] = [
        {"reference": f"T-{i:03d}", "name": f"Traitement {i}", "purpose": "Gérer",
         "notes": [{"name": name, "text": f"{name} {i}"} for name in names]}
        for i, names in enumerate(orders, start=1)]
    path = tmp_path / "colleague.xlsx"
    table_export.write(_restored(doc), path)
    db = tmp_path / "mine.db"
    assert cli.run(["--db", str(db), "import", str(seed)]) == 0
    assert cli.run(["--db", str(db), "import", str(path)]) == 0
    assert cli.run(["--db", str(db), "export", str(tmp_path / "mine.json")]) == 0
    added = jsondoc.read_json(tmp_path / "mine.json")["activities"][-2:]
    assert [[n["name"] for n in a["notes"] if n["name"] in orders[0]] for a in added] == orders
    assert [n["text"] for n in added[1]["notes"]][:2] == ["Origine 2", "Pilote 2"]




def test_a_csv_export_with_a_note_past_the_csv_modules_limit_is_still_ours(
        tmp_path: Path) -> None:
    """A register whose note holds a whole policy (200,000 characters) exported as CSV is
    read back as our export, its note whole, even in a process that read no table before
    (the csv module's own limit, 131,072 characters, made it "not ours")."""
    import csv

    policy = ("Politique de conservation, article suivant. " * 5000)[:199_999] + "."
    source = tmp_path / "source.csv"
    source.write_text(f"Finalité;Base légale;Politique\nPaie;Contrat;{policy}\n",
                      encoding="utf-8")
    doc = _seeded(source, Store.memory())
    path = tmp_path / "r.csv"
    table_export.write(doc, path)
    kept = csv.field_size_limit()
    csv.field_size_limit(131_072)  # the csv module's own, as before any table is read
    try:
        found = table_export.read(path)
    finally:
        csv.field_size_limit(kept)
    assert found is not None
    assert found["activities"][0]["notes"] == [{"name": "Politique", "text": policy}]


def test_an_xlsx_export_gives_back_a_text_that_reads_as_an_excel_escape_as_it_was(
        tmp_path: Path) -> None:
    """A note holding the text "_x000D_" itself comes back from the XLSX export as it was
    (its underscore escaped, as Excel writes it, so that it does not read as a carriage
    return); what is not text came in as the register keeps it (U+FFFD, a line break) and
    comes back so."""
    texts = ["a\ufffeb\uffffc", "ligne\x0bsuite", "a_x000D_b_x005F_c"]
    kept = ["a\ufffdb\ufffdc", "ligne\nsuite", "a_x000D_b_x005F_c"]
    source = tmp_path / "source.csv"
    source.write_text("Finalité;Base légale;Remarque\n" + "".join(
        f"Paie {i};Contrat;{text}\n" for i, text in enumerate(texts)), encoding="utf-8")
    doc = _seeded(source, Store.memory())
    assert [a["notes"][0]["text"] for a in doc["activities"]] == kept
    back = _round_trip(doc, tmp_path / "r.xlsx")
    assert [a["notes"][0]["text"] for a in back["activities"]] == kept


@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".ods"])
def test_a_text_longer_than_an_excel_cell_is_written_whole_and_said(
        suffix: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """openpyxl cut a text at Excel's 32,767 characters without a word: a policy pasted whole
    came back from the XLSX export cut. It is written whole (LibreOffice and Registre read it
    back), and the export names the cell Excel would cut, for XLSX and CSV (Excel opens
    both); an ODS has no such limit."""
    source = tmp_path / "source.csv"
    source.write_text("Finalité;Base légale;Remarque\nPaie;Contrat;court\n", encoding="utf-8")
    cli.run(["--db", str(tmp_path / "r.db"), "import", "--lang", "fr", str(source)])
    store = Store.open(tmp_path / "r.db")
    policy = "Chaque donnée est gardée le temps de la relation. " * 800
    with store.write() as s:
        (activity,) = crud.activities(s)
        crud.update_activity(s, activity_id=activity.id or 0, retention=policy.strip())
    store.close()
    capsys.readouterr()
    target = tmp_path / f"r{suffix}"
    assert cli.run(["--db", str(tmp_path / "r.db"), "export", str(target)]) == 0
    err = capsys.readouterr().err
    back = table_export.read(target)
    assert back is not None and back["activities"][0]["retention"] == policy.strip()
    if suffix == ".ods":
        assert "Excel" not in err
    else:
        assert "ligne 2, colonne « Durée de conservation » : 39999 caractères" in err
        assert len(err.strip().splitlines()) == 1
