"""The signed record seals the history; `check` finds what was changed behind Registre's back.

Tampering is done as someone with the sqlite3 shell would: rows edited, deleted,
every later hash recomputed and the anchor rewritten to match. Without an outside
anchor, `check` catches what the register's own content contradicts; with
`--against` a signed record, it catches a history rewritten whole.
"""

from __future__ import annotations

import io
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from model import cli
from model.storage import history, seals
from model.storage.store import Store

from .test_history import _history_register


@pytest.fixture(scope="module")
def p12(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    from model.signing import pades

    folder = tmp_path_factory.mktemp("p12")
    pades.create_self_signed(folder / "cert.p12", b"secret", organisation="Martin SARL",
                             common_name="Claire Dupont")
    (folder / "pw").write_text("secret\n", encoding="utf-8")
    return folder / "cert.p12", folder / "pw"


def _shell(path: Path, sql: str) -> None:
    shell = shutil.which("sqlite3")
    if shell is None:
        pytest.skip("the sqlite3 shell is not installed (Debian package sqlite3)")
    subprocess.run([shell, str(path), sql], check=True)


def _signed(path: Path, out: Path, p12: tuple[Path, Path],
            capsys: pytest.CaptureFixture[str] | None = None) -> None:
    """A signed record of the register; its warnings (findings, drafts) are read and dropped."""
    assert cli.run(["--db", str(path), "export", str(out), "--sign", "--p12", str(p12[0]),
                    "--password-file", str(p12[1]), "--signer", "Claire Dupont"]) == 0
    if capsys is not None:
        capsys.readouterr()


def _check(capsys: pytest.CaptureFixture[str], path: Path, *extra: str) -> str:
    cli.run(["--db", str(path), "check", *extra])
    out, err = capsys.readouterr()
    assert err == "", err
    return out


def _rewrite(path: Path, changes: dict[int, dict[str, str]], *, activity_sql: str = "") -> None:
    """Change entries as a careful forger would: every hash after them recomputed, the
    anchor rewritten, the activity rows and their seals made to agree."""
    with sqlite3.connect(path) as con:
        rows = con.execute("SELECT id, at, user, action, entity, ref, field, old, new "
                           "FROM historyentry ORDER BY id").fetchall()
    statements = [activity_sql] if activity_sql else []
    prev = history.GENESIS
    for row in rows:
        entry_id = row[0]
        values = dict(zip(("at", "user", "action", "entity", "ref", "field", "old", "new"),
                          row[1:], strict=True))
        values.update(changes.get(entry_id, {}))
        entry = type("Entry", (), values)()
        digest = history.entry_hash(prev, entry)  # type: ignore[arg-type]
        sets = ", ".join(f"{k}='{v}'" for k, v in changes.get(entry_id, {}).items())
        statements.append(f"UPDATE historyentry SET {sets + ', ' if sets else ''}"
                          f"prev_hash='{prev}', hash='{digest}' WHERE id={entry_id};")
        prev = digest
    statements.append(f"UPDATE meta SET value='{prev}' WHERE key='history_head';")
    _shell(path, "\n".join(s if s.endswith(";") else s + ";" for s in statements))
    with sqlite3.connect(path) as con:  # the seals, recomputed as a forger who read our code
        con.row_factory = sqlite3.Row
        for row in con.execute("SELECT * FROM activity").fetchall():
            con.execute("UPDATE meta SET value=? WHERE key=?",
                        (seals.row_hash(dict(row)), seals.PREFIX + row["reference"]))


def test_a_signed_record_carries_the_history_seal(tmp_path: Path,
                                                  p12: tuple[Path, Path]) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader

    path = tmp_path / "r.db"
    _history_register(path)
    store = Store.open(path, readonly=True)
    with store.read() as s:
        before = history.seal(s)
    store.close()
    out = tmp_path / "record.pdf"
    _signed(path, out, p12)
    info = PdfFileReader(io.BytesIO(out.read_bytes()), strict=False).trailer["/Info"]
    assert str(info["/RegistreHistoryHead"]) == before.head
    assert int(info["/RegistreHistoryCount"]) == before.count == 4
    result = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True,
                            check=False) if shutil.which("pdfinfo") else None
    if result is not None:
        assert result.returncode == 0


def test_check_against_an_untouched_history_confirms_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], p12: tuple[Path, Path]) -> None:
    path = tmp_path / "r.db"
    _history_register(path)
    out = tmp_path / "record.pdf"
    _signed(path, out, p12, capsys)
    store = Store.open(path)  # work goes on after the record: still the same history up to it
    with store.write() as s:
        from model.register import crud

        crud.create_activity(s, name="Recrutement", purpose="Embaucher")
    store.close()
    text = _check(capsys, path, "--against", str(out))
    assert "Historique conforme au registre signé « record.pdf » : ses 4 entrées sont " \
           "inchangées." in text
    assert "altéré" not in text and "hors de Registre" not in text


