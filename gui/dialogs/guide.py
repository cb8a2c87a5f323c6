"""Help ▸ Guide: what Article 30 asks, how to import, export and sign, where the data lives.

The text is a page per language in resources/guide, shown in the interface's language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

import resources
from model.core import i18n

translate = QCoreApplication.translate


def guide_html(lang: str) -> str:
    return resources.path("guide", f"guide_{'en' if lang == 'en' else 'fr'}.html").read_text(
        encoding="utf-8")


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(translate("GuideDialog", "Registre guide"))
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setHtml(guide_html(i18n.language()))
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 620)
