"""Import, JSON export, check and signed PDF export of registers of 100 to 10,000 activities.

Each measurement runs the real `registre` command in a fresh interpreter, so
the figures are what a user waits for, start-up excluded (timed inside), and
the peak memory is that whole process's.

    .venv/bin/python bench/bench_core.py --sizes 100,1000,10000 --runs 3
"""

from __future__ import annotations

import argparse
import os

from common import median, run_cli, tmpdir, write_table


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pdf-up-to", type=int, default=1000,
                        help="sizes above this skip the signed PDF (10,000 takes minutes)")
    args = parser.parse_args()
    print(f"{'activities':>10} {'import s':>9} {'import MiB':>10} {'export s':>9} "
          f"{'export MiB':>10} {'check s':>8} {'signed PDF s':>13} {'PDF MiB':>8}")
    for size in (int(s) for s in args.sizes.split(",")):
        work = tmpdir()
        table = work / "table.tsv"
        write_table(table, size)
        imports, exports, checks, imem, emem, pdfs, pmem = [], [], [], [], [], [], []
        (work / "pw").write_text("bench\n", encoding="utf-8")
        for run in range(args.runs):
            db = work / f"r{run}.db"
            r = run_cli(["--db", str(db), "import", str(table)])
            imports.append(r["seconds"])
            imem.append(r["peak_mib"])
            r = run_cli(["--db", str(db), "export", str(work / f"r{run}.json")])
            exports.append(r["seconds"])
            emem.append(r["peak_mib"])
            # exit 1: incomplete, which an imported table always is
            r = run_cli(["--db", str(db), "check"], ok=(0, 1))
            checks.append(r["seconds"])
            if size <= args.pdf_up_to:  # the whole process, start-up included, as a user waits
                r = run_cli(["--db", str(db), "export", str(work / f"r{run}.pdf"), "--sign",
                             "--password-file", str(work / "pw"), "--signer", "Bench"],
                            env={**os.environ, "XDG_DATA_HOME": str(work / "data")})
                pdfs.append(r["wall"])
                pmem.append(r["peak_mib"])
        print(f"{size:>10} {median(imports):>9.2f} {median(imem):>10.0f} "
              f"{median(exports):>9.2f} {median(emem):>10.0f} {median(checks):>8.2f} "
              + (f"{median(pdfs):>13.2f} {median(pmem):>8.0f}" if pdfs else f"{'—':>13} {'—':>8}"))


if __name__ == "__main__":
    main()
