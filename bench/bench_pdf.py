"""Time to render and sign the PDF record for large registers, and the memory it takes.

Each run happens in a fresh child process so that its peak RSS (ru_maxrss) is its own.

    python bench/bench_pdf.py [--sizes 100,1000,10000] [--runs 3]
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PASSWORD = b"bench"


def _one_run(size: int, workdir: str, queue: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    from model.record.pdf import SignerInfo, render_record
    from model.signing.pades import sign_pdf
    from tests.recordkit import make_doc_fr

    doc = make_doc_fr(size)
    folder = Path(workdir)
    unsigned, signed = folder / f"r{size}.pdf", folder / f"s{size}.pdf"
    start = time.perf_counter()
    render_record(
        doc,
        unsigned,
        lang="fr",
        fingerprint="0" * 64,
        register_version="1",
        exported_at=datetime.now(UTC),
        signer=SignerInfo("Bench", "DPO", "Lyon"),
    )
    rendered = time.perf_counter()
    sign_pdf(
        unsigned,
        signed,
        p12_path=folder / "bench.p12",
        password=PASSWORD,
        signer_name="Bench",
        role="DPO",
        place="Lyon",
        lang="fr",
    )
    done = time.perf_counter()
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    queue.put(
        {
            "render": rendered - start,
            "sign": done - rendered,
            "total": done - start,
            "peak_mib": peak_kib / 1024,
            "bytes": signed.stat().st_size,
        }
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    sizes = [int(x) for x in args.sizes.split(",") if x.strip()]

    from model.signing.pades import create_self_signed

    ctx = multiprocessing.get_context("spawn")
    with tempfile.TemporaryDirectory() as workdir:
        create_self_signed(
            Path(workdir) / "bench.p12", PASSWORD, organisation="Bench", common_name="Bench"
        )
        print(
            f"{'activities':>10} {'render s':>9} {'sign s':>8} {'total s':>8} "
            f"{'peak MiB':>9} {'PDF MiB':>8}  (median of {args.runs})"
        )
        for size in sizes:
            results = []
            for _ in range(args.runs):
                queue = ctx.Queue()
                child = ctx.Process(target=_one_run, args=(size, workdir, queue))
                child.start()
                results.append(queue.get())
                child.join()
            med = {k: statistics.median(r[k] for r in results) for k in results[0]}
            print(
                f"{size:>10} {med['render']:>9.2f} {med['sign']:>8.2f} {med['total']:>8.2f} "
                f"{med['peak_mib']:>9.0f} {med['bytes'] / 2**20:>8.1f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
