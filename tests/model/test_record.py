"""The PDF record: every activity and category printed, in both languages, fonts embedded.

The documents come from tests/recordkit.py, as `registre/1` dicts, so that these tests do
not depend on the store or the importer.
"""

from __future__ import annotations

import copy
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from model.core.errors import RegistreError
from model.exchange.jsondoc import FORMAT
from model.record.pdf import SIGNATURE_BOX, SignerInfo, render_record
from tests.recordkit import (
    EXPORTED,
    FINGERPRINT,
    make_doc_en,
    make_doc_fr,
    pages_text,
    render,
)


def pdf_text(path: Path) -> str:
    """All the text, with line breaks and hyphen-free wrapping undone for searching."""
    reader = PdfReader(str(path))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    return " ".join(text.split())


def squash(value: str) -> str:
    return " ".join(value.split())


@pytest.fixture(scope="module")
def doc_fr() -> dict[str, Any]:
    return make_doc_fr()


@pytest.fixture(scope="module")
def doc_en() -> dict[str, Any]:
    return make_doc_en()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_purpose_and_category_is_printed(
    doc_fr: dict[str, Any], tmp_path: Path, lang: str
) -> None:
    text = pdf_text(render(doc_fr, tmp_path / "r.pdf", lang))
    for activity in doc_fr["activities"]:
        assert squash(activity["purpose"]) in text, activity["reference"]
        assert activity["reference"] in text
    for category in doc_fr["data_categories"]:
        assert squash(category["name"]) in text
        assert squash(category["description"]) in text
    title = (
        "Registre des activités de traitement"
        if lang == "fr"
        else ("Record of processing activities")
    )
    assert title in text
    assert FINGERPRINT in text
    assert doc_fr["organisation"]["dpo"]["email"] in text
    assert "Article L3243-2 du code du travail" in text
    assert "Identité, coordonnées, RIB, NIR, arrêts maladie" in text  # verbatim import
    if lang == "fr":
        assert "Page 1 sur" in text and "Non renseigné" in text
        assert "Clauses contractuelles types" in text
        assert "Catégorie particulière, art. 9".lower() in text.lower()
    else:
        assert "Page 1 of" in text and "Not provided" in text
        assert "Standard contractual clauses" in text


def test_english_register(doc_en: dict[str, Any], tmp_path: Path) -> None:
    text = pdf_text(render(doc_en, tmp_path / "en.pdf", "en"))
    for activity in doc_en["activities"]:
        if activity["purpose"]:
            assert activity["purpose"] in text
    for category in doc_en["data_categories"]:
        assert category["name"] in text
    assert "statutory duty?" in text
    # HR-2 lacks purpose, legal basis, subjects and retention: each is flagged
    assert text.count("Not provided") >= 4
    assert "Employment and social security" in text


def test_page_count_in_footer(doc_fr: dict[str, Any], tmp_path: Path) -> None:
    path = render(doc_fr, tmp_path / "r.pdf", "fr")
    reader = PdfReader(str(path))
    total = len(reader.pages)
    assert total > 12
    last = reader.pages[-1].extract_text() or ""
    assert f"Page {total} sur {total}" in squash(last)


def test_metadata_outline_and_language(doc_fr: dict[str, Any], tmp_path: Path) -> None:
    reader = PdfReader(str(render(doc_fr, tmp_path / "r.pdf", "fr")))
    meta = reader.metadata
    assert meta is not None
    assert meta.title and "Registre des activités de traitement" in meta.title
    assert meta.author == doc_fr["organisation"]["name"]
    assert meta.subject
    assert reader.root_object.get("/Lang") == "fr-FR"

    def titles(items: list[Any]) -> list[str]:
        out: list[str] = []
        for item in items:
            out += titles(item) if isinstance(item, list) else [item.title]
        return out

    outline = titles(reader.outline)
    for activity in doc_fr["activities"]:
        assert any(activity["reference"] in entry for entry in outline)
    assert "Signature" in outline and "Annexes" in outline


