"""Edit ▸ Preferences: the interface language, kept in QSettings under "language".

The language applies at the next start: every page builds its texts once,
and a half-translated window would be worse than a restart. The dialog says so.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from gui import settings as keys

translate = QCoreApplication.translate  # lupdate reads each call: literal context and text


class PreferencesDialog(QDialog):
    """The user's preferences (not window state, which the main window keeps apart)."""

    def __init__(self, parent: QWidget | None = None, *,
                 settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or QSettings()
        self.setWindowTitle(translate("PreferencesDialog", "Preferences"))
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        # Language names are written in their own language, as users look for them.
        self.language.addItem(translate("PreferencesDialog", "System language"), "")
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        current = keys.LANGUAGE.get(self.settings)
        self.language.setCurrentIndex(max(self.language.findData(current), 0))
        self._initial = self.value()

        note = QLabel(translate("PreferencesDialog",
                                "The new language applies the next time Registre starts."),
                      self)
        note.setWordWrap(True)
        note.setObjectName("restartNote")

        form = QFormLayout()
        form.addRow(translate("PreferencesDialog", "Interface language:"), self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def value(self) -> str:
        return str(self.language.currentData() or "")

    def save(self) -> bool:
        """Store the choice; True when it changed (the caller may say "restart")."""
        changed = self.value() != self._initial
        keys.LANGUAGE.set(self.settings, self.value())
        self.settings.sync()
        return changed

    @classmethod
    def ask(cls, parent: QWidget | None, *, settings: QSettings | None = None) -> bool:
        """Show the preferences; True when the user changed the language."""
        dialog = cls(parent, settings=settings)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            return dialog.save()
        finally:
            dialog.deleteLater()
