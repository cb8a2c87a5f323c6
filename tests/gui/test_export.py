"""File ▸ Export PDF… and Tools ▸ Verify a PDF…, driven as a user would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from gui.adapter import StoreAdapter
from gui.dialogs.export import ExportDialog
from gui.dialogs.verify import VerifyDialog
from model.signing import pades, publish, verify
from model.storage.store import Store
from tests.guikit import seeded_store

SIGNER = "Camille Martin"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = seeded_store(tmp_path / "register.db")
    yield s
    s.close()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = {"inform": [], "warn": [], "confirm": []}
    monkeypatch.setattr(ExportDialog, "inform", classmethod(
        lambda _cls, _parent, _title, text: seen["inform"].append(text)))

    def confirm(_cls: Any, _parent: Any, text: str, details: str) -> bool:
        seen["confirm"].append(f"{text}\n{details}")
        return True

    monkeypatch.setattr(ExportDialog, "confirm", classmethod(confirm))
    monkeypatch.setattr(ExportDialog, "warn", classmethod(
        lambda _cls, _parent, text: seen["warn"].append(text)))
    return seen


def open_dialog(qtbot: QtBot, store: Store, settings: QSettings) -> ExportDialog:
    dialog = ExportDialog(None, adapter=StoreAdapter(store=store), settings=settings)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.previewReady, timeout=60_000):
        dialog.show()
    return dialog


def fill_signer(dialog: ExportDialog, password: str = "s3cret") -> None:
    dialog.sign_box.setChecked(True)
    dialog.use_organisation.setChecked(True)
    dialog.password.setText(password)
    dialog.signer.setText(SIGNER)
    dialog.role.setText("Gérante")
    dialog.place.setText("Lyon")


def export_to(qtbot: QtBot, dialog: ExportDialog, target: Path,
              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ExportDialog, "ask_path", classmethod(lambda *_a: target))
    dialog.export_button.click()
    assert dialog.busy  # the worker runs; the dialog refuses to close meanwhile
    dialog.reject()
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)


def test_preview_findings_and_signed_export(qtbot: QtBot, store: Store, settings: QSettings,
                                            tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            messages: dict[str, list[str]]) -> None:
    dialog = open_dialog(qtbot, store, settings)
    assert dialog.document.pageCount() > 1  # cover, summary, sheets, annex, signature
    assert dialog.findings.count() > 0  # the seed lacks retention periods, subjects…
    assert dialog.language.currentData() == "fr"
    assert not dialog.export_button.isEnabled()  # signing without a password: not yet
    fill_signer(dialog)
    assert dialog.export_button.isEnabled()

    target = tmp_path / "out" / "registre.pdf"
    target.parent.mkdir()
    exported: list[Any] = []
    dialog.exported.connect(exported.append)
    export_to(qtbot, dialog, target, monkeypatch)
    assert not messages["warn"]
    assert target.exists()
    assert verify.verify_pdf(target).verdict == verify.INTACT  # no register given: unknown
    with store.read() as session:
        known = publish.known_certificates(session)
    assert verify.verify_pdf(target, trust=verify.make_trust(register=known)).ok
    assert exported and exported[0].signed and exported[0].created_certificate is not None
    assert publish.default_certificate().exists()
    assert SIGNER in messages["inform"][0] and str(target) in messages["inform"][0]
    with store.read() as session:
        last = publish.last_signed_export(session)
        assert last is not None and last.signer == SIGNER
    assert not dialog.isVisible()  # done: the dialog closed itself


def test_wrong_password_says_so_writes_nothing_and_stays_open(
        qtbot: QtBot, store: Store, settings: QSettings, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, messages: dict[str, list[str]]) -> None:
    cert = publish.default_certificate()
    cert.parent.mkdir(parents=True, exist_ok=True)
    pades.create_self_signed(cert, b"the-right-one", organisation="Boulangerie Martin SARL",
                               common_name=SIGNER)
    dialog = open_dialog(qtbot, store, settings)
    fill_signer(dialog, password="wrong")
    target = tmp_path / "registre.pdf"
    export_to(qtbot, dialog, target, monkeypatch)
    assert messages["warn"] and "mot de passe" in messages["warn"][0].lower()
    assert not target.exists()
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".pdf"]
    assert dialog.isVisible() and dialog.export_button.isEnabled()
    assert dialog.status.text() == messages["warn"][0]
    with store.read() as session:
        assert publish.exports(session) == []

    # a broken PKCS#12 file: the same, with the file's problem
    broken = tmp_path / "broken.p12"
    broken.write_bytes(b"not a certificate")
    dialog.use_file.setChecked(True)
    dialog.p12_path.setText(str(broken))
    export_to(qtbot, dialog, target, monkeypatch)
    assert "PKCS#12" in messages["warn"][1]
    assert not target.exists() and dialog.isVisible()


def test_signer_details_are_remembered_but_not_the_password(
        qtbot: QtBot, store: Store, settings: QSettings, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, messages: dict[str, list[str]]) -> None:
    dialog = open_dialog(qtbot, store, settings)
    fill_signer(dialog)
    dialog.timestamp_url.setText("http://tsa.example.invalid/tsr")
    dialog.sign_box.setChecked(False)  # unsigned: quick, and the rest is still remembered
    export_to(qtbot, dialog, tmp_path / "unsigned.pdf", monkeypatch)
    assert (tmp_path / "unsigned.pdf").exists()
    assert "s3cret" not in Path(settings.fileName()).read_text(encoding="utf-8")

    again = open_dialog(qtbot, store, settings)
    assert again.signer.text() == SIGNER
    assert again.role.text() == "Gérante"
    assert again.place.text() == "Lyon"
    assert again.timestamp_url.text() == "http://tsa.example.invalid/tsr"
    assert not again.sign_box.isChecked()
    assert again.password.text() == ""


def test_english_record_preview(qtbot: QtBot, store: Store, settings: QSettings) -> None:
    dialog = open_dialog(qtbot, store, settings)
    with qtbot.waitSignal(dialog.previewReady, timeout=60_000):
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.document.pageCount() > 1
    assert dialog.suggested_name().startswith("record-of-processing-activities-")


@pytest.fixture
def signed_pdf(store: Store, tmp_path: Path) -> Path:
    target = tmp_path / "signed.pdf"
    publish.export_pdf(store, target, lang="fr",
                       sign=publish.SignOptions(password=b"pw", signer=SIGNER))
    return target


def test_verify_dialog_valid_then_tampered(qtbot: QtBot, signed_pdf: Path, store: Store,
                                           tmp_path: Path) -> None:
    stranger = VerifyDialog(None, path=signed_pdf)  # a register that never signed it
    qtbot.addWidget(stranger)
    assert not stranger.verify()
    assert stranger.verdict.text().startswith("Résultat : INTACT, SIGNATAIRE NON AUTHENTIFIÉ")
    with store.read() as session:
        known = publish.known_certificates(session)
    dialog = VerifyDialog(None, path=signed_pdf, known_certificates=known)
    qtbot.addWidget(dialog)
    assert dialog.verify()
    assert dialog.verdict.isVisibleTo(dialog) and dialog.verdict.property("ok")
    assert dialog.verdict.text().startswith("Résultat : AUTHENTIQUE")
    assert SIGNER in dialog.details.toPlainText()

    data = bytearray(signed_pdf.read_bytes())
    where = data.find(b"Boulangerie")
    assert where > 0
    data[where:where + 11] = b"Patisserie!"
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(data))
    dialog.pdf.setText(str(tampered))
    assert not dialog.verify()
    assert not dialog.verdict.property("ok")
    assert dialog.verdict.text().startswith("Résultat : NON VALIDE — le contenu couvert")


def test_verify_dialog_takes_the_published_fingerprint(qtbot: QtBot, signed_pdf: Path) -> None:
    """A regulator who has the organisation's published fingerprint, not its register, types
    it in (spaces, colons, any case) and gets AUTHENTIC; a mistyped one is one message."""
    dialog = VerifyDialog(None, path=signed_pdf)
    qtbot.addWidget(dialog)
    assert not dialog.verify()
    assert dialog.report is not None
    published = dialog.report.signatures[0].fingerprint
    grouped = ":".join(published[i:i + 2] for i in range(0, len(published), 2)).upper()
    qtbot.keyClicks(dialog.fingerprint, grouped)
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    assert dialog.verdict.property("ok")
    assert dialog.verdict.text().startswith("Résultat : AUTHENTIQUE")
    dialog.fingerprint.setText(published[:20])
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    assert dialog.report is None and not dialog.verdict.property("ok")
    assert "n'est pas une empreinte SHA-256" in dialog.details.toPlainText()


def test_verify_dialog_takes_several_trust_roots(qtbot: QtBot, signed_pdf: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Several trust roots chosen at once (an unrelated one first): the one the signer's
    certificate chains to authenticates the record."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    with signed_pdf.open("rb") as handle:
        cert = PdfFileReader(handle).embedded_signatures[0].signer_cert
    own = tmp_path / "own.der"
    own.write_bytes(cert.dump())
    other = tmp_path / "other.der"
    other.write_bytes(_other_certificate())
    monkeypatch.setattr(VerifyDialog, "ask_trust_paths", classmethod(lambda *_a: [other, own]))
    dialog = VerifyDialog(None, path=signed_pdf)
    qtbot.addWidget(dialog)
    dialog.findChild(type(dialog.verify_button), "chooseTrust").click()
    assert dialog.trust.text() == f"{other}; {own}"
    assert dialog.verify()
    assert dialog.verdict.text().startswith("Résultat : AUTHENTIQUE")


def _other_certificate() -> bytes:
    """A self-signed certificate that has nothing to do with the record."""
    import datetime

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Autre autorité")])
    start = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(7).not_valid_before(start)
            .not_valid_after(start + datetime.timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    return cert.public_bytes(serialization.Encoding.DER)


def test_verify_dialog_not_a_pdf(qtbot: QtBot, tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    text = tmp_path / "notes.pdf"
    text.write_text("hello", encoding="utf-8")
    monkeypatch.setattr(VerifyDialog, "ask_pdf_path", classmethod(lambda *_a: text))
    dialog = VerifyDialog(None)
    qtbot.addWidget(dialog)
    dialog.findChild(type(dialog.verify_button), "choosePdf").click()
    assert dialog.verdict.text() == "This file cannot be checked."
    assert "n'est pas un fichier PDF" in dialog.details.toPlainText()


def test_an_incomplete_register_is_exported_only_once_confirmed(
        qtbot: QtBot, store: Store, settings: QSettings, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, messages: dict[str, list[str]]) -> None:
    asked: list[str] = []

    def refuse(_cls: Any, _parent: Any, text: str, details: str) -> bool:
        asked.append(f"{text}\n{details}")
        return False

    monkeypatch.setattr(ExportDialog, "confirm", classmethod(refuse))
    dialog = open_dialog(qtbot, store, settings)
    dialog.sign_box.setChecked(False)
    target = tmp_path / "registre.pdf"
    monkeypatch.setattr(ExportDialog, "ask_path", classmethod(lambda *_a: target))
    dialog.export_button.click()
    assert len(asked) == 1 and not dialog.busy and not target.exists()
    first = dialog.findings.item(0).text()
    assert first in asked[0]  # the findings, listed as the dialog shows them
    assert "T-001" in asked[0].split("\n")[-1]  # and the sheets still in draft
    with store.read() as session:
        assert publish.exports(session) == []
