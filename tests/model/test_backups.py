"""Backups: before an upgrade, before an import, once a day; listed, restored, undone; private."""

from __future__ import annotations

import os
import re
import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from model import cli
from model.core.errors import RegisterLocked, RegistreError
from model.core.paths import data_dir
from model.exchange import jsondoc
from model.register import crud
from model.storage import backup, history, marks, schema
from model.storage.store import UPGRADES, Store


def _export(path: Path) -> dict[str, object]:
    store = Store.open(path, readonly=True)
    with store.read() as s:
        doc = jsondoc.export_document(s)
    store.close()
    return doc


def _register(path: Path, *names: str) -> None:
    store = Store.open(path)
    with store.write() as s:
        for name in names:
            crud.create_activity(s, name=name, purpose=f"Finalité {name}",
                                 categories=["Santé"], bases=[("consent", "")])
    store.close()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_backup_is_a_private_faithful_copy_named_after_the_register(tmp_path: Path) -> None:
    path = tmp_path / "clients.db"
    _register(path, "Paie", "Congés")
    store = Store.open(path)
    made = backup.make_backup(store, "manual")
    store.close()
    assert made.parent == data_dir() / "backups"
    assert made.name.startswith("clients-") and made.name.endswith("-manual.db")
    assert _mode(made) == 0o600 and _mode(made.parent) == 0o700 and _mode(path) == 0o600
    assert _export(made) == _export(path)
    with sqlite3.connect(made) as con:  # self-contained: no WAL to carry along
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    infos = backup.list_backups(path)
    assert (infos[0].path, infos[0].activities, infos[0].reason) == (made, 2, "manual")
    assert infos[0].size == made.stat().st_size


def test_two_registers_with_the_same_name_keep_their_backups_apart(tmp_path: Path) -> None:
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        _register(tmp_path / sub / "register.db", sub)
        store = Store.open(tmp_path / sub / "register.db", daily_backup=False)
        backup.make_backup(store)
        store.close()
    assert [i.activities for i in backup.list_backups(tmp_path / "a" / "register.db")] == [1]
    assert len(backup.list_backups(tmp_path / "b" / "register.db")) == 1


def test_only_the_last_ten_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    store = Store.open(path)
    made = [backup.make_backup(store) for _ in range(13)]
    store.close()
    kept = [i.path for i in backup.list_backups(path)]
    assert kept == list(reversed(made))[:10]
    assert not any(p.exists() for p in made[:3])


