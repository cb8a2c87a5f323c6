"""Signing and verifying the PDF record (PAdES baseline B-B, or B-T with a timestamp).

The signature is what makes the record evidence: whoever receives it can check
that nothing was changed after the controller signed. Verification relies on
pyHanko's own verdict (integrity, coverage, difference analysis), not on a bare
digest comparison, so that an appended revision that alters a page is caught.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from asn1crypto import pem
from asn1crypto import pkcs12 as asn1_pkcs12
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from pyhanko.keys.internal import (
    translate_pyca_cryptography_cert_to_asn1,
    translate_pyca_cryptography_key_to_asn1,
)
from pyhanko.pdf_utils.font.opentype import GlyphAccumulator, GlyphAccumulatorFactory
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.sign import fields, signers
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.general import SigningError
from pyhanko.sign.signers.pdf_cms import SimpleSigner
from pyhanko.sign.timestamps.api import TimeStamper
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko.stamp import TextStampStyle
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore

from model.core.errors import RegistreError
from model.core.files import replacing
from model.core.i18n import t, t_in
from model.record.pdf import FONT, SIGNATURE_BOX, SIGNATURE_FIELD, font_path

# Certificate states in a VerifyReport.
CERT_CHAINED = "chained"  # chains to the trust root given
CERT_NOT_CHAINED = "not_chained"  # a trust root was given and the certificate does not chain to it
CERT_SELF_SIGNED = "self_signed"  # no trust root given, self-signed certificate
CERT_UNCHECKED = "unchecked"  # no trust root given, issued by someone else


# --- signing ------------------------------------------------------------------------------


def _load_signer(p12_path: Path, password: bytes, lang: str) -> SimpleSigner:
    """Open the PKCS#12 and tell a wrong password apart from a broken file."""
    try:
        data = Path(p12_path).read_bytes()
    except OSError as exc:
        raise RegistreError(
            t_in(
                lang,
                "Impossible de lire le certificat {p} : {e}",
                "Cannot read the certificate {p}: {e}",
                p=p12_path,
                e=exc.strerror or exc,
            )
        ) from exc
    try:
        asn1_pkcs12.Pfx.load(data).native  # noqa: B018 - parsing is the check
    except Exception as exc:
        raise RegistreError(
            t_in(
                lang,
                "Le fichier {p} n'est pas un certificat PKCS#12 (.p12, .pfx) lisible.",
                "The file {p} is not a readable PKCS#12 certificate (.p12, .pfx).",
                p=p12_path,
            )
        ) from exc
    try:
        key, cert, chain = pkcs12.load_key_and_certificates(data, password)
    except Exception as exc:
        raise RegistreError(
            t_in(
                lang,
                "Mot de passe incorrect pour le certificat {p}.",
                "Wrong password for the certificate {p}.",
                p=p12_path,
            )
        ) from exc
    if key is None or cert is None:
        raise RegistreError(
            t_in(
                lang,
                "Le fichier {p} ne contient pas de clé privée et de certificat de signature.",
                "The file {p} holds no private key and signing certificate.",
                p=p12_path,
            )
        )
    now = datetime.now(UTC)
    if not cert.not_valid_before_utc <= now <= cert.not_valid_after_utc:
        raise RegistreError(
            t_in(
                lang,
                "Le certificat de signature n'est pas valide aujourd'hui (valable du {a} au {b}).",
                "The signing certificate is not valid today (valid from {a} to {b}).",
                a=cert.not_valid_before_utc.date().isoformat(),
                b=cert.not_valid_after_utc.date().isoformat(),
            )
        )
    # What SimpleSigner.load_pkcs12_data does, without decrypting the file a second time.
    return SimpleSigner(
        signing_key=translate_pyca_cryptography_key_to_asn1(key),
        signing_cert=translate_pyca_cryptography_cert_to_asn1(cert),
        cert_registry=SimpleCertificateStore.from_certs(  # type: ignore[no-untyped-call]
            [translate_pyca_cryptography_cert_to_asn1(c) for c in chain]
        ),
    )


