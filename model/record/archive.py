"""PDF/A-2b, written with the record rather than by rewriting the file afterwards.

A regulator files the record for years; PDF/A-2b is the archival form they can rely on.
What it adds to what reportlab draws: XMP metadata that repeats the Info dictionary and
declares PDF/A-2B, an sRGB output intent, every annotation printable, PDF 1.7, and no
Info entry without its XMP twin. Rewriting a finished record with pyHanko to add these
read and copied every object of the file (a third of a long record's export time, and
its memory peak); here they are objects of the file as it is written.

The XMP is serialised by pyHanko, which reads it back and keeps it in step with the Info
dictionary at each later incremental update (the history's seal, each signature); the
Info's producer is pyHanko's own string for that reason, since pyHanko writes it there
and in the XMP at every update and PDF/A wants the two identical.
"""

from __future__ import annotations

import functools
import zlib
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from pyhanko.pdf_utils.metadata import model as xmp
from pyhanko.pdf_utils.metadata import xmp_xml
from reportlab.pdfbase import pdfdoc

from model.core.text import as_text

PDFA_PART = 2
PDFA_CONFORMANCE = "B"
OUTPUT_CONDITION = "sRGB IEC61966-2.1"
PRODUCER: str = xmp.VENDOR
ANNOT_PRINT = 4  # /F of every annotation: printed, never hidden

_PDFAID = xmp.NS["pdfaid"]
_PDF = xmp.NS["pdf"]


@functools.cache
def srgb_profile() -> bytes:
    """An sRGB ICC profile from LittleCMS (through Pillow, which reportlab requires)."""
    from PIL import ImageCms

    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
    data: bytes = profile.tobytes()
    return data


def _name(ns: str, local: str) -> xmp.ExpandedName:
    return xmp.ExpandedName(ns=ns, local_name=local)


def xmp_packet(info: dict[str, str], created: str | None, modified: str | None) -> bytes:
    """XMP that says what the Info dictionary says (`info` keys without their slash: Title,
    Author, Subject, Keywords, Creator, Producer; dates in ISO 8601), and that the file is
    PDF/A-2b."""

    info = {key: as_text(value) for key, value in info.items()}  # lxml refuses a \x01

    def alt(value: str) -> xmp.XmpValue:
        return xmp.XmpValue(xmp.XmpArray.alternative([xmp.XmpValue(value, xmp_xml.LANG_X_DEFAULT)]))

    fields: dict[xmp.ExpandedName, xmp.XmpValue] = {
        _name(_PDFAID, "part"): xmp.XmpValue(str(PDFA_PART)),
        _name(_PDFAID, "conformance"): xmp.XmpValue(PDFA_CONFORMANCE),
    }
    if title := info.get("Title"):
        fields[xmp.DC_TITLE] = alt(title)
    if author := info.get("Author"):
        fields[xmp.DC_CREATOR] = xmp.XmpValue(xmp.XmpArray.ordered([xmp.XmpValue(author)]))
    if subject := info.get("Subject"):
        fields[xmp.DC_DESCRIPTION] = alt(subject)
    if keywords := info.get("Keywords"):
        fields[_name(_PDF, "Keywords")] = xmp.XmpValue(keywords)
    if creator := info.get("Creator"):
        fields[xmp.XMP_CREATORTOOL] = xmp.XmpValue(creator)
    if producer := info.get("Producer"):
        fields[xmp.PDF_PRODUCER] = xmp.XmpValue(producer)
    if created:
        fields[xmp.XMP_CREATEDATE] = xmp.XmpValue(created)
    if modified:
        fields[xmp.XMP_MODDATE] = xmp.XmpValue(modified)
    stream = xmp_xml.MetadataStream.from_xmp([xmp.XmpStructure(fields)])
    data: bytes = stream.data
    return data


def pdf_date(when: datetime) -> str:
    """A PDF date string (D:YYYYMMDDHHmmSS+HH'mm') of an aware datetime."""
    offset = when.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"D:{when:%Y%m%d%H%M%S}{sign}{minutes // 60:02d}'{minutes % 60:02d}'"


class _Info(pdfdoc.PDFInfo):  # type: ignore[misc]  # reportlab is untyped
    """The Info dictionary as PDF/A wants it: no /Trapped (it has no XMP twin written), the
    dates and producer the XMP repeats. Override reportlab's PDFInfo.format."""

    def __init__(self, fields: Mapping[str, str | int], date: str) -> None:
        super().__init__()
        self.fields = fields
        self.date = date

    def format(self, document: Any) -> bytes:
        d: dict[str, Any] = {k: v if isinstance(v, int) else pdfdoc.PDFString(v)
                             for k, v in self.fields.items()}
        d["CreationDate"] = d["ModDate"] = pdfdoc.PDFString(self.date)
        return bytes(pdfdoc.PDFDictionary(d).format(document))


def apply(canvas: Any, fields: dict[str, str], when: datetime,
          extra: Mapping[str, str | int]) -> None:
    """Make the reportlab `canvas` write a PDF/A-2b file: its Info dictionary (`fields`, as
    for `xmp_packet`, and `extra` entries with no XMP twin), the XMP, the output intent.
    Call before its first page is drawn; links must be made with `F=ANNOT_PRINT`."""
    doc = canvas._doc
    fields = {key: as_text(value) for key, value in {**fields, "Producer": PRODUCER}.items()}
    when = when.replace(microsecond=0)
    doc.info = _Info({**extra, **fields}, pdf_date(when))
    meta = pdfdoc.PDFStream(
        pdfdoc.PDFDictionary({"Type": pdfdoc.PDFName("Metadata"),
                              "Subtype": pdfdoc.PDFName("XML")}),
        xmp_packet(fields, when.isoformat(), when.isoformat()), filters=[])
    profile = pdfdoc.PDFStream(
        pdfdoc.PDFDictionary({"N": 3, "Filter": pdfdoc.PDFName("FlateDecode")}),
        zlib.compress(srgb_profile(), 9), filters=[])
    intent = pdfdoc.PDFDictionary({
        "Type": pdfdoc.PDFName("OutputIntent"),
        "S": pdfdoc.PDFName("GTS_PDFA1"),
        "OutputConditionIdentifier": pdfdoc.PDFString(OUTPUT_CONDITION),
        "Info": pdfdoc.PDFString(OUTPUT_CONDITION),
        "DestOutputProfile": doc.Reference(profile),
    })
    catalog = doc.Catalog
    catalog.Metadata = meta
    catalog.OutputIntents = pdfdoc.PDFArray([intent])
    # reportlab writes the catalogue entries it lists; the instance's list adds ours
    catalog.__NoDefault__ = [*type(catalog).__NoDefault__, "OutputIntents"]
