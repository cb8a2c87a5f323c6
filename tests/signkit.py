"""Signed records and their forgeries, for the verification tests and the report's table.

Each builder takes a genuine signed record and returns a new file, changed the
way an adversary (or a careless tool) would change it. `python -m tests.signkit
DIR` builds them all and prints what `registre verify`, pdfsig and pyHanko say.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from asn1crypto import cms
from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields
from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper

from model.signing.pades import create_self_signed, sign_pdf

PASSWORD = b"correct horse battery staple"


def make_p12(path: Path, name: str = "Jeanne Dupont",
             organisation: str = "Société Exemple SAS") -> Path:
    create_self_signed(path, PASSWORD, organisation=organisation, email="dpo@exemple.fr",
                       common_name=name, overwrite=True)
    return path


def certificate_pem(p12: Path, out: Path) -> Path:
    from cryptography.hazmat.primitives.serialization import pkcs12

    _, cert, _ = pkcs12.load_key_and_certificates(p12.read_bytes(), PASSWORD)
    assert cert is not None
    out.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return out


def sign(src: Path, dst: Path, p12: Path, *, name: str = "Jeanne Dupont", lang: str = "fr",
         role: str = "Déléguée à la protection des données",
         timestamper: DummyTimeStamper | None = None) -> Path:
    sign_pdf(src, dst, p12_path=p12, password=PASSWORD, signer_name=name, role=role,
             place="Lyon", lang=lang, timestamper=timestamper)
    return dst


def self_signed_tsa(name: str = "Horodatage de test") -> DummyTimeStamper:
    """A timestamp authority nobody trusts: its own root."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=30))
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .sign(key, hashes.SHA256())
    )
    return DummyTimeStamper(
        tsa_cert=asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER)),
        tsa_key=asn1_keys.PrivateKeyInfo.load(key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption())),
    )


# --- tampering -----------------------------------------------------------------------------


def _contents_span(data: bytes) -> tuple[int, int]:
    """Where the last signature's hex /Contents lies: between its two byte ranges."""
    at = data.rindex(b"/ByteRange")
    numbers = data[data.index(b"[", at) + 1: data.index(b"]", at)].split()
    _, len1, start2, _ = (int(n) for n in numbers)
    return len1 + 1, start2 - 1


def _cms(data: bytes) -> cms.SignedData:
    start, end = _contents_span(data)
    raw = bytes.fromhex(data[start:end].decode())
    # The padding after the DER value is zeros, but so may its own last byte be (a
    # signature ends in 0x00 once in 256): let the parser find the value's end.
    return cms.ContentInfo.load(raw, strict=False)["content"]


def _flip_hex(data: bytes, at: int) -> bytes:
    out = bytearray(data)
    out[at] = ord("0") if out[at] != ord("0") else ord("1")
    return bytes(out)


def flip_in_content_stream(data: bytes) -> bytes:
    """One byte inside the first page's compressed content stream."""
    from pypdf import PdfReader

    number = PdfReader(io.BytesIO(data)).pages[0].raw_get("/Contents").idnum
    obj = data.index(b"\n%d 0 obj" % number) + 1
    stream = data.index(b"stream", obj) + len(b"stream\r\n")
    out = bytearray(data)
    out[stream + 40] ^= 0x01
    return bytes(out)


def flip_in_info(data: bytes) -> bytes:
    """One letter of the document's title, in the Info dictionary."""
    at = data.rindex(b"/Title (") + len(b"/Title (")
    out = bytearray(data)
    out[at] ^= 0x01
    return bytes(out)


def flip_in_signature_value(data: bytes) -> bytes:
    signed = _cms(data)
    value = signed["signer_infos"][0]["signature"].native
    start, end = _contents_span(data)
    hexed = data[start:end].lower()
    at = start + hexed.index(value.hex().encode()) + len(value)  # the middle of the value
    return _flip_hex(data, at)


def flip_in_certificate(data: bytes) -> bytes:
    """One letter of the certificate holder's name, inside the embedded certificate."""
    signed = _cms(data)
    cert = signed["certificates"][0].chosen
    start, end = _contents_span(data)
    hexed = data[start:end].lower()
    cert_at = hexed.index(cert.dump().hex().encode())
    name = cert.subject.native["common_name"].encode("utf-8").hex().encode()
    at = start + hexed.index(name, cert_at) + 1  # low nibble of the name's first letter
    out = bytearray(data)
    out[at] = ord("b") if out[at] != ord("b") else ord("c")
    return bytes(out)


