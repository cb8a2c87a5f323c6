"""Writing the record: every part laid out, numbered, then drawn page after page.

Sheets come from `model.record.cache` (laid out in worker processes when not kept), so
page numbers are known before the first page is drawn: the contents page gives them and
every footer says "page x of y" as plain text. A kept sheet's (or summary's) page streams
are copied as they were made, beside a small stream of its furniture; other pages are
drawn from their operations. Every page's streams go to a spool file as the page is made,
and reportlab's collector writes the file object by object, so memory does not grow with
the register.
"""

from __future__ import annotations

import functools
import tempfile
import threading
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import IO, Any, ClassVar

from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from model.check import check_document
from model.core import collector, reasons
from model.core.errors import RegistreError
from model.core.files import replacing
from model.core.i18n import t_in
from model.exchange.jsondoc import FORMAT
from model.record import (
    annexes,
    archive,
    contents,
    cover,
    furniture,
    layout,
    sheet,
    signature,
    stream,
    styles,
    summary,
)
from model.record.cache import Kept, SheetStore, Stats, job
from model.record.facts import Edition, SignerInfo
from model.record.layout import Page
from model.record.styles import (
    FONT,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    STYLES,
    drawable,
    format_date,
    register_fonts,
    runs,
    visual,
    width,
)
from model.record.terms import dict_list, heading, lookups, text

# Sheets laid out in one render past which the layout's kept cells, texts and widths are let
# go of before the pages are written (below it they are worth keeping for the next export).
FORGET_AFTER = 2_000


def _metadata(doc: dict[str, Any], lang: str) -> dict[str, str]:
    """The file's title and author: one line each, a name typed over two lines included."""
    org_name = " ".join(text((doc.get("organisation") or {}).get("name")).split())
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


class _Stream(pdfdoc.PDFObject):  # type: ignore[misc]  # reportlab is untyped
    """A compressed content stream, its data as it was made (here, or in a worker and kept
    in the sheet cache) and spooled to a temporary file until the record is written, so
    the pages made do not stay in memory; formatted in one step, with the end of line
    PDF/A asks for before `endstream`."""

    __RefOnly__ = 1

    def __init__(self, spool: IO[bytes], data: bytes) -> None:
        self.spool = spool
        self.at = spool.tell()
        self.length = len(data)
        spool.write(data)

    def format(self, document: Any) -> bytes:
        """Override reportlab's PDFObject.format."""
        self.spool.seek(self.at)
        return b"<< /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream" % (
            self.length, self.spool.read(self.length))


class _Through(pdfdoc.PDFFile):  # type: ignore[misc]  # reportlab is untyped
    """reportlab's output collector, writing each object to the file as it is formatted
    instead of joining the whole file in memory (twice its size, at the end of a long
    record), for the saves `_Writer.save` makes; any other save collects as reportlab
    does."""

    target: ClassVar[dict[int, IO[bytes]]] = {}  # thread → the file its save writes

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        out = self.target.get(threading.get_ident())
        if out is not None:
            header: list[bytes] = getattr(self, "strings")  # noqa: B009 - reportlab's, untyped
            out.write(b"".join(header))
            header.clear()
            self.write = out.write


_SAVING = threading.Lock()


def _fmt(value: Any, document: Any) -> bytes:
    """reportlab's `format` of a value, a reference written directly (reportlab encodes its
    digits through a text codec)."""
    if type(value) is pdfdoc.PDFObjectReference:
        return b"%d %d R" % document.idToObjectNumberAndVersion[value.name]
    found: bytes = pdfdoc.format(value, document)
    return found


def _indirect_object(obj: Any, document: Any) -> bytes:
    """reportlab's PDFIndirectObject.format (an object of the file, numbered), its header
    written directly, the same bytes."""
    n, v = document.idToObjectNumberAndVersion[obj.name]
    document.encrypt.register(n, v)
    content: bytes = pdfdoc.format(obj.content, document, toplevel=1)
    return b"%d %d obj\n%s%sendobj\n" % (n, v, content,
                                          b"" if content.endswith(b"\n") else b"\n")


