"""Signing the PDF record: PAdES, certifying first, countersigning after, built to last.

The first signature certifies the record (DocMDP level 2: later signatures and
nothing else), so that a countersignature by the legal representative keeps the
DPO's valid while any other change is caught. A timestamp authority makes it
PAdES B-T; a certificate issued by a CA gets its validation data (B-LT) and a
document timestamp (B-LTA), so the record can still be checked once the
certificate has expired. The output stays PDF 1.7 (PDF/A-2) whatever the key.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import io
import logging
import os
import time
import unicodedata
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, Any

from asn1crypto import pkcs12 as asn1_pkcs12
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from pyhanko.keys.internal import (
    translate_pyca_cryptography_cert_to_asn1,
    translate_pyca_cryptography_key_to_asn1,
)
from pyhanko.pdf_utils.font.opentype import GlyphAccumulator, GlyphAccumulatorFactory
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.sign import fields, signers
from pyhanko.sign.general import SigningError
from pyhanko.sign.signers import constants
from pyhanko.sign.signers.pdf_cms import SimpleSigner
from pyhanko.sign.timestamps.api import TimeStamper
from pyhanko.sign.timestamps.common_utils import TimestampRequestError
from pyhanko.stamp import TextStampStyle
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore
from pyhanko_certvalidator.util import get_pyca_cryptography_hash

from model.core import reasons
from model.core.errors import RegistreError
from model.core.files import open_input, read_input, replacing
from model.core.i18n import t, t_in
from model.record import stream
from model.record.cache import cache_dir
from model.record.pdf import (
    COUNTERSIGNATURE_BOX,
    COUNTERSIGNATURE_FIELD,
    FONT,
    SIGNATURE_BOX,
    SIGNATURE_FIELD,
    font_path,
)
from model.signing import liblog


def fingerprint(cert_der: bytes) -> str:
    """A certificate's SHA-256 fingerprint, as the organisation publishes it."""
    return hashlib.sha256(cert_der).hexdigest()


def grouped(fp: str) -> str:
    """The fingerprint in groups of four, easier to compare by eye."""
    return " ".join(fp[i : i + 4] for i in range(0, len(fp), 4))


def normalise_fingerprint(text: str) -> str:
    """What `--fingerprint` accepts: hex, with or without colons or spaces, any case."""
    return "".join(c for c in text.lower() if c in "0123456789abcdef")


def is_self_signed(cert: x509.Certificate) -> bool:
    try:
        cert.verify_directly_issued_by(cert)
    except Exception:
        return False
    return True


@dataclass(frozen=True)
class CertificateInfo:
    """What the signature page and the stamp say about the signing certificate."""

    fingerprint: str
    subject: str
    self_signed: bool


def _subject_name(cert: x509.Certificate) -> str:
    for oid in (NameOID.COMMON_NAME, NameOID.ORGANIZATION_NAME):
        found = cert.subject.get_attributes_for_oid(oid)
        if found:
            return str(found[0].value)
    return cert.subject.rfc4514_string()


# --- signing ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Certificate:
    """An opened PKCS#12: the signer pyHanko uses, its certificate and chain."""

    signer: SimpleSigner
    cert: x509.Certificate
    chain: list[x509.Certificate]

    @property
    def info(self) -> CertificateInfo:
        der = self.cert.public_bytes(serialization.Encoding.DER)
        return CertificateInfo(
            fingerprint(der), _subject_name(self.cert), is_self_signed(self.cert)
        )