def _incremental(data: bytes, change: Callable[[IncrementalPdfFileWriter], None]) -> bytes:
    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    change(writer)
    out = io.BytesIO()
    writer.write(out)  # type: ignore[no-untyped-call]
    return out.getvalue()


def update_changing_page(data: bytes, page: int = 1) -> bytes:
    """An incremental update that paints over page `page` (0-based)."""
    def change(writer: IncrementalPdfFileWriter) -> None:
        overlay = writer.add_object(generic.StreamObject(
            stream_data=b"q 1 1 1 rg 50 500 400 120 re f Q"))
        writer.add_stream_to_page(page, overlay)  # type: ignore[no-untyped-call]
    return _incremental(data, change)


def update_adding_annotation(data: bytes, page: int = 0) -> bytes:
    def change(writer: IncrementalPdfFileWriter) -> None:
        page_ref = writer.root["/Pages"]["/Kids"][page]
        page_obj = page_ref.get_object()
        annot = writer.add_object(generic.DictionaryObject({
            generic.NameObject("/Type"): generic.NameObject("/Annot"),
            generic.NameObject("/Subtype"): generic.NameObject("/FreeText"),
            generic.NameObject("/Rect"): generic.ArrayObject(
                [generic.NumberObject(n) for n in (100, 600, 400, 650)]),
            generic.NameObject("/Contents"): generic.TextStringObject("Conservation : 1 an"),
            generic.NameObject("/DA"): generic.TextStringObject("/Helv 12 Tf 0 g"),
            generic.NameObject("/F"): generic.NumberObject(4),
        }))
        annots = page_obj.get("/Annots")
        if annots is None:
            page_obj[generic.NameObject("/Annots")] = generic.ArrayObject([annot])
        else:
            annots.append(annot)
        writer.update_container(page_obj)
    return _incremental(data, change)


def update_adding_signature_field(data: bytes) -> bytes:
    def change(writer: IncrementalPdfFileWriter) -> None:
        fields.append_signature_field(
            writer, fields.SigFieldSpec("Extra", on_page=0, box=(100, 100, 300, 160)))
    return _incremental(data, change)


