"""`registre verify`: is the record intact, and is its signer who they say they are?

Three verdicts, in words a DPO understands (README, "Vérifier un registre"):
*authentic* (exit 0): every signature intact, the last one covering the whole file,
nothing changed or added after any of them but further signatures, and every
signer authenticated (chains to a `--trust` certificate, matches a published
`--fingerprint`, or is a certificate the register itself signed with);
*intact, signer not authenticated* (exit 3): unchanged since signing, but nothing
proves who signed; *not valid* (exit 1), with the cause. The integrity checks come
first and are reported as such: a digest failure is never blamed on the chain.
pyHanko gives the cryptographic verdicts and the difference analysis; what changed
in an unsigned revision is read here, object by object, to name the page.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from asn1crypto import pem
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from pyhanko.pdf_utils import generic as _generic
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import validate_pdf_signature, validate_pdf_timestamp
from pyhanko.sign.validation.dss import DocumentSecurityStore
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from model.core import reasons
from model.core.errors import RegistreError
from model.core.files import read_input
from model.core.i18n import t, t_in
from model.signing import liblog
from model.signing.pades import fingerprint, grouped, is_self_signed, normalise_fingerprint

generic: Any = _generic  # pyHanko's PDF objects are not typed

AUTHENTIC = "authentic"
INTACT = "intact"  # intact, signer not authenticated
NOT_VALID = "not_valid"

EXIT_AUTHENTIC = 0
EXIT_NOT_VALID = 1
EXIT_INTACT = 3
EXIT_CODES = {AUTHENTIC: EXIT_AUTHENTIC, INTACT: EXIT_INTACT, NOT_VALID: EXIT_NOT_VALID}

# How a signer (or a timestamp authority) was authenticated.
BY_TRUST = "trust"
BY_FINGERPRINT = "fingerprint"
BY_REGISTER = "register"

# What went wrong; the text is in `_problem_text`.
P_UNSIGNED = "unsigned"
P_DIGEST = "digest"  # the bytes the signature covers were altered
P_SIGNATURE_VALUE = "signature_value"  # the signature value does not verify
P_CERTIFICATE = "certificate"  # the embedded certificate was altered
P_UNREADABLE = "unreadable"  # the signature cannot be decoded at all
P_APPENDED = "appended"  # bytes after the end of the signed file
P_PAGE = "page"  # page N's content changed
P_ANNOTATION = "annotation"  # an annotation added on page N
P_SIG_FIELD = "sig_field"  # a signature field added
P_FORM_FIELD = "form_field"  # another form field added
P_STRUCTURE = "structure"  # something else in the document changed
P_REWRITTEN = "rewritten"  # the signed revision no longer matches the file's structure
P_TIMESTAMP = "timestamp"  # the timestamp token is damaged


@dataclass(frozen=True)
class Problem:
    code: str
    signature: int = 0  # 1-based, 0 for the file
    revision: int = 0  # 1-based revision where the change is, 0 when not known
    page: int = 0


@dataclass(frozen=True)
class AuthorityCheck:
    """A timestamp (in a signature or a document timestamp) and its authority."""

    time: datetime | None
    authority: str
    fingerprint: str
    intact: bool
    authenticated_by: str = ""


@dataclass(frozen=True)
class SignatureCheck:
    index: int
    revision: int  # 1-based: the revision this signature closes
    document_timestamp: bool = False
    signer_name: str = ""  # the name typed at signing (/Name)
    subject: str = ""  # who the certificate was issued to
    issuer: str = ""
    fingerprint: str = ""
    self_signed: bool = False
    certifies: bool = False
    signing_time: datetime | None = None
    intact: bool = False
    authenticated_by: str = ""
    timestamp: AuthorityCheck | None = None
    level: str = ""  # PAdES B-B, B-T, B-LT, B-LTA

    @property
    def name_mismatch(self) -> bool:
        """The typed name and the certificate's holder differ (not mere case or spacing)."""
        typed = " ".join(self.signer_name.casefold().split())
        return bool(typed) and bool(self.subject) and typed not in self.subject.casefold()


@dataclass(frozen=True)
class VerifyReport:
    path: Path
    revisions: int = 0
    signatures: tuple[SignatureCheck, ...] = ()
    problems: tuple[Problem, ...] = ()
    verdict: str = NOT_VALID

    @property
    def ok(self) -> bool:
        return self.verdict == AUTHENTIC

    @property
    def exit_code(self) -> int:
        return EXIT_CODES[self.verdict]


