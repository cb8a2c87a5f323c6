"""The headless `registre` command, as a script or a user at a terminal sees it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from model import cli
from model.core.errors import RegistreError
from model.register import crud
from model.storage.store import Store

ROOT = Path(__file__).resolve().parents[2]


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.run(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _filled(path: Path) -> None:
    store = Store.open(path)
    with store.write() as s:
        crud.update_organisation(s, name="Martin SARL", email="contact@martin.fr")
        crud.create_activity(s, name="Paie", purpose="Verser les salaires",
                             categories=["Identité"], subjects=["Salariés"],
                             bases=[("legal_obligation", "Code du travail")],
                             retention="5 ans")
    store.close()


def test_version_is_printed() -> None:
    result = subprocess.run([sys.executable, "-m", "model", "--version"], cwd=ROOT,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0
    assert result.stdout.startswith("registre ")


def test_the_help_is_french_throughout(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--help")
    assert code == 0
    assert "afficher la version et quitter" in out and "afficher cette aide" in out
    assert "show program" not in out and "show this help" not in out


def test_check_exits_0_when_complete_and_1_when_not(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path = tmp_path / "r.db"
    _filled(db_path)
    code, out, _ = _run(capsys, "--db", str(db_path), "check")
    assert code == 0 and "Registre complet : 1 activité." in out
    store = Store.open(db_path)
    with store.write() as s:
        crud.create_activity(s, name="Vide")
    store.close()
    code, out, _ = _run(capsys, "--db", str(db_path), "check")
    assert code == 1
    assert "T-002 : la finalité manque" in out
    assert out.splitlines()[-1] == ("Registre incomplet : 5 constats ; "
                                    "activités incomplètes : 1 sur 2.")


def test_export_then_import_json_round_trips(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path = tmp_path / "r.db"
    _filled(db_path)
    code, _, _ = _run(capsys, "--db", str(db_path), "export", str(tmp_path / "a.json"))
    assert code == 0
    code, out, _ = _run(capsys, "--db", str(tmp_path / "b.db"), "import",
                        str(tmp_path / "a.json"))
    assert code == 0 and "1 activité restaurée" in out
    _run(capsys, "--db", str(tmp_path / "b.db"), "export", str(tmp_path / "b.json"))
    assert json.loads((tmp_path / "a.json").read_text()) == json.loads(
        (tmp_path / "b.json").read_text())


def test_register_db_environment_variable_picks_the_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    db_path = tmp_path / "env.db"
    _filled(db_path)
    monkeypatch.setenv("REGISTRE_DB", str(db_path))
    code, out, _ = _run(capsys, "check")
    assert code == 0 and "1 activité." in out


@pytest.mark.parametrize("argv,needle", [
    (["check"], "n'existe pas"),
    (["export", "x.json"], "n'existe pas"),
    (["frobnicate"], "frobnicate"),
    (["import"], "FILE"),
])
def test_bad_usage_gives_one_line_and_exit_2(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str],
        needle: str) -> None:
    code, _, err = _run(capsys, "--db", str(tmp_path / "missing.db"), *argv)
    assert code == 2
    assert needle in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert not (tmp_path / "missing.db").exists()


def test_a_real_process_never_shows_a_traceback(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(os.urandom(4096))
    result = subprocess.run(
        [sys.executable, "-m", "model", "--db", str(junk), "check"], cwd=ROOT,
        capture_output=True, text=True, check=False,
        env={**os.environ, "REGISTRE_LANG": "en"},
    )
    assert result.returncode == 2
    assert result.stderr.strip() == "registre: “junk.db” is not a Registre register; " \
                                    "it was left untouched."


def test_a_new_register_made_by_a_fresh_process_has_its_tables(tmp_path: Path,
                                                                 seed: Path) -> None:
    """The table classes load on first use (model.core.lazy): a process whose first act is
    to create a register must still create every table."""
    result = subprocess.run(
        [sys.executable, "-m", "model", "--db", str(tmp_path / "new.db"), "import", str(seed)],
        cwd=ROOT, capture_output=True, text=True, check=False,
        env={**os.environ, "REGISTRE_LANG": "en", "XDG_DATA_HOME": str(tmp_path / "data")},
    )
    assert result.returncode == 0, result.stderr
    assert "11 activities imported" in result.stdout


def test_seed_import_through_the_cli(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], seed: Path) -> None:
    db_path = tmp_path / "r.db"
    code, out, _ = _run(capsys, "--db", str(db_path), "import", "--dry-run", str(seed))
    assert code == 0 and "11 activités (rien n'a été modifié)" in out
    assert "Ligne 16" in out
    assert not db_path.exists()
    code, out, _ = _run(capsys, "--db", str(db_path), "import", str(seed))
    assert code == 0 and "11 activités importées (T-001, …, T-011)" in out
    store = Store.open(db_path)
    with store.read() as s:
        acts = crud.activities(s)
        last = crud.activity_dict(s, acts[-1])
        wrapped = crud.activity_dict(s, acts[5])
    assert len(acts) == 11
    assert last["data_categories"] == [] and last["data_categories_text"].startswith(
        "Toute catégorie de données pertinente")
    assert last["legal_basis_text"] == "Nécessaire pour présenter ou contester une réclamation"
    assert wrapped["legal_basis_text"].endswith("Nécessaire pour répondre à une obligation légale.")
    assert [b["code"] for b in wrapped["legal_bases"]] == ["legitimate_interests",
                                                          "legal_obligation"]


def test_an_import_with_errors_creates_no_register(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("But\tDonnées\tFondement\nA\tIdentité\tConsentement\n\tContact\tContrat\n",
                   encoding="utf-8")
    code, _, err = _run(capsys, "--db", str(tmp_path / "new.db"), "import", str(bad))
    assert code == 2 and "n'a pas été importé" in err
    assert not (tmp_path / "new.db").exists()


def test_an_import_whose_write_fails_leaves_no_register_behind(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], seed: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    def full(*_args: object, **_kwargs: object) -> None:
        raise RegistreError("Le disque est plein.")

    monkeypatch.setattr(crud, "bulk_create_activities", full)
    code, _, err = _run(capsys, "--db", str(tmp_path / "new.db"), "import", str(seed))
    assert code == 2 and "Le disque est plein." in err
    assert list(tmp_path.glob("new.db*")) == []


@pytest.mark.parametrize("argv", [("import", "absent.csv"), ("import", "absent.json"),
                                  ("verify", "absent.pdf")])
def test_a_missing_file_is_told_in_the_users_language(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, str]) -> None:
    """The reason comes in French with the rest of the message, not as the C library's
    English ("No such file or directory")."""
    command, name = argv
    _filled(tmp_path / "r.db")
    code, _, err = _run(capsys, "--db", str(tmp_path / "r.db"), command, str(tmp_path / name))
    assert code == 2
    assert "introuvable" in err and "No such file" not in err, err
    assert len(err.strip().splitlines()) == 1


def test_the_import_says_a_message_many_rows_share_once(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    table = tmp_path / "registre.tsv"
    rows = ["But\tDonnées\tFondement légal"]
    rows += [f"Activité {i}\tIdentité\tSelon la politique du groupe" for i in range(30)]
    table.write_text("\n".join(rows) + "\n", encoding="utf-8")
    code, out, _ = _run(capsys, "--db", str(tmp_path / "r.db"), "import", str(table))
    assert code == 0 and "30 activités importées" in out
    warned = [line for line in out.splitlines() if line.startswith("Attention")]
    assert warned == ["Attention : Lignes 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 et 20 autres : "
                      "fondement légal non reconnu, conservé tel quel : "
                      "« Selon la politique du groupe »"]


def test_an_import_with_errors_changes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path = tmp_path / "r.db"
    _filled(db_path)
    _run(capsys, "--db", str(db_path), "export", str(tmp_path / "before.json"))
    bad = tmp_path / "bad.tsv"
    bad.write_text("But\tDonnées\tFondement\nA\tIdentité\tConsentement\n\tContact\tContrat\n",
                   encoding="utf-8")
    code, out, err = _run(capsys, "--db", str(db_path), "import", str(bad))
    assert code == 2
    assert "n'a pas été importé" in err and "Erreur" in out
    _run(capsys, "--db", str(db_path), "export", str(tmp_path / "after.json"))
    assert (tmp_path / "before.json").read_text() == (tmp_path / "after.json").read_text()


def test_a_file_given_alone_opens_in_the_editor(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[Path | None] = []

    class _Editor:
        @staticmethod
        def main(path: Path | None) -> int:
            opened.append(path)
            return 0

    monkeypatch.setattr(cli.importlib, "import_module", lambda name: _Editor)
    assert cli.run([str(tmp_path / "mine.registre")]) == 0
    assert cli.run([]) == 0
    assert opened == [tmp_path / "mine.registre", None]
