"""Reading tables to import: parse time per format, and the whole `registre import`.

Parsing runs in this process (the importer alone, as the editor's preview calls
it), on two kinds of register: the seed's three columns repeated (cells repeat,
as in real registers), and a 13-column register in the CNIL template's layout
whose every cell is different (the worst case for the importer's caches). Each
is read as CSV, XLSX and ODS. The import runs the real command in a fresh
interpreter (start-up excluded), into a new register; then the editor's own, in a
fresh interpreter too: File > Import table... on the editor open on a new register,
from the menu's action to the rows in the grid (the preview's Import clicked as soon as
it opens), the register file checked to hold every row before the figure counts.

    .venv/bin/python bench/bench_import.py --sizes 1000,10000 --runs 3
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from common import ROOT, machine_now, median, run_cli, run_floor, seed_rows, tmpdir

sys.path.insert(0, str(ROOT))

from model.exchange import importer
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


def _editor_seconds(table: Path, rows: int) -> float:
    out = subprocess.run([sys.executable, __file__, "--child-editor", str(table), str(rows)],
                         cwd=ROOT, capture_output=True, text=True, check=False,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen", REGISTRE_LANG="fr"))
    if out.returncode:
        raise SystemExit(f"the editor's import of {table.name} failed: {out.stderr}")
    seconds: float = json.loads(out.stdout.strip().splitlines()[-1])["seconds"]
    return seconds


FORMATS = {"csv": as_csv, "xlsx": as_xlsx, "ods": as_ods}


def parse_seconds(data: bytes, name: str) -> float:
    known = importer.starter_names("fr")
    started = time.perf_counter()
    table = parse_bytes(data, filename=name, known=known)
    elapsed = time.perf_counter() - started
    assert table.ok, table.errors[:3]
    return elapsed


def editor_import(table: Path, rows: int) -> float:
    """Seconds of File > Import table... in the editor, in this (fresh) process."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from gui import app as gui_app
    from gui.dialogs.importing import ImportDialog
    from gui.mainwindow.window import MainWindow
    from model.storage.store import Store

    app = gui_app.make_application([sys.argv[0]])
    gui_app.install_translators(app, "fr")
    tmp = Path(tempfile.mkdtemp())
    register = tmp / "r.db"
    window = MainWindow(store=Store.open(register, create=True),
                        settings=QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
    window.show()
    app.processEvents()

    def accept(dialog: ImportDialog) -> int:  # the user clicks Import as soon as it shows
        dialog.import_button.click()
        return int(dialog.result())

    ImportDialog.exec = accept  # type: ignore[method-assign,assignment]
    ImportDialog.ask_path = classmethod(lambda _cls, _parent: table)  # type: ignore[assignment]
    started = time.perf_counter()
    window.import_action.trigger()
    app.processEvents()
    elapsed = time.perf_counter() - started
    assert window.activities.model.rowCount() == rows
    con = sqlite3.connect(register)
    assert con.execute("SELECT count(*) FROM activity").fetchone()[0] == rows
    con.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child-editor", nargs=2, metavar=("TABLE", "ROWS"))
    args = parser.parse_args()
    if args.child_editor:
        print(json.dumps({"seconds": editor_import(Path(args.child_editor[0]),
                                                   int(args.child_editor[1]))}))
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    print(machine_now())
    # The imports first: a child's peak RSS counts its parent's at the fork (Linux keeps
    # ru_maxrss across exec), and the parse section below fills this process with workbooks.
    work = tmpdir()
    print(f"registre import (new register, start-up excluded) beside its floor (csv.reader, "
          f"then one executemany a table of the rows it wrote), s, median of {args.runs}")
    print(f"{'register':>18} {'rows':>6} {'import s':>9} {'floor s':>8} {'ratio':>6} {'MiB':>5} "
          f"{'editor s':>9} {'ratio':>7}  (editor: File > Import table..., menu to grid)")
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
            editor = [_editor_seconds(table, size) for _ in range(args.runs)]
            print(f"{label:>18} {size:>6} {median(seconds):>9.2f} {median(floors):>8.3f} "
                  f"{ratio:>5.1f}× {median(mib):>5.0f} {median(editor):>9.2f} "
                  f"{median(editor) / median(floors):>6.1f}×")
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
    print(machine_now())


if __name__ == "__main__":
    main()
