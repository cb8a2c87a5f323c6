"""Import, JSON export and restore, check and signed PDF of registers of 100 to 10,000 activities.

Each measurement runs the real `registre` command in a fresh interpreter, so
the figures are what a user waits for, start-up excluded (timed inside), and
the peak memory is that whole process's. The import and the JSON restore are each
printed beside their floor, measured in the same run: the source read by the
standard library (csv, json.load), then one `executemany` a table of the rows
the real command wrote, in one transaction with synchronous=FULL.

    .venv/bin/python bench/bench_core.py --sizes 100,1000,10000 --runs 3
"""

from __future__ import annotations

import argparse
import os

from common import median, run_cli, run_floor, tmpdir, write_table


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pdf-up-to", type=int, default=1000,
                        help="sizes above this skip the signed PDF (10,000 takes minutes)")
    args = parser.parse_args()
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
            # exit 1: incomplete, which an imported table always is
            r = run_cli(["--db", str(db), "check"], ok=(0, 1))
            add("check", r["seconds"])
            if size <= args.pdf_up_to:  # the whole process, start-up included, as a user waits
                r = run_cli(["--db", str(db), "export", str(work / f"r{run}.pdf"), "--sign",
                             "--password-file", str(work / "pw"), "--signer", "Bench"],
                            env={**os.environ, "XDG_DATA_HOME": str(work / "data")})
                add("pdf", r["wall"])
                add("pdf_mib", r["peak_mib"])
        lines.append((size, {k: median(v) for k, v in m.items()}))
    print(f"import and restore against their floor (csv or json.load, then executemany of "
          f"the rows they wrote), median of {args.runs}")
    print(f"{'activities':>10} {'import s':>9} {'floor s':>8} {'ratio':>6} {'MiB':>5}   "
          f"{'restore s':>9} {'floor s':>8} {'ratio':>6} {'MiB':>5}")
    for size, med in lines:
        print(f"{size:>10} {med['import']:>9.2f} {med['import_floor']:>8.3f} "
              f"{med['import'] / med['import_floor']:>5.0f}× {med['import_mib']:>5.0f}   "
              f"{med['restore']:>9.2f} {med['restore_floor']:>8.3f} "
              f"{med['restore'] / med['restore_floor']:>5.0f}× {med['restore_mib']:>5.0f}")
    print(f"\n{'activities':>10} {'export s':>9} {'export MiB':>10} {'check s':>8} "
          f"{'signed PDF s':>13} {'PDF MiB':>8}")
    for size, med in lines:
        pdf = (f"{med['pdf']:>13.2f} {med['pdf_mib']:>8.0f}" if "pdf" in med
               else f"{'—':>13} {'—':>8}")
        print(f"{size:>10} {med['export']:>9.2f} {med['export_mib']:>10.0f} "
              f"{med['check']:>8.2f} {pdf}")


if __name__ == "__main__":
    main()
