"""Work done ahead on another core (`model.core.ahead`), and `registre import`, which parses
its table that way while the database libraries load.

The test process has Qt loaded (pytest-qt), where no child is forked: what forks runs here
in a fresh interpreter, as the command does.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from model import cli
from model.core import ahead
from model.exchange import table_import
from model.register import crud
from model.storage import schema
from model.storage.store import Store

ROOT = Path(__file__).resolve().parents[2]

needs_fork = pytest.mark.skipif(
    not sys.platform.startswith("linux") or ahead.usable_cores() < 2,
    reason="work is done ahead in a forked child on Linux with a core to spare")


def _python(code: str, tmp_path: Path) -> dict[str, Any]:
    """Run `code` in a fresh interpreter; the JSON it prints last."""
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(code), str(tmp_path)],
                            cwd=ROOT, capture_output=True, text=True, check=False, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


@needs_fork
def test_the_work_runs_in_a_child_and_its_result_comes_back_whole(tmp_path: Path) -> None:
    found = _python("""
        import json, os
        from model.core import ahead
        parent = os.getpid()
        from fractions import Fraction
        with ahead.Ahead(lambda: (os.getpid(), "é" * 3_000_000, list(range(50_000)))) as work:
            pid, text, numbers = work.result()  # plain values: marshal's way
        with ahead.Ahead(lambda: (os.getpid(), [Fraction(1, 3)] * 1000)) as work:
            other, thirds = work.result()  # objects: pickle's way
        print(json.dumps({"forked": ahead.can_fork(), "elsewhere": pid != parent,
                          "text": text == "é" * 3_000_000, "numbers": sum(numbers),
                          "objects": other != parent and sum(thirds) == Fraction(1000, 3)}))
    """, tmp_path)
    assert found == {"forked": True, "elsewhere": True, "text": True,
                     "numbers": sum(range(50_000)), "objects": True}


@needs_fork
def test_what_the_work_raises_is_raised_here(tmp_path: Path) -> None:
    found = _python("""
        import json
        from model.core import ahead
        from model.core.errors import RegistreError

        def work():
            raise RegistreError("Le tableau est illisible.")

        try:
            with ahead.Ahead(work) as reading:
                reading.result()
        except RegistreError as exc:
            print(json.dumps({"message": str(exc)}))
    """, tmp_path)
    assert found == {"message": "Le tableau est illisible."}


@needs_fork
def test_a_child_that_dies_leaves_the_work_to_this_process(tmp_path: Path) -> None:
    found = _python("""
        import json, os
        from model.core import ahead
        parent = os.getpid()

        def work():
            if os.getpid() != parent:
                os._exit(9)  # killed, out of memory...
            return "done here"

        with ahead.Ahead(work) as reading:
            print(json.dumps({"result": reading.result()}))
    """, tmp_path)
    assert found == {"result": "done here"}


@needs_fork
def test_what_a_child_wrote_before_it_failed_is_not_taken(tmp_path: Path) -> None:
    """A child that wrote a whole result but did not end well (killed after writing, say):
    its bytes are not trusted, the work is done here."""
    found = _python("""
        import json, marshal, os
        from model.core import ahead

        def written_then_failed(work, fd):
            os.write(fd, ahead._MARSHALLED + marshal.dumps("from a failed child"))
            os._exit(1)

        ahead._child = written_then_failed
        with ahead.Ahead(lambda: "done here") as reading:
            print(json.dumps({"result": reading.result()}))
    """, tmp_path)
    assert found == {"result": "done here"}


@needs_fork
def test_a_child_whose_result_is_not_taken_is_stopped(tmp_path: Path) -> None:
    found = _python("""
        import json, os, sys, time
        from pathlib import Path
        from model.core import ahead
        started = Path(sys.argv[1]) / "child.pid"
        parent = os.getpid()

        def work():
            if os.getpid() != parent:
                started.write_text(str(os.getpid()))
                time.sleep(600)
            return "not wanted"

        with ahead.Ahead(work):
            while not started.exists() or not started.read_text():
                time.sleep(0.01)
        pid = int(started.read_text())
        try:
            os.kill(pid, 0)
            alive = True
        except ProcessLookupError:
            alive = False
        print(json.dumps({"alive": alive}))
    """, tmp_path)
    assert found == {"alive": False}


@needs_fork
def test_pieces_come_from_the_child_one_by_one_as_it_makes_them(tmp_path: Path) -> None:
    """The child makes its second piece only once this process holds the first (it waits
    for a file this process writes then): pieces are handed over as they are made, not
    at the end."""
    found = _python("""
        import json, os, sys, time
        from pathlib import Path
        from model.core import ahead
        got_first = Path(sys.argv[1]) / "got-first"
        parent = os.getpid()

        def work():
            yield ("first", os.getpid())
            while os.getpid() != parent and not got_first.exists():
                time.sleep(0.01)
            yield ("second", os.getpid())
            yield ("third", [1, 2, 3])

        seen = []
        with ahead.Parts(work) as reading:
            for part in reading.parts():
                seen.append(part)
                got_first.write_text("1")
        print(json.dumps({"names": [p[0] for p in seen],
                          "elsewhere": all(p[1] != parent for p in seen[:2]),
                          "last": seen[2][1]}))
    """, tmp_path)
    assert found == {"names": ["first", "second", "third"], "elsewhere": True,
                     "last": [1, 2, 3]}


@needs_fork
def test_a_child_that_dies_part_way_leaves_the_rest_to_this_process(tmp_path: Path) -> None:
    """Every piece comes once, in order: the child's two, then the others made here."""
    found = _python("""
        import json, os
        from model.core import ahead
        parent = os.getpid()

        def work():
            for n in range(5):
                if n == 2 and os.getpid() != parent:
                    os._exit(9)  # killed, out of memory...
                yield (n, os.getpid() == parent)

        with ahead.Parts(work) as reading:
            print(json.dumps({"parts": list(reading.parts())}))
    """, tmp_path)
    assert found == {"parts": [[0, False], [1, False], [2, True], [3, True], [4, True]]}