def _load_signer(p12_path: Path, password: bytes, lang: str) -> Certificate:
    """Open the PKCS#12 and tell a wrong password apart from a broken file."""
    try:
        data = read_input(Path(p12_path))
    except OSError as exc:
        raise RegistreError(
            t_in(
                lang,
                "Impossible de lire le certificat {p} : {e}",
                "Cannot read the certificate {p}: {e}",
                p=p12_path,
                e=reasons.reason(exc),
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
        key, cert, chain = _opened(data, password)
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
    _check_key_usage(cert, lang)
    # What SimpleSigner.load_pkcs12_data does, without decrypting the file a second time.
    signer = _KeptKeySigner(
        key,
        signing_key=translate_pyca_cryptography_key_to_asn1(key),
        signing_cert=translate_pyca_cryptography_cert_to_asn1(cert),
        cert_registry=SimpleCertificateStore.from_certs(  # type: ignore[no-untyped-call]
            [translate_pyca_cryptography_cert_to_asn1(c) for c in chain]
        ),
    )
    return Certificate(signer, cert, list(chain))


_KEPT_FOR = 15 * 60.0
"""Seconds an opened signing file is kept for the next export in the same process."""
_PROCESS_SECRET = os.urandom(32)
_kept: tuple[bytes, bytes, float, Any] | None = None
"""The last signing file opened: its SHA-256, an HMAC of the password it was opened with (the
password itself is not kept), when, and what it gave."""


def _opened(data: bytes, password: bytes) -> Any:
    """`pkcs12.load_key_and_certificates`, the same file and password opened again within a
    few minutes given as it was: opening checks an RSA key's primes (a seventh of a second for
    RSA 3072, a third of a re-export's time), and the editor's exports of a session sign with
    one file. A different file, a different password or an older opening is opened anew."""
    global _kept
    digest = hashlib.sha256(data).digest()
    proof = hmac.new(_PROCESS_SECRET, password, hashlib.sha256).digest()
    now = time.monotonic()
    if (_kept is not None and hmac.compare_digest(_kept[0], digest)
            and hmac.compare_digest(_kept[1], proof) and now - _kept[2] < _KEPT_FOR):
        return _kept[3]
    _kept = None
    found = pkcs12.load_key_and_certificates(data, password)
    _kept = (digest, proof, now, found)
    return found


class _KeptKeySigner(SimpleSigner):
    """SimpleSigner that signs with the key as the PKCS#12 gave it: pyHanko's loads it again
    from DER for every signature, checking an RSA key's primes each time (a tenth of a
    second for RSA 3072, as long as the rest of a re-export's signing)."""

    def __init__(self, key: Any, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._key = key

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        """Override pyHanko's SimpleSigner.sign_raw for RSA PKCS#1 v1.5 and ECDSA, the
        mechanisms Registre's certificates use; any other goes to pyHanko's."""
        mechanism = self.get_signature_mechanism_for_digest(digest_algorithm).signature_algo
        hash_algo = get_pyca_cryptography_hash(digest_algorithm)
        if mechanism == "rsassa_pkcs1v15" and isinstance(self._key, rsa.RSAPrivateKey):
            signature: bytes = self._key.sign(data, PKCS1v15(), hash_algo)
            return signature
        if mechanism == "ecdsa" and isinstance(self._key, ec.EllipticCurvePrivateKey):
            signature = self._key.sign(data, ec.ECDSA(hash_algo))
            return signature
        return super().sign_raw(data, digest_algorithm)


def _check_key_usage(cert: x509.Certificate, lang: str) -> None:
    """A certificate made for encryption only would sign, but no verifier would accept it."""
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return
    if not (usage.digital_signature or usage.content_commitment):
        raise RegistreError(
            t_in(
                lang,
                "Ce certificat n'est pas fait pour signer : son usage de clé ne permet pas la "
                "signature numérique (digitalSignature ou nonRepudiation). Demandez un "
                "certificat de signature.",
                "This certificate is not meant for signing: its key usage does not allow "
                "digital signatures (digitalSignature or nonRepudiation). Ask for a signing "
                "certificate.",
            )
        )


def open_certificate(p12_path: Path, password: bytes, lang: str) -> Certificate:
    """The signing certificate and its key, opened once for the signature page (`.info`)
    and the signature (`sign_pdf(certificate=...)`): opening one is a tenth of a second."""
    return _load_signer(Path(p12_path), password, lang)


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

    def _extract_subset(self, options: Any = None) -> None:
        """Override pyHanko's GlyphAccumulator._extract_subset: the layout tables it drops
        from the subset are dropped before it, since fontTools read them whole first (most
        of a signature's time). The stamp's text is already shaped by then."""
        for tag in ("GSUB", "GPOS", "GDEF"):
            if tag in self.tt:
                del self.tt[tag]
        super()._extract_subset(options)

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


def _stamp_font(chars: str) -> Path:
    """The stamp's font: DejaVu Sans cut down to the record's fixed encoding (Latin
    alphabets, the usual signs), kept in the user's cache folder, when the stamp's text is
    all within it; else the whole font. pyHanko subsets the font it is given for every
    signature, and reading DejaVu's 6,000 glyphs to do it was a third of a re-export's
    signing. The kept file is checked against the SHA-256 written beside it, and made
    again when it does not match."""
    full = font_path(FONT)
    if not set(map(ord, chars.replace("\n", ""))) <= stream.FIXED.keys():
        return full
    try:
        source = hashlib.sha256(full.read_bytes()).hexdigest()[:16]
        folder = cache_dir().parent / "fonts"
        path = folder / f"stamp-{source}.ttf"
        seal = folder / f"stamp-{source}.sha256"
        with contextlib.suppress(OSError):
            if hashlib.sha256(path.read_bytes()).hexdigest() == seal.read_text().strip():
                return path
        from fontTools import subset  # type: ignore[import-untyped]
        from fontTools.ttLib import TTFont  # type: ignore[import-untyped]

        options = subset.Options()
        options.layout_features = []
        options.name_IDs = ["*"]
        options.notdef_outline = True
        options.drop_tables += ["GSUB", "GPOS", "GDEF", "FFTM"]
        cut = subset.Subsetter(options)
        cut.populate(unicodes=[*stream.FIXED, 0xA0])
        font = TTFont(str(full))
        with _quiet_font_subsetter():
            cut.subset(font)
        out = io.BytesIO()
        font.save(out)
        folder.mkdir(parents=True, exist_ok=True)
        with replacing(path) as f:
            f.write(out.getvalue())
        with replacing(seal) as f:
            f.write(hashlib.sha256(out.getvalue()).hexdigest().encode())
        return path
    except OSError:  # no cache folder: the whole font, as always
        return full


def _stamp_style(lang: str, info: CertificateInfo, *, role: str, place: str,
                 signer: str = "") -> TextStampStyle:
    """The visible signature, in the record's language and its embedded font."""
    text = t_in(lang, "Signé électroniquement par\n%(signer)s", "Digitally signed by\n%(signer)s")
    if role:
        text += "\n%(role)s"
    text += (t_in(lang, "\nÀ %(place)s, le %(ts)s", "\nAt %(place)s on %(ts)s") if place
             else t_in(lang, "\nLe %(ts)s", "\nOn %(ts)s"))
    if info.self_signed:
        text += t_in(lang, "\nCertificat auto-signé", "\nSelf-signed certificate")
    half = len(info.fingerprint) // 2
    text += t_in(lang, "\nEmpreinte SHA-256 :", "\nSHA-256 fingerprint:")
    text += "\n" + grouped(info.fingerprint[:half]) + "\n" + grouped(info.fingerprint[half:])
    # One size for both: pyHanko advances lines at the engine's size and draws at the
    # box's, so different sizes make the lines drift (pyHanko issue #733).
    size = 9
    font = _FontFactory(str(_stamp_font(text + role + place + signer)), font_size=size)
    return TextStampStyle(
        stamp_text=text,
        text_box_style=TextBoxStyle(font=font, font_size=size, leading=11),
        timestamp_format="%d/%m/%Y %H:%M %Z" if lang == "fr" else "%Y-%m-%d %H:%M %Z",
        border_width=0,
        background=None,
    )


# The signature container's room in a record signed with a self-signed certificate and no
# timestamp, beyond its certificates (an RSA-4096 signature and the signed attributes take
# under 2 KiB): given, so pyHanko does not sign a dummy first to measure it. A CA's chain
# (with its validation data) or a timestamp is measured.
SELF_RESERVED = 8 * 1024


class _Pdf17Signer(signers.PdfSigner):
    """PdfSigner that keeps the record PDF 1.7: pyHanko moves to PDF 2.0 for an ECDSA key
    (the ISO 32002 extension), which PDF/A-2 does not allow; PAdES with ECDSA is valid in
    PDF 1.7 under the ESIC extension."""

    def register_extensions(self, pdf_out: Any, *, md_algorithm: str) -> None:
        pdf_out.ensure_output_version(version=(1, 7))
        pdf_out.register_extension(constants.ESIC_EXTENSION_1)


class _RecordWriter(IncrementalPdfFileWriter):
    """An incremental writer that takes a page straight from a flat page tree.

    pyHanko finds page n by reading every page object before it (to tell pages from
    intermediate nodes): for the signature page of a long record, that read most of the
    file. Registre's records have one /Pages node whose /Kids are the pages; when the
    root's /Count equals its number of kids and the kid found is a page, it is the one.
    """

    def find_page_for_modification(self, page_ix: int) -> Any:
        """Override pyHanko's BasePdfFileWriter.find_page_for_modification."""
        tree = self.root["/Pages"]
        kids = tree["/Kids"]
        count = int(tree["/Count"])
        ix = page_ix + count if page_ix < 0 else page_ix
        if len(kids) == count and 0 <= ix < count:
            ref = kids.raw_get(ix)
            page = ref.get_object()
            if page.get("/Type") == "/Page":
                for node in (page, tree):
                    if "/Resources" in node:
                        return ref, node.raw_get("/Resources")
        return super().find_page_for_modification(page_ix)  # type: ignore[no-untyped-call]


def _record_language(writer: IncrementalPdfFileWriter, default: str) -> str:
    """The stamp speaks the record's language (its /Lang), whoever countersigns it."""
    code = str(writer.root.get("/Lang", "") or "").lower()
    if code.startswith("en"):
        return "en"
    return "fr" if code.startswith("fr") else default


def _certified(writer: IncrementalPdfFileWriter) -> bool:
    perms = writer.root.get("/Perms")
    return perms is not None and "/DocMDP" in perms


def _validation_context(loaded: Certificate) -> ValidationContext:
    """What B-LT embeds: the chain up to the CA's root, and its OCSP or CRL answers."""
    chain = [translate_pyca_cryptography_cert_to_asn1(c) for c in loaded.chain]
    roots = [c for c, raw in zip(chain, loaded.chain, strict=True) if is_self_signed(raw)]
    with warnings.catch_warnings():
        # The system's roots as well, for a public timestamp authority: pyHanko warns that
        # this will change; until then it is what lets a CA-issued key use any TSA.
        # soft-fail: a CA that publishes no OCSP or CRL address still lets its holder sign
        # (`verify` then says B-LT only when revocation answers are embedded).
        warnings.simplefilter("ignore", DeprecationWarning)
        return ValidationContext(
            extra_trust_roots=roots, other_certs=chain, allow_fetching=True,
            revocation_mode="soft-fail",
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
    last_page: int | None = None,
    certificate: Certificate | None = None,
) -> CertificateInfo:
    """Sign the record at `in_path` into `out_path` (which may be the same file).

    `last_page` is the signature page's index (the last page when None); it is taken
    straight from the record's flat page tree (`_RecordWriter`), whatever the record's length.
    `certificate` is `p12_path` already opened (`open_certificate`), not opened again.

    An unsigned record is certified (DocMDP); a signed one gets a countersignature
    beside the first. PAdES B-B with SHA-256; B-T with a timestamp authority; B-LT
    (and B-LTA with a timestamp authority) for a CA-issued certificate. The output
    appears whole or not at all; on error nothing is written.
    """
    lang = "en" if lang == "en" else "fr"
    liblog.route_library_logs()
    loaded = certificate or _load_signer(Path(p12_path), password, lang)
    try:  # read as pyHanko needs it, not whole into memory (a long record is tens of MiB)
        source: IO[bytes] = open_input(Path(in_path))
    except OSError as exc:
        raise RegistreError(
            t_in(lang, "Impossible de lire {p} : {e}", "Cannot read {p}: {e}",
                 p=in_path, e=reasons.reason(exc))
        ) from exc
    with source:
        return _sign(source, in_path, out_path, loaded=loaded, signer_name=signer_name,
                     role=role, place=place, lang=lang, timestamper=timestamper,
                     timestamp_url=timestamp_url, last_page=last_page)


def _sign(source: IO[bytes], in_path: Path, out_path: Path, *, loaded: Certificate,
          signer_name: str, role: str, place: str, lang: str,
          timestamper: TimeStamper | None, timestamp_url: str | None,
          last_page: int | None) -> CertificateInfo:
    """`sign_pdf` once the certificate is open and the record readable."""
    info = loaded.info
    if timestamper is None and timestamp_url:
        from pyhanko.sign.timestamps.aiohttp_client import HTTPTimeStamper

        timestamper = HTTPTimeStamper(timestamp_url, timeout=15)

    try:
        writer = _RecordWriter(source, strict=False)
        existing = list(fields.enumerate_sig_fields(writer))
    except Exception as exc:
        raise RegistreError(
            t_in(lang, "{p} n'est pas un PDF lisible.", "{p} is not a readable PDF.", p=in_path)
        ) from exc
    # value is the signature dictionary, None while the field is empty
    signed = [name for name, value, _ in existing if value is not None]
    empty = [name for name, value, _ in existing if value is None]
    names = {name for name, _, _ in existing}
    if not signed:
        # Both fields now: under the certification (DocMDP 2) a later revision may fill a
        # signature field but not create one.
        page = -1 if last_page is None else last_page
        for name, box in ((SIGNATURE_FIELD, SIGNATURE_BOX),
                          (COUNTERSIGNATURE_FIELD, COUNTERSIGNATURE_BOX)):
            if name not in names:
                fields.append_signature_field(
                    writer, fields.SigFieldSpec(name, on_page=page, box=box))
        field = SIGNATURE_FIELD
    elif empty:
        field = COUNTERSIGNATURE_FIELD if COUNTERSIGNATURE_FIELD in empty else empty[0]
    elif _certified(writer):
        raise RegistreError(t_in(
            lang,
            "Ce registre a déjà sa signature et sa contre-signature ; une signature de plus "
            "romprait sa certification.",
            "This record already has its signature and countersignature; one more would "
            "break its certification."))
    else:  # an approval-signed record (from an older Registre): a field may still be added
        field = next(f"{SIGNATURE_FIELD}{n}" for n in range(2, 1000)
                     if f"{SIGNATURE_FIELD}{n}" not in names)
        fields.append_signature_field(writer, fields.SigFieldSpec(field, on_page=-1))

    lasting = not info.self_signed
    record_lang = _record_language(writer, lang)
    meta = signers.PdfSignatureMetadata(
        field_name=field,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=t_in(
            record_lang,
            "Certification du registre des activités de traitement (art. 30 RGPD)",
            "Certification of the record of processing activities (GDPR Art. 30)",
        ) if not signed else t_in(
            record_lang,
            "Contre-signature du registre des activités de traitement (art. 30 RGPD)",
            "Countersignature of the record of processing activities (GDPR Art. 30)",
        ),
        location=place or None,
        name=signer_name or None,
        certify=not signed,
        docmdp_permissions=fields.MDPPerm.FILL_FORMS,
        embed_validation_info=lasting,
        use_pades_lta=lasting and timestamper is not None,
        validation_context=_validation_context(loaded) if lasting else None,
    )
    pdf_signer = _Pdf17Signer(
        meta, signer=loaded.signer, timestamper=timestamper,
        stamp_style=_stamp_style(record_lang, info, role=role, place=place,
                                 signer=signer_name),
    )
    params = {"signer": signer_name, "role": role, "place": place}
    certs = sum(len(c.public_bytes(serialization.Encoding.DER))
                for c in [loaded.cert, *loaded.chain])
    reserved = SELF_RESERVED + -(-certs // 1024) * 1024  # pyHanko wants an even size
    try:
        with replacing(Path(out_path)) as out, _quiet_font_subsetter():
            pdf_signer.sign_pdf(writer, output=out, appearance_text_params=params,
                                bytes_reserved=None if lasting or timestamper else reserved)
    except TimestampRequestError as exc:
        raise RegistreError(
            t_in(
                lang,
                "L'autorité d'horodatage {u} ne répond pas ou refuse la demande ; rien n'a été "
                "écrit. Vérifiez l'adresse (--tsa) et la connexion, ou signez sans horodatage.",
                "The timestamp authority {u} did not answer or refused the request; nothing "
                "was written. Check its address (--tsa) and the connection, or sign without "
                "a timestamp.",
                u=timestamp_url or getattr(timestamper, "url", "") or "?",
            )
        ) from exc
    except OSError as exc:
        raise RegistreError(
            t_in(
                lang,
                "Impossible d'écrire {p} : {e}",
                "Cannot write {p}: {e}",
                p=out_path,
                e=reasons.reason(exc),
            )
        ) from exc
    except (SigningError, ValueError) as exc:
        if lasting:
            raise RegistreError(
                t_in(
                    lang,
                    "La signature a échoué : les données de validation du certificat (chaîne, "
                    "OCSP ou CRL de l'autorité) n'ont pas pu être obtenues ou le montrent "
                    "invalide.",
                    "Signing failed: the certificate's validation data (chain, the "
                    "authority's OCSP or CRL) could not be obtained, or shows it invalid.",
                )
            ) from exc
        raise RegistreError(
            t_in(lang, "La signature a échoué : {e}", "Signing failed: {e}", e=exc)
        ) from exc
    return info


# --- certificates -------------------------------------------------------------------------


_NAME_LENGTH = 64
"""The longest common or organisation name X.509 allows (RFC 5280's ub-common-name and
ub-organization-name); cryptography refuses a longer common name."""


def _name_text(value: str) -> str:
    """`value` as a certificate's name can hold it and be compared: one line, at most
    `_NAME_LENGTH` characters, and only characters RFC 4518's preparation takes. The
    verifier (asn1crypto, under pyHanko) prepares a name to match the certificate against
    the signature, and raised on an emoji, a U+FFFD or Latin mixed with Arabic: the
    signature of a record then read as "certificate altered". Each such character is a
    "?", and a name still refused is written in ASCII; the record names the signer whole."""
    from asn1crypto import x509 as asn1_x509

    def taken(text: str) -> bool:
        name = asn1_x509.Name.build({"common_name": text})
        try:
            return bool(name == asn1_x509.Name.load(name.dump()))
        except ValueError:
            return False

    text = " ".join(value.split())[:_NAME_LENGTH].strip()
    if not text or taken(text):
        return text
    text = "".join("?" if not taken(char) else char for char in text)
    if taken(text):
        return text
    return " ".join(unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
                    .split()) or "?"


def _email_name(email: str) -> str:
    """`email` as a certificate's RFC 822 name holds it: its domain in IDNA ("xn--…"), as
    cryptography requires; "" for an address with a non-ASCII name before the "@", which
    no certificate can hold (the record keeps it)."""
    local, at, domain = email.strip().rpartition("@")
    if not at or not local.isascii() or not local or any(c.isspace() for c in email.strip()):
        return ""
    try:
        return f"{local}@{domain.encode('idna').decode('ascii')}"
    except UnicodeError:
        return ""


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
    organisation, common_name = _name_text(organisation), _name_text(common_name)
    email = _email_name(email)
    key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    attrs = [x509.NameAttribute(NameOID.COMMON_NAME, common_name or organisation or "?")]
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
