"""PDF/A-2b for a record that was not written as one (a file from an older Registre).

The renderer writes the record as PDF/A-2b itself (`model.record.archive`), so the export
flow no longer calls this. `make_pdfa` rewrites a whole file with what PDF/A adds: XMP
metadata that repeats the Info dictionary and declares PDF/A-2B, an sRGB output intent,
every annotation printable, PDF 1.7; a file that already declares PDF/A-2b is left as it
is. pyHanko keeps the XMP in step with the Info dictionary when it signs.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from pyhanko.pdf_utils import generic as _generic
from pyhanko.pdf_utils.metadata import model as xmp
from pyhanko.pdf_utils.metadata import xmp_xml
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.writer import copy_into_new_writer

from model.core import reasons
from model.core.errors import RegistreError
from model.core.files import replacing
from model.core.i18n import t_in
from model.record import archive
from model.record.archive import OUTPUT_CONDITION, PDFA_CONFORMANCE, PDFA_PART, srgb_profile

generic: Any = _generic  # pyHanko's PDF objects are not typed
_ANNOT_PRINT = archive.ANNOT_PRINT
_ANNOT_FORBIDDEN = 1 | 2 | 32  # Invisible, Hidden, NoView


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
    fields = {key: value for key in ("Title", "Author", "Subject", "Keywords", "Creator",
                                     "Producer")
              if (value := _text(info, "/" + key)) is not None}
    data = archive.xmp_packet(fields, _xmp_date(info, "/CreationDate"),
                              _xmp_date(info, "/ModDate"))
    return xmp_xml.MetadataStream(stream_data=data)


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


def is_pdfa(reader: Any) -> bool:
    """Whether the file declares PDF/A-2b (XMP and output intent), read from its catalogue
    alone."""
    root = reader.root
    if "/Metadata" not in root or "/OutputIntents" not in root:
        return False
    xml = root["/Metadata"].data.decode("utf-8", "replace")
    return (f'pdfaid:part="{PDFA_PART}"' in xml
            and f'pdfaid:conformance="{PDFA_CONFORMANCE}"' in xml)


def make_pdfa(path: Path, *, lang: str) -> None:
    """Rewrite the unsigned record at `path` as PDF/A-2b, in place (whole or not at all),
    unless it already is one (as the renderer writes it)."""
    path = Path(path)
    try:
        reader = PdfFileReader(io.BytesIO(path.read_bytes()), strict=False)
        if is_pdfa(reader):
            return
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
                                 p=path, e=reasons.reason(exc))) from exc