class _ScaledGlyphAccumulator(GlyphAccumulator):
    """Works around a pyHanko 0.38.0 bug (no upstream issue found): in
    `pyhanko/pdf_utils/font/opentype.py`, `_get_cid_and_width` writes the /W widths
    and `_format_simple_glyphline_from_buffer` the TJ adjustments in the font's own
    units, where PDF reads 1/1000 em. Harmless for 1000-unit fonts, it spreads DejaVu
    (2048 units per em) letters apart; here HarfBuzz and the widths both work in
    1/1000 em. Drop this class (and `_FontFactory`) once pyHanko scales by
    `units_per_em`: test_signing's stamp-width test then fails on doubled scaling.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._font_units = self.units_per_em
        self.hb_font.scale = (1000, 1000)
        self.units_per_em = 1000

    def _get_cid_and_width(self, glyph_id: int) -> tuple[int, int]:
        cached: tuple[int, int] | None = self._glyphs.get(glyph_id)
        if cached is not None:
            return cached
        cid, width = super()._get_cid_and_width(glyph_id)
        scaled = (cid, round(width * 1000 / self._font_units))
        self._glyphs[glyph_id] = scaled
        return scaled


class _FontFactory(GlyphAccumulatorFactory):
    """GlyphAccumulatorFactory building the width-fixing accumulator above."""

    def create_font_engine(self, writer: Any, obj_stream: Any = None) -> GlyphAccumulator:
        if obj_stream is None and writer.stream_xrefs and self.create_objstream_if_needed:
            obj_stream = writer.prepare_object_stream()
        with open(self.font_file, "rb") as handle:
            font_bytes = handle.read()
        return _ScaledGlyphAccumulator(
            writer=writer,
            font_handle=io.BytesIO(font_bytes),
            font_size=self.font_size,
            obj_stream=obj_stream,
        )


@contextlib.contextmanager
def _quiet_font_subsetter() -> Iterator[None]:
    """fontTools warns about dropping DejaVu's FFTM table, which only matters to FontForge."""
    logger = logging.getLogger("fontTools.subset")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def _stamp_style(lang: str) -> TextStampStyle:
    """The visible signature, in the record's language and its embedded font."""
    text = t_in(
        lang,
        "Signé électroniquement par\n%(signer)s\n%(role)s\nÀ %(place)s, le %(ts)s",
        "Digitally signed by\n%(signer)s\n%(role)s\nAt %(place)s on %(ts)s",
    )
    # One size for both: pyHanko advances lines at the engine's size and draws at the
    # box's, so different sizes make the lines drift (pyHanko issue #733).
    size = 10
    font = _FontFactory(str(font_path(FONT)), font_size=size)
    return TextStampStyle(
        stamp_text=text,
        text_box_style=TextBoxStyle(font=font, font_size=size, leading=13),
        timestamp_format="%d/%m/%Y %H:%M %Z" if lang == "fr" else "%Y-%m-%d %H:%M %Z",
        border_width=0,
        background=None,
    )


