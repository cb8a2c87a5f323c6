"""The signed PDF record at 100 to 10,000 activities, beside its anchor in the same run.

For each size and run, a fresh child process renders (as PDF/A) and signs the record
with an empty sheet cache (cold), then edits one activity and does it again (re-export,
reusing every other sheet). The anchor is what a user of the CNIL's spreadsheet template
compares us with: LibreOffice printing the same register, as a 9-column XLSX grid, to PDF
(`soffice --headless --convert-to pdf`), timed the same way; skipped when soffice is not
installed. Peak memory is the largest resident set of the process and its workers.

    python bench/bench_pdf.py [--sizes 100,1000,10000] [--runs 3]
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PASSWORD = b"bench"
GRID_COLUMNS = ("Réf.", "Nom", "Finalité", "Personnes concernées", "Catégories de données",
                "Bases légales", "Destinataires", "Durée de conservation", "Statut")


def _export(doc: dict[str, Any], folder: Path, name: str, cache: Path, size: int) -> float:
    """Render (as PDF/A, with a history seal) and sign, as `registre export --sign` does;
    seconds."""
    from model.record.cache import SheetStore
    from model.record.pdf import SignerInfo, render_record
    from model.signing import pades, seal
    from model.storage.history import Seal

    unsigned, signed = folder / f"{name}-r.pdf", folder / f"{name}.pdf"
    start = time.perf_counter()
    stats = render_record(doc, unsigned, lang="fr", fingerprint="0" * 64,
                          register_version="registre/1", exported_at=datetime.now(UTC),
                          signer=SignerInfo("Bench", "DPO", "Lyon"), sheets=SheetStore(cache),
                          info=seal.info_entries(Seal("0" * 64, size, ("0" * 16,) * size)))
    pades.sign_pdf(unsigned, signed, p12_path=folder / "bench.p12", password=PASSWORD,
                   signer_name="Bench", role="DPO", place="Lyon", lang="fr",
                   last_page=stats.pages - 1)
    return time.perf_counter() - start


def _one_run(size: int, workdir: str, run: int, queue: Any) -> None:
    from tests.recordkit import make_doc_fr

    folder = Path(workdir)
    cache = folder / f"cache-{size}-{run}"
    doc = make_doc_fr(size)
    cold = _export(doc, folder, f"cold-{size}", cache, size)
    doc["activities"][size // 2]["retention"] = "Cinq ans après la fin de la relation"
    warm = _export(doc, folder, f"warm-{size}", cache, size)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    pages = len(__import__("pypdf").PdfReader(str(folder / f"cold-{size}.pdf")).pages)
    queue.put({"cold": cold, "warm": warm, "peak_mib": max(own, workers) / 1024,
               "pages": pages})


def write_grid(size: int, path: Path) -> None:
    """The same register as a spreadsheet grid, one row per activity."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    from tests.recordkit import make_doc_fr

    doc = make_doc_fr(size)
    book = Workbook(write_only=False)
    sheet = book.active
    sheet.append(list(GRID_COLUMNS))
    wrap = Alignment(wrap_text=True, vertical="top")
    for a in doc["activities"]:
        sheet.append([
            a["reference"], a["name"], a["purpose"], ", ".join(a["data_subjects"]),
            ", ".join(a["data_categories"]),
            ", ".join(b["code"] for b in a["legal_bases"]), ", ".join(a["recipients"]),
            a["retention"], a["status"],
        ])
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = wrap
    for letter, width in zip("ABCDEFGHI", (9, 22, 48, 18, 28, 18, 22, 20, 10), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.page_setup.orientation = "landscape"
    sheet.print_title_rows = "1:1"
    book.save(path)


def _soffice_child(soffice: str, xlsx: str, outdir: str, profile: str, queue: Any) -> None:
    start = time.perf_counter()
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", outdir, xlsx],
                   check=True, capture_output=True)
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    queue.put({"seconds": elapsed, "peak_mib": peak})


def libreoffice(size: int, workdir: Path, runs: int, ctx: Any) -> dict[str, float] | None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    xlsx = workdir / f"grid-{size}.xlsx"
    write_grid(size, xlsx)
    profile = workdir / "lo-profile"
    results = []
    for n in range(runs + 1):  # the first run makes LibreOffice's profile: not counted
        queue = ctx.Queue()
        child = ctx.Process(target=_soffice_child,
                            args=(soffice, str(xlsx), str(workdir), str(profile), queue))
        child.start()
        result = queue.get()
        child.join()
        if n:
            results.append(result)
    from pypdf import PdfReader

    pages = len(PdfReader(str(workdir / f"grid-{size}.pdf")).pages)
    return {"seconds": statistics.median(r["seconds"] for r in results),
            "peak_mib": statistics.median(r["peak_mib"] for r in results), "pages": pages}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    sizes = [int(x) for x in args.sizes.split(",") if x.strip()]
    from common import machine_now  # beside this script

    print(machine_now())

    from model.signing.pades import create_self_signed

    ctx = multiprocessing.get_context("spawn")
    with tempfile.TemporaryDirectory() as name:
        workdir = Path(name)
        create_self_signed(workdir / "bench.p12", PASSWORD, organisation="Bench",
                           common_name="Bench")
        print(f"{'activities':>10} {'pages':>6} {'cold s':>7} {'re-export s':>12} "
              f"{'re/cold':>8} {'peak MiB':>9} {'LO pages':>9} {'LO s':>6} {'LO MiB':>7} "
              f"{'cold/LO':>8}  (medians of {args.runs})")
        for size in sizes:
            results = []
            for run in range(args.runs):
                queue = ctx.Queue()
                child = ctx.Process(target=_one_run, args=(size, name, run, queue))
                child.start()
                results.append(queue.get())
                child.join()
            med = {k: statistics.median(r[k] for r in results) for k in results[0]}
            lo = libreoffice(size, workdir, args.runs, ctx)
            lo_cols = (f"{lo['pages']:>9.0f} {lo['seconds']:>6.2f} {lo['peak_mib']:>7.0f} "
                       f"{med['cold'] / lo['seconds']:>8.2f}") if lo else f"{'—':>9} {'—':>6} " \
                f"{'—':>7} {'—':>8}"
            print(f"{size:>10} {med['pages']:>6.0f} {med['cold']:>7.2f} {med['warm']:>12.2f} "
                  f"{med['warm'] / med['cold']:>8.2f} {med['peak_mib']:>9.0f} {lo_cols}",
                  flush=True)


if __name__ == "__main__":
    main()
    if "--child" not in sys.argv:
        from common import machine_now

        print(machine_now())
