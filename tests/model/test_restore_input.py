"""A hand-edited or damaged JSON export given to `registre import`: refused in the user's
words, naming the activity (by its reference) and the field, and nothing is written.

Each case edits a real export (two activities made through crud, T-001 and T-002),
imports it into a new register and into an empty one, and checks the exit code, the one
line on stderr and that the register is untouched (no new file; the empty one byte for
byte as it was).
"""

from __future__ import annotations

import codecs
import copy
import hashlib
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from model import cli
from model.core import i18n
from model.exchange import jsondoc
from model.register import crud
from model.storage.store import Store

Edit = Callable[[dict[str, Any]], None]


@pytest.fixture
def document(tmp_path: Path) -> dict[str, Any]:
    """The export of a register of two activities, with a recipient and its contract."""
    store = Store.open(tmp_path / "source.db")
    with store.write() as s:
        crud.create_activity(s, name="Paie", purpose="Salaires", categories=["Identité"],
                             recipients=["Cabinet comptable"], dpia_date="2025-09-15")
        crud.create_activity(s, name="Recrutement", purpose="Embaucher",
                             categories=["Vie professionnelle"])
        doc = jsondoc.export_document(s)
    store.close()
    return doc


def _empty_register(path: Path) -> Path:
    Store.open(path).close()
    for leftover in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    return path


def refused(tmp_path: Path, capsys: pytest.CaptureFixture[str], doc: dict[str, Any] | str,
            edit: Edit | None = None) -> str:
    """The one line `registre import` prints when refusing `doc` (after `edit`), having
    checked that neither a new register nor an empty one was written to."""
    if isinstance(doc, dict):
        doc = copy.deepcopy(doc)
        if edit is not None:
            edit(doc)
        doc = json.dumps(doc, ensure_ascii=False)
    source = tmp_path / "edited.json"
    source.write_text(doc, encoding="utf-8")
    new = tmp_path / "new.db"
    empty = _empty_register(tmp_path / "empty.db")
    before = hashlib.sha256(empty.read_bytes()).hexdigest()
    lines = []
    for target in (new, empty):
        code = cli.run(["--db", str(target), "import", str(source)])
        out, err = capsys.readouterr()
        assert code == 2, (out, err)
        assert err.count("\n") == 1 and "Traceback" not in err, err
        lines.append(err)
    assert not new.exists()
    assert hashlib.sha256(empty.read_bytes()).hexdigest() == before
    store = Store.open(empty, readonly=True)
    with store.read() as s:
        assert crud.activities(s) == []
    store.close()
    assert lines[0] == lines[1]
    return lines[0]


def _activity(index: int, **values: Any) -> Edit:
    def edit(doc: dict[str, Any]) -> None:
        doc["activities"][index].update(values)
    return edit


@pytest.mark.parametrize("day", ["2025-02-30", "demain", "2025-13-01", "20250915",
                                 "2025-W38-1"])
def test_an_impossible_date_is_refused_naming_the_activity_and_the_field(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], document: dict[str, Any],
        day: str) -> None:
    """It was stored as it was: a DPIA "done on 30 February" in the register and the PDF."""
    err = refused(tmp_path, capsys, document, _activity(1, dpia_date=day))
    assert "activité T-002" in err and "« Date de l'AIPD »" in err and f"« {day} »" in err


def test_an_impossible_time_of_validation_or_creation_is_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], document: dict[str, Any],
        monkeypatch: pytest.MonkeyPatch) -> None:
    err = refused(tmp_path, capsys, document, _activity(0, validated_at="hier"))
    assert "activité T-001" in err and "« Date de validation »" in err
    monkeypatch.setenv("REGISTRE_LANG", "en")
    i18n.set_language("en")
    err = refused(tmp_path, capsys, document, _activity(0, created_at="2025-02-30T10:00"))
    assert "activity T-001" in err and "“Created on”" in err and "2025-02-30" in err


def test_an_impossible_contract_date_of_a_recipient_is_refused_naming_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], document: dict[str, Any]) -> None:
    def edit(doc: dict[str, Any]) -> None:
        doc["recipients"][-1]["contract_date"] = "31/02/2025"
    err = refused(tmp_path, capsys, document, edit)
    assert "Destinataires, « Cabinet comptable »" in err and "« Date du contrat »" in err


