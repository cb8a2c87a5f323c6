"""Signing and verifying the PDF record: valid when untouched, caught when changed."""

from __future__ import annotations

import codecs
import re
import shutil
import stat
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.timestamps.api import TimeStamper
from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext
from pypdf import PdfReader

from model.core.errors import RegistreError
from model.core.i18n import set_language
from model.record.pdf import SIGNATURE_BOX, SignerInfo
from model.signing import verify
from model.signing.pades import create_self_signed, sign_pdf
from model.signing.verify import format_report, make_trust, verify_pdf
from tests.recordkit import make_doc_en, make_doc_fr, render

PASSWORD = b"correct horse battery staple"


@pytest.fixture(scope="module")
def p12(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("keys") / "signer.p12"
    create_self_signed(
        path,
        PASSWORD,
        organisation="Société Exemple SAS",
        email="dpo@exemple.fr",
        common_name="Jeanne Dupont",
    )
    return path


@pytest.fixture(scope="module")
def record_fr(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("rec") / "registre.pdf"
    return render(make_doc_fr(), path, "fr", SignerInfo("Jeanne Dupont", "Présidente", "Lyon"))


def appearance_text(path: Path) -> str:
    """The visible signature's text, read from its widget on the last page."""
    reader = PdfReader(str(path))
    for annot in reader.pages[-1].get("/Annots", []):
        annot = annot.get_object()
        if annot.get("/FT") == "/Sig" and "/V" in annot:
            assert [round(float(v)) for v in annot["/Rect"]] == list(SIGNATURE_BOX)
            data = annot["/AP"]["/N"].get_object().get_data()
            spans = re.findall(rb"/ActualText \(((?:\\.|[^\\)])*)\)", data)
            return "\n".join(codecs.escape_decode(x)[0].decode("latin-1") for x in spans)
    raise AssertionError("no signature widget on the last page")


def sign(
    src: Path, dst: Path, p12: Path, lang: str = "fr", timestamper: TimeStamper | None = None
) -> Path:
    sign_pdf(
        src,
        dst,
        p12_path=p12,
        password=PASSWORD,
        signer_name="Jeanne Dupont",
        role="Présidente",
        place="Lyon",
        lang=lang,
        timestamper=timestamper,
    )
    return dst


@pytest.fixture(scope="module")
def signed_fr(record_fr: Path, p12: Path) -> Path:
    return sign(record_fr, record_fr.with_name("signe.pdf"), p12)


def test_p12_is_private_and_encrypted(p12: Path) -> None:
    assert stat.S_IMODE(p12.stat().st_mode) == 0o600
    data = p12.read_bytes()
    assert b"PRIVATE KEY" not in data
    from cryptography.hazmat.primitives.serialization import pkcs12

    with pytest.raises(ValueError):
        pkcs12.load_key_and_certificates(data, None)
    key, cert, _ = pkcs12.load_key_and_certificates(data, PASSWORD)
    assert key is not None and cert is not None
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment


def test_create_refuses_to_overwrite(p12: Path) -> None:
    with pytest.raises(RegistreError):
        create_self_signed(p12, PASSWORD, organisation="X", common_name="X")


def test_signed_record_validates_with_pyhanko(signed_fr: Path) -> None:
    with signed_fr.open("rb") as handle:
        reader = PdfFileReader(handle)
        (sig,) = reader.embedded_regular_signatures
        status = validate_pdf_signature(
            sig, ValidationContext(trust_roots=[sig.signer_cert], allow_fetching=False)
        )
        assert status.intact and status.valid
        assert status.coverage == SignatureCoverageLevel.ENTIRE_FILE
        assert status.md_algorithm == "sha256"
        assert sig.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"
        # the field sits on the signature page (the last one)
        last_page = reader.root["/Pages"]["/Kids"][-1]
        assert sig.sig_field.get("/P") is None or sig.sig_field["/P"] == last_page
    assert "Signé électroniquement par" in appearance_text(signed_fr)


def test_verify_self_signed_is_intact_but_not_authenticated(signed_fr: Path) -> None:
    report = verify_pdf(signed_fr)
    assert report.verdict == verify.INTACT and report.exit_code == 3
    (check,) = report.signatures
    assert check.intact and check.self_signed and check.certifies
    assert check.signer_name == "Jeanne Dupont" and check.signing_time is not None
    text = format_report(report, "fr")
    assert "certificat auto-signé" in text
    assert "comparez l'empreinte SHA-256 du certificat" in text
    assert verify.grouped(check.fingerprint) in text
    assert "self-signed certificate" in format_report(report, "en")


def test_verify_with_trusted_certificates(signed_fr: Path, p12: Path, tmp_path: Path) -> None:
    from cryptography.hazmat.primitives.serialization import pkcs12

    _, cert, _ = pkcs12.load_key_and_certificates(p12.read_bytes(), PASSWORD)
    assert cert is not None
    root = tmp_path / "root.pem"
    root.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    other = tmp_path / "other.p12"
    create_self_signed(other, b"pw", organisation="Other", common_name="Other")
    _, other_cert, _ = pkcs12.load_key_and_certificates(other.read_bytes(), b"pw")
    assert other_cert is not None
    der = tmp_path / "other.der"
    der.write_bytes(other_cert.public_bytes(serialization.Encoding.DER))

    report = verify_pdf(signed_fr, trust=make_trust([der, root]))
    assert report.ok and report.signatures[0].authenticated_by == verify.BY_TRUST
    report = verify_pdf(signed_fr, trust=make_trust([der]))
    assert report.verdict == verify.INTACT  # an intact file is not "not valid"
    fp = report.signatures[0].fingerprint
    pinned = verify_pdf(signed_fr, trust=make_trust(fingerprints=[verify.grouped(fp).upper()]))
    assert pinned.ok and pinned.signatures[0].authenticated_by == verify.BY_FINGERPRINT
    with pytest.raises(RegistreError, match="SHA-256"):
        make_trust(fingerprints=["abcd"])


def test_pdfsig_and_pdffonts_agree(signed_fr: Path) -> None:
    pdfsig, pdffonts = shutil.which("pdfsig"), shutil.which("pdffonts")
    if pdfsig is None or pdffonts is None:
        pytest.skip("pdfsig/pdffonts missing: apt-get install poppler-utils")
    out = subprocess.run([pdfsig, str(signed_fr)], capture_output=True, text=True).stdout
    assert "Signature is Valid" in out, out
    assert "Total document signed" in out, out
    fonts = subprocess.run(
        [pdffonts, str(signed_fr)], capture_output=True, text=True, check=True
    ).stdout
    for row in fonts.splitlines()[2:]:
        assert "DejaVu" in row and row.split()[-5] == "yes", row


def test_one_changed_byte_is_caught(signed_fr: Path, tmp_path: Path) -> None:
    data = bytearray(signed_fr.read_bytes())
    index = data.index(b"/Producer")  # inside the first signed range
    data[index + 1] = ord("p")
    broken = tmp_path / "changed.pdf"
    broken.write_bytes(bytes(data))
    report = verify_pdf(broken)
    assert report.verdict == verify.NOT_VALID and report.exit_code == 1
    assert not report.signatures[0].intact
    text = format_report(report, "fr")
    assert "Résultat : NON VALIDE — le contenu couvert par la signature 1 a été altéré" in text
    assert "Signataire authentifié" not in text  # a digest failure is not a chain problem


def test_wrong_password_writes_nothing(record_fr: Path, p12: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    with pytest.raises(RegistreError, match=r"(?i)mot de passe"):
        sign_pdf(
            record_fr,
            out,
            p12_path=p12,
            password=b"wrong",
            signer_name="J",
            role="",
            place="",
            lang="fr",
        )
    assert list(tmp_path.iterdir()) == []


def test_a_second_export_opens_the_signing_file_once_and_never_with_a_wrong_password(
        record_fr: Path, p12: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The editor's exports of a session sign with one file: it is opened (its key checked)
    once; a wrong password is still refused after a right one, and a changed file or an
    opening older than the kept time is opened again."""
    from model.signing import pades

    opened: list[bytes] = []
    real = pades.pkcs12.load_key_and_certificates

    def counting(data: bytes, password: bytes | None) -> object:
        opened.append(password or b"")
        return real(data, password)

    monkeypatch.setattr(pades.pkcs12, "load_key_and_certificates", counting)
    monkeypatch.setattr(pades, "_kept", None)
    first, second = (sign(record_fr, tmp_path / f"{n}.pdf", p12) for n in ("a", "b"))
    assert opened == [PASSWORD]
    assert verify_pdf(first).verdict == verify_pdf(second).verdict == verify.INTACT
    with pytest.raises(RegistreError, match=r"(?i)mot de passe"):
        sign_pdf(record_fr, tmp_path / "c.pdf", p12_path=p12, password=b"wrong",
                 signer_name="J", role="", place="", lang="fr")
    assert not (tmp_path / "c.pdf").exists()
    other = tmp_path / "other.p12"
    create_self_signed(other, PASSWORD, organisation="Autre SAS", email="a@b.fr",
                       common_name="Paul Martin")
    sign(record_fr, tmp_path / "d.pdf", other)
    assert len(opened) == 3  # the wrong password tried, then the other file
    monkeypatch.setattr(pades, "_KEPT_FOR", 0.0)
    sign(record_fr, tmp_path / "e.pdf", other)
    assert len(opened) == 4


def test_corrupt_p12_writes_nothing(record_fr: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.p12"
    bad.write_bytes(b"\x30\x82garbage" * 20)
    out = tmp_path / "out.pdf"
    with pytest.raises(RegistreError, match="PKCS#12"):
        sign_pdf(
            record_fr,
            out,
            p12_path=bad,
            password=PASSWORD,
            signer_name="J",
            role="",
            place="",
            lang="en",
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.p12"]


def test_not_a_pdf_and_truncated(signed_fr: Path, tmp_path: Path) -> None:
    text = tmp_path / "x.pdf"
    text.write_text("hello")
    with pytest.raises(RegistreError):
        verify_pdf(text)
    truncated = tmp_path / "t.pdf"
    truncated.write_bytes(signed_fr.read_bytes()[:40_000])
    with pytest.raises(RegistreError):
        verify_pdf(truncated)


def test_a_password_protected_copy_is_named_as_such(signed_fr: Path, tmp_path: Path) -> None:
    import pypdf

    writer = pypdf.PdfWriter(clone_from=str(signed_fr))
    writer.encrypt("secret", algorithm="AES-256")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as out:
        writer.write(out)
    set_language("fr")
    with pytest.raises(RegistreError, match="chiffré \\(protégé par un mot de passe\\)"):
        verify_pdf(locked)


def test_unsigned_pdf_is_not_valid(record_fr: Path) -> None:
    report = verify_pdf(record_fr)
    assert report.verdict == verify.NOT_VALID and not report.signatures
    assert format_report(report, "en").endswith("Result: NOT VALID — this PDF carries no "
                                                "signature.")


def _tsa() -> DummyTimeStamper:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test TSA")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .sign(key, hashes.SHA256())
    )
    return DummyTimeStamper(
        tsa_cert=asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER)),
        tsa_key=asn1_keys.PrivateKeyInfo.load(
            key.private_bytes(
                serialization.Encoding.DER,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        ),
    )


def test_pades_b_t_with_dummy_timestamper(tmp_path: Path, p12: Path) -> None:
    src = render(make_doc_en(), tmp_path / "en.pdf", "en", SignerInfo("Jane Smith"))
    out = sign(src, tmp_path / "en-signed.pdf", p12, "en", timestamper=_tsa())
    report = verify_pdf(out)
    assert report.verdict == verify.INTACT, report
    (check,) = report.signatures
    assert check.level == "B-T"
    assert check.timestamp is not None and check.timestamp.intact
    assert not check.timestamp.authenticated_by  # its own root, which nobody gave
    assert "Timestamp:" in format_report(report, "en")
    assert "Digitally signed by" in appearance_text(out)


def test_signing_in_place_then_countersigning_then_refusing_a_third(
        tmp_path: Path, p12: Path) -> None:
    src = render(make_doc_en(), tmp_path / "r.pdf", "en")
    sign(src, src, p12, "en")
    assert verify_pdf(src).verdict == verify.INTACT
    sign(src, src, p12, "en")  # the countersignature field
    report = verify_pdf(src)
    assert report.verdict == verify.INTACT and len(report.signatures) == 2
    assert [c.certifies for c in report.signatures] == [True, False]
    before = src.read_bytes()
    with pytest.raises(RegistreError, match="certification"):
        sign(src, src, p12, "en")
    assert src.read_bytes() == before


def test_visible_signature_letters_are_spaced_as_the_font_draws_them(signed_fr: Path) -> None:
    """The stamp's glyph widths are the font's advances in 1/1000 em (pyHanko writes font
    units unless `_ScaledGlyphAccumulator` rescales them: letters then drift apart)."""
    import io

    from fontTools.ttLib import TTFont

    reader = PdfReader(str(signed_fr))
    (widget,) = [
        a.get_object()
        for a in reader.pages[-1]["/Annots"]
        if a.get_object().get("/FT") == "/Sig" and "/V" in a.get_object()
    ]
    (stamp_font,) = widget["/AP"]["/N"].get_object()["/Resources"]["/Font"].values()
    descendant = stamp_font.get_object()["/DescendantFonts"][0].get_object()
    widths = descendant["/W"]
    # the font as embedded: DejaVu Sans, whole or cut down to the letters a stamp may use
    embedded = descendant["/FontDescriptor"].get_object()["/FontFile2"].get_object()
    font = TTFont(io.BytesIO(embedded.get_data()))
    per_em = font["head"].unitsPerEm
    assert font["name"].getDebugName(1) == "DejaVu Sans"
    checked = 0
    for first, run in zip(widths[::2], widths[1::2], strict=True):
        for cid, width in enumerate(run, start=first):  # CIDs are the font's glyph ids
            advance = font["hmtx"][font.getGlyphName(cid)][0]
            assert width == round(advance * 1000 / per_em), (cid, width, advance)
            checked += 1
    assert checked > 10


def test_the_stamp_speaks_the_records_language_whoever_signs(tmp_path: Path, p12: Path) -> None:
    src = render(make_doc_en(), tmp_path / "en.pdf", "en", SignerInfo("Jane Smith"))
    out = sign(src, tmp_path / "signed.pdf", p12, "fr")  # a French-speaking signer
    text = appearance_text(out)
    assert "Digitally signed by" in text and "Self-signed certificate" in text
    assert "SHA-256 fingerprint:" in text


def test_a_stamp_in_letters_beyond_latin_has_every_letter_embedded(
    record_fr: Path, p12: Path, tmp_path: Path
) -> None:
    """The stamp's font is cut down to Latin letters only when its text is within them."""
    import io

    from fontTools.ttLib import TTFont

    from model.record.pdf import font_path

    name = "Ολυμπία Παπαδοπούλου"
    out = tmp_path / "greek.pdf"
    sign_pdf(record_fr, out, p12_path=p12, password=PASSWORD, signer_name=name,
             role="Présidente", place="Θεσσαλονίκη", lang="fr")
    reader = PdfReader(str(out))
    (widget,) = [a.get_object() for a in reader.pages[-1]["/Annots"]
                 if a.get_object().get("/FT") == "/Sig" and "/V" in a.get_object()]
    (stamp_font,) = widget["/AP"]["/N"].get_object()["/Resources"]["/Font"].values()
    descendant = stamp_font.get_object()["/DescendantFonts"][0].get_object()
    embedded = descendant["/FontDescriptor"].get_object()["/FontFile2"].get_object()
    font = TTFont(io.BytesIO(embedded.get_data()))
    glyphs = {font.getGlyphName(cid) for cid in range(font["maxp"].numGlyphs)}
    whole = TTFont(str(font_path()))
    cmap = whole.getBestCmap()
    assert {cmap[ord(c)] for c in name + "Θεσσαλονίκη" if c != " "} <= glyphs
