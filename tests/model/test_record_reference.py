"""The seed's record, page by page, against its checked-in text (tests/data/seed-record-*.txt).

Speed work must not change what the record says. The reference is rewritten only on purpose,
when the record's content changes (`python -m tests.recordkit`), in the same commit as the
change, with the reason in its message.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.recordkit import pages_text, read_reference, seed_record

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext is missing: apt-get install poppler-utils"
)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_seed_record_reads_as_its_reference(tmp_path: Path, lang: str) -> None:
    pages = pages_text(seed_record(tmp_path / "seed.pdf", lang))
    reference = read_reference(lang)
    for number, (page, expected) in enumerate(zip(pages, reference, strict=False), start=1):
        assert page == expected, f"page {number} differs from the reference"
    assert len(pages) == len(reference)