def test_a_real_date_is_restored(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                 document: dict[str, Any]) -> None:
    document["activities"][1]["dpia_date"] = "2024-02-29"
    source = tmp_path / "good.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    assert cli.run(["--db", str(tmp_path / "new.db"), "import", str(source)]) == 0
    store = Store.open(tmp_path / "new.db", readonly=True)
    with store.read() as s:
        assert jsondoc.export_document(s)["activities"] == document["activities"]
    store.close()


def test_a_number_for_a_list_item_s_text_is_refused_rather_than_written_as_text(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], document: dict[str, Any]) -> None:
    """A description {"a": 1} used to be stored as the text "{'a': 1}"."""
    def edit(doc: dict[str, Any]) -> None:
        doc["data_categories"][0]["description"] = {"a": 1}
    err = refused(tmp_path, capsys, document, edit)
    assert "Catégories de données, « " in err and "« Description » attend un texte" in err


@pytest.mark.parametrize(("edit", "words"), [
    (lambda doc: doc.update(organisation="Martin & Fils SARL"),
     "organisation : un objet est attendu (nom, adresse…), pas « Martin & Fils SARL »"),
    (lambda doc: doc["organisation"].update(dpo="Claire Dupont"),
     "Délégué à la protection des données (DPO) : un objet est attendu"),
    (lambda doc: doc["organisation"].update(name=["Martin"]),
     "« Nom du responsable de traitement » attend un texte"),
    (lambda doc: doc["organisation"]["representative"].update(email=5),
     "« Adresse électronique (représentant) » attend un texte, pas « 5 »"),
])
def test_an_organisation_of_the_wrong_shape_is_refused_rather_than_emptied(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], document: dict[str, Any],
        edit: Edit, words: str) -> None:
    """A text for the organisation (or its DPO) used to restore an organisation with no
    name, no address, no DPO: what the file held was silently dropped."""
    document["organisation"] = {**document["organisation"], "name": "Martin & Fils SARL"}
    err = refused(tmp_path, capsys, document, edit)
    assert words in err, err


def test_an_organisation_left_out_or_null_is_an_empty_one(
        tmp_path: Path, document: dict[str, Any]) -> None:
    for value in (None, {"name": "Martin", "dpo": None}):
        document["organisation"] = value
        source = tmp_path / "org.json"
        source.write_text(json.dumps(document), encoding="utf-8")
        target = tmp_path / f"new-{value is None}.db"
        assert cli.run(["--db", str(target), "import", str(source)]) == 0
        store = Store.open(target, readonly=True)
        with store.read() as s:
            assert crud.organisation_json(s)["name"] == ("Martin" if value else "")
        store.close()


def _basis(**values: Any) -> Edit:
    def edit(doc: dict[str, Any]) -> None:
        doc["legal_bases"].append(values)
    return edit


@pytest.mark.parametrize(("edit", "words"), [
    (_basis(code="legitimate_interest", description=""),
     "Bases légales : code inconnu « legitimate_interest » pour « Code »"),
    (_basis(code="bogus", description="Notre intérêt"), "code inconnu « bogus »"),
    (_basis(description="Sans code"), "Bases légales : un élément sans code"),
    (_basis(code="consent", description="Deux fois"), "« consent » figure deux fois"),
    (lambda doc: doc["legal_bases"][0].update(description=["liste"]),
     "Bases légales, « consent » : « Description » attend un texte"),
    (lambda doc: doc.update(legal_bases="consent"),
     "Bases légales : une liste d'objets est attendue"),
])
def test_a_wrong_legal_basis_of_the_register_is_refused_naming_its_code(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], document: dict[str, Any],
        edit: Edit, words: str) -> None:
    """An unknown code (a typo, a basis of a newer version) used to be dropped, with its
    description, when the description was empty, and to be refused with no file named
    otherwise; a text for the list reached Python's "'str' object has no attribute"."""
    err = refused(tmp_path, capsys, document, edit)
    assert words in err, err


def test_the_description_of_a_legal_basis_is_restored(
        tmp_path: Path, document: dict[str, Any]) -> None:
    document["legal_bases"][0]["description"] = "Formulaire signé"
    source = tmp_path / "bases.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    assert cli.run(["--db", str(tmp_path / "new.db"), "import", str(source)]) == 0
    store = Store.open(tmp_path / "new.db", readonly=True)
    with store.read() as s:
        assert jsondoc.export_document(s)["legal_bases"] == document["legal_bases"]
    store.close()


