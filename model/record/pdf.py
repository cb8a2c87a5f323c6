"""The PDF record of processing activities, built from a `registre/1` export.

The record is what a regulator reads, so it works from the JSON export (the one
lossless view of the register) and never from the store. Every font is the
embedded DejaVu Sans shipped in `resources/fonts`: an unembedded base-14 font
would render differently on every reader and cannot show every character.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    LongTable,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

import resources
from model.core import vocab
from model.core.errors import RegistreError
from model.core.files import replacing
from model.core.i18n import t_in
from model.exchange.jsondoc import FORMAT

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 22 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

# Where the visible signature goes on the last page (the signature page), in PDF
# points (x1, y1, x2, y2). `model.signing.pades` places the signature field there.
SIGNATURE_BOX: tuple[int, int, int, int] = (
    round(MARGIN_X),
    round(MARGIN_BOTTOM + 40 * mm),
    round(PAGE_WIDTH / 2 - 4 * mm),
    round(MARGIN_BOTTOM + 80 * mm),
)
SIGNATURE_FIELD = "Signature"
# The countersignature (the legal representative's, after the DPO's): to the right of the
# first, in reading order.
COUNTERSIGNATURE_BOX: tuple[int, int, int, int] = (
    round(PAGE_WIDTH / 2 + 4 * mm),
    SIGNATURE_BOX[1],
    round(PAGE_WIDTH - MARGIN_X),
    SIGNATURE_BOX[3],
)
COUNTERSIGNATURE_FIELD = "Countersignature"

# The summary is an overview; the full purpose is on each activity's sheet.
SUMMARY_PURPOSE_CHARS = 300

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
ACCENT = colors.HexColor("#1d4e89")
RULE = colors.HexColor("#9aa5b1")
SHADE = colors.HexColor("#e8eef5")
MISSING_INK = colors.HexColor("#b42318")
MISSING_BG = colors.HexColor("#fdecea")
MISSING_HEX = "#b42318"
MUTED_HEX = "#52606d"


@dataclass(frozen=True)
class SignerInfo:
    """Who signs the record, printed on the signature page before signing."""

    name: str
    role: str = ""
    place: str = ""
    date: date | None = None
    certificate_fingerprint: str = ""  # SHA-256 of the signing certificate, when known
    self_signed: bool = False


_fonts_registered = False


def font_path(name: str = FONT) -> Path:
    """The shipped font's file: reportlab and pyHanko open fonts by path."""
    return resources.path("fonts", f"{name}.ttf")


def register_fonts() -> None:
    """Register DejaVu Sans once, as a family, so <b> and <i> stay embedded."""
    global _fonts_registered
    if _fonts_registered:
        return
    for name in (FONT, FONT_BOLD, FONT_ITALIC, FONT_BOLD_ITALIC):
        pdfmetrics.registerFont(TTFont(name, str(font_path(name))))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
    )
    _fonts_registered = True


# --- text helpers -------------------------------------------------------------------------

_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
)  # fmt: skip
_MONTHS_FR = (
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet",
    "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip


def format_date(value: date, lang: str) -> str:
    """A date spelled out, so that 03/04 cannot be read the wrong way round."""
    if lang == "en":
        return f"{value.day} {_MONTHS_EN[value.month - 1]} {value.year}"
    day = "1er" if value.day == 1 else str(value.day)
    return f"{day} {_MONTHS_FR[value.month - 1]} {value.year}"


def format_datetime(value: datetime, lang: str) -> str:
    zone = value.strftime("%Z") if value.tzinfo else ""
    time = value.strftime("%H:%M") + (f" {zone}" if zone else "")
    return t_in(lang, "{d} à {t}", "{d} at {t}", d=format_date(value.date(), lang), t=time)


def _parse_datetime(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _markup(value: str) -> str:
    """User text as Paragraph markup: escaped, line breaks kept."""
    return "<br/>".join(escape(line) for line in value.splitlines())


def _shorten(value: str, limit: int) -> str:
    value = " ".join(value.split())
    if len(value) <= limit:
        return value
    cut = value[:limit].rsplit(" ", 1)[0]
    return cut + " …"


def _ellipsize(value: str, font: str, size: float, width: float) -> str:
    if pdfmetrics.stringWidth(value, font, size) <= width:
        return value
    while value and pdfmetrics.stringWidth(value + "…", font, size) > width:
        value = value[:-1]
    return value.rstrip() + "…"


# --- styles -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    bullet: ParagraphStyle
    cell_head: ParagraphStyle
    label: ParagraphStyle
    missing: ParagraphStyle
    verbatim: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    section: ParagraphStyle
    section_ref: ParagraphStyle
    cover_label: ParagraphStyle


def _styles() -> _Styles:
    body = ParagraphStyle(
        "body", fontName=FONT, fontSize=9.5, leading=13, textColor=INK, splitLongWords=1
    )
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11)
    return _Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10.5, textColor=MUTED),
        cell=cell,
        bullet=ParagraphStyle(
            "bullet",
            parent=cell,
            leftIndent=8,
            bulletIndent=0,
            bulletFontName=FONT,
            bulletFontSize=8.5,
            spaceAfter=1,
        ),
        cell_head=ParagraphStyle("cell_head", parent=cell, fontName=FONT_BOLD, textColor=INK),
        label=ParagraphStyle("label", parent=cell, fontName=FONT_BOLD, textColor=MUTED),
        missing=ParagraphStyle(
            "missing", parent=cell, fontName=FONT_BOLD_ITALIC, textColor=MISSING_INK
        ),
        verbatim=ParagraphStyle("verbatim", parent=cell, fontName=FONT_ITALIC, textColor=INK),
        title=ParagraphStyle(
            "title", parent=body, fontName=FONT_BOLD, fontSize=22, leading=28, textColor=ACCENT
        ),
        subtitle=ParagraphStyle(
            "subtitle",
            parent=body,
            fontName=FONT_ITALIC,
            fontSize=11,
            leading=15,
            textColor=MUTED,
        ),
        h1=ParagraphStyle(
            "h1",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=15,
            leading=19,
            textColor=ACCENT,
            spaceAfter=8,
        ),
        h2=ParagraphStyle(
            "h2",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=12.5,
            leading=16,
            textColor=ACCENT,
            spaceAfter=3,
        ),
        section=ParagraphStyle(
            "section", parent=cell, fontName=FONT_BOLD, fontSize=9, textColor=colors.white
        ),
        section_ref=ParagraphStyle(
            "section_ref",
            parent=cell,
            fontSize=7.5,
            textColor=colors.HexColor("#d9e2ec"),
            alignment=TA_RIGHT,
        ),
        cover_label=ParagraphStyle(
            "cover_label", parent=body, fontName=FONT_BOLD, fontSize=9, textColor=MUTED
        ),
    )


