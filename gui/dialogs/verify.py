"""Tools ▸ Verify a PDF…: is this signed record intact, and who signed it?

The verdict is `registre verify`'s (`model.signing.verify`), its one-line headline
in green (authentic), amber (intact, signer not authenticated) or red (not valid)
above the same report, in the editor's language. The register's own signing
certificates authenticate its records; as with `--trust` and `--fingerprint`,
trusted root certificates (several) and published fingerprints may be added.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui import styles
from gui.dialogs import files
from model.core import i18n
from model.core.errors import RegistreError
from model.signing import verify as verifying

translate = QCoreApplication.translate  # lupdate reads each call: literal context and text

OK_STYLE, WARN_STYLE, BAD_STYLE = (styles.verdict(tone, padding=8) for tone in (
    styles.Verdict.GOOD, styles.Verdict.WARNING, styles.Verdict.BAD))


class VerifyDialog(QDialog):
    """Choose a PDF (and optionally a trust root), then read the verdict and the report."""

    def __init__(self, parent: QWidget | None = None, *, path: Path | None = None,
                 known_certificates: list[str] | None = None) -> None:
        super().__init__(parent)
        self.known_certificates = list(known_certificates or [])
        self.setObjectName("verifyDialog")
        self.setWindowTitle(self.tr("Verify a signed PDF"))
        self.report: verifying.VerifyReport | None = None

        self.pdf = QLineEdit()
        self.pdf.setObjectName("pdfPath")
        self.pdf.setPlaceholderText(self.tr("The signed record to check"))
        choose_pdf = QPushButton(self.tr("Choose…"))
        choose_pdf.setObjectName("choosePdf")
        choose_pdf.clicked.connect(self._choose_pdf)
        self.trust = QLineEdit()
        self.trust.setObjectName("trustPath")
        self.trust.setPlaceholderText(
            self.tr("Optional: the certificates it should chain to, separated by ;"))
        self.fingerprint = QLineEdit()
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setPlaceholderText(
            self.tr("Optional: the SHA-256 fingerprint the organisation publishes"))
        choose_trust = QPushButton(self.tr("Choose…"))
        choose_trust.setObjectName("chooseTrust")
        choose_trust.clicked.connect(self._choose_trust)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        row = QHBoxLayout()
        row.addWidget(self.pdf, 1)
        row.addWidget(choose_pdf)
        form.addRow(self.tr("PDF file:"), row)
        row = QHBoxLayout()
        row.addWidget(self.trust, 1)
        row.addWidget(choose_trust)
        form.addRow(self.tr("Trust roots:"), row)
        form.addRow(self.tr("Fingerprint:"), self.fingerprint)

        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        font = self.verdict.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.verdict.setFont(font)
        self.verdict.hide()
        self.details = QPlainTextEdit()
        self.details.setObjectName("details")
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setPlaceholderText(self.tr("Choose a PDF, then Verify."))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.verify_button = QPushButton(self.tr("&Verify"))
        self.verify_button.setObjectName("verifyButton")
        self.verify_button.setDefault(True)
        self.buttons.addButton(self.verify_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.verify_button.clicked.connect(self.verify)
        self.buttons.rejected.connect(self.reject)
        self.pdf.textChanged.connect(
            lambda text: self.verify_button.setEnabled(bool(text.strip())))
        self.verify_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.verdict)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 480)
        if path is not None:
            self.pdf.setText(str(path))

    def _choose_pdf(self) -> None:
        path = self.ask_pdf_path(self)
        if path is not None:
            self.pdf.setText(str(path))
            self.verify()

    def _choose_trust(self) -> None:
        paths = self.ask_trust_paths(self)
        if paths:
            self.trust.setText("; ".join(str(path) for path in paths))

    def _trust(self) -> verifying.Trust:
        """The trust the dialog's fields give, with the register's own certificates."""
        roots = [Path(part.strip()) for part in self.trust.text().split(";") if part.strip()]
        pins = [part.strip() for part in re.split(r"[;,\n]", self.fingerprint.text())
                if part.strip()]
        return verifying.make_trust(roots, pins, self.known_certificates)

    def verify(self) -> bool:
        """Check the chosen file; True when the verdict is OK."""
        text = self.pdf.text().strip()
        if not text:
            return False
        lang = i18n.language() or "fr"
        try:
            report = verifying.verify_pdf(Path(text), trust=self._trust())
        except RegistreError as exc:
            self.report = None
            self._show(False, self.tr("This file cannot be checked."), str(exc))
            return False
        self.report = report
        style = {verifying.AUTHENTIC: OK_STYLE, verifying.INTACT: WARN_STYLE}
        self._show(report.ok, verifying.verdict_line(report, lang),
                   verifying.format_report(report, lang), style.get(report.verdict, BAD_STYLE))
        return report.ok

    def _show(self, ok: bool, headline: str, details: str, style: str = BAD_STYLE) -> None:
        self.verdict.setText(headline)
        self.verdict.setProperty("ok", ok)
        self.verdict.setStyleSheet(style)
        self.verdict.show()
        self.details.setPlainText(details)

    @classmethod
    def ask_pdf_path(cls, parent: QWidget | None) -> Path | None:
        return files.open_file(parent, translate("VerifyDialog", "Verify a signed PDF"),
                               translate("VerifyDialog", "PDF (*.pdf);;All files (*)"))

    @classmethod
    def ask_trust_paths(cls, parent: QWidget | None) -> list[Path]:
        return files.open_files(
            parent, translate("VerifyDialog", "Trust root certificates"),
            translate("VerifyDialog", "Certificates (*.pem *.crt *.cer *.der);;All files (*)"))

    @classmethod
    def ask(cls, parent: QWidget | None, known_certificates: list[str] | None = None) -> None:
        dialog = cls(parent, known_certificates=known_certificates)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exec()