@dataclass
class Trust:
    """What authenticates a signer: trusted roots, published fingerprints, the register's own."""

    roots: list[asn1_x509.Certificate] = field(default_factory=list)
    fingerprints: set[str] = field(default_factory=set)
    register: set[str] = field(default_factory=set)

    def by(self, fp: str, chained: bool) -> str:
        if chained:
            return BY_TRUST
        if fp in self.fingerprints:
            return BY_FINGERPRINT
        if fp in self.register:
            return BY_REGISTER
        return ""


def load_certificate(path: Path) -> asn1_x509.Certificate:
    """A `--trust` certificate, PEM or DER."""
    try:
        data = read_input(Path(path))
    except OSError as exc:
        raise RegistreError(t("Impossible de lire le certificat {p} : {e}",
                              "Cannot read the certificate {p}: {e}",
                              p=path, e=reasons.reason(exc))) from exc
    try:
        if pem.detect(data):
            _, _, data = pem.unarmor(data)
        cert = asn1_x509.Certificate.load(data)
        cert.native  # noqa: B018 - parsing is the check
        return cert
    except Exception as exc:
        raise RegistreError(t("{p} n'est pas un certificat (PEM ou DER).",
                              "{p} is not a certificate (PEM or DER).", p=path)) from exc


def make_trust(trust: Iterable[Path] = (), fingerprints: Iterable[str] = (),
               register: Iterable[str] = ()) -> Trust:
    pins = set()
    for text in fingerprints:
        fp = normalise_fingerprint(text)
        if len(fp) != 64:
            raise RegistreError(t(
                "« {f} » n'est pas une empreinte SHA-256 (64 chiffres hexadécimaux).",
                "“{f}” is not a SHA-256 fingerprint (64 hexadecimal digits).", f=text))
        pins.add(fp)
    return Trust([load_certificate(p) for p in trust], pins,
                 {normalise_fingerprint(f) for f in register})


def _read(path: Path) -> bytes:
    try:
        data = read_input(path)
    except OSError as exc:
        raise RegistreError(t("Impossible de lire {p} : {e}", "Cannot read {p}: {e}",
                              p=path, e=reasons.reason(exc))) from exc
    if data.lstrip()[:5] != b"%PDF-":
        raise RegistreError(t("{p} n'est pas un fichier PDF.", "{p} is not a PDF file.", p=path))
    return data


def verify_pdf(path: Path, *, trust: Trust | None = None) -> VerifyReport:
    """Check every signature and document timestamp of the PDF at `path`.

    Raises RegistreError when the file is not a readable PDF.
    """
    liblog.route_library_logs()
    path = Path(path)
    trust = trust or Trust()
    data = _read(path)
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        encrypted = bool(reader.encrypted)
    except Exception as exc:
        raise RegistreError(t("{p} est un PDF illisible ou tronqué.",
                              "{p} is an unreadable or truncated PDF.", p=path)) from exc
    if encrypted:  # its signatures cannot be read without the password, nor are ours ever
        raise RegistreError(t(
            "{p} est un PDF chiffré (protégé par un mot de passe) : un registre signé par "
            "Registre ne l'est jamais. Vérifiez le fichier tel qu'il a été exporté.",
            "{p} is an encrypted (password-protected) PDF: a record signed by Registre never "
            "is. Verify the file as it was exported.", p=path))
    try:
        embedded = list(reader.embedded_signatures)
        revisions = reader.xrefs.total_revisions
    except Exception as exc:
        raise RegistreError(t("{p} est un PDF illisible ou tronqué.",
                              "{p} is an unreadable or truncated PDF.", p=path)) from exc
    if not embedded:
        return VerifyReport(path, revisions, problems=(Problem(P_UNSIGNED),))

    context_kwargs: dict[str, Any] = {"trust_roots": trust.roots, "allow_fetching": False}
    try:
        dss = DocumentSecurityStore.read_dss(reader)
    except Exception:
        dss = None
    embedded.sort(key=lambda s: s.signed_revision)
    checks: list[SignatureCheck] = []
    problems: list[Problem] = []
    for index, sig in enumerate(embedded, start=1):
        context = (dss.as_validation_context(context_kwargs) if dss is not None
                   else ValidationContext(**context_kwargs))
        check, found = _check_one(index, sig, context, trust, reader)
        checks.append(check)
        problems += found
    last = embedded[-1]
    if not problems:
        problems += _after_last(last, reader, data, len(embedded))
    verdict = NOT_VALID
    if not problems:
        authenticated = all(c.authenticated_by or c.document_timestamp for c in checks) and all(
            c.timestamp is None or c.timestamp.authenticated_by for c in checks)
        verdict = AUTHENTIC if authenticated else INTACT
    return VerifyReport(path, revisions, tuple(checks), tuple(problems), verdict)


