"""Qt's own texts that its French translation (qtbase_fr) lacks, translated in ours.

Qt looks a text up in every installed translator: when qtbase has none for it,
ours answers. lupdate reads these QT_TRANSLATE_NOOP marks; nothing calls them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

MISSING_FROM_QTBASE = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
"""Seen untranslated in the French file dialog (Qt 6.x ships no French for them)."""