def strip_signature(data: bytes) -> bytes:
    """The record rewritten without its signature (the value and the certification gone)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    root = writer._root_object
    if "/Perms" in root:
        del root[NameObject("/Perms")]
    for page in writer.pages:
        for annot in page.get("/Annots", []):
            annot = annot.get_object()
            if annot.get("/FT") == "/Sig" and "/V" in annot:
                del annot[NameObject("/V")]
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def rewrite(data: bytes, tmp: Path) -> bytes:
    """The file rewritten whole, as `qpdf in.pdf out.pdf` does (pypdf when qpdf is absent)."""
    qpdf = shutil.which("qpdf")
    if qpdf is not None:
        src, dst = tmp / "rewrite-in.pdf", tmp / "rewrite-out.pdf"
        src.write_bytes(data)
        subprocess.run([qpdf, str(src), str(dst)], check=False, capture_output=True)
        out = dst.read_bytes()
        src.unlink()
        dst.unlink()
        return out
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def append_after_eof(data: bytes) -> bytes:
    return data + b"\n% Conservation : 1 an\n"


@dataclass(frozen=True)
class Case:
    name: str
    path: Path
    trust: tuple[Path, ...] = ()
    expected: str = ""  # verify.AUTHENTIC, INTACT or NOT_VALID


def build_matrix(folder: Path) -> list[Case]:
    """Every case of issue 10's tamper matrix, with the verdict `registre verify` must give."""
    from model.signing import verify
    from tests.recordkit import make_doc_fr, render

    folder.mkdir(parents=True, exist_ok=True)
    from model.record.pdf import SignerInfo

    p12 = make_p12(folder / "dpo.p12")
    trust = certificate_pem(p12, folder / "dpo.pem")
    record = render(make_doc_fr(), folder / "record.pdf", "fr",
                    SignerInfo("Jeanne Dupont", "Déléguée à la protection des données", "Lyon"))
    genuine = sign(record, folder / "genuine.pdf", p12)
    data = genuine.read_bytes()

    doc = make_doc_fr()
    doc["activities"][0]["retention"] = "1 an"
    forged_record = render(doc, folder / "forged-record.pdf", "fr", SignerInfo("Jeanne Dupont"))
    forger = make_p12(folder / "forger.p12")
    forged = sign(forged_record, folder / "forged.pdf", forger)

    legal = make_p12(folder / "legal.p12", name="Paul Martin")
    legal_pem = certificate_pem(legal, folder / "legal.pem")
    counter = sign(genuine, folder / "countersigned.pdf", legal, name="Paul Martin",
                   role="Président")

    stamped = sign(record, folder / "untrusted-tsa.pdf", p12, timestamper=self_signed_tsa())

    def write(name: str, content: bytes) -> Path:
        path = folder / name
        path.write_bytes(content)
        return path

    A, K, N = verify.AUTHENTIC, verify.INTACT, verify.NOT_VALID
    return [
        Case("genuine, no trust given", genuine, (), K),
        Case("genuine, --trust its certificate", genuine, (trust,), A),
        Case("forged re-sign, same-name self-signed", forged, (), K),
        Case("forged re-sign, --trust the genuine certificate", forged, (trust,), K),
        Case("byte flipped in a content stream", write("flip-content.pdf",
             flip_in_content_stream(data)), (trust,), N),
        Case("byte flipped in the Info dictionary", write("flip-info.pdf", flip_in_info(data)),
             (trust,), N),
        Case("byte flipped in the signature value", write("flip-value.pdf",
             flip_in_signature_value(data)), (trust,), N),
        Case("byte flipped in the embedded certificate", write("flip-cert.pdf",
             flip_in_certificate(data)), (trust,), N),
        Case("incremental update changing page 2", write("update-page.pdf",
             update_changing_page(data)), (trust,), N),
        Case("incremental update adding an annotation", write("update-annot.pdf",
             update_adding_annotation(data)), (trust,), N),
        Case("incremental update adding a signature field", write("update-field.pdf",
             update_adding_signature_field(data)), (trust,), N),
        Case("legitimate countersignature, both trusted", counter, (trust, legal_pem), A),
        Case("legitimate countersignature, first trusted only", counter, (trust,), K),
        Case("signature stripped", write("stripped.pdf", strip_signature(data)), (trust,), N),
        Case("rewritten by qpdf", write("qpdf.pdf", rewrite(data, folder)), (trust,), N),
        Case("bytes appended after %%EOF", write("appended.pdf", append_after_eof(data)),
             (trust,), N),
        Case("untrusted timestamp authority", stamped, (trust,), K),
    ]


def pdfsig_says(path: Path) -> str:
    exe = shutil.which("pdfsig")
    if exe is None:
        return "(pdfsig missing)"
    out = subprocess.run([exe, str(path)], capture_output=True, text=True).stdout
    if "does not contain any signatures" in out:
        return "no signature"
    states = [line.split(":", 1)[1].strip() for line in out.splitlines()
              if "Signature Validation:" in line]
    whole = ["total" if "Total document signed" in out else "partial"]
    return "; ".join(states) + f" ({whole[0]})" if states else out.strip()[:60]


def pyhanko_says(path: Path, trust: tuple[Path, ...]) -> str:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    from model.signing.verify import load_certificate

    roots = [load_certificate(p) for p in trust]
    try:
        with path.open("rb") as handle:
            reader = PdfFileReader(handle, strict=False)
            sigs = list(reader.embedded_regular_signatures)
            if not sigs:
                return "no signature"
            said = []
            for sig in sigs:
                status = validate_pdf_signature(sig, ValidationContext(
                    trust_roots=roots, allow_fetching=False))
                said.append(
                    ("intact" if status.intact else "NOT intact")
                    + ("/valid" if status.valid else "/INVALID")
                    + ("/trusted" if status.trusted else "/untrusted")
                    + f"/{status.coverage.name.lower()}"
                    + (f"/{status.modification_level.name.lower()}"
                       if status.modification_level else ""))
            return "; ".join(said)
    except Exception as exc:
        return f"error: {type(exc).__name__}"


def main(folder: str) -> None:
    from model.signing import verify

    for case in build_matrix(Path(folder)):
        report = verify.verify_pdf(case.path, trust=verify.make_trust(case.trust))
        line = verify.verdict_line(report, "en").split(" — ")[0].removeprefix("Result: ")
        print(f"| {case.name} | {line} (exit {report.exit_code}) | {pdfsig_says(case.path)} | "
              f"{pyhanko_says(case.path, case.trust)} |")


if __name__ == "__main__":
    main(sys.argv[1])
