"""Every QSettings key of the editor, each declared once with its type.

Preferences (what the user chose) are apart from window state (what the
editor remembers for them), as Picard keeps 'setting' apart from 'persist'.
A module reads and writes a key only through these objects, so a key's
spelling, default and type have one home.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QSettings


@dataclass(frozen=True)
class TextKey:
    """A string value; "" when unset."""

    name: str
    default: str = ""

    def get(self, settings: QSettings) -> str:
        value = settings.value(self.name, self.default)
        return self.default if value is None else str(value)

    def set(self, settings: QSettings, value: str) -> None:
        settings.setValue(self.name, value)


@dataclass(frozen=True)
class FlagKey:
    """A yes/no value, stored as "true"/"false" so every QSettings format reads it back alike."""

    name: str
    default: bool = False

    def get(self, settings: QSettings) -> bool:
        value = settings.value(self.name)
        if value is None or value == "":
            return self.default
        return str(value).lower() not in ("false", "0", "no")

    def set(self, settings: QSettings, value: bool) -> None:
        settings.setValue(self.name, "true" if value else "false")


@dataclass(frozen=True)
class ListKey:
    """A list of strings (QSettings gives a lone string for a one-item list in INI files)."""

    name: str

    def get(self, settings: QSettings) -> list[str]:
        value = settings.value(self.name) or []
        return [str(v) for v in (value if isinstance(value, list) else [value])]

    def set(self, settings: QSettings, value: list[str]) -> None:
        settings.setValue(self.name, value)


@dataclass(frozen=True)
class StateKey:
    """Opaque widget state (saveGeometry, saveState); None when unset or unreadable."""

    name: str

    def get(self, settings: QSettings) -> QByteArray | None:
        value = settings.value(self.name)
        return QByteArray(value) if isinstance(value, QByteArray | bytes) else None

    def set(self, settings: QSettings, value: QByteArray) -> None:
        settings.setValue(self.name, value)


@dataclass(frozen=True)
class ColumnChoicesKey:
    """Where the user sent each column of a table, remembered per header: the same titles in
    the same order get the same choices next time. Stored as JSON under a digest of the titles
    (a header holds the user's wording, kept out of the key's name)."""

    name: str

    def _key(self, header: Sequence[str]) -> str:
        digest = hashlib.sha256("\x1f".join(header).encode("utf-8")).hexdigest()[:32]
        return f"{self.name}/{digest}"

    def get(self, settings: QSettings, header: Sequence[str]) -> dict[int, str]:
        try:
            raw = json.loads(str(settings.value(self._key(header)) or "{}"))
        except ValueError:
            return {}
        if not isinstance(raw, dict):
            return {}
        return {int(k): str(v) for k, v in raw.items() if str(k).isdigit()}

    def set(self, settings: QSettings, header: Sequence[str], choices: dict[int, str]) -> None:
        settings.setValue(self._key(header), json.dumps({str(k): v for k, v in choices.items()}))


# -- preferences -------------------------------------------------------------------------

LANGUAGE = TextKey("language")
"""Interface language: "fr", "en", or "" for the system locale."""

# -- what the editor remembers -----------------------------------------------------------

RECENT_FILES = ListKey("recentFiles")
LAST_REGISTER = TextKey("lastRegister")
WINDOW_GEOMETRY = StateKey("window/geometry")
WINDOW_STATE = StateKey("window/state")
ACTIVITIES_SPLITTER = StateKey("window/activitiesSplitter")
ACTIVITIES_HEADER = StateKey("window/activitiesHeader")
ACTIVITIES_COLUMNS = TextKey("window/activitiesColumns")
"""The grid's columns by key: order, shown or hidden, width (`Grid.layout`); the notes'
columns keep theirs whatever the register (the header state above is read when this is
unset, as an older version left it)."""
FILE_FOLDER = TextKey("files/folder")
"""Where the last file was chosen: the next file dialog opens there."""

# -- the export dialog (never the password) ----------------------------------------------

EXPORT_SIGNER = TextKey("export/signer")
EXPORT_ROLE = TextKey("export/role")
EXPORT_PLACE = TextKey("export/place")
EXPORT_TIMESTAMP_URL = TextKey("export/timestampUrl")
EXPORT_P12_PATH = TextKey("export/p12Path")
EXPORT_CERTIFICATE = TextKey("export/certificate", "organisation")
"""Which key signs: "organisation" (made by Registre) or "file" (a PKCS#12 file)."""
EXPORT_SIGN = FlagKey("export/sign", True)
EXPORT_FOLDER = TextKey("export/folder")

# -- the import preview ------------------------------------------------------------------

IMPORT_COLUMNS = ColumnChoicesKey("import/columns")
