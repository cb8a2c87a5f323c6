"""Reading tables to import: parse time per format, and the whole `registre import`.

Parsing runs in this process (the importer alone, as the editor's preview calls
it), on two kinds of register: the seed's three columns repeated (cells repeat,
as in real registers), and a 13-column register in the CNIL template's layout
whose every cell is different (the worst case for the importer's caches). Each
is read as CSV, XLSX and ODS. The import runs the real command in a fresh
interpreter (start-up excluded), into a new register.

    .venv/bin/python bench/bench_import.py --sizes 1000,10000 --runs 3
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import sys
import time
import zipfile

from common import ROOT, median, run_cli, run_floor, seed_rows, tmpdir

sys.path.insert(0, str(ROOT))

from model.exchange import table_import
from model.exchange.importer import parse_bytes

CNIL = ["N° / REF", "Nom / sigle", "Finalité principale", "Sous-finalités",
        "Catégories de personnes concernées", "Catégories de données personnelles concernées",
        "Base légale", "Destinataires", "Transferts hors UE", "Durée de conservation",
        "Mesures de sécurité", "AIPD requise ?", "Responsable opérationnel"]


def seed_like(size: int) -> list[list[str]]:
    rows = [cells.split("\t") for cells in seed_rows()]
    out = [["But / Activité", "Type de données", "Fondement légal pour le traitement des données"]]
    for i in range(size):
        purpose, cats, basis = [*rows[i % len(rows)], "", ""][:3]
        out.append([f"{purpose} (n° {i + 1})", cats, basis])
    return out


def cnil_like(size: int) -> list[list[str]]:
    out = [CNIL]
    for i in range(size):
        out.append([f"R-{i}", f"Traitement {i}", f"Gestion du dossier n° {i} des clients",
                    f"Relance {i}; archivage", f"Clients {i % 97}; prospects",
                    f"Identité, Contact, Données de connexion {i % 13}",
                    "Exécution d'un contrat" if i % 2 else f"Art. 6(1)(f) (suivi {i})",
                    f"Prestataire {i % 31}", "Non" if i % 5 else "États-Unis (CCT)",
                    f"{1 + i % 10} ans après la fin du contrat",
                    "Contrôle d'accès des utilisateurs; chiffrement", "Non",
                    f"Service {i % 7}"])
    return out


def as_csv(rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode()


def as_xlsx(rows: list[list[str]]) -> bytes:
    import openpyxl

    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Registre")
    for cells in rows:
        sheet.append(cells)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _x(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def as_ods(rows: list[list[str]]) -> bytes:
    body = "".join(
        "<table:table-row>" + "".join(
            f'<table:table-cell office:value-type="string"><text:p>{_x(c)}</text:p>'
            "</table:table-cell>" for c in cells) + "</table:table-row>" for cells in rows)
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body>'
        f'<office:spreadsheet><table:table table:name="Registre">{body}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content)
    return out.getvalue()


FORMATS = {"csv": as_csv, "xlsx": as_xlsx, "ods": as_ods}


def parse_seconds(data: bytes, name: str) -> float:
    known = table_import.starter_names("fr")
    started = time.perf_counter()
    table = parse_bytes(data, filename=name, known=known)
    elapsed = time.perf_counter() - started
    assert table.ok, table.errors[:3]
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print("load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())
          + " (2 cores: read the ratios)")
    # The imports first: a child's peak RSS counts its parent's at the fork (Linux keeps
    # ru_maxrss across exec), and the parse section below fills this process with workbooks.
    work = tmpdir()
    print(f"registre import (new register, start-up excluded) beside its floor (csv.reader, "
          f"then one executemany a table of the rows it wrote), s, median of {args.runs}")
    print(f"{'register':>18} {'rows':>6} {'import s':>9} {'floor s':>8} {'ratio':>6} {'MiB':>5}")
    for label, build in (("seed, 3 columns", seed_like), ("CNIL, 13 columns", cnil_like)):
        for size in sizes:
            table = work / f"{build.__name__}-{size}.csv"
            table.write_bytes(as_csv(build(size)))
            seconds, floors, mib = [], [], []
            for run in range(args.runs):  # figure and floor alternate: the same load on both
                db = work / f"{table.stem}-{run}.db"
                r = run_cli(["--db", str(db), "import", str(table)])
                seconds.append(r["seconds"])
                mib.append(r["peak_mib"])
                floors.append(run_floor(db, table, "csv", work / f"{table.stem}-f{run}.db"))
            ratio = median([s / f for s, f in zip(seconds, floors, strict=True)])
            print(f"{label:>18} {size:>6} {median(seconds):>9.2f} {median(floors):>8.3f} "
                  f"{ratio:>5.1f}× {median(mib):>5.0f}")
    print(f"\nparse s (importer only, in process), median of {args.runs}")
    print(f"{'register':>18} {'rows':>6} " + " ".join(f"{f:>7}" for f in FORMATS))
    for label, build in (("seed, 3 columns", seed_like), ("CNIL, 13 columns", cnil_like)):
        for size in sizes:
            rows = build(size)
            figures = []
            for fmt, write in FORMATS.items():
                data = write(rows)
                figures.append(median([parse_seconds(data, f"r.{fmt}")
                                       for _ in range(args.runs)]))
            print(f"{label:>18} {size:>6} " + " ".join(f"{s:>7.3f}" for s in figures))
    print("load average " + " ".join(f"{x:.2f}" for x in os.getloadavg()))


if __name__ == "__main__":
    main()
