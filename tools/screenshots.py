"""Screenshots of the editor on a realistic register, for the docs and for looking at it.

Run headless: `QT_QPA_PLATFORM=offscreen .venv/bin/python -m tools.screenshots OUT_DIR [fr|en]`.
GUI-B extends `save_screenshots` with their dialogs.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from gui import app as gui_app
from gui import settings as keys
from gui.activities.table import COL_BASES, COL_CATEGORIES, COL_NAME
from gui.commands import undo
from gui.mainwindow.window import MainWindow
from gui.worker import wait_all
from model.core.errors import RegisterLocked
from model.exchange import importer, table_import
from model.register import crud
from model.signing import publish
from model.storage import backup, schema
from model.storage.store import Store

SIGNING_PASSWORD = b"screenshots"
"""The throwaway certificate's password (not shown: the field masks it)."""
SEED = Path(__file__).resolve().parent.parent / "resources" / "samples" / "seed-register-fr.tsv"


def build_register(path: Path) -> Store:
    """The seed table imported, then a few activities filled in as a DPO would."""
    store = Store.open(path, language="fr")
    with store.write() as session:
        parsed = table_import.parse_for(session, SEED)
        result = table_import.apply(session, parsed, source=SEED.name)
        crud.update_organisation(session, name="Boulangerie Martin SARL",
                                 address="12 rue des Lilas, 69003 Lyon",
                                 email="contact@boulangerie-martin.fr")
        systems = ("Sage", "Silae", "Salesforce", "Odoo", "Google Workspace", "Welcome")
        for activity_id in result.activity_ids[:4]:
            crud.update_activity(session, activity_id=activity_id,
                                 retention="3 ans après le dernier contact",
                                 security_measures=["access_control", "backups"])
            crud.set_activity_lists(session, activity_id=activity_id, subjects=["Clients"],
                                    recipients=["Service client", "Hébergeur"])
        for k, activity_id in enumerate(result.activity_ids[:6]):
            # The user's own columns: what their spreadsheet had and the record has no field for.
            notes = [{"name": "Logiciel", "text": systems[k]}]
            if k % 2 == 0:
                notes.append({"name": "Responsable", "text": ("DAF", "DRH", "Direction")[k // 2]})
            crud.set_activity_lists(session, activity_id=activity_id, notes=notes)
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
    data_home = os.environ.get("XDG_DATA_HOME")
    with tempfile.TemporaryDirectory() as tmp:
        # Backups and the organisation's certificate go to a throwaway data folder, never
        # the user's.
        os.environ["XDG_DATA_HOME"] = str(Path(tmp) / "data")
        store = build_register(Path(tmp) / "register.db")
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(store=store, settings=settings)
        window.resize(1280, 800)
        window.show()
        QApplication.processEvents()
        page = window.activities
        with store.read() as session:
            first = session.get(schema.Activity, 2)
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
        text, details = undo.describe_deletion([activity])
        dialog = undo.ConfirmDialog(window, title=QApplication.translate("Commands", "Delete"),
                                        text=text, details=details)
        dialog.show()
        dialog.adjustSize()
        saved.append(_grab(dialog, out_dir / f"delete-confirmation-{lang}.png"))
        dialog.close()
        saved += save_grid_screenshots(window, out_dir, lang, Path(tmp))
        saved += save_list_screenshots(window, out_dir, lang)
        saved += save_record_screenshots(window, out_dir, lang, Path(tmp))
        window.close()
        window.adapter.store.close()
        window.deleteLater()
        QApplication.processEvents()
        wait_all()
    if data_home is None:
        os.environ.pop("XDG_DATA_HOME", None)
    else:
        os.environ["XDG_DATA_HOME"] = data_home
    for translator in translators:
        app.removeTranslator(translator)
    return saved


def save_grid_screenshots(window: MainWindow, out_dir: Path, lang: str, tmp: Path) -> list[Path]:
    """The grid with extra columns, after a paste and a bulk edit; the first start; the guide."""
    from PySide6.QtGui import QGuiApplication

    from gui.dialogs.guide import GuideDialog

    page = window.activities
    saved = []
    window.activities.detail.hide()
    keys = ("retention", "data_subjects", "note:Logiciel", "note:Responsable")
    header = page.view.horizontalHeader()
    for i, key in enumerate(keys):
        col = page.model.column_of(key)
        page.view.setColumnHidden(col, False)
        header.moveSection(header.visualIndex(col), header.visualIndex(COL_NAME) + 1 + i)
    QApplication.processEvents()
    saved.append(_grab(window, out_dir / f"grid-columns-{lang}.png"))
    retention = page.model.column_of("retention")
    page.view.setCurrentIndex(page.proxy.index(0, retention))
    QGuiApplication.clipboard().setText("5 ans après la fin du contrat\n3 ans\n10 ans"
                                        if lang == "fr" else
                                        "5 years after the contract\n3 years\n10 years")
    page.grid.paste()
    QApplication.processEvents()
    saved.append(_grab(window, out_dir / f"grid-paste-{lang}.png"))
    saved += _bulk_edit(window, out_dir, lang)
    window.undo()
    window.undo()
    saved.append(_import_again(window, out_dir, lang))
    window.activities.detail.show()
    guide = GuideDialog(window)
    guide.show()
    QApplication.processEvents()
    saved.append(_grab(guide, out_dir / f"guide-{lang}.png"))
    guide.close()
    empty = MainWindow(store=Store.open(tmp / "empty.db", language=lang),
                       settings=QSettings(str(tmp / "empty.ini"), QSettings.Format.IniFormat))
    empty.resize(1100, 700)
    empty.show()
    QApplication.processEvents()
    saved.append(_grab(empty, out_dir / f"first-start-{lang}.png"))
    empty.close()
    empty.adapter.store.close()
    return saved


def _bulk_edit(window: MainWindow, out_dir: Path, lang: str) -> list[Path]:
    """Edit ▸ Bulk edit… on four rows: a data subject added to each; then the grid after it."""
    from PySide6.QtCore import QItemSelectionModel, Qt

    from gui.dialogs.bulk import BulkEditDialog

    page = window.activities
    selection = page.view.selectionModel()
    selection.clearSelection()
    for row in range(4):
        selection.select(page.proxy.index(row, COL_NAME), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    grid = page.grid
    dialog = BulkEditDialog(window, fields=grid.bulk_fields(), count=4,
                            item_names=window.adapter.item_names, current="data_subjects")
    dialog.mode_combo.setCurrentIndex(dialog.mode_combo.findData("add"))
    for i in range(dialog.items.count()):
        if dialog.items.item(i).text() in ("Prospects", "Salariés"):
            dialog.items.item(i).setCheckState(Qt.CheckState.Checked)
    dialog.show()
    saved = [_grab(dialog, out_dir / f"bulk-edit-dialog-{lang}.png")]
    dialog.apply_button.click()
    assert dialog.change is not None
    grid.apply_bulk(dialog.change)
    dialog.deleteLater()
    QApplication.processEvents()
    saved.append(_grab(window, out_dir / f"grid-bulk-edit-{lang}.png"))
    return saved


def _import_again(window: MainWindow, out_dir: Path, lang: str) -> Path:
    """The seed table imported a second time: every row pointed out as already there."""
    from gui.dialogs.importing import ImportDialog

    parsed, known = ImportDialog.parse(adapter=window.adapter, path=SEED)

    def duplicates(table: importer.ParsedTable) -> list[table_import.Duplicate]:
        with window.adapter.read() as session:
            return table_import.find_duplicates(session, table)

    dialog = ImportDialog(parsed, source=SEED.name, known_categories=known, parent=window,
                          find_duplicates=duplicates)
    dialog.show()
    shot = _grab(dialog, out_dir / f"import-again-{lang}.png")
    dialog.close()
    dialog.deleteLater()
    return shot


def save_list_screenshots(window: MainWindow, out_dir: Path, lang: str) -> list[Path]:
    """GUI-B's pages and dialogs: the four lists, the organisation, import and preferences."""
    from gui.dialogs.importing import ImportDialog
    from gui.dialogs.preferences import PreferencesDialog

    saved: list[Path] = []
    with window.adapter.store.write() as session:
        crud.update_basis_description(session, code="contract",
                                      description="Commandes, livraisons et service après-vente")
        crud.update_organisation(session, registration_number="123 456 789 00012",
                                 phone="04 78 00 00 00", dpo_name="Camille Durand",
                                 dpo_email="dpo@boulangerie-martin.fr")
    window.adapter.organisationChanged.emit()
    window.adapter.itemsChanged.emit("legalbasis")
    lists = {id(p): f"list-{kind}" for kind, p in window.list_pages.items()}
    organisation = window.organisation  # made now: pages are made when first asked for
    for row in range(window.nav.count()):
        page = window.pages.widget(row)
        name = lists.get(id(page))
        if page is organisation:
            name = "organisation"
        if name is None:
            continue
        window.nav.setCurrentRow(row)
        saved.append(_grab(window, out_dir / f"{name}-{lang}.png"))
    window.nav.setCurrentRow(0)

    with tempfile.TemporaryDirectory() as tmp:
        fresh = Store.open(Path(tmp) / "preview.db", language=lang)
        try:
            from gui.adapter import StoreAdapter

            parsed, known = ImportDialog.parse(adapter=StoreAdapter(store=fresh), path=SEED)
        finally:
            fresh.close()
    dialog = ImportDialog(parsed, source=SEED.name, known_categories=known, parent=window)
    dialog.show()
    saved.append(_grab(dialog, out_dir / f"import-preview-{lang}.png"))
    dialog.close()
    saved.append(_import_columns(window, out_dir, lang))
    preferences = PreferencesDialog(window, settings=window.settings)
    preferences.show()
    saved.append(_grab(preferences, out_dir / f"preferences-{lang}.png"))
    preferences.close()
    return saved


def _import_columns(window: QWidget, out_dir: Path, lang: str) -> Path:
    """The import preview of a wider table: one column sent to another field, one left out."""
    from gui.adapter import StoreAdapter
    from gui.dialogs.importing import ImportDialog
    from model.exchange import columns

    rows = {
        "fr": ("Finalité\tCatégories de données\tBase légale\tDurée de conservation\tSystème"
               "\tPropriétaire\tCommentaire interne",
               "Paie des salariés\tIdentité, Financières\tObligation légale\t5 ans\tSilae"
               "\tDRH\tà revoir en 2027",
               "Recrutement\tIdentité, Vie professionnelle\tMesures précontractuelles\t2 ans"
               "\tWelcome\tDRH\t"),
        "en": ("Purpose\tCategories of personal data\tLawful basis\tRetention\tSystem"
               "\tOwner\tInternal comment",
               "Payroll\tIdentity, Financial\tLegal obligation\t6 years\tSage\tHR"
               "\treview in 2027",
               "Recruitment\tIdentity, Employment\tContract\t1 year\tWorkable\tHR\t"),
    }[lang]
    with tempfile.TemporaryDirectory() as tmp:
        table = Path(tmp) / ("registre.tsv" if lang == "fr" else "register.tsv")
        table.write_text("\n".join(rows) + "\n", encoding="utf-8")
        fresh = Store.open(Path(tmp) / "preview.db", language=lang)
        adapter = StoreAdapter(store=fresh)
        try:
            parsed, known = ImportDialog.parse(adapter=adapter, path=table)
            dialog = ImportDialog(
                parsed, source=table.name, known_categories=known, parent=window,
                reparse=lambda c: ImportDialog.parse(adapter=adapter, path=table, choices=c)[0])
            dialog.show()
            dialog.column_combos[5].setCurrentIndex(
                dialog.column_combos[5].findData("business_function"))
            dialog.column_combos[6].setCurrentIndex(dialog.column_combos[6].findData(columns.SKIP))
            shot = _grab(dialog, out_dir / f"import-columns-{lang}.png")
            dialog.close()
        finally:
            fresh.close()
    return shot


def _wait(condition: Callable[[], bool], timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)
    QApplication.processEvents()


def save_record_screenshots(window: MainWindow, out_dir: Path, lang: str,
                            tmp: Path) -> list[Path]:
    """The record's dialogs: export with preview, verify, history, restore, read-only."""
    from gui.dialogs.backup import BackupDialog
    from gui.dialogs.export import ExportDialog
    from gui.dialogs.verify import VerifyDialog
    from gui.history.window import HistoryWindow
    from gui.mainwindow.opening import ReadOnlyOffer, StartupProblem

    saved: list[Path] = []
    store = window.adapter.store
    backup.make_backup(store, "import")
    # A signed record, then two edits after it, as a DPO's week would go.
    signed = tmp / "registre-signe.pdf"
    publish.export_pdf(store, signed, lang=lang, sign=publish.SignOptions(
        password=SIGNING_PASSWORD, signer="Camille Durand", role="DPO", place="Lyon"))
    window.adapter.note_export()
    page = window.activities
    activity_id = page.current_id() or 1
    window.adapter.update_activity(activity_id, retention="3 ans après la dernière commande")
    window.adapter.set_activity_lists(activity_id, subjects=["Clients", "Prospects"])
    window.update_status()
    QApplication.processEvents()
    saved.append(_grab(window, out_dir / f"main-window-status-{lang}.png"))

    detail = page.detail
    detail.ensureWidgetVisible(detail.history_view)
    saved.append(_grab(detail, out_dir / f"detail-history-{lang}.png"))

    settings = window.settings
    keys.EXPORT_SIGNER.set(settings, "Camille Durand")
    keys.EXPORT_ROLE.set(settings, "DPO")
    keys.EXPORT_PLACE.set(settings, "Lyon")
    dialog = ExportDialog(window, adapter=window.adapter, settings=settings)
    dialog.password.setText(SIGNING_PASSWORD.decode())
    dialog.show()
    _wait(lambda: dialog.document.pageCount() > 0)
    _wait(lambda: dialog._preview_worker is None)
    end = time.monotonic() + 2.0  # QPdfView renders its pages in the background
    _wait(lambda: time.monotonic() > end)
    saved.append(_grab(dialog, out_dir / f"export-pdf-{lang}.png"))
    dialog._set_busy(True, QApplication.translate("ExportDialog", "Signing and writing “%1”…")
                     .replace("%1", signed.name))
    saved.append(_grab(dialog, out_dir / f"export-pdf-busy-{lang}.png"))
    dialog._set_busy(False)
    dialog.close()

    with store.read() as session:  # as Tools ▸ Verify opens it: the register's certificates
        known = publish.known_certificates(session)
    verify = VerifyDialog(window, path=signed, known_certificates=known)
    verify.verify()
    verify.show()
    saved.append(_grab(verify, out_dir / f"verify-ok-{lang}.png"))
    data = bytearray(signed.read_bytes())
    where = data.find(b"Boulangerie")
    data[where:where + 11] = b"Patisserie!"
    tampered = tmp / "registre-modifie.pdf"
    tampered.write_bytes(bytes(data))
    verify.pdf.setText(str(tampered))
    verify.verify()
    saved.append(_grab(verify, out_dir / f"verify-tampered-{lang}.png"))
    verify.close()

    history = HistoryWindow(window, adapter=window.adapter)
    history.show()
    saved.append(_grab(history, out_dir / f"history-{lang}.png"))
    history.since.setChecked(True)
    saved.append(_grab(history, out_dir / f"history-since-signed-{lang}.png"))
    history.close()

    restore = BackupDialog(window, adapter=window.adapter, undo_stack=window.undo_stack)
    restore.show()
    saved.append(_grab(restore, out_dir / f"restore-backup-{lang}.png"))
    restore.close()

    assert store.path is not None
    box, _button = ReadOnlyOffer.box(window, path=store.path, error=RegisterLocked(
        f"« {store.path.name} »", holder="camille@poste-accueil, pid 4242"))
    box.show()
    saved.append(_grab(box, out_dir / f"open-read-only-question-{lang}.png"))
    box.close()
    problem, _other, _new = StartupProblem.box(
        path=tmp / "notes.db", message=str(_not_a_register(tmp / "notes.db")))
    problem.show()
    saved.append(_grab(problem, out_dir / f"startup-problem-{lang}.png"))
    problem.close()

    readonly = Store.open(store.path, readonly=True)
    viewer = MainWindow(store=readonly, settings=settings)
    viewer.resize(1280, 800)
    viewer.show()
    viewer.activities.select_id(activity_id)
    saved.append(_grab(viewer, out_dir / f"read-only-window-{lang}.png"))
    viewer.close()
    readonly.close()
    viewer.deleteLater()
    return saved


def _not_a_register(path: Path) -> Exception:
    from model.storage.store import not_a_register

    return not_a_register(path)


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("screenshots")
    for png in save_screenshots(target, sys.argv[2] if len(sys.argv) > 2 else "fr"):
        print(png)