def _outline_entry(entry: Any, document: Any) -> bytes:
    """reportlab's OutlineEntryObject.format in one step, the same bytes: it builds a
    generic dictionary for each of a long record's thousand bookmarks."""
    fmt = _fmt
    items = [b"/Count " + fmt(entry.Count, document)] if entry.Count is not None else []
    items.append(b"/Dest " + fmt(entry.Dest, document))
    for name, value in ((b"/First ", entry.First), (b"/Last ", entry.Last),
                        (b"/Next ", entry.Next)):
        if value is not None:
            items.append(name + fmt(value, document))
    items.append(b"/Parent " + fmt(entry.Parent, document))
    if entry.Prev is not None:
        items.append(b"/Prev " + fmt(entry.Prev, document))
    items.append(b"/Title " + fmt(pdfdoc.PDFString(entry.Title), document))
    for at in reversed(range(6, len(items), 6)):  # as reportlab breaks a dictionary's line
        items.insert(at, b"\n ")
    return b"<<\n" + b" ".join(items) + b"\n>>"


_OUTLINE_ENTRY_FORMAT = pdfdoc.OutlineEntryObject.format
_INDIRECT_OBJECT_FORMAT = pdfdoc.PDFIndirectObject.format
_DESTINATION_FORMAT = pdfdoc.Destination.format


def _destination(dest: Any, document: Any) -> bytes:
    """reportlab's Destination.format for the record's kind (XYZ) in one step, the same
    bytes: a bookmark's and every link's, through a generic array otherwise."""
    xyz, page = dest.fmt, dest.page
    if type(xyz) is not pdfdoc.PDFDestinationXYZ or page is None:
        return _DESTINATION_FORMAT(dest, document)  # type: ignore[no-any-return]
    xyz.page = page
    fmt = _fmt
    return b"[ %s /XYZ %s %s %s ]" % (fmt(document.Reference(page), document),
                                      fmt(xyz.left, document), fmt(xyz.top, document),
                                      fmt(xyz.zoom, document))


class _Page(pdfdoc.PDFObject):  # type: ignore[misc]  # reportlab is untyped
    """A page dictionary written when the page is made (its objects are numbered then):
    reportlab's PDFPage is formatted through its generic dictionary machinery at save."""

    __RefOnly__ = 1

    def __init__(self, entries: bytes) -> None:
        self.entries = entries

    def format(self, document: Any) -> bytes:
        """Override reportlab's PDFObject.format."""
        return self.entries