def test_signature_page_is_last_and_holds_the_signer(
    doc_fr: dict[str, Any], tmp_path: Path
) -> None:
    signer = SignerInfo(name="Jeanne Dupont", role="Présidente", place="Lyon")
    reader = PdfReader(str(render(doc_fr, tmp_path / "r.pdf", "fr", signer)))
    last = squash(reader.pages[-1].extract_text() or "")
    assert "Jeanne Dupont" in last and "Présidente" in last and "Lyon" in last
    assert "25 novembre 2026" in last
    x1, y1, x2, y2 = SIGNATURE_BOX
    width, height = (float(v) for v in reader.pages[-1].mediabox.upper_right)
    assert 0 < x1 < x2 <= width and 0 < y1 < y2 <= height


def test_fonts_are_all_embedded(doc_fr: dict[str, Any], tmp_path: Path) -> None:
    pdffonts = shutil.which("pdffonts")
    if pdffonts is None:
        pytest.skip("pdffonts is missing: apt-get install poppler-utils")
    path = render(doc_fr, tmp_path / "r.pdf", "fr")
    out = subprocess.run([pdffonts, str(path)], capture_output=True, text=True, check=True).stdout
    rows = out.splitlines()[2:]
    assert rows, out
    for row in rows:
        # columns: name type encoding emb sub uni object ID
        assert "DejaVu" in row, row
        fields = re.split(r"\s+", row.strip())
        assert fields[-5] == "yes", row  # emb
    assert "Helvetica" not in out


def test_text_the_main_font_lacks_is_drawn_and_copied_out_whole(tmp_path: Path) -> None:
    """Chinese, Japanese and Korean have no glyph in DejaVu Sans: the record draws them in
    the fallback font (embedded, as every font), rather than as empty boxes, and a reader
    copies them out as written, a character beyond U+FFFF (😀) included; text that no font
    draws (Devanagari) is still copied out as written."""
    pdffonts = shutil.which("pdffonts")
    if pdffonts is None or shutil.which("pdftotext") is None:
        pytest.skip("pdffonts and pdftotext are missing: apt-get install poppler-utils")
    doc = copy.deepcopy(make_doc_fr(2))
    doc["activities"][0]["purpose"] = "Commandes du fournisseur 深圳市 — 顧客管理 😀"
    doc["activities"][1]["name"] = "Filiale 서울 지사"
    doc["activities"][1]["purpose"] = "Bureau de नई दिल्ली"  # in no font: boxes, text kept
    path = render(doc, tmp_path / "r.pdf", "fr")
    text = squash(" ".join(pages_text(path)))
    assert "Commandes du fournisseur 深圳市 — 顧客管理 😀" in text
    assert "Filiale 서울 지사" in text
    assert "Bureau de नई दिल्ली" in text
    out = subprocess.run([pdffonts, str(path)], capture_output=True, text=True, check=True).stdout
    fallback = [row for row in out.splitlines() if "DroidSansFallback" in row]
    assert fallback and all(re.split(r"\s+", row.strip())[-5] == "yes" for row in fallback)


def test_right_to_left_text_is_drawn_in_reading_order_and_copied_out_as_written(
        tmp_path: Path) -> None:
    """Hebrew and Arabic are drawn right to left, Arabic letters joined (PDF draws glyphs in
    the order given: as typed, "שלום" read backwards, Arabic letters apart); the span's
    ActualText gives a reader the text as written."""
    from model.record.styles import visual

    assert visual("Bureau de שלום עולם fin") == "Bureau de םלוע םולש fin"
    arabic = visual("مرحبا")
    assert len(arabic) == 5 and all("\ufe70" <= ch <= "\ufeff" for ch in arabic)  # joined
    assert visual("Registre des activités") == "Registre des activités"
    doc = copy.deepcopy(make_doc_fr(1))
    purpose = "Bureau de مرحبا بكم et שלום עולם fin"
    doc["activities"][0]["purpose"] = purpose
    path = render(doc, tmp_path / "r.pdf", "fr")
    streams = [page.get_contents().get_data() for page in PdfReader(str(path)).pages]
    said = [bytes.fromhex(found.decode()).decode("utf-16") for data in streams
            for found in re.findall(rb"/ActualText <([0-9a-fA-F]+)>", data)]
    assert purpose in said