def _note(text: str) -> Edit:
    return _activity(1, notes=[{"name": "Origine", "text": text}])


@pytest.mark.parametrize(("edit", "where", "field", "code"), [
    (_activity(0, name="Pa\x00ie"), "activité T-001", "« Nom du traitement »", "U+0000"),
    (_note("Texte\ud800coupé"), "activité T-002", "« Notes »", "U+D800"),
    (_activity(1, hosting_countries=["France", "\udfff"]), "activité T-002",
     "« Pays d'hébergement »", "U+DFFF"),
    (lambda doc: doc["organisation"]["dpo"].update(name="Claire\x00"), "organisation",
     "« Nom (DPO) »", "U+0000"),
    (lambda doc: doc["data_categories"][0].update(description="\udc80"),
     "Catégories de données, « ", "« Description »", "U+DC80"),
])
def test_a_nul_or_a_lone_surrogate_is_refused_naming_where_it_is(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], document: dict[str, Any],
        edit: Edit, where: str, field: str, code: str) -> None:
    """A NUL was stored (and the record's PDF then failed on it); "\\ud800" was refused in
    Python's English ("'utf-8' codec can't encode character"), naming no activity."""
    doc = copy.deepcopy(document)
    edit(doc)
    err = refused(tmp_path, capsys, json.dumps(doc))  # escaped: \\u0000, \\ud800
    assert f"({where}" in err and field in err and code in err, err
    assert "codec" not in err


_CONTROLS = ["\x01", "\x08", "\x0e", "\x1b", "\x1f", "\x7f", "\ufffe", "\uffff"]
"""The characters that are not text, besides NUL and half of a pair (see `text.NOT_TEXT`)."""


@pytest.mark.parametrize("char", _CONTROLS)
@pytest.mark.parametrize("escaped", [True, False])
def test_a_control_character_is_refused_naming_the_activity_and_the_field(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], document: dict[str, Any],
        char: str, escaped: bool) -> None:
    """Escaped ("\\u0001") or as it is in the file, it was restored, and then written as
    U+FFFD by every export: the restored register was not the file's, without a word."""
    doc = copy.deepcopy(document)
    _activity(1, retention="5 ans" + char)(doc)
    # json.dumps escapes C0 controls, never DEL nor U+FFFE: write each both ways.
    written = json.dumps(doc, ensure_ascii=escaped)
    if not escaped:
        written = written.replace(json.dumps(char)[1:-1], char)
        assert char in written
    err = refused(tmp_path, capsys, written)
    assert "(activité T-002 : « Durée de conservation » contient un caractère qui n'est " \
           f"pas du texte (U+{ord(char):04X})" in err, err


def test_a_control_character_in_a_list_item_or_the_organisation_is_refused_in_english(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], document: dict[str, Any],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REGISTRE_LANG", "en")
    i18n.set_language("en")
    err = refused(tmp_path, capsys, document,
                  lambda doc: doc["organisation"].update(address="1 rue\x07 Haute"))
    assert "(organisation: “Address” holds a character that is not text (U+0007)" in err, err
    err = refused(tmp_path, capsys, document,
                  lambda doc: doc["recipients"][-1].update(description="Cabinet\x1b[2J"))
    assert "Recipients, “Cabinet comptable”: “Description” holds a character that is not " \
           "text (U+001B)" in err, err


@pytest.mark.parametrize("escaped", [True, False])
def test_a_vertical_tab_or_a_form_feed_is_restored_as_a_line_break(
        tmp_path: Path, document: dict[str, Any], escaped: bool) -> None:
    """Word's Shift+Enter and page break: a line break, not a character to refuse, nor one
    every export would write as U+FFFD."""
    _activity(1, purpose="Embaucher\x0bles candidats\x0cretenus",
              notes=[{"name": "Origine", "text": "Word\x0bcopié"}])(document)
    document["organisation"]["address"] = "1 rue Haute\x0b69000 Lyon"
    written = json.dumps(document, ensure_ascii=escaped)
    if not escaped:
        written = written.replace("\\u000b", "\x0b").replace("\\f", "\x0c")
        assert "\x0b" in written and "\x0c" in written
    source = tmp_path / "vt.json"
    source.write_text(written, encoding="utf-8")
    assert cli.run(["--db", str(tmp_path / "new.db"), "import", str(source)]) == 0
    with sqlite3.connect(tmp_path / "new.db") as conn:  # stored so, not only exported so
        stored = conn.execute(
            "SELECT purpose FROM activity WHERE reference = 'T-002'").fetchone()[0]
        note = conn.execute("SELECT text FROM activitynote").fetchone()[0]
        address = conn.execute("SELECT address FROM organisation").fetchone()[0]
    conn.close()
    assert stored == "Embaucher\nles candidats\nretenus"
    assert note == "Word\ncopié" and address == "1 rue Haute\n69000 Lyon"


