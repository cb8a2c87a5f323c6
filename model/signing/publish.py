"""Exporting the signed PDF record: one flow for the CLI and the editor.

The record is rendered from the JSON export, signed when asked, and the export
is written into the register (date, file, fingerprint, signer) so the editor
can show what changed since the last signed pdf.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from model.core import files, reasons
from model.core.clock import now
from model.core.errors import RegistreError
from model.core.i18n import language, t, t_in
from model.core.paths import data_dir
from model.exchange import jsondoc
from model.register import rows
from model.storage import history, schema
from model.storage.store import Store


def schema_label(lang: str) -> str:
    """The register version printed on the cover, in the record's language."""
    return f"{jsondoc.FORMAT} ({t_in(lang, 'schéma', 'schema')} {schema.SCHEMA_VERSION})"


def default_certificate() -> Path:
    """The organisation's own signing certificate, made by Registre when it has none."""
    return data_dir() / "pades.p12"


@dataclass(frozen=True)
class SignOptions:
    """How to sign; `p12_path` None means the organisation's own self-signed certificate."""

    password: bytes
    signer: str
    role: str = ""
    place: str = ""
    p12_path: Path | None = None
    timestamp_url: str | None = None
    timestamper: Any = None


@dataclass(frozen=True)
class ExportOutcome:
    path: Path
    fingerprint: str
    activities: int
    signed: bool
    created_certificate: Path | None
    findings: tuple[str, ...] = ()
    """The completeness findings the record lists (its cover says how many)."""
    drafts: tuple[str, ...] = ()
    """References of the sheets still in draft."""
    edition: int = 0
    signer: str = ""
    lang: str = "fr"
    certificate_fingerprint: str = ""
    seal: history.Seal | None = None
    """The history as the record sealed it (head hash, entry count)."""


def record_edition(session: Session) -> Any:
    """This record's edition: the register's signed records so far plus this one, the date
    of the previous signed one, and what the history holds since."""
    from model.record.facts import Change, Edition

    signed = list(session.exec(select(schema.ExportRecord)
                               .where(schema.ExportRecord.signer != "")
                               .order_by(col(schema.ExportRecord.id))))
    last = signed[-1] if signed else None
    previous = None
    if last is not None:
        with contextlib.suppress(ValueError):
            previous = datetime.fromisoformat(last.at).date()
    changes = [Change(e.action, e.entity, e.ref, e.field, e.old, e.new)
               for e in changes_since_last_signed_export(session, last)] if last else []
    return Edition(number=len(signed) + 1, previous=previous, changes=changes)


def read_password(path: Path) -> bytes:
    """The first line of a password file, as a script would keep it."""
    try:
        data = files.read_input(path)
    except OSError as exc:
        raise RegistreError(t(
            "Impossible de lire le fichier de mot de passe « {file} » : {reason}.",
            "Cannot read the password file “{file}”: {reason}.",
            file=path.name, reason=reasons.reason(exc))) from exc
    lines = data.splitlines()
    password = lines[0] if lines else b""
    if not password:
        raise RegistreError(t("Le fichier de mot de passe « {file} » est vide.",
                              "The password file “{file}” is empty.", file=path.name))
    return password


def export_pdf(store: Store, out_path: Path, *, lang: str | None = None,
               sign: SignOptions | None = None) -> ExportOutcome:
    """Render (and sign) the record into `out_path`; never leaves a half-written file."""
    # Here, not at the top: the editor imports this module for the status bar and the
    # history, and must not load reportlab and pyHanko before its window shows.
    from model.check import check_document
    from model.record import pdf
    from model.record.terms import drafts
    from model.signing import pades, seal

    out_path = Path(out_path)
    with store.snapshot() as session:  # one read transaction: the register at one instant
        doc = jsondoc.export_document(session)
        edition = record_edition(session)
        sealed = history.seal(session)
    edition = dataclasses.replace(edition, history_count=sealed.count, history_head=sealed.head)
    lang = lang or str(doc.get("language") or "fr")
    fp = jsondoc.fingerprint(doc)
    signer = (pdf.SignerInfo(name=sign.signer, role=sign.role, place=sign.place,
                                date=datetime.now().date()) if sign else None)
    created: Path | None = None
    folder = out_path.parent if str(out_path.parent) else Path(".")
    if not folder.is_dir():
        raise RegistreError(t("Le dossier « {dir} » n'existe pas.",
                              "The folder “{dir}” does not exist.", dir=str(folder)))
    try:
        fd, tmp_name = files.beside(out_path, ".pdf")  # a killed run's are swept next time
    except OSError as exc:  # a folder the user may not write to
        raise _cannot_write(out_path, exc) from exc
    os.close(fd)
    tmp = Path(tmp_name)
    certificate: pades.CertificateInfo | None = None
    opened: pades.Certificate | None = None
    p12 = sign.p12_path if sign is not None else None
    try:
        if sign is not None:
            if p12 is None:
                p12 = default_certificate()
                if not p12.exists():
                    org = doc["organisation"]
                    p12.parent.mkdir(parents=True, exist_ok=True)
                    pades.create_self_signed(
                        p12, sign.password, organisation=org.get("name") or sign.signer,
                        email=org.get("email") or "", common_name=sign.signer)
                    created = p12
            # The signature page names the certificate before it signs.
            # pades speaks the user's language; its stamp follows the record's (/Lang)
            opened = pades.open_certificate(p12, sign.password, language())
            certificate = opened.info
            signer = dataclasses.replace(
                signer, certificate_fingerprint=certificate.fingerprint,
                self_signed=certificate.self_signed) if signer else None
        rendered = pdf.render_record(doc, tmp, lang=lang, fingerprint=fp,
                                     register_version=schema_label(lang),
                                     exported_at=datetime.now(UTC), signer=signer,
                                     edition=edition, info=seal.info_entries(sealed))
        if sign is not None and p12 is not None:
            pades.sign_pdf(tmp, out_path, p12_path=p12, password=sign.password,
                             signer_name=sign.signer, role=sign.role, place=sign.place,
                             lang=language(), timestamp_url=sign.timestamp_url,
                             timestamper=sign.timestamper, last_page=rendered.pages - 1,
                             certificate=opened)
        else:
            os.replace(tmp, out_path)
    except OSError as exc:
        raise _cannot_write(out_path, exc) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    outcome = ExportOutcome(out_path, fp, len(doc["activities"]), sign is not None, created,
                            tuple(f.message for f in check_document(doc, lang)),
                            tuple(drafts(doc)), edition.number,
                            signer=sign.signer if sign else "", lang=lang,
                            certificate_fingerprint=certificate.fingerprint if certificate
                            else "", seal=sealed)
    if not store.readonly:
        record_export(store, outcome)
    return outcome


