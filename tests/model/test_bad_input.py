"""Every way a user or the world can hand over something wrong: a clear message, nothing changed.

Each case is run through the command line (exit 2, one line on stderr, no
traceback) in French and, for the key words, in English; the register is
compared byte for byte (or by export) before and after.

Permission cases need an ordinary user: root ignores file modes. When the
tests run as root, those cases run the command as `nobody` in a child
process; as an ordinary user they run as that user.
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import zipfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import text

from model import cli
from model.core import catalogue, i18n
from model.core.errors import RegistreError
from model.exchange import jsondoc
from model.register import crud
from model.storage import history
from model.storage.store import Store

ROOT = Path(__file__).resolve().parents[2]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _export(path: Path) -> dict[str, object]:
    store = Store.open(path, readonly=True)
    with store.read() as s:
        doc = jsondoc.export_document(s)
    store.close()
    return doc


def _register(path: Path, *, activities: int = 1) -> Path:
    store = Store.open(path)
    with store.write() as s:
        for i in range(activities):
            crud.create_activity(s, name=f"Activité {i}", purpose="Finalité",
                                 categories=["Santé"])
    store.close()
    for leftover in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    return path


def _english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REGISTRE_LANG", "en")
    i18n.set_language("en")


def _fails(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """Run the CLI, expecting exit 2 and exactly one clean line on stderr; returns it."""
    code = cli.run(list(argv))
    out, err = capsys.readouterr()
    assert code == 2, (argv, out, err)
    assert err.count("\n") == 1, err
    assert "Traceback" not in err and err.startswith("registre")
    return err


# -- the register file itself ------------------------------------------------------

def _random(path: Path) -> None:
    path.write_bytes(os.urandom(8192))


def _truncated(path: Path) -> None:
    _register(path, activities=20)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _damaged(path: Path) -> None:
    _register(path, activities=20)
    data = bytearray(path.read_bytes())
    for page in range(2, len(data) // 4096):
        data[page * 4096: page * 4096 + 12] = b"\x0d" + b"\xff" * 11
    path.write_bytes(bytes(data))


def _foreign_sqlite(path: Path) -> None:
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE contacts (name TEXT)")
        con.execute("INSERT INTO contacts VALUES ('Alice')")
    con.close()


def _newer(path: Path) -> None:
    _register(path)
    with sqlite3.connect(path) as con:
        con.execute("PRAGMA user_version=99")
    con.close()


def _empty(path: Path) -> None:
    path.write_bytes(b"")


REGISTER_CASES = {
    "random-bytes": (_random, "n'est pas un registre Registre", "is not a Registre register"),
    "empty-file": (_empty, "n'est pas un registre Registre", "is not a Registre register"),
    "truncated": (_truncated, "endommagé ou tronqué", "damaged or truncated"),
    "damaged": (_damaged, "endommagé ou tronqué", "damaged or truncated"),
    "another-programs-sqlite": (_foreign_sqlite, "n'est pas un registre Registre",
                                "is not a Registre register"),
    "newer-schema": (_newer, "version plus récente de Registre",
                     "newer version of Registre"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("case", sorted(REGISTER_CASES))
def test_a_wrong_register_file_is_refused_untouched(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        seed: Path, case: str, lang: str) -> None:
    make, fr, en = REGISTER_CASES[case]
    path = tmp_path / "r.db"
    make(path)
    before = _digest(path)
    files = sorted(os.listdir(tmp_path))
    if lang == "en":
        _english(monkeypatch)
    for argv in (["check"], ["export", str(tmp_path / "x.json")], ["import", str(seed)],
                 ["history"], ["restore", str(seed)]):
        err = _fails(capsys, "--db", str(path), *argv)
        assert (en if lang == "en" else fr) in err, (argv, err)
    assert _digest(path) == before
    assert sorted(os.listdir(tmp_path)) == files  # no lock, WAL or export left behind


def test_a_folder_is_not_a_register(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert "est un dossier" in _fails(capsys, "--db", str(tmp_path), "check")


def test_a_missing_register_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    assert "n'existe pas" in _fails(capsys, "--db", str(tmp_path / "nope.db"), "check")
    _english(monkeypatch)
    assert "does not exist" in _fails(capsys, "--db", str(tmp_path / "nope.db"), "export",
                                      str(tmp_path / "x.json"))
    assert not (tmp_path / "nope.db").exists()


# -- files handed to import --------------------------------------------------------

def _tsv(*rows: str) -> bytes:
    return ("Finalité\tCatégories de données\tBase légale\n" + "\n".join(rows) + "\n").encode()


def _sparse(path: Path) -> None:
    with path.open("wb") as f:
        f.truncate(51 * 1024 * 1024)


@functools.cache
def _bomb_bytes() -> bytes:
    """An XLSX of about a megabyte whose sharedStrings inflate to 450 MB."""
    out = io.BytesIO()
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "Finalité"  # type: ignore[index]
    plain = io.BytesIO()
    workbook.save(plain)
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in source.infolist():
            z.writestr(info, source.read(info))
        chunk = b"<si><t>" + b"x" * (1 << 20) + b"</t></si>"
        with z.open("xl/sharedStrings.xml", "w", force_zip64=True) as member:
            member.write(b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
                         b'main">')
            for _ in range(450):
                member.write(chunk)
            member.write(b"</sst>")
    return out.getvalue()


def _zip_bomb(path: Path) -> None:
    path.write_bytes(_bomb_bytes())


def _uncomputed_formula(path: Path) -> None:
    """A workbook as a script writes it: the formula's value never computed."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Finalité", "Catégories de données", "Base légale"])
    sheet.append(["Paie", "Identité", "Obligation légale"])
    sheet.append(['=CONCATENATE("Recrute", "ment")', "Identité", "Consentement"])
    workbook.save(path)


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _truncated_ods(path: Path) -> None:
    """An ODS cut short (a download or a copy that stopped): its archive's index is gone."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                         compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", "<office:document-content/>" + "x" * 4000)
    path.write_bytes(out.getvalue()[:1000])


IMPORT_CASES: dict[str, tuple[str, object, str, str]] = {
    "empty": ("empty.tsv", b"", "est vide", "is empty"),
    "blank": ("blank.csv", b"  \n\n \r\n", "est vide", "is empty"),
    "binary": ("photo.tsv", bytes(range(256)) * 40, "fichier binaire", "binary file"),
    "huge": ("huge.tsv", _sparse, "dépasse 50 Mo", "larger than 50 MB"),
    "malformed-xlsx": ("table.xlsx", b"PK\x03\x04" + bytes(range(256)) * 8,
                       "classeur XLSX lisible", "readable XLSX workbook"),
    # Was called an unreadable "XLSX" workbook: the user saved it from LibreOffice as ODS.
    "truncated-ods": ("registre.ods", _truncated_ods, "classeur ODS lisible",
                      "readable ODS workbook"),
    "xlsx-that-is-text": ("table.xlsx", b"PK\x05\x06 not really a zip",
                          "classeur XLSX lisible", "readable XLSX workbook"),
    "json-malformed": ("x.json", b'{"format": "registre/1", ', "export JSON lisible",
                       "readable JSON export"),
    "json-not-utf8": ("x.json", '{"format": "registre/1", "a": "é"}'.encode("latin-1"),
                      "export JSON lisible", "readable JSON export"),
    "json-newer-format": ("x.json", b'{"format": "registre/9", "activities": []}',
                          "version plus récente", "newer version"),
    "json-not-ours": ("x.json", b'[1, 2, 3]', "n'est pas un export de Registre",
                      "is not a Registre export"),
    "json-wrong-shapes": ("x.json", json.dumps({"format": "registre/1", "activities": [42],
                                                "data_categories": []}).encode(),
                          "export mal formé", "malformed export"),
    # A text where a list belongs would be restored letter by letter ("S", "a", "n", ...).
    "json-text-for-a-list": ("x.json", json.dumps({"format": "registre/1", "activities": [
        {"reference": "T-001", "name": "Paie", "data_categories": "Santé"}]}).encode(),
                             "export mal formé", "malformed export"),
    # These reached SQLAlchemy and escaped as a traceback.
    "json-not-a-boolean": ("x.json", json.dumps({"format": "registre/1", "activities": [
        {"reference": "T-001", "name": "Paie", "dpia_required": "yes"}]}).encode(),
                           "export mal formé", "malformed export"),
    "json-same-name-twice": ("x.json", json.dumps({"format": "registre/1", "activities": [],
                                                   "data_subjects": [{"name": "Clients"},
                                                                     {"name": "Clients"}]}
                                                  ).encode(),
                             "export mal formé", "malformed export"),
    "missing-file": ("", None, "Impossible de lire", "Cannot read"),
    # Issue 12: each reached the register, or never came back.
    "fifo": ("f.tsv", _fifo, "pas un fichier ordinaire", "not a regular file"),
    "zip-bomb": ("bomb.xlsx", _zip_bomb, "se décompresse en plus de", "inflates to more than"),
    "formula-without-value": ("calc.xlsx", _uncomputed_formula,
                              "cellule A3 : formule sans valeur calculée",
                              "cell A3: a formula without a computed value"),
    "unclosed-quote": ("q.csv", "Finalité;Catégories de données;Base légale\nPaie;Identité;"
                       "Contrat\nRecrutement;\"Identité;Consentement\nAccueil;Contact;Contrat\n"
                       "Paie;Identité;Contrat\n".encode(), "ligne 3 : un guillemet",
                       "line 3: a quote"),
    "mixed-encoding-unreadable": ("m.tsv", "Finalité\tCatégories de données\tBase légale\n"
                                  "Paie\tIdentité\tContrat\n".encode() + b"Accueil\t\x81\x8d"
                                  b"\tContrat\n", "ligne 3 : caractères illisibles",
                                  "line 3: unreadable characters"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("case", sorted(IMPORT_CASES))
def test_a_wrong_import_file_is_refused_and_changes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        case: str, lang: str) -> None:
    name, content, fr, en = IMPORT_CASES[case]
    source = tmp_path / (name or "missing.tsv")
    if callable(content):
        content(source)
    elif isinstance(content, bytes):
        source.write_bytes(content)
    # A JSON export is restored into an empty register; a table is added to a filled one.
    path = _register(tmp_path / "r.db", activities=0 if name.endswith(".json") else 2)
    before_export = _export(path)
    if lang == "en":
        _english(monkeypatch)
    for dry in ([], ["--dry-run"]):
        err = _fails(capsys, "--db", str(path), "import", str(source), *dry)
        assert (en if lang == "en" else fr) in err, err
    assert _export(path) == before_export


def test_a_fifo_as_the_table_is_refused_at_once(tmp_path: Path) -> None:
    """Opening a FIFO waits for a writer for ever: the command must not even open it."""
    fifo = tmp_path / "f.tsv"
    os.mkfifo(fifo)
    result = subprocess.run([sys.executable, "-m", "model", "--db", str(tmp_path / "r.db"),
                             "import", str(fifo)], cwd=ROOT, capture_output=True, text=True,
                            timeout=120, env={**os.environ, "REGISTRE_LANG": "en"})
    assert result.returncode == 2
    assert "not a regular file" in result.stderr
    assert not (tmp_path / "r.db").exists()


def test_a_utf8_table_with_one_latin1_line_is_decoded_line_by_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Each line in its own encoding: no "FinalitÃ©" activity, no "IdentitÃ©" category."""
    source = tmp_path / "mixed.tsv"
    source.write_bytes("Finalité\tCatégories de données\tBase légale\n"
                       "Gérer la paie\tIdentité\tObligation légale\n".encode()
                       + "Accueil des visiteurs\tIdentité, Vidéo\tIntérêt légitime\n"
                       .encode("latin-1"))
    path = _register(tmp_path / "r.db", activities=0)
    assert cli.run(["--db", str(path), "import", str(source)]) == 0
    out, _ = capsys.readouterr()
    assert "ligne(s) 3 lue(s) en Windows-1252" in out
    doc = _export(path)
    activities = doc["activities"]
    assert isinstance(activities, list)
    assert [a["purpose"] for a in activities] == ["Gérer la paie", "Accueil des visiteurs"]
    assert activities[1]["data_categories"] == ["Identité", "Vidéo"]
    assert "Ã" not in json.dumps(doc, ensure_ascii=False)