def test_a_lone_surrogate_is_refused_in_english_too(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], document: dict[str, Any],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REGISTRE_LANG", "en")
    i18n.set_language("en")
    doc = copy.deepcopy(document)
    _note("\ud83d")(doc)
    err = refused(tmp_path, capsys, json.dumps(doc))
    assert "activity T-002" in err and "“Notes” holds a character that is not text" in err


def test_a_character_written_as_a_surrogate_pair_is_restored(
        tmp_path: Path, document: dict[str, Any]) -> None:
    """"\\ud83d\\ude00" is one character (😀), whatever a NUL search over the file finds."""
    _note("Équipe 😀 \\u0000")(document)
    source = tmp_path / "pair.json"
    source.write_text(json.dumps(document), encoding="utf-8")  # written \ud83d\ude00
    assert "\\ud83d\\ude00" in source.read_text("utf-8")
    assert cli.run(["--db", str(tmp_path / "new.db"), "import", str(source)]) == 0
    store = Store.open(tmp_path / "new.db", readonly=True)
    with store.read() as s:
        notes = jsondoc.export_document(s)["activities"][1]["notes"]
    store.close()
    assert notes == [{"name": "Origine", "text": "Équipe 😀 \\u0000"}]


def test_a_control_character_in_the_organisation_s_name_does_not_break_the_pdf(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A vertical tab (Word's line break, pasted into the name) ended the PDF export in an
    internal error: the name goes into the file's XMP metadata, which XML cannot hold it
    in. The register now keeps it as a line break (and a \x01 as U+FFFD), which the
    file's title and author, on one line, give as a space."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    path = tmp_path / "r.db"
    store = Store.open(path)
    with store.write() as s:
        crud.update_organisation(s, name="Martin\x0b& Fils\x01")
        crud.create_activity(s, name="Paie", purpose="Salaires", categories=["Identité"])
    store.close()
    target = tmp_path / "r.pdf"
    assert cli.run(["--db", str(path), "export", str(target)]) == 0, capsys.readouterr().err
    with target.open("rb") as stream:
        reader = PdfFileReader(stream)
        assert "Martin & Fils\ufffd" in str(reader.trailer["/Info"]["/Author"])
        assert "Martin &amp; Fils\ufffd".encode() in reader.root["/Metadata"].data


def _references(path: Path) -> list[str]:
    store = Store.open(path, readonly=True)
    with store.read() as s:
        found = [a.reference for a in crud.activities(s)]
    store.close()
    return found


@pytest.mark.parametrize("twin", ["t-002", "T-002", "t-002 "])
def test_two_references_that_differ_only_in_case_are_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], document: dict[str, Any],
        twin: str) -> None:
    """"T-002" and "t-002" were both restored: two activities the import's joins by
    reference and the editor's search cannot tell apart."""
    err = refused(tmp_path, capsys, document, _activity(0, reference=twin))
    assert "(activité T-002 : " in err, err  # the second, named as the file has it
    if twin == "T-002":
        assert "cette référence figure deux fois" in err
    else:
        assert f"déjà celle d'une autre activité, écrite « {twin} »" in err


def test_an_activity_without_a_reference_gets_one_no_other_activity_holds(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], document: dict[str, Any]) -> None:
    """The first activity without a reference was given T-001 and the second, exported as
    T-001, then refused with "La référence T-001 existe déjà", naming neither the file nor
    the activity; a blank reference was kept as the activity's reference."""
    document["activities"][0]["reference"] = ""
    document["activities"][1]["reference"] = "T-001"
    document["activities"].append({**document["activities"][1], "reference": "  ",
                                    "name": "Accueil"})
    source = tmp_path / "refs.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    assert cli.run(["--db", str(tmp_path / "new.db"), "import", str(source)]) == 0
    assert _references(tmp_path / "new.db") == ["T-002", "T-001", "T-003"]


