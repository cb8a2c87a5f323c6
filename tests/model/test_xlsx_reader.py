"""The XLSX sheet reader: the same values as openpyxl's read-only rows, whoever wrote the file."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from model.core.errors import RegistreError
from model.exchange import spreadsheets
from model.exchange.importer import parse_bytes


def _trimmed(values: tuple[Any, ...]) -> tuple[Any, ...]:
    values = tuple(values)
    while values and values[-1] is None:
        values = values[:-1]
    return values


def both_readings(data: bytes) -> list[tuple[list[Any], list[Any] | None]]:
    """For each sheet: openpyxl's rows (number, values) that hold anything, and the fast
    reader's (None where it leaves the sheet to openpyxl)."""
    workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    archive = zipfile.ZipFile(io.BytesIO(data))
    found = []
    for sheet in workbook.worksheets:
        sheet.reset_dimensions()
        slow = [(n, _trimmed(v)) for n, v in enumerate(sheet.iter_rows(values_only=True), 1)
                if any(x is not None for x in v)]
        xml = archive.read(str(sheet._worksheet_path).lstrip("/"))
        rows = spreadsheets._sheet_rows(xml, sheet)
        fast = None if rows is None else [(n, _trimmed(v)) for n, v in rows
                                          if any(x is not None for x in v)]
        found.append((slow, fast))
    workbook.close()
    return found


def saved(workbook: Any) -> bytes:
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def test_every_kind_of_cell_openpyxl_writes_reads_the_same() -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Registre"
    sheet.append(["Finalité", "Nombre", "Taux", "Actif", "Date", "Heure", "Texte riche"])
    rich = CellRichText([TextBlock(InlineFont(b=True), "Gras"), " puis normal"])
    sheet.append(["Paie\nsur deux lignes", 42, 0.5, True, dt.datetime(2025, 3, 1, 14, 30),
                  dt.time(8, 15), rich])
    sheet.append(["  espaces gardés  ", -7, 1e-7, False, dt.date(1999, 12, 31), None, ""])
    sheet.cell(row=6, column=2, value="après un trou")  # rows 4 and 5 missing
    sheet.cell(row=6, column=9, value=3.25)             # a gap in the row
    other = workbook.create_sheet("Listes")
    other.append(["Catégories", "Identité, Contact"])
    for slow, fast in both_readings(saved(workbook)):
        assert fast == slow and slow


def test_a_write_only_workbook_reads_the_same() -> None:
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Traitements")
    for i in range(300):
        sheet.append([f"Traitement {i}", i, i / 3, None, "Oui" if i % 2 else None,
                      dt.datetime(2026, 1, 1) + dt.timedelta(days=i)])
    ((slow, fast),) = both_readings(saved(workbook))
    assert fast == slow and len(slow) == 300


def test_hand_written_sheet_xml_reads_as_openpyxl_reads_it() -> None:
    """What other writers put in a sheet: shared strings with runs and phonetic text, cells
    and rows without references, cached formula texts, errors, ISO dates."""
    workbook = openpyxl.Workbook()
    data = saved(workbook)
    parts = {n: zipfile.ZipFile(io.BytesIO(data)).read(n)
             for n in zipfile.ZipFile(io.BytesIO(data)).namelist()}
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    parts["xl/sharedStrings.xml"] = (
        f'<sst xmlns="{ns}" count="3" uniqueCount="3"><si><t>Clients</t></si>'
        '<si><r><t>Pros</t></r><r><rPr><b/></rPr><t xml:space="preserve">pects </t></r>'
        '<rPh sb="0" eb="1"><t>phonétique</t></rPh></si><si><t/></si></sst>').encode()
    parts["xl/worksheets/sheet1.xml"] = (
        f'<worksheet xmlns="{ns}"><sheetData>'
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>'
        '<row><c t="s"><v>2</v></c><c t="str"><f>A1&amp;"!"</f><v>Clients!</v></c>'
        '<c t="e"><v>#N/A</v></c><c><v>12</v></c></row>'
        '<row r="5" spans="1:3"><c r="B5" t="d"><v>2024-02-29T10:00:00</v></c>'
        '<c r="C5" t="b"><v>1</v></c><c r="D5" t="inlineStr"><is><r><t>a</t></r>'
        '<r><t>b</t></r></is></c><c r="E5" t="inlineStr"><is><t>seul</t></is></c></row>'
        '</sheetData></worksheet>').encode()
    types = parts["[Content_Types].xml"]
    if b"sharedStrings" not in types:
        parts["[Content_Types].xml"] = types.replace(b"</Types>", (
            b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
            b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'))
    rels = parts["xl/_rels/workbook.xml.rels"]
    if b"sharedStrings" not in rels:
        parts["xl/_rels/workbook.xml.rels"] = rels.replace(b"</Relationships>", (
            b'<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/'
            b'2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name, body in parts.items():
            target.writestr(name, body)
    ((slow, fast),) = both_readings(out.getvalue())
    assert fast == slow
    assert [n for n, _v in slow] == [1, 2, 5]


def test_a_sheet_declaring_entities_is_left_to_openpyxl_which_refuses_it() -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet["A1"] = "Finalité"
    data = saved(workbook)
    source = zipfile.ZipFile(io.BytesIO(data))
    parts = {n: source.read(n) for n in source.namelist()}
    xml = parts["xl/worksheets/sheet1.xml"]
    parts["xl/worksheets/sheet1.xml"] = (b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY e "x">]>'
                                         + xml.split(b"?>", 1)[-1])
    assert spreadsheets._sheet_rows(parts["xl/worksheets/sheet1.xml"], None) is None
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name, body in parts.items():
            target.writestr(name, body)
    with pytest.raises(RegistreError, match="XLSX"):
        parse_bytes(out.getvalue(), filename="r.xlsx")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_workbook_saved_by_libreoffice_reads_the_same(tmp_path: Path) -> None:
    source = tmp_path / "registre.csv"
    source.write_text("Finalité;Nombre;Catégories\nPaie;3;Identité, Contact\n"
                      "Prospection;2,5;Contact\n;;\nVidéo;;Image\n", encoding="utf-8")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/profile",
                    "--headless", "--infilter=CSV:59,34,76", "--convert-to", "xlsx",
                    "--outdir", str(tmp_path), str(source)],
                   check=True, capture_output=True, timeout=120)
    ((slow, fast),) = both_readings((tmp_path / "registre.xlsx").read_bytes())
    assert fast == slow and len(slow) == 4
