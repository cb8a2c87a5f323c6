"""PDF/A-2b structure for the rendered record, applied before it is signed.

A regulator files the record for years; PDF/A-2b is the archival form they can
rely on. reportlab draws the pages (model/record/pdf.py); this step rewrites the
file with what PDF/A adds: XMP metadata that repeats the Info dictionary and
declares PDF/A-2B, an sRGB output intent, every annotation printable, PDF 1.7.
The fonts are embedded by reportlab and no transparency is drawn; the tests check
both. pyHanko keeps the XMP in step with the Info dictionary when it signs.
"""

from __future__ import annotations

import functools
import io
from pathlib import Path
from typing import Any

from pyhanko.pdf_utils import generic as _generic
from pyhanko.pdf_utils.metadata import model as xmp
from pyhanko.pdf_utils.metadata import xmp_xml
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.writer import copy_into_new_writer

from model.core.errors import RegistreError
from model.core.files import replacing
from model.core.i18n import t_in

PDFA_PART = 2
PDFA_CONFORMANCE = "B"
OUTPUT_CONDITION = "sRGB IEC61966-2.1"

generic: Any = _generic  # pyHanko's PDF objects are not typed
_PDFAID = xmp.NS["pdfaid"]
_PDF = xmp.NS["pdf"]
_ANNOT_PRINT = 4
_ANNOT_FORBIDDEN = 1 | 2 | 32  # Invisible, Hidden, NoView


@functools.cache
def srgb_profile() -> bytes:
    """An sRGB ICC profile from LittleCMS (through Pillow, which reportlab requires)."""
    from PIL import ImageCms

    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
    data: bytes = profile.tobytes()
    return data


def _name(ns: str, local: str) -> xmp.ExpandedName:
    return xmp.ExpandedName(ns=ns, local_name=local)


def _text(info: Any, key: str) -> str | None:
    value = info.get(key) if info is not None else None
    return str(value) if value not in (None, "") else None


def _xmp_date(info: Any, key: str) -> str | None:
    raw = _text(info, key)
    if raw is None:
        return None
    try:
        return str(generic.parse_pdf_date(raw).replace(microsecond=0).isoformat())
    except Exception:
        return None


def _metadata(info: Any) -> xmp_xml.MetadataStream:
    """XMP that says what the Info dictionary says, and that the file is PDF/A-2b."""

    def alt(value: str) -> xmp.XmpValue:
        return xmp.XmpValue(xmp.XmpArray.alternative([xmp.XmpValue(value, xmp_xml.LANG_X_DEFAULT)]))

    fields: dict[xmp.ExpandedName, xmp.XmpValue] = {
        _name(_PDFAID, "part"): xmp.XmpValue(str(PDFA_PART)),
        _name(_PDFAID, "conformance"): xmp.XmpValue(PDFA_CONFORMANCE),
    }
    if (title := _text(info, "/Title")) is not None:
        fields[xmp.DC_TITLE] = alt(title)
    if (author := _text(info, "/Author")) is not None:
        fields[xmp.DC_CREATOR] = xmp.XmpValue(xmp.XmpArray.ordered([xmp.XmpValue(author)]))
    if (subject := _text(info, "/Subject")) is not None:
        fields[xmp.DC_DESCRIPTION] = alt(subject)
    if (keywords := _text(info, "/Keywords")) is not None:
        fields[_name(_PDF, "Keywords")] = xmp.XmpValue(keywords)
    if (creator := _text(info, "/Creator")) is not None:
        fields[xmp.XMP_CREATORTOOL] = xmp.XmpValue(creator)
    if (producer := _text(info, "/Producer")) is not None:
        fields[xmp.PDF_PRODUCER] = xmp.XmpValue(producer)
    if (created := _xmp_date(info, "/CreationDate")) is not None:
        fields[xmp.XMP_CREATEDATE] = xmp.XmpValue(created)
    if (modified := _xmp_date(info, "/ModDate")) is not None:
        fields[xmp.XMP_MODDATE] = xmp.XmpValue(modified)
    return xmp_xml.MetadataStream.from_xmp([xmp.XmpStructure(fields)])


def _output_intent(writer: Any) -> generic.DictionaryObject:
    profile = generic.StreamObject(
        {generic.NameObject("/N"): generic.NumberObject(3)}, stream_data=srgb_profile()
    )
    profile.compress()
    return generic.DictionaryObject({
        generic.NameObject("/Type"): generic.NameObject("/OutputIntent"),
        generic.NameObject("/S"): generic.NameObject("/GTS_PDFA1"),
        generic.NameObject("/OutputConditionIdentifier"): generic.TextStringObject(
            OUTPUT_CONDITION),
        generic.NameObject("/Info"): generic.TextStringObject(OUTPUT_CONDITION),
        generic.NameObject("/DestOutputProfile"): writer.add_object(profile),
    })


def _printable_annotations(writer: Any) -> None:
    """PDF/A wants every annotation printed and none hidden (the contents page's links)."""
    for page_ref in _pages(writer.root["/Pages"]):
        page = page_ref.get_object()
        for annot in page.get("/Annots", []):
            annot = annot.get_object()
            flags = int(annot.get("/F", 0))
            wanted = (flags | _ANNOT_PRINT) & ~_ANNOT_FORBIDDEN
            if wanted != flags:
                annot[generic.NameObject("/F")] = generic.NumberObject(wanted)


def _pages(node: Any) -> list[Any]:
    node = node.get_object()
    if node.get("/Type") == "/Pages":
        found: list[Any] = []
        for kid in node["/Kids"]:
            found += _pages(kid)
        return found
    return [node]


def make_pdfa(path: Path, *, lang: str) -> None:
    """Rewrite the unsigned record at `path` as PDF/A-2b, in place (whole or not at all)."""
    path = Path(path)
    try:
        reader = PdfFileReader(io.BytesIO(path.read_bytes()), strict=False)
        writer: Any = copy_into_new_writer(reader)
    except Exception as exc:
        raise RegistreError(t_in(lang, "{p} n'est pas un PDF lisible.",
                                 "{p} is not a readable PDF.", p=path)) from exc
    writer.ensure_output_version((1, 7))
    root = writer.root
    info = writer._info.get_object() if writer._info is not None else None
    if info is not None:
        # pyHanko writes its own name as the XMP producer at every save (and adds it to
        # the Info's): one producer string keeps the two identical, as PDF/A requires.
        info[generic.NameObject("/Producer")] = generic.TextStringObject(xmp.VENDOR)
        info.pop("/Trapped", None)  # no XMP twin written for it
    root[generic.NameObject("/Metadata")] = writer.add_object(_metadata(info))
    root[generic.NameObject("/OutputIntents")] = generic.ArrayObject([_output_intent(writer)])
    _printable_annotations(writer)
    try:
        with replacing(path) as out:
            writer.write(out)
    except OSError as exc:
        raise RegistreError(t_in(lang, "Impossible d'écrire {p} : {e}", "Cannot write {p}: {e}",
                                 p=path, e=exc.strerror or exc)) from exc
