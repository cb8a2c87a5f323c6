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
from tests.recordkit import EXPORTED, FINGERPRINT, make_doc_en, make_doc_fr, render


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