def test_a_zip_bomb_is_refused_before_it_is_inflated(tmp_path: Path) -> None:
    """The declared sizes are read, nothing is inflated: the refusal costs no memory."""
    import resource

    from model.core.errors import RegistreError
    from model.exchange import importer

    data = _bomb_bytes()
    assert len(data) < 5 * 1024 * 1024
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(RegistreError, match=r"inflates|décompresse"):
        importer.parse_bytes(data, filename="bomb.xlsx")
    grown_mib = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mib < 100


def test_a_json_restore_into_a_filled_register_is_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _register(tmp_path / "r.db", activities=2)
    exported = tmp_path / "x.json"
    assert cli.run(["--db", str(path), "export", str(exported)]) == 0
    capsys.readouterr()
    before = _export(path)
    assert "contient déjà 2 activités" in _fails(capsys, "--db", str(path), "import",
                                                 str(exported))
    assert _export(path) == before


def test_a_table_in_windows_1252_is_read_correctly(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A "wrong" encoding the world commonly hands over: read, not garbled."""
    source = tmp_path / "ancien.tsv"
    source.write_bytes("Finalité\tCatégories de données\tBase légale\n"
                       "Gérer la paie des salariés\tIdentité\tObligation légale\n"
                       .encode("cp1252"))
    path = _register(tmp_path / "r.db", activities=0)
    assert cli.run(["--db", str(path), "import", str(source)]) == 0
    capsys.readouterr()
    assert "Gérer la paie des salariés" in json.dumps(_export(path), ensure_ascii=False)


# -- permissions, as an ordinary user ---------------------------------------------------

NOBODY = 65534


@pytest.fixture
def user_dir() -> Iterator[Path]:
    """A folder the user running the command owns (`nobody` when the tests run as root)."""
    folder = Path(tempfile.mkdtemp(prefix="registre-perm-"))
    if os.geteuid() == 0:
        os.chown(folder, NOBODY, NOBODY)
    try:
        yield folder
    finally:
        os.chmod(folder, 0o700)
        shutil.rmtree(folder)


# The interpreter may live where `nobody` cannot read (root's home): the child loads
# everything the command needs first, then gives up root before running it.
_AS_NOBODY = textwrap.dedent("""
    import os, sys
    sys.path.insert(0, {root!r})
    import sqlalchemy.dialects.sqlite.pysqlite, json, encodings.idna, encodings.cp1252, email.parser
    # the stdlib lives under /root, which nobody cannot read: load what the run will need now
    import encodings.utf_8_sig, encodings.utf_16, encodings.utf_16_le, encodings.utf_16_be
    from model import cli
    from model.storage import backup
    from model.exchange import jsondoc
    from model.storage import history
    from model.exchange import importer
    from model.exchange import table_import
    from model.core import lazy
    lazy.load_all()  # what loads on first use (the editor's first screen) loads now
    {preload}
    cli.app_version()
    if os.geteuid() == 0:
        os.setgroups([])
        os.setgid({uid})
        os.setuid({uid})
    sys.exit(cli.run(sys.argv[1:]))
""")


def _as_user(folder: Path, *argv: str, lang: str = "fr",
             preload: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOME": str(folder), "XDG_DATA_HOME": str(folder / "data"),
           "REGISTRE_LANG": lang}
    env.pop("REGISTRE_DB", None)
    code = _AS_NOBODY.format(root=str(ROOT), uid=NOBODY, preload=preload)
    return subprocess.run([sys.executable, "-c", code, *argv], cwd=folder, env=env,
                          capture_output=True, text=True, check=False, timeout=60)


def _own(*paths: Path) -> None:
    if os.geteuid() == 0:
        for p in paths:
            os.chown(p, NOBODY, NOBODY)


def _prepared(folder: Path, seed: Path) -> tuple[Path, Path]:
    path = _register(folder / "r.db")
    table = folder / "seed.tsv"
    shutil.copyfile(seed, table)
    _own(path, table, *path.parent.glob("r.db*"))
    return path, table


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_read_only_register_file_is_refused_and_still_readable(
        user_dir: Path, seed: Path, lang: str) -> None:
    path, table = _prepared(user_dir, seed)
    os.chmod(path, 0o400)
    before = _digest(path)
    result = _as_user(user_dir, "--db", str(path), "import", str(table), lang=lang)
    assert result.returncode == 2, result
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert ("is read-only" if lang == "en" else "est en lecture seule") in result.stderr
    assert _digest(path) == before
    exported = user_dir / "x.json"
    result = _as_user(user_dir, "--db", str(path), "export", str(exported), lang=lang)
    assert result.returncode == 0, result.stderr
    assert json.loads(exported.read_text("utf-8"))["activities"][0]["name"] == "Activité 0"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_register_in_a_read_only_folder_is_refused_and_still_readable(
        user_dir: Path, seed: Path, lang: str, tmp_path: Path) -> None:
    path, table = _prepared(user_dir, seed)
    (user_dir / "r.db.lock").unlink(missing_ok=True)
    os.chmod(user_dir, 0o500)
    before = _digest(path)
    result = _as_user(user_dir, "--db", str(path), "import", str(table), lang=lang)
    assert result.returncode == 2, result
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert ("is read-only" if lang == "en" else "est en lecture seule") in result.stderr
    assert _digest(path) == before
    assert sorted(os.listdir(user_dir)) == ["r.db", "seed.tsv"]
    result = _as_user(user_dir, "--db", str(path), "check", lang=lang)
    assert result.returncode in (0, 1), result.stderr
    assert "Activité 0" not in result.stderr


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("command", ["import-json", "import-table", "verify", "check",
                                     "restore"])
def test_a_file_the_user_may_not_read_is_said_so_not_read_only(
        user_dir: Path, seed: Path, lang: str, command: str) -> None:
    """A file without read permission was "access denied: the file or its folder is
    read-only", the opposite of what is wrong."""
    path, table = _prepared(user_dir, seed)
    locked = {"import-json": user_dir / "x.json", "import-table": table,
              "verify": user_dir / "x.pdf", "check": path, "restore": user_dir / "old.db"}
    assert cli.run(["--db", str(path), "export", str(user_dir / "x.json")]) == 0
    assert cli.run(["--db", str(path), "export", str(user_dir / "x.pdf")]) == 0
    shutil.copyfile(path, user_dir / "old.db")
    _own(*user_dir.iterdir())
    locked[command].chmod(0)
    argv = {"import-json": ["--db", str(user_dir / "new.db"), "import", str(locked[command])],
            "import-table": ["--db", str(user_dir / "new.db"), "import", str(table)],
            "verify": ["verify", str(locked[command])], "check": ["--db", str(path), "check"],
            "restore": ["--db", str(path), "restore", str(locked[command])]}[command]
    result = _as_user(user_dir, *argv, lang=lang)
    assert result.returncode == 2, result
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert ("access denied: you are not allowed to read this file" if lang == "en" else
            "accès refusé : vous n'avez pas le droit de lire ce fichier") in result.stderr, \
        result.stderr
    assert not (user_dir / "new.db").exists()


def test_a_new_register_in_a_read_only_folder_is_refused(user_dir: Path) -> None:
    table = Path(tempfile.mkdtemp(prefix="registre-seed-")) / "seed.tsv"  # nobody may not
    shutil.copy(ROOT / "resources" / "samples" / "seed-register-fr.tsv", table)  # read ROOT
    table.parent.chmod(0o755)
    table.chmod(0o644)
    os.chmod(user_dir, 0o500)
    result = _as_user(user_dir, "--db", str(user_dir / "new.db"), "import", str(table))
    shutil.rmtree(table.parent)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "ne peut pas être modifié ici" in result.stderr
    assert os.listdir(user_dir) == []


@pytest.mark.parametrize("fmt", ["json", "pdf"])
def test_an_export_into_a_read_only_folder_says_so(user_dir: Path, seed: Path,
                                                   fmt: str) -> None:
    path, _table = _prepared(user_dir, seed)
    out = user_dir / "locked"
    out.mkdir()
    _own(out)
    os.chmod(out, 0o500)
    result = _as_user(user_dir, "--db", str(path), "export", str(out / f"x.{fmt}"),
                      preload="import _strptime; from model.signing import publish, pades, "
                              "pdfa, seal; from model.record import pdf, terms; "
                              "from model import check")
    assert result.returncode == 2, result
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert f"Impossible d'écrire « x.{fmt} »" in result.stderr, (
        result.stderr, [p.read_text() for p in user_dir.rglob("registre.log")])
    assert os.listdir(out) == []


# -- a full disk ------------------------------------------------------------------------

_FULL_DISK = textwrap.dedent("""
    import resource, signal, sys
    sys.path.insert(0, {root!r})
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
    limit = int(sys.argv[1])
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    from model import cli
    sys.exit(cli.run(sys.argv[2:]))
""")


def _big_table(path: Path, rows: int) -> None:
    path.write_bytes(_tsv(*(f"Finalité numéro {i} " + "détail " * 60 + "\tIdentité\tContrat"
                            for i in range(rows))))


@pytest.mark.parametrize(("where", "fr", "en"), [
    ("backup", "La sauvegarde du registre a échoué", "Backing up the register failed"),
    ("register", "L'enregistrement a échoué", "Saving failed"),
])
def test_a_full_disk_gives_a_clear_message_and_an_intact_register(
        tmp_path: Path, where: str, fr: str, en: str) -> None:
    path = _register(tmp_path / "r.db", activities=3)
    Store.open(path).close()  # today's backup is made: the next open will not try again
    before = _export(path)
    table = tmp_path / "big.tsv"
    _big_table(table, 1500)
    size = path.stat().st_size
    # Below the register's size the import's backup cannot be written; above it, the
    # backup can, but not the register growing by megabytes.
    limit = size // 2 if where == "backup" else size + 64 * 1024
    for lang, words in (("fr", fr), ("en", en)):
        result = subprocess.run(
            [sys.executable, "-c", _FULL_DISK.format(root=str(ROOT)), str(limit),
             "--db", str(path), "import", str(table)],
            capture_output=True, text=True, check=False, timeout=120,
            env={**os.environ, "REGISTRE_LANG": lang})
        assert result.returncode == 2, result
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
        assert words in result.stderr, result.stderr
    assert _export(path) == before
    store = Store.open(path)
    with store.read() as s:
        assert s.connection().execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
        assert history.verify(s) is None
    store.close()


# -- signing certificates and signed records ----------------------------------------------

@pytest.fixture(scope="module")
def p12(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pades = pytest.importorskip("model.signing.pades")
    path = tmp_path_factory.mktemp("p12") / "cert.p12"
    pades.create_self_signed(path, b"secret", organisation="Martin SARL",
                               common_name="Claire Dupont")
    return path


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize(("case", "fr", "en"), [
    ("wrong-password", "Mot de passe incorrect", "Wrong password"),
    ("corrupt", "n'est pas un certificat PKCS#12", "not a readable PKCS#12"),
    ("truncated", "n'est pas un certificat PKCS#12", "not a readable PKCS#12"),
])
def test_a_bad_signing_certificate_is_named_and_nothing_is_written(
        tmp_path: Path, p12: Path, case: str, fr: str, en: str, lang: str) -> None:
    from model.core.errors import RegistreError
    from model.signing import pades

    cert, password = p12, b"secret"
    if case == "wrong-password":
        password = b"wrong"
    else:
        cert = tmp_path / "bad.p12"
        data = p12.read_bytes()
        cert.write_bytes(os.urandom(len(data)) if case == "corrupt" else data[: len(data) // 2])
    source = tmp_path / "record.pdf"
    source.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    before = _digest(source)
    out = tmp_path / "signed.pdf"
    with pytest.raises(RegistreError) as caught:
        pades.sign_pdf(source, out, p12_path=cert, password=password, signer_name="C. Dupont",
                         role="DPO", place="Paris", lang=lang)
    assert (en if lang == "en" else fr) in caught.value.message
    assert not out.exists() and _digest(source) == before


@pytest.mark.parametrize(("user", "register"), [("en", "fr"), ("fr", "en")])
@pytest.mark.parametrize(("case", "fr", "en"), [
    ("wrong-password", "Mot de passe incorrect", "Wrong password"),
    ("corrupt", "n'est pas un certificat PKCS#12", "not a readable PKCS#12"),
    ("missing", "Impossible de lire le certificat", "Cannot read the certificate"),
])
def test_a_signed_export_s_certificate_problem_speaks_the_user_s_language(
        tmp_path: Path, p12: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, case: str, fr: str, en: str, user: str,
        register: str) -> None:
    """`registre export --sign` with a wrong password or a bad key file, by an English user
    on a French register (or the other way round): the refusal is in the user's language,
    not the register's (it used to follow the register), and nothing is written."""
    monkeypatch.setenv("REGISTRE_LANG", user)
    i18n.set_language(user)
    path = tmp_path / "r.db"
    store = Store.open(path, language=register)
    store.close()
    password = tmp_path / "password.txt"
    password.write_text("wrong\n" if case == "wrong-password" else "secret\n")
    cert = p12
    if case == "corrupt":
        cert = tmp_path / "bad.p12"
        cert.write_bytes(os.urandom(p12.stat().st_size))
    elif case == "missing":
        cert = tmp_path / "absent.p12"
    before = _export(path)
    out = tmp_path / "record.pdf"
    err = _fails(capsys, "--db", str(path), "export", str(out), "--sign", "--p12", str(cert),
                 "--password-file", str(password), "--signer", "C. Dupont")
    assert (en if user == "en" else fr) in err, err
    if case == "missing":  # the system's reason too
        assert ("no such file" if user == "en" else "introuvable") in err, err
    assert not out.exists() and _export(path) == before


def _pdf(path: Path) -> None:
    reportlab = pytest.importorskip("reportlab.pdfgen.canvas")
    canvas = reportlab.Canvas(str(path))
    canvas.drawString(72, 720, "Registre des activités de traitement")
    canvas.save()


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize(("case", "fr", "en"), [
    ("not-a-pdf", "n'est pas un fichier PDF", "is not a PDF file"),
    ("empty", "n'est pas un fichier PDF", "is not a PDF file"),
    ("truncated", "", ""),
])
def test_verifying_something_that_is_not_a_signed_pdf_says_so(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str, fr: str, en: str,
        lang: str) -> None:
    verify = pytest.importorskip("model.signing.verify")
    from model.core.errors import RegistreError

    if lang == "en":
        _english(monkeypatch)
    path = tmp_path / "record.pdf"
    if case == "not-a-pdf":
        path.write_bytes(b"PK\x03\x04 a zip, not a record")
    elif case == "empty":
        path.write_bytes(b"")
    else:
        _pdf(path)
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])
    before = _digest(path)
    if case == "truncated":
        # A truncated PDF is either refused as unreadable or reported as holding no
        # valid signature; never a crash, never "valid".
        try:
            report = verify.verify_pdf(path)
        except RegistreError as exc:
            assert ("truncated" if lang == "en" else "tronqué") in exc.message
        else:
            assert report.verdict == verify.NOT_VALID
    else:
        with pytest.raises(RegistreError) as caught:
            verify.verify_pdf(path)
        assert (en if lang == "en" else fr) in caught.value.message
    assert _digest(path) == before


# -- files that are registers in name only ------------------------------------------------

def test_a_file_with_our_mark_but_no_tables_is_refused_untouched(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], seed: Path) -> None:
    from model.storage import schema

    path = tmp_path / "hollow.db"
    with sqlite3.connect(path) as con:
        con.execute(f"PRAGMA application_id={schema.APPLICATION_ID}")
        con.execute(f"PRAGMA user_version={schema.SCHEMA_VERSION}")
        con.execute("CREATE TABLE unrelated (x)")
    before = _digest(path)
    for argv in (["import", str(seed)], ["check"], ["export", str(tmp_path / "x.json")]):
        err = _fails(capsys, "--db", str(path), *argv)
        assert "hollow.db" in err and "endommagé" in err and "tables" in err
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hollow.db"]  # no WAL, no lock
    backups = Path(os.environ["XDG_DATA_HOME"]) / "registre" / "backups"
    assert not backups.exists() or not any(backups.iterdir())


def test_a_tampered_history_count_is_reported_not_a_crash(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _register(tmp_path / "r.db", activities=2)
    with sqlite3.connect(path) as con:
        con.execute("UPDATE meta SET value='abc' WHERE key='history_count'")
    code = cli.run(["--db", str(path), "check"])
    out, err = capsys.readouterr()
    assert code == 1 and err == ""
    assert "Historique altéré" in out and "nombre d'entrées" in out
    # Editing on does not crash either, and does not hide the tampering.
    store = Store.open(path)
    with store.write() as s:
        crud.create_activity(s, name="Encore une", purpose="Finalité")
    store.close()
    assert cli.run(["--db", str(path), "check"]) == 1
    assert "Historique altéré" in capsys.readouterr().out


def test_a_nul_in_a_path_is_refused_in_words() -> None:
    with pytest.raises(RegistreError) as caught:
        Store.open(Path("/tmp/a\x00b.db"))
    assert "caractère nul" in str(caught.value)


@pytest.mark.parametrize("argv", [["check"], ["history"], ["import", "t.tsv"],
                                  ["export", "x.json"]])
def test_a_fifo_as_the_register_is_refused_at_once(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    (tmp_path / "t.tsv").write_bytes(_tsv("Paie des salariés\tIdentité\tContrat"))
    # A blocking open would hang for ever: run it in a child with a deadline.
    result = subprocess.run(
        [sys.executable, "-c", f"import sys; sys.path.insert(0, {str(ROOT)!r}); "
         "from model import cli; sys.exit(cli.run(sys.argv[1:]))",
         "--db", str(fifo), *argv],
        cwd=tmp_path, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 2, result
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "n'est pas un fichier ordinaire" in result.stderr


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_restoring_a_folder_or_a_newer_backup_says_what_it_is(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A folder was "the backup does not exist"; a backup from a newer version, "a schema
    this version cannot read (99)", where the register itself says to update Registre."""
    monkeypatch.setenv("REGISTRE_LANG", lang)
    register = _register(tmp_path / "r.db")
    before = _digest(register)
    (tmp_path / "folder.db").mkdir()
    shutil.copyfile(register, tmp_path / "newer.db")
    with sqlite3.connect(tmp_path / "newer.db") as conn:
        conn.execute("PRAGMA user_version = 99")
    conn.close()
    err = _fails(capsys, "--db", str(register), "restore", str(tmp_path / "folder.db"))
    assert ("“folder.db” is not a backup: not a regular file." if lang == "en" else
            "« folder.db » n'est pas une sauvegarde : ce n'est pas un fichier ordinaire.") in err
    err = _fails(capsys, "--db", str(register), "restore", str(tmp_path / "newer.db"))
    assert ("comes from a newer version of Registre (schema 99; this version reads up to "
            "schema 2); update Registre to restore it." if lang == "en" else
            "vient d'une version plus récente de Registre (schéma 99, cette version lit "
            "jusqu'au schéma 2) ; mettez Registre à jour pour la restaurer.") in err, err
    assert _digest(register) == before


def test_sign_with_a_missing_certificate_names_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`sign --p12 missing.p12` said "No certificate: give --p12", which it was given."""
    register = _register(tmp_path / "r.db")
    assert cli.run(["--db", str(register), "export", str(tmp_path / "r.pdf")]) == 0
    (tmp_path / "pw").write_text("secret\n", encoding="utf-8")
    capsys.readouterr()
    err = _fails(capsys, "sign", str(tmp_path / "r.pdf"), "--p12", str(tmp_path / "no.p12"),
                 "--password-file", str(tmp_path / "pw"), "--signer", "X")
    assert f"Impossible de lire le certificat {tmp_path / 'no.p12'} : fichier ou dossier " \
           "introuvable" in err, err


@pytest.mark.parametrize(("argv", "lang", "words"), [
    (["import", "{fifo}"], "fr", "Impossible de lire « fifo.json » : ce n'est pas un "
                                 "fichier ordinaire."),
    (["verify", "{fifo}"], "en", "Cannot read {fifo}: not a regular file"),
    (["check", "--against", "{fifo}"], "fr", "Impossible de lire {fifo} : ce n'est pas un "
                                              "fichier ordinaire"),
    (["verify", "{pdf}", "--trust", "{fifo}"], "fr", "Impossible de lire le certificat {fifo}"),
    (["sign", "{fifo}", "--p12", "{p12}", "--password-file", "{pw}", "--signer", "X"], "fr",
     "Impossible de lire {fifo} : ce n'est pas un fichier ordinaire"),
    (["sign", "{pdf}", "--p12", "{fifo}", "--password-file", "{pw}", "--signer", "X"], "en",
     "Cannot read the certificate {fifo}: not a regular file"),
    (["sign", "{pdf}", "--p12", "{p12}", "--password-file", "{fifo}", "--signer", "X"], "fr",
     "Impossible de lire le fichier de mot de passe « fifo.json » : ce n'est pas un "
     "fichier ordinaire."),
])
def test_a_fifo_given_as_a_file_to_read_is_refused_at_once(
        tmp_path: Path, argv: list[str], lang: str, words: str) -> None:
    """`verify`, `sign`, `check --against` and a JSON `import` opened a FIFO as a file,
    and waited for a writer for ever (the table import and the register refused it)."""
    from model.signing import pades

    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    register = _register(tmp_path / "r.db")
    pdf = tmp_path / "r.pdf"
    assert cli.run(["--db", str(register), "export", str(pdf)]) == 0
    pades.create_self_signed(tmp_path / "k.p12", b"secret", organisation="Martin SARL",
                             common_name="Claire Martin")
    (tmp_path / "pw").write_text("secret\n", encoding="utf-8")
    names = {"fifo": str(fifo), "pdf": str(pdf), "p12": str(tmp_path / "k.p12"),
             "pw": str(tmp_path / "pw")}
    # A blocking open would hang for ever: run it in a child with a deadline.
    result = subprocess.run(
        [sys.executable, "-c", f"import sys; sys.path.insert(0, {str(ROOT)!r}); "
         "from model import cli; sys.exit(cli.run(sys.argv[1:]))",
         "--db", str(register), *(a.format(**names) for a in argv)],
        cwd=tmp_path, capture_output=True, text=True, timeout=60, check=False,
        env={**os.environ, "REGISTRE_LANG": lang})
    assert result.returncode == 2, result
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert words.format(**names) in result.stderr, result.stderr


# -- the command line itself --------------------------------------------------------------

def test_a_mistyped_subcommand_is_an_error_and_creates_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    err = _fails(capsys, "chek")
    assert "« chek »" in err and "vouliez-vous dire check" in err
    err = _fails(capsys, "--db", "r.db", "histroy")
    assert "vouliez-vous dire history" in err
    err = _fails(capsys, "notes.txt")  # neither an existing file nor a register's name
    assert "notes.txt" in err and ".registre" in err
    _english(monkeypatch)
    assert "did you mean check?" in _fails(capsys, "chek")
    assert list(tmp_path.iterdir()) == []


def test_registre_file_opens_an_existing_file_or_a_register_name(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[Path | None] = []
    fake = type(sys)("gui.app")
    fake.main = lambda path: opened.append(path) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "gui.app", fake)
    existing = _register(tmp_path / "old-name")
    assert cli.run([str(existing)]) == 0
    assert cli.run([str(tmp_path / "new.registre")]) == 0
    assert opened == [existing, tmp_path / "new.registre"]


def test_argparse_errors_speak_french(capsys: pytest.CaptureFixture[str]) -> None:
    err = _fails(capsys, "export")
    assert "arguments obligatoires manquants" in err and "required" not in err
    err = _fails(capsys, "export", "x.pdf", "--lang", "de")
    assert "choix invalide" in err and "invalid choice" not in err


def test_a_newline_in_a_file_name_keeps_the_message_on_one_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "deux\nlignes.json"
    bad.write_text("{ pas du json", encoding="utf-8")
    err = _fails(capsys, "--db", str(tmp_path / "r.db"), "import", str(bad))
    assert "deux\\nlignes.json" in err
    assert not (tmp_path / "r.db").exists()


def test_output_to_a_full_device_is_one_translated_line(tmp_path: Path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    path = _register(tmp_path / "r.db", activities=40)
    for lang, words in (("fr", "impossible d'écrire la sortie (le disque est plein)"),
                        ("en", "cannot write the output (the disk is full)")):
        with open("/dev/full", "w") as full:
            result = subprocess.run(
                [sys.executable, "-m", "model", "--db", str(path), "history"], cwd=ROOT,
                stdout=full, stderr=subprocess.PIPE, text=True, timeout=60, check=False,
                env={**os.environ, "REGISTRE_LANG": lang})
        assert result.returncode == 2, result.stderr
        assert result.stderr.count("\n") == 1, result.stderr
        assert words in result.stderr
        assert "Exception ignored" not in result.stderr and "Traceback" not in result.stderr


# -- SQLite's and the system's reasons, by code -------------------------------------------

def test_failures_are_classified_by_code_and_told_in_the_users_language(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from model.core import reasons

    def sqlite_error(code: int) -> sqlite3.Error:
        error = sqlite3.OperationalError("database or disk is full")  # text is never read
        error.sqlite_errorcode = code  # type: ignore[attr-defined]
        return error

    cases = {
        sqlite3.SQLITE_FULL: reasons.Failure.FULL,
        sqlite3.SQLITE_READONLY: reasons.Failure.READ_ONLY,
        sqlite3.SQLITE_BUSY: reasons.Failure.BUSY,
        sqlite3.SQLITE_CORRUPT: reasons.Failure.CORRUPT,
        sqlite3.SQLITE_NOTADB: reasons.Failure.CORRUPT,
        sqlite3.SQLITE_IOERR: reasons.Failure.IO,
        sqlite3.SQLITE_IOERR | (4 << 8): reasons.Failure.IO,  # an extended code
    }
    for code, failure in cases.items():
        assert reasons.classify(sqlite_error(code)) is failure
    assert reasons.classify(OSError(errno.ENOSPC, "No space left on device")) \
        is reasons.Failure.FULL
    texts = {reasons.reason(sqlite_error(code)) for code in cases}
    assert len(texts) == 5  # one wording per class
    for text_fr in texts:
        assert "disk" not in text_fr and "database" not in text_fr
    assert reasons.reason(OSError(errno.EACCES, "Permission denied")).startswith("accès refusé")
    _english(monkeypatch)
    assert reasons.reason(sqlite_error(sqlite3.SQLITE_FULL)) == "the disk is full"


def test_a_real_sqlite_failure_is_told_by_its_class(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from model.storage import sqlite as sqlite_module

    path = _register(tmp_path / "r.db")
    pragmas = sqlite_module.set_pragmas

    def impatient(connection: sqlite3.Connection, record: object) -> None:
        pragmas(connection, record)
        connection.execute("PRAGMA busy_timeout=0")  # fail at once rather than in 10 s

    monkeypatch.setattr(sqlite_module, "set_pragmas", impatient)
    store = Store.open(path)
    other = sqlite3.connect(path, timeout=0)
    other.execute("BEGIN EXCLUSIVE")  # another program holds the file
    try:
        with pytest.raises(RegistreError) as caught, store.write() as s:
            crud.create_activity(s, name="x", purpose="y")
    finally:
        other.rollback()
        other.close()
        store.close()
    assert "occupé par un autre programme" in str(caught.value)
    assert "locked" not in str(caught.value)


# -- the log ---------------------------------------------------------------------------

def test_the_log_is_private_and_holds_no_personal_data(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from model.core import crashlog

    secret = "claire.dupont-7f3a@example.org"
    path = _register(tmp_path / "r.db")

    def broken(args: object) -> int:
        store = Store.open(path, daily_backup=False)
        try:
            with store.engine.begin() as con:  # an SQL error whose parameters hold the secret
                con.execute(text("INSERT INTO activity (id, reference, name) "
                                 "VALUES (1, :ref, :name)"), {"ref": secret, "name": secret})
        finally:
            store.close()
        return 0

    monkeypatch.setattr(cli, "cmd_check", broken)
    code = cli.run(["--db", str(path), "check"])
    err = capsys.readouterr().err
    assert code == 2 and "erreur interne (IntegrityError)" in err and secret not in err
    log = crashlog.log_path()
    assert log.stat().st_mode & 0o777 == 0o600
    assert log.parent.stat().st_mode & 0o777 == 0o700
    content = log.read_text("utf-8")
    assert "IntegrityError" in content and "SQLITE_CONSTRAINT" in content
    assert "cli.py" in content  # the places are there for a bug report
    assert secret not in content and "parameters" not in content


# -- JSON restores that must be refused -------------------------------------------------------

def _document(tmp_path: Path) -> dict[str, object]:
    path = _register(tmp_path / "source.db", activities=2)
    return _export(path)


@pytest.mark.parametrize(("change", "field_fr"), [
    (lambda a: a.update(status="bogus"), "Statut"),
    (lambda a: a.update(art9_condition="zzz_not_a_code"), "Condition de l'article 9"),
    (lambda a: a.update(security_measures=["backups", "laser_moat"]), "Mesures de sécurité"),
    (lambda a: a.update(transfers=[{"country": "Mars", "recipient": "X",
                                    "safeguard": "magic", "safeguard_detail": ""}]),
     "Garantie"),
    (lambda a: a.update(dpia_required="maybe"), "AIPD requise"),
])
def test_a_restore_with_an_unknown_code_is_refused_naming_activity_and_field(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], change: object,
        field_fr: str) -> None:
    doc = _document(tmp_path)
    activities = doc["activities"]
    assert isinstance(activities, list)
    change(activities[1])  # type: ignore[operator]
    source = tmp_path / "bad.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    target = tmp_path / "new.db"
    before = sorted(tmp_path.iterdir())
    err = _fails(capsys, "--db", str(target), "import", str(source))
    assert f"activité {activities[1]['reference']}" in err and f"« {field_fr} »" in err
    assert sorted(tmp_path.iterdir()) == before


def test_update_activity_refuses_values_its_field_cannot_take(store: Store) -> None:
    with store.write() as s:
        activity = crud.create_activity(s, name="Paie", purpose="Salaires")
        assert activity.id is not None
        ident = activity.id
    for change in ({"status": "bogus"}, {"dpia_required": "maybe"},
                   {"security_measures": ["laser_moat"]}, {"art9_condition": "zzz"}):
        with pytest.raises(RegistreError) as caught, store.write() as s:
            crud.update_activity(s, activity_id=ident, **change)
        assert "T-001" in str(caught.value)
    with store.write() as s, pytest.raises(RegistreError):
        crud.create_activity(s, name="x", purpose="y", status="bogus")
    with store.read() as s:
        doc = jsondoc.export_document(s)
    only = doc["activities"][0]
    assert (only["status"], only["dpia_required"], only["security_measures"]) == (
        "draft", None, [])
    assert len(doc["activities"]) == 1


@pytest.mark.parametrize(("content", "words"), [
    ("[" * 10_000 + "]" * 10_000, "imbrication trop profonde"),
    ('{"format": "registre/1", "n": ' + "7" * 5000 + "}", "nombre trop long"),
    ('{"format": "registre/1",', "erreur ligne 1, colonne"),
])
def test_a_json_that_python_cannot_read_is_refused_in_words(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, words: str) -> None:
    source = tmp_path / "odd.json"
    source.write_text(content, encoding="utf-8")
    err = _fails(capsys, "--db", str(tmp_path / "new.db"), "import", str(source))
    assert "odd.json" in err and words in err
    assert not (tmp_path / "new.db").exists()


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize(("key", "value", "fr", "en"), [
    ("language", "de", "« de » n'est pas une langue connue", "“de” is not a known language"),
    ("data_categories", 5, "une liste d'objets est attendue", "a list of objects is expected"),
    ("data_categories", [{"description": "sans nom"}], "un élément sans nom",
     "an item without a name"),
    ("data_subjects", [{"name": "Clients"}, {"name": "Clients"}], "« Clients » figure deux fois",
     "“Clients” appears twice"),
    ("recipients", [{"name": "X", "kind": "alien"}], "code inconnu « alien »",
     "unknown code “alien”"),
    # "false" as a text is no "no": it used to be stored as special (bool("false"))
    ("data_categories", [{"name": "Santé", "special": "false"}], "pas « false »",
     "not “false”"),
])
def test_a_malformed_list_in_a_restore_is_told_in_the_user_s_language(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        key: str, value: object, fr: str, en: str, lang: str) -> None:
    """A hand-edited export whose language or lists are wrong: refused in the user's words
    (it used to say "data_categories: 'Clients' twice", "language 'de'" or "('name')" in a
    French sentence), and no register is made."""
    if lang == "en":
        _english(monkeypatch)
    doc = _document(tmp_path)
    doc[key] = value
    source = tmp_path / "edited.json"
    source.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    err = _fails(capsys, "--db", str(tmp_path / "new.db"), "import", str(source))
    assert (en if lang == "en" else fr) in err, err
    assert not (tmp_path / "new.db").exists()


@pytest.mark.parametrize("fmt", ["registre/²", "registre/٣", "registre/2 ", "registre/+2"])
def test_a_format_with_odd_digits_is_not_a_registre_export(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    """A hand-edited "format" whose version is no plain number: refused in words (it used to
    end in an internal error for a superscript digit)."""
    doc = _document(tmp_path)
    doc["format"] = fmt
    source = tmp_path / "odd.json"
    source.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    err = _fails(capsys, "--db", str(tmp_path / "new.db"), "import", str(source))
    assert "« odd.json » n'est pas un export de Registre" in err
    assert not (tmp_path / "new.db").exists()


def test_a_failed_restore_into_a_new_register_leaves_no_register(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _document(tmp_path)
    source = tmp_path / "good.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    target = tmp_path / "new.db"
    before = sorted(tmp_path.iterdir())

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(crud, "bulk_create_activities", interrupted)
    assert cli.run(["--db", str(target), "import", str(source)]) == 130
    assert sorted(tmp_path.iterdir()) == before
    monkeypatch.undo()
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert cli.run(["--db", str(target), "import", str(source)]) == 0
    assert _export(target)["activities"] == doc["activities"]


# -- the export reads a snapshot and leaves nothing behind -------------------------------------

def test_an_import_succeeds_while_an_export_is_rendering(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from model.record import pdf

    path = _register(tmp_path / "r.db", activities=2)
    rendering, imported = threading.Event(), threading.Event()
    render = pdf.render_record

    def paused(doc: dict[str, object], *args: object, **kwargs: object) -> None:
        rendering.set()
        assert imported.wait(120), "the import never finished"
        render(doc, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pdf, "render_record", paused)
    codes: list[int] = []
    export = threading.Thread(target=lambda: codes.append(
        cli.run(["--db", str(path), "export", str(tmp_path / "r.pdf")])))
    export.start()
    try:
        assert rendering.wait(120)
        table = tmp_path / "t.tsv"
        table.write_bytes(_tsv("Gestion des fournisseurs\tIdentité\tContrat"))
        result = subprocess.run(
            [sys.executable, "-m", "model", "--db", str(path), "import", str(table)],
            cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    finally:
        imported.set()
        export.join(120)
    assert result.returncode == 0, result.stderr  # the export did not hold the writer's lock
    assert codes == [0]
    out = capsys.readouterr().out
    assert "2 activités exportées" in out  # the register as it was when the export began
    store = Store.open(path, readonly=True)
    with store.read() as s:
        actions = [e.action for e in history.entries(s)]
        assert len(crud.activities(s)) == 3
    store.close()
    assert actions[-1] == "export" and "import" in actions  # recorded after the import


def test_temporaries_of_a_killed_export_are_swept_on_the_next_run(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _register(tmp_path / "r.db")
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()  # a process id that no longer runs: the one a SIGKILL left behind
    out = tmp_path / "record.pdf"
    leftovers = [tmp_path / f".record.pdf.{gone.pid}-k1ll3d.pdf",
                 tmp_path / f".record.pdf.{gone.pid}-k1ll3d.tmp"]
    for leftover in leftovers:
        leftover.write_bytes(b"%PDF-1.4 half")
    alive = tmp_path / f".record.pdf.{os.getpid()}-writing.pdf"  # another run, still going
    alive.write_bytes(b"%PDF-1.4 busy")
    assert cli.run(["--db", str(path), "export", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert not any(p.exists() for p in leftovers) and alive.exists()
    assert sorted(p.name for p in tmp_path.glob(".record.pdf.*")) == [alive.name]


def test_a_file_beside_the_export_named_with_an_odd_digit_is_left_alone(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file in the export's folder named like a temporary, but with "²" for a process
    number, is nobody's: the export is written and the file kept (it used to stop the
    export with an internal error)."""
    path = _register(tmp_path / "r.db")
    odd = tmp_path / ".record.pdf.²-kept.pdf"
    odd.write_bytes(b"not ours")
    assert cli.run(["--db", str(path), "export", str(tmp_path / "record.pdf")]) == 0
    assert (tmp_path / "record.pdf").read_bytes().startswith(b"%PDF") and odd.exists()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_backup_number_in_odd_digits_is_no_backup_number(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        lang: str) -> None:
    """`registre restore ²` (a superscript two): no such backup, in words, nothing changed
    (it used to end in an internal error)."""
    if lang == "en":
        _english(monkeypatch)
    path = _register(tmp_path / "r.db")
    before = _export(path)
    err = _fails(capsys, "--db", str(path), "restore", "²")
    assert ("does not exist" if lang == "en" else "n'existe pas") in err and "²" in err
    assert _export(path) == before


_WRONG: dict[catalogue.Kind, object] = {
    catalogue.Kind.YES_NO: "maybe", catalogue.Kind.CHOICE: "zzz_not_a_code",
    catalogue.Kind.CHOICES: ["zzz_not_a_code"], catalogue.Kind.TEXTS: [3],
    catalogue.Kind.ITEMS: [["nested"]], catalogue.Kind.PER_ITEM: {"Santé": 3},
    catalogue.Kind.RECORDS: ["not an object"], catalogue.Kind.NOTES: ["not an object"],
}
"""A value each kind of field cannot take (a scalar of any other kind: a number)."""


def _wrong_values() -> list[tuple[str, str, object]]:
    """(field, sub-field or "", wrong value) for every field of an activity the document
    carries, and every field of its records."""
    cases: list[tuple[str, str, object]] = []
    for f in catalogue.ACTIVITY:
        cases.append((f.key, "", _WRONG.get(f.kind, 3)))
        cases += [(f.key, sub.key, _WRONG.get(sub.kind, 3)) for sub in f.fields]
    return cases


@pytest.mark.parametrize(("key", "sub", "wrong"), _wrong_values(),
                         ids=lambda v: v if isinstance(v, str) else None)
def test_every_field_refuses_a_value_of_the_wrong_kind_in_a_restore(
        tmp_path: Path, key: str, sub: str, wrong: object) -> None:
    """The quick check of a whole document (field by field over all activities) and the
    one that words the refusal must agree: a wrong value anywhere is refused, nothing is
    written."""
    doc = _document(tmp_path)
    activities = doc["activities"]
    assert isinstance(activities, list)
    target = activities[1]
    reference = target["reference"] if key != "reference" else "n° 2"
    if sub:
        record = {s.key: "" for s in catalogue.by_key(key).fields} | {sub: wrong}
        target[key] = [record]
    else:
        target[key] = wrong
    store = Store.memory()
    with pytest.raises(RegistreError) as caught, store.write() as s:
        jsondoc.restore_document(s, doc, name="bad.json")
    assert str(reference) in str(caught.value)
    with store.read() as s:
        assert crud.activities(s) == []