class _Writer:
    """Adds pages to one reportlab document: fonts registered once, their first subset
    fixed (`model.record.stream`), so a sheet's ready stream is copied as it is."""

    def __init__(self, out: Any, doc: dict[str, Any], lang: str, when: datetime,
                 info: Mapping[str, str | int]) -> None:
        self.canvas = Canvas(out, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), pageCompression=1,
                             lang="en" if lang == "en" else "fr-FR", pdfVersion=(1, 7),
                             initialFontName=FONT, initialFontSize=9)
        c = self.canvas
        self.out = out
        # closed by save(), or when the writer is dropped (an error)
        self.spool: IO[bytes] = tempfile.TemporaryFile(prefix="registre-pages-")  # noqa: SIM115
        self.doc = c._doc
        archive.apply(c, {**_metadata(doc, lang), "Creator": "Registre"}, when, info)
        c.setViewerPreference("DisplayDocTitle", "true")
        c.showOutline()
        self.fonts = {name: pdfmetrics.getFont(name) for name in stream.FONTS}
        self.names: dict[tuple[str, int], str] = {}
        for font in self.fonts.values():  # every variant known to the document, in order
            stream.seed(font, self.doc)
            self.name(font, 0)
        # ready streams name the fonts as reportlab named them here; if it ever names them
        # otherwise, every page is drawn from its operations
        self.ready = all(self.name(font, 0) == stream.RESOURCES[name]
                         for name, font in self.fonts.items())
        self.parent = self._ref(self.doc.Pages)
        resources = pdfdoc.PDFDictionary({
            "Font": pdfdoc.PDFObjectReference(pdfdoc.BasicFonts),
            "ProcSet": pdfdoc.PDFArray([pdfdoc.PDFName("PDF"), pdfdoc.PDFName("Text")])})
        self.resources = self._ref(resources)
        self.box = b"[0 0 %s %s]" % (pdfdoc.fp_str(PAGE_WIDTH).encode(),
                                     pdfdoc.fp_str(PAGE_HEIGHT).encode())
        self.outline_level = -1
        self.shown: dict[tuple[str, str], str] = {}
        self.numbers: dict[str, str] = {}  # a destination's page, for the "n" operations
        self.annots: list[bytes] = []
        self.kept_code: dict[int, tuple[tuple[Any, ...], list[str]]] = {}

    def _ref(self, obj: Any) -> bytes:
        """`obj` numbered in the document, and its reference as reportlab writes it (its
        own formatting goes through a text codec, for digits)."""
        doc = self.doc
        return b"%d %d R" % doc.idToObjectNumberAndVersion[doc.Reference(obj).name]

    def name(self, font: Any, subset: int) -> str:
        """A subset's font resource name, asked of reportlab once."""
        key = (font.fontName, subset)
        found = self.names.get(key)
        if found is None:
            found = self.names[key] = font.getSubsetInternalName(subset, self.doc)
        return found

    def _text(self, style: str, txt: str) -> str:
        found = self.shown.get((style, txt))
        if found is None:  # labels and values recur on every sheet: encode once
            found = stream.shown(style, txt)
            if found is None:  # a character outside the fixed encoding: reportlab's subsets
                st = STYLES[style]  # (and the fallback font's, for what the style's lacks)
                esc = self.canvas._escape
                shown = []
                drawn = visual(txt)
                for font_name, part in runs(drawn, st.font):
                    font = self.fonts.get(font_name) or pdfmetrics.getFont(font_name)
                    shown += [f"{self.name(font, subset)} {st.size:g} Tf ({esc(chunk)}) Tj"
                              for subset, chunk in font.splitString(part, self.doc)]
                found = stream.RG[st.colour] + " rg " + " ".join(shown)
                if drawn != txt or not drawable(drawn, st.font):
                    # drawn in another order, or as boxes: the text itself said beside them
                    found = (f"/Span <</ActualText <FEFF{txt.encode('utf-16-be').hex()}>>> BDC "
                             f"{found} EMC")
            if len(self.shown) < 20_000:  # labels recur; most values do not
                self.shown[(style, txt)] = found
        return found

    def _objects(self, ops: Page, key_map: dict[str, str]) -> None:
        """The page's destinations, bookmarks and links (before the page is added)."""
        c = self.canvas
        for op in ops:
            kind = op[0]
            if kind == "d":
                _, key, title, level, y = op
                key = key_map.get(key, key)
                c.bookmarkHorizontal(key, 0, min(PAGE_HEIGHT, y + 20))
                level = min(level, self.outline_level + 1)
                c.addOutlineEntry(title, key, level=level, closed=level > 0)
                self.outline_level = level
            elif kind == "a":
                _, x1, y1, x2, y2, key = op
                dest = c._bookmarkReference(key_map.get(key, key))
                self.annots.append(self._ref(_Link(f"{x1:.2f} {y1:.2f} {x2:.2f} {y2:.2f}",
                                                   dest)))

    def _code(self, ops: Page, key_map: dict[str, str]) -> bytes:
        code: list[str] = []
        out = code.append
        for op in ops:
            kind = op[0]
            if kind == "t":
                out(stream.operation(op, self._text(op[3], op[4])))
            elif kind == "n":  # a page number, right-aligned on x
                _, x, y, style, key = op
                txt = self.numbers.get(key_map.get(key) or key, "")
                out(stream.operation(["t", x - width(txt, style), y], self._text(style, txt)))
            elif kind != "d" and kind != "a":
                out(stream.operation(op, None))
        return stream.compress("\n".join(code))

    def _add(self, contents: list[bytes]) -> None:
        refs = b" ".join(self._ref(_Stream(self.spool, data)) for data in contents)
        if len(contents) > 1:
            refs = b"[%s]" % refs
        entries = (b"<< /Type /Page /Parent %s /MediaBox %s /Resources %s /Contents %s"
                   % (self.parent, self.box, self.resources, refs))
        if self.annots:
            entries += b" /Annots [%s]" % b" ".join(self.annots)
            self.annots = []
        self.doc.addPage(_Page(entries + b" >>"))

    def page(self, ops: Page, key_map: dict[str, str]) -> None:
        """A page drawn from its operations (its furniture among them)."""
        self._objects(ops, key_map)
        self._add([self._code(ops, key_map)])

    def furniture_stream(self, furn: furniture.Furniture, number: int, total: int) -> bytes:
        """Page `number`'s header and footer as a compressed stream: their operators are
        worked out once for all pages, but the page number's (and what its width moves)."""
        before, page, after = furn.parts(number, total)
        return stream.compress("\n".join([
            *self._kept_code(before),
            stream.operation(page, self._text(page[3], page[4])),
            *self._kept_code(after)]))

    def _kept_code(self, ops: tuple[Any, ...]) -> list[str]:
        """Operators of operations `furn` keeps (their ids stay in use while it lives)."""
        found = self.kept_code.get(id(ops))
        if found is None or found[0] is not ops:
            found = self.kept_code[id(ops)] = (ops, [
                stream.operation(op, self._text(op[3], op[4]) if op[0] == "t" else None)
                for op in ops])
        return found[1]

    def ready_page(self, furniture: bytes, late: Page, body: bytes,
                   key_map: dict[str, str]) -> None:
        """A page whose drawing is a ready stream (a kept sheet's or summary's), copied as
        it is, after its `furniture` stream; `late` has its destinations, links and page
        numbers, drawn after it."""
        self._objects(late, key_map)
        contents = [furniture, body]
        numbers = [op for op in late if op[0] == "n"]
        if numbers:
            contents.append(self._code(numbers, key_map))
        self._add(contents)

    def save(self) -> None:
        with _SAVING:
            saved = pdfdoc.PDFFile
            _Through.target[threading.get_ident()] = self.out
            pdfdoc.PDFFile = _Through  # what PDFDocument.format collects the file with
            pdfdoc.OutlineEntryObject.format = _outline_entry
            pdfdoc.Destination.format = _destination
            pdfdoc.PDFIndirectObject.format = _indirect_object
            try:
                self.canvas.save()
            finally:
                pdfdoc.PDFFile = saved
                pdfdoc.OutlineEntryObject.format = _OUTLINE_ENTRY_FORMAT
                pdfdoc.Destination.format = _DESTINATION_FORMAT
                pdfdoc.PDFIndirectObject.format = _INDIRECT_OBJECT_FORMAT
                del _Through.target[threading.get_ident()]
                self.spool.close()