def _cert_name(name: asn1_x509.Name) -> str:
    native = name.native
    parts: list[str] = []
    for key in ("common_name", "organization_name", "email_address"):
        value = str(native.get(key) or "")
        if value and value not in parts:
            parts.append(value)
    text = ", ".join(parts)
    return text or name.human_friendly


def _certificate_altered(sig: Any, cert: asn1_x509.Certificate) -> bool:
    """The certificate no longer matches the hash the signer put in its signed attributes
    (ESS signing-certificate-v2, which PAdES requires)."""
    try:
        attrs = sig.signer_info["signed_attrs"]
        for attr in attrs:
            if attr["type"].native == "signing_certificate_v2":
                ess = attr["values"][0]["certs"][0]
                algo = ess["hash_algorithm"]["algorithm"].native
                return bool(hashlib.new(algo, cert.dump()).digest() != ess["cert_hash"].native)
    except Exception:
        return False
    return False


def _authority(status: Any, trust: Trust) -> AuthorityCheck:
    cert = status.signing_cert
    fp = fingerprint(cert.dump())
    return AuthorityCheck(
        time=status.timestamp, authority=_cert_name(cert.subject), fingerprint=fp,
        intact=bool(status.intact and status.valid),
        authenticated_by=trust.by(fp, bool(status.trusted)),
    )


def _check_one(index: int, sig: Any, context: ValidationContext, trust: Trust,
               reader: PdfFileReader) -> tuple[SignatureCheck, list[Problem]]:
    revision = sig.signed_revision + 1
    is_ts = sig.sig_object_type == "/DocTimeStamp"
    try:
        cert: asn1_x509.Certificate = sig.signer_cert
        fp = fingerprint(cert.dump())
        crypto_cert = x509.load_der_x509_certificate(cert.dump())
    except Exception:
        # Certificates are there but none is the signer's: one was altered (its issuer or
        # serial no longer matches what the signature names).
        try:
            altered = len(sig.signed_data["certificates"]) > 0
        except Exception:
            altered = False
        return (SignatureCheck(index, revision, is_ts,
                               signer_name=str(sig.sig_object.get("/Name", "") or "")),
                [Problem(P_CERTIFICATE if altered else P_UNREADABLE, index, revision)])
    base = SignatureCheck(
        index, revision, is_ts,
        signer_name=str(sig.sig_object.get("/Name", "") or ""),
        subject=_cert_name(cert.subject), issuer=_cert_name(cert.issuer), fingerprint=fp,
        self_signed=is_self_signed(crypto_cert),
        certifies=sig.docmdp_level is not None and "/Reference" in sig.sig_object,
    )
    status: Any
    try:
        if is_ts:
            status = validate_pdf_timestamp(sig, validation_context=context)
        else:
            status = validate_pdf_signature(sig, signer_validation_context=context)
    except Exception:
        return base, [Problem(P_UNREADABLE, index, revision)]
    problems: list[Problem] = []
    if not status.intact:
        code = P_DIGEST
        if status.coverage is not None and status.coverage < SignatureCoverageLevel.ENTIRE_REVISION:
            code = P_REWRITTEN
        problems.append(Problem(code, index, revision))
    elif not status.valid:
        altered = _certificate_altered(sig, cert)
        problems.append(Problem(P_CERTIFICATE if altered else P_SIGNATURE_VALUE, index, revision))
    elif _certificate_altered(sig, cert):
        problems.append(Problem(P_CERTIFICATE, index, revision))
    elif status.coverage < SignatureCoverageLevel.ENTIRE_REVISION:
        problems.append(Problem(P_REWRITTEN, index, revision))
    intact = not problems
    authority = None
    ts_status = getattr(status, "timestamp_validity", None)
    if is_ts:
        authority = _authority(status, trust)
    elif ts_status is not None:
        authority = _authority(ts_status, trust)
        if intact and not authority.intact:
            problems.append(Problem(P_TIMESTAMP, index, revision))
    # Later changes this signature's DocMDP does not allow (pyHanko's difference analysis).
    level = status.modification_level
    if intact and status.coverage != SignatureCoverageLevel.ENTIRE_FILE and (
        level is None or level > ModificationLevel.FORM_FILLING or status.docmdp_ok is False
    ):
        problems += _later_changes(reader, sig.signed_revision, index)
    by = "" if is_ts else trust.by(fp, bool(status.trusted))
    pades = "B-B"
    if authority is not None:
        pades = "B-T"
    dss = reader.root.get("/DSS")
    dss = dss.get_object() if dss is not None else None
    if dss is not None and ("/CRLs" in dss or "/OCSPs" in dss):  # revocation answers embedded
        pades = "B-LT"
        if any(s.sig_object_type == "/DocTimeStamp" for s in reader.embedded_signatures):
            pades = "B-LTA"
    return replace(
        base, signing_time=getattr(status, "signer_reported_dt", None), intact=intact,
        authenticated_by=by, timestamp=authority, level=pades,
    ), problems


