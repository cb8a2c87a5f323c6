"""File ▸ Export PDF…: the record for the regulator, previewed, then signed and written.

The dialog shows what the completeness check finds (a warning, never a
refusal: the record marks what is missing), renders the unsigned record into a
temporary file and shows its pages with QtPdf, and on Export asks where to
write it and runs `model.signing.publish.export_pdf` in a worker thread: a large
register takes several seconds to render and sign, and the window must keep
painting meanwhile. While the file is being written the dialog cannot be
closed. A refused signature (wrong password, unreadable PKCS#12) is shown and
the dialog stays open for another try; nothing is written then.

The signer's name, role and place, the certificate choice and the timestamp
authority are remembered in QSettings (gui.settings); the password never is.
"""

from __future__ import annotations

import tempfile
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from gui import settings as keys
from gui.adapter import StoreAdapter
from gui.dialogs import files
from gui.worker import Worker
from model import check
from model.core import i18n
from model.exchange import jsondoc
from model.record import pdf
from model.record.terms import drafts
from model.signing import publish

translate = QCoreApplication.translate  # lupdate reads each call: literal context and text

PREVIEW_DELAY_MS = 600
"""Pause after the last change before the preview is rendered again."""


class ExportDialog(QDialog):
    """Options, completeness findings and a page preview, then the export itself.

    `exported(ExportOutcome)` is emitted after a file was written.
    """

    exported = Signal(object)
    previewReady = Signal()

    def __init__(self, parent: QWidget | None = None, *, adapter: StoreAdapter,
                 settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export the record as PDF"))
        self.adapter = adapter
        self.settings = settings or QSettings()
        self.busy = False
        self.outcome: publish.ExportOutcome | None = None
        self._register = adapter.document()
        """The register as exported, read once: the dialog is modal, so it cannot change
        while open, and a large register takes a good part of a second to read."""
        self._worker: Worker | None = None
        self._preview_worker: Worker | None = None
        self._preview_again = False
        self._tmp = tempfile.TemporaryDirectory(prefix="registre-preview-")
        self._preview_n = 0
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.render_preview)
        self._build()
        self._load_settings()
        self._update_state()
        self.resize(1100, 760)
        QTimer.singleShot(0, self.render_preview)

    # -- building -------------------------------------------------------------

    def _build(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)

        form = QFormLayout()
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("French"), "fr")
        self.language.addItem(self.tr("English"), "en")
        lang = self.adapter.language()
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        self.language.currentIndexChanged.connect(self._language_changed)
        form.addRow(self.tr("Language of the record:"), self.language)
        column.addLayout(form)

        findings_box = QGroupBox(self.tr("Completeness"))
        findings_layout = QVBoxLayout(findings_box)
        self.findings_label = QLabel()
        self.findings_label.setObjectName("findingsLabel")
        self.findings_label.setWordWrap(True)
        self.findings = QListWidget()
        self.findings.setObjectName("findings")
        self.findings.setAlternatingRowColors(True)
        self.findings.setMaximumHeight(self.findings.fontMetrics().lineSpacing() * 7)
        findings_layout.addWidget(self.findings_label)
        findings_layout.addWidget(self.findings)
        column.addWidget(findings_box)
        self._fill_findings()

        self.sign_box = QGroupBox(self.tr("Sign the record"))
        self.sign_box.setObjectName("signBox")
        self.sign_box.setCheckable(True)
        self.sign_box.setChecked(True)
        self.sign_box.toggled.connect(self._sign_toggled)
        sign = QFormLayout(self.sign_box)
        sign.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.use_organisation = QRadioButton(
            self.tr("My organisation's certificate (created by Registre)"))
        self.use_organisation.setObjectName("useOrganisation")
        self.use_file = QRadioButton(self.tr("A PKCS#12 file:"))
        self.use_file.setObjectName("useFile")
        group = QButtonGroup(self)
        group.addButton(self.use_organisation)
        group.addButton(self.use_file)
        self.use_organisation.setChecked(True)
        self.use_organisation.toggled.connect(lambda *_: self._update_state())
        self.p12_path = QLineEdit()
        self.p12_path.setObjectName("p12Path")
        self.p12_path.setPlaceholderText(self.tr("certificate.p12"))
        self.p12_path.textEdited.connect(lambda *_: self.use_file.setChecked(True))
        self.p12_path.textChanged.connect(lambda *_: self._update_state())
        self.browse = QPushButton(self.tr("Choose…"))
        self.browse.setObjectName("browse")
        self.browse.clicked.connect(self._choose_p12)
        file_row = QHBoxLayout()
        file_row.addWidget(self.use_file)
        file_row.addWidget(self.p12_path, 1)
        file_row.addWidget(self.browse)
        sign.addRow(self.use_organisation)
        sign.addRow(file_row)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.textChanged.connect(lambda *_: self._update_state())
        sign.addRow(self.tr("&Password:"), self.password)
        self.certificate_hint = QLabel()
        self.certificate_hint.setObjectName("certificateHint")
        self.certificate_hint.setWordWrap(True)
        self.certificate_hint.setEnabled(False)
        sign.addRow(self.certificate_hint)
        self.signer = QLineEdit()
        self.signer.setObjectName("signer")
        self.signer.setPlaceholderText(self.tr("First and last name"))
        self.role = QLineEdit()
        self.role.setObjectName("role")
        self.role.setPlaceholderText(self.tr("e.g. Manager, DPO"))
        self.place = QLineEdit()
        self.place.setObjectName("place")
        self.place.setPlaceholderText(self.tr("e.g. Lyon"))
        self.timestamp_url = QLineEdit()
        self.timestamp_url.setObjectName("timestampUrl")
        self.timestamp_url.setPlaceholderText(self.tr("Optional, e.g. https://freetsa.org/tsr"))
        self.timestamp_url.setToolTip(self.tr(
            "A timestamp authority certifies when the record was signed; leave empty to "
            "sign with your computer's clock only."))
        sign.addRow(self.tr("&Signer:"), self.signer)
        sign.addRow(self.tr("&Role:"), self.role)
        sign.addRow(self.tr("P&lace:"), self.place)
        sign.addRow(self.tr("&Timestamp authority:"), self.timestamp_url)
        for edit in (self.signer, self.role, self.place):
            edit.textChanged.connect(lambda *_: self._update_state())
            edit.editingFinished.connect(self._schedule_preview)
        column.addWidget(self.sign_box)

        self.readonly_note = QLabel(self.tr(
            "This register is open read-only: the PDF can be exported, but the export will "
            "not be recorded in the register's history."))
        self.readonly_note.setObjectName("readonlyNote")
        self.readonly_note.setWordWrap(True)
        self.readonly_note.setVisible(self.adapter.store.readonly)
        column.addWidget(self.readonly_note)
        column.addStretch(1)

        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(self.fontMetrics().height())
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        column.addWidget(self.status)
        column.addWidget(self.progress)

        right = QWidget()
        preview = QVBoxLayout(right)
        preview.setContentsMargins(0, 0, 0, 0)
        self.preview_label = QLabel(self.tr("Preview (before signing)"))
        self.preview_label.setObjectName("previewLabel")
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setObjectName("preview")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setMinimumWidth(420)
        preview.addWidget(self.preview_label)
        preview.addWidget(self.view, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([440, 660])

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(self.tr("&Export…"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.export_button.setIcon(self.style().standardIcon(
            QStyle.StandardPixmap.SP_DialogSaveButton))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

    def _fill_findings(self) -> None:
        # The dialog speaks the interface's language, whatever language the record is in.
        findings = check.check_document(self._register, i18n.language())
        self.findings.clear()
        for finding in findings:
            self.findings.addItem(finding.message)
        if findings:
            self.findings_label.setText(self.tr(
                "%n item(s) that Article 30 asks for are missing. You can export anyway: "
                "the record shows them as missing.", "", len(findings)))
        else:
            self.findings_label.setText(self.tr(
                "The register holds everything Article 30 asks for."))
        self.findings.setVisible(bool(findings))

    # -- settings ------------------------------------------------------------------

    def _load_settings(self) -> None:
        s = self.settings
        self.signer.setText(keys.EXPORT_SIGNER.get(s))
        self.role.setText(keys.EXPORT_ROLE.get(s))
        self.place.setText(keys.EXPORT_PLACE.get(s))
        self.timestamp_url.setText(keys.EXPORT_TIMESTAMP_URL.get(s))
        self.p12_path.setText(keys.EXPORT_P12_PATH.get(s))
        if keys.EXPORT_CERTIFICATE.get(s) == "file":
            self.use_file.setChecked(True)
        self.sign_box.setChecked(keys.EXPORT_SIGN.get(s))

    def save_settings(self) -> None:
        """Remember everything but the password."""
        s = self.settings
        keys.EXPORT_SIGNER.set(s, self.signer.text().strip())
        keys.EXPORT_ROLE.set(s, self.role.text().strip())
        keys.EXPORT_PLACE.set(s, self.place.text().strip())
        keys.EXPORT_TIMESTAMP_URL.set(s, self.timestamp_url.text().strip())
        keys.EXPORT_P12_PATH.set(s, self.p12_path.text().strip())
        keys.EXPORT_CERTIFICATE.set(s, "file" if self.use_file.isChecked() else "organisation")
        keys.EXPORT_SIGN.set(s, self.sign_box.isChecked())
        s.sync()

    # -- state ----------------------------------------------------------------------

    def lang(self) -> str:
        return str(self.language.currentData() or "fr")

    def _update_state(self) -> None:
        signing = self.sign_box.isChecked()
        own = self.use_organisation.isChecked()
        self.p12_path.setEnabled(signing and not own)
        self.browse.setEnabled(signing and not own)
        if own:
            cert = publish.default_certificate()
            if cert.exists():
                hint = self.tr("The password you chose when Registre created the certificate "
                               "(%1).").replace("%1", str(cert))
            else:
                hint = self.tr("Registre will create your organisation's certificate at the "
                               "first signature, protected by this password. Keep the "
                               "password: every later signature asks for it.")
        else:
            hint = self.tr("The password that protects the PKCS#12 file (.p12, .pfx).")
        self.certificate_hint.setText(hint)
        problem = self.problem()
        self.export_button.setEnabled(not self.busy and not problem)
        self.export_button.setToolTip(problem)
        if not self.busy:
            self.status.setText(problem)

    def problem(self) -> str:
        """What still stops the export, in the user's words ("" when nothing does)."""
        if not self.sign_box.isChecked():
            return ""
        if self.use_file.isChecked() and not self.p12_path.text().strip():
            return self.tr("Choose the PKCS#12 file to sign with.")
        if not self.password.text():
            return self.tr("Type the certificate's password.")
        if not self.signer.text().strip():
            return self.tr("Type the signer's name.")
        return ""

    def _sign_toggled(self, _on: bool) -> None:
        self._update_state()
        self._schedule_preview()

    def _language_changed(self, *_: Any) -> None:
        self._fill_findings()
        self._schedule_preview()

    def _choose_p12(self) -> None:
        path = self.ask_p12_path(self, self.p12_path.text())
        if path is not None:
            self.p12_path.setText(str(path))
            self.use_file.setChecked(True)
            self._update_state()

    # -- preview -------------------------------------------------------------------

    def _schedule_preview(self) -> None:
        self._preview_timer.start()

    def _signer_info(self) -> pdf.SignerInfo | None:
        if not self.sign_box.isChecked() or not self.signer.text().strip():
            return None
        return pdf.SignerInfo(name=self.signer.text().strip(), role=self.role.text().strip(),
                                 place=self.place.text().strip(), date=date.today())

    def render_preview(self) -> None:
        """Render the unsigned record in a worker; its pages replace the shown ones when done."""
        if self._preview_worker is not None:
            self._preview_again = True
            return
        doc = self._register
        lang = self.lang()
        signer = self._signer_info()
        self._preview_n += 1
        tmp = self._tmp
        target = Path(tmp.name) / f"preview-{self._preview_n}.pdf"

        def render() -> Path:
            assert tmp  # the folder lives as long as this render, even if the dialog goes
            pdf.render_record(doc, target, lang=lang, fingerprint=jsondoc.fingerprint(doc),
                                 register_version=publish.schema_label(lang),
                                 exported_at=datetime.now(UTC), signer=signer)
            return target

        self.preview_label.setText(self.tr("Preview (before signing): rendering…"))
        worker = Worker(render)
        worker.succeeded.connect(self._preview_done)
        worker.failed.connect(self._preview_failed)
        self._preview_worker = worker
        worker.start_work()

    def _preview_done(self, path: Path) -> None:
        self._preview_worker = None
        previous = self.document.status() == QPdfDocument.Status.Ready
        self.document.close()
        self.document.load(str(path))
        if previous:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        pages = self.document.pageCount()
        self.preview_label.setText(self.tr("Preview (before signing): %n page(s)", "", pages))
        self.previewReady.emit()
        if self._preview_again:
            self._preview_again = False
            self.render_preview()

    def _preview_failed(self, message: str) -> None:
        self._preview_worker = None
        self.preview_label.setText(self.tr("The preview could not be made: %1")
                                   .replace("%1", message))
        self._preview_again = False

    # -- export ------------------------------------------------------------------------

    def suggested_name(self) -> str:
        today = date.today().isoformat()
        if self.lang() == "en":
            return f"record-of-processing-activities-{today}.pdf"
        return f"registre-des-traitements-{today}.pdf"

    def sign_options(self) -> publish.SignOptions | None:
        if not self.sign_box.isChecked():
            return None
        p12 = Path(self.p12_path.text().strip()) if self.use_file.isChecked() else None
        return publish.SignOptions(
            password=self.password.text().encode("utf-8"), signer=self.signer.text().strip(),
            role=self.role.text().strip(), place=self.place.text().strip(), p12_path=p12,
            timestamp_url=self.timestamp_url.text().strip() or None)

    def export(self) -> None:
        """Ask where, then write (and sign) in a worker."""
        if self.busy or self.problem():
            return
        findings = check.check_document(self._register, i18n.language())
        draft_refs = drafts(self._register)
        if findings or draft_refs:
            details = [f.message for f in findings]
            if draft_refs:
                details.append(self.tr("Sheets in draft: %1").replace("%1", ", ".join(draft_refs)))
            question = self.tr(
                "The register has %n completeness finding(s) and %1 sheet(s) in draft. The "
                "record will list them and its cover will say it is incomplete. Export "
                "anyway?", "", len(findings)).replace("%1", str(len(draft_refs)))
            if not self.confirm(self, question, "\n".join(details)):
                return
        self.save_settings()
        folder = keys.EXPORT_FOLDER.get(self.settings)
        suggested = str(Path(folder) / self.suggested_name()) if folder else self.suggested_name()
        path = self.ask_path(self, suggested)
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        keys.EXPORT_FOLDER.set(self.settings, str(path.parent))
        store = self.adapter.store
        lang = self.lang()
        sign = self.sign_options()

        def run() -> publish.ExportOutcome:
            return publish.export_pdf(store, path, lang=lang, sign=sign)

        self._set_busy(True, self.tr("Signing and writing “%1”…").replace("%1", path.name)
                       if sign else self.tr("Writing “%1”…").replace("%1", path.name))
        worker = Worker(run)
        worker.succeeded.connect(self._export_done)
        worker.failed.connect(self._export_failed)
        self._worker = worker
        worker.start_work()

    def _set_busy(self, busy: bool, message: str = "") -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        self.status.setText(message)
        for widget in (self.language, self.sign_box, self.close_button):
            widget.setEnabled(not busy)
        self._update_state()
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _export_done(self, outcome: publish.ExportOutcome) -> None:
        self._worker = None
        self._set_busy(False)
        self.outcome = outcome
        self.password.clear()
        self.exported.emit(outcome)
        lines = [self.tr("The record was written to “%1”.").replace("%1", str(outcome.path))]
        if outcome.signed:
            lines.append(self.tr("It is signed by %1.").replace("%1", self.signer.text().strip()))
        else:
            lines.append(self.tr("It is not signed."))
        if outcome.created_certificate is not None:
            lines.append(self.tr(
                "Your organisation's certificate was created at “%1”. Keep it and its "
                "password: Registre signs with it from now on.")
                .replace("%1", str(outcome.created_certificate)))
        if self.adapter.store.readonly:
            lines.append(self.tr("The register is open read-only: this export is not recorded "
                                 "in its history."))
        self.inform(self, self.tr("Export PDF"), "\n\n".join(lines))
        self.accept()

    def _export_failed(self, message: str) -> None:
        self._worker = None
        self._set_busy(False)
        self.status.setText(message)
        self.warn(self, message)
        self.password.setFocus()
        self.password.selectAll()

    # -- closing -------------------------------------------------------------------------

    def reject(self) -> None:
        """Override QDialog.reject: not while the file is being written."""
        if self.busy:
            return
        super().reject()

    def done(self, result: int) -> None:
        """Override QDialog.done: let go of the preview file."""
        if self.busy:
            return
        self._preview_timer.stop()
        if self._preview_worker is not None:
            self._preview_worker.succeeded.disconnect(self._preview_done)
            self._preview_worker.failed.disconnect(self._preview_failed)
            self._preview_worker = None
        self.document.close()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Override QWidget.closeEvent: the window stays while the file is being written."""
        if self.busy:
            event.ignore()
            return
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Override QDialog.keyPressEvent: Escape does nothing while writing."""
        if self.busy and event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)

    # -- what tests replace ------------------------------------------------------------

    @classmethod
    def ask_path(cls, parent: QWidget | None, suggested: str) -> Path | None:
        """Where to write the PDF; None when cancelled."""
        return files.save_file(parent, translate("ExportDialog", "Export the record as PDF"),
                               suggested, "PDF (*.pdf)")

    @classmethod
    def ask_p12_path(cls, parent: QWidget | None, current: str) -> Path | None:
        return files.open_file(
            parent, translate("ExportDialog", "Choose a PKCS#12 certificate"),
            translate("ExportDialog", "PKCS#12 certificates (*.p12 *.pfx);;All files (*)"),
            start=current)

    @classmethod
    def inform(cls, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    @classmethod
    def confirm(cls, parent: QWidget | None, text: str, details: str) -> bool:
        """Whether to export a record that is incomplete or holds draft sheets."""
        box = QMessageBox(QMessageBox.Icon.Question, translate("ExportDialog", "Export PDF"),
                          text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          parent)
        box.setDetailedText(details)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    @classmethod
    def warn(cls, parent: QWidget | None, text: str) -> None:
        QMessageBox.warning(parent, translate("ExportDialog", "Export PDF"), text)

    @classmethod
    def ask(cls, parent: QWidget | None, *, adapter: StoreAdapter,
            settings: QSettings | None = None) -> publish.ExportOutcome | None:
        dialog = cls(parent, adapter=adapter, settings=settings)
        try:
            dialog.exec()
            return dialog.outcome
        finally:
            dialog.deleteLater()