# --- page furniture -----------------------------------------------------------------------


def _table_style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """A table style whose plain-string cells use DejaVu, never the base-14 Helvetica."""
    return TableStyle([("FONT", (0, 0), (-1, -1), FONT, 8.5), *commands])


class _RecordCanvas(Canvas):  # type: ignore[misc]
    """A canvas that prints "Page X of Y": Y is a form drawn once the page count is known."""

    total_form = "registreTotalPages"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("initialFontName", FONT)
        kwargs.setdefault("initialFontSize", 9)
        super().__init__(*args, **kwargs)

    def save(self) -> None:
        self.beginForm(self.total_form)
        self.setFont(FONT, 7.5)
        self.setFillColor(MUTED)
        self.drawString(0, 0, str(self.getPageNumber() - 1))
        self.endForm()
        super().save()


class _RecordDoc(BaseDocTemplate):  # type: ignore[misc]
    """Page templates plus the per-page header, footer and outline bookkeeping."""

    def __init__(
        self,
        filename: str | BinaryIO,
        *,
        record_lang: str,
        org_name: str,
        fingerprint: str,
        signer_role: str = "",
        **kwargs: Any,
    ) -> None:
        super().__init__(filename, **kwargs)
        self.signer_role = signer_role
        self.record_lang = record_lang
        self.org_name = org_name
        self.fingerprint = fingerprint
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            CONTENT_WIDTH,
            PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        sign_bottom = SIGNATURE_BOX[3] + 12 * mm
        sign_frame = Frame(
            MARGIN_X,
            sign_bottom,
            CONTENT_WIDTH,
            PAGE_HEIGHT - MARGIN_TOP - sign_bottom,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="sign",
        )
        self.addPageTemplates(
            [
                PageTemplate("body", [frame], onPage=self._furniture),
                PageTemplate("signature", [sign_frame], onPage=self._signature_page),
            ]
        )

    def _furniture(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        lang = self.record_lang
        canv.saveState()
        top = PAGE_HEIGHT - 13 * mm
        title = t_in(
            lang, "Registre des activités de traitement", "Record of processing activities"
        )
        canv.setFillColor(MUTED)
        canv.setFont(FONT, 7.5)
        title_width = pdfmetrics.stringWidth(title, FONT, 7.5)
        canv.drawRightString(PAGE_WIDTH - MARGIN_X, top, title)
        canv.setFont(FONT_BOLD, 7.5)
        name = _ellipsize(self.org_name, FONT_BOLD, 7.5, CONTENT_WIDTH - title_width - 10 * mm)
        canv.drawString(MARGIN_X, top, name)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN_X, top - 2.5 * mm, PAGE_WIDTH - MARGIN_X, top - 2.5 * mm)

        bottom = 11 * mm
        canv.line(MARGIN_X, bottom + 4 * mm, PAGE_WIDTH - MARGIN_X, bottom + 4 * mm)
        canv.setFont(FONT, 7.5)
        page = t_in(lang, "Page {n} sur ", "Page {n} of ", n=canv.getPageNumber())
        canv.drawString(MARGIN_X, bottom, page)
        canv.saveState()
        canv.translate(MARGIN_X + pdfmetrics.stringWidth(page, FONT, 7.5), bottom)
        canv.doForm(_RecordCanvas.total_form)
        canv.restoreState()
        canv.setFont(FONT, 6.5)
        canv.drawRightString(
            PAGE_WIDTH - MARGIN_X,
            bottom,
            t_in(lang, "Empreinte SHA-256 : {f}", "SHA-256 fingerprint: {f}", f=self.fingerprint),
        )
        canv.restoreState()

    def _signature_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        self._furniture(canv, doc)
        x1, y1, x2, y2 = SIGNATURE_BOX
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setDash(2, 2)
        canv.setLineWidth(0.6)
        canv.rect(x1, y1, x2 - x1, y2 - y1)
        canv.setFillColor(MUTED)
        canv.setFont(FONT, 7.5)
        role = self.signer_role
        canv.drawString(
            x1,
            y2 + 2 * mm,
            t_in(self.record_lang, "Signature : {r}", "Signature: {r}", r=role)
            if role else t_in(self.record_lang, "Signature", "Signature"),
        )
        x1, y1, x2, y2 = COUNTERSIGNATURE_BOX
        canv.rect(x1, y1, x2 - x1, y2 - y1)
        canv.drawString(
            x1, y2 + 2 * mm, t_in(self.record_lang, "Contre-signature", "Countersignature")
        )
        canv.restoreState()