@pytest.mark.parametrize(("edit", "words"), [
    (_activity(1, category_retention={"Santé": "5 ans"}),
     "« Santé » n'est pas une catégorie de données de cette activité"),
    (_activity(1, category_retention={"Vie professionnelle": 5}),
     "« Durée de conservation par catégorie » attend un texte par nom"),
    (_activity(1, notes=[{"name": "", "text": "Sans titre"}]), "une note doit avoir un nom"),
    (_activity(1, notes=[{"name": "Logiciel", "text": "a"}, {"name": "LOGICIEL", "text": "b"}]),
     "déjà une note « LOGICIEL »"),
    (_activity(1, legal_bases=[{"justification": "Le contrat de travail"}]),
     "un fondement juridique sans code"),
    (_activity(1, legal_bases=[{"code": "contract", "justification": "Le contrat"},
                               {"code": "contract", "justification": "La convention"}]),
     "« contract » figure deux fois, avec des précisions différentes"),
])
def test_a_refusal_in_an_activity_s_lists_names_the_activity(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], document: dict[str, Any],
        edit: Edit, words: str) -> None:
    """These said "Une note doit avoir un nom." or "« Santé » n'est pas une catégorie de
    données de cette activité." with no file nor activity named (which, of 10,000?), or
    "('code')", or "T-002 category_retention : …"; a basis given twice lost its second
    justification."""
    err = refused(tmp_path, capsys, document, edit)
    assert err.startswith("registre : « edited.json » est un export mal formé (activité "
                          "T-002 : "), err
    assert words in err, err


@pytest.mark.parametrize(("edit", "words"), [
    (_activity(1, retention_period="5 ans"),
     "(activité T-002 : « retention_period » n'est le nom d'aucun champ"),
    (_activity(1, transfers=[{"country": "États-Unis", "safeguard": "scc", "destinataire": "X"}]),
     "(activité T-002 : « Transferts hors UE » : « destinataire » n'est le nom d'aucun champ"),
    (lambda doc: doc.update(commentaire="Relu par la direction"),
     "(le document : « commentaire » n'est le nom d'aucun champ"),
    (lambda doc: doc["organisation"].update(siret="123"),
     "(organisation : « siret » n'est le nom d'aucun champ"),
    (lambda doc: doc["organisation"]["dpo"].update(mobile="06"),
     "(organisation : « mobile » n'est le nom d'aucun champ"),
    (lambda doc: doc["data_subjects"][0].update(descritpion="Nos clients"),
     "« descritpion » n'est le nom d'aucun champ (une faute de frappe ?) ; sa valeur serait "
     "perdue"),
])
def test_a_key_no_field_has_is_refused_rather_than_its_value_dropped(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], document: dict[str, Any],
        edit: Edit, words: str) -> None:
    """A misspelt or invented key was read as nothing: its text silently lost."""
    err = refused(tmp_path, capsys, document, edit)
    assert words in err, err


@pytest.mark.parametrize("fixture", ["register-v1.json", "register-v2.json"])
def test_the_exports_of_every_format_version_are_restored_whole(
        tmp_path: Path, fixture: str) -> None:
    source = Path(__file__).parents[1] / "fixtures" / fixture
    assert cli.run(["--db", str(tmp_path / "new.db"), "import", str(source)]) == 0
    doc = json.loads(source.read_text("utf-8"))
    assert [a["reference"] for a in doc["activities"]] == _references(tmp_path / "new.db")


@pytest.mark.parametrize(("old", "new", "where"), [
    ('"reference": "T-002", ', '"reference": "T-002", "name": "Paie des salariés", ',
     "(activité T-002 : « name » figure deux fois dans un même objet"),
    ('"text": "SIRH"', '"text": "SIRH", "text": "Silae"',
     "(activité T-002 : « text » figure deux fois"),
    ('"dpo": {', '"dpo": {"email": "dpo@exemple.fr", ', "(organisation : « email » figure"),
])
def test_a_key_given_twice_in_one_object_is_refused_naming_the_activity(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], document: dict[str, Any],
        old: str, new: str, where: str) -> None:
    """JSON keeps the last of two values of a key: "Paie des salariés" (or "SIRH") was
    dropped without a word."""
    document["activities"][1]["notes"] = [{"name": "Outil", "text": "SIRH"}]
    doc = json.dumps(document, ensure_ascii=False)
    assert doc.count(old) == 1
    err = refused(tmp_path, capsys, doc.replace(old, new))
    assert where in err and "l'une des deux valeurs serait perdue" in err, err