def test_long_unbroken_text_and_many_categories_do_not_break_layout(tmp_path: Path) -> None:
    doc = make_doc_fr(3)
    doc = copy.deepcopy(doc)
    many = [
        {
            "name": f"Catégorie de données numéro {i} avec un intitulé long",
            "description": "Description " * 20,
            "special": i % 7 == 0,
            "criminal": False,
        }
        for i in range(80)
    ]
    doc["data_categories"] += many
    doc["activities"][0]["data_categories"] += [c["name"] for c in many]
    doc["activities"][1]["purpose"] = "https://exemple.fr/" + "x" * 400 + " fin"
    doc["activities"][2]["purpose"] = ("Très longue finalité. " * 600).strip()
    path = render(doc, tmp_path / "long.pdf", "fr")
    text = pdf_text(path)
    assert "Catégorie de données numéro 79 avec un intitulé long" in text
    assert "Très longue finalité." in text


def test_rejects_a_document_that_is_not_an_export(tmp_path: Path) -> None:
    with pytest.raises(RegistreError):
        render_record(
            {"format": "other"},
            tmp_path / "x.pdf",
            lang="fr",
            fingerprint="",
            register_version="",
            exported_at=EXPORTED,
        )
    assert not (tmp_path / "x.pdf").exists()
    assert list(tmp_path.iterdir()) == []


def test_empty_register_still_renders(tmp_path: Path) -> None:
    doc = {
        "format": FORMAT,
        "language": "fr",
        "organisation": {},
        "data_categories": [],
        "data_subjects": [],
        "recipients": [],
        "legal_bases": [],
        "activities": [],
    }
    text = pdf_text(render(doc, tmp_path / "empty.pdf", "fr"))
    assert "Aucune activité" in text


# --- reading order (issue 10) and speed machinery (issue 11) ---------------------------------


