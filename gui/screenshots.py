"""Screenshots of the editor on a realistic register, for the docs and for looking at it.

Run headless: `QT_QPA_PLATFORM=offscreen .venv/bin/python -m gui.screenshots OUT_DIR [fr|en]`.
GUI-B extends `save_screenshots` with their dialogs.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from gui import app as gui_app
from gui import commands
from gui.activities import COL_BASES, COL_CATEGORIES
from gui.mainwindow import MainWindow
from model import crud, db, tables
from model.store import Store

SEED = Path(__file__).resolve().parent.parent / "resources" / "samples" / "seed-register-fr.tsv"


def build_register(path: Path) -> Store:
    """The seed table imported, then a few activities filled in as a DPO would."""
    store = Store.open(path, language="fr")
    with store.write() as session:
        parsed = tables.parse_for(session, SEED)
        result = tables.apply(session, parsed, source=SEED.name)
        crud.update_organisation(session, name="Boulangerie Martin SARL",
                                 address="12 rue des Lilas, 69003 Lyon",
                                 email="contact@boulangerie-martin.fr")
        for activity_id in result.activity_ids[:4]:
            crud.update_activity(session, activity_id=activity_id,
                                 retention="3 ans après le dernier contact",
                                 security_measures=["access_control", "backups"])
            crud.set_activity_lists(session, activity_id=activity_id, subjects=["Clients"],
                                    recipients=["Service client", "Hébergeur"])
        crud.create_activity(
            session, name="Gestion de la paie", purpose="Calculer et verser les salaires",
            categories=["Identité", "Financières", "Vie professionnelle"],
            bases=[("legal_obligation", "Code du travail, art. L3243-2")],
            subjects=["Salariés"], recipients=["Service comptabilité", "Administration fiscale"],
            retention="5 ans", security_measures=["access_control", "encryption"],
            business_function="Ressources humaines", status="validated",
            validated_by="C. Martin", validated_at="2026-10-01")
        crud.create_activity(
            session, name="Vidéosurveillance du magasin",
            purpose="Sécurité des biens et des personnes",
            categories=["Identité"], bases=[("legitimate_interests",
                                             "Prévenir les vols et les agressions")],
            subjects=["Clients", "Salariés"], retention="30 jours",
            transfers=[{"country": "États-Unis", "recipient": "Hébergeur vidéo",
                        "safeguard": "scc", "safeguard_detail": "Clauses 2021/914"}])
    return store


def _grab(widget: QWidget, path: Path) -> Path:
    QApplication.processEvents()
    widget.grab().save(str(path))
    return path


def save_screenshots(out_dir: Path, lang: str = "fr") -> list[Path]:
    """PNGs of the main window, detail panel, both cell editors and the delete confirmation."""
    app = gui_app.make_application([sys.argv[0]])
    translators = gui_app.install_translators(app, lang)
    out_dir.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        store = build_register(Path(tmp) / "register.db")
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(store=store, settings=settings)
        window.resize(1280, 800)
        window.show()
        QApplication.processEvents()
        page = window.activities
        with store.read() as session:
            first = session.get(db.Activity, 2)
        page.select_id(first.id if first and first.id else 1)
        saved.append(_grab(window, out_dir / f"main-window-{lang}.png"))
        saved.append(_grab(page.detail, out_dir / f"detail-panel-{lang}.png"))

        row = page.view.currentIndex().row()
        for column, name in ((COL_CATEGORIES, "categories-editor"), (COL_BASES, "bases-editor")):
            index = page.proxy.index(row, column)
            page.view.setCurrentIndex(index)
            page.view.edit(index)
            QApplication.processEvents()
            saved.append(_grab(window, out_dir / f"{name}-{lang}.png"))
            page.view.setFocus()  # focus leaving the editor closes it, as for a user
            QApplication.processEvents()

        activity = window.adapter.activity(page.current_id() or 1)
        assert activity is not None
        text, details = commands.describe_deletion([activity])
        dialog = commands.ConfirmDialog(window, title=QApplication.translate("Commands", "Delete"),
                                        text=text, details=details)
        dialog.show()
        dialog.adjustSize()
        saved.append(_grab(dialog, out_dir / f"delete-confirmation-{lang}.png"))
        dialog.close()
        saved += save_list_screenshots(window, out_dir, lang)
        window.close()
        window.adapter.store.close()
        window.deleteLater()
        QApplication.processEvents()
    for translator in translators:
        app.removeTranslator(translator)
    return saved


def save_list_screenshots(window: MainWindow, out_dir: Path, lang: str) -> list[Path]:
    """GUI-B's pages and dialogs: the four lists, the organisation, import and preferences."""
    from gui.import_dialog import ImportDialog
    from gui.preferences import PreferencesDialog

    saved: list[Path] = []
    with window.adapter.store.write() as session:
        crud.update_basis_description(session, code="contract",
                                      description="Commandes, livraisons et service après-vente")
        crud.update_organisation(session, registration_number="123 456 789 00012",
                                 phone="04 78 00 00 00", dpo_name="Camille Durand",
                                 dpo_email="dpo@boulangerie-martin.fr")
    window.adapter.organisationChanged.emit()
    window.adapter.itemsChanged.emit("legalbasis")
    for row in range(window.nav.count()):
        page = window.pages.widget(row)
        name = {id(p): f"list-{kind}" for kind, p in window.list_pages.items()}.get(id(page))
        if page is window.organisation:
            name = "organisation"
        if name is None:
            continue
        window.nav.setCurrentRow(row)
        saved.append(_grab(window, out_dir / f"{name}-{lang}.png"))
    window.nav.setCurrentRow(0)

    with tempfile.TemporaryDirectory() as tmp:
        fresh = Store.open(Path(tmp) / "preview.db", language=lang)
        try:
            from gui.storeadapter import StoreAdapter

            parsed, known = ImportDialog.parse(adapter=StoreAdapter(store=fresh), path=SEED)
        finally:
            fresh.close()
    dialog = ImportDialog(parsed, source=SEED.name, known_categories=known, parent=window)
    dialog.show()
    saved.append(_grab(dialog, out_dir / f"import-preview-{lang}.png"))
    dialog.close()
    preferences = PreferencesDialog(window, settings=window.settings)
    preferences.show()
    saved.append(_grab(preferences, out_dir / f"preferences-{lang}.png"))
    preferences.close()
    return saved


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("screenshots")
    for png in save_screenshots(target, sys.argv[2] if len(sys.argv) > 2 else "fr"):
        print(png)