def _drain(pages: list[Page]) -> Iterator[Page]:
    """Each page of `pages` once, let go of as it is drawn: a long summary's or annex's
    laid-out operations need not outlive their page (its compressed stream is kept)."""
    pages.reverse()
    while pages:
        yield pages.pop()


# The document and the caller's objects live throughout: walked by none of the render's
# full collections (they were a tenth of a re-export's time).
@collector.frozen
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
        made: dict[str, Any] = {}

        def lay_out_the_rest() -> None:
            """Every part but the sheets, laid out here while workers lay out the sheets."""
            made["parts"] = parts = annexes.parts(doc, lk, lang, findings, edition)
            made["cover"] = cover.lay_out(
                doc, lang, edition=edition, signed=signed, fingerprint=fingerprint,
                register_version=register_version, exported_at=exported_at,
                findings=findings, findings_annex=annexes.letter(parts, "annex-findings"))
            made["summary"] = store.summary(
                summary.key(activities, [j.lookups for j in jobs], lang),
                lambda: summary.lay_out(doc, lk, lang))
            made["annexes"] = annexes.lay_out(parts, lang)
            made["signature"] = signature.lay_out(doc, lang, signer, exported_at)

        laid_out = store.stats.laid_out
        counts = store.prepare(jobs, meanwhile=lay_out_the_rest)
        if store.stats.laid_out - laid_out > FORGET_AFTER:
            # what laying out so many sheets kept is not needed to write the pages: at
            # 10,000 activities it held 40 MiB through the writing, where the peak is
            layout.forget()
            stream.forget()
            styles.forget()
        parts: list[annexes.Part] = made.pop("parts")
        cover_pages: list[Page] = made.pop("cover")
        summary_kept: Kept = made.pop("summary")
        annex_pages: list[Page] = made.pop("annexes")
        signature_pages: list[Page] = made.pop("signature")

        def entries(first: int) -> list[contents.Entry]:
            out = [contents.Entry("summary", 0, "", t_in(lang, "Synthèse des activités",
                                                         "Summary of activities"), first)]
            page = first + summary_kept.pages
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
        total = (len(cover_pages) + len(contents_pages) + summary_kept.pages + sum(counts)
                 + len(annex_pages) + len(signature_pages))

        edition_text = t_in(lang, "Édition {n} du {d}", "Edition {n} of {d}", n=edition.number,
                            d=format_date(exported_at.date(), lang))
        furn = furniture.Furniture(lang, text((doc.get("organisation") or {}).get("name")),
                                   edition_text, fingerprint, draft=not signed)

        sheets_mark: Page = [["d", "sheets", t_in(lang, "Fiches de registre", "Activity sheets"),
                              0, 10_000]]

        def draw_kept(writer: _Writer, number: int, kept: Kept | None, first: Page,
                      key_map: dict[str, str], again: Callable[[], list[Page]]) -> int:
            """A kept part's pages, its ready streams copied when it has them, `first`'s
            operations on its first page; `again` lays it out when it is not kept."""
            if kept is not None and kept.streams is not None and kept.late is not None \
                    and writer.ready:
                for k, (late, body) in enumerate(zip(kept.late, kept.streams, strict=True)):
                    number += 1
                    writer.ready_page(writer.furniture_stream(furn, number, total),
                                      [*first, *late] if k == 0
                                      else late, body, key_map)
                return number
            pages = kept.ops if kept is not None else None
            if pages is None:  # gone or altered since counted: lay it out again
                pages = again()
            for k, p in enumerate(_drain(pages)):
                number += 1
                writer.page(furn.ops(number, total) + (first if k == 0 else []) + p, key_map)
            return number

        try:
            with replacing(Path(out_path)) as out:
                writer = _Writer(out, doc, lang, exported_at, info or {})
                writer.numbers = {e.key: str(e.page) for e in final}
                none: dict[str, str] = {}
                number = 0
                for page in [*_drain(cover_pages), *_drain(contents_pages)]:
                    number += 1
                    writer.page(furn.ops(number, total) + page, none)
                number = draw_kept(writer, number, summary_kept, [], none,
                                   lambda: summary.lay_out(doc, lk, lang))
                for i, (j, a) in enumerate(zip(jobs, activities, strict=True)):
                    number = draw_kept(writer, number, store.sheet(j.key),
                                       sheets_mark if i == 0 else [],
                                       {"@sheet": f"activity-{i}"},
                                       functools.partial(sheet.lay_out, a, lk, lang,
                                                         j.title, "@sheet"))
                for page in [*_drain(annex_pages), *_drain(signature_pages)]:
                    number += 1
                    writer.page(furn.ops(number, total) + page, none)
                writer.save()
            store.stats.pages = total
            store.prune()  # the record is whole: sheets it did not use may go
        except OSError as exc:
            raise RegistreError(t_in(lang, "Impossible d'écrire le registre PDF {p} : {e}",
                                     "Cannot write the PDF record {p}: {e}",
                                     p=out_path, e=reasons.reason(exc))) from exc
        return store.stats
    finally:
        if own_store:
            store.close()