class _Bookmark(Flowable):  # type: ignore[misc]
    """Zero-size marker: a PDF outline entry pointing at the page it lands on."""

    def __init__(self, key: str, title: str, level: int) -> None:
        super().__init__()
        self.key = key
        self.title = title
        self.level = level
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return (0, 0)

    def draw(self) -> None:
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, level=self.level, closed=self.level > 0)


# --- lookups ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Lookups:
    categories: dict[str, dict[str, Any]]
    recipients: dict[str, dict[str, Any]]
    bases: dict[str, dict[str, Any]]


def _lookups(doc: dict[str, Any]) -> _Lookups:
    def index(items: object, key: str) -> dict[str, dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {}
        if isinstance(items, list):
            for item in items:
                if isinstance(item, dict) and isinstance(item.get(key), str):
                    out.setdefault(item[key], item)
        return out

    return _Lookups(
        categories=index(doc.get("data_categories"), "name"),
        recipients=index(doc.get("recipients"), "name"),
        bases=index(doc.get("legal_bases"), "code"),
    )


def _basis_label(code: str, lookups: _Lookups, lang: str) -> str:
    entry = lookups.bases.get(code, {})
    label = _text(entry.get("label_en" if lang == "en" else "label_fr"))
    if label:
        return label
    term = vocab.by_code(vocab.LEGAL_BASES, code)
    return term.label(lang) if term else code


def _basis_article(code: str, given: object, lookups: _Lookups) -> str:
    article = _text(given) or _text(lookups.bases.get(code, {}).get("article"))
    if not article:
        term = vocab.by_code(vocab.LEGAL_BASES, code)
        article = term.article if term else ""
    return article


def _term_label(vocabulary: tuple[vocab.Term, ...], code: str, lang: str) -> str:
    term = vocab.by_code(vocabulary, code)
    return term.label(lang) if term else code


def _category_flags(name: str, lookups: _Lookups, lang: str) -> list[str]:
    entry = lookups.categories.get(name, {})
    flags = []
    if entry.get("special"):
        flags.append(t_in(lang, "catégorie particulière, art. 9", "special category, Art. 9"))
    if entry.get("criminal"):
        flags.append(t_in(lang, "infractions, art. 10", "criminal offences, Art. 10"))
    return flags


def _str_list(value: object) -> list[str]:
    if not isinstance(value, list):
        return []
    return [item.strip() for item in value if isinstance(item, str) and item.strip()]


def _dict_list(value: object) -> list[dict[str, Any]]:
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, dict)]


# --- the builder --------------------------------------------------------------------------


