"""The cover: who keeps the register, which edition this is, and whether it is complete."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from reportlab.lib.units import mm

from model.check import Finding
from model.core.i18n import t_in, tn_in
from model.record import layout
from model.record.facts import Edition
from model.record.layout import Cell, Page, Pager, Para, Row, TableStyle, para
from model.record.styles import CONTENT_WIDTH, MARGIN_X, format_date, format_datetime
from model.record.terms import dict_list, drafts, text

COVER_STYLE = TableStyle(pad_top=6, pad_bottom=6, pad_x=1.5, rule="rule", rule_width=0.4)


def lay_out(doc: dict[str, Any], lang: str, *, edition: Edition, signed: bool,
            fingerprint: str, register_version: str, exported_at: datetime,
            findings: list[Finding], findings_annex: str) -> list[Page]:
    def tr(fr: str, en: str, **params: object) -> str:
        return t_in(lang, fr, en, **params)

    org = doc.get("organisation") or {}
    activities = dict_list(doc.get("activities"))

    def party(person: dict[str, Any]) -> Cell:
        """The representative or the DPO: Article 30 names them only where there is one."""
        lines = [text(person.get("name")), text(person.get("address")),
                 " · ".join(c for c in (text(person.get("phone")), text(person.get("email"))) if c)]
        lines = [x for x in lines if x]
        if not lines:
            return [para(tr("Non désigné", "Not designated"), "small")]
        return [Para([("\n".join(lines), "body")])]

    org_spans: list[tuple[str, str]] = []
    if text(org.get("name")):
        org_spans.append((text(org["name"]), "body_b"))
    rest = [text(org.get("address"))]
    if text(org.get("registration_number")):
        rest.append(tr("N° d'immatriculation : {n}", "Registration number: {n}",
                       n=text(org["registration_number"])))
    rest.append(" · ".join(c for c in (text(org.get("phone")), text(org.get("email"))) if c))
    rest = [x for x in rest if x]
    if rest:
        org_spans.append((("\n" if org_spans else "") + "\n".join(rest), "body"))
    controller: Cell = ([Para(org_spans)] if org_spans
                        else [para(tr("Non renseigné", "Not provided"), "missing")])

    edition_text = str(edition.number)
    if edition.previous is not None:
        edition_text += tr(" (édition signée précédente : {d})", " (previous signed edition: {d})",
                           d=format_date(edition.previous, lang))
    else:
        edition_text += tr(" (première édition)", " (first edition)")
    edition_cell: Cell = [para(edition_text, "body")]
    if not signed:
        edition_cell.append(para(tr("Projet non signé : ce document n'est pas le registre signé.",
                                    "Unsigned draft: this document is not the signed record."),
                                 "cover_warn"))

    draft_refs = drafts(doc)
    if findings:
        statement: Cell = [para(tn_in(lang, len(findings),
                                      ("Incomplet : {n} constatation, listée en annexe {a}.",
                                       "Incomplet : {n} constatations, listées en annexe {a}."),
                                      ("Incomplete: {n} finding, listed in annex {a}.",
                                       "Incomplete: {n} findings, listed in annex {a}."),
                                      a=findings_annex), "cover_warn")]
    else:
        statement = [para(tr("Complet : aucune constatation.",
                             "Complete: no finding."), "cover_ok")]
    if draft_refs:
        shown = ", ".join(draft_refs[:12]) + (" …" if len(draft_refs) > 12 else "")
        statement.append(para(tn_in(lang, len(draft_refs),
                                    ("{n} fiche à l'état de brouillon : {refs}.",
                                     "{n} fiches à l'état de brouillon : {refs}."),
                                    ("{n} sheet in draft: {refs}.",
                                     "{n} sheets in draft: {refs}."), refs=shown), "body"))

    def label(value: str) -> Cell:
        return [para(value, "cover_label")]

    rows = [
        Row([label(tr("Responsable du traitement", "Controller")), controller],
            [None, None if org_spans else "missing_bg"]),
        Row([label(tr("Représentant", "Representative")), party(org.get("representative") or {})]),
        Row([label(tr("Délégué à la protection des données (DPO)",
                      "Data protection officer (DPO)")), party(org.get("dpo") or {})]),
        Row([label(tr("Édition", "Edition")), edition_cell]),
        Row([label(tr("Date de l'export", "Date of export")),
             [para(format_datetime(exported_at, lang), "body")]]),
        Row([label(tr("Nombre d'activités", "Number of activities")),
             [para(str(len(activities)), "body")]]),
        Row([label(tr("Complétude", "Completeness")), statement]),
        Row([label(tr("Empreinte SHA-256 du contenu", "SHA-256 fingerprint of the content")),
             [para(fingerprint, "cell")]]),
    ]

    def build(pager: Pager) -> None:
        pager.mark("cover", tr("Page de garde", "Cover"), 0)
        pager.y -= 18 * mm
        pager.text(MARGIN_X, pager.y - 22, "title",
                   tr("Registre des activités de traitement", "Record of processing activities"))
        pager.y -= 28 + 2 * mm
        pager.text(MARGIN_X, pager.y - 11, "subtitle",
                   tr("Article 30 du règlement (UE) 2016/679 (RGPD)",
                      "Article 30 of Regulation (EU) 2016/679 (GDPR)"))
        pager.y -= 15 + 12 * mm
        layout.table(pager, MARGIN_X, [55 * mm, CONTENT_WIDTH - 55 * mm], rows, style=COVER_STYLE)
        pager.y -= 10 * mm
        note = tr("L'empreinte identifie le contenu exact du registre à la date de l'export : "
                  "toute modification du registre en change la valeur. Données au format {v}.",
                  "The fingerprint identifies the exact content of the register at the date of "
                  "export: any change to the register changes its value. Data in format {v}.",
                  v=register_version or "—")
        pager.paragraph(para(note, "small"), MARGIN_X, CONTENT_WIDTH)

    pager = Pager()
    build(pager)
    return pager.pages
