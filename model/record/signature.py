"""The signature page: who signs, in what role, and the box the signature field fills."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from reportlab.lib.units import mm

from model.core.i18n import t_in
from model.record import layout
from model.record.facts import SignerInfo
from model.record.layout import Page, Pager, Row, TableStyle, para
from model.record.styles import (
    CONTENT_WIDTH,
    COUNTERSIGNATURE_BOX,
    MARGIN_X,
    SIGNATURE_BOX,
    ellipsize,
    format_date,
)
from model.record.terms import text

_DPO = re.compile(r"\bdpo\b|d[ée]l[ée]gu[ée]e?\b.*protection|data protection officer", re.I)


def box_label(signer: SignerInfo | None, lang: str) -> str:
    """The signature box names the role that signs: the DPO is not the controller."""
    role = signer.role.strip() if signer else ""
    if role and _DPO.search(role):
        return t_in(lang, "Signature du délégué à la protection des données (DPO)",
                    "Signature of the data protection officer (DPO)")
    if role:
        return t_in(lang, "Signature pour le responsable du traitement ({r})",
                    "Signature for the controller ({r})", r=role)
    return t_in(lang, "Signature du responsable du traitement", "Signature of the controller")


def lay_out(doc: dict[str, Any], lang: str, signer: SignerInfo | None,
            exported_at: datetime) -> list[Page]:
    def tr(fr: str, en: str, **params: object) -> str:
        return t_in(lang, fr, en, **params)

    org_name = text((doc.get("organisation") or {}).get("name"))
    when = signer.date if signer and signer.date else exported_at.date()
    rows = [
        (tr("Nom du signataire", "Signer's name"), signer.name if signer else ""),
        (tr("Qualité", "Role"), signer.role if signer else ""),
        (tr("Lieu", "Place"), signer.place if signer else ""),
        (tr("Date", "Date"), format_date(when, lang)),
    ]
    if signer and signer.certificate_fingerprint:
        fp = signer.certificate_fingerprint
        rows.append((
            tr("Certificat de signature", "Signing certificate"),
            tr("empreinte SHA-256 ", "SHA-256 fingerprint ")
            + " ".join(fp[i : i + 4] for i in range(0, len(fp), 4))
            + (tr(" — certificat auto-signé", " — self-signed certificate")
               if signer.self_signed else ""),
        ))
    statement = tr(
        "Le présent registre des activités de traitement{org} est tenu conformément à "
        "l'article 30 du RGPD. Le signataire atteste qu'il reflète les activités de "
        "traitement à la date indiquée ci-dessous.",
        "This record of processing activities{org} is kept under Article 30 of the GDPR. "
        "The signatory attests that it reflects the processing activities as at the date "
        "given below.",
        org=tr(" de {o}", " of {o}", o=org_name) if org_name else "",
    )
    pager = Pager()
    layout.heading(pager, tr("Signature", "Signature"), "h1", key="signature", after=8)
    pager.paragraph(para(statement, "body"), MARGIN_X, CONTENT_WIDTH)
    pager.y -= 8 * mm
    layout.table(pager, MARGIN_X, [50 * mm, CONTENT_WIDTH - 50 * mm],
                 [Row([[para(k, "cover_label")], [para(v or " ", "body")]]) for k, v in rows],
                 style=TableStyle(pad_top=7, pad_bottom=5, pad_x=0.5, rule="rule",
                                  rule_width=0.4))
    ops = pager.pages[-1]
    for (x1, y1, x2, y2), label in ((SIGNATURE_BOX, box_label(signer, lang)),
                                    (COUNTERSIGNATURE_BOX,
                                     tr("Contre-signature", "Countersignature"))):
        ops.append(["b", x1, y1, x2 - x1, y2 - y1])
        ops.append(["t", x1, y2 + 2 * mm, "furniture", ellipsize(label, "furniture", x2 - x1)])
    return pager.pages[-1:]
