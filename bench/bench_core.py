"""Import, JSON export and restore, check and signed PDF of registers of 100 to 10,000 activities;
then spreadsheet export (XLSX, ODS, CSV) of registers whose activities fill every field.

Each measurement runs the real `registre` command in a fresh interpreter, so
the figures are what a user waits for, start-up excluded (timed inside), and
the peak memory is that whole process's. The import and the JSON restore are each
printed beside their floor, measured in the same run: the source read by the
standard library (csv, json.load), then one `executemany` a table of the rows
the real command wrote, in one transaction with synchronous=FULL.

    .venv/bin/python bench/bench_core.py --sizes 100,1000,10000 --runs 3
    .venv/bin/python bench/bench_core.py --sizes 1000,10000 --floors-only   # issue #11's figures
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any

from common import machine_now, median, run_cli, run_floor, seed_rows, tmpdir, write_table

from model.core import catalogue, vocab
from model.core.catalogue import Kind


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pdf-up-to", type=int, default=1000,
                        help="sizes above this skip the signed PDF (10,000 takes minutes)")
    parser.add_argument("--floors-only", action="store_true",
                        help="import, export and restore only (no check, PDF nor spreadsheets)")
    args = parser.parse_args()
    print(machine_now())
    lines = []
    for size in (int(s) for s in args.sizes.split(",")):
        work = tmpdir()
        table = work / "table.tsv"
        write_table(table, size)
        m: dict[str, list[float]] = {}

        def add(key: str, value: float, into: dict[str, list[float]] = m) -> None:
            into.setdefault(key, []).append(value)

        (work / "pw").write_text("bench\n", encoding="utf-8")
        for run in range(args.runs):  # figure and floor alternate: the same load on both
            db = work / f"r{run}.db"
            r = run_cli(["--db", str(db), "import", str(table)])
            add("import", r["seconds"])
            add("import_mib", r["peak_mib"])
            add("import_floor", run_floor(db, table, "table", work / f"f{run}.db"))
            doc = work / f"r{run}.json"
            r = run_cli(["--db", str(db), "export", str(doc)])
            add("export", r["seconds"])
            add("export_mib", r["peak_mib"])
            restored = work / f"j{run}.db"
            r = run_cli(["--db", str(restored), "import", str(doc)])
            add("restore", r["seconds"])
            add("restore_mib", r["peak_mib"])
            add("restore_floor", run_floor(restored, doc, "json", work / f"g{run}.db"))
            if args.floors_only:
                continue
            # exit 1: incomplete, which an imported table always is
            r = run_cli(["--db", str(db), "check"], ok=(0, 1))
            add("check", r["seconds"])
            if size <= args.pdf_up_to:  # the whole process, start-up included, as a user waits
                r = run_cli(["--db", str(db), "export", str(work / f"r{run}.pdf"), "--sign",
                             "--password-file", str(work / "pw"), "--signer", "Bench"],
                            env={**os.environ, "XDG_DATA_HOME": str(work / "data"),
                                 # an empty sheet cache each run: a cold export, not a reuse
                                 "XDG_CACHE_HOME": str(work / f"cache{run}")})
                add("pdf", r["wall"])
                add("pdf_mib", r["peak_mib"])
        lines.append((size, {k: median(v) for k, v in m.items()}))
    print(f"import and restore against their floor (csv or json.load, then executemany of "
          f"the rows they wrote), median of {args.runs}")
    print(f"{'activities':>10} {'import s':>9} {'floor s':>8} {'ratio':>6} {'MiB':>5}   "
          f"{'restore s':>9} {'floor s':>8} {'ratio':>6} {'MiB':>5}")
    for size, med in lines:
        print(f"{size:>10} {med['import']:>9.2f} {med['import_floor']:>8.3f} "
              f"{med['import'] / med['import_floor']:>5.1f}× {med['import_mib']:>5.0f}   "
              f"{med['restore']:>9.2f} {med['restore_floor']:>8.3f} "
              f"{med['restore'] / med['restore_floor']:>5.1f}× {med['restore_mib']:>5.0f}")
    if args.floors_only:
        return
    print(f"\n{'activities':>10} {'export s':>9} {'export MiB':>10} {'check s':>8} "
          f"{'signed PDF s':>13} {'PDF MiB':>8}")
    for size, med in lines:
        pdf = (f"{med['pdf']:>13.2f} {med['pdf_mib']:>8.0f}" if "pdf" in med
               else f"{'—':>13} {'—':>8}")
        print(f"{size:>10} {med['export']:>9.2f} {med['export_mib']:>10.0f} "
              f"{med['check']:>8.2f} {pdf}")
    print()
    spreadsheet_exports([int(s) for s in args.sizes.split(",")], args.runs)


def _filled(f: catalogue.Field, i: int) -> Any:
    """A value for field `f` of activity `i`, as a privacy officer would fill it."""
    if f.kind == Kind.YES_NO:
        return i % 2 == 0
    if f.kind == Kind.CHOICE:
        return vocab.codes(f.vocabulary)[i % len(f.vocabulary)]
    if f.kind == Kind.CHOICES:
        return list(vocab.codes(f.vocabulary)[: 1 + i % 3])
    if f.kind == Kind.TEXTS:
        return ["France", "Irlande"][: 1 + i % 2]
    if f.kind == Kind.ITEMS:
        return [f"{f.label('fr')} {n}" for n in range(1 + i % 3)]
    if f.kind == Kind.NOTES:
        return [{"name": "Système", "text": f"Logiciel {i % 7}"}]
    if f.kind == Kind.RECORDS:
        return [{sub.key: _filled(sub, i + n) for sub in f.fields if sub.editable}
                for n in range(1 + i % 2)]
    if f.kind == Kind.TIMESTAMP:
        return "2026-01-15T09:30:00+00:00"
    if f.kind == Kind.DATE:
        return f"2026-{1 + i % 12:02d}-15"
    if f.kind == Kind.LONG_TEXT:
        return f"{f.label('fr')} de l'activité {i + 1}.\nDeuxième ligne."
    return f"{f.label('fr')} {i + 1}"


def write_full_register(path: Path, size: int) -> None:
    """A JSON export of `size` activities filling every catalogue field (purposes from the
    seed), for the spreadsheet export: the widest workbook a register makes."""
    from model.exchange import jsondoc

    rows = seed_rows()
    activities = []
    for i in range(size):
        activity = {f.key: _filled(f, i) for f in catalogue.ACTIVITY}
        activity["reference"] = f"T-{i + 1:03d}"
        activity["purpose"] = f"{rows[i % len(rows)].split(chr(9))[0]} (n° {i + 1})"
        for record in activity["legal_bases"]:
            record["code"] = vocab.codes(vocab.LEGAL_BASES)[i % 6]
        activity["legal_bases"] = activity["legal_bases"][:1]
        for f in catalogue.ACTIVITY:
            if f.kind == Kind.PER_ITEM:  # a text for the first of the activity's own items
                activity[f.key] = {name: f"{f.fields[0].label('fr')} {i + 1}"
                                   for name in activity[f.item_field][:1]}
        activities.append(activity)
    doc = {"format": jsondoc.FORMAT, "language": "fr", "activities": activities}
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")


def spreadsheet_exports(sizes: list[int], runs: int) -> None:
    """`registre export FILE.xlsx|.ods|.csv`: seconds (timed inside the process) and peak MiB."""
    print(f"{'activities':>10} {'xlsx s':>7} {'MiB':>5} {'ods s':>7} {'MiB':>5} "
          f"{'csv s':>7} {'MiB':>5}")
    for size in sizes:
        work = tmpdir()
        write_full_register(work / "full.json", size)
        db = work / "full.db"
        run_cli(["--db", str(db), "import", str(work / "full.json")])
        cells = []
        for suffix in (".xlsx", ".ods", ".csv"):
            seconds, peaks = [], []
            for run in range(runs):
                r = run_cli(["--db", str(db), "export", str(work / f"r{run}{suffix}")])
                seconds.append(r["seconds"])
                peaks.append(r["peak_mib"])
            cells.append(f"{median(seconds):>7.2f} {median(peaks):>5.0f}")
        print(f"{size:>10} " + " ".join(cells))


if __name__ == "__main__":
    main()
    print(machine_now())
