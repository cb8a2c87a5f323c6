"""Writing the record: every part laid out, numbered, then drawn page after page.

Sheets come from `model.record.cache` (laid out in worker processes when not kept), so
page numbers are known before the first page is drawn: the contents page gives them and
every footer says "page x of y" as plain text. Sheets are read back one at a time while
drawing; each page's drawing operations are compressed as soon as the page is done.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from model.check import check_document
from model.core.errors import RegistreError
from model.core.files import replacing
from model.core.i18n import t_in
from model.exchange.jsondoc import FORMAT
from model.record import annexes, archive, contents, cover, furniture, sheet, signature, summary
from model.record.cache import SheetStore, Stats, job
from model.record.facts import Edition, SignerInfo
from model.record.layout import Page
from model.record.styles import (
    COLOURS,
    FONT,
    FONT_BOLD,
    FONT_BOLD_ITALIC,
    FONT_ITALIC,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    STYLES,
    format_date,
    register_fonts,
    width,
)
from model.record.terms import dict_list, heading, lookups, text


def _metadata(doc: dict[str, Any], lang: str) -> dict[str, str]:
    org_name = text((doc.get("organisation") or {}).get("name"))
    title = t_in(lang, "Registre des activités de traitement", "Record of processing activities")
    return {
        "Title": f"{title} — {org_name}" if org_name else title,
        "Author": org_name or title,
        "Subject": t_in(lang, "Registre prévu à l'article 30 du RGPD",
                        "Record required by Article 30 of the GDPR"),
        "Keywords": ", ".join((t_in(lang, "RGPD", "GDPR"), t_in(lang, "article 30", "Article 30"),
                               t_in(lang, "registre des traitements",
                                    "record of processing activities"))),
    }


def _stream(data: bytes) -> pdfdoc.PDFStream:
    """A page stream compressed when its page is done, not when the whole file is written:
    the record's memory is its compressed pages, not their operations."""
    flate = pdfdoc.PDFDictionary({"Filter": pdfdoc.PDFName("FlateDecode")})
    return pdfdoc.PDFStream(flate, zlib.compress(data, 6), filters=[])


class _Link(pdfdoc.PDFObject):  # type: ignore[misc]  # reportlab is untyped
    """A link annotation formatted in one step: reportlab's LinkAnnotation goes through its
    generic dictionary machinery, a tenth of a long record's time with two links a sheet
    (contents and summary). Printable and borderless, as PDF/A and the record want."""

    def __init__(self, rect: str, dest: Any) -> None:
        self.rect = rect
        self.dest = dest

    def format(self, document: Any) -> bytes:
        """Override reportlab's PDFObject.format."""
        return (b"<< /Type /Annot /Subtype /Link /Border [0 0 0] /Contents () /F %d "
                b"/Rect [%s] /Dest %s >>" % (archive.ANNOT_PRINT, self.rect.encode("ascii"),
                                             pdfdoc.format(self.dest, document)))


