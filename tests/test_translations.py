"""The French translation is complete, well formed, and actually used by the widgets."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QSettings, QTranslator
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from gui.adapter import StoreAdapter
from gui.app import choose_language
from gui.dialogs.preferences import PreferencesDialog
from gui.lists.page import ListPage
from model.storage.store import Store
from tools import i18n_check

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
FR_TS = TRANSLATIONS / "registre_fr.ts"
NBSP, NNBSP = "\u00a0", "\u202f"


def messages(path: Path) -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            yield name, message


def forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [f.text or "" for f in translation.iter("numerusform")]
    return [translation.text or ""]


def test_every_french_message_is_translated() -> None:
    problems = []
    for context, message in messages(FR_TS):
        source = message.findtext("source", "")
        translation = message.find("translation")
        assert translation is not None
        kind = translation.get("type")
        if kind in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is {kind}")
        if not all(text.strip() for text in forms(message)):
            problems.append(f"{context}: {source!r} has an empty translation")
    assert not problems, "\n".join(problems)


def test_plurals_have_both_french_forms() -> None:
    plurals = [(c, m) for c, m in messages(FR_TS) if m.get("numerus") == "yes"]
    assert plurals, "the interface has %n messages"
    for context, message in plurals:
        texts = forms(message)
        assert len(texts) == 2, f"{context}: {message.findtext('source')}"
        assert all(texts) and texts[0] != texts[1], f"{context}: {texts}"


def test_placeholders_survive_translation() -> None:
    for context, message in messages(FR_TS):
        source = message.findtext("source", "")
        wanted = set(re.findall(r"%\d", source))
        for text in forms(message):
            assert set(re.findall(r"%\d", text)) == wanted, f"{context}: {source!r} → {text!r}"
        if message.get("numerus") == "yes":
            # the plural form must show the number; the singular may say "this item"
            assert "%n" in forms(message)[-1], f"{context}: {source!r}"


def test_french_typography() -> None:
    """Non-breaking space before : ; ? ! and inside « », never a plain one."""
    for context, message in messages(FR_TS):
        for text in forms(message):
            where = f"{context}: {text!r}"
            assert not re.search(r" [:;?!»]", text), where
            assert "« " not in text, where
            assert not re.search(r"\w[;?!]", text.replace(";;", "")), where
            assert "“" not in text and "”" not in text, f"French quotes are « »: {where}"


def compiled(tmp_path: Path, ts: Path) -> Path:
    """The .qm of `ts`, compiled now so the test does not depend on `make translations`."""
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    qm = tmp_path / ts.with_suffix(".qm").name
    subprocess.run([lrelease, str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


@pytest.fixture
def french(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    ours, qt = QTranslator(), QTranslator()
    assert ours.load(str(compiled(tmp_path, FR_TS)))
    assert qt.load("qtbase_fr", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    qapp.installTranslator(ours)
    qapp.installTranslator(qt)
    yield
    qapp.removeTranslator(qt)
    qapp.removeTranslator(ours)


@pytest.mark.usefixtures("french")
def test_with_the_french_translator_the_interface_speaks_french(qtbot: QtBot,
                                                                store: Store) -> None:
    assert QCoreApplication.translate("MainWindow", "&Import table…") == (
        "&Importer un tableau…")
    assert QCoreApplication.translate(
        "ListPage", "It is removed from %n activity(ies):", None, 5) == (
        f"Il sera retiré de 5 activités{NBSP}:")
    assert QCoreApplication.translate(
        "ListPage", "It is removed from %n activity(ies):", None, 1) == (
        f"Il sera retiré de 1 activité{NBSP}:")

    page = ListPage("datacategory", adapter=StoreAdapter(store=store), undo_stack=QUndoStack())
    qtbot.addWidget(page)
    assert page.add_button.text() == "Ajouter une catégorie"
    assert page.model.headerData(0, page.view.horizontalHeader().orientation()) == "Nom"

    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None
    assert cancel.text().replace("&", "") == "Annuler", "Qt's own qtbase_fr is loaded too"


def test_english_plural_forms(qapp: QApplication, tmp_path: Path) -> None:
    english = QTranslator()
    assert english.load(str(compiled(tmp_path, TRANSLATIONS / "registre_en.ts")))
    qapp.installTranslator(english)
    try:
        assert QCoreApplication.translate(
            "ListCommands", "Import %n activity(ies) from “%1”", None, 1) == (
            "Import 1 activity from “%1”")
        assert QCoreApplication.translate(
            "ListCommands", "Import %n activity(ies) from “%1”", None, 3) == (
            "Import 3 activities from “%1”")
    finally:
        qapp.removeTranslator(english)


def test_no_visible_literal_escapes_the_translator() -> None:
    findings = i18n_check.find_untranslated(i18n_check.gui_files())
    assert not findings, "\n".join(map(str, findings))


def test_preferences_store_the_language(qtbot: QtBot, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)

    def choose_english(dialog: PreferencesDialog) -> int:
        qtbot.addWidget(dialog)
        assert dialog.value() == "", "System language until the user chooses"
        assert dialog.findChild(QLabel, "restartNote") is not None
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(PreferencesDialog, "exec", choose_english)
    assert PreferencesDialog.ask(None, settings=settings) is True
    assert settings.value("language") == "en"
    assert choose_language(settings) == "en"