def record_export(store: Store, outcome: ExportOutcome) -> None:
    """Write the export into the register's history: the only step that needs the writer.

    The CLI renders from a read-only store (imports and edits go on meanwhile) and
    takes the writer's lock only for this.
    """
    with store.write() as session:
        _record_export(session, outcome.path, outcome.fingerprint, outcome.signer,
                       outcome.lang)
        if outcome.certificate_fingerprint:
            remember_certificate(session, outcome.certificate_fingerprint)


CERTIFICATES_KEY = "signing_certificates"
"""Meta key: the SHA-256 fingerprints of the certificates this register's records were
signed with, so `registre verify` recognises the organisation's own certificate."""


def known_certificates(session: Session) -> list[str]:
    row = session.get(schema.Meta, CERTIFICATES_KEY)
    return row.value.split() if row else []


def remember_certificate(session: Session, fingerprint: str) -> None:
    known = known_certificates(session)
    if fingerprint not in known:
        session.merge(schema.Meta(key=CERTIFICATES_KEY, value=" ".join([*known, fingerprint])))


def _cannot_write(path: Path, exc: OSError) -> RegistreError:
    return RegistreError(t("Impossible d'écrire « {file} » : {reason}.",
                           "Cannot write “{file}”: {reason}.",
                           file=path.name, reason=reasons.reason(exc)))


def _record_export(session: Session, path: Path, fingerprint: str, signer: str,
                   lang: str) -> None:
    entry = history.record(session, action="export", entity="register", ref=path.name,
                           field="pdf", new=f"{fingerprint[:16]} {signer}".strip())
    session.flush()
    session.add(schema.ExportRecord(at=now(), file=str(path), fingerprint=fingerprint,
                                signer=signer, lang=lang, history_id=entry.id or 0))


def last_signed_export(session: Session) -> schema.ExportRecord | None:
    return session.exec(
        select(schema.ExportRecord).where(schema.ExportRecord.signer != "")
        .order_by(col(schema.ExportRecord.id).desc())
    ).first()


def changes_since_last_signed_export(
    session: Session, last: schema.ExportRecord | None = None
) -> list[schema.HistoryEntry]:
    """What the register's history holds after the last signed record (all of it if none).

    `last` is that record when the caller has already read it.
    """
    return list(session.exec(
        select(schema.HistoryEntry).where(*_since(session, last))
        .order_by(col(schema.HistoryEntry.id))
    ))


def count_changes_since_last_signed_export(
    session: Session, last: schema.ExportRecord | None = None
) -> int:
    """How many things differ from the last signed record: the status bar's figure.

    Counted from the history, but net: a field edited then put back (an undo),
    an activity added then removed, is no change; a field edited five times is
    one. An item added or removed counts once, its own edits with it.
    """
    return rows.net_changes([(e.action, e.entity, e.ref, e.field, e.old, e.new)
                             for e in changes_since_last_signed_export(session, last)])


def _since(session: Session, last: schema.ExportRecord | None) -> tuple[Any, ...]:
    last = last or last_signed_export(session)
    since = last.history_id if last else 0
    return (col(schema.HistoryEntry.id) > since, schema.HistoryEntry.action != "export")


def exports(session: Session) -> list[schema.ExportRecord]:
    return list(session.exec(select(schema.ExportRecord).order_by(col(schema.ExportRecord.id))))