class _Builder:
    """Turns the export document into the story of flowables."""

    def __init__(self, doc: dict[str, Any], lang: str) -> None:
        self.doc = doc
        self.lang = lang
        self.s = _styles()
        self.lk = _lookups(doc)

    def tr(self, fr: str, en: str, **params: object) -> str:
        return t_in(self.lang, fr, en, **params)

    # -- small pieces

    def missing(self) -> Paragraph:
        return Paragraph(escape(self.tr("Non renseigné", "Not provided")), self.s.missing)

    def none(self, fr: str = "—", en: str = "—") -> Paragraph:
        return Paragraph(escape(self.tr(fr, en)), self.s.small)

    def para(self, value: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(_markup(value), style or self.s.cell)

    def bullets(self, items: Sequence[str]) -> Flowable | list[Flowable]:
        """Items already in markup; several become a list with hanging indents."""
        if len(items) == 1:
            return Paragraph(items[0], self.s.cell)
        return [Paragraph(item, self.s.bullet, bulletText="•") for item in items]

    def category_markup(self, name: str) -> str:
        flags = _category_flags(name, self.lk, self.lang)
        text = escape(name)
        if flags:
            flag_text = escape(", ".join(flags))
            text += f' <font color="{MISSING_HEX}"><i>({flag_text})</i></font>'
        return text

    def short_category(self, name: str) -> str:
        """A category for the summary: its name and the article that makes it sensitive."""
        entry = self.lk.categories.get(name, {})
        marks = [
            m
            for m, on in (("art. 9", entry.get("special")), ("art. 10", entry.get("criminal")))
            if on
        ]
        text = escape(name)
        if marks:
            text += f' <font color="{MISSING_HEX}"><i>({", ".join(marks)})</i></font>'
        return text

    # -- cover

    def cover(
        self, *, fingerprint: str, register_version: str, exported_at: datetime
    ) -> list[Flowable]:
        s = self.s
        org = self.doc.get("organisation") or {}
        activities = _dict_list(self.doc.get("activities"))
        story: list[Flowable] = [
            _Bookmark("cover", self.tr("Page de garde", "Cover"), 0),
            Spacer(1, 18 * mm),
            Paragraph(
                escape(
                    self.tr(
                        "Registre des activités de traitement", "Record of processing activities"
                    )
                ),
                s.title,
            ),
            Spacer(1, 2 * mm),
            Paragraph(
                escape(
                    self.tr(
                        "Article 30 du règlement (UE) 2016/679 (RGPD)",
                        "Article 30 of Regulation (EU) 2016/679 (GDPR)",
                    )
                ),
                s.subtitle,
            ),
            Spacer(1, 12 * mm),
        ]

        def party(label: str, person: dict[str, Any]) -> list[list[Flowable]]:
            """The representative or the DPO: Article 30 names them only where there is one."""
            parts = [
                _markup(_text(person.get("name"))) if _text(person.get("name")) else "",
                _markup(_text(person.get("address"))),
            ]
            contacts = [c for c in (_text(person.get("phone")), _text(person.get("email"))) if c]
            if contacts:
                parts.append(escape(" · ".join(contacts)))
            parts = [p for p in parts if p]
            if parts:
                cell = Paragraph("<br/>".join(parts), s.body)
            else:
                cell = Paragraph(escape(self.tr("Non désigné", "Not designated")), s.small)
            return [[Paragraph(escape(label), s.cover_label), cell]]

        org_cells: list[str] = []
        if _text(org.get("name")):
            org_cells.append(f"<b>{_markup(_text(org['name']))}</b>")
        if _text(org.get("address")):
            org_cells.append(_markup(_text(org["address"])))
        if _text(org.get("registration_number")):
            org_cells.append(
                escape(
                    self.tr(
                        "N° d'immatriculation : {n}",
                        "Registration number: {n}",
                        n=_text(org["registration_number"]),
                    )
                )
            )
        contacts = [c for c in (_text(org.get("phone")), _text(org.get("email"))) if c]
        if contacts:
            org_cells.append(escape(" · ".join(contacts)))
        rows: list[list[Flowable]] = [
            [
                Paragraph(
                    escape(self.tr("Responsable du traitement", "Controller")), s.cover_label
                ),
                Paragraph("<br/>".join(org_cells), s.body) if org_cells else self.missing(),
            ]
        ]
        rows += party(
            self.tr("Représentant", "Representative"),
            org.get("representative") or {},
        )
        rows += party(
            self.tr("Délégué à la protection des données (DPO)", "Data protection officer (DPO)"),
            org.get("dpo") or {},
        )
        facts = [
            (
                self.tr("Date de l'export", "Date of export"),
                escape(format_datetime(exported_at, self.lang)),
            ),
            (self.tr("Nombre d'activités", "Number of activities"), str(len(activities))),
            (self.tr("Version du registre", "Register version"), escape(register_version or "—")),
            (
                self.tr("Empreinte SHA-256 du contenu", "SHA-256 fingerprint of the content"),
                f'<font name="{FONT}" size="8">{escape(fingerprint)}</font>',
            ),
        ]
        rows += [[Paragraph(escape(k), s.cover_label), Paragraph(v, s.body)] for k, v in facts]
        table = Table(rows, colWidths=[55 * mm, CONTENT_WIDTH - 55 * mm])
        table.setStyle(
            _table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        story.append(table)
        story.append(Spacer(1, 10 * mm))
        story.append(
            Paragraph(
                escape(
                    self.tr(
                        "L'empreinte identifie le contenu exact du registre à la date de "
                        "l'export : "
                        "toute modification du registre en change la valeur.",
                        "The fingerprint identifies the exact content of the register at the "
                        "date of "
                        "export: any change to the register changes its value.",
                    )
                ),
                s.small,
            )
        )
        story.append(PageBreak())
        return story

    # -- summary

    def summary(self) -> list[Flowable]:
        s = self.s
        activities = _dict_list(self.doc.get("activities"))
        story: list[Flowable] = [
            _Bookmark("summary", self.tr("Synthèse des activités", "Summary of activities"), 0),
            Paragraph(escape(self.tr("Synthèse des activités", "Summary of activities")), s.h1),
        ]
        head = [
            Paragraph(escape(x), s.cell_head)
            for x in (
                self.tr("Réf.", "Ref."),
                self.tr("Activité et finalité", "Activity and purpose"),
                self.tr("Catégories de données", "Data categories"),
                self.tr("Bases légales", "Legal bases"),
            )
        ]
        rows: list[list[Flowable]] = [head]
        for activity in activities:
            name = _text(activity.get("name"))
            purpose = _text(activity.get("purpose"))
            parts = []
            if name:
                parts.append(f"<b>{escape(name)}</b>")
            if purpose:
                parts.append(escape(_shorten(purpose, SUMMARY_PURPOSE_CHARS)))
            else:
                parts.append(
                    f'<font color="{MISSING_HEX}"><b><i>'
                    f"{escape(self.tr('Finalité non renseignée', 'Purpose not provided'))}"
                    "</i></b></font>"
                )
            cats = _str_list(activity.get("data_categories"))
            bases = _dict_list(activity.get("legal_bases"))
            row: list[Flowable] = [
                self.para(_text(activity.get("reference")) or "—"),
                Paragraph("<br/>".join(parts), s.cell),
                Paragraph(", ".join(self.short_category(c) for c in cats), s.cell)
                if cats
                else self.missing(),
                self.bullets(
                    [
                        escape(_basis_label(_text(b.get("code")), self.lk, self.lang))
                        + f' <font color="{MUTED_HEX}">'
                        + escape(_basis_article(_text(b.get("code")), b.get("article"), self.lk))
                        + "</font>"
                        for b in bases
                    ]
                )
                if bases
                else self.missing(),
            ]
            rows.append(row)
        if not activities:
            rows.append(
                [self.none(), self.none("Aucune activité", "No activity"), self.none(), self.none()]
            )
        table = LongTable(
            rows,
            colWidths=[20 * mm, 70 * mm, 48 * mm, CONTENT_WIDTH - 138 * mm],
            repeatRows=1,
            splitInRow=1,
        )
        style = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]
        table.setStyle(_table_style(style))
        story.append(table)
        story.append(Spacer(1, 3 * mm))
        story.append(
            Paragraph(
                escape(
                    self.tr(
                        "Les finalités longues sont abrégées ici ; le texte complet figure "
                        "sur la fiche de "
                        "chaque activité.",
                        "Long purposes are shortened here; the full text is on each "
                        "activity's sheet.",
                    )
                ),
                s.small,
            )
        )
        return story

    # -- activity sheets

    def _section(self, title: str, rows: list[tuple[str, Flowable]], heading: str) -> Table:
        """One block of a sheet; its title row, which names the activity, repeats on the
        next page when the block is split, so a loose page still says what it is about."""
        s = self.s
        inner_width = CONTENT_WIDTH - 10
        title_row = Table(
            [
                [
                    Paragraph(escape(title), s.section),
                    Paragraph(escape(_shorten(heading, 44)), s.section_ref),
                ]
            ],
            colWidths=[inner_width * 0.55, inner_width * 0.45],
        )
        title_row.setStyle(
            _table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        data: list[list[Flowable | str]] = [[title_row, ""]]
        style: list[tuple[Any, ...]] = [
            ("SPAN", (0, 0), (1, 0)),
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ]
        for label, value in rows:
            data.append([Paragraph(escape(label), s.label), value])
            if isinstance(value, Paragraph) and value.style is s.missing:
                style.append(("BACKGROUND", (1, len(data) - 1), (1, len(data) - 1), MISSING_BG))
        table = Table(
            data, colWidths=[48 * mm, CONTENT_WIDTH - 48 * mm], repeatRows=1, splitInRow=1
        )
        table.setStyle(_table_style(style))
        return table

    def sheet(self, index: int, activity: dict[str, Any]) -> list[Flowable]:
        s = self.s
        tr = self.tr
        ref = _text(activity.get("reference"))
        name = _text(activity.get("name"))
        heading = " — ".join(x for x in (ref, name) if x) or tr(
            "Activité {n}", "Activity {n}", n=index + 1
        )

        def text_or(value: object, *, mandatory: bool = False) -> Flowable:
            text = _text(value)
            if text:
                return self.para(text)
            return self.missing() if mandatory else self.none()

        # identification
        status = _text(activity.get("status"))
        status_label = _term_label(vocab.STATUSES, status, self.lang) if status else "—"
        validated_by = _text(activity.get("validated_by"))
        validated_at = _parse_datetime(activity.get("validated_at"))
        validation = ""
        if validated_by and validated_at:
            validation = tr(
                "validée par {who} le {when}",
                "validated by {who} on {when}",
                who=validated_by,
                when=format_date(validated_at.date(), self.lang),
            )
        elif validated_by:
            validation = tr("validée par {who}", "validated by {who}", who=validated_by)
        elif validated_at:
            validation = tr(
                "validée le {when}",
                "validated on {when}",
                when=format_date(validated_at.date(), self.lang),
            )
        status_text = escape(status_label) + (f" — {escape(validation)}" if validation else "")
        created = _parse_datetime(activity.get("created_at"))
        updated = _parse_datetime(activity.get("updated_at"))
        dates = []
        if created:
            dates.append(
                tr("créée le {d}", "created on {d}", d=format_date(created.date(), self.lang))
            )
        if updated:
            dates.append(
                tr("modifiée le {d}", "updated on {d}", d=format_date(updated.date(), self.lang))
            )
        ident = [
            (tr("Référence", "Reference"), text_or(ref)),
            (tr("Nom du traitement", "Name of the processing"), text_or(name)),
            (tr("Finalité(s)", "Purpose(s)"), text_or(activity.get("purpose"), mandatory=True)),
            (
                tr("Fonction ou service", "Business function"),
                text_or(activity.get("business_function")),
            ),
            (tr("Statut", "Status"), Paragraph(status_text, s.cell)),
            (
                tr("Responsable conjoint", "Joint controller"),
                text_or(activity.get("joint_controller")),
            ),
            (tr("Dates", "Dates"), self.para(", ".join(dates)) if dates else self.none()),
        ]

        # data
        subjects = _str_list(activity.get("data_subjects"))
        cats = _str_list(activity.get("data_categories"))
        cats_text = _text(activity.get("data_categories_text"))
        data_rows = [
            (
                tr("Personnes concernées", "Data subjects"),
                self.bullets([escape(x) for x in subjects]) if subjects else self.missing(),
            ),
            (
                tr("Catégories de données", "Data categories"),
                self.bullets([self.category_markup(c) for c in cats]) if cats else self.missing(),
            ),
        ]
        if cats_text:
            data_rows.append(
                (
                    tr("Catégories (texte importé)", "Categories (imported text)"),
                    self.para(cats_text, s.verbatim),
                )
            )
        data_rows.append(
            (tr("Source des données", "Data source"), text_or(activity.get("data_source")))
        )

        # lawfulness
        bases = _dict_list(activity.get("legal_bases"))
        basis_items = []
        for basis in bases:
            code = _text(basis.get("code"))
            article = _basis_article(code, basis.get("article"), self.lk)
            item = f"<b>{escape(_basis_label(code, self.lk, self.lang))}</b>"
            if article:
                item += " — " + escape(tr("art. {a}", "Art. {a}", a=article))
            justification = _text(basis.get("justification"))
            if justification:
                item += f"<br/>{_markup(justification)}"
            basis_items.append(item)
        law_rows = [
            (
                tr("Bases légales", "Legal bases"),
                self.bullets(basis_items) if basis_items else self.missing(),
            ),
        ]
        basis_text = _text(activity.get("legal_basis_text"))
        if basis_text:
            law_rows.append(
                (
                    tr("Base légale (texte importé)", "Legal basis (imported text)"),
                    self.para(basis_text, s.verbatim),
                )
            )
        special = any(self.lk.categories.get(c, {}).get("special") for c in cats)
        art9 = _text(activity.get("art9_condition"))
        if special or art9:
            if art9:
                term = vocab.by_code(vocab.ART9_CONDITIONS, art9)
                label = term.label(self.lang) if term else art9
                art = f" — {tr('art. {a}', 'Art. {a}', a=term.article)}" if term else ""
                art9_cell: Flowable = self.para(label + art)
            else:
                art9_cell = self.missing()
            law_rows.append((tr("Condition de l'article 9", "Article 9 condition"), art9_cell))

        # recipients and transfers
        recipients = _str_list(activity.get("recipients"))
        recipient_items = []
        for rec in recipients:
            kind = _text(self.lk.recipients.get(rec, {}).get("kind"))
            item = escape(rec)
            if kind:
                kind_label = escape(_term_label(vocab.RECIPIENT_KINDS, kind, self.lang))
                item += f' <font color="{MUTED_HEX}">({kind_label})</font>'
            recipient_items.append(item)
        transfers = [
            tx for tx in _dict_list(activity.get("transfers")) if any(_text(v) for v in tx.values())
        ]
        transfer_items = []
        for tx in transfers:
            head = " — ".join(
                escape(x) for x in (_text(tx.get("country")), _text(tx.get("recipient"))) if x
            )
            code = _text(tx.get("safeguard"))
            if code:
                term = vocab.by_code(vocab.SAFEGUARDS, code)
                guard = term.label(self.lang) if term else code
                if term and term.article:
                    guard += " (" + tr("art. {a}", "Art. {a}", a=term.article) + ")"
                guard_markup = escape(tr("Garantie : {g}", "Safeguard: {g}", g=guard))
            else:
                guard_markup = (
                    f'<font color="{MISSING_HEX}"><i>'
                    + escape(tr("Garantie non renseignée", "Safeguard not provided"))
                    + "</i></font>"
                )
            detail = _text(tx.get("safeguard_detail"))
            item = f"<b>{head or escape(tr('Pays non précisé', 'Country not given'))}</b>"
            item += f"<br/>{guard_markup}"
            if detail:
                item += f"<br/>{_markup(detail)}"
            transfer_items.append(item)
        rec_rows = [
            (
                tr("Destinataires", "Recipients"),
                self.bullets(recipient_items)
                if recipient_items
                else self.none("Aucun destinataire déclaré", "No recipient recorded"),
            ),
            (
                tr("Transferts hors UE", "Transfers outside the EU"),
                self.bullets(transfer_items)
                if transfer_items
                else self.none("Aucun transfert déclaré", "No transfer recorded"),
            ),
        ]

        # retention and security
        measures = _str_list(activity.get("security_measures"))
        measure_items = [
            escape(_term_label(vocab.SECURITY_MEASURES, m, self.lang)) for m in measures
        ]
        sec_rows = [
            (
                tr("Durée de conservation", "Retention period"),
                text_or(activity.get("retention"), mandatory=True),
            ),
            (
                tr("Mesures de sécurité", "Security measures"),
                self.bullets(measure_items)
                if measure_items
                else self.none("Aucune mesure déclarée", "No measure recorded"),
            ),
        ]
        if _text(activity.get("security_other")):
            sec_rows.append(
                (
                    tr("Autres mesures", "Other measures"),
                    self.para(_text(activity.get("security_other"))),
                )
            )

        # DPIA
        dpia = activity.get("dpia_required")
        dpia_label = {True: tr("Requise", "Required"), False: tr("Non requise", "Not required")}
        dpia_rows = [
            (
                tr("AIPD requise", "DPIA required"),
                self.para(dpia_label[dpia])
                if isinstance(dpia, bool)
                else self.none("Non évaluée", "Not assessed"),
            )
        ]
        if _text(activity.get("dpia_reason")):
            dpia_rows.append((tr("Motif", "Reason"), self.para(_text(activity.get("dpia_reason")))))

        title = Paragraph(escape(heading), s.h2)
        story: list[Flowable] = [
            PageBreak(),
            _Bookmark(f"activity-{index}", heading, 1),
            title,
            Spacer(1, 2 * mm),
        ]
        sections = [
            (tr("Identification", "Identification"), ident),
            (tr("Personnes et données", "Data subjects and data"), data_rows),
            (tr("Licéité", "Lawfulness"), law_rows),
            (tr("Destinataires et transferts", "Recipients and transfers"), rec_rows),
            (tr("Conservation et sécurité", "Retention and security"), sec_rows),
            (tr("Analyse d'impact (AIPD)", "Data protection impact assessment (DPIA)"), dpia_rows),
        ]
        for section_title, rows in sections:
            section = self._section(section_title, rows, heading)
            if len(rows) <= 3:  # short: moves whole only when it does not fit
                story.append(KeepTogether([section]))
            else:  # long: may split, but never leaves its title alone at a page's foot
                story.append(CondPageBreak(28 * mm))
                story.append(section)
            story.append(Spacer(1, 3 * mm))
        return story

    def sheets(self) -> list[Flowable]:
        activities = _dict_list(self.doc.get("activities"))
        story: list[Flowable] = []
        if not activities:
            return story
        story.append(PageBreak())
        story.append(_Bookmark("sheets", self.tr("Fiches de registre", "Activity sheets"), 0))
        story.append(Paragraph(escape(self.tr("Fiches de registre", "Activity sheets")), self.s.h1))
        story.append(
            Paragraph(
                escape(
                    self.tr(
                        "Une fiche par activité de traitement. Les mentions « Non renseigné » "
                        "signalent une "
                        "information exigée par l'article 30 qui manque au registre.",
                        "One sheet per processing activity. “Not provided” marks information "
                        "required by "
                        "Article 30 that the register lacks.",
                    )
                ),
                self.s.body,
            )
        )
        for index, activity in enumerate(activities):
            sheet = self.sheet(index, activity)
            if index == 0:
                sheet = sheet[1:]  # the introduction shares the first sheet's page
                story.append(Spacer(1, 6 * mm))
            story.extend(sheet)
        return story

    # -- annex

    def _annex_table(
        self, head: Sequence[str], rows: list[list[Flowable]], widths: Sequence[float]
    ) -> Table:
        data: list[list[Flowable]] = [[Paragraph(escape(h), self.s.cell_head) for h in head]]
        data += rows
        table = LongTable(data, colWidths=list(widths), repeatRows=1, splitInRow=1)
        table.setStyle(
            _table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 3.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        return table

    def _annex_heading(self, key: str, title: str) -> list[Flowable]:
        return [
            CondPageBreak(40 * mm),
            _Bookmark(key, title, 1),
            Paragraph(escape(title), self.s.h2),
            Spacer(1, 1 * mm),
        ]

    def annex(self) -> list[Flowable]:
        s = self.s
        tr = self.tr
        story: list[Flowable] = [
            PageBreak(),
            _Bookmark("annex", tr("Annexes", "Annexes"), 0),
            Paragraph(escape(tr("Annexes", "Annexes")), s.h1),
        ]
        # data categories
        cat_rows: list[list[Flowable]] = []
        for cat in _dict_list(self.doc.get("data_categories")):
            flags = _category_flags(_text(cat.get("name")), self.lk, self.lang)
            cat_rows.append(
                [
                    Paragraph(f"<b>{escape(_text(cat.get('name')))}</b>", s.cell),
                    self.para(_text(cat.get("description")))
                    if _text(cat.get("description"))
                    else self.none(),
                    Paragraph(
                        f'<font color="{MISSING_HEX}">{escape(", ".join(flags))}</font>', s.cell
                    )
                    if flags
                    else self.none(),
                ]
            )
        if not cat_rows:
            cat_rows.append(
                [self.none(), self.none("Aucune catégorie", "No category"), self.none()]
            )
        story += self._annex_heading(
            "annex-categories", tr("A. Catégories de données", "A. Data categories")
        )
        story.append(
            self._annex_table(
                [
                    tr("Catégorie", "Category"),
                    tr("Description", "Description"),
                    tr("Nature", "Nature"),
                ],
                cat_rows,
                [45 * mm, CONTENT_WIDTH - 95 * mm, 50 * mm],
            )
        )
        story.append(Spacer(1, 6 * mm))

        # legal bases used
        used: list[str] = []
        for activity in _dict_list(self.doc.get("activities")):
            for basis in _dict_list(activity.get("legal_bases")):
                code = _text(basis.get("code"))
                if code and code not in used:
                    used.append(code)
        order = {code: i for i, code in enumerate(vocab.codes(vocab.LEGAL_BASES))}
        used.sort(key=lambda c: order.get(c, len(order)))
        basis_rows: list[list[Flowable]] = []
        for code in used:
            entry = self.lk.bases.get(code, {})
            basis_rows.append(
                [
                    Paragraph(f"<b>{escape(_basis_label(code, self.lk, self.lang))}</b>", s.cell),
                    self.para(tr("art. {a}", "Art. {a}", a=_basis_article(code, None, self.lk))),
                    self.para(_text(entry.get("description")))
                    if _text(entry.get("description"))
                    else self.none(),
                ]
            )
        if not basis_rows:
            basis_rows.append(
                [
                    self.none(),
                    self.none(),
                    self.none("Aucune base légale utilisée", "No legal basis used"),
                ]
            )
        story += self._annex_heading(
            "annex-bases", tr("B. Bases légales utilisées", "B. Legal bases used")
        )
        story.append(
            self._annex_table(
                [
                    tr("Base légale", "Legal basis"),
                    tr("Article (RGPD)", "Article (GDPR)"),
                    tr("Description", "Description"),
                ],
                basis_rows,
                [55 * mm, 30 * mm, CONTENT_WIDTH - 85 * mm],
            )
        )
        story.append(Spacer(1, 6 * mm))

        # data subjects and recipients: the vocabularies the sheets refer to
        subject_rows = [
            [
                Paragraph(f"<b>{escape(_text(x.get('name')))}</b>", s.cell),
                self.para(_text(x.get("description")))
                if _text(x.get("description"))
                else self.none(),
            ]
            for x in _dict_list(self.doc.get("data_subjects"))
        ]
        if subject_rows:
            story += self._annex_heading(
                "annex-subjects", tr("C. Personnes concernées", "C. Data subjects")
            )
            story.append(
                self._annex_table(
                    [tr("Personnes concernées", "Data subjects"), tr("Description", "Description")],
                    subject_rows,
                    [60 * mm, CONTENT_WIDTH - 60 * mm],
                )
            )
            story.append(Spacer(1, 6 * mm))
        recipient_rows = [
            [
                Paragraph(f"<b>{escape(_text(x.get('name')))}</b>", s.cell),
                self.para(_term_label(vocab.RECIPIENT_KINDS, _text(x.get("kind")), self.lang))
                if _text(x.get("kind"))
                else self.none(),
                self.para(_text(x.get("description")))
                if _text(x.get("description"))
                else self.none(),
            ]
            for x in _dict_list(self.doc.get("recipients"))
        ]
        if recipient_rows:
            letter = "D" if subject_rows else "C"
            story += self._annex_heading(
                "annex-recipients", tr("{l}. Destinataires", "{l}. Recipients", l=letter)
            )
            story.append(
                self._annex_table(
                    [
                        tr("Destinataire", "Recipient"),
                        tr("Nature", "Kind"),
                        tr("Description", "Description"),
                    ],
                    recipient_rows,
                    [55 * mm, 40 * mm, CONTENT_WIDTH - 95 * mm],
                )
            )
        return story

    # -- signature page

    def signature(self, signer: SignerInfo | None, exported_at: datetime) -> list[Flowable]:
        s = self.s
        tr = self.tr
        org_name = _text((self.doc.get("organisation") or {}).get("name"))
        blank = "\u00a0"
        when = signer.date if signer and signer.date else exported_at.date()
        rows = [
            (tr("Nom du signataire", "Signer's name"), signer.name if signer else ""),
            (tr("Qualité", "Role"), signer.role if signer else ""),
            (tr("Lieu", "Place"), signer.place if signer else ""),
            (tr("Date", "Date"), format_date(when, self.lang)),
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
        table = Table(
            [
                [Paragraph(escape(k), s.cover_label), Paragraph(_markup(v) or blank, s.body)]
                for k, v in rows
            ],
            colWidths=[50 * mm, CONTENT_WIDTH - 50 * mm],
        )
        table.setStyle(
            _table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (1, 0), (1, -1), 0.4, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 7),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        statement = tr(
            "Le présent registre des activités de traitement{org} est tenu conformément à "
            "l'article 30 du RGPD. Le signataire atteste qu'il reflète les activités de "
            "traitement à la date indiquée ci-dessous.",
            "This record of processing activities{org} is kept under Article 30 of the GDPR. "
            "The signatory attests that it reflects the processing activities as at the date "
            "given below.",
            org=tr(" de {o}", " of {o}", o=org_name) if org_name else "",
        )
        return [
            NextPageTemplate("signature"),
            PageBreak(),
            _Bookmark("signature", tr("Signature", "Signature"), 0),
            Paragraph(escape(tr("Signature", "Signature")), s.h1),
            Paragraph(escape(statement), s.body),
            Spacer(1, 8 * mm),
            KeepTogether([table]),
        ]


def _metadata(doc: dict[str, Any], lang: str) -> dict[str, Any]:
    org_name = _text((doc.get("organisation") or {}).get("name"))
    title = t_in(lang, "Registre des activités de traitement", "Record of processing activities")
    return {
        "title": f"{title} — {org_name}" if org_name else title,
        "author": org_name or title,
        "subject": t_in(
            lang,
            "Registre prévu à l'article 30 du RGPD",
            "Record required by Article 30 of the GDPR",
        ),
        "keywords": [
            t_in(lang, "RGPD", "GDPR"),
            t_in(lang, "article 30", "Article 30"),
            t_in(lang, "registre des traitements", "record of processing activities"),
        ],
        "creator": "Registre",
        "lang": "fr-FR" if lang == "fr" else "en",
        "displayDocTitle": 1,
    }


def render_record(
    doc: dict[str, Any],
    out_path: Path,
    *,
    lang: str,
    fingerprint: str,
    register_version: str,
    exported_at: datetime,
    signer: SignerInfo | None = None,
) -> None:
    """Write the PDF record of `doc` (a `registre/1` export) to `out_path`, in `lang`.

    The file appears whole or not at all. Raises RegistreError when `doc` is not
    a `registre/1` document or the file cannot be written.
    """
    lang = "en" if lang == "en" else "fr"
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise RegistreError(
            t_in(
                lang,
                "Ce document n'est pas un export {f}.",
                "This document is not a {f} export.",
                f=FORMAT,
            )
        )
    register_fonts()
    builder = _Builder(doc, lang)
    org_name = _text((doc.get("organisation") or {}).get("name"))
    story: list[Flowable] = []
    story += builder.cover(
        fingerprint=fingerprint, register_version=register_version, exported_at=exported_at
    )
    story += builder.summary()
    story += builder.sheets()
    story += builder.annex()
    story += builder.signature(signer, exported_at)

    try:
        with replacing(Path(out_path)) as out:
            pdf = _RecordDoc(
                out,
                record_lang=lang,
                org_name=org_name,
                fingerprint=fingerprint,
                signer_role=signer.role if signer else "",
                pagesize=A4,
                leftMargin=MARGIN_X,
                rightMargin=MARGIN_X,
                topMargin=MARGIN_TOP,
                bottomMargin=MARGIN_BOTTOM,
                initialFontName=FONT,
                initialFontSize=9,
                pageCompression=1,
                **_metadata(doc, lang),
            )
            pdf.build(story, canvasmaker=_RecordCanvas)
    except OSError as exc:
        raise RegistreError(
            t_in(
                lang,
                "Impossible d'écrire le registre PDF {p} : {e}",
                "Cannot write the PDF record {p}: {e}",
                p=out_path,
                e=exc.strerror or exc,
            )
        ) from exc