@needs_fork
def test_what_the_work_raises_part_way_is_raised_here_after_its_pieces(tmp_path: Path) -> None:
    found = _python("""
        import json
        from model.core import ahead
        from model.core.errors import RegistreError

        def work():
            yield "ligne 1"
            raise RegistreError("Ligne 2 : cellule illisible.")

        seen = []
        try:
            with ahead.Parts(work) as reading:
                for part in reading.parts():
                    seen.append(part)
        except RegistreError as exc:
            print(json.dumps({"seen": seen, "message": str(exc)}))
    """, tmp_path)
    assert found == {"seen": ["ligne 1"], "message": "Ligne 2 : cellule illisible."}


def _registre(tmp_path: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    """`registre ARGV` as a user runs it (a fresh interpreter, no Qt: the table is parsed
    ahead in a child)."""
    return subprocess.run([sys.executable, "-m", "model", *argv], cwd=ROOT,
                          capture_output=True, text=True, check=False, timeout=300,
                          env={**os.environ, "REGISTRE_LANG": "fr",
                               "XDG_DATA_HOME": str(tmp_path / "data")})


def _activities(path: Path) -> list[dict[str, Any]]:
    """The register's activities as the user sees them (no timestamps)."""
    store = Store.open(path)
    try:
        with store.read() as s:
            found = [activity for _id, activity in crud.activity_dicts(s)]
    finally:
        store.close()
    for activity in found:
        for key in ("created_at", "updated_at"):
            activity.pop(key, None)
    return found


TABLE = ("Nom\tFinalité\tCatégories de données\tPersonnes concernées\tBase légale\t"
         "Responsable\n"
         "Paie\tVerser les salaires\tidentité, dossiers rh\tSalariés\tObligation légale\tRH\n"
         "Clients\tSuivre les commandes\tContact; facturation\tClients\tExécution d'un contrat"
         "\tVentes\n")


@needs_fork
def test_an_import_parsed_ahead_gives_the_register_one_parsed_here_gives(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    table = tmp_path / "registre.tsv"
    table.write_text(TABLE, encoding="utf-8")
    result = _registre(tmp_path, "--db", str(tmp_path / "ahead.db"), "import", str(table))
    assert result.returncode == 0, result.stderr
    assert "2 activités importées" in result.stdout
    assert cli.run(["--db", str(tmp_path / "here.db"), "import", "--lang", "fr",
                    str(table)]) == 0
    capsys.readouterr()
    assert _activities(tmp_path / "ahead.db") == _activities(tmp_path / "here.db")


@needs_fork
def test_a_long_table_written_as_its_rows_come_gives_the_register_and_account_of_one_import(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Into a new register, the child hands the rows over in chunks (`cli.SHAPED_CHUNK`),
    written as they come: the register and the account are those of an import done here,
    messages of many rows still gathered into one."""
    lines = [TABLE.splitlines()[0]]
    for n in range(2 * cli.SHAPED_CHUNK + 500):
        lines.append(f"Dossier {n}\tSuivre le dossier n° {n}\tIdentité, dossier {n % 7}\t"
                     f"Clients\tExécution d'un contrat\tService {n % 3}")
    table = tmp_path / "long.tsv"
    table.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = _registre(tmp_path, "--db", str(tmp_path / "ahead.db"), "import", str(table))
    assert result.returncode == 0, result.stderr
    assert cli.run(["--db", str(tmp_path / "here.db"), "import", "--lang", "fr",
                    str(table)]) == 0
    here = capsys.readouterr().out
    assert result.stdout == here
    assert "2500 activités importées (T-001, …, T-2500)" in here
    assert len(here.splitlines()) < 20  # "Lignes 2, 9, 16… : nouvelle catégorie", once each
    store = Store.open(tmp_path / "whole.db", create=True, language="fr")
    with store.write() as s:  # the rows written at once, as the editor's import does
        table_import.apply(s, table_import.parse_for(s, table), source=table.name)
    store.close()
    ahead_rows, here_rows = _activities(tmp_path / "ahead.db"), _activities(tmp_path / "here.db")
    assert len(ahead_rows) == 2500 and ahead_rows == here_rows
    assert ahead_rows == _activities(tmp_path / "whole.db")


@needs_fork
def test_a_register_with_names_of_its_own_has_the_table_parsed_against_them(
        tmp_path: Path) -> None:
    """Parsed ahead against a new register's names, the table would make "dossiers rh" a new
    category; this register knows it as "Dossiers RH"."""
    db = tmp_path / "r.db"
    store = Store.open(db, create=True, language="fr")
    with store.write() as s:
        crud.create_item(s, model=schema.DataCategory, name="Dossiers RH")
    with store.read() as s:
        before = [c.name for c in crud.list_items(s, schema.DataCategory)]
    store.close()
    table = tmp_path / "registre.tsv"
    table.write_text(TABLE, encoding="utf-8")
    result = _registre(tmp_path, "--db", str(db), "import", str(table))
    assert result.returncode == 0, result.stderr
    pay = _activities(db)[0]
    assert [c["name"] if isinstance(c, dict) else c for c in pay["data_categories"]] == [
        "Identité", "Dossiers RH"]
    store = Store.open(db)
    with store.read() as s:
        after = [c.name for c in crud.list_items(s, schema.DataCategory)]
    store.close()
    assert after[:len(before)] == before and "dossiers rh" not in after


def _export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    """A register of two activities, exported as JSON, as a document."""
    table = tmp_path / "registre.tsv"
    table.write_text(TABLE, encoding="utf-8")
    assert cli.run(["--db", str(tmp_path / "source.db"), "import", "--lang", "fr",
                    str(table)]) == 0
    assert cli.run(["--db", str(tmp_path / "source.db"), "export",
                    str(tmp_path / "export.json")]) == 0
    capsys.readouterr()
    doc: dict[str, Any] = json.loads((tmp_path / "export.json").read_text(encoding="utf-8"))
    return doc


@needs_fork
def test_a_restore_checked_ahead_gives_the_register_back(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _export(tmp_path, capsys)
    result = _registre(tmp_path, "--db", str(tmp_path / "back.db"), "import",
                       str(tmp_path / "export.json"))
    assert result.returncode == 0, result.stderr
    assert "2 activités restaurées" in result.stdout
    assert _activities(tmp_path / "back.db") == _activities(tmp_path / "source.db")


@needs_fork
def test_a_malformed_export_checked_ahead_is_refused_and_leaves_no_register(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = _export(tmp_path, capsys)
    doc["activities"][1]["purpose"] = ["not", "a", "text"]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    result = _registre(tmp_path, "--db", str(tmp_path / "new.db"), "import", str(bad))
    assert result.returncode == 2
    assert "bad.json" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "new.db").exists()
