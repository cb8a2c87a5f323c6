"""`registre export FILE.pdf --sign …` and `registre verify`, as an officer's script runs them."""

from __future__ import annotations

from pathlib import Path

import pytest

from model import cli
from model.register import crud
from model.signing import publish
from model.storage.store import Store


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.run(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def register(tmp_path: Path, seed: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    db_path = tmp_path / "r.db"
    assert _run(capsys, "--db", str(db_path), "import", str(seed))[0] == 0
    store = Store.open(db_path)
    with store.write() as s:
        crud.update_organisation(s, name="Boulangerie Martin", email="dpo@martin.fr")
    store.close()
    (tmp_path / "pw").write_text("s3cret\n", encoding="utf-8")
    return db_path


def test_signed_export_verifies_and_is_recorded(
        register: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf = tmp_path / "registre.pdf"
    code, out, err = _run(capsys, "--db", str(register), "export", str(pdf), "--sign",
                          "--password-file", str(tmp_path / "pw"), "--signer", "Claire Martin",
                          "--role", "DPO", "--place", "Lyon")
    assert code == 0, err
    assert "Certificat de signature auto-signé créé" in out
    assert publish.default_certificate().exists()
    code, out, err = _run(capsys, "verify", str(pdf))  # another machine: no register
    assert code == 3, out
    assert "Résultat : INTACT, SIGNATAIRE NON AUTHENTIFIÉ" in out and err == ""
    code, out, _ = _run(capsys, "--db", str(register), "verify", str(pdf))
    assert code == 0, out
    assert "Claire Martin" in out
    assert ("Résultat : AUTHENTIQUE — le registre est intact et son signataire est "
            "authentifié.") in out
    assert "certificat de l'organisme, enregistré dans le registre" in out
    store = Store.open(register)
    with store.read() as s:
        exports = publish.exports(s)
        assert [(e.signer, Path(e.file).name) for e in exports] == [("Claire Martin",
                                                                     "registre.pdf")]
        assert publish.changes_since_last_signed_export(s) == []
        assert publish.count_changes_since_last_signed_export(s) == 0
    with store.write() as s:
        first = crud.activities(s)[0]
        assert first.id is not None
        crud.update_activity(s, activity_id=first.id, retention="3 ans")
    with store.read() as s:
        changes = publish.changes_since_last_signed_export(s)
    assert [(c.ref, c.field, c.new) for c in changes] == [("T-001", "retention", "3 ans")]
    with store.read() as s:
        assert publish.count_changes_since_last_signed_export(s) == 1


def test_a_changed_byte_fails_verification(
        register: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf = tmp_path / "registre.pdf"
    assert _run(capsys, "--db", str(register), "export", str(pdf), "--lang", "en", "--sign",
                "--password-file", str(tmp_path / "pw"), "--signer", "C. Martin")[0] == 0
    data = bytearray(pdf.read_bytes())
    at = data.index(b"/Type /Page") + 2  # inside the signed range
    data[at] ^= 0x01
    pdf.write_bytes(bytes(data))
    code, out, _ = _run(capsys, "--db", str(register), "verify", str(pdf))
    assert code == 1
    assert "Result: NOT VALID" not in out  # the messages follow the user, not the record
    assert "Résultat : NON VALIDE — le contenu couvert par la signature 1 a été altéré" in out


def test_wrong_password_writes_nothing(
        register: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pw = tmp_path / "pw"
    assert _run(capsys, "--db", str(register), "export", str(tmp_path / "a.pdf"), "--sign",
                "--password-file", str(pw), "--signer", "C. Martin")[0] == 0
    pw.write_text("wrong\n", encoding="utf-8")
    code, _, err = _run(capsys, "--db", str(register), "export", str(tmp_path / "b.pdf"),
                        "--sign", "--password-file", str(pw), "--signer", "C. Martin")
    assert code == 2
    assert "Mot de passe incorrect" in err and "Traceback" not in err
    assert not (tmp_path / "b.pdf").exists()
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".pdf" or ".pdf." in p.name] == [
        "a.pdf"]


def test_sign_without_password_file_is_a_usage_error(
        register: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "--db", str(register), "export", str(tmp_path / "a.pdf"),
                        "--sign", "--signer", "X")
    assert code == 2 and "--password-file" in err
    assert not (tmp_path / "a.pdf").exists()


def test_verify_on_something_that_is_not_a_pdf(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    junk = tmp_path / "junk.pdf"
    junk.write_text("bonjour", encoding="utf-8")
    code, _, err = _run(capsys, "verify", str(junk))
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def _squash(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("lang,title", [("fr", "Registre des activités de traitement"),
                                        ("en", "Record of processing activities")])
def test_the_seed_register_exports_whole_in_both_languages(
        register: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str,
        title: str) -> None:
    from pypdf import PdfReader

    pdf = tmp_path / f"seed-{lang}.pdf"
    assert _run(capsys, "--db", str(register), "export", str(pdf), "--lang", lang, "--sign",
                "--password-file", str(tmp_path / "pw"), "--signer", "Claire Martin")[0] == 0
    reader = PdfReader(pdf)
    text = _squash(" ".join(page.extract_text() or "" for page in reader.pages))
    assert title in text
    store = Store.open(register, readonly=True)
    with store.read() as s:
        from model.exchange import jsondoc

        doc = jsondoc.export_document(s)
    for activity in doc["activities"]:
        assert _squash(activity["purpose"]) in text, activity["reference"]
    for category in doc["data_categories"]:
        assert category["name"] in text
    assert reader.metadata is not None and title in (reader.metadata.title or "")


def test_an_appended_page_change_fails_verification(
        register: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import io

    from pyhanko.pdf_utils.generic import StreamObject
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    pdf = tmp_path / "registre.pdf"
    assert _run(capsys, "--db", str(register), "export", str(pdf), "--sign",
                "--password-file", str(tmp_path / "pw"), "--signer", "C. Martin")[0] == 0
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf.read_bytes()))
    overlay = writer.add_object(StreamObject(stream_data=b"q 1 0 0 rg 50 50 200 200 re f Q"))
    writer.add_stream_to_page(1, overlay)  # type: ignore[no-untyped-call]
    out = io.BytesIO()
    writer.write(out)  # type: ignore[no-untyped-call]
    pdf.write_bytes(out.getvalue())
    code, out_text, _ = _run(capsys, "--db", str(register), "verify", str(pdf))
    assert code == 1
    assert ("Résultat : NON VALIDE — le contenu de la page 2 a été modifié après la "
            "signature 1 (révision 3).") in out_text


def test_the_legal_representative_countersigns(
        register: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from model.signing import pades

    pdf = tmp_path / "registre.pdf"
    pw = str(tmp_path / "pw")
    assert _run(capsys, "--db", str(register), "export", str(pdf), "--sign", "--password-file",
                pw, "--signer", "Claire Martin", "--role", "DPO")[0] == 0
    legal = tmp_path / "legal.p12"
    pades.create_self_signed(legal, b"s3cret", organisation="Boulangerie Martin",
                             common_name="Paul Martin")
    code, out, err = _run(capsys, "sign", str(pdf), "--p12", str(legal), "--password-file", pw,
                          "--signer", "Paul Martin", "--role", "Gérant")
    assert code == 0, err
    assert "« registre.pdf » signé ; empreinte SHA-256 du certificat" in out
    code, out, _ = _run(capsys, "--db", str(register), "verify", str(pdf))
    assert code == 3  # the register never signed with Paul Martin's certificate
    assert "délivré à Paul Martin, Boulangerie Martin" in out
    code, out, _ = _run(capsys, "--db", str(register), "verify", str(pdf), "--trust",
                        str(_pem(legal, tmp_path)))
    assert code == 0, out
    assert "Signature 2 sur 2 (révision 3)" in out and "Paul Martin" in out


def _pem(p12: Path, folder: Path) -> Path:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12

    _, cert, _ = pkcs12.load_key_and_certificates(p12.read_bytes(), b"s3cret")
    assert cert is not None
    out = folder / (p12.stem + ".pem")
    out.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return out


def test_an_unreachable_timestamp_authority_is_reported_as_such(
        register: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf = tmp_path / "o.pdf"
    code, _, err = _run(capsys, "--db", str(register), "export", str(pdf), "--sign",
                        "--password-file", str(tmp_path / "pw"), "--signer", "C. Martin",
                        "--tsa", "http://127.0.0.1:9/tsr")
    assert code == 2
    assert err.startswith("registre : L'autorité d'horodatage http://127.0.0.1:9/tsr ne "
                          "répond pas"), err
    assert "Impossible d'écrire" not in err and len(err.splitlines()) == 1
    assert not pdf.exists()


def test_export_counts_editions_and_tells_findings_on_stderr(
        register: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from pypdf import PdfReader

    argv = ["--db", str(register), "export", "", "--sign", "--password-file",
            str(tmp_path / "pw"), "--signer", "Claire Martin", "--role", "DPO"]
    first, second = tmp_path / "1.pdf", tmp_path / "2.pdf"
    argv[3] = str(first)
    code, _, err = _run(capsys, *argv)
    assert code == 0
    assert "constatations de complétude" in err and "T-001 : " in err  # listed, exported
    assert "à l'état de brouillon" in err
    cover = " ".join((PdfReader(str(first)).pages[0].extract_text() or "").split())
    assert "Édition 1 (première édition)" in cover and "Incomplet" in cover
    store = Store.open(register)
    with store.write() as s:
        first_id = crud.activities(s)[0].id
        assert first_id is not None
        crud.update_activity(s, activity_id=first_id, retention="Trois ans")
    store.close()
    argv[3] = str(second)
    assert _run(capsys, *argv)[0] == 0
    reader = PdfReader(str(second))
    assert "Édition 2 (édition signée précédente" in " ".join(
        (reader.pages[0].extract_text() or "").split())
    text = " ".join(" ".join(p.extract_text() or "" for p in reader.pages[-4:]).split())
    assert "Activité T-001 Durée de conservation" in text and "Trois ans" in text


@pytest.mark.parametrize(("organisation", "email", "signer"), [
    ("Boulangerie Martin\ufffd", "dpo@martin.fr", "Claire Martin"),
    ("Boulangerie Martin", "dpo@martin.fr", "Claire 😀 Martin"),
    ("Société سلام", "dpo@martin.fr", "Claire Martin"),
    ("Boulangerie Martin", "dpo@boulangerie-société.fr", "Claire Martin"),
    ("Boulangerie Martin", "dpo@martin.fr", "Claire " * 12),
])
def test_a_name_a_certificate_cannot_hold_as_it_is_still_signs_a_record_that_verifies(
        register: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        organisation: str, email: str, signer: str) -> None:
    """The organisation's own certificate is made from its name, its e-mail and the signer's
    name. A U+FFFD, an emoji, Latin mixed with Arabic made a record that `verify` read as
    "certificate altered" (asn1crypto cannot compare such a name); an e-mail in an
    internationalised domain, or a signer's name over 64 characters, an internal error."""
    store = Store.open(register)
    with store.write() as s:
        crud.update_organisation(s, name=organisation, email=email)
    store.close()
    pdf = tmp_path / "r.pdf"
    code, out, err = _run(capsys, "--db", str(register), "export", str(pdf), "--sign",
                          "--password-file", str(tmp_path / "pw"), "--signer", signer)
    assert code == 0, err
    code, out, _ = _run(capsys, "--db", str(register), "verify", str(pdf))
    assert code == 0, out
    assert "AUTHENTIQUE" in out and signer.strip() in out