def test_a_history_rewritten_whole_is_caught_against_a_signed_record(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], p12: tuple[Path, Path]) -> None:
    path = tmp_path / "r.db"
    _history_register(path)
    out = tmp_path / "record.pdf"
    _signed(path, out, p12, capsys)
    # Entry 2 said the purpose became "Verser les salaires": make it say something else,
    # and the activity agree, every hash and seal recomputed.
    _rewrite(path, {2: {"new": "Autre finalité"}},
             activity_sql="UPDATE activity SET purpose='Autre finalité' WHERE reference='T-001'")
    alone = _check(capsys, path)
    assert "altéré" not in alone and "hors de Registre" not in alone  # a perfect forgery…
    against = _check(capsys, path, "--against", str(out))
    assert "Historique altéré depuis le registre signé « record.pdf » : l'entrée n° 2 " \
           "(id 2) n'est plus celle qui a été signée." in against  # …until a record exists
    assert cli.run(["--db", str(path), "check", "--against", str(out)]) == 1
    capsys.readouterr()


def test_an_activity_changed_with_the_sqlite3_shell_is_reported(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "r.db"
    _history_register(path)
    _shell(path, "UPDATE activity SET retention='toujours' WHERE reference='T-002';")
    text = _check(capsys, path)
    assert "Activité T-002 modifiée hors de Registre (aucune entrée d'historique)." in text
    _shell(path, "DELETE FROM activity WHERE reference='T-001';")
    assert "Activité T-001 supprimée hors de Registre" in _check(capsys, path)


def test_last_entries_removed_with_the_anchor_rewritten_are_noticed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], p12: tuple[Path, Path]) -> None:
    path = tmp_path / "r.db"
    _history_register(path)
    out = tmp_path / "record.pdf"
    _signed(path, out, p12, capsys)
    with sqlite3.connect(path) as con:
        head = con.execute("SELECT hash FROM historyentry WHERE id=3").fetchone()[0]
    _shell(path, "DELETE FROM historyentry WHERE id >= 4;"
                 f"UPDATE meta SET value='{head}' WHERE key='history_head';"
                 "UPDATE meta SET value='3' WHERE key='history_count';")
    text = _check(capsys, path)
    assert "l'activité T-002 n'apparaît nulle part dans l'historique" in text
    text = _check(capsys, path, "--against", str(out))
    assert "des entrées signées ont été supprimées (il en reste 3, la première manquante " \
           "est l'entrée n° 4)" in text


def test_a_history_erased_with_its_anchor_is_noticed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "r.db"
    _history_register(path)
    _shell(path, "DELETE FROM historyentry; DELETE FROM meta WHERE key LIKE 'history_%';")
    assert "le registre a des activités mais plus d'historique" in _check(capsys, path)


def test_an_entry_rewritten_with_later_hashes_recomputed_is_noticed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "r.db"
    _history_register(path)
    _rewrite(path, {2: {"new": "Autre finalité"}})  # the activity still says otherwise
    text = _check(capsys, path)
    assert "l'entrée n° 2 (id 2) ne concorde pas avec la valeur de « purpose » de " \
           "l'activité T-001" in text


def test_check_against_refuses_what_is_not_a_signed_record(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "r.db"
    _history_register(path)
    out = tmp_path / "plain.pdf"
    assert cli.run(["--db", str(path), "export", str(out)]) == 0
    capsys.readouterr()
    assert cli.run(["--db", str(path), "check", "--against", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "ce registre n'est pas signé" in err


def test_registres_own_writes_leave_no_unrecorded_change(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], seed: Path) -> None:
    path = tmp_path / "r.db"
    _history_register(path)
    assert cli.run(["--db", str(path), "import", str(seed)]) == 0  # the bulk path
    exported = tmp_path / "x.json"
    assert cli.run(["--db", str(path), "export", str(exported)]) == 0
    restored = tmp_path / "restored.db"
    assert cli.run(["--db", str(restored), "import", str(exported)]) == 0
    capsys.readouterr()
    for register in (path, restored):
        text = _check(capsys, register)
        assert "hors de Registre" not in text and "altéré" not in text, text


def test_an_activity_flagged_through_registre_is_not_reported_changed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An edit seals its activity as SQLAlchemy reads it (a flag is True); `check` reads every
    activity at once, through the driver (SQLite says 1): the two must agree."""
    from model.register import crud

    path = tmp_path / "r.db"
    store = Store.open(path, create=True)
    try:
        with store.write() as session:
            done = crud.create_activity(session, name="Paie", purpose="Paie des salariés").id
            crud.create_activity(session, name="Accueil", purpose="Accueil des visiteurs")
        with store.write() as session:
            assert done is not None
            crud.update_activity(session, activity_id=done, dpia_required=True,
                                 automated_decision=False)
    finally:
        store.close()
    assert _check(capsys, path).count("hors de Registre") == 0
    _shell(path, "UPDATE activity SET automated_decision = 1 WHERE name = 'Accueil'")
    assert "hors de Registre" in _check(capsys, path)