def sign_pdf(
    in_path: Path,
    out_path: Path,
    *,
    p12_path: Path,
    password: bytes,
    signer_name: str,
    role: str,
    place: str,
    lang: str,
    timestamp_url: str | None = None,
    timestamper: TimeStamper | None = None,
) -> None:
    """Sign the record at `in_path` into `out_path` (which may be the same file).

    PAdES B-B with SHA-256; B-T when a timestamper or a timestamp URL is given.
    The output appears whole or not at all; on error nothing is written.
    """
    lang = "en" if lang == "en" else "fr"
    signer = _load_signer(Path(p12_path), password, lang)
    try:
        source = Path(in_path).read_bytes()
    except OSError as exc:
        raise RegistreError(
            t_in(
                lang,
                "Impossible de lire {p} : {e}",
                "Cannot read {p}: {e}",
                p=in_path,
                e=exc.strerror or exc,
            )
        ) from exc
    if timestamper is None and timestamp_url:
        from pyhanko.sign.timestamps.aiohttp_client import HTTPTimeStamper

        timestamper = HTTPTimeStamper(timestamp_url, timeout=15)

    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(source), strict=False)
    except Exception as exc:
        raise RegistreError(
            t_in(lang, "{p} n'est pas un PDF lisible.", "{p} is not a readable PDF.", p=in_path)
        ) from exc

    # value is the signature dictionary, None while the field is empty
    ours = [
        value for name, value, _ in fields.enumerate_sig_fields(writer) if name == SIGNATURE_FIELD
    ]
    if any(value is not None for value in ours):
        raise RegistreError(
            t_in(lang, "Ce registre est déjà signé.", "This record is already signed.")
        )
    if not ours:
        fields.append_signature_field(
            writer, fields.SigFieldSpec(SIGNATURE_FIELD, on_page=-1, box=SIGNATURE_BOX)
        )

    meta = signers.PdfSignatureMetadata(
        field_name=SIGNATURE_FIELD,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=t_in(
            lang,
            "Certification du registre des activités de traitement (art. 30 RGPD)",
            "Certification of the record of processing activities (GDPR Art. 30)",
        ),
        location=place or None,
        name=signer_name or None,
    )
    pdf_signer = signers.PdfSigner(
        meta, signer=signer, timestamper=timestamper, stamp_style=_stamp_style(lang)
    )
    params = {"signer": signer_name, "role": role, "place": place}
    try:
        with replacing(Path(out_path)) as out, _quiet_font_subsetter():
            pdf_signer.sign_pdf(writer, output=out, appearance_text_params=params)
    except OSError as exc:
        raise RegistreError(
            t_in(
                lang,
                "Impossible d'écrire {p} : {e}",
                "Cannot write {p}: {e}",
                p=out_path,
                e=exc.strerror or exc,
            )
        ) from exc
    except (SigningError, ValueError) as exc:
        raise RegistreError(
            t_in(lang, "La signature a échoué : {e}", "Signing failed: {e}", e=exc)
        ) from exc


# --- certificates -------------------------------------------------------------------------


def create_self_signed(
    p12_path: Path,
    password: bytes,
    *,
    organisation: str,
    email: str = "",
    common_name: str,
    valid_days: int = 3 * 365,
    overwrite: bool = False,
) -> None:
    """Create an RSA 3072 self-signed signing certificate as a PKCS#12 file (mode 0600).

    For organisations without a qualified certificate: the signature still proves
    integrity, and the report says that the certificate is self-signed.
    """
    if not password:
        raise RegistreError(
            t(
                "Un mot de passe est nécessaire pour protéger la clé privée.",
                "A password is needed to protect the private key.",
            )
        )
    p12_path = Path(p12_path)
    if p12_path.exists() and not overwrite:
        raise RegistreError(
            t(
                "Le fichier {p} existe déjà.",
                "The file {p} already exists.",
                p=p12_path,
            )
        )
    key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    attrs = [x509.NameAttribute(NameOID.COMMON_NAME, common_name or organisation)]
    if organisation:
        attrs.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation))
    if email:
        attrs.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, email))
    name = x509.Name(attrs)
    now = datetime.now(UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=valid_days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
    )
    if email:
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.RFC822Name(email)]), critical=False
        )
    cert = builder.sign(key, hashes.SHA256())
    blob = pkcs12.serialize_key_and_certificates(
        (common_name or organisation).encode("utf-8"),
        key,
        cert,
        None,
        serialization.BestAvailableEncryption(password),
    )
    with replacing(p12_path, mode=0o600) as out:
        out.write(blob)


# --- verification -------------------------------------------------------------------------


@dataclass(frozen=True)
class VerifyReport:
    """What `registre verify` tells: `ok` only when intact and unchanged since signing."""

    path: Path
    signature_count: int
    signer_name: str = ""
    certificate_subject: str = ""
    signing_time: datetime | None = None
    timestamp_time: datetime | None = None
    timestamp_ok: bool | None = None
    intact: bool = False
    valid: bool = False
    covers_whole_file: bool = False
    modified_after_signing: bool = False
    modification: str = ""  # "none", "lta_updates", "form_filling", "annotations", "other"
    certificate: str = CERT_UNCHECKED
    problem: str = ""  # pyHanko's reason when the signature could not be checked at all
    ok: bool = False