def _after_last(last: Any, reader: PdfFileReader, data: bytes, count: int) -> list[Problem]:
    """What follows the last signature: bytes after its end, or unsigned revisions."""
    revision = last.signed_revision
    later = range(revision + 1, reader.xrefs.total_revisions)
    if later and not all(_only_validation_data(reader, rev) for rev in later):
        found = _later_changes(reader, revision, count)
        return found or [Problem(P_STRUCTURE, count, revision + 2)]
    if later:  # validation data for the last timestamp (B-LTA): the file ends later
        return []
    _, _, start2, len2 = (int(v) for v in last.byte_range)
    if data[start2 + len2:].strip(b"\r\n\t \x00"):
        return [Problem(P_APPENDED, count, revision + 1)]
    return []


def _page_numbers(resolver: Any) -> tuple[dict[int, int], dict[int, int], dict[int, int]]:
    """Page, content-stream and annotation object numbers mapped to 1-based page numbers."""
    pages: dict[int, int] = {}
    contents: dict[int, int] = {}
    annots: dict[int, int] = {}

    def walk(ref: Any) -> None:
        node: Any = ref.get_object()
        if node.get("/Type") == "/Pages":
            for kid in node.raw_get("/Kids"):
                walk(kid)
            return
        number = len(pages) + 1
        if isinstance(ref, generic.IndirectObject):
            pages[ref.idnum] = number
        raw = node.raw_get("/Contents") if "/Contents" in node else None
        items = raw.get_object() if isinstance(raw, generic.IndirectObject) else raw
        if isinstance(raw, generic.IndirectObject):
            contents[raw.idnum] = number
        if isinstance(items, generic.ArrayObject):
            for item in items:
                if isinstance(item, generic.IndirectObject):
                    contents[item.idnum] = number
        if "/Annots" in node:
            for item in node["/Annots"]:
                if isinstance(item, generic.IndirectObject):
                    annots[item.idnum] = number

    with contextlib.suppress(Exception):  # a broken page tree: nothing to name
        walk(resolver.root.raw_get("/Pages"))
    return pages, contents, annots