def test_registre_restore_of_a_json_export_says_how_to_restore_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], document: dict[str, Any]) -> None:
    """`registre restore x.json` said "« x.json » n'est pas un registre Registre ; il n'a pas
    été modifié", which left the user with an export they believed unusable."""
    source = tmp_path / "export.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    register = _empty_register(tmp_path / "r.db")
    before = register.read_bytes()
    assert cli.run(["--db", str(register), "restore", str(source)]) == 2
    err = capsys.readouterr().err
    assert "« export.json » est un export JSON, pas une sauvegarde" in err
    assert "registre --db NOUVEAU.db import export.json" in err
    assert register.read_bytes() == before


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-8-sig"])
def test_an_export_saved_again_by_notepad_is_restored(
        tmp_path: Path, document: dict[str, Any], encoding: str) -> None:
    """Notepad's "Unicode" (UTF-16 after a byte-order mark) was refused as "not UTF-8 text"."""
    source = tmp_path / "notepad.json"
    data = json.dumps(document, ensure_ascii=False)
    source.write_bytes((codecs.BOM_UTF16_BE + data.encode("utf-16-be"))
                       if encoding == "utf-16-be" else data.encode(encoding))
    assert cli.run(["--db", str(tmp_path / "new.db"), "import", str(source)]) == 0
    assert _references(tmp_path / "new.db") == ["T-001", "T-002"]


def test_a_nul_in_a_utf16_export_is_refused_too(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], document: dict[str, Any]) -> None:
    document["activities"][0]["purpose"] = "Sal\x00aires"
    source = tmp_path / "notepad.json"
    source.write_bytes(json.dumps(document).encode("utf-16"))
    assert cli.run(["--db", str(tmp_path / "new.db"), "import", str(source)]) == 2
    assert "(activité T-001 : « Finalité(s) » contient un caractère qui n'est pas du texte " \
           "(U+0000)" in capsys.readouterr().err


@pytest.mark.parametrize("content", [b"", b"  \n"])
def test_an_empty_file_is_said_to_be_empty(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes) -> None:
    """It was "erreur ligne 1, colonne 1", as if something were there to correct."""
    source = tmp_path / "vide.json"
    source.write_bytes(content)
    assert cli.run(["--db", str(tmp_path / "new.db"), "import", str(source)]) == 2
    err = capsys.readouterr().err
    assert "n'est pas un export JSON lisible (le fichier est vide)" in err
    assert not (tmp_path / "new.db").exists()


def test_a_list_item_s_name_is_trimmed_as_the_activities_naming_it_are(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], document: dict[str, Any]) -> None:
    """" Badges " in the list and in an activity gave two categories: the activity linked to a
    new "Badges", the list's own (with its description) used by none."""
    document["data_categories"].append({"name": " Badges ", "description": "Entrées et sorties",
                                        "special": False, "criminal": False})
    document["activities"][0]["data_categories"] = [" Badges "]
    source = tmp_path / "spaces.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    assert cli.run(["--db", str(tmp_path / "new.db"), "import", str(source)]) == 0
    store = Store.open(tmp_path / "new.db", readonly=True)
    with store.read() as s:
        doc = jsondoc.export_document(s)
    store.close()
    assert [c for c in doc["data_categories"] if "Badges" in c["name"]] == [
        {"name": "Badges", "description": "Entrées et sorties", "special": False,
         "criminal": False}]
    assert doc["activities"][0]["data_categories"] == ["Badges"]
    document["data_categories"].append({"name": "Badges"})
    (tmp_path / "again").mkdir()
    err = refused(tmp_path / "again", capsys, document)
    assert "(Catégories de données : « Badges » figure deux fois)" in err