def _load_trust_root(trust: Path) -> asn1_x509.Certificate:
    try:
        data = Path(trust).read_bytes()
    except OSError as exc:
        raise RegistreError(
            t(
                "Impossible de lire le certificat racine {p} : {e}",
                "Cannot read the trust root {p}: {e}",
                p=trust,
                e=exc.strerror or exc,
            )
        ) from exc
    try:
        if pem.detect(data):
            _, _, data = pem.unarmor(data)
        cert = asn1_x509.Certificate.load(data)
        cert.native  # noqa: B018 - parsing is the check
        return cert
    except Exception as exc:
        raise RegistreError(
            t(
                "{p} n'est pas un certificat (PEM ou DER).",
                "{p} is not a certificate (PEM or DER).",
                p=trust,
            )
        ) from exc


def _is_self_signed(cert: asn1_x509.Certificate) -> bool:
    try:
        crypto_cert = x509.load_der_x509_certificate(cert.dump())
        crypto_cert.verify_directly_issued_by(crypto_cert)
    except Exception:
        return False
    return True


def _common_name(cert: asn1_x509.Certificate) -> str:
    subject = cert.subject.native
    return str(subject.get("common_name") or subject.get("organization_name") or "")


def verify_pdf(path: Path, *, trust: Path | None = None) -> VerifyReport:
    """Check the signatures of the PDF at `path`; the report is about the last one.

    Raises RegistreError when the file is not a readable PDF.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise RegistreError(
            t(
                "Impossible de lire {p} : {e}",
                "Cannot read {p}: {e}",
                p=path,
                e=exc.strerror or exc,
            )
        ) from exc
    if not data.lstrip()[:5] == b"%PDF-":
        raise RegistreError(t("{p} n'est pas un fichier PDF.", "{p} is not a PDF file.", p=path))
    root = _load_trust_root(trust) if trust is not None else None
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = list(reader.embedded_regular_signatures)
    except Exception as exc:
        raise RegistreError(
            t(
                "{p} est un PDF illisible ou tronqué.",
                "{p} is an unreadable or truncated PDF.",
                p=path,
            )
        ) from exc
    if not signatures:
        return VerifyReport(path=path, signature_count=0, problem="unsigned")

    all_ok = True
    report: VerifyReport | None = None
    for sig in signatures:
        report = _verify_one(path, sig, len(signatures), root)
        all_ok = all_ok and report.ok
    assert report is not None
    if not all_ok and report.ok:
        report = dataclasses.replace(report, ok=False)
    return report


def _verify_one(
    path: Path, sig: Any, count: int, root: asn1_x509.Certificate | None
) -> VerifyReport:
    try:
        cert: asn1_x509.Certificate = sig.signer_cert
    except Exception as exc:
        return VerifyReport(path=path, signature_count=count, problem=str(exc) or repr(exc))
    self_signed = _is_self_signed(cert)
    if root is not None:
        roots = [root]
    elif self_signed:
        roots = [cert]
    else:
        roots = []
    context = ValidationContext(trust_roots=roots, allow_fetching=False)
    base: dict[str, Any] = {
        "path": path,
        "signature_count": count,
        "signer_name": str(sig.sig_object.get("/Name", "") or "") or _common_name(cert),
        "certificate_subject": cert.subject.human_friendly,
    }
    try:
        status = validate_pdf_signature(sig, signer_validation_context=context)
    except Exception as exc:
        return VerifyReport(**base, problem=str(exc) or repr(exc))

    level = status.modification_level
    whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    unchanged = whole or level in (ModificationLevel.NONE, ModificationLevel.LTA_UPDATES)
    if root is not None:
        certificate = CERT_CHAINED if status.trusted else CERT_NOT_CHAINED
    else:
        certificate = CERT_SELF_SIGNED if self_signed else CERT_UNCHECKED
    ts = status.timestamp_validity
    timestamp_ok = None if ts is None else bool(ts.intact and ts.valid)
    ok = (
        bool(status.intact and status.valid)
        and unchanged
        and status.docmdp_ok is not False
        and certificate != CERT_NOT_CHAINED
        and timestamp_ok is not False
    )
    return VerifyReport(
        **base,
        signing_time=status.signer_reported_dt,
        timestamp_time=ts.timestamp if ts is not None else None,
        timestamp_ok=timestamp_ok,
        intact=bool(status.intact),
        valid=bool(status.valid),
        covers_whole_file=whole,
        modified_after_signing=not whole,
        modification=(level.name.lower() if level is not None else "other"),
        certificate=certificate,
        ok=ok,
    )


def format_report(report: VerifyReport, lang: str) -> str:
    """The report as a few lines of text for the CLI and the editor."""

    def tr(fr: str, en: str, **params: object) -> str:
        return t_in(lang, fr, en, **params)

    def when(value: datetime | None) -> str:
        return value.strftime("%Y-%m-%d %H:%M:%S %Z").strip() if value else "—"

    def yes(flag: bool) -> str:
        return tr("oui", "yes") if flag else tr("non", "no")

    if report.signature_count == 0:
        return tr(
            "{p} : aucune signature.\nRésultat : NON VÉRIFIÉ",
            "{p}: no signature.\nResult: NOT VERIFIED",
            p=report.path,
        )
    lines = [tr("Fichier : {p}", "File: {p}", p=report.path)]
    if report.signature_count > 1:
        lines.append(tr("Signatures : {n}", "Signatures: {n}", n=report.signature_count))
    lines.append(tr("Signataire : {s}", "Signer: {s}", s=report.signer_name or "—"))
    if report.certificate_subject:
        lines.append(tr("Certificat : {c}", "Certificate: {c}", c=report.certificate_subject))
    if report.problem:
        lines.append(
            tr(
                "La signature n'a pas pu être vérifiée : {e}",
                "The signature could not be checked: {e}",
                e=report.problem,
            )
        )
    else:
        lines.append(
            tr("Signé le : {t}", "Signed at: {t}", t=when(report.signing_time))
            + (
                tr(" (déclaré par le signataire)", " (claimed by the signer)")
                if report.timestamp_time is None
                else ""
            )
        )
        if report.timestamp_time is not None:
            lines.append(
                tr(
                    "Horodatage : {t} ({s})",
                    "Timestamp: {t} ({s})",
                    t=when(report.timestamp_time),
                    s=tr("valide", "valid") if report.timestamp_ok else tr("INVALIDE", "INVALID"),
                )
            )
        lines.append(
            tr(
                "Signature intacte : {v}",
                "Signature intact: {v}",
                v=yes(report.intact and report.valid),
            )
        )
        lines.append(
            tr(
                "Tout le fichier est couvert : {v}",
                "Whole file covered: {v}",
                v=yes(report.covers_whole_file),
            )
        )
        if report.modified_after_signing:
            lines.append(
                tr(
                    "Modifié ou complété après la signature : oui ({m})",
                    "Changed or added to after signing: yes ({m})",
                    m=report.modification,
                )
            )
        else:
            lines.append(
                tr(
                    "Modifié ou complété après la signature : non",
                    "Changed or added to after signing: no",
                )
            )
        lines.append(
            {
                CERT_CHAINED: tr(
                    "Certificat : rattaché à l'autorité de confiance fournie",
                    "Certificate: chains to the trust root given",
                ),
                CERT_NOT_CHAINED: tr(
                    "Certificat : NON rattaché à l'autorité de confiance fournie",
                    "Certificate: does NOT chain to the trust root given",
                ),
                CERT_SELF_SIGNED: tr(
                    "Certificat : auto-signé, non rattaché à une autorité de confiance",
                    "Certificate: self-signed, not chained to a trust root",
                ),
                CERT_UNCHECKED: tr(
                    "Certificat : chaîne de confiance non vérifiée (aucune racine fournie)",
                    "Certificate: chain of trust not checked (no trust root given)",
                ),
            }[report.certificate]
        )
    lines.append(
        tr("Résultat : VALIDE", "Result: VALID")
        if report.ok
        else tr("Résultat : NON VALIDE", "Result: NOT VALID")
    )
    return "\n".join(lines)