def _later_changes(reader: PdfFileReader, signed: int, index: int) -> list[Problem]:
    """Name the changes made in the revisions after `signed` (0-based) that no signature or
    timestamp closes: page content, annotations, form fields."""
    closing = {s.signed_revision for s in reader.embedded_signatures}
    problems: list[Problem] = []
    for rev in range(signed + 1, reader.xrefs.total_revisions):
        before = reader.get_historical_resolver(rev - 1)
        after = reader.get_historical_resolver(rev)
        pages, contents, annots_before = _page_numbers(before)
        _, _, annots_after = _page_numbers(after)
        new_annots = {n: p for n, p in annots_after.items() if n not in annots_before}
        found: list[Problem] = []
        for ref in reader.xrefs.explicit_refs_in_revision(rev):
            n = ref.idnum
            try:
                obj = after(ref)
            except Exception:
                continue
            if n in contents or (n in pages and isinstance(obj, generic.DictionaryObject)
                                 and _contents_changed(before(ref), obj)):
                found.append(Problem(P_PAGE, index, rev + 1, contents.get(n) or pages[n]))
            elif n in new_annots and isinstance(obj, generic.DictionaryObject):
                kind = obj.get("/FT") or obj.get("/Parent", generic.DictionaryObject()).get("/FT")
                code = (P_SIG_FIELD if kind == "/Sig" else P_FORM_FIELD if kind
                        else P_ANNOTATION)
                if code == P_SIG_FIELD and rev in closing:
                    continue  # the field of a signature made in this revision
                found.append(Problem(code, index, rev + 1, new_annots[n]))
        for number in {n for n in new_annots if n not in
                       {r.idnum for r in reader.xrefs.explicit_refs_in_revision(rev)}}:
            found.append(Problem(P_ANNOTATION, index, rev + 1, new_annots[number]))
        if not found and rev not in closing and not _only_validation_data(reader, rev):
            found.append(Problem(P_STRUCTURE, index, rev + 1))
        seen: set[tuple[str, int]] = set()
        for p in found:
            if (p.code, p.page) not in seen:
                seen.add((p.code, p.page))
                problems.append(p)
    return problems


def _contents_changed(old: Any, new: Any) -> bool:
    try:
        return bool(old.raw_get("/Contents") != new.raw_get("/Contents"))
    except Exception:
        return True


def _only_validation_data(reader: PdfFileReader, rev: int) -> bool:
    """A DSS update (B-LT, B-LTA) changes the catalogue's /DSS and adds what the DSS holds;
    nothing else."""
    before = reader.get_historical_resolver(rev - 1)
    after = reader.get_historical_resolver(rev)
    root_after, root_before = after.root, before.root
    if "/DSS" not in root_after:
        return False
    keys = (set(root_after) | set(root_before)) - {"/DSS"}
    if any(root_after.raw_get(k) != root_before.raw_get(k) for k in keys
           if k in root_after and k in root_before) or any(
               (k in root_after) != (k in root_before) for k in keys):
        return False
    held: set[int] = set()

    def collect(obj: Any) -> None:
        if isinstance(obj, generic.IndirectObject):
            if obj.idnum in held:
                return
            held.add(obj.idnum)
            obj = obj.get_object()
        if isinstance(obj, generic.DictionaryObject):
            for key in obj:
                collect(obj.raw_get(key))
        elif isinstance(obj, generic.ArrayObject):
            for item in obj:
                collect(item)

    collect(root_after.raw_get("/DSS"))
    # pyHanko also brings the modification date up to date (Info and XMP) at each write.
    allowed = {reader.root_ref.idnum}
    for holder, key in ((after.trailer_view, "/Info"), (root_after, "/Metadata")):
        if key in holder and isinstance(holder.raw_get(key), generic.IndirectObject):
            allowed.add(holder.raw_get(key).idnum)
    return all(ref.idnum in allowed or ref.idnum in held
               for ref in reader.xrefs.explicit_refs_in_revision(rev))


# --- the report, in words ------------------------------------------------------------------