def test_one_backup_a_day_on_open(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    _register(path, "Paie")  # created: nothing to back up yet
    assert backup.list_backups(path) == []
    Store.open(path).close()
    daily = backup.list_backups(path)
    assert [i.reason for i in daily] == ["daily"]
    Store.open(path).close()
    assert len(backup.list_backups(path)) == 1
    # Yesterday's backup does not count for today.
    old = daily[0].path
    old.rename(old.with_name(old.name.replace(old.name.split("-")[2], "20000101T000000.000Z")))
    Store.open(path).close()
    assert [i.reason for i in backup.list_backups(path)] == ["daily", "daily"]
    # Opening read-only never writes, not even a backup.
    for info in backup.list_backups(path):
        info.path.unlink()
    Store.open(path, readonly=True).close()
    assert backup.list_backups(path) == []


def test_a_failed_daily_backup_is_told_not_fatal(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    _register(path, "Paie")
    (data_dir() / "backups").parent.mkdir(parents=True, exist_ok=True)
    (data_dir() / "backups").write_text("not a folder")
    store = Store.open(path)
    assert len(store.notices) == 1 and "sauvegarde" in store.notices[0]
    with store.write() as s:
        crud.create_activity(s, name="Congés")
    store.close()


def test_imports_are_preceded_by_a_backup(tmp_path: Path, seed: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "r.db"
    _register(path, "Paie")
    before = _export(path)
    assert cli.run(["--db", str(path), "import", str(seed)]) == 0
    infos = [i for i in backup.list_backups(path) if i.reason == "import"]
    assert len(infos) == 1 and _export(infos[0].path) == before
    # A JSON restore (into an empty register) is preceded by one too.
    exported = tmp_path / "x.json"
    assert cli.run(["--db", str(path), "export", str(exported)]) == 0
    empty = tmp_path / "empty.db"
    assert cli.run(["--db", str(empty), "import", str(exported)]) == 0
    assert [i.reason for i in backup.list_backups(empty)] == ["import"]
    capsys.readouterr()


def test_an_upgrade_is_preceded_by_a_backup(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "r.db"
    _register(path, "Paie")
    before = _export(path)

    current = schema.SCHEMA_VERSION

    def add_probe(conn: object) -> None:
        conn.exec_driver_sql("ALTER TABLE activity ADD COLUMN probe TEXT DEFAULT ''")  # type: ignore[attr-defined]

    monkeypatch.setattr(marks, "SCHEMA_VERSION", current + 1)
    monkeypatch.setitem(UPGRADES, current, add_probe)
    store = Store.open(path, daily_backup=False)
    store.close()
    with sqlite3.connect(path) as con:
        assert con.execute("PRAGMA user_version").fetchone()[0] == current + 1
        assert "probe" in {r[1] for r in con.execute("PRAGMA table_info(activity)")}
    [info] = backup.list_backups(path)
    assert info.reason == "upgrade"
    with sqlite3.connect(info.path) as con:
        assert con.execute("PRAGMA user_version").fetchone()[0] == current
    monkeypatch.setattr(marks, "SCHEMA_VERSION", current)
    assert _export(info.path) == before


def test_restore_brings_back_a_backup_records_it_and_can_be_undone(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "r.db"
    _register(path, "Paie")
    store = Store.open(path)
    old = backup.make_backup(store)
    with store.write() as s:
        crud.create_activity(s, name="Congés")
    store.close()
    state_before_restore = _export(path)

    assert cli.run(["--db", str(path), "backups"]) == 0
    listing = capsys.readouterr().out
    assert old.name in listing and "Activités" in listing
    number = next(line.split()[0] for line in listing.splitlines() if old.name in line)

    assert cli.run(["--db", str(path), "restore", number]) == 0
    out = capsys.readouterr().out
    assert "restauré" in out and "annuler" in out
    restored = _export(path)
    assert [a["name"] for a in restored["activities"]] == ["Paie"]  # type: ignore[index]
    store = Store.open(path, readonly=True)
    with store.read() as s:
        assert history.verify(s) is None
        last = history.entries(s)[-1]
    store.close()
    assert (last.action, last.entity, last.ref) == ("restore", "register", old.name)

    # Undo: restore the backup the restore took of what it replaced.
    safety = next(i for i in backup.list_backups(path) if i.reason == "before-restore")
    assert _export(safety.path) == state_before_restore
    assert backup.restore_backup(path, safety) != safety.path
    assert _export(path) == state_before_restore
    assert _mode(path) == 0o600
    assert all(_mode(i.path) == 0o600 for i in backup.list_backups(path))


def test_restoring_from_a_register_file_leaves_nothing_beside_it(tmp_path: Path) -> None:
    """A register copied on a USB key, restored from: its folder holds the file it held,
    no -wal or -shm pair left behind by the reading."""
    source_dir = tmp_path / "key"
    source_dir.mkdir()
    _register(source_dir / "copie.db", "Paie")
    before = sorted(os.listdir(source_dir))
    assert "copie.db-wal" not in before
    target = tmp_path / "r.db"
    _register(target, "Clients")
    assert cli.run(["--db", str(target), "restore", str(source_dir / "copie.db")]) == 0
    assert sorted(os.listdir(source_dir)) == before
    store = Store.open(target, readonly=True)
    with store.read() as s:
        assert [a.name for a in crud.activities(s)] == ["Paie"]
    store.close()


def test_restore_refuses_a_foreign_file_and_changes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "r.db"
    _register(path, "Paie")
    foreign = tmp_path / "other.db"
    with sqlite3.connect(foreign) as con:
        con.execute("CREATE TABLE t (x)")
    before = _export(path)
    for spec in (str(foreign), str(tmp_path / "missing.db"), "7"):
        code = cli.run(["--db", str(path), "restore", spec])
        err = capsys.readouterr().err
        assert code == 2 and err.count("\n") == 1 and "Traceback" not in err, err
    assert _export(path) == before


def test_restore_needs_the_writer_lock(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    _register(path, "Paie")
    store = Store.open(path)
    made = backup.make_backup(store)
    with pytest.raises(RegisterLocked):
        backup.restore_backup(path, made)
    backup.restore_backup(store, made)  # through the open store it works
    store.close()
    with pytest.raises(RegistreError, match="lecture seule"):
        backup.restore_backup(Store.open(path, readonly=True), made)


def test_a_file_named_like_a_backup_of_no_real_date_is_left_out_not_fatal(
        tmp_path: Path) -> None:
    """A name that looks like ours but whose date cannot be (month 13, by hand or another
    tool) is not one of our backups: the register still opens, lists and rotates."""
    path = tmp_path / "r.db"
    _register(path, "Paie")
    Store.open(path).close()
    (daily,) = backup.list_backups(path)
    stray = daily.path.with_name(
        daily.path.name.replace(daily.path.name.split("-")[2], "20261301T250000.000Z"))
    stray.write_bytes(b"")
    Store.open(path).close()
    assert [i.path for i in backup.list_backups(path)] == [daily.path]
    assert stray.exists()  # not ours: never rotated away either


def test_backup_names_are_listed_newest_first_with_readable_dates(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "r.db"
    assert cli.run(["--db", str(path), "backups"]) == 0
    assert "Aucune sauvegarde" in capsys.readouterr().out
    _register(path, "Paie")
    store = Store.open(path)
    first, second = backup.make_backup(store), backup.make_backup(store, "import")
    store.close()
    assert [i.path for i in backup.list_backups(path)][:2] == [second, first]
    # Read back from the names as aware UTC times, so they show in the user's local time.
    assert all(i.created.isoformat().endswith("+00:00") for i in backup.list_backups(path))
    assert os.path.getsize(first) > 0
    # The times read back from the names are the moments the backups were taken.
    now = datetime.now(UTC)
    assert all(timedelta(0) <= now - i.created < timedelta(minutes=1)
               for i in backup.list_backups(path))
    assert cli.run(["--db", str(path), "backups"]) == 0
    rows = capsys.readouterr().out.splitlines()[2:]
    stamp = r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d"
    assert re.match(rf"1\s+{stamp}\s.*avant import\s+{re.escape(second.name)}$", rows[0]), rows
    assert re.match(rf"2\s+{stamp}\s.*manuelle\s+{re.escape(first.name)}$", rows[1]), rows


def test_a_refused_json_import_takes_no_backup(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path = tmp_path / "r.db"
    store = Store.open(db_path, daily_backup=False)
    with store.write() as s:
        crud.create_activity(s, name="Déjà là")
    with store.read() as s:
        jsondoc.write_json(jsondoc.export_document(s), tmp_path / "export.json")
    store.close()
    (tmp_path / "broken.json").write_text('{"format": "registre/1", "activities": "x"}',
                                          encoding="utf-8")
    for name in ("export.json", "broken.json"):  # a non-empty register, then a malformed file
        assert cli.run(["--db", str(db_path), "import", str(tmp_path / name)]) == 2
    assert [b.reason for b in backup.list_backups(db_path) if b.reason == "import"] == []
    assert "déjà 1 activité" in capsys.readouterr().err


def test_restoring_a_file_whose_schema_no_version_knows_is_refused_like_opening_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file marked as a register but with schema 0 cannot be opened for writing; restoring
    it must be refused the same way, with a message, not end in an internal error."""
    path = tmp_path / "r.db"
    _register(path, "Paie")
    odd = tmp_path / "odd.db"
    _register(odd)
    with sqlite3.connect(odd) as con:
        con.execute("PRAGMA user_version=0")
    con.close()
    with pytest.raises(RegistreError):
        Store.open(odd, daily_backup=False)
    before = _export(path)
    code = cli.run(["--db", str(path), "restore", str(odd)])
    err = capsys.readouterr().err
    assert code == 2 and "schéma" in err and "erreur interne" not in err, err
    assert _export(path) == before
