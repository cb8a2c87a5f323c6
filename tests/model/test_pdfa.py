"""The signed record has the structure PDF/A-2b requires, whatever the key (RSA or EC),
as the renderer writes it (no rewriting step between it and the signature).

No PDF/A validator runs offline here, so the structure is read with pypdf: XMP
that declares PDF/A-2B and repeats the Info dictionary, an sRGB output intent,
every font embedded, no transparency, printable annotations, PDF 1.7.
"""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.reader import PdfFileReader
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, StreamObject

from model.record.pdf import SignerInfo
from model.signing import pdfa, verify
from tests import signkit
from tests.recordkit import make_doc_fr, render


def _ec_p12(path: Path) -> Path:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Jeanne Dupont")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5)).not_valid_after(now + timedelta(days=30))
        .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False,
                                     False), critical=True)
        .sign(key, hashes.SHA256())
    )
    path.write_bytes(pkcs12.serialize_key_and_certificates(
        b"ec", key, cert, None, serialization.BestAvailableEncryption(signkit.PASSWORD)))
    return path


@pytest.fixture(scope="module", params=["rsa", "ec"])
def signed(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp(f"pdfa-{request.param}")
    record = render(make_doc_fr(), folder / "record.pdf", "fr",
                    SignerInfo("Jeanne Dupont", "Déléguée à la protection des données"))
    # the renderer writes PDF/A itself: nothing is rewritten between it and the signature
    assert pdfa.is_pdfa(PdfFileReader(io.BytesIO(record.read_bytes()), strict=False))
    p12 = (signkit.make_p12(folder / "k.p12") if request.param == "rsa"
           else _ec_p12(folder / "k.p12"))
    out = signkit.sign(record, folder / "signed.pdf", p12)
    signkit.sign(out, out, p12, name="Jeanne Dupont")  # the countersignature keeps it too
    return out


def _objects(reader: PdfReader) -> list[Any]:
    """Every object of the file, from its cross-reference tables and object streams."""
    numbers = {n for table in reader.xref.values() for n in table} | set(reader.xref_objStm)
    found = []
    for number in sorted(numbers):
        obj = reader.get_object(number)
        if obj is not None:
            found.append(obj)
    assert len(found) > 50
    return found


def test_pdf_1_7_and_still_verifies(signed: Path) -> None:
    assert signed.read_bytes()[:8] == b"%PDF-1.7"
    reader = PdfReader(signed)
    assert reader.trailer["/Root"].get("/Version", "/1.7") == "/1.7"
    assert not reader.is_encrypted
    report = verify.verify_pdf(signed)
    assert report.verdict == verify.INTACT and len(report.signatures) == 2


def test_xmp_declares_pdfa_2b_and_repeats_the_info_dictionary(signed: Path) -> None:
    reader = PdfReader(signed)
    xml = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode("utf-8")
    assert 'pdfaid:part="2"' in xml and 'pdfaid:conformance="B"' in xml
    info = reader.trailer["/Info"].get_object()
    assert f'<rdf:li xml:lang="x-default">{info["/Title"]}</rdf:li>' in xml
    assert f"<rdf:li>{info['/Author']}</rdf:li>" in xml
    assert f'pdf:Producer="{info["/Producer"]}"' in xml
    assert f'pdf:Keywords="{info["/Keywords"]}"' in xml
    assert "/Trapped" not in info

    def pdf_date(value: str) -> datetime:
        digits = re.sub(r"[^0-9]", "", value)[:14]
        return datetime.strptime(digits, "%Y%m%d%H%M%S")

    created = re.search(r'xmp:CreateDate="([^"]+)"', xml)
    modified = re.search(r'xmp:ModifyDate="([^"]+)"', xml)
    assert created and modified
    assert pdf_date(created.group(1)) == pdf_date(info["/CreationDate"])
    assert abs(pdf_date(modified.group(1)) - pdf_date(info["/ModDate"])) <= timedelta(seconds=1)


def test_srgb_output_intent(signed: Path) -> None:
    reader = PdfReader(signed)
    (intent,) = reader.trailer["/Root"]["/OutputIntents"]
    intent = intent.get_object()
    assert intent["/S"] == "/GTS_PDFA1"
    profile = intent["/DestOutputProfile"].get_object()
    assert profile["/N"] == 3
    icc = profile.get_data()
    assert icc[36:40] == b"acsp" and icc[16:20] == b"RGB "


def test_fonts_embedded_no_transparency_annotations_printable(signed: Path) -> None:
    reader = PdfReader(signed)
    fonts = 0
    for obj in _objects(reader):
        if not isinstance(obj, DictionaryObject):
            continue
        kind = obj.get("/Type")
        if kind == "/Font" and obj.get("/Subtype") != "/Type0":
            fonts += 1
            descriptor = obj["/FontDescriptor"].get_object()
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), obj
        if kind == "/ExtGState":
            assert "/SMask" not in obj or obj["/SMask"] == "/None"
            assert float(obj.get("/CA", 1)) == 1 and float(obj.get("/ca", 1)) == 1
            assert obj.get("/BM", "/Normal") in ("/Normal", "/Compatible")
        if isinstance(obj, StreamObject) and obj.get("/Subtype") == "/Image":
            assert "/SMask" not in obj
        group = obj.get("/Group")
        if isinstance(group, (DictionaryObject, IndirectObject)):
            assert group.get_object().get("/S") != "/Transparency"
        if kind == "/Annot" or obj.get("/Subtype") in ("/Widget", "/Link"):
            flags = int(obj.get("/F", 0))
            assert flags & 4 and not flags & (1 | 2 | 32), obj
    assert fonts >= 4  # the four DejaVu faces, and the stamp's
    for page in reader.pages:
        annots = page.get("/Annots", ArrayObject())
        for annot in annots:
            assert int(annot.get_object().get("/F", 0)) & 4