def _problem_text(p: Problem, lang: str) -> str:
    def tr(fr: str, en: str) -> str:
        return t_in(lang, fr, en, n=p.signature, r=p.revision, page=p.page)

    texts = {
        P_UNSIGNED: tr("ce PDF ne porte aucune signature.", "this PDF carries no signature."),
        P_DIGEST: tr(
            "le contenu couvert par la signature {n} a été altéré : son empreinte ne "
            "correspond plus à celle qui a été signée.",
            "the content covered by signature {n} was altered: its digest no longer matches "
            "the one that was signed."),
        P_REWRITTEN: tr(
            "le fichier a été réécrit ou altéré depuis la signature {n} : les octets signés ne "
            "correspondent plus au fichier.",
            "the file was rewritten or altered since signature {n}: the signed bytes no "
            "longer match the file."),
        P_SIGNATURE_VALUE: tr(
            "la valeur de la signature {n} a été altérée : elle ne se vérifie plus.",
            "the value of signature {n} was altered: it no longer verifies."),
        P_CERTIFICATE: tr(
            "le certificat intégré à la signature {n} a été altéré : ce n'est plus celui qui "
            "a signé.",
            "the certificate embedded in signature {n} was altered: it is no longer the one "
            "that signed."),
        P_UNREADABLE: tr(
            "la signature {n} est illisible (données de signature endommagées).",
            "signature {n} cannot be read (damaged signature data)."),
        P_APPENDED: tr(
            "des données ont été ajoutées après la fin du fichier signé.",
            "data was appended after the end of the signed file."),
        P_PAGE: tr(
            "le contenu de la page {page} a été modifié après la signature {n} (révision {r}).",
            "the content of page {page} was changed after signature {n} (revision {r})."),
        P_ANNOTATION: tr(
            "une annotation a été ajoutée en page {page} après la signature {n} (révision {r}).",
            "an annotation was added on page {page} after signature {n} (revision {r})."),
        P_SIG_FIELD: tr(
            "un champ de signature a été ajouté en page {page} après la signature {n} "
            "(révision {r}), sans être signé.",
            "a signature field was added on page {page} after signature {n} (revision {r}), "
            "and left unsigned."),
        P_FORM_FIELD: tr(
            "un champ de formulaire a été ajouté en page {page} après la signature {n} "
            "(révision {r}).",
            "a form field was added on page {page} after signature {n} (revision {r})."),
        P_STRUCTURE: tr(
            "le document a été modifié après la signature {n} (révision {r}).",
            "the document was changed after signature {n} (revision {r})."),
        P_TIMESTAMP: tr(
            "l'horodatage de la signature {n} est endommagé.",
            "the timestamp of signature {n} is damaged."),
    }
    return texts[p.code]


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S %Z").strip() if value else "—"


def _by_text(by: str, lang: str) -> str:
    return {
        BY_TRUST: t_in(lang, "oui, rattaché à un certificat de confiance fourni (--trust)",
                       "yes, chains to a trusted certificate given (--trust)"),
        BY_FINGERPRINT: t_in(lang, "oui, empreinte identique à celle fournie (--fingerprint)",
                             "yes, fingerprint matches the one given (--fingerprint)"),
        BY_REGISTER: t_in(lang, "oui, certificat de l'organisme, enregistré dans le registre",
                          "yes, the organisation's certificate, recorded in the register"),
        "": t_in(lang, "NON", "NO"),
    }[by]


def _signature_lines(c: SignatureCheck, count: int, lang: str) -> list[str]:
    def tr(fr: str, en: str, **params: object) -> str:
        return t_in(lang, fr, en, **params)

    if c.document_timestamp:
        title = tr("Horodatage du document {i} sur {n} (révision {r})",
                   "Document timestamp {i} of {n} (revision {r})", i=c.index, n=count, r=c.revision)
    else:
        title = tr("Signature {i} sur {n} (révision {r})", "Signature {i} of {n} (revision {r})",
                   i=c.index, n=count, r=c.revision)
        if c.certifies:
            title += tr(" — certifie le document", " — certifies the document")
    lines = [title]
    if not c.document_timestamp:
        lines.append(tr("  Signataire : {s}", "  Signer: {s}", s=c.signer_name or c.subject or "—"))
        if c.level:
            lines.append(tr("  Niveau : PAdES {l}", "  Level: PAdES {l}", l=c.level))
    if c.fingerprint:
        lines.append(tr("  Certificat délivré à : {s}{ss}", "  Certificate issued to: {s}{ss}",
                        s=c.subject or "—",
                        ss=tr(" (certificat auto-signé)", " (self-signed certificate)")
                        if c.self_signed else tr(", par {i}", ", by {i}", i=c.issuer)))
        lines.append(tr("  Empreinte SHA-256 du certificat : {f}",
                        "  Certificate SHA-256 fingerprint: {f}", f=grouped(c.fingerprint)))
    if c.name_mismatch:
        lines.append(tr(
            "  ATTENTION : le nom saisi à la signature ({s}) n'est pas celui du titulaire du "
            "certificat ({c}).",
            "  WARNING: the name typed at signing ({s}) is not the certificate holder's ({c}).",
            s=c.signer_name, c=c.subject))
    if not c.document_timestamp and c.timestamp is None and c.signing_time is not None:
        lines.append(tr("  Signé le : {t} (déclaré par le signataire, non prouvé)",
                        "  Signed at: {t} (claimed by the signer, not proven)",
                        t=_when(c.signing_time)))
    if c.timestamp is not None:
        a = c.timestamp
        lines.append(tr("  Horodatage : {t}, par {a}", "  Timestamp: {t}, by {a}",
                        t=_when(a.time), a=a.authority))
        lines.append(tr("    Autorité d'horodatage authentifiée : {v}",
                        "    Timestamp authority authenticated: {v}",
                        v=_by_text(a.authenticated_by, lang)
                        if a.authenticated_by != BY_REGISTER else _by_text("", lang)))
        if not a.authenticated_by:
            lines.append(tr("    (empreinte SHA-256 de l'autorité : {f})",
                            "    (authority's SHA-256 fingerprint: {f})", f=grouped(a.fingerprint)))
    lines.append(tr("  Intacte : {v}", "  Intact: {v}",
                    v=tr("oui", "yes") if c.intact else tr("NON", "NO")))
    if not c.document_timestamp and c.intact:  # a broken signature authenticates nobody
        lines.append(tr("  Signataire authentifié : {v}", "  Signer authenticated: {v}",
                        v=_by_text(c.authenticated_by, lang)))
    return lines


