"""Characters that are not text (control characters, DEL, U+FFFE, U+FFFF) at every way in
and out of a register: one rule, `text.as_text`.

A vertical tab or a form feed is a line break (Word's Shift+Enter, Excel for Mac's
Alt+Enter); any other such character is refused by a JSON restore (`test_restore_input`),
replaced by U+FFFD by a table's import, which says on which lines, and by the editor's core
API; and every export of a register that already holds one (written by an older version)
writes it as U+FFFD rather than fail or write a file nothing opens.
"""

from __future__ import annotations

import io
import json
import sqlite3
import zipfile
from pathlib import Path
from typing import Any
from xml.dom import minidom

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from model import cli
from model.core.text import LINE_BREAKS, NOT_TEXT, as_text, as_texts, first_not_text
from model.exchange import importer, jsondoc
from model.register import crud
from model.storage import schema
from model.storage.store import Store

NOT_TEXT_CHARS = "\x01\x02\x07\x08\x0e\x1b\x1f\x7f\ufffe\uffff"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.run(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "erreur interne" not in err, err
    return code, out, err


def _document(path: Path) -> dict[str, Any]:
    store = Store.open(path, readonly=True)
    with store.read() as s:
        doc = jsondoc.export_document(s)
    store.close()
    return doc


# -- the rule ------------------------------------------------------------------------------

def test_a_line_break_stays_one_and_another_control_becomes_a_visible_mark() -> None:
    assert as_text("Paie\x0bdes\x0csalariés\t(2)\r\n") == "Paie\ndes\nsalariés\t(2)\r\n"
    assert as_text("a\x01b\x7fc\ufffed\uffffe\x00f\ud800") == "a\ufffdb\ufffdc\ufffdd\ufffde" \
        "\ufffdf\ufffd"
    assert first_not_text("ok\x0b") == "" and first_not_text("x\x1fy\x01") == "\x1f"


@given(st.text())
def test_as_text_leaves_no_character_that_is_not_text_and_is_idempotent(text: str) -> None:
    made = as_text(text)
    assert not NOT_TEXT.search(made) and not set(made) & set(LINE_BREAKS)
    assert as_text(made) == made
    assert len(made) == len(text)  # a mark for each: nothing dropped


def test_as_texts_gives_back_the_very_value_when_nothing_changes() -> None:
    plain = {"a": ["b", ("c", 1)], "d": None}
    assert as_texts(plain) is plain
    assert as_texts({"a\x0b": ["b\x01", ("c", 1)]}) == {"a\n": ["b\ufffd", ("c", 1)]}


# -- the editor's way in: the core API ---------------------------------------------------------

def test_the_core_api_stores_text_only(store: Store) -> None:
    """A paste from Word (its \\x0b line break, a \\x07 table cell's end) used to be stored
    as it was, then written as U+FFFD by the exports (or as a box by the PDF)."""
    with store.write() as s:
        activity = crud.create_activity(
            s, name="Paie\x07", purpose="Payer\x0bles salariés", categories=["Identité\x01"],
            notes=[{"name": "Origine\x0c", "text": "Word\x07"}],
            transfers=[{"country": "Maroc\x1f"}])
        assert activity.id is not None
        crud.update_activity(s, activity_id=activity.id, retention="5 ans\x7f")
        crud.set_activity_lists(s, activity_id=activity.id, subjects=["Salariés\x0b"])
        crud.update_organisation(s, name="Martin\x0b& Fils\x01")
        crud.create_item(s, model=schema.Recipient, name="Cabinet\x02",
                         description="Expert\x0bcomptable")
        crud.update_basis_description(s, code="consent", description="Formulaire\x03")
        doc = jsondoc.export_document(s)
    found = doc["activities"][0]
    assert found["name"] == "Paie\ufffd" and found["purpose"] == "Payer\nles salariés"
    assert found["data_categories"] == ["Identité\ufffd"]
    assert found["notes"] == [{"name": "Origine", "text": "Word\ufffd"}]
    assert found["transfers"][0]["country"] == "Maroc\ufffd"
    assert found["retention"] == "5 ans\ufffd"
    assert found["data_subjects"] == ["Salariés"]
    assert doc["organisation"]["name"] == "Martin\n& Fils\ufffd"
    recipient = next(r for r in doc["recipients"] if r["name"] == "Cabinet\ufffd")
    assert recipient["description"] == "Expert\ncomptable"
    basis = next(b for b in doc["legal_bases"] if b["code"] == "consent")
    assert basis["description"] == "Formulaire\ufffd"
    with store.read() as s:  # stored so, not only exported so
        assert crud.organisation_json(s)["name"] == "Martin\n& Fils\ufffd"


# -- a table's import ------------------------------------------------------------------------

def _csv(tmp_path: Path, body: str) -> Path:
    padding = "".join(f"Activité {i} pour la longueur;Clients;Identité;3 ans\n" for i in range(8))
    path = tmp_path / "t.csv"
    path.write_text("Finalité;Personnes concernées;Catégories de données;Durée de conservation\n"
                    + body + padding, encoding="utf-8")
    return path


def test_excel_for_mac_s_line_break_in_a_csv_cell_is_a_line_break(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Excel for Mac writes Alt+Enter as \\x0b: the categories of one cell, a line each, were
    read as one category named "Identité\\x0bVie professionnelle"."""
    source = _csv(tmp_path, "Paie;Salariés;Identité\x0bVie professionnelle;5 ans\x0caprès\n")
    code, out, _ = _run(capsys, "--db", str(tmp_path / "r.db"), "import", str(source))
    assert code == 0 and "pas du texte" not in out, out
    first = _document(tmp_path / "r.db")["activities"][0]
    assert first["data_categories"] == ["Identité", "Vie professionnelle"]
    assert _stored(tmp_path / "r.db", "retention") == "5 ans\naprès"  # not only exported so


def _stored(path: Path, column: str) -> str:
    """The first activity's `column` as the register's file holds it."""
    with sqlite3.connect(path) as conn:
        value = conn.execute(f"SELECT {column} FROM activity ORDER BY position").fetchone()[0]
    conn.close()
    return str(value)


def test_another_control_character_is_replaced_and_the_account_names_its_lines(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    body = "Paie\x01;Salariés;Identité;5 ans\nRecrutement\x7f;Candidats;Identité;2 ans\x1f\n"
    source = _csv(tmp_path, body)
    code, out, _ = _run(capsys, "--db", str(tmp_path / "r.db"), "import", str(source))
    assert code == 0
    assert ("Ligne 2 : caractère illisible dans « Finalité », remplacé par « \ufffd » : le "
            "caractère d'origine est perdu ; vérifiez ce texte dans le fichier.") in out
    assert "Ligne 3 : caractère illisible dans « Finalité », « Durée de conservation »" in out
    first, second = _document(tmp_path / "r.db")["activities"][:2]
    assert first["purpose"] == _stored(tmp_path / "r.db", "purpose") == "Paie\ufffd"
    assert second["purpose"] == "Recrutement\ufffd" and second["retention"] == "2 ans\ufffd"
    monkeypatch.setenv("REGISTRE_LANG", "en")
    code, out, _ = _run(capsys, "--db", str(tmp_path / "e.db"), "import", "--dry-run",
                        str(_csv(tmp_path, "Pay\x01;Staff;Identity;5 years\n")))
    assert "Line 2: unreadable character in “Finalité”, replaced by “\ufffd”: the original " \
           "character is lost; check this text in the file." in out, out


def _xlsx(tmp_path: Path, rows: list[list[str]]) -> Path:
    """A workbook whose cells say what `rows` say, Excel's escapes ("_x000B_") as they are."""
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    raw = io.BytesIO()
    book.save(raw)
    path = tmp_path / "t.xlsx"
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as given, \
            zipfile.ZipFile(path, "w") as made:
        for info in given.infolist():
            made.writestr(info, given.read(info.filename).replace(b"ESC", b"_x"))
    return path


def test_excel_s_escapes_in_a_workbook_are_their_characters(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Excel writes a cell's carriage return "_x000D_", a vertical tab "_x000B_": openpyxl,
    and the import, kept those seven letters in the text."""
    path = _xlsx(tmp_path, [
        ["Finalité", "Personnes concernées", "Catégories de données", "Durée de conservation"],
        ["Paie", "Salariés", "IdentitéESC000B_Vie professionnelle", "5 ansESC000D_\naprès"],
        ["Recrutement", "Candidats", "Identité", "ESC0001_2 ans"],
        ["Fichier ESC005F_x0041_", "Clients", "Identité", "1 an"],
    ])
    book = importer.read_workbook(path)
    cells = [cells for _, cells in book.sheets[0].rows]
    assert cells[1][2:] == ["Identité\nVie professionnelle", "5 ans\r\naprès"]
    assert cells[2][3] == "\ufffd2 ans" and cells[3][0] == "Fichier _x0041_"
    assert book.warnings == []  # said for the line's activity, as any U+FFFD (`_row`)


def test_a_text_that_looks_like_an_escape_comes_back_from_an_xlsx_export_as_written(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "r.db"
    store = Store.open(path)
    with store.write() as s:
        crud.create_activity(s, name="Fichier_x0041_", purpose="Lire_x000D_", categories=["A"])
    store.close()
    assert _run(capsys, "--db", str(path), "export", str(tmp_path / "r.xlsx"))[0] == 0
    assert _run(capsys, "--db", str(tmp_path / "back.db"), "import",
                str(tmp_path / "r.xlsx"))[0] == 0
    back = _document(tmp_path / "back.db")["activities"][0]
    assert (back["name"], back["purpose"]) == ("Fichier_x0041_", "Lire_x000D_")


# -- the ways out, from a register an older version wrote ------------------------------------

@pytest.fixture
def old_register(tmp_path: Path) -> Path:
    """A register holding characters that are not text where an older version let them in:
    written into the file as that version stored them."""
    path = tmp_path / "old.db"
    store = Store.open(path)
    with store.write() as s:
        crud.update_organisation(s, name="Martin & Fils")
        crud.create_activity(s, name="Paie", purpose="Payer", categories=["Identité"],
                             notes=[{"name": "Origine", "text": "Word"}])
    store.close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE activity SET name = ?, purpose = ?, retention = ?",
                     ("Paie\x1b[2J", "Payer\x0bles\x0csalariés", "5 ans\x7f\ufffe\uffff"))
        conn.execute("UPDATE organisation SET name = ?", ("Martin\x0b& Fils\x02",))
        conn.execute("UPDATE activitynote SET name = ?, text = ?", ("Origine\x03", "Word\x07"))
        conn.execute("UPDATE datacategory SET name = ? WHERE name = ?", ("Identité\x08",
                                                                            "Identité"))
    conn.close()
    return path


def _no_control(text: str) -> bool:
    return not NOT_TEXT.search(text) and not set(text) & set(LINE_BREAKS)


def test_every_spreadsheet_export_writes_such_a_character_as_a_mark(
        old_register: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """openpyxl raised IllegalCharacterError; ODS must stay XML 1.0 to open."""
    for suffix in (".xlsx", ".ods", ".csv", ".json"):
        target = tmp_path / f"out{suffix}"
        code, _, err = _run(capsys, "--db", str(old_register), "export", str(target))
        assert code == 0, err
    cells = [str(v) for ws in openpyxl.load_workbook(tmp_path / "out.xlsx")
             for row in ws.iter_rows(values_only=True) for v in row if v is not None]
    assert "Paie\ufffd[2J" in cells and "Payer\nles\nsalariés" in cells
    assert all(map(_no_control, cells))
    with zipfile.ZipFile(tmp_path / "out.ods") as ods:
        content = ods.read("content.xml").decode("utf-8")
    minidom.parseString(content)  # well-formed XML 1.0
    assert "Paie\ufffd[2J" in content and _no_control(content)
    csv_text = (tmp_path / "out.csv").read_text("utf-8-sig")
    assert "Paie\ufffd[2J" in csv_text and "5 ans\ufffd\ufffd\ufffd" in csv_text
    assert _no_control(csv_text)
    doc = json.loads((tmp_path / "out.json").read_text("utf-8"))
    assert doc["organisation"]["name"] == "Martin\n& Fils\ufffd"
    assert doc["activities"][0]["notes"] == [{"name": "Origine\ufffd", "text": "Word\ufffd"}]
    assert doc["activities"][0]["data_categories"] == ["Identité\ufffd"]
    assert _no_control(json.dumps(doc, ensure_ascii=False))


@pytest.mark.parametrize("suffix", [".json", ".csv", ".xlsx", ".ods"])
def test_each_export_of_it_is_restored(old_register: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str], suffix: str) -> None:
    """A JSON restore refuses a control character: an export must not hold one, or the
    register could not come back from its own export."""
    target = tmp_path / f"out{suffix}"
    assert _run(capsys, "--db", str(old_register), "export", str(target))[0] == 0
    code, _, err = _run(capsys, "--db", str(tmp_path / "back.db"), "import", str(target))
    assert code == 0, err
    back = _document(tmp_path / "back.db")["activities"][0]
    assert back["name"] == "Paie\ufffd[2J" and back["purpose"] == "Payer\nles\nsalariés"


def test_the_signed_record_holds_marks_and_verifies(
        old_register: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader

    (tmp_path / "pw").write_text("s3cret\n", encoding="utf-8")
    pdf = tmp_path / "r.pdf"
    code, _, err = _run(capsys, "--db", str(old_register), "export", str(pdf), "--sign",
                        "--password-file", str(tmp_path / "pw"), "--signer", "C. Martin")
    assert code == 0, err
    code, out, _ = _run(capsys, "--db", str(old_register), "verify", str(pdf))
    assert code == 0, out
    with pdf.open("rb") as stream:
        reader = PdfFileReader(stream)
        assert str(reader.trailer["/Info"]["/Author"]) == "Martin & Fils\ufffd"
        metadata = reader.root["/Metadata"].data.decode("utf-8")
    assert _no_control(metadata)
    import pypdf

    text = "".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)
    assert "Paie\ufffd[2J" in text
    assert not NOT_TEXT.search(text.replace("\x00", "")), "a control character drawn"
    assert "\x00" not in text  # a line break drawn on one line was a glyph-less box


def test_the_history_shows_a_mark_not_an_escape_sequence(
        old_register: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with sqlite3.connect(old_register) as conn:
        conn.execute("UPDATE historyentry SET new = ? WHERE action = 'create'",
                     ("Paie\x1b[2J",))
    conn.close()
    code, out, _ = _run(capsys, "--db", str(old_register), "history")
    assert code == 0 and "Paie\ufffd[2J" in out and "\x1b" not in out