class _Writer:
    """Draws operations onto one reportlab canvas: fonts registered once, subset once."""

    def __init__(self, out: Any, doc: dict[str, Any], lang: str, when: datetime,
                 info: Mapping[str, str | int]) -> None:
        self.canvas = Canvas(out, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), pageCompression=1,
                             lang="en" if lang == "en" else "fr-FR", pdfVersion=(1, 7),
                             initialFontName=FONT, initialFontSize=9)
        c = self.canvas
        archive.apply(c, {**_metadata(doc, lang), "Creator": "Registre"}, when, info)
        c.setViewerPreference("DisplayDocTitle", "true")
        c.showOutline()
        self.fonts = {name: pdfmetrics.getFont(name)
                      for name in (FONT, FONT_BOLD, FONT_ITALIC, FONT_BOLD_ITALIC)}
        for name in self.fonts:  # every variant known to the document from the first page
            c.setFont(name, 9)
        self.rg = {k: f"{v[0]:.4g} {v[1]:.4g} {v[2]:.4g}" for k, v in COLOURS.items()}
        self.outline_level = -1
        self.shown: dict[tuple[str, str], str] = {}
        self.numbers: dict[str, str] = {}  # a destination's page, for the "n" operations
        self.first_subset: dict[str, dict[int, str]] = {}  # per font: code point → code
        self.assigned: dict[str, int] = {}
        self.names: dict[tuple[str, int], str] = {}

    def name(self, font: Any, subset: int) -> str:
        """A subset's font resource name, asked of reportlab once."""
        key = (font.fontName, subset)
        found = self.names.get(key)
        if found is None:
            found = self.names[key] = font.getSubsetInternalName(subset, self.canvas._doc)
        return found

    def split(self, font: Any, txt: str) -> list[tuple[int, bytes]]:
        """`txt` as reportlab's `splitString` encodes it (subset, codes), without its loop
        over characters when they all have codes in the first subset already (a register's
        letters soon do): that loop was most of the drawing time of a long record."""
        table = self.first_subset.get(font.fontName)
        if table is not None and table.keys() >= set(map(ord, txt)):
            return [(0, txt.translate(table).encode("latin-1"))]
        chunks: list[tuple[int, bytes]] = font.splitString(txt, self.canvas._doc)
        assigned = font.state[self.canvas._doc].assignments
        if table is None or len(assigned) != self.assigned.get(font.fontName):
            self.assigned[font.fontName] = len(assigned)
            # codes below 256 are the first subset's; U+00A0 is drawn as a space (code 32)
            self.first_subset[font.fontName] = {c: chr(n) for c, n in assigned.items()
                                                if n < 256 and c != 0xA0}
        return chunks

    def page(self, ops: Page, key_map: dict[str, str]) -> None:
        c = self.canvas
        doc = c._doc
        code: list[str] = []
        out = code.append
        esc = c._escape
        for op in ops:
            kind = op[0]
            if kind == "t" or kind == "n":
                if kind == "t":
                    _, x, y, style, txt = op
                else:  # a page number, right-aligned on x
                    _, x, y, style, key = op
                    txt = self.numbers.get(key_map.get(key) or key, "")
                    x -= width(txt, style)
                shown = self.shown.get((style, txt))
                if shown is None:  # labels and values recur on every sheet: encode once
                    st = STYLES[style]
                    font = self.fonts[st.font]
                    shown = self.rg[st.colour] + " rg " + " ".join(
                        f"{self.name(font, subset)} {st.size:g} Tf "
                        f"({esc(chunk)}) Tj" for subset, chunk in self.split(font, txt))
                    if len(self.shown) < 20_000:  # labels recur; most values do not
                        self.shown[(style, txt)] = shown
                out(f"BT 1 0 0 1 {x:.2f} {y:.2f} Tm {shown} ET")
            elif kind == "r":
                _, x, y, w, h, colour = op
                out(f"{self.rg[colour]} rg {x:.2f} {y:.2f} {w:.2f} {h:.2f} re f")
            elif kind == "l":
                _, x1, y1, x2, y2, lw, colour = op
                out(f"{self.rg[colour]} RG {lw:g} w {x1:.2f} {y1:.2f} m {x2:.2f} {y2:.2f} l S")
            elif kind == "b":
                _, x, y, w, h = op
                out(f"q {self.rg['rule']} RG 0.6 w [2 2] 0 d "
                    f"{x:.2f} {y:.2f} {w:.2f} {h:.2f} re S Q")
            elif kind == "d":
                _, key, title, level, y = op
                key = key_map.get(key, key)
                c.bookmarkHorizontal(key, 0, min(PAGE_HEIGHT, y + 20))
                level = min(level, self.outline_level + 1)
                c.addOutlineEntry(title, key, level=level, closed=level > 0)
                self.outline_level = level
            elif kind == "a":
                _, x1, y1, x2, y2, key = op
                dest = c._bookmarkReference(key_map.get(key, key))
                c._addAnnotation(_Link(f"{x1:.2f} {y1:.2f} {x2:.2f} {y2:.2f}", dest))
        c._code.append("\n".join(code))
        c.showPage()
        page = doc.Pages.pages[-1]
        page.Contents = _stream(page.stream.encode("latin-1"))
        page.stream = None

    def save(self) -> None:
        self.canvas.save()


def _drain(pages: list[Page]) -> Iterator[Page]:
    """Each page of `pages` once, let go of as it is drawn: a long summary's or annex's
    laid-out operations need not outlive their page (its compressed stream is kept)."""
    pages.reverse()
    while pages:
        yield pages.pop()


