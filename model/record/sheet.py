"""One activity's sheet: its sections and rows, laid out as measured text.

A sheet depends only on its activity, the list entries it names, the record's language and
`LAYOUT_VERSION`: that is what `model.record.cache` hashes, so a sheet is laid out once and
kept until one of those changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm

from model.check import conflicting_bases
from model.core import catalogue, vocab
from model.core.i18n import t_in
from model.exchange.importer import parse_bases
from model.record import layout
from model.record.layout import Cell, Page, Pager, Para, Row, TableStyle, para
from model.record.styles import (
    CONTENT_WIDTH,
    MARGIN_X,
    format_date,
    parse_datetime,
    shorten,
    width,
)
from model.record.terms import (
    Lookups,
    basis_article,
    basis_label,
    category_flags,
    dict_list,
    is_draft,
    says_more,
    str_list,
    term_label,
    text,
)

# Bump when a sheet's look or content changes: cached sheets of older layouts are not reused.
LAYOUT_VERSION = 1

LABEL_WIDTH = 48 * mm
BAR_HEIGHT = 3.5 + 11 + 4.5


@dataclass
class SheetRow:
    key: str
    label: str
    cell: Cell
    missing: bool = False


@dataclass
class Section:
    key: str
    title: str
    rows: list[SheetRow]


def _missing(lang: str) -> Cell:
    return [para(t_in(lang, "Non renseigné", "Not provided"), "missing")]


def _none(lang: str, fr: str = "—", en: str = "—") -> Cell:
    return [para(t_in(lang, fr, en), "small")]


def _items(items: list[list[tuple[str, str]]]) -> Cell:
    """One item is a plain paragraph; several become bullets with hanging indents."""
    if len(items) == 1:
        return [layout.Para(items[0])]
    return [layout.Para(spans, bullet=True) for spans in items]


def field_label(key: str, lang: str) -> str:
    """A row's label: the field's, as the catalogue declares it."""
    return catalogue.by_key(key).label(lang)


def sections(activity: dict[str, Any], lk: Lookups, lang: str) -> list[Section]:
    """What the sheet says, section by section, before any layout."""

    def tr(fr: str, en: str, **params: object) -> str:
        return t_in(lang, fr, en, **params)

    def lab(key: str) -> str:
        return field_label(key, lang)

    def row(key: str, label: str, value: object, *, mandatory: bool = False) -> SheetRow:
        v = text(value)
        if v:
            return SheetRow(key, label, [para(v)])
        if mandatory:
            return SheetRow(key, label, _missing(lang), True)
        return SheetRow(key, label, _none(lang))

    def listed(key: str, label: str, items: list[list[tuple[str, str]]], *, mandatory: bool,
               fr: str = "—", en: str = "—") -> SheetRow:
        if items:
            return SheetRow(key, label, _items(items))
        if mandatory:
            return SheetRow(key, label, _missing(lang), True)
        return SheetRow(key, label, _none(lang, fr, en))

    ref = text(activity.get("reference"))
    name = text(activity.get("name"))

    # identification
    status = text(activity.get("status"))
    status_label = term_label(vocab.STATUSES, status, lang) if status else "—"
    validated_by = text(activity.get("validated_by"))
    validated_at = parse_datetime(activity.get("validated_at"))
    validation = ""
    if validated_by and validated_at:
        validation = tr("validée par {who} le {when}", "validated by {who} on {when}",
                        who=validated_by, when=format_date(validated_at.date(), lang))
    elif validated_by:
        validation = tr("validée par {who}", "validated by {who}", who=validated_by)
    elif validated_at:
        validation = tr("validée le {when}", "validated on {when}",
                        when=format_date(validated_at.date(), lang))
    status_spans = [(status_label, "draft" if is_draft(activity) else "cell")]
    if validation:
        status_spans.append((f"— {validation}", "cell"))
    created = parse_datetime(activity.get("created_at"))
    updated = parse_datetime(activity.get("updated_at"))
    dates = []
    if created:
        dates.append(tr("créée le {d}", "created on {d}", d=format_date(created.date(), lang)))
    if updated:
        dates.append(tr("modifiée le {d}", "updated on {d}", d=format_date(updated.date(), lang)))
    ident = [
        row("reference", lab("reference"), ref),
        row("name", lab("name"), name),
        row("purpose", lab("purpose"), activity.get("purpose"), mandatory=True),
        row("business_function", lab("business_function"),
            activity.get("business_function")),
        SheetRow("status", lab("status"), [Para(status_spans)]),
        row("joint_controller", lab("joint_controller"),
            activity.get("joint_controller")),
        row("dates", tr("Dates", "Dates"), ", ".join(dates)),
    ]

    # data
    subjects = str_list(activity.get("data_subjects"))
    cats = str_list(activity.get("data_categories"))
    cats_text = text(activity.get("data_categories_text"))
    cat_items = []
    for c in cats:
        spans = [(c, "cell")]
        flags = category_flags(c, lk, lang)
        if flags:
            spans.append((f"({', '.join(flags)})", "cell_flag"))
        cat_items.append(spans)
    data_rows = [
        listed("data_subjects", lab("data_subjects"),
               [[(x, "cell")] for x in subjects], mandatory=True),
        listed("data_categories", lab("data_categories"), cat_items,
               mandatory=True),
    ]
    if cats_text and says_more(cats_text, *cats):
        data_rows.append(SheetRow("data_categories_text", lab("data_categories_text"),
                                  [para(cats_text, "verbatim")]))
    data_rows.append(row("data_source", lab("data_source"),
                         activity.get("data_source")))

    # lawfulness
    bases = dict_list(activity.get("legal_bases"))
    basis_items = []
    known = []
    for basis in bases:
        code = text(basis.get("code"))
        article = basis_article(code, basis.get("article"), lk)
        label = basis_label(code, lk, lang)
        spans = [(label, "cell_b")]
        if article:
            spans.append(("— " + tr("art. {a}", "Art. {a}", a=article), "cell"))
        justification = text(basis.get("justification"))
        if justification:
            spans.append(("\n" + justification, "cell"))
        basis_items.append(spans)
        term = vocab.by_code(vocab.LEGAL_BASES, code)
        known += [label, justification, term.fr if term else "", term.en if term else ""]
    law_rows = [listed("legal_bases", lab("legal_bases"), basis_items,
                       mandatory=True)]
    basis_text = text(activity.get("legal_basis_text"))
    if basis_text and printable_basis_text(activity):
        law_rows.append(SheetRow("legal_basis_text", lab("legal_basis_text"),
                                 [para(basis_text, "verbatim")]))
    special = any(lk.categories.get(c, {}).get("special") for c in cats)
    art9 = text(activity.get("art9_condition"))
    if special or art9:
        if art9:
            term = vocab.by_code(vocab.ART9_CONDITIONS, art9)
            label = term.label(lang) if term else art9
            art = f" — {tr('art. {a}', 'Art. {a}', a=term.article)}" if term else ""
            law_rows.append(SheetRow("art9_condition",
                                     lab("art9_condition"),
                                     [para(label + art)]))
        else:
            law_rows.append(SheetRow("art9_condition",
                                     lab("art9_condition"),
                                     _missing(lang), True))

    # recipients and transfers
    recipient_items = []
    for rec in str_list(activity.get("recipients")):
        kind = text(lk.recipients.get(rec, {}).get("kind"))
        spans = [(rec, "cell")]
        if kind:
            spans.append((f"({term_label(vocab.RECIPIENT_KINDS, kind, lang)})", "cell_muted"))
        recipient_items.append(spans)
    transfer_items = []
    for tx in dict_list(activity.get("transfers")):
        if not any(text(v) for v in tx.values()):
            continue
        head = " — ".join(x for x in (text(tx.get("country")), text(tx.get("recipient"))) if x)
        spans = [(head or tr("Pays non précisé", "Country not given"), "cell_b")]
        code = text(tx.get("safeguard"))
        if code:
            term = vocab.by_code(vocab.SAFEGUARDS, code)
            guard = term.label(lang) if term else code
            if term and term.article:
                guard += " (" + tr("art. {a}", "Art. {a}", a=term.article) + ")"
            spans.append(("\n" + tr("Garantie : {g}", "Safeguard: {g}", g=guard), "cell"))
        else:
            spans.append(("\n" + tr("Garantie non renseignée", "Safeguard not provided"),
                          "cell_flag"))
        detail = text(tx.get("safeguard_detail"))
        if detail:
            spans.append(("\n" + detail, "cell"))
        transfer_items.append(spans)
    rec_rows = [
        listed("recipients", lab("recipients"), recipient_items, mandatory=False,
               fr="Aucun destinataire déclaré", en="No recipient recorded"),
        listed("transfers", lab("transfers"), transfer_items,
               mandatory=False, fr="Aucun transfert déclaré", en="No transfer recorded"),
    ]

    # retention and security
    measures = [[(term_label(vocab.SECURITY_MEASURES, m, lang), "cell")]
                for m in str_list(activity.get("security_measures"))]
    sec_rows = [
        row("retention", lab("retention"),
            activity.get("retention"), mandatory=True),
        listed("security_measures", lab("security_measures"), measures,
               mandatory=False, fr="Aucune mesure déclarée", en="No measure recorded"),
    ]
    own = activity.get("category_retention")
    kept = [[(c, "cell_b"), ("— " + text(own.get(c)), "cell")]
            for c in cats if isinstance(own, dict) and text(own.get(c))]
    if kept:
        sec_rows.insert(1, SheetRow("category_retention", lab("category_retention"),
                                    _items(kept)))
    if text(activity.get("security_other")):
        sec_rows.append(row("security_other", lab("security_other"),
                            activity.get("security_other")))

    # DPIA
    dpia = activity.get("dpia_required")
    if isinstance(dpia, bool):
        dpia_cell: Cell = [para(tr("Requise", "Required") if dpia
                                else tr("Non requise", "Not required"))]
    else:
        dpia_cell = _none(lang, "Non évaluée", "Not assessed")
    dpia_rows = [SheetRow("dpia_required", lab("dpia_required"), dpia_cell)]
    if text(activity.get("dpia_reason")):
        dpia_rows.append(row("dpia_reason", lab("dpia_reason"), activity.get("dpia_reason")))

    return [
        Section("identification", tr("Identification", "Identification"), ident),
        Section("data", tr("Personnes et données", "Data subjects and data"), data_rows),
        Section("lawfulness", tr("Licéité", "Lawfulness"), law_rows),
        Section("recipients", tr("Destinataires et transferts", "Recipients and transfers"),
                rec_rows),
        Section("retention", tr("Conservation et sécurité", "Retention and security"), sec_rows),
        Section("dpia", tr("Analyse d'impact (AIPD)", "Data protection impact assessment (DPIA)"),
                dpia_rows),
    ]


def printable_basis_text(activity: dict[str, Any]) -> bool:
    """The imported basis wording is printed when it says something the bases do not and
    names no basis the activity does not have (that case is a completeness finding)."""
    raw = text(activity.get("legal_basis_text"))
    if not raw or conflicting_bases(activity):
        return False
    _, unmapped = parse_bases(raw)
    return bool(unmapped.strip()) and says_more(
        unmapped, *(text(b.get("justification")) for b in dict_list(activity.get("legal_bases")))
    )


def _section_bar(title: str, heading: str) -> Callable[[Pager], None]:
    def draw(pager: Pager) -> None:
        top = pager.y
        pager.rect(MARGIN_X, top - BAR_HEIGHT, CONTENT_WIDTH, BAR_HEIGHT, "accent")
        base = top - 3.5 - 9
        pager.text(MARGIN_X + 5, base, "section", title)
        ref = shorten(heading, 44)
        pager.text(MARGIN_X + CONTENT_WIDTH - 5 - width(ref, "section_ref"), base,
                   "section_ref", ref)
        pager.y = top - BAR_HEIGHT

    return draw


def lay_out(activity: dict[str, Any], lk: Lookups, lang: str, title: str, key: str) -> list[Page]:
    """The sheet's pages; its first page carries the destination `key` and its bookmark."""
    parts = sections(activity, lk, lang)
    draft = is_draft(activity)

    def build(pager: Pager) -> None:
        pager.mark(key, title, 1)
        style = "h2"
        lines = layout.wrap(Para([(title, style)]), CONTENT_WIDTH - (60 if draft else 0))
        for runs in lines:
            pager.y -= 16
            for dx, txt, st in runs:
                pager.text(MARGIN_X + dx, pager.y + 3.5, st, txt)
        if draft:  # said where the eye lands first, not only in the status row
            label = t_in(lang, "BROUILLON", "DRAFT")
            w = width(label, "draft") + 8
            x = MARGIN_X + CONTENT_WIDTH - w
            y = pager.y + 16 * len(lines) - 14
            pager.rect(x, y - 3, w, 13, "draft_bg")
            pager.text(x + 4, y, "draft", label)
        pager.y -= 3 + 2 * mm
        for section in parts:
            rows = [
                Row([[para(r.label, "label")], r.cell], [None, "missing_bg" if r.missing else None])
                for r in section.rows
            ]
            layout.table(pager, MARGIN_X, [LABEL_WIDTH, CONTENT_WIDTH - LABEL_WIDTH], rows,
                         style=TableStyle(), header=_section_bar(section.title, title),
                         header_height=BAR_HEIGHT)
            pager.space(3 * mm)

    return layout.with_full_pages(build)
