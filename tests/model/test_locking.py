"""One writer per register: a second one is told so and offered read-only; nothing corrupts."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from model import cli
from model.core import i18n
from model.core.errors import RegisterLocked, RegistreError
from model.register import crud
from model.storage import history
from model.storage.store import Store

ROOT = Path(__file__).resolve().parents[2]


def _filled(path: Path) -> None:
    store = Store.open(path)
    with store.write() as s:
        crud.create_activity(s, name="Paie", purpose="Verser les salaires")
    store.close()


def test_a_second_writer_is_refused_and_offered_read_only(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    _filled(path)
    first = Store.open(path)
    with pytest.raises(RegisterLocked) as caught:
        Store.open(path)
    assert "déjà ouvert en écriture" in caught.value.message
    assert "lecture seule" in caught.value.message
    assert str(os.getpid()) in caught.value.holder
    assert isinstance(caught.value, RegistreError)  # the CLI's one-line handling applies
    reader = Store.open(path, readonly=True)
    with reader.read() as s:
        assert [a.name for a in crud.activities(s)] == ["Paie"]
    with pytest.raises(RegistreError, match="lecture seule"), reader.write() as s:
        crud.create_activity(s, name="Refusée")
    # The reader sees what the writer commits.
    with first.write() as s:
        crud.create_activity(s, name="Congés")
    with reader.read() as s:
        assert [a.name for a in crud.activities(s)] == ["Paie", "Congés"]
    reader.close()
    first.close()
    Store.open(path).close()  # released on close


def test_the_refusal_speaks_english(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "r.db"
    first = Store.open(path)
    monkeypatch.setenv("REGISTRE_LANG", "en")
    i18n.set_language("en")
    with pytest.raises(RegisterLocked, match=r"already open for writing elsewhere.*read-only"):
        Store.open(path)
    first.close()


def test_the_lock_goes_with_a_killed_process(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    _filled(path)
    code = textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(ROOT)!r})
        from pathlib import Path
        from model.storage.store import Store
        store = Store.open(Path({str(path)!r}))
        print("ready", flush=True)
        time.sleep(60)
    """)
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        with pytest.raises(RegisterLocked) as caught:
            Store.open(path)
        assert f"processus {child.pid}" in caught.value.message
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    store = Store.open(path)  # no stale lock after SIGKILL
    store.close()


def test_cli_writes_on_a_locked_register_exit_2_and_reads_still_work(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        seed: Path) -> None:
    path = tmp_path / "r.db"
    _filled(path)
    monkeypatch.setattr(cli, "LOCK_WAIT", 0.2)
    editor = Store.open(path)
    before = path.read_bytes()
    code = cli.run(["--db", str(path), "import", str(seed)])
    _, err = capsys.readouterr()
    assert code == 2
    assert err.count("\n") == 1 and "déjà ouvert en écriture" in err and "Traceback" not in err
    for argv in (["export", str(tmp_path / "x.json")], ["check"], ["history"], ["backups"]):
        code = cli.run(["--db", str(path), *argv])
        _, err = capsys.readouterr()
        assert code in (0, 1), (argv, err)
        assert err == ""
    editor.close()
    assert path.read_bytes() == before


def test_a_cli_write_waits_for_a_short_writer(tmp_path: Path, seed: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "r.db"
    _filled(path)
    other = Store.open(path)
    threading.Timer(0.5, other.close).start()
    began = time.monotonic()
    assert cli.run(["--db", str(path), "import", str(seed)]) == 0
    assert time.monotonic() - began >= 0.4
    assert "11 activités importées" in capsys.readouterr().out


_WRITER = textwrap.dedent("""
    import sys
    sys.path.insert(0, {root!r})
    from pathlib import Path
    from model.register import crud
    from model.storage.store import Store
    path, tag, n, bypass = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4] == "1"
    if bypass:  # no writer lock: only SQLite's own locking stands between the two
        store = Store(Store._engine(path), path)
    for i in range(n):
        if not bypass:
            store = Store.open(path, wait=60, daily_backup=False)
        with store.write() as s:
            crud.create_activity(s, name=f"{{tag}}{{i}}", purpose="x", categories=["Santé"])
        print(f"ack {{tag}}{{i}}", flush=True)
        if not bypass:
            store.close()
""")


@pytest.mark.parametrize("bypass", [False, True], ids=["one-shot-with-lock", "lock-bypassed"])
def test_two_processes_writing_at_once_never_corrupt(tmp_path: Path, bypass: bool) -> None:
    path = tmp_path / "r.db"
    Store.open(path).close()
    script = _WRITER.format(root=str(ROOT))
    children = [
        subprocess.Popen([sys.executable, "-c", script, str(path), tag, "40", str(int(bypass))],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for tag in ("a", "b")
    ]
    acked: set[str] = set()
    for child in children:
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
        acked |= {line.split()[1] for line in out.splitlines() if line.startswith("ack ")}
    assert len(acked) == 80
    store = Store.open(path)
    with store.read() as s:
        assert s.connection().execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
        assert history.verify(s) is None
        names = {a.name for a in crud.activities(s)}
        refs = [a.reference for a in crud.activities(s)]
    store.close()
    assert acked <= names
    assert len(set(refs)) == len(refs) == 80