def render_record(
    doc: dict[str, Any],
    out_path: Path,
    *,
    lang: str,
    fingerprint: str,
    register_version: str,
    exported_at: datetime,
    signer: SignerInfo | None = None,
    edition: Edition | None = None,
    sheets: SheetStore | None = None,
    info: Mapping[str, str | int] | None = None,
) -> Stats:
    """Write the PDF record of `doc` (a `registre/1` export) to `out_path`, in `lang`.

    `signer` is given when the record is to be signed (an unsigned record says it is a
    draft on every page); `edition` places it among the register's signed records; `info`
    adds entries (names without their slash) to the document information dictionary. The file
    appears whole or not at all. Returns how many sheets were laid out and how many reused.
    Raises RegistreError when `doc` is not a `registre/1` document or the file cannot be
    written.
    """
    lang = "en" if lang == "en" else "fr"
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise RegistreError(t_in(lang, "Ce document n'est pas un export {f}.",
                                 "This document is not a {f} export.", f=FORMAT))
    register_fonts()
    edition = edition or Edition()
    signed = signer is not None
    lk = lookups(doc)
    activities = dict_list(doc.get("activities"))
    findings = check_document(doc, lang)
    own_store = sheets is None
    store = sheets or SheetStore()
    try:
        titles = [heading(a, i, lang) for i, a in enumerate(activities)]
        jobs = [job(a, lk, lang, title) for a, title in zip(activities, titles, strict=True)]
        counts = store.prepare(jobs)

        parts = annexes.parts(doc, lk, lang, findings, edition)
        cover_pages = cover.lay_out(doc, lang, edition=edition, signed=signed,
                                    fingerprint=fingerprint, register_version=register_version,
                                    exported_at=exported_at, findings=findings,
                                    findings_annex=annexes.letter(parts, "annex-findings"))
        summary_pages = store.summary(
            summary.key(activities, [j.lookups for j in jobs], lang),
            lambda: summary.lay_out(doc, lk, lang))
        annex_pages = annexes.lay_out(parts, lang)
        signature_pages = signature.lay_out(doc, lang, signer, exported_at)

        def entries(first: int) -> list[contents.Entry]:
            out = [contents.Entry("summary", 0, "", t_in(lang, "Synthèse des activités",
                                                         "Summary of activities"), first)]
            page = first + len(summary_pages)
            if activities:
                out.append(contents.Entry("activity-0", 0, "", t_in(lang, "Fiches de registre",
                                                                    "Activity sheets"), page))
            for i, (a, title, n) in enumerate(zip(activities, titles, counts, strict=True)):
                ref = text(a.get("reference"))
                name = text(a.get("name")) if ref else title
                out.append(contents.Entry(f"activity-{i}", 1, ref, name or title, page))
                page += n
            out.append(contents.Entry("annex", 0, "", t_in(lang, "Annexes", "Annexes"), page))
            for part in parts:  # an annex's page: where its heading lands
                at = next((k for k, pg in enumerate(annex_pages)
                           if any(op[0] == "d" and op[1] == part.key for op in pg)), 0)
                out.append(contents.Entry(part.key, 1, "", part.title, page + at))
            page += len(annex_pages)
            out.append(contents.Entry("signature", 0, "", t_in(lang, "Signature", "Signature"),
                                      page))
            return out

        contents_pages = contents.lay_out(entries(2), lang)
        first = len(cover_pages) + len(contents_pages) + 1
        final = entries(first)
        contents_pages = contents.lay_out(final, lang)
        total = (len(cover_pages) + len(contents_pages) + len(summary_pages) + sum(counts)
                 + len(annex_pages) + len(signature_pages))

        edition_text = t_in(lang, "Édition {n} du {d}", "Edition {n} of {d}", n=edition.number,
                            d=format_date(exported_at.date(), lang))
        furn = furniture.Furniture(lang, text((doc.get("organisation") or {}).get("name")),
                                   edition_text, fingerprint, draft=not signed)

        def all_pages() -> Iterator[tuple[Page, dict[str, str]]]:
            none: dict[str, str] = {}
            yield from ((p, none) for p in _drain(cover_pages))
            yield from ((p, none) for p in _drain(contents_pages))
            yield from ((p, none) for p in _drain(summary_pages))
            for i, (j, a) in enumerate(zip(jobs, activities, strict=True)):
                pages = store.pages(j.key)
                if pages is None:  # gone or altered since counted: lay it out again
                    pages = sheet.lay_out(a, lk, lang, j.title, "@sheet")
                key_map = {"@sheet": f"activity-{i}"}
                for k, p in enumerate(pages):
                    if i == 0 and k == 0:
                        p = [["d", "sheets", t_in(lang, "Fiches de registre", "Activity sheets"),
                              0, 10_000], *p]
                    yield p, key_map
            yield from ((p, none) for p in _drain(annex_pages))
            yield from ((p, none) for p in _drain(signature_pages))

        try:
            with replacing(Path(out_path)) as out:
                writer = _Writer(out, doc, lang, exported_at, info or {})
                writer.numbers = {e.key: str(e.page) for e in final}
                for number, (page, key_map) in enumerate(all_pages(), start=1):
                    writer.page(furn.ops(number, total) + page, key_map)
                writer.save()
            store.stats.pages = total
            store.prune()  # the record is whole: sheets it did not use may go
        except OSError as exc:
            raise RegistreError(t_in(lang, "Impossible d'écrire le registre PDF {p} : {e}",
                                     "Cannot write the PDF record {p}: {e}",
                                     p=out_path, e=exc.strerror or exc)) from exc
        return store.stats
    finally:
        if own_store:
            store.close()