def test_a_reference_is_kept_whole_or_refused_in_words(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], document: dict[str, Any]) -> None:
    """"T-" and 5,000 digits ended in Python's "Exceeds the limit (4300 digits) for integer
    string conversion"; "T-1\\nT-2" was stored, a reference on two lines."""
    err = refused(tmp_path, capsys, document, _activity(1, reference="T-1\nT-2"))
    assert "(activité n° 2 : sa référence « T-1\\nT-2 » tient sur plusieurs lignes" in err
    long = "T-" + "9" * 5000
    document["activities"][1]["reference"] = long
    source = tmp_path / "long.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    assert cli.run(["--db", str(tmp_path / "new.db"), "import", str(source)]) == 0
    assert _references(tmp_path / "new.db") == ["T-001", long]


# -- sizes ---------------------------------------------------------------------------------

def _both_languages(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                    monkeypatch: pytest.MonkeyPatch, doc: dict[str, Any] | str,
                    fr: str, en: str) -> None:
    """`doc` refused in French, then in English, each in one line naming what is wrong."""
    assert fr in refused(tmp_path, capsys, doc)
    monkeypatch.setenv("REGISTRE_LANG", "en")
    i18n.set_language("en")
    assert en in refused(tmp_path, capsys, doc)


def test_a_file_over_the_size_cap_is_refused_before_it_is_read(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A JSON file of several GB was read whole (and parsed: ten times that in memory).
    A sparse file of the cap and one byte: told by its size, not read."""
    source = tmp_path / "huge.json"
    with source.open("wb") as out:
        out.truncate(jsondoc.MAX_BYTES + 1)
    code = cli.run(["--db", str(tmp_path / "new.db"), "import", str(source)])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1
    assert "« huge.json » dépasse 200 Mo : ce n'est pas un export de registre" in err, err
    assert not (tmp_path / "new.db").exists()


def test_a_file_that_grows_past_the_cap_is_refused_too(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], document: dict[str, Any],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jsondoc, "MAX_BYTES", 1000)
    _both_languages(tmp_path, capsys, monkeypatch, document, "dépasse 0 Mo",
                    "is larger than 0 MB")


def test_a_file_of_millions_of_tiny_activities_is_refused_before_it_is_parsed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Ten million "{}" (a 30 MB file, well under the size cap) were restored: six minutes
    and 8 GB of memory. Counted in the bytes, the file's objects are refused unparsed."""
    monkeypatch.setattr(jsondoc, "MAX_ITEMS", 1000)
    parsed: list[bool] = []
    monkeypatch.setattr(jsondoc.json, "loads", lambda *a, **k: parsed.append(True))
    doc = '{"format": "registre/2", "activities": [' + ",".join(["{}"] * 1001) + "]}"
    _both_languages(tmp_path, capsys, monkeypatch, doc,
                    "compte plus de 0 millions d'objets, de listes et de textes",
                    "holds more than 0 million objects, lists and texts")
    assert parsed == []


def test_more_activities_than_a_register_holds_are_refused_before_they_are_checked(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], document: dict[str, Any],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from model.exchange import doccheck

    monkeypatch.setattr(doccheck, "MAX_ACTIVITIES", 1)
    _both_languages(tmp_path, capsys, monkeypatch, document,
                    "« edited.json » compte 2 activités, plus que les 1 qu'un registre peut "
                    "tenir ; rien n'a été importé.",
                    "“edited.json” holds 2 activities, more than the 1 a register can hold; "
                    "nothing was imported.")


@pytest.mark.parametrize(("content", "fr", "en"), [
    ('{"format": "registre/2", "activities": [{"name": "Pa', "erreur ligne 1, colonne",
     "error at line 1, column"),
    ('{"format": "registre/2", "activities": ' + "[" * 100_000 + "]" * 100_000 + "}",
     "imbrication trop profonde", "nested too deeply"),
    ('"' + "a" * 5_000_000 + '"', "n'est pas un export de Registre", "is not a Registre export"),
    ('{"format": "registre/2", "activities": [{"purpose": "' + "a" * 5_000_000 + '"}, 1]}',
     "activité n° 2 : ce n'est pas un objet", "activity no. 2: it is not an object"),
])
def test_a_truncated_deep_or_one_string_file_is_one_message(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        content: str, fr: str, en: str) -> None:
    _both_languages(tmp_path, capsys, monkeypatch, content, fr, en)
