"""Run every benchmark in this folder with the same sizes and number of runs.

    .venv/bin/python bench/run.py [--sizes 100,1000,10000] [--runs 3]
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHES = ("bench_core.py", "bench_import.py", "bench_pdf.py", "bench_gui.py")


def main() -> int:
    status = 0
    for name in BENCHES:
        script = HERE / name
        print(f"== {name}", flush=True)
        status |= subprocess.run([sys.executable, str(script), *sys.argv[1:]],
                                 check=False).returncode
    return status


if __name__ == "__main__":
    sys.exit(main())