def _outline(reader: PdfReader) -> list[tuple[str, int]]:
    """(title, 0-based page) of every outline entry, in order."""
    out: list[tuple[str, int]] = []

    def walk(items: list[Any]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                page = reader.get_destination_page_number(item)
                assert page is not None
                out.append((item.title, page))

    walk(reader.outline)
    return out


def _body_lines(reader: PdfReader, index: int) -> list[str]:
    """The page's text lines between header and footer, by baseline."""
    from model.record.styles import BODY_BOTTOM, BODY_TOP

    lines: dict[int, list[tuple[float, str]]] = {}

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        y = tm[5] * cm[3] + cm[5]
        if text.strip() and BODY_BOTTOM - 1 <= y <= BODY_TOP + 1:
            lines.setdefault(round(y), []).append((tm[4] * cm[0] + cm[4], text))

    reader.pages[index].extract_text(visitor_text=visit)
    return [squash(" ".join(t for _, t in sorted(lines[y]))) for y in sorted(lines, reverse=True)]


def test_contents_lists_every_sheet_with_its_page_and_a_link(
    doc_fr: dict[str, Any], tmp_path: Path
) -> None:
    reader = PdfReader(str(render(doc_fr, tmp_path / "r.pdf", "fr")))
    assert reader.root_object["/PageMode"] == "/UseOutlines"
    outline = _outline(reader)
    sheet_page = {
        a["reference"]: next(p for title, p in outline if title.startswith(a["reference"]))
        for a in doc_fr["activities"]
    }
    lines = _body_lines(reader, 1)
    assert lines[0] == "Sommaire"
    for activity in doc_fr["activities"]:
        entry = f"{activity['reference']} {squash(activity['name'])} "
        line = next(x for x in lines if x.startswith(entry))
        assert int(line.split()[-1]) == sheet_page[activity["reference"]] + 1, line
    # each entry links to its sheet's page
    number = {p.indirect_reference.idnum: i for i, p in enumerate(reader.pages)}
    targets = set()
    for annot in reader.pages[1].get("/Annots", []):
        annot = annot.get_object()
        dest = annot.get("/Dest") or annot.get("/A", {}).get("/D")
        assert dest is not None
        if isinstance(dest, str):
            dest = reader.named_destinations[dest]
            targets.add(reader.get_destination_page_number(dest))
        else:
            targets.add(number[dest[0].idnum])
    assert set(sheet_page.values()) <= targets


def test_summary_gives_each_activitys_sheet_page_and_links_to_it(
    doc_fr: dict[str, Any], tmp_path: Path
) -> None:
    reader = PdfReader(str(render(doc_fr, tmp_path / "r.pdf", "fr")))
    outline = _outline(reader)
    sheet_page = {
        a["reference"]: next(p for title, p in outline if title.startswith(a["reference"]))
        for a in doc_fr["activities"]
    }
    summary = next(p for title, p in outline if title == "Synthèse des activités")
    first_sheet = min(sheet_page.values())
    pages = range(summary, first_sheet)
    lines = [line for i in pages for line in _body_lines(reader, i)]
    assert "Réf. Activité et finalité Catégories de données Bases légales Page" in lines
    for activity in doc_fr["activities"]:  # the row's first line ends with the sheet's page
        line = next(x for x in lines if x.startswith(activity["reference"] + " "))
        assert int(line.split()[-1]) == sheet_page[activity["reference"]] + 1, line
    number = {p.indirect_reference.idnum: i for i, p in enumerate(reader.pages)}
    targets = set()
    for i in pages:
        for annot in reader.pages[i].get("/Annots", []):
            dest = annot.get_object()["/Dest"]
            if isinstance(dest, str):
                targets.add(reader.get_destination_page_number(reader.named_destinations[dest]))
            else:
                targets.add(number[dest[0].idnum])
    assert targets == set(sheet_page.values())


def test_no_page_is_near_empty_unless_a_part_ends_there(tmp_path: Path) -> None:
    doc = make_doc_fr(40)
    reader = PdfReader(str(render(doc, tmp_path / "r.pdf", "fr")))
    starts = {page for _, page in _outline(reader)}
    for index in range(len(reader.pages)):
        lines = _body_lines(reader, index)
        if len(lines) < 5:
            assert index + 1 in starts or index + 1 == len(reader.pages), (
                f"page {index + 1} holds {len(lines)} lines: {lines}"
            )


def test_footer_carries_edition_date_page_and_a_readable_fingerprint(
    doc_fr: dict[str, Any], tmp_path: Path
) -> None:
    from model.record.facts import Edition

    path = tmp_path / "r.pdf"
    render_record(doc_fr, path, lang="en", fingerprint=FINGERPRINT, register_version="x",
                  exported_at=EXPORTED, signer=SignerInfo("A. Martin", "DPO"),
                  edition=Edition(number=3))
    reader = PdfReader(str(path))
    sizes: list[float] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if FINGERPRINT in text:
            sizes.append(size * tm[0])

    for index, page in enumerate(reader.pages):
        text = squash(page.extract_text() or "")
        assert f"Page {index + 1} of {len(reader.pages)}" in text
        assert "Edition 3 of 25 November 2026" in text
        assert doc_fr["organisation"]["name"] in text
        page.extract_text(visitor_text=visit)
    assert sizes and min(sizes) >= 7.5


def test_cover_gives_edition_and_completeness(doc_fr: dict[str, Any], tmp_path: Path) -> None:
    from datetime import date

    from model.check import check_document
    from model.record.facts import Edition

    path = tmp_path / "r.pdf"
    render_record(doc_fr, path, lang="fr", fingerprint=FINGERPRINT, register_version="x",
                  exported_at=EXPORTED, signer=SignerInfo("A. Martin", "DPO"),
                  edition=Edition(number=4, previous=date(2026, 6, 1)))
    reader = PdfReader(str(path))
    cover = squash(reader.pages[0].extract_text() or "")
    findings = check_document(doc_fr, "fr")
    assert findings
    assert "Édition 4 (édition signée précédente : 1er juin 2026)" in cover
    assert f"Incomplet : {len(findings)} constatations, listées en annexe" in cover
    text = pdf_text(path)
    assert "Constatations de complétude" in text
    for finding in findings[:5]:
        assert squash(finding.message.split(" : ", 1)[1]) in text
    complete = copy.deepcopy(doc_fr)
    complete["activities"] = []
    render_record(complete, path, lang="en", fingerprint=FINGERPRINT, register_version="x",
                  exported_at=EXPORTED)
    cover = squash(PdfReader(str(path)).pages[0].extract_text() or "")
    assert "Complete: no finding." in cover or "Incomplete" in cover
    assert "Unsigned draft" in cover


def test_changes_annex_lists_fields_changed_since_the_previous_edition(
    doc_fr: dict[str, Any], tmp_path: Path
) -> None:
    from datetime import date

    from model.record.facts import Change, Edition

    changes = [
        Change("edit", "activity", "T-002", "retention", "2 ans", "3 ans"),
        Change("edit", "activity", "T-002", "retention", "3 ans", "5 ans après le départ"),
        Change("create", "activity", "T-011"),
        Change("edit", "activity", "T-003", "purpose", "Ancienne finalité", "Nouvelle finalité"),
    ]
    path = tmp_path / "r.pdf"
    render_record(doc_fr, path, lang="fr", fingerprint=FINGERPRINT, register_version="x",
                  exported_at=EXPORTED, signer=SignerInfo("A. Martin", "DPO"),
                  edition=Edition(number=2, previous=date(2026, 6, 1), changes=changes))
    text = pdf_text(path)
    annex = text.split("Modifications depuis l'édition signée précédente")[-1]
    assert "Depuis l'édition signée du 1er juin 2026 : 3 modification(s)." in annex
    assert "Activité T-002 Durée de conservation 2 ans 5 ans après le départ" in annex
    assert "Activité T-011 créée" in annex
    assert "Ancienne finalité" in annex and "Nouvelle finalité" in annex


def test_signature_box_names_the_signers_role(doc_fr: dict[str, Any], tmp_path: Path) -> None:
    reader = PdfReader(str(render(doc_fr, tmp_path / "d.pdf", "fr", SignerInfo("A", "DPO"))))
    assert "Signature du délégué à la protection des données (DPO)" in squash(
        reader.pages[-1].extract_text() or "")
    reader = PdfReader(str(render(doc_fr, tmp_path / "g.pdf", "en",
                                  SignerInfo("A", "Managing director"))))
    last = squash(reader.pages[-1].extract_text() or "")
    assert "Signature for the controller (Managing director)" in last


def test_imported_text_is_printed_only_when_it_says_more(tmp_path: Path) -> None:
    doc = make_doc_fr(3)
    first, second, third = doc["activities"]
    first["data_categories_text"] = " ".join(first["data_categories"])  # nothing new
    first["legal_basis_text"] = ""
    third["legal_basis_text"] = "Consentement de la personne"
    third["legal_bases"] = [{"code": "consent", "article": "", "justification": ""}]
    second["legal_basis_text"] = "Nécessaire pour nos intérêts légitimes (sécurité du site)"
    second["legal_bases"] = [{"code": "consent", "article": "", "justification": ""}]
    text = pdf_text(render(doc, tmp_path / "r.pdf", "fr"))
    assert "Catégories (texte importé)" not in text
    assert "Base légale (texte importé)" not in text  # says nothing new, or contradicts
    assert "sécurité du site" not in text
    from model.check import check_document

    conflict = [f for f in check_document(doc, "fr") if f.reference == second["reference"]
                and f.field == "legal_basis_text"]
    assert len(conflict) == 1 and "Intérêts légitimes" in conflict[0].message


def _alter_kept(path: Path, old: bytes, new: bytes) -> bool:
    """Change what a kept sheet prints, its ready streams decompressed and compressed
    again, its operations as text, and leave its seal as it was; False when it does not
    print `old`."""
    import json
    import zlib

    seal, head_line, body = path.read_bytes().split(b"\n", 2)
    head = json.loads(head_line)
    if head.get("streams") is None:
        if old not in body:
            return False
        body = body.replace(old, new)
    else:
        pages, at = [], 0
        for n in head["streams"]:
            pages.append(zlib.decompress(body[at:at + n]))
            at += n
        if not any(old in p for p in pages):
            return False
        parts = [zlib.compress(p.replace(old, new)) for p in pages]
        head["streams"] = [len(p) for p in parts]
        body = b"".join(parts)
    path.write_bytes(b"\n".join((seal, json.dumps(head).encode(), body)))
    return True


def test_a_changed_activity_is_never_printed_stale(tmp_path: Path) -> None:
    from model.record.cache import SheetStore

    doc = make_doc_fr(6)
    store = SheetStore(tmp_path / "cache")
    stats = render_record(doc, tmp_path / "a.pdf", lang="fr", fingerprint=FINGERPRINT,
                          register_version="x", exported_at=EXPORTED, sheets=store)
    assert (stats.laid_out, stats.reused) == (6, 0)
    doc["activities"][2]["retention"] = "Sept ans après la fin du contrat"
    stats = render_record(doc, tmp_path / "a2.pdf", lang="fr", fingerprint=FINGERPRINT,
                          register_version="x", exported_at=EXPORTED,
                          sheets=SheetStore(tmp_path / "cache"))
    assert (stats.laid_out, stats.reused) == (1, 5)  # that sheet alone, laid out again
    assert "Sept ans après la fin du contrat" in pdf_text(tmp_path / "a2.pdf")
    doc["data_categories"][0]["special"] = True  # prints on the sheets that use "Identité"
    using = sum("Identité" in a["data_categories"] for a in doc["activities"])
    store = SheetStore(tmp_path / "cache")
    stats = render_record(doc, tmp_path / "b.pdf", lang="fr", fingerprint=FINGERPRINT,
                          register_version="x", exported_at=EXPORTED, sheets=store)
    changed = len({2} | {i for i, a in enumerate(doc["activities"])
                         if "Identité" in a["data_categories"]})
    assert using and stats.laid_out == changed and stats.reused == 6 - changed
    text = pdf_text(tmp_path / "b.pdf")
    assert "Sept ans après la fin du contrat" in text
    sheet_text = text.split(doc["activities"][0]["reference"] + " — ")[-1]
    assert "Identité (catégorie particulière, art. 9)" in text, sheet_text[:200]
    # a kept sheet altered on disk is laid out again, never printed
    assert sum(_alter_kept(path, b"Sept ans", b"Huit ans")
               for path in (tmp_path / "cache").glob("*.json")) >= 1
    store = SheetStore(tmp_path / "cache")
    stats = render_record(doc, tmp_path / "c.pdf", lang="fr", fingerprint=FINGERPRINT,
                          register_version="x", exported_at=EXPORTED, sheets=store)
    text = pdf_text(tmp_path / "c.pdf")
    assert "Huit ans" not in text and "Sept ans après la fin du contrat" in text
    assert stats.laid_out == 1


def test_sheets_laid_out_by_worker_processes_come_in_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from model.record import cache
    from model.record.cache import SheetStore

    doc = make_doc_fr(cache.POOL_FROM * 2)
    pooled = render_record(doc, tmp_path / "p.pdf", lang="fr", fingerprint=FINGERPRINT,
                           register_version="x", exported_at=EXPORTED,
                           sheets=SheetStore(tmp_path / "c1"))
    monkeypatch.setattr(cache, "POOL_FROM", 10**9)
    inline = render_record(doc, tmp_path / "i.pdf", lang="fr", fingerprint=FINGERPRINT,
                           register_version="x", exported_at=EXPORTED,
                           sheets=SheetStore(tmp_path / "c2"))
    assert pooled.laid_out == inline.laid_out == len(doc["activities"])
    a = [p.extract_text() for p in PdfReader(str(tmp_path / "p.pdf")).pages]
    b = [p.extract_text() for p in PdfReader(str(tmp_path / "i.pdf")).pages]
    assert a == b
    refs = [r for r in (a["reference"] for a in doc["activities"])]
    outline = [t for t, _ in _outline(PdfReader(str(tmp_path / "p.pdf")))]
    order = [next(i for i, t in enumerate(outline) if t.startswith(r + " ")) for r in refs]
    assert order == sorted(order)


def test_retention_per_data_category_is_printed(tmp_path: Path) -> None:
    doc = make_doc_fr(2)
    first = doc["activities"][0]
    first["category_retention"] = {first["data_categories"][0]: "Trois ans après le départ"}
    text = pdf_text(render(doc, tmp_path / "r.pdf", "fr"))
    assert "Durée de conservation par catégorie" in text
    assert f"{first['data_categories'][0]} — Trois ans après le départ" in text


_ELSEWHERE = {"validated_by": "status", "validated_at": "status", "created_at": "dates",
              "updated_at": "dates", "notes": "notes"}
"""Fields a sheet prints inside another row (who validated: beside the status)."""


def test_every_field_of_the_catalogue_is_on_its_sheet_in_its_section() -> None:
    """A filled field reaches the sheet, under its catalogue section, whatever its kind: the
    DPIA's status and date, automated decisions, hosting countries, the Article 10
    condition, the user's notes — and a field declared tomorrow."""
    from model.core import catalogue
    from model.record import sheet
    from model.record.terms import Lookups

    doc = make_doc_fr(1)
    activity = doc["activities"][0]
    activity.update({
        "data_categories_text": "Texte source qui dit autre chose", "data_source": "Salariés",
        "legal_basis_text": "Mention que rien d'autre ne reprend",
        "art9_condition": "employment", "art10_condition": "Casier pour les convoyeurs",
        "recipients": ["Cabinet comptable"],
        "transfers": [{"country": "Inde", "recipient": "Prestataire", "safeguard": "scc",
                       "safeguard_detail": "", "international_organisation": "",
                       "safeguard_reference": "DPA-3"}],
        "category_retention": {activity["data_categories"][0]: "13 mois"},
        "security_measures": ["encryption"], "security_other": "Coffre",
        "dpia_required": True, "dpia_reason": "Grande échelle", "dpia_status": "done",
        "dpia_date": "2026-03-14", "dpia_reference": "AIPD-7", "automated_decision": True,
        "automated_decision_detail": "Score", "hosting_countries": ["France"],
        "joint_controller": "Groupement", "notes": [{"name": "Logiciel", "text": "Silae"}]})
    lookups = Lookups({c: {"special": True} for c in activity["data_categories"]},
                      {"Cabinet comptable": {"kind": "processor"}}, {})
    printed = {row.key: section.key for section in sheet.sections(activity, lookups, "fr")
               for row in section.rows}
    for f in catalogue.ACTIVITY:
        key = _ELSEWHERE.get(f.key, f.key)
        assert key in printed, f"{f.key} is not printed"
        if key == f.key:
            assert printed[key] == f.section.key, f.key
    assert next(r for s in sheet.sections(activity, lookups, "fr") for r in s.rows
                if r.key == "notes").label == "Logiciel"
