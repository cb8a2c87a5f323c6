"""The PDF record of processing activities, built from a `registre/1` export.

The record is what a regulator reads, so it works from the JSON export (the one lossless
view of the register) and never from the store. Its parts live beside this module (styles,
layout, furniture, cover, contents, summary, sheet, annexes, signature, cache, render);
this is the entry point the export flow and the signing code use.
"""

from __future__ import annotations

from model.record.facts import Change, Edition, SignerInfo
from model.record.render import render_record
from model.record.styles import (
    COUNTERSIGNATURE_BOX,
    COUNTERSIGNATURE_FIELD,
    FONT,
    SIGNATURE_BOX,
    SIGNATURE_FIELD,
    font_path,
    format_date,
)

__all__ = [
    "COUNTERSIGNATURE_BOX",
    "COUNTERSIGNATURE_FIELD",
    "FONT",
    "SIGNATURE_BOX",
    "SIGNATURE_FIELD",
    "Change",
    "Edition",
    "SignerInfo",
    "font_path",
    "format_date",
    "render_record",
]
