"""Smoke test of the frozen bundle (`make package-test`): does dist/registre/registre work?

Runs the bundle's own binary, headless and in a throwaway home, through what a user does:
`--version`, import the French seed table, check, export JSON, export the signed PDF record,
verify it, and start the editor offscreen. Then it prints the figures worth watching: the
bundle's size and start times, next to the development install's (`.venv/bin/registre`).

Standard library only, so it runs with any Python 3.11; exits 1 at the first failure.

The editor step needs a way to quit once the window is shown: with REGISTRE_QUIT_AFTER_SHOW=1
the editor must exit 0 right after its main window is shown. While the editor lacks that hook
the test only checks that it is still running, without a traceback, after a few seconds.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "resources" / "samples" / "seed-register-fr.tsv"
EDITOR_WAIT = 8.0
"""Seconds the editor is given to show its window (or, without the quit hook, to stay up)."""


class Failed(Exception):
    pass


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def isolated_env(home: Path) -> dict[str, str]:
    """A home of its own: the self-signed certificate, backups and settings land there."""
    env = dict(os.environ)
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
        QT_QPA_PLATFORM="offscreen",
        REGISTRE_LANG="fr",
    )
    env.pop("REGISTRE_DB", None)
    return env


def run(binary: Path, *args: str, env: dict[str, str], ok: tuple[int, ...] = (0,),
        cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    shown = " ".join(["registre", *args])
    proc = subprocess.run([str(binary), *args], env=env, cwd=cwd, capture_output=True,
                          text=True, timeout=120)
    if proc.returncode not in ok or "Traceback" in proc.stderr:
        raise Failed(f"`{shown}` exited {proc.returncode}\n{proc.stdout}{proc.stderr}")
    print(f"  ok  {shown}")
    return proc


def editor_start(binary: Path, db: Path, env: dict[str, str]) -> float | None:
    """Seconds from launch to the window shown (None without the quit hook)."""
    env = dict(env, REGISTRE_QUIT_AFTER_SHOW="1")
    start = time.perf_counter()
    proc = subprocess.Popen([str(binary), "--db", str(db)], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        out, err = proc.communicate(timeout=EDITOR_WAIT)
    except subprocess.TimeoutExpired:
        proc.terminate()
        out, err = proc.communicate(timeout=10)
        if "Traceback" in err:
            raise Failed(f"the editor failed:\n{err}") from None
        return None
    elapsed = time.perf_counter() - start
    if proc.returncode != 0 or "Traceback" in err:
        raise Failed(f"the editor exited {proc.returncode}:\n{out}{err}")
    return elapsed


def median_wall(argv: list[str], env: dict[str, str], times: int = 5) -> float:
    samples = []
    for _ in range(times):
        start = time.perf_counter()
        subprocess.run(argv, env=env, capture_output=True, check=True, timeout=60)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def du(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def smoke(binary: Path, work: Path) -> float | None:
    env = isolated_env(work / "home")
    db = work / "register.db"
    version = run(binary, "--version", env=env).stdout.strip()
    if version != f"registre {project_version()}":
        raise Failed(f"--version says {version!r}, pyproject.toml {project_version()!r}")
    out = run(binary, "--db", str(db), "import", str(SEED), env=env).stdout
    if "importées" not in out:
        raise Failed(f"the import printed no count (translations missing?):\n{out}")
    run(binary, "--db", str(db), "check", env=env, ok=(0, 1))
    run(binary, "--db", str(db), "export", str(work / "register.json"), env=env)
    password = work / "password.txt"
    password.write_text("smoke-test\n", encoding="utf-8")
    pdf = work / "registre.pdf"
    run(binary, "--db", str(db), "export", str(pdf), "--sign", "--password-file",
        str(password), "--signer", "Test de fumée", env=env)
    if not pdf.read_bytes().startswith(b"%PDF"):
        raise Failed("the signed record is not a PDF")
    # With --db, the register's own certificate authenticates its signer: exit 0, authentic.
    out = run(binary, "--db", str(db), "verify", str(pdf), env=env).stdout
    if "AUTHENTIQUE" not in out:
        raise Failed(f"verify did not find the record authentic:\n{out}")
    started = editor_start(binary, db, env)
    if started is None:
        print(f"  ok  registre --db register.db (editor up after {EDITOR_WAIT:.0f} s, "
              "terminated: no REGISTRE_QUIT_AFTER_SHOW hook yet)")
    else:
        print(f"  ok  registre --db register.db (window shown, quit after {started:.2f} s)")
    return started


def figures(bundle: Path, binary: Path, dev: Path | None, work: Path,
            frozen_editor: float | None) -> None:
    env = isolated_env(work / "home")
    db = work / "register.db"
    print(f"\nbundle size: {du(bundle) / 2**20:.0f} MiB ({bundle})")
    rows = [("frozen", binary, frozen_editor)]
    if dev is not None and dev.exists():
        rows.append(("venv", dev, editor_start(dev, db, env)))
    for label, exe, editor in rows:
        version = median_wall([str(exe), "--version"], env)
        shown = "n/a (no quit hook)" if editor is None else f"{editor:.2f} s"
        print(f"{label:>6}: --version {version:.2f} s (median of 5); editor to window: {shown}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "registre")
    parser.add_argument("--compare", type=Path, default=ROOT / ".venv" / "bin" / "registre",
                        help="development `registre` to time against (default: .venv's)")
    parser.add_argument("--no-figures", action="store_true", help="skip the timings")
    args = parser.parse_args(argv)
    binary = args.bundle / "registre"
    if not binary.exists():
        print(f"no {binary}: run `make package` first", file=sys.stderr)
        return 1
    print(f"smoke test of {binary}")
    with tempfile.TemporaryDirectory(prefix="registre-smoke-") as tmp:
        work = Path(tmp)
        try:
            editor = smoke(binary, work)
        except (Failed, subprocess.TimeoutExpired) as exc:
            print(f"FAIL {exc}", file=sys.stderr)
            return 1
        if not args.no_figures:
            figures(args.bundle, binary, args.compare, work, editor)
    print("\nsmoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
