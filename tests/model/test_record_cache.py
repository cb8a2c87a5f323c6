"""The sheet cache in the user's cache folder: never stale, and never growing without end.

Every export reuses the sheets of unchanged activities; the versions it did not use (an
activity since edited or deleted) go once unused for a month, or sooner when the folder
grows past its bound, and a killed export's unfinished files are swept.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pytest

from model.core import catalogue
from model.record import cache
from model.record.cache import SheetStore, job
from model.record.pdf import render_record
from model.record.terms import lookups
from tests.recordkit import EXPORTED, FINGERPRINT, make_doc_en, make_doc_fr, pages_text

DAY = 86400.0


def _export(doc: dict[str, Any], folder: Path, out: Path, lang: str = "fr") -> cache.Stats:
    return render_record(doc, out, lang=lang, fingerprint=FINGERPRINT, register_version="x",
                         exported_at=EXPORTED, sheets=SheetStore(folder))


def _sheets(folder: Path) -> set[str]:
    """The activities' sheets kept (the summary is kept beside them)."""
    return {p.name for p in folder.glob("*.json") if not p.name.startswith("summary-")}


def _age(folder: Path, days: float) -> None:
    """As if every kept sheet had last been used `days` ago."""
    then = time.time() - days * DAY
    for path in folder.iterdir():
        os.utime(path, (then, then))


def test_a_sheet_edited_away_goes_after_a_month_unused(tmp_path: Path) -> None:
    folder = tmp_path / "sheets"
    doc = make_doc_fr(5)
    _export(doc, folder, tmp_path / "a.pdf")
    first = _sheets(folder)
    assert len(first) == 5

    doc["activities"][1]["retention"] = "Trois ans après le départ"
    stats = _export(doc, folder, tmp_path / "b.pdf")
    assert (stats.laid_out, stats.reused, stats.pruned) == (1, 4, 0)
    assert len(_sheets(folder)) == 6  # the old version waits: another register may use it

    _age(folder, cache.KEEP_UNUSED_DAYS + 1)
    stats = _export(doc, folder, tmp_path / "c.pdf")
    assert (stats.laid_out, stats.reused, stats.pruned) == (0, 5, 1)
    kept = _sheets(folder)
    assert len(kept) == 5 and len(first - kept) == 1
    # those used were touched: a month later they are still there
    _age(folder, 1)
    assert _export(doc, folder, tmp_path / "d.pdf").pruned == 0
    assert _sheets(folder) == kept


def test_a_folder_past_its_bound_loses_the_oldest_unused_sheets_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "sheets"
    french = make_doc_fr(4)
    _export(french, folder, tmp_path / "fr.pdf")
    french_sheets = _sheets(folder)
    _age(folder, 2)
    english = make_doc_en()
    _export(english, folder, tmp_path / "en.pdf", "en")
    english_sheets = _sheets(folder) - french_sheets
    assert english_sheets and len(_sheets(folder)) == len(french_sheets) + len(english_sheets)

    sizes = {p.name: p.stat().st_size for p in folder.glob("*.json")}
    oldest = min(french_sheets, key=lambda n: (folder / n).stat().st_mtime)
    _age(folder, 3)
    os.utime(folder / oldest, (time.time() - 9 * DAY,) * 2)
    # room for everything but one French sheet: the oldest of them goes, nothing else
    monkeypatch.setattr(cache, "MAX_BYTES", sum(sizes.values()) - 1)
    stats = _export(english, folder, tmp_path / "en2.pdf", "en")
    assert stats.pruned == 1 and stats.reused == len(english_sheets)
    assert _sheets(folder) == (french_sheets - {oldest}) | english_sheets

    # a bound smaller than the sheets in use: every unused one goes, those in use stay
    monkeypatch.setattr(cache, "MAX_BYTES", 1)
    _export(english, folder, tmp_path / "en3.pdf", "en")
    assert _sheets(folder) == english_sheets


def test_a_killed_exports_unfinished_files_are_swept(tmp_path: Path) -> None:
    folder = tmp_path / "sheets"
    folder.mkdir()
    old = folder / ".0123456789abcdef.x1.tmp"
    new = folder / ".fedcba9876543210.x2.tmp"
    old.write_bytes(b"half a sheet")
    new.write_bytes(b"a sheet being written")
    then = time.time() - 2 * cache.STALE_TMP_SECONDS
    os.utime(old, (then, then))
    _export(make_doc_fr(2), folder, tmp_path / "a.pdf")
    assert not old.exists() and new.exists()


def test_every_field_of_an_activity_and_its_list_entries_is_in_the_sheets_key() -> None:
    """A sheet is reused only when nothing it prints has changed: changing any catalogue
    field of the activity, a list entry it names, its title or the language changes the key
    it is kept under (the record tests show a changed key is laid out again)."""
    doc = make_doc_fr(3)
    activity = doc["activities"][0]
    lk = lookups(doc)
    base = job(activity, lk, "fr", "T-001 — Paie").key
    seen = {base}
    for field in catalogue.ACTIVITY:
        key_name = field.path[0]
        value = activity.get(key_name)
        changed = {**activity, key_name: ["autre"] if isinstance(value, list) else "autre"}
        if changed == activity:
            continue
        key = job(changed, lk, "fr", "T-001 — Paie").key
        assert key not in seen, field.key
        seen.add(key)
    assert job(activity, lk, "en", "T-001 — Paie").key not in seen
    assert job(activity, lk, "fr", "T-001 — Payroll").key not in seen
    category = activity["data_categories"][0]
    entry = next(c for c in doc["data_categories"] if c["name"] == category)
    entry["special"] = not entry.get("special")
    assert job(activity, lookups(doc), "fr", "T-001 — Paie").key != base


def test_the_summary_is_kept_until_what_it_prints_changes(tmp_path: Path) -> None:
    folder = tmp_path / "sheets"
    doc = make_doc_fr(5)
    assert not _export(doc, folder, tmp_path / "a.pdf").summary_reused
    doc["activities"][3]["retention"] = "Deux ans"  # on the sheet, not in the summary
    assert _export(doc, folder, tmp_path / "b.pdf").summary_reused
    doc["activities"][3]["name"] = "Prospection par téléphone"
    stats = _export(doc, folder, tmp_path / "c.pdf")
    assert not stats.summary_reused and stats.laid_out == 1
    summary = [p for p in pages_text(tmp_path / "c.pdf") if "Activité et finalité" in p]
    assert summary and "Prospection par téléphone" in " ".join(summary)
    doc["data_categories"][0]["special"] = True  # "Identité" flagged: the summary says so
    assert not _export(doc, folder, tmp_path / "d.pdf").summary_reused


def test_a_sheet_in_letters_beyond_the_fixed_encoding_is_printed_whole_when_reused(
    tmp_path: Path,
) -> None:
    """Kept pages are copied as ready streams in a fixed encoding; a sheet with Greek or
    Cyrillic letters is kept otherwise, and reads the same when reused."""
    doc = make_doc_fr(3)
    doc["activities"][1]["name"] = "Ωμέγα — Москва, Łódź"
    doc["activities"][1]["purpose"] = "Suivi des échanges avec Αθήνα et Київ."
    for n, out in enumerate(("a.pdf", "b.pdf")):
        stats = _export(doc, tmp_path / "cache", tmp_path / out)
        assert (stats.laid_out, stats.reused) == ((3, 0) if n == 0 else (0, 3))
        text = "\n".join(pages_text(tmp_path / out))
        assert "Ωμέγα — Москва, Łódź" in text
        assert "Suivi des échanges avec Αθήνα et Київ." in text