def format_report(report: VerifyReport, lang: str) -> str:
    """The report as text for the CLI and the editor: each signature, then the verdict."""

    def tr(fr: str, en: str, **params: object) -> str:
        return t_in(lang, fr, en, **params)

    lines = [tr("Fichier : {p}", "File: {p}", p=report.path)]
    for c in report.signatures:
        lines += _signature_lines(c, len(report.signatures), lang)
    lines.append(verdict_line(report, lang))
    for p in report.problems[1:]:
        lines.append("  — " + _problem_text(p, lang))
    return "\n".join(lines)


def verdict_line(report: VerifyReport, lang: str) -> str:
    """The one line that says it all (also the Verify dialog's headline)."""
    signers = [c for c in report.signatures if not c.document_timestamp]
    if report.verdict == AUTHENTIC and len(signers) > 1:
        return t_in(lang,
                    "Résultat : AUTHENTIQUE — le registre est intact et ses signataires sont "
                    "authentifiés.",
                    "Result: AUTHENTIC — the record is intact and its signers are "
                    "authenticated.")
    if report.verdict == AUTHENTIC:
        return t_in(lang,
                    "Résultat : AUTHENTIQUE — le registre est intact et son signataire est "
                    "authentifié.",
                    "Result: AUTHENTIC — the record is intact and its signer is authenticated.")
    if report.verdict == INTACT:
        unproven = [c for c in report.signatures if not c.authenticated_by
                    and not c.document_timestamp]
        if unproven:
            c = unproven[0]
            return t_in(
                lang,
                "Résultat : INTACT, SIGNATAIRE NON AUTHENTIFIÉ — le fichier n'a pas changé "
                "depuis sa signature, mais rien ne prouve qui l'a signé : comparez l'empreinte "
                "SHA-256 du certificat, {f}, délivré à {s}, avec celle que publie l'organisme.",
                "Result: INTACT, SIGNER NOT AUTHENTICATED — the file is unchanged since it was "
                "signed, but nothing proves who signed it: compare the certificate's SHA-256 "
                "fingerprint, {f}, issued to {s}, with the one the organisation publishes.",
                f=grouped(c.fingerprint), s=c.subject or "—")
        a = next(c.timestamp for c in report.signatures
                 if c.timestamp is not None and not c.timestamp.authenticated_by)
        return t_in(
            lang,
            "Résultat : INTACT, SIGNATAIRE NON AUTHENTIFIÉ — le fichier n'a pas changé depuis "
            "sa signature, mais l'autorité d'horodatage {a} n'est pas authentifiée : la date "
            "n'est pas prouvée (empreinte SHA-256 {f}).",
            "Result: INTACT, SIGNER NOT AUTHENTICATED — the file is unchanged since it was "
            "signed, but the timestamp authority {a} is not authenticated: the time is not "
            "proven (SHA-256 fingerprint {f}).",
            a=a.authority, f=grouped(a.fingerprint))
    cause = _problem_text(report.problems[0], lang) if report.problems else "—"
    return t_in(lang, "Résultat : NON VALIDE — {c}", "Result: NOT VALID — {c}", c=cause)

