"""Characters that are not text (control characters, DEL, U+FFFE, U+FFFF) at every way in
and out of a register: one rule, `text.as_text`.

A vertical tab or a form feed is a line break (Word's Shift+Enter, Excel for Mac's
Alt+Enter); any other such character is written as U+FFFD by every export of a register
that holds one (written by an older version), rather than fail or write a file nothing
opens.
"""

from __future__ import annotations

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
from model.exchange import jsondoc
from model.register import crud
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
